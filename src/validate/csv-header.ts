/** What a CSV header says: the file's table (named, or told by its name or header) and where its columns are, or why none. */
import type { InputProblem } from './bytes.ts';
import { excerpt } from './excerpt.ts';
import { tableOfName } from './file-kind.ts';
import { InputError, type ColumnInfo, type TableInfo } from './types.ts';

/** The columns of a file's table, by their place in its header. */
export interface CsvLayout {
  readonly table: TableInfo;
  readonly header: readonly string[];
  /** The table's column at each place of the header (undefined: unknown). */
  readonly columns: readonly (ColumnInfo | undefined)[];
  /** Where a column of the table is in the header, or -1. */
  at(name: string): number;
}

export type HeaderOutcome =
  | { readonly layout: CsvLayout; readonly unknown: readonly number[]; readonly problem?: InputProblem }
  | { readonly layout?: undefined; readonly problem: InputProblem };

/** The table of that name; an InputError for an unknown name. */
export const tableNamed = (tables: readonly TableInfo[], name: string): TableInfo => {
  const table = tables.find((candidate) => candidate.name === name);
  if (table === undefined) throw new InputError(`unknown table "${name}"; use one of: ${tables.map((candidate) => candidate.name).join(', ')}`);
  return table;
};

const pickTable = (tables: readonly TableInfo[], header: readonly string[], file: string, named: string | undefined): TableInfo | string => {
  if (named !== undefined) return tableNamed(tables, named);
  // A file named after a table is that table: differences in its header are then reported.
  const byFileName = tableOfName(file, tables);
  if (byFileName !== undefined) return byFileName;
  const given = new Set(header);
  const fits = (table: TableInfo) => {
    const known = new Set(table.columns.map((column) => column.name));
    return [...given].every((column) => known.has(column)) && table.columns.every((column) => !column.required || given.has(column.name));
  };
  const candidates = tables.filter(fits);
  if (candidates.length === 1 && candidates[0] !== undefined) return candidates[0];
  if (candidates.length > 1) return `the header fits several tables (${candidates.map((table) => table.name).join(', ')}); name one with --table`;
  return 'the header matches no table of this package; name the table with --table to see what differs';
};

/** A header of one column that holds another separator: the file is not comma-separated. */
const otherSeparator = (header: readonly string[]): string | undefined => {
  const [only] = header;
  if (header.length !== 1 || only === undefined || !/[;\t|]/u.test(only)) return undefined;
  return only.includes(';') ? 'semicolons' : only.includes('\t') ? 'tabs' : 'vertical bars';
};

/**
 * A header read against the tables: `unknown` columns are reported, unchecked; a `problem` stops the
 * file's rows. Every look-up is by name, so a header of a million columns takes linear time.
 */
export const readHeader = (tables: readonly TableInfo[], header: readonly string[], file: string, named: string | undefined): HeaderOutcome => {
  const separator = otherSeparator(header);
  if (separator !== undefined) {
    return { problem: { code: 'csv-malformed', message: `the header is one column separated by ${separator}; this package's CSV files separate columns with commas: save the file as comma-separated CSV` } };
  }
  const table = pickTable(tables, header, file, named);
  if (typeof table === 'string') return { problem: { code: 'csv-unknown-table', message: table } };
  // Each name's first place in the header: a name at another place is a repeat.
  const places = new Map(header.map((name, index) => [name, index] as const).reverse());
  const repeated = header.findIndex((name, index) => places.get(name) !== index);
  if (repeated !== -1) return { problem: { code: 'csv-duplicate-column', message: `the column "${excerpt(header[repeated] ?? '')}" appears twice in the header` } };
  const byName = new Map(table.columns.map((column) => [column.name, column]));
  const columns = header.map((name) => byName.get(name));
  const layout: CsvLayout = { table, header, columns, at: (name) => (byName.has(name) ? (places.get(name) ?? -1) : -1) };
  const unknown = columns.flatMap((column, index) => (column === undefined ? [index] : []));
  const missing = table.columns.filter((column) => column.required && !places.has(column.name));
  if (missing.length === 0) return { layout, unknown };
  const names = missing.map((column) => `"${column.name}"`).join(', ');
  return { layout, unknown, problem: { code: 'csv-missing-column', message: `table ${table.name} needs the column${missing.length > 1 ? 's' : ''} ${names}` } };
};
