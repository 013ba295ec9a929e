/**
 * `china-st-meetings/validate`: check records of your own against this package's schemas and
 * rules, in memory, from a stream, or from JSON, NDJSON and CSV files. It runs validators compiled
 * at build time: no schema compilation at run time, and nothing to install.
 */
import compiled from 'virtual:compiled-validators';
import { parse } from 'csv-parse';
import { createApi, type ValidateChunksOptions } from './api.ts';
import { DEFAULT_MAX_ERRORS, ValidationRun } from './engine.ts';
import { decodeUtf8, formatOf, openInput, readableSize } from './node-input.ts';
import type { CsvParser } from './csv.ts';
import type { SchemaName, ValidateFileOptions, ValidationReport } from './types.ts';

const deps = { compiled, decode: decodeUtf8, csvParser: (options: Record<string, unknown>) => parse(options) as unknown as CsvParser };
const api = createApi(deps);

export const { validateRecord, validateRecords, validateChunks, schemas, tables } = api;

/** Without `schema`, a file named after a schema (`people.json`, `meeting.ndjson`) uses it; others use `meeting`. */
const schemaOfFileName = (file: string): SchemaName => {
  const base = file.replace(/^.*[\\/]/u, '').replace(/\.[^.]*$/u, '');
  return (schemas().find((schema) => schema.name === base)?.name ?? 'meeting') as SchemaName;
};

/**
 * Checks files (or `-` for standard input) in one run: records are counted together, and ids in a
 * file can be checked against the datasets of the files before it (give people and organizations
 * before meetings). Throws an `InputError` for a file that cannot be read at all.
 */
export const validateFiles = async (files: readonly string[], options: ValidateFileOptions = {}): Promise<ValidationReport> => {
  const run = new ValidationRun(deps, options.maxErrors ?? DEFAULT_MAX_ERRORS);
  // Every file is checked before any is read: a typo in the last name fails at once.
  for (const file of files) if (file !== '-') await readableSize(file);
  const formats = files.map((file) => formatOf(file, options.format));
  const fileSchemas = files.map((file) => options.schema ?? schemaOfFileName(file));
  for (const [index, file] of files.entries()) {
    const { chunks, totalBytes } = await openInput(file);
    await run.checkChunks({
      file,
      format: formats[index] ?? 'json',
      schema: fileSchemas[index] ?? 'meeting',
      chunks,
      ...(options.table === undefined ? {} : { table: options.table }),
      ...(totalBytes === undefined ? {} : { totalBytes }),
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    });
  }
  return run.report();
};

/** Checks one file (or `-` for standard input). */
export const validateFile = (file: string, options: ValidateFileOptions = {}): Promise<ValidationReport> => validateFiles([file], options);

export { InputError } from './types.ts';
export type {
  ErrorCode,
  FileSummary,
  InputFormat,
  SchemaName,
  ValidateFileOptions,
  ValidateOptions,
  ValidationIssue,
  ValidationReport,
} from './types.ts';
export type { ValidateChunksOptions };
export type { RecordResult } from './api.ts';
export type { SchemaInfo, TableInfo, ColumnInfo } from './compiled.ts';
