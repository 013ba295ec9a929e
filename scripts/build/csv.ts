/**
 * CSV serializer. The conventions (documented in the README): RFC 4180 (comma, double quotes
 * doubled, CRLF line ends), UTF-8 without BOM, a header row of snake_case column names, one
 * column order per table, and an empty cell for an absent value.
 */
import { stringify } from 'csv-stringify/sync';
import type { Row, Table } from '../../src/tables.ts';

export const toCsv = (table: Table, rows: readonly Row[]): string =>
  stringify([...rows], {
    header: true,
    columns: table.columns.map((column) => column.name),
    record_delimiter: '\r\n',
    quoted_empty: false,
  });
