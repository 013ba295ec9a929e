/**
 * The validator for browsers (the dataset page's Web Worker): the same build-time compiled
 * validators and engine as `china-st-meetings/validate`, with the platform's TextDecoder for
 * UTF-8 (CSV is parsed by csv-parser.ts, which needs nothing of Node's) instead of Node's.
 */
import compiled from 'virtual:compiled-validators';
import { createApi } from './api.ts';
import type { Utf8Decoder } from './bytes.ts';
import { decodingStage } from './csv.ts';

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

const api = createApi({ compiled, decode: decodeUtf8, csvInput: decodingStage });

export const { validateChunks, validateRecord, validateRecords, schemas, tables } = api;
export type { InputFormat, SchemaName, ValidateChunksOptions, ValidationIssue, ValidationReport } from './types.ts';
