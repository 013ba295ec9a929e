/**
 * `china-st-meetings/validate`: check records of your own against this package's schemas and
 * rules, in memory, from a stream, or from JSON, NDJSON and CSV files. It runs validators compiled
 * at build time: no schema compilation at run time, and nothing to install.
 */
import compiled from 'virtual:compiled-validators';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createApi } from './api.ts';
import { datasetModel } from './datasets.ts';
import { noteUncountedLists } from './csv-table.ts';
import { checkChunks } from './input.ts';
import { DEFAULT_MAX_ERRORS, Ledger } from './ledger.ts';
import { schemaOfName } from './file-kind.ts';
import { decodeUtf8, formatOf, openInput, readableSize, utf8BytesStage } from './node-input.ts';
import { checkNdjsonInThreads, THREADS_MIN_BYTES } from './ndjson-threads.ts';
import { serveParts } from './part-check.ts';
import { MAX_THREADS, PartCheckers } from './thread-pool.ts';
import { InputError, type SchemaName, type ValidateFileOptions, type ValidationReport } from './types.ts';

const deps = { compiled, decode: decodeUtf8, csvInput: utf8BytesStage };
const api = createApi(deps);

/** Marks the worker threads this module starts for large files: they load this same module. */
const PART_WORKER = 'china-st-meetings/validate part worker';
if (!isMainThread && workerData === PART_WORKER && parentPort !== null) serveParts(parentPort, deps);

/** Worker threads by default: one per core, up to 4 (beyond that, reading the file is the limit). */
const defaultThreads = () => Math.min(availableParallelism(), 4);

export const { validateRecord, validateRecords, validateChunks, schemas, tables } = api;

/** Without `schema`, a file named after a schema (`people.json`, `meeting.ndjson`) uses it; others use `meeting`. */
const schemaOfFileName = (file: string): SchemaName => schemaOfName(file, schemas().map((schema) => schema.name));

const tableOfFileName = (file: string): string | undefined => {
  const base = file.replace(/^.*[\\/]/u, '').replace(/\.csv$/iu, '');
  return tables().find((table) => table.name === base)?.name;
};

/** Datasets and tables that others refer to come first; 9 for anything unknown. */
const DATASET_RANK = datasetModel(compiled).rank;

const tableDepth = (name: string): number => {
  const table = tables().find((candidate) => candidate.name === name);
  return table?.parent === undefined ? 0 : 1 + tableDepth(table.parent);
};

/**
 * Orders the inputs so that what is referred to is read before what refers to it (organizations,
 * then people and sources, then meetings; a parent table before its child tables), so that
 * references are checked whatever order the files were named in (a shell glob is alphabetical).
 * The sort is stable: otherwise the given order stays.
 */
const inDependencyOrder = <T extends { schema: SchemaName; format: string; table: string | undefined }>(inputs: T[]): T[] => {
  const rank = (input: T) => {
    if (input.format !== 'csv') return (DATASET_RANK.get(schemas().find((schema) => schema.name === input.schema)?.dataset ?? '') ?? 9) * 10;
    if (input.table === undefined) return 99;
    const table = tables().find((candidate) => candidate.name === input.table);
    const dataset = schemas().find((schema) => schema.name === table?.recordKind)?.dataset ?? '';
    return (DATASET_RANK.get(dataset) ?? 9) * 10 + tableDepth(input.table);
  };
  return inputs.map((input, index) => ({ input, index, rank: rank(input) })).sort((a, b) => a.rank - b.rank || a.index - b.index).map(({ input }) => input);
};

/**
 * Checks files (or `-` for standard input) in one run: records are counted together, and ids in a
 * file can be checked against the datasets of the files before it (give people and organizations
 * before meetings). Throws an `InputError` for a file that cannot be read at all.
 */
export const validateFiles = async (files: readonly string[], options: ValidateFileOptions = {}): Promise<ValidationReport> => {
  if (files.length === 0) throw new InputError('name at least one file to validate (- reads standard input)');
  options.signal?.throwIfAborted();
  const ledger = new Ledger(options.maxErrors ?? DEFAULT_MAX_ERRORS);
  const threads = options.threads ?? defaultThreads();
  if (!Number.isInteger(threads) || threads < 1) throw new InputError('threads must be a whole number of at least 1');
  if (threads > MAX_THREADS) throw new InputError(`threads must be at most ${MAX_THREADS} (each costs 20–30 MB of memory; more do not help)`);
  if (options.table !== undefined && !tables().some((table) => table.name === options.table)) {
    throw new InputError(`unknown table "${options.table}"; use one of: ${tables().map((table) => table.name).join(', ')}`);
  }
  // Every file is checked before any is read: a typo in the last name fails at once.
  for (const file of files) if (file !== '-') await readableSize(file);
  const inputs = inDependencyOrder(
    files.map((file) => {
      const format = formatOf(file, options.format);
      return { file, format, schema: options.schema ?? schemaOfFileName(file), table: format === 'csv' ? (options.table ?? tableOfFileName(file)) : undefined };
    }),
  );
  let threadPool: PartCheckers | undefined;
  const asked = options.threads !== undefined;
  try {
    for (const { file, format, schema } of inputs) {
      const { chunks, totalBytes } = await openInput(file);
      const input = {
        file,
        format,
        schema,
        chunks,
        ...(options.table === undefined ? {} : { table: options.table }),
        ...(totalBytes === undefined ? {} : { totalBytes }),
        ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      };
      // Large NDJSON files use several cores; any NDJSON input when threads are asked for. JSON and
      // CSV are read in this thread.
      const inThreads =
        threads > 1 && threadPool?.retired !== true && (options.threads !== undefined || (totalBytes ?? 0) >= THREADS_MIN_BYTES);
      if (inThreads && format === 'ndjson') {
        threadPool ??= new PartCheckers(threads, deps, new URL(import.meta.url), PART_WORKER);
        await checkNdjsonInThreads(ledger, deps, input, threadPool, asked);
      } else await checkChunks(ledger, deps, input);
    }
  } finally {
    await threadPool?.close();
  }
  noteUncountedLists(compiled, ledger);
  return ledger.report();
};

/** Checks one file (or `-` for standard input). */
export const validateFile = (file: string, options: ValidateFileOptions = {}): Promise<ValidationReport> => validateFiles([file], options);

export { InputError } from './types.ts';
export type {
  ColumnInfo,
  DatasetName,
  ErrorCode,
  FileSummary,
  RecordResult,
  RecordSchemaName,
  SchemaInfo,
  TableInfo,
  ValidateChunksOptions,
  InputFormat,
  SchemaName,
  ValidateFileOptions,
  ValidateOptions,
  ValidationIssue,
  ValidationReport,
} from './types.ts';

