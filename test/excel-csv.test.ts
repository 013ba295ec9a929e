/**
 * The Excel CSV files (csv/excel/) and the formula-injection guard that covers every CSV cell.
 * LibreOffice reading the Excel files back is in libreoffice.test.ts.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as data from '../data/index.ts';
import { loadDatasets } from '../scripts/compiler/load.ts';
import { parse } from 'csv-parse/sync';
import { main } from '../scripts/build.ts';
import { FORMULA_TRIGGERS, formulaInjectionProblems } from '../scripts/compiler/formula-guard.ts';
import { formulaTrigger, looksLikeFormula } from '../src/cells.ts';
import { formatProblem } from '../scripts/compiler/check-records.ts';
import { buildJsonSchemas } from '../scripts/compiler/json-schema.ts';
import { deriveAllTables } from '../scripts/compiler/tables.ts';
import { XLSX_PATH } from '../scripts/compiler/xlsx.ts';
import { clone, distDir } from './helpers.ts';

const tables = deriveAllTables(buildJsonSchemas());
const raw = () => clone(loadDatasets()) as unknown as Record<string, any[]>;

describe('Excel CSV files', () => {
  it('are exactly one per table, next to the plain ones', () => {
    expect(readdirSync(join(distDir, 'csv/excel')).sort()).toEqual(tables.map((table) => `${table.name}.csv`).sort());
  });

  it.each(tables.map((table) => table.name))('excel/%s.csv is the plain file after a UTF-8 BOM, with CRLF line ends', (name) => {
    const excel = readFileSync(join(distDir, `csv/excel/${name}.csv`));
    const plain = readFileSync(join(distDir, `csv/${name}.csv`));
    expect([...excel.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(excel.subarray(3).equals(plain)).toBe(true);
    expect(excel.toString('utf8').replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });
});

describe('the formula-injection guard', () => {
  it('passes the published data', () => {
    for (const name of readdirSync(join(distDir, 'csv')).filter((file) => file.endsWith('.csv'))) {
      const cells = parse(readFileSync(join(distDir, 'csv', name))) as string[][];
      expect(cells.length, name).toBeGreaterThan(0);
      expect(formulaInjectionProblems(name, [`csv/${name}`], cells), name).toEqual([]);
    }
  });

  it.each(FORMULA_TRIGGERS.map((character) => [JSON.stringify(character), character]))('refuses a cell that begins with %s', (_label, character) => {
    const cells = [['id', 'text'], ['a', `${character}SUM(1,2)`]];
    expect(formulaInjectionProblems('t', ['csv/t.csv'], cells).map(formatProblem)).toEqual([
      expect.stringMatching(/^csv\/t\.csv table t, row 2, column text: the value ".*SUM\(1,2\)" begins with .* which a spreadsheet may run as a formula/),
    ]);
  });

  it('refuses a signed number too, which the validator only leaves out of its warning: one rule, its one difference a stated setting', () => {
    expect(formulaInjectionProblems('t', ['csv/t.csv'], [['id', 'n'], ['a', '-5']]).map(formatProblem)).toEqual([expect.stringContaining('the value "-5" begins with "-" (U+002D)')]);
    expect([formulaTrigger('-5', 'any-trigger'), formulaTrigger('-5', 'numbers-excepted'), looksLikeFormula('-5')]).toEqual(['-', undefined, false]);
    for (const cell of ['-2+3', '=1', '＝1', '\t1']) expect([formulaTrigger(cell, 'any-trigger'), looksLikeFormula(cell)], cell).toEqual([cell.charAt(0), true]);
  });

  it('accepts those characters anywhere but at the start, and an empty cell', () => {
    expect(formulaInjectionProblems('t', ['csv/t.csv'], [['id', 'text'], ['a', 'Medium- and Long-term, R&D = 1+1 @ 2'], ['b', '']])).toEqual([]);
  });

  it('checks the header row too', () => {
    expect(formulaInjectionProblems('t', ['csv/t.csv'], [['=id']]).map(formatProblem)).toEqual([
      'csv/t.csv table t, row 1, column =id: the value "=id" begins with "=" (U+003D), which a spreadsheet may run as a formula. The build does not alter data: reword the value in data/ or change how this field is written.',
    ]);
  });

  it('fails the build for a record that would inject a formula, names file, table, row, column and value (the workbook too), and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guard-'));
    const distPath = join(dir, 'dist');
    mkdirSync(distPath);
    writeFileSync(join(distPath, 'keep.txt'), 'previous build');
    writeFileSync(join(dir, 'README.md'), 'readme');
    const broken = raw();
    // Quotations must match the source (the build checks that first): break editorial text instead.
    const [person, organization] = [broken['people']![0], broken['organizations']![0]];
    person.otherNames[0].citation = '=HYPERLINK("https://example.com","click")';
    organization.editorial.officialName.value = '＠Ministry';
    /** The CSV row of a record: records are published sorted by id, after the header row. */
    const rowOf = (records: { id: string }[], id: string) => records.map((record) => record.id).sort().indexOf(id) + 2;
    const errors: string[] = [];
    const code = await main({ raw: broken as never, distDir: distPath, readmePath: join(dir, 'README.md'), log: () => {}, error: (line) => errors.push(line) });
    expect(code).toBe(1);
    expect(errors.join('\n')).toContain(
      `csv/person_other_names.csv and csv/excel/person_other_names.csv table person_other_names, row 2, column citation: the value "=HYPERLINK(\\"https://example.com\\",\\"click\\")" begins with "=" (U+003D)`,
    );
    expect(errors.join('\n')).toContain(
      `csv/organizations.csv and csv/excel/organizations.csv table organizations, row ${rowOf(data.organizations, organization.id)}, column editorial_official_name_value: the value "＠Ministry" begins with "＠" (U+FF20)`,
    );
    expect(errors.join('\n')).toContain(`${XLSX_PATH} (sheet person_other_names) table person_other_names, row 2, column citation: the value "=HYPERLINK(`);
    expect(readdirSync(distPath)).toEqual(['keep.txt']);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe('readme');
  });
});
