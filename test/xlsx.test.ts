/**
 * dist/xlsx/china-st-meetings.xlsx read back by two readers that share no code with exceljs:
 * Debian's python3-openpyxl (every cell's type, value and format, the sheet layout, the document
 * properties and the zip entries) and LibreOffice Calc (every sheet saved as CSV, as it shows the
 * cells). Expectations come from the CSV files and datapackage.json, not from the build code.
 * A synthetic workbook covers what the records do not hold (CR, `_x0041_`, control characters, a
 * full-length cell, booleans, numbers); the limits and the formula guard are checked on synthetic
 * tables passed to the exported functions.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import * as data from '../data/index.ts';
import { formatProblem } from '../scripts/compiler/check-records.ts';
import {
  ABOUT_SHEET,
  buildWorkbook,
  escapeOoxmlText,
  SPREADSHEET_LIMITS,
  spreadsheetLimitProblems,
  typedCell,
  workbookProblems,
  XLSX_PATH,
} from '../scripts/compiler/xlsx.ts';
import type { Column, Row, Table } from '../scripts/compiler/flatten.ts';
import { distDir, readDistJson } from './helpers.ts';
import type { DataPackage } from './datapackage-checks.ts';

interface Resource {
  readonly name: string;
  readonly type?: string;
  readonly path: string;
  readonly description: string;
  readonly schema: { readonly fields: readonly { readonly name: string; readonly type: string }[] };
}
const descriptor = readDistJson('datapackage.json') as DataPackage & { sources: { title: string }[] };
const resources = (descriptor.resources as unknown as Resource[]).filter((resource) => resource.type === 'table');
const csvCells = (path: string): string[][] => parse(readFileSync(join(distDir, path)), { bom: false, relax_column_count: true });

// --- a synthetic table with what the records do not have -------------------------------------
const column = (name: string, type: Column['type']): Column => ({ name, type, description: '', required: false, jsonPath: '', path: [name], role: 'field', verbatim: false });
const syntheticColumns = [column('id', 'string'), column('text', 'string'), column('count', 'integer'), column('amount', 'number'), column('flag', 'boolean'), column('day', 'date')];
const syntheticTable = (name: string, columns: readonly Column[] = syntheticColumns): Table => ({
  name,
  description: `A synthetic table, ${name}.`,
  recordKind: 'test',
  arrayPath: [],
  columns,
  primaryKey: ['id'],
  parentKeyColumns: [],
  arrayRequired: true,
});
const synthetic = syntheticTable('synthetic');
const syntheticRows: Row[] = [
  { id: 'escape-like', text: '_x0041_ and _x000d_ stay as typed', count: '1', amount: '0.1', flag: 'true', day: '1900-03-01' },
  { id: 'crlf', text: 'first line\r\nsecond line, with a comma and ’', count: '999999999999999', amount: '2.5', flag: 'false', day: '2020-01-09' },
  { id: 'lf-tab', text: 'a\nb\tc', count: '42', amount: '', flag: '', day: '9999-12-31' },
  { id: 'spaces', text: '  padded  ', count: '0', amount: '1234.5678', flag: '', day: '' },
  { id: 'control', text: 'bell\u0007 and escape\u001b', count: '', amount: '', flag: '', day: '' },
  { id: 'chinese', text: '中华人民共和国科学技术部', count: '', amount: '', flag: '', day: '' },
  { id: 'date-like', text: 'January 9, 2020', count: '', amount: '', flag: '', day: '' },
  { id: 'iso-like', text: '2020-01-09', count: '', amount: '', flag: '', day: '' },
  { id: 'number-like', text: '00123', count: '', amount: '', flag: '', day: '' },
  { id: 'exponent-like', text: '1e5', count: '', amount: '', flag: '', day: '' },
  { id: 'boolean-like', text: 'TRUE', count: '', amount: '', flag: '', day: '' },
  { id: 'longest', text: `${'x'.repeat(SPREADSHEET_LIMITS.cellCharacters - 1)}’`, count: '', amount: '', flag: '', day: '' },
];
const syntheticCells = [syntheticColumns.map((c) => c.name), ...syntheticRows.map((row) => syntheticColumns.map((c) => row[c.name] ?? ''))];

// --- openpyxl --------------------------------------------------------------------------------
/** Reads each workbook given on the command line into JSON: properties, zip entries, every sheet. */
const OPENPYXL_DUMP = String.raw`
import json, re, sys, zipfile
import openpyxl
from openpyxl.utils import get_column_letter

def plain(value):
    return value.isoformat() if hasattr(value, 'isoformat') else value

def cell(c):
    return [c.data_type, plain(c.value), c.number_format, bool(c.alignment.wrap_text), bool(c.font.b)]

def widths(ws):
    found = {}
    for dimension in ws.column_dimensions.values():
        for index in range(dimension.min or 0, (dimension.max or 0) + 1):
            found[get_column_letter(index)] = dimension.width
    return found

out = {}
for path in sys.argv[1:]:
    wb = openpyxl.load_workbook(path)
    archive = zipfile.ZipFile(path)
    app = archive.read('docProps/app.xml').decode('utf-8')
    props = wb.properties
    out[path] = {
        'properties': {key: plain(getattr(props, key)) for key in ['creator', 'lastModifiedBy', 'created', 'modified', 'title']},
        'entries': [[info.filename, list(info.date_time)] for info in archive.infolist()],
        'application': re.search('<Application>(.*?)</Application>', app).group(1),
        'sheets': [
            {'name': ws.title, 'freeze': ws.freeze_panes, 'widths': widths(ws), 'rows': [[cell(c) for c in row] for row in ws.iter_rows()]}
            for ws in wb.worksheets
        ],
    }
json.dump(out, sys.stdout, ensure_ascii=False)
`;

/** [openpyxl data type, value, number format, wrapped, bold] */
type PyCell = [string, string | number | boolean | null, string, boolean, boolean];
interface PySheet {
  readonly name: string;
  readonly freeze: string | null;
  readonly widths: Record<string, number>;
  readonly rows: PyCell[][];
}
interface PyWorkbook {
  readonly properties: Record<string, string | null>;
  readonly entries: [string, number[]][];
  readonly application: string;
  readonly sheets: PySheet[];
}

/**
 * Every cell openpyxl read differently from the CSV cell, as `sheet row N column C: …`. A CSV cell
 * of an integer or number column must be a number cell, of a date column a date shown yyyy-mm-dd,
 * of a boolean column a boolean, of any other column a text cell; an empty CSV cell a blank cell.
 */
const cellDifferences = (sheet: PySheet | undefined, name: string, types: readonly string[], expected: readonly (readonly string[])[]): string[] => {
  if (sheet === undefined) return [`${name}: no such sheet`];
  const problems = sheet.rows.length === expected.length ? [] : [`${name}: ${sheet.rows.length} rows, CSV has ${expected.length}`];
  expected.forEach((row, rowIndex) =>
    row.forEach((want, index) => {
      const [kind, value, format] = sheet.rows[rowIndex]?.[index] ?? ['missing', null, ''];
      const type = rowIndex === 0 ? 'string' : types[index];
      const ok =
        want === ''
          ? value === null
          : type === 'integer' || type === 'number'
            ? kind === 'n' && typeof value === 'number' && String(value) === want && (type === 'number' || Number.isInteger(value))
            : type === 'date'
              ? kind === 'd' && value === `${want}T00:00:00` && format === 'yyyy-mm-dd'
              : type === 'boolean'
                ? kind === 'b' && String(value) === want
                : kind === 's' && value === want;
      if (!ok) problems.push(`${name} row ${rowIndex + 1} column ${expected[0]?.[index]}: ${JSON.stringify(want)} (${type}) → ${kind} ${JSON.stringify(value)} ${format}`);
    }),
  );
  return problems;
};

// --- LibreOffice -----------------------------------------------------------------------------
/**
 * CSV export options: comma, double quote, UTF-8, every text cell quoted, cells as shown (so a
 * date shows in its yyyy-mm-dd format), no formulas, every sheet (to NAME-SHEET.csv).
 */
const LIBREOFFICE_EXPORT = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,true,false,false,-1';

interface SavedCell {
  readonly text: string;
  readonly quoted: boolean;
}

/** Cells LibreOffice saved differently: text as shown, and quoted (a text cell) exactly for text columns. */
const shownDifferences = (saved: readonly SavedCell[][], name: string, types: readonly string[], expected: readonly (readonly string[])[], normalize = (text: string) => text): string[] => {
  const problems = saved.length === expected.length ? [] : [`${name}: ${saved.length} rows, CSV has ${expected.length}`];
  expected.forEach((row, rowIndex) =>
    row.forEach((want, index) => {
      const got = saved[rowIndex]?.[index];
      const text = rowIndex === 0 || types[index] === 'string';
      // A spreadsheet shows a boolean as TRUE or FALSE.
      const shown = !text && types[index] === 'boolean' ? want.toUpperCase() : normalize(want);
      if (got?.text === shown && (want === '' || got.quoted === text)) return;
      problems.push(`${name} row ${rowIndex + 1} column ${expected[0]?.[index]}: ${JSON.stringify(want)} → ${JSON.stringify(got)}`);
    }),
  );
  return problems;
};

let work = '';
let syntheticPath = '';
let read: Record<string, PyWorkbook> = {};
const libreOffice = new Map<string, SavedCell[][]>();
const distWorkbook = () => read[join(work, 'dist.xlsx')] as PyWorkbook;
const syntheticWorkbook = () => read[syntheticPath] as PyWorkbook;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'xlsx-'));
  copyFileSync(join(distDir, XLSX_PATH), join(work, 'dist.xlsx'));
  const built = await buildWorkbook({ tables: [synthetic], rows: new Map([[synthetic.name, syntheticRows]]), sources: data.sources });
  if (!built.ok) throw new Error(`the synthetic workbook must build: ${built.problems.map(formatProblem).join('\n')}`);
  syntheticPath = join(work, 'synthetic.xlsx');
  writeFileSync(syntheticPath, built.bytes);

  // One python process reads both workbooks (python3-openpyxl; .ci/run installs it).
  read = JSON.parse(execFileSync('/usr/bin/python3', ['-c', OPENPYXL_DUMP, join(work, 'dist.xlsx'), syntheticPath], { encoding: 'utf8', maxBuffer: 64 << 20 }));

  // One LibreOffice run saves every sheet of both workbooks as CSV.
  const out = join(work, 'libreoffice');
  mkdirSync(out);
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', LIBREOFFICE_EXPORT, '--outdir', out, join(work, 'dist.xlsx'), syntheticPath], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  for (const [file, sheets] of [
    ['dist', resources.map((resource) => resource.name)],
    ['synthetic', [synthetic.name]],
  ] as const) {
    for (const sheet of sheets) {
      const saved = parse(readFileSync(join(out, `${file}-${sheet}.csv`)), { cast: (text, context) => ({ text, quoted: context.quoting }), relax_column_count: true });
      libreOffice.set(`${file}/${sheet}`, saved as unknown as SavedCell[][]);
    }
  }
});

describe('the workbook read by openpyxl', () => {
  it('has a first sheet about it, then one sheet per CSV table, named after it, in the Data Package order', () => {
    expect(distWorkbook().sheets.map((sheet) => sheet.name)).toEqual([ABOUT_SHEET, ...resources.map((resource) => resource.name)]);
  });

  it('holds every cell of every CSV table, typed from the table schema: numbers, dates shown yyyy-mm-dd, text, blanks', () => {
    const differences = resources.flatMap((resource) =>
      cellDifferences(
        distWorkbook().sheets.find((sheet) => sheet.name === resource.name),
        resource.name,
        resource.schema.fields.map((field) => field.type),
        csvCells(resource.path),
      ),
    );
    expect(differences).toEqual([]);
    // What a spreadsheet guesses wrong from the CSV files stays text here.
    const meetings = distWorkbook().sheets.find((sheet) => sheet.name === 'meetings');
    const dateText = meetings?.rows[0]?.findIndex((cell) => cell[1] === 'date_text') ?? -1;
    expect(meetings?.rows.slice(1).map((row) => row[dateText]?.slice(0, 2))).toContainEqual(['s', 'January 9, 2020']);
  });

  it('the comparison catches a changed cell, a text taken for a number and a missing row', () => {
    const resource = resources.find((candidate) => candidate.name === 'meeting_work_report_priorities') as Resource;
    const sheet = distWorkbook().sheets.find((candidate) => candidate.name === resource.name);
    const types = resource.schema.fields.map((field) => field.type);
    const cells = csvCells(resource.path);
    const changed = cells.map((row, index) => (index === 2 ? [row[0] ?? '', row[1] ?? '', `${row[2]}.`] : row));
    expect(cellDifferences(sheet, resource.name, types, changed)).toEqual([expect.stringMatching(/^meeting_work_report_priorities row 3 column text: /u)]);
    expect(cellDifferences(sheet, resource.name, types.map(() => 'string'), cells)).toHaveLength(cells.length - 1);
    expect(cellDifferences(sheet, resource.name, types, [...cells, cells[1] ?? []])[0]).toMatch(/rows, CSV has/u);
  });

  it('keeps what the records do not have: LF, tabs, `_x0041_`, spaces, a cell of the full length, booleans and numbers', () => {
    const [sheet] = syntheticWorkbook().sheets.slice(1);
    expect(sheet?.name).toBe('synthetic');
    expect(cellDifferences(sheet, 'synthetic', syntheticColumns.map((c) => c.type), syntheticCells)).toEqual([
      // openpyxl 3.0 does not decode OOXML's `_xHHHH_` escapes (only `_x005F_`); LibreOffice does (below).
      `synthetic row 3 column text: ${JSON.stringify(syntheticRows[1]?.['text'])} (string) → s ${JSON.stringify(syntheticRows[1]?.['text']?.replace('\r', '_x000D_'))} @`,
      `synthetic row 6 column text: ${JSON.stringify(syntheticRows[4]?.['text'])} (string) → s "bell_x0007_ and escape_x001B_" @`,
    ]);
  });

  it('freezes a bold header row, fits each column to its text and wraps a column it caps', () => {
    const sheets: [PySheet | undefined, string[][]][] = [
      ...resources.map((resource): [PySheet | undefined, string[][]] => [distWorkbook().sheets.find((sheet) => sheet.name === resource.name), csvCells(resource.path)]),
      [syntheticWorkbook().sheets[1], syntheticCells],
    ];
    const columnLetter = (index: number) => (index < 26 ? '' : String.fromCharCode(64 + Math.floor(index / 26))) + String.fromCharCode(65 + (index % 26));
    for (const [sheet, cells] of sheets) {
      if (sheet === undefined) throw new Error('a sheet is missing');
      expect(sheet.freeze, sheet.name).toBe('A2');
      expect(sheet.rows[0]?.every((cell) => cell[4]), `${sheet.name} header bold`).toBe(true);
      const columns = cells[0]?.length ?? 0;
      for (let index = 0; index < columns; index += 1) {
        const letter = columnLetter(index);
        // Characters of the longest line as the CSV has it (a wide character counts once: a lower bound).
        const longest = Math.max(...cells.flatMap((row) => (row[index] ?? '').split('\n').map((line) => [...line].length)));
        const width = sheet.widths[letter] ?? 0;
        expect(width, `${sheet.name} column ${letter}`).toBeGreaterThanOrEqual(Math.min(longest, 60));
        if (longest > width) expect(sheet.rows.slice(1).every((row) => row[index]?.[1] === null || row[index]?.[3]), `${sheet.name} column ${letter} wraps`).toBe(true);
      }
    }
  });

  it('says on its first sheet what it is, where the data comes from and what each sheet holds', () => {
    const about = distWorkbook().sheets[0] as PySheet;
    const texts = about.rows.flat().map((cell) => cell[1]);
    for (const source of descriptor.sources) expect(texts.some((text) => typeof text === 'string' && text.includes(source.title))).toBe(true);
    for (const resource of resources) {
      const row = about.rows.find((candidate) => candidate[0]?.[1] === resource.name);
      const [sheet, rows, key, , description] = row?.map((cell) => cell[1]) ?? [];
      expect([sheet, rows, key, description], resource.name).toEqual([resource.name, csvCells(resource.path).length - 1, expect.any(String), resource.description]);
    }
  });

  it('records no time, machine or program it was not made by: fixed dates, no folder entries', () => {
    for (const workbook of [distWorkbook(), syntheticWorkbook()]) {
      expect(workbook.properties).toMatchObject({ creator: 'china-st-meetings', lastModifiedBy: 'china-st-meetings', created: '1980-01-01T00:00:00', modified: '1980-01-01T00:00:00' });
      expect(workbook.entries.filter(([, time]) => time.join() !== '1980,1,1,0,0,0')).toEqual([]);
      expect(workbook.entries.filter(([name]) => name.endsWith('/'))).toEqual([]);
      expect(workbook.entries[0]?.[0]).toBe('[Content_Types].xml');
      expect(workbook.application).not.toMatch(/Microsoft/u);
    }
  });
});

describe('the workbook opened in LibreOffice Calc', () => {
  it('shows every cell of every table as the CSV file has it: numbers and dates as numbers, everything else as text', () => {
    const differences = resources.flatMap((resource) =>
      shownDifferences(libreOffice.get(`dist/${resource.name}`) ?? [], resource.name, resource.schema.fields.map((field) => field.type), csvCells(resource.path)),
    );
    expect(differences).toEqual([]);
  });

  it('shows the synthetic cells too (a line break as LF, as spreadsheets keep it)', () => {
    const saved = libreOffice.get('synthetic/synthetic') ?? [];
    expect(shownDifferences(saved, 'synthetic', syntheticColumns.map((c) => c.type), syntheticCells, (text) => text.replaceAll('\r\n', '\n'))).toEqual([]);
    // The comparison can fail: a CSV cell that differs is reported, and so is a number column read as text.
    expect(shownDifferences(saved, 'synthetic', syntheticColumns.map((c) => c.type), syntheticCells.map((row) => row.map((cell) => (cell === 'TRUE' ? 'true' : cell))), (text) => text.replaceAll('\r\n', '\n'))).toEqual([
      'synthetic row 12 column text: "true" → {"text":"TRUE","quoted":true}',
    ]);
    expect(shownDifferences(saved, 'synthetic', syntheticColumns.map(() => 'string'), syntheticCells).length).toBeGreaterThan(0);
  });
});

describe('cells and limits', () => {
  it('types a cell from its column, and refuses what a spreadsheet would show differently', () => {
    expect(typedCell({ type: 'integer' }, '42')).toEqual({ ok: true, value: 42 });
    expect(typedCell({ type: 'date' }, '2020-01-09')).toEqual({ ok: true, value: new Date(Date.UTC(2020, 0, 9)) });
    expect(typedCell({ type: 'string' }, '2020-01-09')).toEqual({ ok: true, value: '2020-01-09' });
    expect(typedCell({ type: 'string' }, '')).toEqual({ ok: true, value: null });
    expect(typedCell({ type: 'integer' }, '1234567890123456')).toMatchObject({ ok: false, reason: expect.stringContaining('15 significant digits') });
    expect(typedCell({ type: 'integer' }, '1.5')).toMatchObject({ ok: false });
    for (const text of ['0x10', '1e3', '007', ' 7', '-0']) expect(typedCell({ type: 'integer' }, text), text).toMatchObject({ ok: false });
    expect(typedCell({ type: 'number' }, '0.1')).toEqual({ ok: true, value: 0.1 });
    // An exponent, though the number's own form in JavaScript: the validator reads such a cell as text.
    for (const text of ['1e+21', '1e-7']) expect(typedCell({ type: 'number' }, text), text).toMatchObject({ ok: false, reason: expect.stringContaining('in decimal') });
    expect(typedCell({ type: 'boolean' }, 'false')).toEqual({ ok: true, value: false });
    expect(typedCell({ type: 'date' }, '2020-02-30')).toMatchObject({ ok: false, reason: expect.stringContaining('not an ISO date') });
    expect(typedCell({ type: 'date' }, '1900-02-28')).toMatchObject({ ok: false, reason: expect.stringContaining('before 1900-03-01') });
  });

  it('escapes `_xHHHH_`, CR and control characters the OOXML way, and nothing else', () => {
    expect(escapeOoxmlText('_x0041_ a\r\nb\tc\u0001’ _x12_ x_')).toBe('_x005F_x0041_ a_x000D_\nb\tc_x0001_’ _x12_ x_');
  });

  it('refuses a text no workbook keeps: DEL (exceljs drops it), a lone surrogate', () => {
    expect(typedCell({ type: 'string' }, 'delete\u007f')).toMatchObject({ ok: false, reason: expect.stringContaining('U+007F') });
    expect(typedCell({ type: 'string' }, 'half \uD83D')).toMatchObject({ ok: false, reason: expect.stringContaining('surrogate') });
    expect(typedCell({ type: 'string' }, 'whole \uD83D\uDE00')).toEqual({ ok: true, value: 'whole \uD83D\uDE00' });
  });

  it('refuses a table with more rows than a sheet holds, with a clear message, before writing anything', async () => {
    const table = syntheticTable('huge', [column('id', 'string')]);
    const row = { id: 'a' };
    const limit = SPREADSHEET_LIMITS.rows - 1;
    // The header and 1,048,575 rows fit; one more row does not.
    expect(spreadsheetLimitProblems('huge', Array.from({ length: limit + 1 }, () => ['a']))).toEqual([]);
    const result = await buildWorkbook({ tables: [table], rows: new Map([['huge', Array.from({ length: limit + 1 }, () => row)]]), sources: data.sources });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${XLSX_PATH} sheet huge: 1,048,577 rows (the header included) do not fit in a sheet, which holds at most 1,048,576; the workbook would lose rows, so it is not written. Use the CSV file or the SQLite database for this table.`,
    ]);
  });

  it('refuses a cell longer than a cell holds, naming sheet, row and column', () => {
    const full = 'x'.repeat(SPREADSHEET_LIMITS.cellCharacters);
    const table = syntheticTable('long', [column('id', 'string'), column('text', 'string')]);
    const rows = new Map([['long', [{ id: 'fits', text: full }, { id: 'too-long', text: `${full}!` }]]]);
    expect(workbookProblems({ tables: [table], rows }).map(formatProblem)).toEqual([
      `${XLSX_PATH} sheet long, row 3, column text: the value has 32,768 characters and a spreadsheet cell holds at most 32,767; the workbook would cut it, so it is not written.`,
    ]);
  });

  it('refuses sheet names a spreadsheet refuses, or that clash', () => {
    const names = ['a_table_name_longer_than_31_chars', 'what?', 'about', 'History', 'twin', 'TWIN'];
    const problems = workbookProblems({ tables: names.map((name) => syntheticTable(name, [column('id', 'string')])), rows: new Map() }).map(formatProblem);
    expect(problems).toEqual([
      expect.stringContaining('a sheet name has 1 to 31 characters; "a_table_name_longer_than_31_chars" has 33'),
      expect.stringContaining('"what?" cannot name a sheet'),
      expect.stringContaining('two sheets would be called "about"'),
      expect.stringContaining('Excel keeps the sheet name "History"'),
      expect.stringContaining('two sheets would be called "TWIN"'),
    ]);
  });

  // That the build names the workbook for such a cell of the records: excel-csv.test.ts, which runs the build on one.
  it('refuses a formula-like cell with the CSV guard', async () => {
    const table = syntheticTable('guarded', [column('id', 'string'), column('text', 'string')]);
    const result = await buildWorkbook({ tables: [table], rows: new Map([['guarded', [{ id: 'a', text: '=1+1' }]]]), sources: data.sources });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([expect.stringContaining(`${XLSX_PATH} (sheet guarded) table guarded, row 2, column text: the value "=1+1" begins with "="`)]);
  });
});
