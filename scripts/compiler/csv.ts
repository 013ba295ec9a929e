/**
 * CSV serializer, in two flavours of the same cells (conventions documented in the README):
 * - plain (`csv/`): RFC 4180 (comma, double quotes doubled, CRLF line ends), UTF-8 without BOM,
 *   for tools and scripts, which often keep a BOM as part of the first column name;
 * - Excel (`csv/excel/`): the same bytes after a UTF-8 byte order mark, which is what makes Excel
 *   read a double-clicked CSV as UTF-8 instead of the Windows code page (and so show `’` right).
 * Both have a header row of snake_case column names, one column order per table, and an empty
 * cell for an absent value.
 */
import { stringify } from 'csv-stringify/sync';
import type { Row, Table } from './flatten.ts';

/** The byte order mark U+FEFF, which UTF-8 encodes as EF BB BF. */
export const UTF8_BOM = '\uFEFF';

/** Every cell a CSV file of the table holds, header first, in column order. */
export const tableCells = (table: Table, rows: readonly Row[]): string[][] => {
  const names = table.columns.map((column) => column.name);
  return [names, ...rows.map((row) => names.map((name) => row[name] ?? ''))];
};

export const cellsToCsv = (cells: readonly (readonly string[])[]): string =>
  stringify(
    cells.map((row) => [...row]),
    // csv-stringify quotes a field that holds the record delimiter (CRLF) but not a bare LF or CR,
    // which RFC 4180 readers (LibreOffice among them) take as the end of the row.
    { record_delimiter: '\r\n', quoted_empty: false, quoted_match: /[\r\n]/ },
  );

export const toCsv = (table: Table, rows: readonly Row[]): string => cellsToCsv(tableCells(table, rows));

export const toExcelCsv = (table: Table, rows: readonly Row[]): string => `${UTF8_BOM}${toCsv(table, rows)}`;
