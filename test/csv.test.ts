/** The CSV tables: their conventions, and that parsing them back rebuilds every record exactly. */
import { parse } from 'csv-parse/sync';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetRegistry } from '../schema/index.ts';
import { buildJsonSchemas } from '../scripts/compiler/json-schema.ts';
import { datasetOfRecordKind, deriveAllTables } from '../scripts/compiler/tables.ts';
import type { Row } from '../scripts/compiler/flatten.ts';
import { rowsToRecords } from '../scripts/compiler/rows.ts';
import { distDir, readDistJson } from './helpers.ts';

const tables = deriveAllTables(buildJsonSchemas());
const readCsv = (name: string) => readFileSync(`${distDir}csv/${name}.csv`);
const parseCsv = (name: string): Row[] => parse(readCsv(name), { columns: true, bom: false, relax_column_count: false });

describe('CSV files', () => {
  it('are exactly one per table', () => {
    expect(readdirSync(`${distDir}csv`).filter((file) => file.endsWith('.csv')).sort()).toEqual(
      tables.map((table) => `${table.name}.csv`).sort(),
    );
  });

  it.each(tables.map((table) => table.name))('%s.csv: UTF-8 without BOM, CRLF, snake_case header in table order', (name) => {
    const bytes = readCsv(name);
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBeTruthy();
    const text = bytes.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    const header = text.slice(0, text.indexOf('\r\n')).split(',');
    expect(header).toEqual(tables.find((table) => table.name === name)?.columns.map((column) => column.name));
    for (const column of header) expect(column).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it('keep non-ASCII text intact: every text of the records outside ASCII stands in a table as it is', () => {
    const texts: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string' && /[^\x00-\x7f]/u.test(value)) texts.push(value);
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
    };
    for (const entry of datasetRegistry) collect(readDistJson(`json/${entry.dataset}.json`));
    expect(texts.length).toBeGreaterThan(0);
    // A quoted field doubles its quotes; the bytes are read as UTF-8 (fatal on a bad sequence).
    const csv = tables.map((table) => new TextDecoder('utf-8', { fatal: true }).decode(readCsv(table.name))).join('\n');
    for (const text of texts) expect(csv.includes(text) || csv.includes(text.replaceAll('"', '""')), text).toBe(true);
  });

  it('fill every primary key, uniquely, and every required column', () => {
    for (const table of tables) {
      const rows = parseCsv(table.name);
      const keys = rows.map((row) => table.primaryKey.map((key) => row[key]).join('\u0000'));
      expect(new Set(keys).size, table.name).toBe(rows.length);
      for (const column of table.columns.filter((candidate) => candidate.required)) {
        for (const row of rows) expect(row[column.name], `${table.name}.${column.name}`).not.toBe('');
      }
    }
  });

  it('join: every child row has its parent, every id column resolves', () => {
    const ids = new Map(tables.filter((table) => table.parent === undefined).map((table) => [table.name, new Set(parseCsv(table.name).map((row) => row['id']))]));
    for (const table of tables) {
      const rows = parseCsv(table.name);
      if (table.parent !== undefined) {
        const parent = tables.find((candidate) => candidate.name === table.parent);
        const parentKeys = new Set(parseCsv(table.parent).map((row) => parent?.primaryKey.map((key) => row[key]).join('\u0000')));
        for (const row of rows) expect(parentKeys.has(table.parentKeyColumns.map((key) => row[key]).join('\u0000')), table.name).toBe(true);
      }
      for (const column of table.columns.filter((candidate) => candidate.references !== undefined)) {
        for (const row of rows) {
          if (row[column.name] !== '') expect(ids.get(column.references ?? '')?.has(row[column.name]), `${table.name}.${column.name}`).toBe(true);
        }
      }
    }
  });
});

describe('CSV parsed back with csv-parse', () => {
  it.each(datasetRegistry.map((entry) => entry.recordKind))('rebuilds every %s record without loss', (kind) => {
    const own = tables.filter((table) => table.recordKind === kind);
    const rows = new Map(own.map((table) => [table.name, parseCsv(table.name)]));
    const { records, orphans } = rowsToRecords(own, rows);
    expect(orphans).toEqual([]);
    expect(records).toEqual(readDistJson(`json/${datasetOfRecordKind[kind] ?? ''}.json`));
  });

  it('reports a child row whose parent is missing instead of dropping it', () => {
    const own = tables.filter((table) => table.recordKind === 'meeting');
    const rows = new Map(own.map((table) => [table.name, parseCsv(table.name)]));
    const priorities = rows.get('meeting_work_report_priorities') ?? [];
    expect(priorities.length).toBeGreaterThan(0);
    rows.set('meeting_work_report_priorities', [...priorities, { meeting_id: 'nowhere', number: '1', text: 'Lost.' }]);
    // The orphan is the row after the published ones (its index among the table's rows).
    expect(rowsToRecords(own, rows).orphans).toEqual([{ table: 'meeting_work_report_priorities', rowIndex: priorities.length, parentKey: ['nowhere'] }]);
  });

  it('keeps a non-number in a number column as text, for validation to report', () => {
    const own = tables.filter((table) => table.recordKind === 'meeting');
    const rows = new Map(own.map((table) => [table.name, parseCsv(table.name)]));
    const [first, ...rest] = rows.get('meetings') ?? [];
    rows.set('meetings', [{ ...first, source_locator_line_start: 'one' } as Row, ...rest]);
    expect(((rowsToRecords(own, rows).records[0]?.['source'] as Record<string, Record<string, unknown>>)['locator'] ?? {})['lineStart']).toBe('one');
  });
});

describe('the CSV writer', () => {
  it('quotes a field with a line break of any kind (CRLF, LF or CR), doubling its quotes', async () => {
    const { cellsToCsv } = await import('../scripts/compiler/csv.ts');
    expect(cellsToCsv([['id', 'text'], ['a', 'x\r\ny'], ['b', 'x\ny'], ['c', 'x\ry'], ['d', 'say "hi", then go']])).toBe(
      'id,text\r\na,"x\r\ny"\r\nb,"x\ny"\r\nc,"x\ry"\r\nd,"say ""hi"", then go"\r\n',
    );
  });
});
