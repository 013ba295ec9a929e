/** The validation API, for any platform: records in memory, or chunks of bytes in a format. */
import type { CompiledModule, SchemaInfo, TableInfo } from './compiled.ts';
import { DEFAULT_MAX_ERRORS, schemaInfo, ValidationRun, type EngineDeps } from './engine.ts';
import type { InputFormat, ValidateOptions, ValidationIssue, ValidationReport } from './types.ts';

export interface ValidateChunksOptions extends ValidateOptions {
  readonly format: InputFormat;
  /** The name reported for the input (default `-`). */
  readonly file?: string;
  readonly table?: string;
  readonly totalBytes?: number;
  readonly onProgress?: (bytesRead: number, totalBytes: number | undefined) => void;
}

export interface RecordResult {
  readonly valid: boolean;
  readonly errors: readonly ValidationIssue[];
}

export const createApi = (deps: EngineDeps) => {
  const { compiled } = deps;

  /** Checks one value: a record, or (for a dataset schema) an array of records. */
  const validateRecord = (value: unknown, options: ValidateOptions = {}): RecordResult => {
    const schema = schemaInfo(compiled, options.schema ?? 'meeting');
    const run = new ValidationRun(deps, options.maxErrors ?? Number.MAX_SAFE_INTEGER);
    if (schema.isDataset) {
      if (!Array.isArray(value)) {
        run.recordProblem({}, 'wrong-type', `the ${schema.name} schema expects an array of records`);
      } else {
        value.forEach((item, index) => run.checkRecord(item, schema.recordKind, schema.dataset, { record: index, pointerPrefix: `/${index}` }));
      }
    } else {
      run.checkRecord(value, schema.recordKind, schema.dataset, {});
    }
    const { errors } = run.report();
    return { valid: errors.length === 0, errors };
  };

  /** Checks records one by one from any iterable or async iterable (a generator, a stream of objects). */
  const validateRecords = async (
    records: Iterable<unknown> | AsyncIterable<unknown>,
    options: ValidateOptions = {},
  ): Promise<ValidationReport> => {
    const schema = schemaInfo(compiled, options.schema ?? 'meeting');
    const run = new ValidationRun(deps, options.maxErrors ?? DEFAULT_MAX_ERRORS);
    let index = 0;
    for await (const record of records) {
      run.checkRecord(record, schema.recordKind, schema.dataset, { record: index });
      index += 1;
    }
    run.finishInput({ file: '(records)', schema: options.schema ?? 'meeting' });
    return run.report();
  };

  /** Checks JSON, NDJSON or CSV bytes arriving in chunks (a file stream, a fetch body, a File). */
  const validateChunks = async (chunks: AsyncIterable<Uint8Array>, options: ValidateChunksOptions): Promise<ValidationReport> => {
    const run = new ValidationRun(deps, options.maxErrors ?? DEFAULT_MAX_ERRORS);
    await run.checkChunks({
      file: options.file ?? '-',
      format: options.format,
      schema: options.schema ?? 'meeting',
      chunks,
      ...(options.table === undefined ? {} : { table: options.table }),
      ...(options.totalBytes === undefined ? {} : { totalBytes: options.totalBytes }),
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    });
    return run.report();
  };

  const schemas = (): readonly SchemaInfo[] => compiled.schemas;
  const tables = (): readonly TableInfo[] => compiled.tables;

  return { validateRecord, validateRecords, validateChunks, schemas, tables };
};

export type Api = ReturnType<typeof createApi>;
export type { CompiledModule };
