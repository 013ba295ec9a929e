/**
 * The Excel CSV files opened by a real spreadsheet program: LibreOffice Calc, headless, imports
 * each file of csv/excel/ and saves what its cells hold as CSV again (UTF-8, every text cell
 * quoted), which is compared with the rows made from the records.
 *
 * LibreOffice 7.4 takes the charset from the import options or from the system locale and does not
 * switch to UTF-8 on a byte order mark, so this test declares UTF-8; told UTF-8, it drops the BOM
 * (the first header cell stays `meeting_id`), as seen here. That the BOM is what
 * makes Excel read the files as UTF-8 is Excel's documented behaviour, not shown here. Integer
 * cells become numbers and ISO dates become dates, both shown unchanged; a text that reads as a
 * date ("January 9, 2020") becomes a date shown as 01/09/2020 (pinned in TAKEN_FOR_DATES); a line
 * break inside a quoted cell becomes LF (CRLF folded), as in Excel.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableCells, toExcelCsv } from '../scripts/compiler/csv.ts';
import { formulaInjectionProblems } from '../scripts/compiler/formula-guard.ts';
import { buildJsonSchemas } from '../scripts/compiler/json-schema.ts';
import { loadDatasets } from '../scripts/compiler/load.ts';
import { deriveAllTables, tableRows } from '../scripts/compiler/tables.ts';
import { validateDatasets } from '../scripts/compiler/check-records.ts';
import type { Column, Row, Table } from '../scripts/compiler/flatten.ts';
import { distDir } from './helpers.ts';

const CSV_FILTER = 'Text - txt - csv (StarCalc)';
/** Import options: comma, double quote, UTF-8 (charset 76), from line 1. */
const IMPORT_FILTER = `${CSV_FILTER}:44,34,76,1`;
/** Export options: comma, double quote, UTF-8, every text cell quoted, raw cell values. */
const EXPORT_FILTER = `csv:${CSV_FILTER}:44,34,76,1,,0,true,true,false`;

const tables = deriveAllTables(buildJsonSchemas());
const validated = validateDatasets(loadDatasets());
if (!validated.ok) throw new Error('the records must be valid for this test');
const rows = tableRows(tables, validated.datasets);

const column = (name: string): Column => ({ name, type: 'string', description: '', required: true, jsonPath: '', path: [name], role: 'field', verbatim: false });
/** Cells the records do not have (their schema forbids line breaks), for the CSV writer and LibreOffice. */
const synthetic: Table = { name: 'synthetic', description: '', recordKind: 'test', arrayPath: [], columns: [column('id'), column('text')], primaryKey: ['id'], parentKeyColumns: [], arrayRequired: true };
const syntheticRows: Row[] = [
  { id: 'quotes', text: 'He said "yes", then "no"' },
  { id: 'crlf', text: 'first line\r\nsecond line, with a comma and ’' },
  { id: 'lf', text: 'a\nb' },
  { id: 'only-a-quote', text: '"' },
  { id: 'chinese', text: '中华人民共和国科学技术部' },
];

/** A cell as LibreOffice saved it: its text, and whether it was a text cell (quoted) or a number. */
interface SavedCell {
  readonly text: string;
  readonly quoted: boolean;
}

/**
 * Text cells a spreadsheet takes for a date and shows in its own date format: pinned, so that a new
 * one fails this test. Excel does the same; the README tells spreadsheet users.
 */
/**
 * The cells LibreOffice takes for dates: a date printed as "January 9, 2020" in date_text (a range
 * such as "January 10-11, 2020" stays text). Found in the CSV, so that added meetings are covered.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TAKEN_FOR_DATES = (() => {
  const [header = [], ...rows] = parse(readFileSync(join(distDir, 'csv/meetings.csv'))) as string[][];
  const column = header.indexOf('date_text');
  return rows.flatMap((row, index) => {
    const match = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/u.exec(row[column] ?? '');
    const month = match === null ? -1 : MONTHS.indexOf(match[1] ?? '');
    if (match === null || month === -1) return [];
    const shown = `${String(month + 1).padStart(2, '0')}/${(match[2] ?? '').padStart(2, '0')}/${match[3]}`;
    return [`meetings row ${index + 2} column date_text: "${row[column]}" → "${shown}"`];
  });
})();

/**
 * Text cells LibreOffice reads as a number or a date without changing what they show: an edition
 * printed as a year ("2020") and a date known to the day in a text column that may also hold a
 * month or a year (a post's `observed_on`). The text is kept; only the cell's type is guessed
 * (docs/spreadsheets.md says so). Found in the CSV files, so that added records are covered.
 */
const READ_AS_VALUES = tables
  .flatMap((table) => {
    const [header = [], ...body] = parse(readFileSync(join(distDir, `csv/${table.name}.csv`))) as string[][];
    return table.columns.flatMap((tableColumn) => {
      if (tableColumn.type !== 'string') return [];
      const index = header.indexOf(tableColumn.name);
      return body.flatMap((row, rowIndex) => (/^(?:[0-9]+|[0-9]{4}-[0-9]{2}-[0-9]{2})$/u.test(row[index] ?? '') ? [`${table.name} row ${rowIndex + 2} column ${tableColumn.name}`] : []));
    });
  });

let work = '';
const excelFiles = new Map<string, string>();

/** The cells of a CSV text, each with whether it was quoted. */
const cellsOf = (text: string | Buffer): SavedCell[][] =>
  parse(text, { cast: (value, context) => ({ text: value, quoted: context.quoting }), relax_column_count: true }) as unknown as SavedCell[][];

/** Windows-1252's characters for the bytes 0x80 to 0x9F (the five it leaves undefined kept as C1 controls). */
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
/** Bytes read as Windows-1252 (Node's TextDecoder reads that label as Latin-1). */
const windows1252 = (bytes: Uint8Array): string => Array.from(bytes, (byte) => (byte >= 0x80 && byte < 0xa0 ? WINDOWS_1252_C1[byte - 0x80] : String.fromCharCode(byte))).join('');

/** Opens every Excel CSV file in LibreOffice, told UTF-8; returns the cells it saved, by table. */
const openInLibreOffice = (): Map<string, SavedCell[][]> => {
  const out = join(work, 'out');
  execFileSync(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, `--infilter=${IMPORT_FILTER}`, '--convert-to', EXPORT_FILTER, '--outdir', out, ...excelFiles.values()],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return new Map([...excelFiles.keys()].map((name) => [name, cellsOf(readFileSync(join(out, `${name}.csv`)))]));
};

const expectedCells = (name: string): string[][] =>
  name === synthetic.name ? tableCells(synthetic, syntheticRows) : tableCells(tables.find((table) => table.name === name) as Table, rows.get(name) ?? []);

/** Every cell LibreOffice read differently, as `table row N column C: expected → read`. */
const differences = (saved: Map<string, SavedCell[][]>): string[] =>
  [...saved.keys()].flatMap((name) => {
    const expected = expectedCells(name);
    const read = saved.get(name) ?? [];
    const lengths = read.length === expected.length ? [] : [`${name}: ${read.length} rows read, ${expected.length} expected`];
    return [
      ...lengths,
      ...expected.flatMap((row, rowIndex) =>
        row.flatMap((cell, columnIndex) => {
          // A spreadsheet keeps a line break in a cell as LF.
          const want = cell.replaceAll('\r\n', '\n');
          const got = read[rowIndex]?.[columnIndex]?.text;
          return got === want ? [] : [`${name} row ${rowIndex + 1} column ${expected[0]?.[columnIndex]}: ${JSON.stringify(want)} → ${JSON.stringify(got)}`];
        }),
      ),
    ];
  });

/** The cells of these tables whose text is not ASCII, each with its place as `differences` names it. */
const nonAsciiCells = (names: readonly string[]) =>
  names.flatMap((name) => {
    const [header = [], ...body] = expectedCells(name);
    return body.flatMap((row, rowIndex) => row.flatMap((text, index) => (/[^\x00-\x7f]/u.test(text) ? [{ at: `${name} row ${rowIndex + 2} column ${header[index]}`, text }] : [])));
  });

let utf8: Map<string, SavedCell[][]>;

beforeAll(() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe' });
  } catch {
    throw new Error('LibreOffice is needed for this test: apt-get install -y libreoffice-calc-nogui (.ci/run installs it).');
  }
  work = mkdtempSync(join(tmpdir(), 'libreoffice-'));
  mkdirSync(join(work, 'in'));
  for (const table of tables) {
    const path = join(work, 'in', `${table.name}.csv`);
    copyFileSync(join(distDir, `csv/excel/${table.name}.csv`), path);
    excelFiles.set(table.name, path);
  }
  const syntheticPath = join(work, 'in', 'synthetic.csv');
  writeFileSync(syntheticPath, toExcelCsv(synthetic, syntheticRows));
  excelFiles.set(synthetic.name, syntheticPath);
  utf8 = openInLibreOffice();
});

describe('LibreOffice Calc opening the Excel CSV files', () => {
  it('reads back every cell of every table as the records have it (’, commas, quotes included), but for one date-like text', () => {
    expect(differences(utf8)).toEqual(TAKEN_FOR_DATES);
    // What was compared holds text outside ASCII (’, Chinese), where a wrong charset would show.
    expect(nonAsciiCells(tables.map((table) => table.name)).length).toBeGreaterThan(0);
  });

  it('keeps quotes, commas and line breaks inside one cell (a synthetic table; the records have no line breaks)', () => {
    expect(formulaInjectionProblems(synthetic.name, ['synthetic.csv'], tableCells(synthetic, syntheticRows))).toEqual([]);
    expect((utf8.get('synthetic') ?? []).map((row) => row.map((cell) => cell.text))).toEqual([
      ['id', 'text'],
      ['quotes', 'He said "yes", then "no"'],
      ['crlf', 'first line\nsecond line, with a comma and ’'],
      ['lf', 'a\nb'],
      ['only-a-quote', '"'],
      ['chinese', '中华人民共和国科学技术部'],
    ]);
  });

  it('does not keep the BOM in the first header cell', () => {
    expect(utf8.get('meetings')?.[0]?.[0]?.text).toBe('id');
    expect(utf8.get('meeting_work_report_priorities')?.[0]?.[0]?.text).toBe('meeting_id');
  });

  it('turns integer and date columns into numbers and dates, and keeps every other non-empty cell as text', () => {
    const notText: string[] = [];
    for (const table of tables) {
      const [, ...body] = utf8.get(table.name) ?? [];
      table.columns.forEach((tableColumn, index) => {
        body.forEach((row, rowIndex) => {
          const cell = row[index];
          if (cell === undefined || cell.text === '' || cell.quoted) return;
          if (tableColumn.type !== 'integer' && tableColumn.type !== 'date') notText.push(`${table.name} row ${rowIndex + 2} column ${tableColumn.name}`);
        });
        if (tableColumn.type === 'integer' || tableColumn.type === 'date') {
          expect(body.every((row) => row[index]?.quoted === false), `${table.name}.${tableColumn.name}`).toBe(true);
        }
      });
    }
    expect([...notText].sort()).toEqual([...TAKEN_FOR_DATES.map((difference) => difference.slice(0, difference.indexOf(':'))), ...READ_AS_VALUES].sort());
  });

  it('the comparison catches a misread file: the same files read as Windows-1252 differ where the text is not ASCII', () => {
    // Decoded here as a program told the wrong charset would (another LibreOffice start would take seconds).
    const names = tables.map((table) => table.name);
    const misread = new Map(names.map((name) => [name, cellsOf(windows1252(readFileSync(excelFiles.get(name) as string)))]));
    const found = new Set(differences(misread));
    // Every cell outside ASCII differs, as its UTF-8 bytes read one by one; so does every first header cell (the BOM).
    const misreadCells = nonAsciiCells(names).map(({ at, text }) => `${at}: ${JSON.stringify(text)} → ${JSON.stringify(windows1252(Buffer.from(text)))}`);
    expect(misreadCells.length).toBeGreaterThan(0);
    const headers = names.map((name) => expectedCells(name)[0]?.[0] ?? '').map((first, index) => `${names[index]} row 1 column ${first}: ${JSON.stringify(first)} → ${JSON.stringify(`ï»¿${first}`)}`);
    expect([...misreadCells, ...headers].filter((difference) => !found.has(difference))).toEqual([]);
  });
});
