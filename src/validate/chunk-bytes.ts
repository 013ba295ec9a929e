/**
 * What `validateChunks` is given, as the bytes the readers take: a Uint8Array (a Buffer) as it is,
 * any other view (a DataView, a typed array) or buffer as the bytes it covers, and a string (a
 * stream read with an encoding, `createReadStream(file, 'utf8')`) as its UTF-8 bytes, a surrogate
 * pair cut between two strings kept whole. Anything else is an InputError: read as bytes, a string
 * gave a false `binary-input` and a DataView an `empty-input`.
 */
import { InputError } from './types.ts';

/** A chunk of input: bytes, or text. */
export type ChunkLike = Uint8Array | ArrayBufferView | ArrayBuffer | SharedArrayBuffer | string;

const describe = (chunk: unknown): string => (chunk === null ? 'null' : typeof chunk === 'object' ? (Object.getPrototypeOf(chunk)?.constructor?.name ?? 'an object') : typeof chunk);

export async function* byteChunks(chunks: AsyncIterable<unknown>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  /** A high surrogate that ended the last string: its pair may begin the next. */
  let held = '';
  let index = 0;
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') {
      const text = held + chunk;
      const last = text.charCodeAt(text.length - 1);
      held = last >= 0xd800 && last < 0xdc00 ? text.slice(-1) : '';
      if (text.length > held.length) yield encoder.encode(held === '' ? text : text.slice(0, -1));
    } else {
      if (held !== '') yield encoder.encode(held);
      held = '';
      if (chunk instanceof Uint8Array) yield chunk;
      else if (ArrayBuffer.isView(chunk)) yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      else if (chunk instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && chunk instanceof SharedArrayBuffer)) yield new Uint8Array(chunk);
      else throw new InputError(`chunks must be bytes (a Uint8Array or Buffer, another typed array, a DataView or an ArrayBuffer) or strings; chunk ${index} is ${describe(chunk)}`);
    }
    index += 1;
  }
  // A lone high surrogate at the very end: the encoder writes U+FFFD for it, as it would have.
  if (held !== '') yield encoder.encode(held);
}
