/**
 * CSV input: rows of one of the package's tables (named with `--table`, or recognized from the
 * file name or the header), typed per the table's columns and checked against the table's row
 * schema, with duplicate keys, rows whose parent is missing and unresolved ids reported.
 * Parsing is csv-parse's, streamed.
 */
import type { ColumnInfo, TableInfo } from './compiled.ts';
import type { ChunkInput, RecordPlace, ValidationRun } from './engine.ts';
import { IdIndex } from './id-index.ts';
import { issuesFromAjv } from './issues.ts';
import { INVALID_UTF8_MESSAGE, sniff } from './bytes.ts';
import { InputError, type ValidationIssue } from './types.ts';

/** The part of a csv-parse parser this reader uses (the Node and the browser builds both have it). */
export interface CsvParser {
  write(chunk: string | Uint8Array, callback?: (error?: Error | null) => void): boolean;
  end(): void;
  on(event: 'data', listener: (record: string[]) => void): unknown;
  /** `fatal`: not a CSV problem but a failure of the parser itself (its thread died): the run fails. */
  on(event: 'error', listener: (error: Error & { code?: string; lines?: number; fatal?: boolean }) => void): unknown;
  on(event: 'end' | 'drain', listener: () => void): unknown;
  once(event: 'drain', listener: () => void): unknown;
  /**
   * Resolves once every record of what was written has been emitted. A parser in another thread
   * lags behind the bytes checked here; in-thread parsers leave this out.
   */
  caughtUp?(): Promise<void>;
}
export type CsvParserFactory = (options: Record<string, unknown>) => CsvParser;

/**
 * Turns a file's chunks into what the CSV parser is given, checking that they are UTF-8 (a chunk
 * may end inside a character); null when they are not. Called once more without a chunk at the
 * end. Node gives csv-parse the bytes themselves (it decodes each field); browsers, text.
 */
export type CsvInputStage = (chunk?: Uint8Array) => string | Uint8Array | null;

/** The TextDecoder stage, for any platform. */
export const decodingStage = (): CsvInputStage => {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return (chunk) => {
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch {
      return null;
    }
  };
};

/** csv-parse is given at most this much at a time: it parses all of a piece before it yields. */
const PARSER_PIECE_BYTES = 64 * 1024;

const completeTables = new WeakMap<ValidationRun, Set<string>>();

const baseName = (file: string) => file.replace(/^.*[\\/]/u, '').replace(/\.csv$/iu, '');

/** The table the file holds: named, or told by the file name, or by the header. */
const pickTable = (tables: readonly TableInfo[], header: readonly string[], file: string, named: string | undefined): TableInfo | string => {
  if (named !== undefined) {
    const table = tables.find((candidate) => candidate.name === named);
    if (table === undefined) throw new InputError(`unknown table "${named}"; use one of: ${tables.map((candidate) => candidate.name).join(', ')}`);
    return table;
  }
  const fits = (table: TableInfo) =>
    header.every((column) => table.columns.some((known) => known.name === column)) &&
    table.columns.every((column) => !column.required || header.includes(column.name));
  // A file named after a table is that table: differences in its header are then reported.
  const byFileName = tables.find((table) => table.name === baseName(file));
  if (byFileName !== undefined) return byFileName;
  const candidates = tables.filter(fits);
  if (candidates.length === 1 && candidates[0] !== undefined) return candidates[0];
  if (candidates.length > 1) {
    return `the header fits several tables (${candidates.map((table) => table.name).join(', ')}); name one with --table`;
  }
  return 'the header matches no table of this package; name the table with --table to see what differs';
};

const typed = (cell: string, column: ColumnInfo): unknown => {
  if (column.type === 'integer' || column.type === 'number') {
    const number = Number(cell);
    return /^-?\d+(?:\.\d+)?$/u.test(cell) && Number.isFinite(number) ? number : cell;
  }
  if (column.type === 'boolean') return cell === 'true' ? true : cell === 'false' ? false : cell;
  return cell;
};

export const readCsv = (run: ValidationRun, input: ChunkInput) => {
  const { compiled } = run.deps;
  const { file } = input;
  const complete = completeTables.get(run) ?? new Set<string>();
  completeTables.set(run, complete);
  const stage = run.deps.csvInput();
  const parser = (input.csvParser ?? run.deps.csvParser)({ relax_column_count: true, max_record_size: 64 * 1024 * 1024 });
  let header: string[] | undefined;
  let table: TableInfo | undefined;
  let columns: (ColumnInfo | undefined)[] = [];
  let stopped = false;
  let rowIndex = 0;
  let keys: IdIndex | undefined;
  // Looked up once per file, not per row.
  let parentTable: TableInfo | undefined;
  let referenceColumns: ColumnInfo[] = [];
  let failure: (Error & { code?: string; lines?: number; fatal?: boolean }) | undefined;
  // Each note is written once per file: building its text for every row would cost 5%.
  const noted = new Set<string>();
  const noteOnce = (key: string) => !noted.has(key) && noted.add(key) !== undefined;
  const pending: { valid: boolean; references: { id: string; issue: ValidationIssue }[] }[] = [];

  const stop = (line: number | undefined, code: Parameters<ValidationRun['inputIssue']>[2]['code'], message: string) => {
    stopped = true;
    run.inputIssue(file, line, { code, message });
  };

  const onHeader = (record: string[]) => {
    header = record;
    const [only] = record;
    if (record.length === 1 && only !== undefined && /[;\t|]/u.test(only)) {
      const separator = only.includes(';') ? 'semicolons' : only.includes('\t') ? 'tabs' : 'vertical bars';
      return stop(1, 'csv-malformed', `the header is one column separated by ${separator}; this package's CSV files separate columns with commas: save the file as comma-separated CSV`);
    }
    const picked = pickTable(compiled.tables, record, file, input.table);
    if (typeof picked === 'string') return stop(1, 'csv-unknown-table', picked);
    const repeated = record.findIndex((name, index) => record.indexOf(name) !== index);
    if (repeated !== -1) return stop(1, 'csv-duplicate-column', `the column "${record[repeated] ?? ''}" appears twice in the header`);
    table = picked;
    columns = record.map((name) => picked.columns.find((column) => column.name === name));
    record.forEach((name, index) => {
      if (columns[index] === undefined) {
        run.inputIssue(file, 1, { code: 'csv-unknown-column', message: `unknown column "${name}" in table ${picked.name}: remove it or fix its name (its cells are not checked)` }, index + 1);
      }
    });
    const missing = picked.columns.filter((column) => column.required && !record.includes(column.name));
    if (missing.length > 0) {
      stop(1, 'csv-missing-column', `table ${picked.name} needs the column${missing.length > 1 ? 's' : ''} ${missing.map((column) => `"${column.name}"`).join(', ')}`);
    }
    keys = new IdIndex();
    run.tableKeys.set(picked.name, keys);
    parentTable = compiled.tables.find((candidate) => candidate.name === picked.parent);
    referenceColumns = picked.columns.filter((column) => column.references !== undefined && column.name !== 'id');
  };

  const onRow = (record: string[], line: number) => {
    if (table === undefined || header === undefined) return;
    const place: RecordPlace = { file, line, record: rowIndex };
    rowIndex += 1;
    if (record.length !== header.length) {
      run.recordProblem(place, 'csv-ragged-row', `has ${record.length} field${record.length === 1 ? '' : 's'} but the header has ${header.length}`);
      return;
    }
    const row: Record<string, unknown> = {};
    for (let index = 0; index < columns.length; index += 1) {
      const column = columns[index];
      const cell = record[index] ?? '';
      if (column !== undefined && cell !== '') row[column.name] = typed(cell, column);
    }
    const counts = run.current;
    counts.records += 1;
    let valid = true;
    const issue = (pointer: string, code: Parameters<ValidationRun['addIssue']>[0]['code'], message: string) => {
      valid = false;
      const column = header?.indexOf(pointer.slice(1).split('/')[0] ?? '') ?? -1;
      run.addIssue({ file, line, record: place.record ?? 0, ...(column >= 0 ? { column: column + 1 } : {}), pointer, code, message });
    };
    if (compiled.rowsFast[table.name]?.(row) === false) {
      const validate = compiled.rows[table.name];
      if (run.full) {
        valid = false;
        run.addIssue({ file, line, pointer: '', code: 'schema', message: 'invalid row' });
      } else if (validate !== undefined && !validate(row)) {
        for (const found of issuesFromAjv(validate.errors)) issue(found.pointer, found.code, found.message);
      }
    }
    const key = table.primaryKey.length === 1 ? String(row[table.primaryKey[0] ?? ''] ?? '') : table.primaryKey.map((name) => String(row[name] ?? '')).join('\u0000');
    const first = keys?.add(key, line);
    if (first !== undefined) issue(`/${table.primaryKey[0] ?? ''}`, 'duplicate-key', `the key ${table.primaryKey.map((name) => `${name}=${String(row[name] ?? '')}`).join(', ')} is already used at line ${first}`);
    if (table.parent !== undefined) {
      if (complete.has(table.parent)) {
        const parentKey = table.parentKeyColumns.map((name) => String(row[name] ?? '')).join('\u0000');
        if (parentTable !== undefined && !run.tableKeys.get(parentTable.name)?.has(parentKey)) {
          issue(`/${table.parentKeyColumns[0] ?? ''}`, 'csv-orphan-row', `no row of ${parentTable.name} has the key ${parentKey.replaceAll('\u0000', ', ')}`);
        }
      } else if (noteOnce(table.parent)) run.addNote(`Rows of ${table.name} were not matched to ${table.parent}: give ${table.parent}.csv before ${table.name}.csv to check them.`);
    }
    const selfReferences: { id: string; issue: ValidationIssue }[] = [];
    for (const column of referenceColumns) {
      const target = column.references;
      const value = row[column.name];
      if (target === undefined || value === undefined) continue;
      if (target === table.name) {
        // A row further down may hold the id: checked when the file ends.
        const columnNumber = (header?.indexOf(column.name) ?? -1) + 1;
        selfReferences.push({ id: String(value), issue: { file, line, record: place.record ?? 0, column: columnNumber, pointer: `/${column.name}`, code: 'unresolved-reference', message: `"${String(value)}" is not an id in ${target}` } });
      } else if (complete.has(target)) {
        if (!run.tableKeys.get(target)?.has(String(value))) issue(`/${column.name}`, 'unresolved-reference', `"${String(value)}" is not an id in ${target}`);
      } else if (target !== table.parent && noteOnce(column.name)) run.addNote(`Ids in ${table.name}.${column.name} were not checked: give ${target}.csv before ${table.name}.csv to check them.`);
    }
    if (selfReferences.length > 0) pending.push({ valid, references: selfReferences });
    else if (valid) counts.validRecords += 1;
    else counts.invalidRecords += 1;
  };

  const resolvePending = () => {
    const counts = run.current;
    for (const row of pending) {
      let valid = row.valid;
      for (const { id, issue } of row.references) {
        if (!keys?.has(id)) {
          valid = false;
          run.addIssue(issue);
        }
      }
      if (valid) counts.validRecords += 1;
      else counts.invalidRecords += 1;
    }
  };

  // Lines are counted here: a record starts on the line after the previous one ends, and takes
  // one line more for each line end inside its quoted fields. (csv-parse's own counter gives where
  // a record ends and counts a quoted CRLF twice; its `raw` text costs 5% of the parse.)
  let nextLine = 1;
  parser.on('data', (record: string[]) => {
    const line = nextLine;
    nextLine += 1;
    for (const field of record) for (let at = field.indexOf('\n'); at !== -1; at = field.indexOf('\n', at + 1)) nextLine += 1;
    if (stopped || (record.length === 1 && record[0] === '')) return;
    if (header === undefined) onHeader(record);
    else onRow(record, line);
  });
  parser.on('error', (error) => {
    failure = error;
  });
  const ended = new Promise<void>((resolve) => {
    parser.on('end', resolve);
    parser.on('error', () => resolve());
  });

  /**
   * Stops at bytes that are not UTF-8 once the rows before them are in, as when parsing keeps
   * pace with reading: those rows are checked, and a problem among them comes first and stands.
   */
  const stopForEncoding = async () => {
    await parser.caughtUp?.();
    if (!stopped && failure === undefined) stop(undefined, 'invalid-utf8', `the file ${INVALID_UTF8_MESSAGE}`);
  };

  return {
    push: async (chunk: Uint8Array) => {
      if (stopped || failure !== undefined) return;
      let start = 0;
      if (run.current.bytes === chunk.length) {
        const sniffed = sniff(chunk);
        if ('code' in sniffed) return stop(1, sniffed.code, sniffed.message);
        start = sniffed.skip;
      }
      for (; start < chunk.length && !stopped && failure === undefined; start += PARSER_PIECE_BYTES) {
        const piece = stage(chunk.subarray(start, start + PARSER_PIECE_BYTES));
        if (piece === null) return stopForEncoding();
        // Wait for the parser to catch up, unless it failed (a failed stream never drains).
        if (!parser.write(piece) && failure === undefined) await Promise.race([new Promise<void>((resolve) => parser.once('drain', resolve)), ended]);
      }
    },
    end: async (): Promise<string | undefined> => {
      if (failure === undefined && !stopped) {
        const rest = stage();
        if (rest === null) await stopForEncoding();
        else if (rest.length > 0) parser.write(rest);
      }
      parser.end();
      await ended;
      if (failure?.fatal === true) throw failure;
      if (failure !== undefined && !stopped) {
        const code = failure.code === 'CSV_QUOTE_NOT_CLOSED' ? 'truncated' : 'csv-malformed';
        const message = failure.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted field is never closed: a double quote is missing (or the file is truncated)' : `malformed CSV: ${failure.message}`;
        run.inputIssue(file, failure.lines, { code, message });
      }
      if (header === undefined && run.current.bytes > 0 && !stopped && failure === undefined) {
        run.inputIssue(file, undefined, { code: 'empty-input', message: 'the file holds no header row' });
      }
      resolvePending();
      if (table !== undefined) complete.add(table.name);
      return table?.name;
    },
  };
};
