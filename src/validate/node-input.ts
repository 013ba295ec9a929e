/** Node.js inputs: files and standard input, read as streams of Buffers. */
import { isUtf8 } from 'node:buffer';
import { open, stat } from 'node:fs/promises';
import type { Utf8Decoder } from './bytes.ts';
import { formatOfName } from './file-kind.ts';
import { InputError, type InputFormat } from './types.ts';

/** Decodes in place; a U+FFFD in the result means either that character or invalid bytes: ask. */
export const decodeUtf8: Utf8Decoder = (bytes, start, end) => {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString('utf8', start, end);
  return text.includes('\uFFFD') && !isUtf8(buffer.subarray(start, end)) ? null : text;
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

const CHUNK_BYTES = 1024 * 1024;

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

/** Opens a file (or `-` for standard input) as chunks; fails with an InputError that says why. */
export const openInput = async (file: string): Promise<{ chunks: AsyncIterable<Uint8Array>; totalBytes?: number }> => {
  if (file === '-') return { chunks: process.stdin };
  const size = await readableSize(file);
  // Two buffers, read into in turn: the next read runs while the chunk before it is checked, and
  // reusing them keeps memory flat where a stream would allocate a new buffer for every chunk.
  // (The readers copy what they keep of a chunk before asking for the next one.)
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
      // A read still running must end before the file is closed.
      await next.catch(() => undefined);
      await handle.close();
    }
  }
  return { chunks: chunks(), totalBytes: size };
};
