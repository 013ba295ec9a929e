/**
 * Stands in for csv-parse when the benchmark bundles the library with src/validate/csv-parser.ts
 * instead: csv.ts and csv-thread.ts call `parse(options)` and use only what CsvParserStream has.
 * This measures the new parser inside the validator without changing the validator's files.
 */
import { createCsvParserStream } from '../../src/validate/csv-parser.ts';

export const parse = (options: Record<string, unknown>) => createCsvParserStream(options);
