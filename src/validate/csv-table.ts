/**
 * What CSV rows mean: the table a file holds (named, or told by its name or header), each row's
 * cells typed per the table's columns and checked against the table's row schema, and its key,
 * parent and references settled into the ledger. Keys of a record table (`people`, …) are the ids
 * of its dataset, shared with JSON and NDJSON inputs.
 */
import type { ColumnInfo, CompiledModule, DatasetKey, TableInfo } from './compiled.ts';
import type { CsvRowSink } from './csv.ts';
import { issuesFromAjv } from './issues.ts';
import type { Ledger, RecordPlace } from './ledger.ts';
import { ID_SLOT, type HeldReference } from './pending-references.ts';
import { InputError, type ErrorCode, type ValidationIssue } from './types.ts';
import type { InputProblem } from './bytes.ts';
import { excerpt } from './excerpt.ts';
import { datasetModel } from './datasets.ts';
import { rowRuleFields, rowRuleIssues, rowRulePaths } from './record-check.ts';
import { countryExists, timeZoneExists, type FieldPath } from '../rules.ts';

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

/**
 * First characters that make a spreadsheet run a cell as a formula (CSV injection, OWASP), with the
 * full-width and small forms some spreadsheets fold to them: the package refuses them in its own
 * files (scripts/compiler/formula-guard.ts). In a file being validated they are a warning (a note),
 * which does not make the file invalid: the cell may be meant, and the data is not executed here.
 */
const FORMULA_STARTS = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫'].map((char) => char.charCodeAt(0)));
const NUMBER = /^[-+]?(?:\d|\.\d)/u;

/** Below every full-width or small form in FORMULA_STARTS and above every ASCII one. */
const FIRST_WIDE_START = 0xfe62;

export const looksLikeFormula = (cell: string) => {
  const first = cell.charCodeAt(0);
  // Most cells are ruled out by their first character without a set lookup (this runs on every
  // cell of every row until one is found): below the wide forms, only the ASCII starts can be one.
  if (first < FIRST_WIDE_START && first !== 0x3d && first !== 0x2b && first !== 0x2d && first !== 0x40 && first !== 0x09 && first !== 0x0d && first !== 0x0a) return false;
  return FORMULA_STARTS.has(first) && !NUMBER.test(cell);
};

/** Sets a value at a property path, making the objects on the way. */
const setField = (target: Record<string, unknown>, path: readonly string[], value: unknown) => {
  let current = target;
  // An index loop: slicing the path for every cell of every row showed in profiles.
  const last = path.length - 1;
  for (let index = 0; index < last; index += 1) current = (current[path[index] as string] ??= {}) as Record<string, unknown>;
  if (last >= 0) current[path[last] as string] = value;
};

/** A cell's value in the row object: a number or boolean when its column's type says so and it reads as one, else the text. */
export const typedCell = (cell: string, column: Pick<ColumnInfo, 'type'>): unknown => {
  if (column.type === 'integer' || column.type === 'number') {
    const number = Number(cell);
    return /^-?\d+(?:\.\d+)?$/u.test(cell) && Number.isFinite(number) ? number : cell;
  }
  if (column.type === 'boolean') return cell === 'true' ? true : cell === 'false' ? false : cell;
  return cell;
};

const samePath = (a: FieldPath, b: FieldPath) => a.length === b.length && a.every((step, index) => step === b[index]);

/** Time zones known to exist: asking the runtime costs microseconds, and a file repeats a few zones. */
const knownZones = new Set<string>();
const zoneExists = (name: string) => {
  if (knownZones.has(name)) return true;
  if (!timeZoneExists(name)) return false;
  if (knownZones.size >= 1000) knownZones.clear();
  knownZones.add(name);
  return true;
};

/**
 * The fast path's check of the record rules on a row of a record table: true only when
 * rowRuleIssues would find nothing in the row's fields, decided from the cells. Undefined when
 * that cannot be decided so (a column the rules read that is not exactly one field of a rule
 * below): then every row's rules run in full.
 */
const rowRulesCheck = (
  compiled: CompiledModule,
  dataset: DatasetKey,
  fieldColumns: readonly ColumnInfo[],
  columnAt: (name: string) => number,
  valueAt: (record: readonly string[], at: number) => unknown,
): ((cells: readonly string[]) => boolean) | undefined => {
  const { ranges, timeZones, countries } = rowRuleFields(compiled, dataset);
  const paths = fieldColumns.map((column) => column.path ?? []);
  const understood = (path: FieldPath) =>
    ranges.some((range) => samePath(range.start, path) || samePath(range.end, path)) || timeZones.some((zone) => samePath(zone, path)) || countries.some((country) => samePath(country, path));
  // A column at a path inside another's would make the rebuilt fields other than the cells say.
  const nested = paths.some((path) => paths.some((other) => other.length < path.length && other.every((step, index) => step === path[index])));
  if (nested || !paths.every(understood)) return undefined;
  const atOf = (path: FieldPath) => {
    const column = fieldColumns.find((candidate) => samePath(candidate.path ?? [], path));
    return column === undefined ? -1 : columnAt(column.name);
  };
  const rangeAt = ranges.map((range) => [atOf(range.start), atOf(range.end)] as const).filter(([start, end]) => start >= 0 && end >= 0);
  // Cells of text and date columns are their values: compared as they are (most ranges are dates).
  const isText = (at: number) => ['string', 'date'].includes(fieldColumns.find((column) => columnAt(column.name) === at)?.type ?? '');
  const textRanges = rangeAt.filter(([start, end]) => isText(start) && isText(end));
  const otherRanges = rangeAt.filter((range) => !textRanges.includes(range));
  const zoneAt = timeZones.map(atOf).filter((at) => at >= 0);
  const countryAt = countries.map(atOf).filter((at) => at >= 0);
  // The last country of each column found to exist: most files repeat a few.
  const lastCountries: unknown[] = countryAt.map(() => undefined);
  return (cells) => {
    for (const [startAt, endAt] of textRanges) {
      const start = cells[startAt] ?? '';
      const end = cells[endAt] ?? '';
      if (start !== '' && end !== '' && end < start) return false;
    }
    for (const [startAt, endAt] of otherRanges) {
      const start = valueAt(cells, startAt);
      const end = valueAt(cells, endAt);
      if (start !== undefined && end !== undefined && (end as number | string) < (start as number | string)) return false;
    }
    for (const at of zoneAt) {
      const zone = valueAt(cells, at);
      if (typeof zone === 'string' && !zoneExists(zone)) return false;
    }
    for (let index = 0; index < countryAt.length; index += 1) {
      const country = valueAt(cells, countryAt[index] as number);
      if (typeof country === 'string' && country !== lastCountries[index]) {
        if (!countryExists(country)) return false;
        lastCountries[index] = country;
      }
    }
    return true;
  };
};

/** The columns of a record table that the record rules read: only those are rebuilt into fields for them. */
const ruleColumns = (compiled: CompiledModule, table: TableInfo): ColumnInfo[] => {
  if (table.parent !== undefined) return [];
  const rulePaths = rowRulePaths(compiled, datasetModel(compiled).datasetOfTable(table));
  const readByRules = (path: readonly string[]) =>
    rulePaths.some((rulePath) => path.every((step, index) => index >= rulePath.length || rulePath[index] === '*' || rulePath[index] === step));
  return table.columns.filter((column) => column.path !== undefined && readByRules(column.path));
};

/** The fast path's verdicts on a row (see fastRowCheck). */
export const NOT_SURE = 0;
export const SCHEMA_PASSED = 1;
export const VALID = 2;

/**
 * The fast path's check of a row of `table` under `header` (a row as long as the header): VALID
 * when the row is certainly valid (its cells pass the row schema, and the record rules find
 * nothing), SCHEMA_PASSED when its cells certainly pass the row schema but its record rules are to
 * be run, NOT_SURE otherwise. Used by csvTable.
 */
export const fastRowCheck = (compiled: CompiledModule, table: TableInfo, header: readonly string[]): ((cells: readonly string[]) => number) => {
  const columns = header.map((name) => table.columns.find((column) => column.name === name));
  const columnAt = (name: string) => columns.findIndex((column) => column?.name === name);
  const valueAt = (record: readonly string[], at: number): unknown => {
    if (at < 0) return undefined;
    const column = columns[at];
    const cell = record[at] ?? '';
    return column === undefined || cell === '' ? undefined : typedCell(cell, column);
  };
  const cells = compiled.rowCells[table.name]?.(columnAt);
  const fieldColumns = ruleColumns(compiled, table);
  const rules = fieldColumns.length === 0 ? () => true : rowRulesCheck(compiled, datasetModel(compiled).datasetOfTable(table), fieldColumns, columnAt, valueAt);
  if (cells === undefined) return () => NOT_SURE;
  return (record) => (!cells(record) ? NOT_SURE : rules !== undefined && rules(record) ? VALID : SCHEMA_PASSED);
};

/** A row's own issues when it has none (shared: the ledger only reads it). */
const NO_ISSUES: readonly ValidationIssue[] = Object.freeze([]);

/**
 * The rows of one CSV file, settled into the ledger. `stop` stops the reader at a header that
 * cannot be read on. `table` is the table once the header was read.
 *
 * Each row first goes through the fast path: the table's generated check of its cells
 * (compiled.rowCells, scripts/compiler/row-cells.ts) and a check of the record rules on its cells
 * (rowRulesCheck). When both are sure that the row is valid, it is settled without building the row
 * object or running ajv; otherwise it takes the full path, which builds the row and its issues. Both
 * paths settle the key, parent, numbering and references from the cells in the same way, so the
 * report does not depend on which path a row took.
 */
export const csvTable = (compiled: CompiledModule, ledger: Ledger, file: string, named: string | undefined, stop: (line: number, problem: InputProblem) => void) => {
  let header: string[] = [];
  let table: TableInfo | undefined;
  let columns: (ColumnInfo | undefined)[] = [];
  let rowIndex = 0;
  // Looked up once per file, not per row.
  let parentTable: TableInfo | undefined;
  /** Where the columns that settle a row are in the header (-1: absent). */
  let primaryKeyAt: number[] = [];
  let parentKeyAt: number[] = [];
  let numberAt = -1;
  let references: { column: ColumnInfo; at: number }[] = [];
  // A record table's columns by the JSON Pointer of their field, for the record rules.
  let fieldColumns: ColumnInfo[] = [];
  let fieldAt: number[] = [];
  let columnOfPointer = new Map<string, string>();
  let rowDataset: DatasetKey | undefined;
  /** The fast path's check (see above). */
  let fastCheck: (cells: readonly string[]) => number = () => NOT_SURE;
  // For a numbered table: the last number seen under each parent (rows of one parent come in order).
  const lastNumber = new Map<string, number>();
  // Each note is written once per file: building its text for every row would cost 5%.
  const noted = new Set<string>();
  const noteOnce = (key: string) => !noted.has(key) && noted.add(key) !== undefined;

  const stopWith = (code: ErrorCode, message: string) => stop(1, { code, message });
  let formulaNoted = false;
  /** Notes the first cell that a spreadsheet would run as a formula (see FORMULA_STARTS). */
  const noteFormula = (record: readonly string[], line: number) => {
    let index = 0;
    while (index < record.length && !looksLikeFormula(record[index] as string)) index += 1;
    if (index === record.length) return;
    formulaNoted = true;
    const column = header[index] ?? String(index + 1);
    ledger.note(
      `Cells of ${file} begin as a spreadsheet formula would (=, +, -, @, or their full-width forms), the first at line ${line}, column ${excerpt(column)}: "${excerpt(record[index] ?? '')}". ` +
        'A spreadsheet may run them when it opens the file: check them before you do. (A warning: the file is not invalid for it.)',
    );
  };

  /** The value of a row's cell as the row object holds it: typed, and undefined when empty or absent. */
  const valueAt = (record: readonly string[], at: number): unknown => {
    if (at < 0) return undefined;
    const column = columns[at];
    const cell = record[at] ?? '';
    return column === undefined || cell === '' ? undefined : typedCell(cell, column);
  };
  const keyOf = (record: readonly string[], at: readonly number[]) => {
    if (at.length === 1) return String(valueAt(record, at[0] as number) ?? '');
    let key = '';
    for (let index = 0; index < at.length; index += 1) key += `${index === 0 ? '' : '\u0000'}${String(valueAt(record, at[index] as number) ?? '')}`;
    return key;
  };

  const onHeader = (record: string[]) => {
    header = record;
    const [only] = record;
    if (record.length === 1 && only !== undefined && /[;\t|]/u.test(only)) {
      const separator = only.includes(';') ? 'semicolons' : only.includes('\t') ? 'tabs' : 'vertical bars';
      return stopWith('csv-malformed', `the header is one column separated by ${separator}; this package's CSV files separate columns with commas: save the file as comma-separated CSV`);
    }
    const picked = pickTable(compiled.tables, record, file, named);
    if (typeof picked === 'string') return stopWith('csv-unknown-table', picked);
    const repeated = record.findIndex((name, index) => record.indexOf(name) !== index);
    if (repeated !== -1) return stopWith('csv-duplicate-column', `the column "${excerpt(record[repeated] ?? '')}" appears twice in the header`);
    columns = record.map((name) => picked.columns.find((column) => column.name === name));
    record.forEach((name, index) => {
      if (columns[index] === undefined) {
        ledger.inputIssue(file, 1, { code: 'csv-unknown-column', message: `unknown column "${excerpt(name)}" in table ${picked.name}: remove it or fix its name (its cells are not checked)` }, index + 1);
      }
    });
    const missing = picked.columns.filter((column) => column.required && !record.includes(column.name));
    if (missing.length > 0) {
      stopWith('csv-missing-column', `table ${picked.name} needs the column${missing.length > 1 ? 's' : ''} ${missing.map((column) => `"${column.name}"`).join(', ')}`);
    }
    table = picked;
    parentTable = compiled.tables.find((candidate) => candidate.name === picked.parent);
    // A column of the table is at its header index; the header holds each name once.
    const columnAt = (name: string) => columns.findIndex((column) => column?.name === name);
    primaryKeyAt = picked.primaryKey.map(columnAt);
    parentKeyAt = picked.parentKeyColumns.map(columnAt);
    numberAt = columnAt('number');
    references = picked.columns.filter((column) => column.references !== undefined && column.name !== 'id').map((column) => ({ column, at: columnAt(column.name) }));
    // Only the columns the rules read are rebuilt into a record for them: building every field of
    // every row cost 6% of validating a CSV file, and fields the rules do not read change nothing.
    rowDataset = datasetModel(compiled).datasetOfTable(picked);
    fieldColumns = ruleColumns(compiled, picked);
    fieldAt = fieldColumns.map((column) => columnAt(column.name));
    columnOfPointer = new Map(fieldColumns.map((column) => [`/${(column.path ?? []).join('/')}`, column.name]));
    fastCheck = fastRowCheck(compiled, picked, record);
  };

  /** An issue of the row at `place`, in the column its pointer names. */
  const issueAt = (place: RecordPlace, pointer: string, code: ErrorCode, message: string): ValidationIssue => {
    const column = header.indexOf(pointer.slice(1).split('/')[0] ?? '');
    return { ...place, ...(column >= 0 ? { column: column + 1 } : {}), pointer, code, message };
  };

  /** The key of the row being settled: one object per file, filled for each row (settling is synchronous). */
  let keyRecord: readonly string[] = [];
  const key = {
    space: '',
    value: '',
    at: 0,
    issueIndex: 0,
    duplicate: (place: RecordPlace, _value: string, first: number, firstFile: string | undefined): ValidationIssue => {
      const current = table as TableInfo;
      const values = current.primaryKey.map((name, index) => `${name}=${excerpt(String(valueAt(keyRecord, primaryKeyAt[index] as number) ?? ''))}`);
      return issueAt(place, `/${current.primaryKey[0] ?? ''}`, 'duplicate-key', `the key ${values.join(', ')} is already used at line ${first}${firstFile === undefined ? '' : ` of ${firstFile}`}`);
    },
  };

  /**
   * Settles a row from its cells: its numbering, key, parent and references, after its own issues
   * (undefined for none).
   */
  const settleRow = (record: readonly string[], place: RecordPlace & { line: number }, own: ValidationIssue[] | undefined) => {
    const current = table as TableInfo;
    let issues = own;
    const add = (issue: ValidationIssue) => (issues ??= []).push(issue);
    if (current.numbered === true) {
      const parentKey = keyOf(record, parentKeyAt);
      const expected = (lastNumber.get(parentKey) ?? 0) + 1;
      const number = valueAt(record, numberAt);
      // A row the schema refused (a number that is no number) counts as the expected one.
      if (issues === undefined && number !== expected) add(issueAt(place, '/number', 'numbering', `is ${String(number)} but must be ${expected}: number the items 1..n in order, without gaps`));
      lastNumber.set(parentKey, typeof number === 'number' ? number : expected);
    }
    const duplicateAt = issues?.length ?? 0;
    if (current.parent !== undefined) {
      if (ledger.isComplete(current.parent)) {
        const parentKey = keyOf(record, parentKeyAt);
        if (parentTable !== undefined && !ledger.keysOf(parentTable.name).has(parentKey)) {
          add(issueAt(place, `/${current.parentKeyColumns[0] ?? ''}`, 'csv-orphan-row', `no row of ${parentTable.name} has the key ${excerpt(parentKey.replaceAll('\u0000', ', '))}`));
        }
      } else if (noteOnce(current.parent)) ledger.note(`Rows of ${current.name} were not matched to ${current.parent}: give ${current.parent}.csv before ${current.name}.csv to check them.`);
    }
    let selfReferences: HeldReference[] | undefined;
    for (const { column, at } of references) {
      const target = column.references as string;
      const value = valueAt(record, at);
      if (value === undefined) continue;
      if (target === current.name) {
        // A row further down may hold the id: checked when the file ends.
        (selfReferences ??= []).push({ id: String(value), pointer: `/${column.name}`, column: header.indexOf(column.name) + 1, template: `"${ID_SLOT}" is not an id in ${target}` });
      } else if (ledger.isComplete(target)) {
        if (!ledger.keysOf(target).has(String(value))) add(issueAt(place, `/${column.name}`, 'unresolved-reference', `"${excerpt(String(value))}" is not an id in ${target}`));
      } else if (target !== current.parent && noteOnce(column.name)) ledger.note(`Ids in ${current.name}.${column.name} were not checked: give ${target}.csv before ${current.name}.csv to check them.`);
    }
    key.space = current.name;
    key.value = keyOf(record, primaryKeyAt);
    key.at = place.line;
    key.issueIndex = duplicateAt;
    keyRecord = record;
    ledger.settle(place, issues ?? NO_ISSUES, key, selfReferences ?? [], current.name);
    keyRecord = [];
  };

  /**
   * The full path: the row object and ajv's issues (unless the cells' check passed: `schemaSure`),
   * then the record rules. Undefined when the row has no issue of its own.
   */
  const checkRow = (record: readonly string[], place: RecordPlace & { line: number }, schemaSure: boolean): ValidationIssue[] | undefined => {
    const current = table as TableInfo;
    const issues: ValidationIssue[] = [];
    if (!schemaSure) {
      const row: Record<string, unknown> = {};
      for (let index = 0; index < columns.length; index += 1) {
        const column = columns[index];
        const cell = record[index] ?? '';
        if (column !== undefined && cell !== '') row[column.name] = typedCell(cell, column);
      }
      if (compiled.rowsFast[current.name]?.(row) === false) {
        const validate = compiled.rows[current.name];
        if (ledger.full) issues.push({ file, line: place.line, pointer: '', code: 'schema', message: 'invalid row' });
        else if (validate !== undefined && !validate(row)) {
          for (const found of issuesFromAjv(validate.errors)) issues.push(issueAt(place, found.pointer, found.code, found.message));
        }
      }
    }
    if (issues.length === 0 && fieldColumns.length > 0) {
      const fields: Record<string, unknown> = {};
      for (let index = 0; index < fieldColumns.length; index += 1) {
        const column = fieldColumns[index] as ColumnInfo;
        const value = valueAt(record, fieldAt[index] as number);
        if (value !== undefined) setField(fields, column.path ?? [], value);
      }
      for (const problem of rowRuleIssues(compiled, rowDataset as DatasetKey, fields)) {
        const column = columnOfPointer.get(problem.pointer);
        issues.push(issueAt(place, column === undefined ? '' : `/${column}`, problem.code, problem.message));
      }
    }
    return issues.length === 0 ? undefined : issues;
  };

  const onRow = (record: string[], line: number) => {
    if (table === undefined) return;
    const place = { file, line, record: rowIndex };
    rowIndex += 1;
    if (!formulaNoted) noteFormula(record, line);
    if (record.length !== header.length) {
      ledger.settleRejected([{ ...place, pointer: '', code: 'csv-ragged-row', message: `has ${record.length} field${record.length === 1 ? '' : 's'} but the header has ${header.length}` }]);
      return;
    }
    const verdict = fastCheck(record);
    settleRow(record, place, verdict === VALID ? undefined : checkRow(record, place, verdict === SCHEMA_PASSED));
  };

  const sink: Omit<CsvRowSink, 'inputProblem'> = { header: onHeader, row: onRow };
  return {
    ...sink,
    get table() {
      return table;
    },
  };
};
