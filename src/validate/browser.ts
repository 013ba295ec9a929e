/**
 * The validator for browsers (the dataset page's Web Worker): the same build-time compiled
 * validators and engine as `china-st-meetings/validate`, with the platform's TextDecoder for
 * UTF-8 and csv-parse's browser build (which carries its own stream shims) instead of Node's.
 */
import compiled from 'virtual:compiled-validators';
import { parse } from 'csv-parse/browser/esm';
import { createApi } from './api.ts';
import type { Utf8Decoder } from './bytes.ts';
import { decodingStage, type CsvParser } from './csv.ts';

// fatal: invalid bytes throw instead of becoming U+FFFD. ignoreBOM: keep a U+FEFF that starts a
// slice, as Node's decoder does; the readers skip the file's own byte order mark themselves.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export const decodeUtf8: Utf8Decoder = (bytes, start, end) => {
  try {
    return utf8.decode(bytes.subarray(start, end));
  } catch {
    return null;
  }
};

/**
 * csv-parse 7's browser build ends with `this.on('end', this.destroy)`, but its bundled stream shim
 * has no `destroy`: on an input that ends before any CSV text (an empty file, or one refused as
 * not UTF-8) the listener is undefined and the shim throws. A no-op `destroy` lets it end as in Node.
 */
const csvParser = (options: Record<string, unknown>): CsvParser => {
  const parser = parse(options) as unknown as CsvParser & { destroy?: unknown };
  if (typeof parser.destroy !== 'function') parser.destroy = () => {};
  return parser;
};

const api = createApi({ compiled, decode: decodeUtf8, csvParser, csvInput: decodingStage });

export const { validateChunks, validateRecord, validateRecords, schemas, tables } = api;
export type { ValidateChunksOptions } from './api.ts';
export type { InputFormat, SchemaName, ValidationIssue, ValidationReport } from './types.ts';
