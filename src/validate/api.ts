/** The validation API, for any platform: records in memory, or chunks of bytes in a format. */
import type { SchemaInfo, TableInfo } from './types.ts';
import { definedOnly } from './defined.ts';
import type { FileRun } from './file-run.ts';
import { noteUncountedLists } from './csv-table.ts';
import { abortable } from './abortable.ts';
import type { ChunkLike } from './chunk-bytes.ts';
import { beginInput, checkChunks, type ValidatorDeps } from './input.ts';
import { DEFAULT_MAX_ERRORS, Ledger, type RecordPlace } from './ledger.ts';
import { readJsonValue } from './json-values.ts';
import { checkRecord } from './record-check.ts';
import type { RecordResult, ValidateChunksOptions, ValidateOptions, ValidationReport } from './types.ts';

export const createApi = (deps: ValidatorDeps) => {
  const { compiled } = deps;

  /** A value is checked as the JSON data it stands for (json-values.ts): what JSON cannot hold is an issue, not a throw. */
  const settleValue = (run: FileRun, value: unknown, place: RecordPlace) => {
    const read = readJsonValue(value);
    run.settle(place, read.issue === undefined ? checkRecord(run.context, read.value, run.collect) : { accepted: false, issues: [read.issue] });
  };

  /** A dataset's records, holes as `undefined` (as validateRecords reads them); what cannot be read, as an issue. */
  const settleDataset = (run: FileRun, value: unknown) => {
    const { schema } = run;
    let length: number;
    try {
      if (!Array.isArray(value)) return run.unreadable({}, { code: 'wrong-type', message: `the ${schema.name} schema expects an array of records` });
      length = value.length;
    } catch {
      return run.unreadable({}, { code: 'wrong-type', message: `the ${schema.name} schema expects an array of records, and this one could not be read (a Proxy?)` });
    }
    for (let index = 0; index < length; index += 1) {
      const place = { record: index, pointerPrefix: `/${index}` };
      let item: unknown;
      try {
        item = Object.hasOwn(value, index) ? (value as unknown[])[index] : undefined;
      } catch {
        run.unreadable(place, { code: 'wrong-type', message: 'could not be read (a getter or a Proxy threw); give plain data' });
        continue;
      }
      settleValue(run, item, place);
    }
  };

  /** Checks one value: a record, or (for a dataset schema) an array of records. */
  const validateRecord = (value: unknown, options: ValidateOptions = {}): RecordResult => {
    const ledger = new Ledger(options.maxErrors ?? Number.MAX_SAFE_INTEGER);
    const run = beginInput(ledger, deps, options.schema ?? 'meeting');
    if (run.schema.isDataset) settleDataset(run, value);
    else settleValue(run, value, {});
    const { errors } = ledger.report();
    return { valid: errors.length === 0, errors };
  };

  /** Checks records one by one from any iterable or async iterable (a generator, a stream of objects). */
  const validateRecords = async (records: Iterable<unknown> | AsyncIterable<unknown>, options: ValidateOptions = {}): Promise<ValidationReport> => {
    const ledger = new Ledger(options.maxErrors ?? DEFAULT_MAX_ERRORS);
    const run = beginInput(ledger, deps, options.schema ?? 'meeting');
    options.signal?.throwIfAborted();
    let index = 0;
    // Abortable while the iterable waits too: one that never yields does not hold the run.
    for await (const record of abortable(records, options.signal)) {
      settleValue(run, record, { record: index });
      index += 1;
    }
    ledger.endFile({ file: '(records)', schema: options.schema ?? 'meeting' });
    return ledger.report();
  };

  /** Checks JSON, NDJSON or CSV bytes arriving in chunks (a file stream, a fetch body, a File), or text in strings. */
  const validateChunks = async (chunks: AsyncIterable<ChunkLike> | Iterable<ChunkLike>, options: ValidateChunksOptions): Promise<ValidationReport> => {
    const ledger = new Ledger(options.maxErrors ?? DEFAULT_MAX_ERRORS);
    const { table, totalBytes, onProgress, signal } = options;
    const input = { file: options.file ?? '-', format: options.format, schema: options.schema ?? 'meeting', schemaGiven: options.schema !== undefined, chunks, ...definedOnly({ table, totalBytes, onProgress, signal }) };
    await checkChunks(ledger, deps, input);
    noteUncountedLists(compiled, ledger);
    return ledger.report();
  };

  const schemas = (): readonly SchemaInfo[] => compiled.schemas;
  const tables = (): readonly TableInfo[] => compiled.tables;

  return { validateRecord, validateRecords, validateChunks, schemas, tables };
};
