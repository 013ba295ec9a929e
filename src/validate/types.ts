/** The public types of `china-st-meetings/validate` and of the CLI's `--json` report. */

import type { DatasetName, RecordKind, SchemaName } from './names.ts';

export type { DatasetName, RecordKind, SchemaName };

/** @deprecated The former name of RecordKind. */
export type RecordSchemaName = RecordKind;

export type InputFormat = 'json' | 'ndjson' | 'csv';

/** Stable error codes, each with what it means: src/validate/error-codes.ts. */
export type { ErrorCode } from './error-codes.ts';
import type { ErrorCode } from './error-codes.ts';

export interface ValidationIssue {
  /** The file, or `-` for standard input; absent for in-memory records. */
  readonly file?: string;
  /** 1-based line where the record (or the problem, for input errors) is. */
  readonly line?: number;
  /** 1-based column, where known (malformed JSON, CSV fields). */
  readonly column?: number;
  /** 0-based index of the record in its file or iterable. */
  readonly record?: number;
  /** JSON Pointer to the value inside the record (`/place/city`); `` for the record itself. */
  readonly pointer: string;
  readonly code: ErrorCode;
  readonly message: string;
}

export interface FileSummary {
  /** `-` for standard input, `(records)` for records given in memory (with no format). */
  readonly file: string;
  readonly format?: InputFormat;
  readonly schema: SchemaName;
  /** For CSV: the table the rows were checked against. */
  readonly table?: string;
  readonly records: number;
  readonly validRecords: number;
  readonly invalidRecords: number;
  /** Input problems that are not tied to one record (malformed header, bad encoding, …). */
  readonly inputErrors: number;
  readonly bytes: number;
}

export interface ValidationReport {
  /** True when every record is valid and the input had no problems. */
  readonly valid: boolean;
  readonly records: number;
  readonly validRecords: number;
  readonly invalidRecords: number;
  /** The issues found, at most `maxErrors` of them, in input order. */
  readonly errors: readonly ValidationIssue[];
  /** True when more issues were found than `errors` holds (raise `maxErrors` to see them). */
  readonly errorsCapped: boolean;
  readonly files: readonly FileSummary[];
  /** What was not checked and why (e.g. references to a dataset that was not given). */
  readonly notes: readonly string[];
}

export interface ValidateOptions {
  /** Which schema the records follow (default `meeting`). A dataset name means the same records. */
  readonly schema?: SchemaName;
  /** At most this many issues are collected (default 100); counting goes on past it. */
  readonly maxErrors?: number;
  /** Async functions: stops the run, which then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

export interface ValidateFileOptions extends ValidateOptions {
  /** Default: from the file extension (`.json`, `.ndjson`/`.jsonl`, `.csv`). */
  readonly format?: InputFormat;
  /** CSV only: the table the rows belong to (default: recognized from the header). */
  readonly table?: string;
  /**
   * Threads that check an NDJSON file (default: for a file of 64 MiB or more, one more for each
   * core found idle, at most 4, and one when its ids would not fit beside another thread's heap,
   * about 1.3 million). A number given is used as given. JSON and CSV are read in the calling thread.
   */
  readonly threads?: number;
  /** Called now and then while a large input is read. */
  readonly onProgress?: (bytesRead: number, totalBytes: number | undefined) => void;
}

/** Thrown for a usage error or an input that cannot be read at all (the CLI exits with 2). */
export class InputError extends Error {
  override readonly name = 'InputError';
}

export interface ColumnInfo {
  readonly name: string;
  /** How its cells are read (src/cells.ts `CellType`, which is this type). */
  readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  readonly required: boolean;
  /** The table whose `id` this column refers to. */
  readonly references?: string;
  /** In a record table: the property path of the cell's value in the record. */
  readonly path?: readonly string[];
}

export interface TableInfo {
  readonly name: string;
  readonly recordKind: RecordKind;
  readonly columns: readonly ColumnInfo[];
  readonly primaryKey: readonly string[];
  readonly parent?: string;
  readonly parentKeyColumns: readonly string[];
  /** True when the rows' `number` must count 1..n within each parent, as the records' lists must. */
  readonly numbered?: boolean;
  /** A child table: how few and how many rows each parent row must have (its list's minItems and maxItems). */
  readonly minItems?: number;
  readonly maxItems?: number;
  /** When the list's object is optional: the parent table's columns of that object; minItems holds for the parent rows that fill one. */
  readonly minItemsWhen?: readonly string[];
}

export interface SchemaInfo {
  readonly name: SchemaName;
  readonly title: string;
  readonly description: string;
  /** The record kind whose records the schema checks (a dataset schema checks an array of them). */
  readonly recordKind: RecordKind;
  readonly dataset: DatasetName;
  readonly isDataset: boolean;
}

export interface RecordResult {
  readonly valid: boolean;
  readonly errors: readonly ValidationIssue[];
}

export interface ValidateChunksOptions extends ValidateOptions, Pick<ValidateFileOptions, 'table' | 'onProgress'> {
  readonly format: InputFormat;
  /** The name reported for the input (default `-`). */
  readonly file?: string;
  readonly totalBytes?: number;
}
