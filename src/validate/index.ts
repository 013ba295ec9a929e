/**
 * `china-st-meetings/validate`: records checked against this package's schemas and rules, in
 * memory, from a stream, or from JSON, NDJSON and CSV files, by validators compiled at build time.
 */
import compiled from 'virtual:compiled-validators';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createApi } from './api.ts';
import { datasetModel, inReadingOrder, schemaMisfit } from './datasets.ts';
import { noteUncountedLists } from './csv-table.ts';
import { checkChunks, checkInputOptions } from './input.ts';
import { DEFAULT_MAX_ERRORS, Ledger } from './ledger.ts';
import { schemaOfName, tableOfName } from './file-kind.ts';
import { decodeUtf8, formatOf, openInput, readableSize, utf8BytesStage } from './node-input.ts';
import { checkNdjsonInThreads, THREADS_MIN_BYTES } from './ndjson-threads.ts';
import { serveParts } from './part-check.ts';
import { MAX_THREADS, PartCheckers } from './thread-pool.ts';
import { definedOnly } from './defined.ts';
import { InputError, type ValidateFileOptions, type ValidationReport } from './types.ts';

const deps = { compiled, decode: decodeUtf8, csvInput: utf8BytesStage };
const api = createApi(deps);

/** Marks the worker threads this module starts: they load this same module. */
const PART_WORKER = 'china-st-meetings/validate part worker';
if (!isMainThread && workerData === PART_WORKER && parentPort !== null) serveParts(parentPort, deps);

/** Worker threads at most by default: beyond 4, reading the file is the limit. */
const defaultThreads = () => Math.min(availableParallelism(), 4);

export const { validateRecord, validateRecords, validateChunks, schemas, tables } = api;

const model = datasetModel(compiled);

/**
 * Checks files (or `-` for standard input) in one run: records are counted together, and ids in a
 * file can be checked against the datasets of the files before it. Throws an `InputError` for a
 * file that cannot be read at all.
 */
export const validateFiles = async (files: readonly string[], options: ValidateFileOptions = {}): Promise<ValidationReport> => {
  if (files.length === 0) throw new InputError('name at least one file to validate (- reads standard input)');
  options.signal?.throwIfAborted();
  const ledger = new Ledger(options.maxErrors ?? DEFAULT_MAX_ERRORS);
  const threads = options.threads ?? defaultThreads();
  if (!Number.isInteger(threads) || threads < 1) throw new InputError('threads must be a whole number of at least 1');
  if (threads > MAX_THREADS) throw new InputError(`threads must be at most ${MAX_THREADS} (each costs 20–30 MB of memory; more do not help)`);
  checkInputOptions(deps, options);
  // Every file is checked before any is read: a typo in the last name fails at once.
  for (const file of files) if (file !== '-') await readableSize(file);
  const given = files.map((file) => {
    const format = formatOf(file, options.format);
    const table = format === 'csv' ? (options.table ?? tableOfName(file, tables())?.name) : undefined;
    const schema = options.schema ?? schemaOfName(file, schemas().map((known) => known.name));
    // A table known from its name or --table is checked against a schema asked for before any file is read.
    const known = table === undefined ? undefined : model.table(table);
    const misfit = options.schema === undefined || known === undefined ? undefined : schemaMisfit(model, options.schema, known, file);
    if (misfit !== undefined) throw new InputError(misfit);
    return { file, format, schema, table };
  });
  const inputs = inReadingOrder(model, given, (input) => input);
  let threadPool: PartCheckers | undefined;
  try {
    for (const { file, format, schema } of inputs) {
      const { chunks, totalBytes } = await openInput(file, options.signal);
      const { table, onProgress, signal } = options;
      const input = { file, format, schema, schemaGiven: options.schema !== undefined, chunks, ...definedOnly({ table, totalBytes, onProgress, signal }) };
      // Large NDJSON files use several cores; any NDJSON input when threads are asked for.
      const inThreads = threads > 1 && threadPool?.retired !== true && (options.threads !== undefined || (totalBytes ?? 0) >= THREADS_MIN_BYTES);
      if (inThreads && format === 'ndjson') {
        threadPool ??= new PartCheckers(threads, deps, new URL(import.meta.url), PART_WORKER);
        await checkNdjsonInThreads(ledger, deps, input, threadPool, options.threads !== undefined);
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

// The public types (types.ts is nothing else), and InputError.
export * from './types.ts';
