/** One input's chunks of bytes read by the reader of its format and settled into the ledger, on any platform. */
import { abortable } from './abortable.ts';
import type { InputProblem, Utf8Decoder } from './bytes.ts';
import { byteChunks, type ChunkLike } from './chunk-bytes.ts';
import type { CompiledModule } from './compiled.ts';
import { csvReader, type CsvInputStage } from './csv.ts';
import { tableNamed } from './csv-header.ts';
import { csvTable } from './csv-table.ts';
import { datasetModel } from './datasets.ts';
import { FileRun } from './file-run.ts';
import { JsonReader } from './json-array.ts';
import type { Ledger } from './ledger.ts';
import { ndjsonReader } from './ndjson.ts';
import { InputError, type InputFormat, type SchemaName, type ValidateChunksOptions } from './types.ts';

/** What the platform provides. */
export interface ValidatorDeps {
  readonly compiled: CompiledModule;
  readonly decode: Utf8Decoder;
  readonly csvInput: () => CsvInputStage;
}

/** An input to read: the options of validateChunks, with its file name and schema settled. */
export type ChunkInput = Pick<ValidateChunksOptions, 'format' | 'table' | 'totalBytes' | 'onProgress' | 'signal'> & {
  readonly file: string;
  readonly schema: SchemaName;
  /** The schema was asked for, not taken by default: a CSV file's table must then fit it. */
  readonly schemaGiven?: boolean;
  readonly chunks: AsyncIterable<ChunkLike> | Iterable<ChunkLike>;
};

const FORMATS: readonly string[] = ['json', 'ndjson', 'csv'] satisfies InputFormat[];

/** Refuses what cannot be read at all, before anything is: an unknown format, table or schema. */
export const checkInputOptions = (deps: ValidatorDeps, input: { readonly format?: string; readonly table?: string; readonly schema?: string }): void => {
  if (input.format !== undefined && !FORMATS.includes(input.format)) throw new InputError(`unknown format "${input.format}"; use json, ndjson or csv`);
  if (input.table !== undefined) tableNamed(deps.compiled.tables, input.table);
  if (input.schema !== undefined) datasetModel(deps.compiled).schema(input.schema);
};

const PROGRESS_EVERY = 16 * 1024 * 1024;

/** After a stop this much more is read, to count the bytes; then reading ends (endless input ends), and a file's size stands in. */
export const READ_AFTER_STOP_BYTES = 16 * 1024 * 1024;

export interface Reader {
  push(chunk: Uint8Array): Promise<void> | void;
  end(): Promise<void> | void;
  readonly reading: boolean;
}

/**
 * Gives the reader an input's chunks as bytes (chunk-bytes.ts), counting them and telling the
 * progress; after a stop, counts a few more. An abort stops it also while the input waits. An input
 * of no bytes is not ended, only reported as empty (endInput).
 */
export const readChunks = async (ledger: Ledger, input: ChunkInput, reader: Reader): Promise<void> => {
  let [nextProgress, drained] = [PROGRESS_EVERY, 0];
  for await (const chunk of byteChunks(abortable(input.chunks, input.signal))) {
    const counts = ledger.current;
    counts.bytes += chunk.length;
    if (reader.reading) await reader.push(chunk);
    else if ((drained += chunk.length) > READ_AFTER_STOP_BYTES) {
      counts.bytes = Math.max(counts.bytes, input.totalBytes ?? 0);
      break;
    }
    if (input.onProgress !== undefined && counts.bytes >= nextProgress) {
      nextProgress += PROGRESS_EVERY;
      input.onProgress(counts.bytes, input.totalBytes);
    }
  }
  if (ledger.current.bytes > 0) await reader.end();
};

/** Begins an input of one schema: its counts in the ledger, and its run. */
export const beginInput = (ledger: Ledger, deps: ValidatorDeps, schemaName: SchemaName): FileRun => {
  const schema = datasetModel(deps.compiled).schema(schemaName);
  ledger.beginFile();
  return new FileRun(ledger, deps.compiled, schema);
};

/** Ends an input: an empty one is reported, and its dataset (a JSON or NDJSON file's) or table (a CSV file's) is complete. */
export const endInput = (run: FileRun, input: Omit<ChunkInput, 'chunks'>, table: string | undefined): void => {
  const { ledger } = run;
  const { file, format } = input;
  const counts = ledger.current;
  if (counts.bytes === 0 && counts.inputErrors === 0) {
    ledger.inputIssue(file, undefined, { code: 'empty-input', message: 'the file is empty' });
  } else if (format === 'ndjson' && counts.records === 0 && counts.inputErrors === 0) {
    ledger.inputIssue(file, undefined, { code: 'empty-input', message: 'the file holds no records (only blank lines)' });
  }
  input.onProgress?.(counts.bytes, input.totalBytes);
  ledger.endFile({ file, format, schema: input.schema, ...(table === undefined ? {} : { table }) });
  if (format !== 'csv') ledger.complete(run.schema.dataset);
  if (table !== undefined) ledger.complete(table, true);
};

export const checkChunks = async (ledger: Ledger, deps: ValidatorDeps, input: ChunkInput): Promise<void> => {
  checkInputOptions(deps, input);
  input.signal?.throwIfAborted();
  const run = beginInput(ledger, deps, input.schema);
  const { schema } = run;
  const { file } = input;
  const inputProblem = (line: number | undefined, problem: InputProblem, column?: number) => ledger.inputIssue(file, line, problem, column);
  let reader: Reader;
  let tableOf = (): string | undefined => undefined;
  let endRows = (): void => undefined;
  if (input.format === 'ndjson') reader = ndjsonReader(deps.decode, file, run, inputProblem);
  else if (input.format === 'json') reader = new JsonReader(deps.decode, file, schema, run, inputProblem, deps.compiled.limits[schema.name]?.maxItems);
  else {
    const rows = csvTable(deps.compiled, ledger, file, input.table, input.schemaGiven === true ? input.schema : undefined);
    reader = csvReader(deps.csvInput(), { ...rows, inputProblem });
    tableOf = () => rows.table?.name;
    endRows = rows.end;
  }
  await readChunks(ledger, input, reader);
  endRows();
  endInput(run, input, tableOf());
};
