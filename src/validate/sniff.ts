/**
 * What every reader checks first: the file's start (a UTF-8 byte order mark to skip; a UTF-16 one,
 * or NUL bytes: not UTF-8 text), then NUL bytes anywhere (binary data). However the bytes arrive.
 */
import { joinInto, type InputProblem } from './bytes.ts';

/** The start check looks at this many first bytes. */
export const SNIFF_BYTES = 4096;

export const sniff = (first: Uint8Array): { skip: number } | InputProblem => {
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return { skip: 3 };
  if ((first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff)) {
    return { code: 'unsupported-encoding', message: 'the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8' };
  }
  if (first.subarray(0, SNIFF_BYTES).includes(0)) {
    return { code: 'binary-input', message: 'the file holds NUL bytes: it is binary data or UTF-16/32 text, not UTF-8 text; save it as UTF-8' };
  }
  return { skip: 0 };
};

const binaryAt = (offset: number): InputProblem => ({
  code: 'binary-input',
  message: `the file holds a NUL byte (at byte ${offset.toLocaleString('en-US')}): it is binary data, not UTF-8 text; reading stopped there`,
});

/** A chunk's bytes to read, then the problem that stops reading, if any. */
export interface Guarded {
  readonly bytes: Uint8Array;
  readonly problem?: InputProblem;
  /** A problem of the file's start: reported at line 1. */
  readonly atStart?: boolean;
}

const NONE = new Uint8Array(0);

export class TextGuard {
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  private started = false;
  private stopped = false;
  /** Bytes of the file before the next chunk. */
  private offset = 0;

  push(chunk: Uint8Array): Guarded {
    if (this.stopped) return { bytes: NONE };
    if (this.started) return this.checkNul(chunk, this.offset, chunk.length);
    if (this.heldBytes === 0 && chunk.length >= SNIFF_BYTES) return this.decide(chunk);
    this.held.push(new Uint8Array(chunk));
    this.heldBytes += chunk.length;
    return this.heldBytes < SNIFF_BYTES ? { bytes: NONE } : this.decide(this.joined());
  }

  /** Decides on a start shorter than SNIFF_BYTES. */
  end(): Guarded {
    return this.stopped || this.started ? { bytes: NONE } : this.decide(this.joined());
  }

  private checkNul(bytes: Uint8Array, base: number, length: number): Guarded {
    this.offset += length;
    const at = bytes.indexOf(0);
    if (at === -1) return { bytes };
    this.stopped = true;
    return { bytes: bytes.subarray(0, at), problem: binaryAt(base + (length - bytes.length) + at) };
  }

  private joined(): Uint8Array {
    const bytes = joinInto(this.held, new Uint8Array(this.heldBytes));
    this.held = [];
    this.heldBytes = 0;
    return bytes;
  }

  private decide(bytes: Uint8Array): Guarded {
    this.started = true;
    const sniffed = sniff(bytes);
    if (!('code' in sniffed)) return this.checkNul(bytes.subarray(sniffed.skip), this.offset, bytes.length);
    this.stopped = true;
    return { bytes: NONE, problem: sniffed, atStart: true };
  }
}
