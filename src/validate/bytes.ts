/** Bytes as the readers handle them: decoding, joining, and giving a buffer's memory back early. */
import type { ErrorCode } from './types.ts';

/**
 * Decodes bytes[start, end) as UTF-8; null when they are not valid UTF-8. Platform-specific.
 * `isValid`, when the platform has it, says whether they are without making the text.
 */
export type Utf8Decoder = ((bytes: Uint8Array, start: number, end: number) => string | null) & {
  readonly isValid?: (bytes: Uint8Array, start: number, end: number) => boolean;
};

/** A problem with the input as a whole, which stops reading the file. */
export interface InputProblem {
  readonly code: ErrorCode;
  readonly message: string;
}

export const INVALID_UTF8_MESSAGE = 'is not valid UTF-8 (is the file in another encoding, such as Latin-1, Windows-1252 or GBK?); save it as UTF-8';

/** The largest record text read; beyond it a line or element is skipped and reported. */
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

/**
 * An empty buffer that can grow in place up to `maxBytes` (only address space is reserved until
 * then), or undefined where the platform cannot: growing it never copies what it holds.
 */
export const growableBuffer = (maxBytes: number): GrowableBuffer | undefined =>
  canResize ? new (ArrayBuffer as unknown as new (length: number, options: { maxByteLength: number }) => GrowableBuffer)(0, { maxByteLength: maxBytes }) : undefined;

/** Smaller buffers are left to the garbage collector: releasing one costs more than its memory is worth. */
const RELEASE_FROM_BYTES = 8 * 1024;

/**
 * Frees a buffer's memory now rather than at the next full garbage collection, which a process
 * whose heap is small may not run for a long time: a growable buffer shrinks to nothing; another is
 * moved into a clone that nothing keeps, freed by the next minor collection. The buffer is empty
 * after, unless smaller than RELEASE_FROM_BYTES.
 */
export const release = (buffer: ArrayBufferLike): void => {
  if (buffer.byteLength < RELEASE_FROM_BYTES) return;
  if ((buffer as Partial<GrowableBuffer>).resizable === true) (buffer as GrowableBuffer).resize(0);
  else structuredClone(buffer, { transfer: [buffer as ArrayBuffer] });
};
