/**
 * What CSV rows mean: the table a file holds (named, or told by its name or header), each row's
 * cells typed per the table's columns and checked against the table's row schema, and its key,
 * parent and references settled into the ledger. Keys of a record table (`people`, …) are the ids
 * of its dataset, shared with JSON and NDJSON inputs.
 */
import type { ColumnInfo, CompiledModule, DatasetKey, TableInfo } from './compiled.ts';
import type { CsvRowSink } from './csv.ts';
import { issuesFromAjv } from './issues.ts';
import type { Ledger } from './ledger.ts';
import { ID_SLOT, type HeldReference } from './pending-references.ts';
import { InputError, type ErrorCode, type ValidationIssue } from './types.ts';
import type { InputProblem } from './bytes.ts';
import { excerpt } from './excerpt.ts';
import { datasetModel } from './datasets.ts';
import { rowRuleIssues, rowRulePaths } from './record-check.ts';

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

/** Below every full-width or small form in FORMULA_STARTS and above every ASCII one ('@'). */
const FIRST_WIDE_START = 0xfe62;

const looksLikeFormula = (cell: string) => {
  const first = cell.charCodeAt(0);
  // Most cells start with a letter: ruled out without a set lookup (this runs on every cell of every row until one is found).
  if (first > 0x40 && first < FIRST_WIDE_START) return false;
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

const typed = (cell: string, column: ColumnInfo): unknown => {
  if (column.type === 'integer' || column.type === 'number') {
    const number = Number(cell);
    return /^-?\d+(?:\.\d+)?$/u.test(cell) && Number.isFinite(number) ? number : cell;
  }
  if (column.type === 'boolean') return cell === 'true' ? true : cell === 'false' ? false : cell;
  return cell;
};

/**
 * The rows of one CSV file, settled into the ledger. `stop` stops the reader at a header that
 * cannot be read on. `table` is the table once the header was read.
 */
export const csvTable = (compiled: CompiledModule, ledger: Ledger, file: string, named: string | undefined, stop: (line: number, problem: InputProblem) => void) => {
  let header: string[] = [];
  let table: TableInfo | undefined;
  let columns: (ColumnInfo | undefined)[] = [];
  let rowIndex = 0;
  // Looked up once per file, not per row.
  let parentTable: TableInfo | undefined;
  let referenceColumns: ColumnInfo[] = [];
  // A record table's columns by the JSON Pointer of their field, for the record rules.
  let fieldColumns: ColumnInfo[] = [];
  let columnOfPointer = new Map<string, string>();
  let rowDataset: DatasetKey | undefined;
  // For a numbered table: the last number seen under each parent (rows of one parent come in order).
  const lastNumber = new Map<string, number>();
  // Each note is written once per file: building its text for every row would cost 5%.
  const noted = new Set<string>();
  const noteOnce = (key: string) => !noted.has(key) && noted.add(key) !== undefined;

  const stopWith = (code: ErrorCode, message: string) => stop(1, { code, message });
  let formulaNoted = false;
  /** Notes the first cell that a spreadsheet would run as a formula (see FORMULA_STARTS). */
  const noteFormula = (record: readonly string[], line: number) => {
    const index = record.findIndex(looksLikeFormula);
    if (index === -1) return;
    formulaNoted = true;
    const column = header[index] ?? String(index + 1);
    ledger.note(
      `Cells of ${file} begin as a spreadsheet formula would (=, +, -, @, or their full-width forms), the first at line ${line}, column ${excerpt(column)}: "${excerpt(record[index] ?? '')}". ` +
        'A spreadsheet may run them when it opens the file: check them before you do. (A warning: the file is not invalid for it.)',
    );
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
    referenceColumns = picked.columns.filter((column) => column.references !== undefined && column.name !== 'id');
    // Only the columns the rules read are rebuilt into a record for them: building every field of
    // every row cost 6% of validating a CSV file, and fields the rules do not read change nothing.
    rowDataset = datasetModel(compiled).datasetOfTable(picked);
    const rulePaths = picked.parent === undefined ? rowRulePaths(compiled, rowDataset) : [];
    const readByRules = (path: readonly string[]) =>
      rulePaths.some((rulePath) => path.every((step, index) => index >= rulePath.length || rulePath[index] === '*' || rulePath[index] === step));
    fieldColumns = picked.parent === undefined ? picked.columns.filter((column) => column.path !== undefined && readByRules(column.path)) : [];
    columnOfPointer = new Map(fieldColumns.map((column) => [`/${(column.path ?? []).join('/')}`, column.name]));
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
    const row: Record<string, unknown> = {};
    for (let index = 0; index < columns.length; index += 1) {
      const column = columns[index];
      const cell = record[index] ?? '';
      if (column !== undefined && cell !== '') row[column.name] = typed(cell, column);
    }
    const issues: ValidationIssue[] = [];
    const issue = (pointer: string, code: ErrorCode, message: string): ValidationIssue => {
      const column = header.indexOf(pointer.slice(1).split('/')[0] ?? '');
      return { ...place, ...(column >= 0 ? { column: column + 1 } : {}), pointer, code, message };
    };
    if (compiled.rowsFast[table.name]?.(row) === false) {
      const validate = compiled.rows[table.name];
      if (ledger.full) issues.push({ file, line, pointer: '', code: 'schema', message: 'invalid row' });
      else if (validate !== undefined && !validate(row)) {
        for (const found of issuesFromAjv(validate.errors)) issues.push(issue(found.pointer, found.code, found.message));
      }
    }
    if (issues.length === 0 && fieldColumns.length > 0) {
      const fields: Record<string, unknown> = {};
      for (const column of fieldColumns) {
        const value = row[column.name];
        if (value !== undefined) setField(fields, column.path ?? [], value);
      }
      for (const problem of rowRuleIssues(compiled, rowDataset as DatasetKey, fields)) {
        const column = columnOfPointer.get(problem.pointer);
        issues.push(issue(column === undefined ? '' : `/${column}`, problem.code, problem.message));
      }
    }
    if (table.numbered === true) {
      const parentKey = table.parentKeyColumns.map((name) => String(row[name] ?? '')).join('\u0000');
      const expected = (lastNumber.get(parentKey) ?? 0) + 1;
      const number = row['number'];
      // A row the schema refused (a number that is no number) counts as the expected one.
      if (issues.length === 0 && number !== expected) issues.push(issue('/number', 'numbering', `is ${String(number)} but must be ${expected}: number the items 1..n in order, without gaps`));
      lastNumber.set(parentKey, typeof number === 'number' ? number : expected);
    }
    const duplicateAt = issues.length;
    const { primaryKey } = table;
    const key = primaryKey.length === 1 ? String(row[primaryKey[0] ?? ''] ?? '') : primaryKey.map((name) => String(row[name] ?? '')).join('\u0000');
    if (table.parent !== undefined) {
      if (ledger.isComplete(table.parent)) {
        const parentKey = table.parentKeyColumns.map((name) => String(row[name] ?? '')).join('\u0000');
        if (parentTable !== undefined && !ledger.keysOf(parentTable.name).has(parentKey)) {
          issues.push(issue(`/${table.parentKeyColumns[0] ?? ''}`, 'csv-orphan-row', `no row of ${parentTable.name} has the key ${excerpt(parentKey.replaceAll('\u0000', ', '))}`));
        }
      } else if (noteOnce(table.parent)) ledger.note(`Rows of ${table.name} were not matched to ${table.parent}: give ${table.parent}.csv before ${table.name}.csv to check them.`);
    }
    let selfReferences: HeldReference[] | undefined;
    for (const column of referenceColumns) {
      const target = column.references as string;
      const value = row[column.name];
      if (value === undefined) continue;
      if (target === table.name) {
        // A row further down may hold the id: checked when the file ends.
        (selfReferences ??= []).push({ id: String(value), pointer: `/${column.name}`, column: header.indexOf(column.name) + 1, template: `"${ID_SLOT}" is not an id in ${target}` });
      } else if (ledger.isComplete(target)) {
        if (!ledger.keysOf(target).has(String(value))) issues.push(issue(`/${column.name}`, 'unresolved-reference', `"${excerpt(String(value))}" is not an id in ${target}`));
      } else if (target !== table.parent && noteOnce(column.name)) ledger.note(`Ids in ${table.name}.${column.name} were not checked: give ${target}.csv before ${table.name}.csv to check them.`);
    }
    const current = table;
    ledger.settle(
      place,
      issues,
      {
        space: table.name,
        value: key,
        at: line,
        issueIndex: duplicateAt,
        duplicate: (_place, _value, first, firstFile) =>
          issue(
            `/${current.primaryKey[0] ?? ''}`,
            'duplicate-key',
            `the key ${current.primaryKey.map((name) => `${name}=${excerpt(String(row[name] ?? ''))}`).join(', ')} is already used at line ${first}${firstFile === undefined ? '' : ` of ${firstFile}`}`,
          ),
      },
      selfReferences ?? [],
      table.name,
    );
  };

  const sink: Omit<CsvRowSink, 'inputProblem'> = { header: onHeader, row: onRow };
  return {
    ...sink,
    get table() {
      return table;
    },
  };
};
