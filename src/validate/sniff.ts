/**
 * What every reader checks before it reads text: the start of the file (a UTF-8 byte order mark to
 * skip, or signs that it is not UTF-8 text: a UTF-16 byte order mark, NUL bytes), and NUL bytes
 * anywhere after it (binary data: /dev/zero, /dev/urandom, an image). The verdict does not depend
 * on how the bytes arrive: the first bytes are gathered until there are enough to decide, however
 * small the chunks, and the bytes before a NUL are read before reading stops.
 */
import { sniff, type InputProblem } from './bytes.ts';

/** The start check looks at this many first bytes. */
export const SNIFF_BYTES = 4096;

const binaryAt = (offset: number): InputProblem => ({
  code: 'binary-input',
  message: `the file holds a NUL byte (at byte ${offset.toLocaleString('en-US')}): it is binary data, not UTF-8 text; reading stopped there`,
});

/** The result of a chunk: the bytes to read, then (if set) the problem that stops reading. */
export interface Guarded {
  readonly bytes: Uint8Array;
  readonly problem?: InputProblem;
  /** The problem is one of the file's start: reported at line 1, with nothing read before it. */
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
    if (this.heldBytes < SNIFF_BYTES) return { bytes: NONE };
    return this.decide(this.joined());
  }

  /** At the end of the input: decides on a start shorter than SNIFF_BYTES. */
  end(): Guarded {
    if (this.stopped || this.started) return { bytes: NONE };
    return this.decide(this.joined());
  }

  private checkNul(bytes: Uint8Array, base: number, length: number): Guarded {
    this.offset += length;
    const at = bytes.indexOf(0);
    if (at === -1) return { bytes };
    this.stopped = true;
    return { bytes: bytes.subarray(0, at), problem: binaryAt(base + (length - bytes.length) + at) };
  }

  private joined(): Uint8Array {
    const bytes = new Uint8Array(this.heldBytes);
    let offset = 0;
    for (const part of this.held) {
      bytes.set(part, offset);
      offset += part.length;
    }
    this.held = [];
    this.heldBytes = 0;
    return bytes;
  }

  private decide(bytes: Uint8Array): Guarded {
    this.started = true;
    const sniffed = sniff(bytes);
    if ('code' in sniffed) {
      this.stopped = true;
      return { bytes: NONE, problem: sniffed, atStart: true };
    }
    return this.checkNul(bytes.subarray(sniffed.skip), this.offset, bytes.length);
  }
}
