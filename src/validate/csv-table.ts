/**
 * What CSV rows mean: cells typed per column (src/cells.ts) and checked by the table's compiled
 * validator; keys (a record table's are its dataset's ids, shared with JSON inputs), parents,
 * numbering and references settled into the ledger; and, after the parent table, each parent row's
 * rows counted against its list's bounds.
 */
import { cellValue, looksLikeFormula, PRINTABLE_TRIGGERS } from '../cells.ts';
import { numberingMessage } from '../rules.ts';
import type { InputProblem } from './bytes.ts';
import type { CompiledModule, CompiledValidator } from './compiled.ts';
import { readHeader, type CsvLayout } from './csv-header.ts';
import type { CsvRowSink } from './csv.ts';
import { excerpt } from './excerpt.ts';
import { issuesOf, keptToSchema, NO_ISSUES } from './issues.ts';
import type { Ledger, RecordPlace } from './ledger.ts';
import { ID_SLOT, NO_REFERENCES, type HeldReference } from './pending-references.ts';
import { InputError, type ColumnInfo, type ErrorCode, type TableInfo, type ValidationIssue } from './types.ts';
import { datasetModel, schemaMisfit } from './datasets.ts';

type Place = RecordPlace & { readonly line: number };

/** The rows of one file of one table, with what is remembered from row to row. */
class TableRows {
  readonly table: TableInfo;
  private readonly validate: CompiledValidator | undefined;
  private readonly parentTable: TableInfo | undefined;
  private readonly references: readonly { readonly column: ColumnInfo; readonly at: number }[];
  private rowIndex = 0;
  private formulaNoted = false;
  /** A numbered table's last number under each parent. */
  private readonly lastNumber = new Map<string, number>();
  /** A child table with bounds, read after its parent table: the rows of each parent. */
  private readonly childCounts: Map<string, number> | undefined;
  private readonly noted = new Set<string>();
  /** Child tables whose list this table's rows hold only when they fill one of some columns (an optional object's). */
  private readonly presence: readonly { readonly child: string; readonly columns: readonly string[] }[];
  /** The row being settled, its cells typed (empty ones left out), and its key: filled for each row. */
  private values: Readonly<Record<string, unknown>> = {};
  private readonly key = { space: '', value: '', at: 0, issueIndex: 0, duplicate: (place: RecordPlace, _value: string, first: number, firstFile: string | undefined) => this.duplicateIssue(place, first, firstFile) };

  constructor(
    private readonly compiled: CompiledModule,
    private readonly ledger: Ledger,
    private readonly file: string,
    private readonly layout: CsvLayout,
  ) {
    const { table } = layout;
    this.table = table;
    this.validate = compiled.rows[table.name];
    this.parentTable = compiled.tables.find((candidate) => candidate.name === table.parent);
    this.references = table.columns.filter((column) => column.references !== undefined && column.name !== 'id').map((column) => ({ column, at: layout.at(column.name) }));
    this.presence = compiled.tables.flatMap((child) => (child.parent === table.name && child.minItemsWhen !== undefined ? [{ child: child.name, columns: child.minItemsWhen }] : []));
    const counted = table.parent !== undefined && (table.minItems !== undefined || table.maxItems !== undefined) && ledger.tableRead(table.parent);
    this.childCounts = counted ? new Map() : undefined;
    this.key.space = table.name;
  }

  /** The row's values of these columns, joined. */
  private keyOf(names: readonly string[]): string {
    let key = '';
    for (let index = 0; index < names.length; index += 1) key += `${index === 0 ? '' : '\u0000'}${String(this.values[names[index] as string] ?? '')}`;
    return key;
  }

  /** An issue of the row at `place`, in the column its pointer names. */
  private issueAt(place: Place, pointer: string, code: ErrorCode, message: string): ValidationIssue {
    const column = this.layout.at(pointer.slice(1).split('/')[0] ?? '');
    return { ...place, ...(column >= 0 ? { column: column + 1 } : {}), pointer, code, message };
  }

  private duplicateIssue(place: RecordPlace, first: number, firstFile: string | undefined): ValidationIssue {
    const values = this.table.primaryKey.map((name) => `${name}=${excerpt(String(this.values[name] ?? ''))}`);
    const where = `line ${first}${firstFile === undefined ? '' : ` of ${firstFile}`}`;
    return this.issueAt(place as Place, `/${this.table.primaryKey[0] ?? ''}`, 'duplicate-key', `the key ${values.join(', ')} is already used at ${where}`);
  }

  private noteOnce(key: string, text: string): void {
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.ledger.note(text);
  }

  private noteFormula(cells: readonly string[], line: number): void {
    const index = cells.findIndex(looksLikeFormula);
    if (index === -1) return;
    this.formulaNoted = true;
    const column = this.layout.header[index] ?? String(index + 1);
    this.ledger.note(
      `Cells of ${this.file} begin as a spreadsheet formula would (${PRINTABLE_TRIGGERS.join(', ')}, or their full-width forms), the first at line ${line}, column ${excerpt(column)}: "${excerpt(cells[index] ?? '')}". ` +
        'A spreadsheet may run them when it opens the file: check them before you do. (A warning: the file is not invalid for it.)',
    );
  }

  /** The row's own issues (schema and record rules); undefined for none. */
  private checkCells(cells: readonly string[], place: Place): ValidationIssue[] | undefined {
    const row: Record<string, unknown> = {};
    const { columns } = this.layout;
    for (let index = 0; index < columns.length; index += 1) {
      const column = columns[index];
      const cell = cells[index] ?? '';
      if (column !== undefined && cell !== '') row[column.name] = cellValue(cell, column.type);
    }
    this.values = row;
    const validate = this.validate;
    if (validate === undefined || validate(row)) return undefined;
    const errors = validate.errors ?? [];
    if (this.ledger.full && !keptToSchema(errors)) return [{ ...place, pointer: '', code: 'schema', message: 'invalid row' }];
    return issuesOf(errors, row, this.compiled.patternMessages).map((issue) => this.issueAt(place, issue.pointer, issue.code, issue.message));
  }

  /** `number` counts 1..n within each parent (a row the schema refused counts as the one expected). */
  private checkNumber(place: Place, issues: ValidationIssue[] | undefined): ValidationIssue[] | undefined {
    if (this.table.numbered !== true) return issues;
    const parentKey = this.keyOf(this.table.parentKeyColumns);
    const expected = (this.lastNumber.get(parentKey) ?? 0) + 1;
    const number = this.values['number'];
    this.lastNumber.set(parentKey, typeof number === 'number' ? number : expected);
    if (issues !== undefined || number === expected) return issues;
    return [this.issueAt(place, '/number', 'numbering', numberingMessage(number, expected))];
  }

  /** The row's parent must be a row of the parent table, when that was read. */
  private checkParent(place: Place, add: (issue: ValidationIssue) => void): void {
    const { parent } = this.table;
    if (parent === undefined) return;
    const parentKeys = this.ledger.completeKeys(parent);
    if (parentKeys === undefined) {
      this.noteOnce(parent, `Rows of ${this.table.name} were not matched to ${parent}: give ${parent}.csv before ${this.table.name}.csv to check them.`);
      return;
    }
    const parentKey = this.keyOf(this.table.parentKeyColumns);
    if (!parentKeys.has(parentKey)) {
      add(this.issueAt(place, `/${this.table.parentKeyColumns[0] ?? ''}`, 'csv-orphan-row', `no row of ${parent} has the key ${excerpt(parentKey.replaceAll('\u0000', ', '))}`));
    } else if (this.childCounts !== undefined) this.childCounts.set(parentKey, (this.childCounts.get(parentKey) ?? 0) + 1);
  }

  /** References into its own table are held until the file ends; into another read before, looked up. */
  private checkReferences(place: Place, add: (issue: ValidationIssue) => void): readonly HeldReference[] {
    let held: HeldReference[] | undefined;
    for (const { column, at } of this.references) {
      const target = column.references as string;
      const value = this.values[column.name];
      if (value === undefined) continue;
      const keys = target === this.table.name ? undefined : this.ledger.completeKeys(target);
      if (target === this.table.name) {
        (held ??= []).push({ id: String(value), pointer: `/${column.name}`, column: at + 1, template: `"${ID_SLOT}" is not an id in ${target}` });
      } else if (keys !== undefined) {
        if (!keys.has(String(value))) add(this.issueAt(place, `/${column.name}`, 'unresolved-reference', `"${excerpt(String(value))}" is not an id in ${target}`));
      } else if (target !== this.table.parent) this.noteOnce(column.name, `Ids in ${this.table.name}.${column.name} were not checked: give ${target}.csv before ${this.table.name}.csv to check them.`);
    }
    return held ?? NO_REFERENCES;
  }

  row(cells: string[], line: number): void {
    const place = { file: this.file, line, record: this.rowIndex };
    this.rowIndex += 1;
    if (!this.formulaNoted) this.noteFormula(cells, line);
    const { header } = this.layout;
    if (cells.length !== header.length) {
      this.ledger.settleRejected([{ ...place, pointer: '', code: 'csv-ragged-row', message: `has ${cells.length} field${cells.length === 1 ? '' : 's'} but the header has ${header.length}` }]);
      return;
    }
    let issues = this.checkNumber(place, this.checkCells(cells, place));
    const duplicateAt = issues?.length ?? 0;
    const add = (issue: ValidationIssue) => (issues ??= []).push(issue);
    this.checkParent(place, add);
    const held = this.checkReferences(place, add);
    this.key.value = this.keyOf(this.table.primaryKey);
    this.key.at = line;
    for (const { child, columns } of this.presence) {
      if (columns.some((column) => this.values[column] !== undefined)) this.ledger.keysOf(presenceSpace(child)).add(this.key.value, line);
    }
    this.key.issueIndex = duplicateAt;
    this.ledger.settle(place, issues ?? NO_ISSUES, this.key, held);
  }

  /** At the end of the file: every parent row with fewer or more rows here than its list allows. */
  end(): void {
    if (this.childCounts === undefined || this.parentTable === undefined) return;
    const { minItems = 0, maxItems = Number.POSITIVE_INFINITY, name } = this.table;
    const parent = this.parentTable.name;
    // A list of an optional object: its lower bound holds where the parent row has the object.
    const { minItemsWhen } = this.table;
    const present = minItemsWhen === undefined ? undefined : this.ledger.keysOf(presenceSpace(name));
    this.ledger.keysOf(parent).forEach((key, line) => {
      const count = this.childCounts?.get(key) ?? 0;
      const least = present === undefined || present.has(key) ? minItems : 0;
      if (count >= least && count <= maxItems) return;
      const bounds = maxItems === Number.POSITIVE_INFINITY ? `at least ${least}` : `${least} to ${maxItems}`;
      const because = minItemsWhen !== undefined && count < least ? `, since it fills ${filledOneOf(minItemsWhen)}` : '';
      const problem: InputProblem = {
        code: 'out-of-range',
        message: `the ${parent} row with the key ${excerpt(key.replaceAll('\u0000', ', '))} (line ${line}) has ${count} row${count === 1 ? '' : 's'} in ${name}; it must have ${bounds}${because}`,
      };
      this.ledger.inputIssue(this.file, undefined, problem);
    });
  }
}

/** The cells that say a parent row has a list's optional object, as a message names them. */
const filledOneOf = (columns: readonly string[]) => (columns.length === 1 ? `${columns[0]}` : `one of ${columns.join(', ')}`);

/** The key space of the parent rows that hold a child table's optional object (see TableInfo.minItemsWhen). */
const presenceSpace = (child: string) => `${child}\u0000present`;

/** After a run: a note for each parent table read whose child table with a lower bound was not. */
export const noteUncountedLists = (compiled: CompiledModule, ledger: Ledger): void => {
  for (const child of compiled.tables) {
    if (child.parent === undefined || child.minItems === undefined || !ledger.tableRead(child.parent) || ledger.tableRead(child.name)) continue;
    // A list of an optional object binds only the rows that have it: noted when one does.
    if (child.minItemsWhen !== undefined && ledger.keysOf(presenceSpace(child.name)).size === 0) continue;
    const rows = child.minItemsWhen === undefined ? `each ${child.parent} row` : `each ${child.parent} row that fills ${filledOneOf(child.minItemsWhen)}`;
    ledger.note(`The rows of ${child.name} of ${rows} were not counted (each needs at least ${child.minItems}): give ${child.name}.csv after ${child.parent}.csv to check them.`);
  }
};

/** The rows of one CSV file, settled into the ledger; `header` returns the problem of a header that cannot be read on. */
export const csvTable = (
  compiled: CompiledModule,
  ledger: Ledger,
  file: string,
  named: string | undefined,
  schemaGiven?: string,
) => {
  let rows: TableRows | undefined;
  let table: TableInfo | undefined;
  const header = (cells: string[]): InputProblem | undefined => {
    const outcome = readHeader(compiled.tables, cells, file, named);
    table = outcome.layout?.table;
    // A table told from the header is known only now: a schema that does not fit it is a usage error.
    const misfit = table === undefined || schemaGiven === undefined ? undefined : schemaMisfit(datasetModel(compiled), schemaGiven, table, file);
    if (misfit !== undefined) throw new InputError(misfit);
    for (const index of outcome.layout === undefined ? [] : outcome.unknown) {
      const table = outcome.layout?.table.name ?? '';
      // Past the cap an issue is only counted: a header of a million unknown columns builds no million messages.
      if (ledger.full) ledger.countInputIssue();
      else ledger.inputIssue(file, 1, { code: 'csv-unknown-column', message: `unknown column "${excerpt(cells[index] ?? '')}" in table ${table}: remove it or fix its name (its cells are not checked)` }, index + 1);
    }
    if (outcome.problem === undefined && outcome.layout !== undefined) rows = new TableRows(compiled, ledger, file, outcome.layout);
    return outcome.problem;
  };
  const sink: Omit<CsvRowSink, 'inputProblem'> = { header, row: (cells, line) => rows?.row(cells, line) };
  return {
    ...sink,
    end: () => rows?.end(),
    get table() {
      return table;
    },
  };
};
