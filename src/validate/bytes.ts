/** Byte-level helpers shared by the NDJSON, JSON and CSV readers. */
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

/** What the first bytes of a file say: a BOM to skip, or why the file cannot be read as UTF-8 text. */
export const sniff = (first: Uint8Array): { skip: number } | InputProblem => {
  if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return { skip: 3 };
  if ((first[0] === 0xff && first[1] === 0xfe) || (first[0] === 0xfe && first[1] === 0xff)) {
    return { code: 'unsupported-encoding', message: 'the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8' };
  }
  const probe = first.subarray(0, 4096);
  if (probe.includes(0)) {
    return {
      code: 'binary-input',
      message: 'the file holds NUL bytes: it is binary data or UTF-16/32 text, not UTF-8 text; save it as UTF-8',
    };
  }
  return { skip: 0 };
};

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
export const concatBytes = (parts: readonly Uint8Array[], total: number): Uint8Array => {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0];
  return joinInto(parts, new Uint8Array(total));
};

export const INVALID_UTF8_MESSAGE =
  'is not valid UTF-8 (is the file in another encoding, such as Latin-1, Windows-1252 or GBK?); save it as UTF-8';

/** The largest record text read; beyond it a line or element is skipped and reported. */
export const DEFAULT_MAX_RECORD_BYTES = 64 * 1024 * 1024;

/** How many times `byte` is in bytes[start, end). */
export const countByte = (bytes: Uint8Array, byte: number, start: number, end: number): number => {
  const range = bytes.subarray(start, end);
  let count = 0;
  for (let at = range.indexOf(byte); at !== -1; at = range.indexOf(byte, at + 1)) count += 1;
  return count;
};

/** An ArrayBuffer that can grow and shrink in place (ES2024; Node 20 and current browsers have it). */
export type GrowableBuffer = ArrayBuffer & { resize(byteLength: number): void; readonly resizable: true };

const canResize = typeof (ArrayBuffer.prototype as { resize?: unknown }).resize === 'function';

/**
 * An empty buffer that can grow in place up to `maxBytes` (only address space is reserved until
 * then), or undefined where the platform cannot. Growing it never copies what it holds, and
 * `release` gives its memory back at once.
 */
export const growableBuffer = (maxBytes: number): GrowableBuffer | undefined =>
  canResize ? (new (ArrayBuffer as unknown as new (length: number, options: { maxByteLength: number }) => GrowableBuffer)(0, { maxByteLength: maxBytes })) : undefined;

/**
 * Smaller buffers are left to the garbage collector: moving one into a clone costs 2–18 µs, more
 * than its memory is worth. (The id index grows thousands of small tables, and an NDJSON line is
 * carried over every chunk: releasing each took 3% of a one-thread CSV run.)
 */
const RELEASE_FROM_BYTES = 8 * 1024;

/**
 * Frees a buffer's memory now rather than at the next full garbage collection, which a process
 * whose heap is small may not run for a long time (a long line's bytes would pile up): a growable
 * buffer shrinks to nothing at once; another is moved into a clone that nothing keeps, whose memory
 * goes with the next minor collection. The buffer is empty after (of length 0), unless smaller than
 * RELEASE_FROM_BYTES, which are left as they are.
 */
export const release = (buffer: ArrayBufferLike): void => {
  if (buffer.byteLength < RELEASE_FROM_BYTES) return;
  if ((buffer as Partial<GrowableBuffer>).resizable === true) (buffer as GrowableBuffer).resize(0);
  else structuredClone(buffer, { transfer: [buffer as ArrayBuffer] });
};

/**
 * Varints, as the arenas store lengths and numbers (text-arena.ts, id-arena.ts): 7 bits a byte, low
 * first, by arithmetic, so numbers past 2^32 (up to 2^53) stay whole.
 */
export const writeVarint = (bytes: Uint8Array, start: number, value: number): number => {
  let at = start;
  let rest = value;
  while (rest >= 128) {
    bytes[at++] = (rest % 128) | 0x80;
    rest = Math.floor(rest / 128);
  }
  bytes[at++] = rest;
  return at;
};

/** Reads varints (see writeVarint) one after another: `at` is where the next one starts. */
export class VarintReader {
  at = 0;

  /** The varint at `at`, which then moves past it. */
  read(bytes: Uint8Array): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[this.at++] as number;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
  }
}

/** How many bytes writeVarint writes for `value`. */
export const varintBytes = (value: number): number => {
  let bytes = 1;
  for (let rest = Math.floor(value / 128); rest > 0; rest = Math.floor(rest / 128)) bytes += 1;
  return bytes;
};
