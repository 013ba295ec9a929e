/**
 * The start of a file, looked at before anything else reads it: a UTF-8 byte order mark to skip,
 * or signs that it is not UTF-8 text at all (a UTF-16 byte order mark, NUL bytes). The verdict
 * does not depend on how the bytes arrive: the first bytes are gathered until there are enough
 * to decide, however small the chunks.
 */
import { sniff, type InputProblem } from './bytes.ts';

/** The NUL check looks at this many first bytes. */
export const SNIFF_BYTES = 4096;

export class StartSniffer {
  private held: Uint8Array[] = [];
  private heldBytes = 0;
  done = false;

  /** The bytes to read on (none while still gathering), or the problem that stops reading. */
  push(chunk: Uint8Array): { bytes: Uint8Array; problem?: undefined } | { problem: InputProblem } {
    if (this.done) return { bytes: chunk };
    if (this.heldBytes === 0 && chunk.length >= SNIFF_BYTES) return this.decide(chunk);
    this.held.push(new Uint8Array(chunk));
    this.heldBytes += chunk.length;
    if (this.heldBytes < SNIFF_BYTES) return { bytes: new Uint8Array(0) };
    return this.decide(this.joined());
  }

  /** At the end of the input: decides on what there is. */
  end(): { bytes: Uint8Array; problem?: undefined } | { problem: InputProblem } {
    if (this.done) return { bytes: new Uint8Array(0) };
    return this.decide(this.joined());
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

  private decide(bytes: Uint8Array) {
    this.done = true;
    const sniffed = sniff(bytes);
    if ('code' in sniffed) return { problem: sniffed };
    return { bytes: bytes.subarray(sniffed.skip) };
  }
}
