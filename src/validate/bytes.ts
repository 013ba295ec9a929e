/** Bytes as the readers handle them: decoding, joining, and giving a buffer's memory back early. */
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

/** The largest record text read. */
export const DEFAULT_MAX_RECORD_BYTES = 64 * 1024 * 1024;

/** Copies the parts one after another into `out`, which holds them all. */
export const joinInto = (parts: readonly Uint8Array[], out: Uint8Array): Uint8Array => {
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

/** The parts as one array: the only part itself, or a copy of them all. */
export const concatBytes = (parts: readonly Uint8Array[], total: number): Uint8Array =>
  parts.length === 1 && parts[0] !== undefined ? parts[0] : joinInto(parts, new Uint8Array(total));

/** An ArrayBuffer that can grow and shrink in place (ES2024; Node 20 and current browsers have it). */
export type GrowableBuffer = ArrayBuffer & { resize(byteLength: number): void; readonly resizable: true };

const canResize = typeof (ArrayBuffer.prototype as { resize?: unknown }).resize === 'function';

/** An empty buffer that grows in place, never copying, up to `maxBytes`; undefined where the platform cannot. */
export const growableBuffer = (maxBytes: number): GrowableBuffer | undefined =>
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
