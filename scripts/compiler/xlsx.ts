/**
 * dist/xlsx/china-st-meetings.xlsx: every CSV table as a sheet of one workbook, with cells typed
 * from the table schemas, so that a spreadsheet shows the data without guessing:
 * - integer and number columns are numbers, boolean columns booleans, ISO date columns real dates
 *   shown as `yyyy-mm-dd`; every other cell is a text cell (formatted `@`), so that a text such as
 *   "January 9, 2020" stays text; an absent value is a blank cell;
 * - a first sheet says what the workbook is, where the data comes from and what each sheet holds;
 * - the header row is bold and frozen, columns are as wide as their text (up to a cap, wrapped past it).
 *
 * Nothing is changed on the way in: a value the format cannot hold exactly (too long, too many rows,
 * a number with more than 15 significant digits, a date before 1900-03-01) fails the build instead
 * of being cut or rounded, and so does a value that begins like a formula (the CSV guard, reused).
 *
 * Written with exceljs, then re-zipped with fixed times (see `reproducibleZip`), so the bytes are
 * the same on every build.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SourceDocument } from '../../schema/index.ts';
import { cellValue } from '../../src/cells.ts';
import type { Column, Row, Table } from './flatten.ts';
import { tableCells } from './csv.ts';
import { DATAPACKAGE_TITLE, foreignKeys } from './datapackage.ts';
import { formulaInjectionProblems } from './formula-guard.ts';
import { packageDescription, packageKeywords, packageLicense, packageName, packageVersion, versionedFileUrl } from './package-info.ts';
import type { BuildProblem } from './check-records.ts';

/** Where the workbook goes, under dist/. */
export const XLSX_PATH = `xlsx/${packageName}.xlsx`;
export const XLSX_MEDIATYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** What the file is, for datapackage.json and the dataset page. */
export const XLSX_DESCRIPTION =
  'Every CSV table as a sheet of one Excel workbook, after a first sheet that says what each holds: integers are numbers, dates are dates, every other cell is text exactly as published (nothing is taken for a date), a blank cell is an absent value; the header row is frozen.';

/** Excel's worksheet limits ("Excel specifications and limits"); LibreOffice's are the same or larger. */
export const SPREADSHEET_LIMITS = {
  /** Rows of one sheet, the header row included. */
  rows: 1_048_576,
  columns: 16_384,
  /** Characters of one cell (UTF-16 code units, as Excel counts them). */
  cellCharacters: 32_767,
  sheetNameCharacters: 31,
} as const;

/**
 * The time written into the document properties and on every zip entry: the zip format's own
 * epoch, 1980-01-01 00:00 UTC, which reads as "no time recorded" rather than as a build time.
 */
export const FIXED_TIMESTAMP = new Date(Date.UTC(1980, 0, 1));

/** The first sheet's name: what the workbook is. */
export const ABOUT_SHEET = 'About';

/** Column widths in characters of the default font: at least the header, at most this, wrapped past it. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** Excel's default row height in points, and its largest. */
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;

const problem = (table: string, pointer: string, message: string): BuildProblem => ({ file: XLSX_PATH, pointer: `sheet ${table}${pointer}`, message });

/** Names Excel refuses for a sheet: too long, a character of `:\/?*[]`, an apostrophe at either end, or `History`. */
const sheetNameProblem = (name: string): string | undefined => {
  if (name.length === 0 || name.length > SPREADSHEET_LIMITS.sheetNameCharacters) return `a sheet name has 1 to ${SPREADSHEET_LIMITS.sheetNameCharacters} characters; "${name}" has ${name.length}`;
  if (/[:\\/?*[\]]/u.test(name) || name.startsWith("'") || name.endsWith("'")) return `"${name}" cannot name a sheet (no : \\ / ? * [ ] and no apostrophe at either end)`;
  if (name.toLowerCase() === 'history') return 'Excel keeps the sheet name "History" for itself';
  return undefined;
};

/** A sheet of `rowCount` rows (the header included) that a spreadsheet cannot hold, as a problem. */
const rowLimitProblems = (table: string, rowCount: number): BuildProblem[] =>
  rowCount <= SPREADSHEET_LIMITS.rows
    ? []
    : [
        problem(
          table,
          '',
          `${rowCount.toLocaleString('en')} rows (the header included) do not fit in a sheet, which holds at most ${SPREADSHEET_LIMITS.rows.toLocaleString('en')}; the workbook would lose rows, so it is not written. Use the CSV file or the SQLite database for this table.`,
        ),
      ];

/**
 * Every reason the table cannot be a sheet as it is: more rows or columns than a spreadsheet holds,
 * a cell longer than a cell holds, a name that cannot name a sheet. Checked before writing, so that
 * nothing is ever cut short. `cells` holds the header row first.
 */
export const spreadsheetLimitProblems = (table: string, cells: readonly (readonly string[])[]): BuildProblem[] => {
  const problems: BuildProblem[] = [];
  const nameProblem = sheetNameProblem(table);
  if (nameProblem !== undefined) problems.push(problem(table, '', `${nameProblem}: rename the table.`));
  problems.push(...rowLimitProblems(table, cells.length));
  const header = cells[0] ?? [];
  if (header.length > SPREADSHEET_LIMITS.columns) problems.push(problem(table, '', `${header.length} columns do not fit in a sheet, which holds at most ${SPREADSHEET_LIMITS.columns}.`));
  cells.forEach((row, rowIndex) =>
    row.forEach((value, columnIndex) => {
      if (value.length <= SPREADSHEET_LIMITS.cellCharacters) return;
      problems.push(
        problem(
          table,
          `, row ${rowIndex + 1}, column ${header[columnIndex] ?? columnIndex + 1}`,
          `the value has ${value.length.toLocaleString('en')} characters and a spreadsheet cell holds at most ${SPREADSHEET_LIMITS.cellCharacters.toLocaleString('en')}; the workbook would cut it, so it is not written.`,
        ),
      );
    }),
  );
  return problems;
};

export type TypedCell = { readonly ok: true; readonly value: ExcelJS.CellValue } | { readonly ok: false; readonly reason: string };

/** Excel keeps 15 significant digits: a number with more would show (and save) as another number. */
const exactInSpreadsheet = (number: number) => Number.isFinite(number) && Number(number.toPrecision(15)) === number;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Excel's first date it counts right: before 1900-03-01 its serial numbers are off by its 1900 leap-year day. */
const FIRST_EXACT_DATE = '1900-03-01';

/**
 * The value a CSV cell becomes in the sheet (not the validator's cellValue, which it builds on: a
 * sheet holds less), by the column's type: a number, a boolean, a date
 * (a UTC midnight, which exceljs turns into a whole serial day), or the text itself; `null` (a blank
 * cell) for an absent value. A cell the type cannot hold exactly is a reason, never a rounded value.
 */
export const typedCell = (column: Pick<Column, 'type'>, text: string): TypedCell => {
  if (text === '') return { ok: true, value: null };
  switch (column.type) {
    case 'integer':
    case 'number': {
      // A number by the rule of src/cells.ts, in its own decimal form (`1.50` or `-0` would show as another text).
      const number = cellValue(text, column.type);
      if (typeof number !== 'number' || String(number) !== text || !exactInSpreadsheet(number) || (column.type === 'integer' && !Number.isInteger(number))) {
        return { ok: false, reason: `"${text}" is not a ${column.type} a spreadsheet holds and shows as written (in decimal, at most 15 significant digits)` };
      }
      return { ok: true, value: number };
    }
    case 'boolean':
      return text === 'true' || text === 'false' ? { ok: true, value: text === 'true' } : { ok: false, reason: `"${text}" is not true or false` };
    case 'date': {
      const date = new Date(`${text}T00:00:00Z`);
      if (!/^\d{4}-\d{2}-\d{2}$/u.test(text) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
        return { ok: false, reason: `"${text}" is not an ISO date (YYYY-MM-DD)` };
      }
      if (text < FIRST_EXACT_DATE) return { ok: false, reason: `${text} is before ${FIRST_EXACT_DATE}, which spreadsheets do not count as dates correctly` };
      return { ok: true, value: date };
    }
    case 'string':
      // exceljs drops DEL (XML allows it, and LibreOffice does not decode `_x007F_`); a lone
      // surrogate is no character at all. Neither can be stored so that every reader gets it back.
      if (/\u007F/u.test(text)) return { ok: false, reason: 'the text holds U+007F (DEL), which the workbook cannot keep' };
      if (LONE_SURROGATE.test(text)) return { ok: false, reason: 'the text holds a lone UTF-16 surrogate, which is not a character' };
      return { ok: true, value: text };
  }
};

/**
 * A text as the workbook must store it so that a spreadsheet gets it back unchanged. OOXML strings
 * use `_xHHHH_` for characters XML cannot carry (ECMA-376 ST_Xstring); exceljs neither escapes a
 * literal `_xHHHH_` (a reader would decode it) nor keeps a carriage return (an XML reader turns
 * CR and CRLF into LF) nor keeps control characters (it drops them). So: a `_` that starts
 * `_xHHHH_` becomes `_x005F_`, and CR and the other control characters but tab and LF become their
 * `_xHHHH_` form, as Excel itself writes them and LibreOffice reads them. (openpyxl 3.0 decodes
 * only `_x005F_`: it shows the others as written.)
 */
export const escapeOoxmlText = (text: string): string =>
  text
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/gu, '_x005F_')
    .replace(/[\u0000-\u0008\u000B-\u001F]/gu, (character) => `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);

/** Columns of East Asian wide characters take two character widths. */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;
const displayWidth = (text: string) => [...text].reduce((width, character) => width + (WIDE.test(character) ? 2 : 1), 0);

/** A column's width: its widest line plus a margin, between MIN_WIDTH and MAX_WIDTH. */
export const columnWidth = (texts: readonly string[]): number =>
  Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, ...texts.flatMap((text) => text.split('\n').map((line) => displayWidth(line) + 2))));

/** Lines a wrapped text takes in a column of the given width (a slight overestimate, so nothing hides). */
const wrappedLines = (text: string, width: number) => text.split('\n').reduce((lines, line) => lines + Math.max(1, Math.ceil(displayWidth(line) / (width - 1))), 0);

const rowHeight = (lines: number) => Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT);

const NUMBER_FORMAT: Record<Column['type'], string> = { integer: '0', number: 'General', boolean: 'General', date: 'yyyy-mm-dd', string: '@' };

/** One table as a sheet: typed cells, bold frozen header with a filter, fitted widths, wrapped long text. */
const addTableSheet = (workbook: ExcelJS.Workbook, table: Table, cells: readonly (readonly string[])[]) => {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2', activeCell: 'A2' }] });
  const widths = table.columns.map((_, index) => columnWidth(cells.map((row) => row[index] ?? '')));
  table.columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = widths[index] ?? MIN_WIDTH;
    sheetColumn.numFmt = NUMBER_FORMAT[column.type];
    sheetColumn.alignment = { vertical: 'top', wrapText: (widths[index] ?? 0) >= MAX_WIDTH };
  });
  cells.forEach((row, rowIndex) => {
    const sheetRow = sheet.getRow(rowIndex + 1);
    let lines = 1;
    row.forEach((text, index) => {
      const column = table.columns[index];
      if (column === undefined || text === '') return;
      const cell = sheetRow.getCell(index + 1);
      if (rowIndex === 0) {
        cell.value = escapeOoxmlText(text);
        cell.style = { font: { bold: true }, numFmt: '@', alignment: { vertical: 'top' } };
        return;
      }
      const typed = typedCell(column, text);
      // workbookProblems has refused such a cell before any sheet is made.
      if (!typed.ok) throw new Error(`${table.name} row ${rowIndex + 1} column ${column.name}: ${typed.reason}`);
      cell.value = typeof typed.value === 'string' ? escapeOoxmlText(typed.value) : typed.value;
      const width = widths[index] ?? MAX_WIDTH;
      if (width >= MAX_WIDTH) lines = Math.max(lines, wrappedLines(text, width));
    });
    if (lines > 1) sheetRow.height = rowHeight(lines);
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, table.columns.length) } };
};

const describeForeignKeys = (table: Table, tables: readonly Table[]) =>
  foreignKeys(table, tables)
    .map((key) => `${key.fields.join(', ')} → ${key.reference.resource ?? table.name}.${key.reference.fields.join(', ')}`)
    .join('; ');

export interface WorkbookInputs {
  readonly tables: readonly Table[];
  readonly rows: ReadonlyMap<string, readonly Row[]>;
  /** The source documents, which the first sheet cites. */
  readonly sources: readonly SourceDocument[];
}

/**
 * The first sheet, as label and text pairs and then one row per sheet; generated from the package
 * facts, the sources and the table metadata, so it says what the other sheets hold today.
 */
export const aboutSheetRows = ({ tables, rows, sources }: WorkbookInputs): { readonly facts: readonly (readonly [string, string])[]; readonly sheets: readonly (readonly (string | number)[])[] } => ({
  facts: [
    ['What this is', `${packageDescription} Version ${packageVersion} of the data package ${packageName}, made by its build from the same records as its CSV and JSON files.`],
    ...sources.map((source): [string, string] => [
      'Source',
      `${[source.title, source.attribution].filter((part) => part !== undefined).join(' ')}: ${source.path === undefined ? (source.url ?? '') : versionedFileUrl(source.path)}`,
    ]),
    ['License', `${packageLicense}: the code and the structure of the records. The quoted text is from the source document, credited as the source says.`],
    [
      'How to read it',
      'Each sheet after this one is one table, named as its CSV file (csv/TABLE.csv) and with the same header and rows. Integer columns hold numbers and date columns dates (shown yyyy-mm-dd); every other cell is text exactly as published, never converted (a date written out, such as “January 9, 2020”, stays text). A blank cell is an absent value. Tables join on their key columns and on the columns that refer to another sheet, listed below; the data dictionary in the package README describes every column.',
    ],
    ['Also as', 'CSV (csv/, and csv/excel/ with a byte order mark), JSON, a SQLite database (sqlite/) and a Frictionless Data Package (datapackage.json).'],
  ],
  sheets: [
    ['Sheet', 'Rows', 'Key', 'Refers to', 'What it holds'],
    ...tables.map((table) => [table.name, rows.get(table.name)?.length ?? 0, table.primaryKey.join(', '), describeForeignKeys(table, tables), table.description]),
  ],
});

const ABOUT_WIDTHS = [28, 8, 30, 44, 80];

const addAboutSheet = (workbook: ExcelJS.Workbook, inputs: WorkbookInputs) => {
  const sheet = workbook.addWorksheet(ABOUT_SHEET);
  ABOUT_WIDTHS.forEach((width, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = width;
    column.numFmt = index === 1 ? '0' : '@';
    column.alignment = { vertical: 'top', wrapText: true };
  });
  const { facts, sheets } = aboutSheetRows(inputs);
  const title = sheet.getCell(1, 1);
  title.value = escapeOoxmlText(DATAPACKAGE_TITLE);
  title.style = { font: { bold: true, size: 14 }, numFmt: '@', alignment: { vertical: 'top' } };
  sheet.getRow(1).height = 20;
  // Each fact: its label in A, its text in B:E merged and wrapped.
  const factWidth = ABOUT_WIDTHS.slice(1).reduce((sum, width) => sum + width, 0);
  facts.forEach(([label, text], index) => {
    const rowNumber = index + 3;
    const labelCell = sheet.getCell(rowNumber, 1);
    labelCell.value = escapeOoxmlText(label);
    labelCell.font = { bold: true };
    sheet.mergeCells(rowNumber, 2, rowNumber, ABOUT_WIDTHS.length);
    sheet.getCell(rowNumber, 2).value = escapeOoxmlText(text);
    sheet.getRow(rowNumber).height = rowHeight(wrappedLines(text, factWidth));
  });
  const first = facts.length + 4;
  sheets.forEach((values, index) => {
    const row = sheet.getRow(first + index);
    values.forEach((value, column) => {
      if (value === '') return;
      row.getCell(column + 1).value = typeof value === 'string' ? escapeOoxmlText(value) : value;
      if (index === 0) row.getCell(column + 1).font = { bold: true };
    });
    const lines = values.map((value, column) => (typeof value === 'string' ? wrappedLines(value, ABOUT_WIDTHS[column] ?? MAX_WIDTH) : 1));
    row.height = rowHeight(Math.max(...lines));
  });
};

/** Application name for docProps/app.xml, instead of the "Microsoft Excel" exceljs writes there. */
const APPLICATION = `${packageName} build (exceljs)`;

/** Replaces exactly one match, and fails if there is none: a changed exceljs must not go unnoticed. */
const replaceOnce = (text: string, pattern: RegExp, replacement: string, what: string) => {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))?.length ?? 0;
  if (matches !== 1) throw new Error(`xlsx: expected one ${what} in what exceljs wrote, found ${matches}`);
  return text.replace(pattern, replacement);
};

/**
 * The same package with nothing that depends on when or where it was made: exceljs (through JSZip)
 * stamps every zip entry with the current time and adds folder entries; here each file is stored
 * again in the same order with FIXED_TIMESTAMP, no folder entries, DOS attributes and DEFLATE at a
 * fixed level. docProps/app.xml names this build instead of "Microsoft Excel 16.0300".
 */
export const reproducibleZip = async (written: Uint8Array): Promise<Uint8Array> => {
  const source = await JSZip.loadAsync(written);
  const zip = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    let content: string | Uint8Array = await entry.async('uint8array');
    if (entry.name === 'docProps/app.xml') {
      let xml = Buffer.from(content).toString('utf8');
      xml = replaceOnce(xml, /<Application>[^<]*<\/Application>/u, `<Application>${APPLICATION}</Application>`, 'Application');
      xml = replaceOnce(xml, /<AppVersion>[^<]*<\/AppVersion>/u, '', 'AppVersion');
      content = xml;
    }
    zip.file(entry.name, content, { date: FIXED_TIMESTAMP, createFolders: false });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
};

export type WorkbookResult = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly problems: readonly BuildProblem[] };

/**
 * Every problem that keeps the tables out of a workbook, before anything is written: formula-like
 * cells (the CSV guard), spreadsheet limits, sheet names, and cells their column type cannot hold.
 */
export const workbookProblems = ({ tables, rows }: Pick<WorkbookInputs, 'tables' | 'rows'>): BuildProblem[] => {
  const names = new Set([ABOUT_SHEET.toLowerCase()]);
  return tables.flatMap((table) => {
    const tableRows = rows.get(table.name) ?? [];
    // A table too long for a sheet is refused as a whole: its cells need no look.
    const tooLong = rowLimitProblems(table.name, tableRows.length + 1);
    if (tooLong.length > 0) return tooLong;
    const cells = tableCells(table, tableRows);
    const problems = [
      ...formulaInjectionProblems(table.name, [`${XLSX_PATH} (sheet ${table.name})`], cells),
      ...spreadsheetLimitProblems(table.name, cells),
    ];
    if (names.has(table.name.toLowerCase())) problems.push(problem(table.name, '', `two sheets would be called "${table.name}" (sheet names ignore case, and "${ABOUT_SHEET}" is the first sheet's)`));
    names.add(table.name.toLowerCase());
    cells.slice(1).forEach((row, rowIndex) =>
      table.columns.forEach((column, index) => {
        const typed = typedCell(column, row[index] ?? '');
        if (!typed.ok) problems.push(problem(table.name, `, row ${rowIndex + 2}, column ${column.name}`, `${typed.reason}; the workbook would show another value, so it is not written.`));
      }),
    );
    return problems;
  });
};

/** The workbook's bytes, or every problem that keeps the tables out of it (nothing half-written). */
export const buildWorkbook = async (inputs: WorkbookInputs): Promise<WorkbookResult> => {
  const problems = workbookProblems(inputs);
  if (problems.length > 0) return { ok: false, problems };
  const workbook = new ExcelJS.Workbook();
  // Fixed document properties: nothing of the machine or the time of the build.
  workbook.creator = packageName;
  workbook.lastModifiedBy = packageName;
  workbook.created = FIXED_TIMESTAMP;
  workbook.modified = FIXED_TIMESTAMP;
  workbook.title = DATAPACKAGE_TITLE;
  workbook.subject = packageDescription;
  workbook.keywords = packageKeywords.join(', ');
  addAboutSheet(workbook, inputs);
  for (const table of inputs.tables) addTableSheet(workbook, table, tableCells(table, inputs.rows.get(table.name) ?? []));
  const written = await workbook.xlsx.writeBuffer();
  return { ok: true, bytes: await reproducibleZip(new Uint8Array(written)) };
};
