/** Node.js inputs: files and standard input, read as streams of Buffers. */
import { isUtf8 } from 'node:buffer';
import { closeSync, constants, openSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Utf8Decoder } from './bytes.ts';
import type { CsvInputStage } from './csv.ts';
import { formatOfName } from './file-kind.ts';
import { InputError, type InputFormat } from './types.ts';

/** The same memory as a Buffer (posted between threads, it arrives plain): `indexOf` is a memchr, `toString` decodes in place. */
export const asBuffer = (bytes: Uint8Array): Buffer => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

/** Decodes in place; a U+FFFD in the result means either that character or invalid bytes: ask. */
export const decodeUtf8: Utf8Decoder = Object.assign(
  (bytes: Uint8Array, start: number, end: number) => {
    const buffer = asBuffer(bytes);
    const text = buffer.toString('utf8', start, end);
    return text.includes('\uFFFD') && !isUtf8(buffer.subarray(start, end)) ? null : text;
  },
  { isValid: (bytes: Uint8Array, start: number, end: number) => isUtf8(asBuffer(bytes).subarray(start, end)) },
);

/** CSV bytes checked by simdutf (isUtf8), then decoded in one step: faster than a fatal TextDecoder. A cut character waits for the next chunk. */
export const utf8BytesStage = (): CsvInputStage => {
  let held: Buffer | undefined;
  return (chunk) => {
    if (chunk === undefined) return held === undefined ? '' : null;
    const bytes = held === undefined ? asBuffer(chunk) : Buffer.concat([held, chunk]);
    const cut = bytes.length - cutCharacterBytes(bytes);
    held = cut === bytes.length ? undefined : Buffer.from(bytes.subarray(cut));
    const whole = bytes.subarray(0, cut);
    return isUtf8(whole) ? whole.toString('utf8') : null;
  };
};

/** How many bytes at the end start a UTF-8 character cut short. */
const cutCharacterBytes = (bytes: Uint8Array): number => {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const byte = bytes[bytes.length - back] as number;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? back : 0;
  }
  return 0;
};

export const formatOf = (file: string, format: InputFormat | undefined): InputFormat => {
  if (format !== undefined) return format;
  const found = formatOfName(file);
  if (found === undefined) {
    throw new InputError(
      file === '-'
        ? 'cannot tell the format of standard input: pass --format json, ndjson or csv'
        : `cannot tell the format of ${file} from its name: pass --format json, ndjson or csv`,
    );
  }
  return found;
};

const CHUNK_BYTES = 256 * 1024;

/** The size of a readable file; an InputError that says why for anything else. */
export const readableSize = async (file: string): Promise<number> => {
  try {
    const stats = await stat(file);
    if (stats.isDirectory()) throw new InputError(`${file} is a directory, not a file`);
    return stats.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : code === 'EACCES' ? `${file}: permission denied` : `${file}: cannot be read (${code ?? String(error)})`);
  }
};

/**
 * Opening a FIFO waits for a writer, in a thread of libuv's pool that nothing can cancel: after an
 * abort, this opens the FIFO for writing and closes it, so that the open returns (at the end of the
 * input) and the process can exit.
 */
const unblockFifoOnAbort = (file: string, signal: AbortSignal | undefined): void => {
  signal?.addEventListener(
    'abort',
    () => {
      try {
        closeSync(openSync(file, constants.O_WRONLY | constants.O_NONBLOCK));
      } catch {
        // No reader waits (ENXIO), or the FIFO is gone: nothing to unblock.
      }
    },
    { once: true },
  );
};

/** Opens a file (or `-` for standard input) as chunks; fails with an InputError that says why. */
export const openInput = async (file: string, signal?: AbortSignal): Promise<{ chunks: AsyncIterable<Uint8Array>; totalBytes?: number }> => {
  if (file === '-') return { chunks: process.stdin };
  const stats = await stat(file).catch(() => undefined);
  if (stats?.isFIFO() === true) unblockFifoOnAbort(file, signal);
  const size = await readableSize(file);
  // Two buffers read into in turn: the next read runs while a chunk is checked, and memory stays flat
  // (the readers copy what they keep of a chunk).
  async function* chunks() {
    const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
      throw new InputError(`${file}: cannot be read (${error.code ?? String(error)})`);
    });
    const buffers = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)];
    const read = (buffer: Buffer) =>
      handle.read(buffer, 0, CHUNK_BYTES, null).catch((error: NodeJS.ErrnoException) => {
        throw new InputError(`${file}: reading failed (${error.code ?? String(error)})`);
      });
    let next = read(buffers[0] as Buffer);
    try {
      for (;;) {
        const { bytesRead, buffer } = await next;
        if (bytesRead === 0) return;
        buffers.reverse();
        next = read(buffers[0] as Buffer);
        yield buffer.subarray(0, bytesRead);
      }
    } finally {
      await next.catch(() => undefined);
      await handle.close();
    }
  }
  return { chunks: chunks(), totalBytes: size };
};
