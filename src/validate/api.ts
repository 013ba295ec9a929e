/** The validation API, for any platform: records in memory, or chunks of bytes in a format. */
import type { SchemaInfo, TableInfo } from './types.ts';
import { datasetModel } from './datasets.ts';
import { definedOnly } from './defined.ts';
import { FileRun } from './file-run.ts';
import { noteUncountedLists } from './csv-table.ts';
import { checkChunks, type ValidatorDeps } from './input.ts';
import { DEFAULT_MAX_ERRORS, Ledger, type RecordPlace } from './ledger.ts';
import { notJsonProblem } from './json-values.ts';
import { checkRecord } from './record-check.ts';
import type { RecordResult, ValidateChunksOptions, ValidateOptions, ValidationReport } from './types.ts';

export const createApi = (deps: ValidatorDeps) => {
  const { compiled } = deps;
  const model = datasetModel(compiled);

  /** A value JSON cannot hold is a `wrong-type` error, not a throw. */
  const settleValue = (run: FileRun, value: unknown, place: RecordPlace) => {
    const notJson = notJsonProblem(value);
    run.settle(place, notJson === undefined ? checkRecord(run.context, value, run.collect) : { accepted: false, issues: [notJson] });
  };

  /** Checks one value: a record, or (for a dataset schema) an array of records. */
  const validateRecord = (value: unknown, options: ValidateOptions = {}): RecordResult => {
    const schema = model.schema(options.schema ?? 'meeting');
    const ledger = new Ledger(options.maxErrors ?? Number.MAX_SAFE_INTEGER);
    const run = new FileRun(ledger, compiled, schema);
    if (schema.isDataset) {
      if (!Array.isArray(value)) run.unreadable({}, 'wrong-type', `the ${schema.name} schema expects an array of records`);
      else value.forEach((item, index) => settleValue(run, item, { record: index, pointerPrefix: `/${index}` }));
    } else settleValue(run, value, {});
    const { errors } = ledger.report();
    return { valid: errors.length === 0, errors };
  };

  /** Checks records one by one from any iterable or async iterable (a generator, a stream of objects). */
  const validateRecords = async (records: Iterable<unknown> | AsyncIterable<unknown>, options: ValidateOptions = {}): Promise<ValidationReport> => {
    const schema = model.schema(options.schema ?? 'meeting');
    const ledger = new Ledger(options.maxErrors ?? DEFAULT_MAX_ERRORS);
    const run = new FileRun(ledger, compiled, schema);
    options.signal?.throwIfAborted();
    let index = 0;
    for await (const record of records) {
      options.signal?.throwIfAborted();
      settleValue(run, record, { record: index });
      index += 1;
    }
    run.end({ file: '(records)', schema: options.schema ?? 'meeting' }, false);
    return ledger.report();
  };

  /** Checks JSON, NDJSON or CSV bytes arriving in chunks (a file stream, a fetch body, a File). */
  const validateChunks = async (chunks: AsyncIterable<Uint8Array>, options: ValidateChunksOptions): Promise<ValidationReport> => {
    const ledger = new Ledger(options.maxErrors ?? DEFAULT_MAX_ERRORS);
    const { table, totalBytes, onProgress, signal } = options;
    const input = { file: options.file ?? '-', format: options.format, schema: options.schema ?? 'meeting', chunks, ...definedOnly({ table, totalBytes, onProgress, signal }) };
    await checkChunks(ledger, deps, input);
    noteUncountedLists(compiled, ledger);
    return ledger.report();
  };

  const schemas = (): readonly SchemaInfo[] => compiled.schemas;
  const tables = (): readonly TableInfo[] => compiled.tables;

  return { validateRecord, validateRecords, validateChunks, schemas, tables };
};

export type Api = ReturnType<typeof createApi>;
