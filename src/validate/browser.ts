/** The validator for browsers (the dataset page's Web Worker): the same as `china-st-meetings/validate`, decoding with TextDecoder. */
import compiled from 'virtual:compiled-validators';
import { createApi } from './api.ts';
import type { Utf8Decoder } from './bytes.ts';
import { decodingStage } from './csv.ts';

// Invalid bytes throw; a U+FEFF stays text, as in Node (the readers skip the byte order mark).
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Whether TextDecoder takes a view of this buffer: Chromium refuses views of resizable and shared buffers (a long line is carried in a resizable one). */
const decodable = (buffer: ArrayBufferLike): boolean =>
  !(buffer as { resizable?: boolean }).resizable && (typeof SharedArrayBuffer === 'undefined' || !(buffer instanceof SharedArrayBuffer));

export const decodeUtf8: Utf8Decoder = (bytes, start, end) => {
  // A copy where the decoder would refuse the view: that is no verdict on the bytes.
  const view = decodable(bytes.buffer) ? bytes.subarray(start, end) : bytes.slice(start, end);
  try {
    return utf8.decode(view);
  } catch {
    return null;
  }
};

const api = createApi({ compiled, decode: decodeUtf8, csvInput: decodingStage });

export const { validateChunks, validateRecord, validateRecords, schemas, tables } = api;
export type { InputFormat, SchemaName, ValidateChunksOptions, ValidationIssue, ValidationReport } from './types.ts';
