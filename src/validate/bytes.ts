/** Bytes as the readers handle them: decoding, joining, carrying them over chunks, and giving a buffer's memory back early. */
import type { ErrorCode } from './types.ts';

/** Decodes bytes[start, end) as UTF-8; null when invalid. `isValid`: checks without decoding, where the platform can. */
export type Utf8Decoder = ((bytes: Uint8Array, start: number, end: number) => string | null) & {
  readonly isValid?: (bytes: Uint8Array, start: number, end: number) => boolean;
};

/** A problem of the input as a whole. */
export interface InputProblem {
  readonly code: ErrorCode;
  readonly message: string;
}

export const INVALID_UTF8_MESSAGE = 'is not valid UTF-8 (is the file in another encoding, such as Latin-1, Windows-1252 or GBK?); save it as UTF-8';

/** Copies the parts one after another into `out`, which holds them all. */
export const joinInto = (parts: readonly Uint8Array[], out: Uint8Array): Uint8Array => {
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

/** An ArrayBuffer that can grow and shrink in place (ES2024; Node 20 and current browsers have it). */
type GrowableBuffer = ArrayBuffer & { resize(byteLength: number): void; readonly resizable: true };

const canResize = typeof (ArrayBuffer.prototype as { resize?: unknown }).resize === 'function';

/** An empty buffer that grows in place, never copying, up to `maxBytes`; undefined where the platform cannot. */
const growableBuffer = (maxBytes: number): GrowableBuffer | undefined =>
  canResize ? new (ArrayBuffer as unknown as new (length: number, options: { maxByteLength: number }) => GrowableBuffer)(0, { maxByteLength: maxBytes }) : undefined;

/** Smaller buffers are left to the garbage collector: releasing one costs more than its memory is worth. */
const RELEASE_FROM_BYTES = 8 * 1024;

/**
 * Frees a buffer now, not at the next full collection (which a small heap may not run for long): a
 * growable one shrinks to nothing; another moves into a clone nothing keeps, freed by the next minor one.
 */
export const release = (buffer: ArrayBufferLike): void => {
  if (buffer.byteLength < RELEASE_FROM_BYTES) return;
  if ((buffer as Partial<GrowableBuffer>).resizable === true) (buffer as GrowableBuffer).resize(0);
  else structuredClone(buffer, { transfer: [buffer as ArrayBuffer] });
};

const append = (buffer: GrowableBuffer, part: Uint8Array) => {
  const at = buffer.byteLength;
  buffer.resize(at + part.length);
  new Uint8Array(buffer, at, part.length).set(part);
};

/** Bytes carried past this go on in one growable buffer: not held as pieces, then joined. */
const LONG_CARRY_BYTES = 1024 * 1024;

/**
 * Bytes carried over chunks (a line, a JSON element), copied as they come (the caller may reuse a
 * chunk), at most `max`: past it they are dropped, and `over` is set until `clear`.
 */
export class ByteCarry {
  private parts: Uint8Array[] = [];
  private long: GrowableBuffer | undefined;
  length = 0;
  over = false;

  constructor(private readonly max: number) {}

  add(part: Uint8Array): void {
    if (this.over || part.length === 0) return;
    this.length += part.length;
    if (this.length > this.max) {
      this.clear();
      this.over = true;
      return;
    }
    if (this.long === undefined && this.length > LONG_CARRY_BYTES && (this.long = growableBuffer(this.max)) !== undefined) {
      for (const held of this.parts) append(this.long, held);
      this.parts = [];
    }
    if (this.long !== undefined) append(this.long, part);
    else this.parts.push(new Uint8Array(part));
  }

  /** The bytes carried, in a buffer of their own (release it once read); empties the carry. */
  take(): Uint8Array {
    const { parts, long, length } = this;
    this.parts = [];
    this.long = undefined;
    this.length = 0;
    if (long !== undefined) return new Uint8Array(long, 0, long.byteLength);
    return parts.length === 1 && parts[0] !== undefined ? parts[0] : joinInto(parts, new Uint8Array(length));
  }

  clear(): void {
    this.parts = [];
    this.length = 0;
    this.over = false;
    if (this.long !== undefined) release(this.long);
    this.long = undefined;
  }
}
