/**
 * The CSV fast path (scripts/compiler/row-cells.ts and csv-table.ts): a row it takes as valid is a
 * row the full path takes as valid, and a report does not depend on which path each row took. Each
 * property is also run against a deliberately loosened check, and must fail there: a property that
 * cannot fail would prove nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import compiled from 'virtual:compiled-validators';
import { patternTests } from 'virtual:validators-row-cells';
import { describe, expect, it } from 'vitest';
import { writeRecords, type BrokenRecord } from '../scripts/bench/generate.ts';
import { rowCellsModule } from '../scripts/compiler/row-cells.ts';
import { rowSchema } from '../scripts/compiler/validator-bundle.ts';
import { buildJsonSchemas } from '../scripts/compiler/json-schema.ts';
import { deriveAllTables } from '../scripts/compiler/tables.ts';
import type { JsonSchema } from '../scripts/compiler/json-schema.ts';
import type { CompiledModule, RowCellsFactory, TableInfo } from '../src/validate/compiled.ts';
import { typedCell } from '../src/validate/csv-table.ts';
import { checkChunks, type ValidatorDeps } from '../src/validate/input.ts';
import { Ledger } from '../src/validate/ledger.ts';
import { decodeUtf8, utf8BytesStage } from '../src/validate/node-input.ts';
import type { ValidationReport } from '../src/validate/types.ts';
import { distDir } from './helpers.ts';

const tables = new Map(compiled.tables.map((table) => [table.name, table]));
const tableOf = (name: string) => tables.get(name) as TableInfo;

/** The package's own rows of each table: the seeds that mutations start from. */
const published = new Map(
  compiled.tables.map((table) => {
    const [header = [], ...rows] = parse(readFileSync(join(distDir, `csv/${table.name}.csv`)), { relax_column_count: true }) as string[][];
    return [table.name, { header, rows }];
  }),
);
const tableNames = compiled.tables.map((table) => table.name).filter((name) => (published.get(name)?.rows.length ?? 0) > 0);

/** Cells a row of this package can hold, and cells just beside what its schemas allow. */
const cellValue = fc.oneof(
  fc.constantFrom(
    '', ' ', 'x', ' x', 'x ', 'a\nb', 'a\rb', 'a\r\nb', '\u2028', 'a\u0085b', '\u00a0x', 'x\ufeff', '\tx', 'x\u001f', '\u0000', 'a\u0007b',
    '0', '1', '-1', '-0', '01', '1.0', '1.5', '.5', '1.', '1e3', '+1', '10000', '10001', '99999999999999999999', '1'.repeat(400), 'NaN', 'Infinity',
    'true', 'false', 'TRUE', '2020-02-29', '2021-02-29', '2020-02-30', '2020-13-01', '2020-00-10', '2020-01-00', '2020-1-01', '0000-02-29', '1900-02-29',
    '2000-02-29', '2100-02-29', '２020-01-01', '2020-01-01 ', '2020/01/01', 'CN', 'XX', 'cn', 'ZZ', 'C', 'CNN', 'Asia/Shanghai', 'Mars/Base', 'UTC', 'Q1', 'Q0', 'Q01',
    'wang-zhigang', 'Wang', 'a--b', '-a', 'a-', 'a', 'in-person', 'online', 'mixed', 'lines', 'pages', 'en', 'zh-Hans', 'text/plain', 'https://example.org/x',
    '𠀋'.repeat(40), '𠀋'.repeat(101), '𠀋'.repeat(201), 'a'.repeat(21), 'a'.repeat(65), 'a'.repeat(81), 'a'.repeat(101), 'a'.repeat(201), 'a'.repeat(501), 'a'.repeat(4001),
    '=1+1', '+CN', '-x', '@x', '＝x',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('a', 'z', '0', '9', '-', '.', ' ', 'Q', 'A', '/'), maxLength: 12 }),
);

/** A header: the table's columns in some order, some optional ones left out, perhaps an unknown one. */
const headerOf = (table: TableInfo, order: readonly number[], keep: readonly boolean[], extra: boolean): string[] => {
  const names = table.columns.map((column, index) => ({ name: column.name, key: order[index] ?? index, kept: column.required || (keep[index] ?? true) }));
  const header = names.filter((column) => column.kept).sort((a, b) => a.key - b.key).map((column) => column.name);
  return extra ? [...header, 'not_a_column'] : header;
};

/** A row of `table` under `header`: a published row's cells moved to their columns, then mutated. */
const cellsOf = (name: string, header: readonly string[], pick: number, mutations: readonly Mutation[]): string[] => {
  const seed = published.get(name) as { header: string[]; rows: string[][] };
  const row = seed.rows[pick % seed.rows.length] ?? [];
  const cells = header.map((column) => row[seed.header.indexOf(column)] ?? 'x');
  for (const change of mutations) {
    if ('column' in change) {
      if (header.includes(change.column)) cells[header.indexOf(change.column)] = change.value;
    } else {
      // A cell from another column of the same row (a date where a slug goes), or a new value.
      cells[change.at % cells.length] = change.from === undefined ? change.value : (row[change.from % row.length] ?? '');
    }
  }
  return cells;
};

/** A cell the record rules read, set to a value that may break them (an end before its start, a country or time zone that does not exist). */
const ruleMutation = fc.record({
  column: fc.constantFrom('start_date', 'end_date', 'source_locator_line_start', 'source_locator_line_end', 'source_locator_page_start', 'source_locator_page_end', 'place_country_code', 'country_code', 'place_editorial_time_zone_value'),
  value: fc.constantFrom('', '1999-12-31', '2020-01-09', '2020-01-10', '2020-01-11', '2030-06-30', '1', '2', '9', '74', '75', '200', '10001', '0', 'CN', 'FI', 'XX', 'ZZ', 'UTC', 'Asia/Shanghai', 'Europe/Helsinki', 'Mars/Base', 'Etc/GMT+13', 'Asia/Shanghai/X'),
});
type Mutation = { at: number; value: string; from?: number | undefined } | { column: string; value: string };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(fc.record({ at: fc.nat(), value: cellValue, from: fc.option(fc.nat(), { nil: undefined }) }, { requiredKeys: ['at', 'value'] }), ruleMutation);
/** Record tables more often than child tables: their rows have the most columns and the record rules. */
const tableName = fc.oneof({ arbitrary: fc.constantFrom(...tableNames), weight: 1 }, { arbitrary: fc.constantFrom('meetings', 'organizations', 'people', 'sources'), weight: 1 });
const rowCase = fc.record({
  table: tableName,
  order: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
  keep: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
  extra: fc.boolean(),
  pick: fc.nat(),
  mutations: fc.array(mutation, { maxLength: 3 }),
});

/** The row object the full path builds from the cells (csv-table.ts's checkRow). */
const rowObject = (table: TableInfo, header: readonly string[], cells: readonly string[]) => {
  const row: Record<string, unknown> = {};
  header.forEach((name, index) => {
    const column = table.columns.find((candidate) => candidate.name === name);
    const cell = cells[index] ?? '';
    if (column !== undefined && cell !== '') row[column.name] = typedCell(cell, column);
  });
  return row;
};

/** Runs the property "the fast check passes ⇒ the row validator passes" with the given checks. */
const fastImpliesFull = (factories: Readonly<Record<string, RowCellsFactory>>, numRuns: number) => {
  let accepted = 0;
  const result = fc.check(
    fc.property(rowCase, ({ table: name, order, keep, extra, pick, mutations }) => {
      const table = tableOf(name);
      const header = headerOf(table, order, keep, extra);
      const cells = cellsOf(name, header, pick, mutations);
      const factory = factories[name];
      if (factory === undefined || !factory((column) => header.indexOf(column))(cells)) return true;
      accepted += 1;
      return compiled.rowsFast[name]?.(rowObject(table, header, cells)) === true;
    }),
    { numRuns, seed: 20261202 },
  );
  return { failed: result.failed, accepted, counterexample: result.counterexample };
};

/** The generated checks, from the row schemas changed by `change` (for the loosened checks). */
const generatedChecks = (change: (schema: JsonSchema) => JsonSchema): Record<string, RowCellsFactory> => {
  const schemas = buildJsonSchemas();
  const rows = Object.fromEntries(deriveAllTables(schemas).map((table) => [table.name, change(rowSchema(table))]));
  const text = rowCellsModule(rows).replace('export const patternTests', 'const patternTests').replace('export default', 'return');
  return new Function(text)() as Record<string, RowCellsFactory>;
};

const withoutKeyword = (keyword: string) => (schema: JsonSchema): JsonSchema => ({
  ...schema,
  properties: Object.fromEntries(Object.entries(schema['properties'] as Record<string, JsonSchema>).map(([name, cell]) => [name, Object.fromEntries(Object.entries(cell).filter(([key]) => key !== keyword))])),
});

describe('the generated pattern tests', () => {
  /** Strings near each pattern: built from the characters that matter to it, and any string. */
  const near = (pattern: string) => {
    const characters = [...new Set([...pattern.replace(/\\[dDsSwW]/gu, '').replace(/\\u([0-9a-f]{4})/gu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))].concat([...'0123456789-.az AZ\n\u2028\u00a0']))];
    return fc.oneof(fc.string({ unit: fc.constantFrom(...characters), maxLength: 14 }), fc.string({ maxLength: 14 }), fc.string({ unit: 'binary', maxLength: 6 }));
  };

  it('decide as their patterns do', () => {
    expect(patternTests.length).toBeGreaterThan(3);
    for (const [pattern, test] of patternTests) {
      const regex = new RegExp(pattern);
      fc.assert(fc.property(near(pattern), (value) => test(value) === regex.test(value)), { numRuns: 3000, seed: 7 });
    }
  });

  it('decide every date of four centuries as the date pattern does', () => {
    const [pattern, isDate] = patternTests.find(([candidate]) => candidate.includes('02-29')) ?? [];
    expect(isDate).toBeDefined();
    const regex = new RegExp(pattern ?? '');
    let checked = 0;
    for (let year = 1800; year <= 2400; year += 1) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          if (isDate?.(date) !== regex.test(date)) throw new Error(`${date}: the date test and the pattern disagree`);
          checked += 1;
        }
      }
    }
    for (const year of ['0000', '0004', '0100', '0400', '1600', '9996', '9999']) {
      for (const date of [`${year}-02-28`, `${year}-02-29`, `${year}-02-30`]) expect(isDate?.(date)).toBe(regex.test(date));
    }
    expect(checked).toBeGreaterThan(200_000);
  });
});

describe('the fast check of a row', () => {
  it('accepts every published row', () => {
    for (const table of compiled.tables) {
      const { header, rows } = published.get(table.name) as { header: string[]; rows: string[][] };
      const check = compiled.rowCells[table.name]?.((column) => header.indexOf(column));
      for (const row of rows) expect(check?.(row), `${table.name}: ${row.join(',')}`).toBe(true);
    }
  });

  it('accepts only rows that the row validator accepts', () => {
    const { failed, accepted, counterexample } = fastImpliesFull(compiled.rowCells, 4000);
    expect(counterexample).toBeNull();
    expect(failed).toBe(false);
    // Not vacuous: many of the rows were taken by the fast path.
    expect(accepted).toBeGreaterThan(400);
  });

  it('is caught when it checks less than the schema (loosened checks fail the property)', () => {
    for (const keyword of ['maxLength', 'pattern', 'enum', 'maximum']) {
      expect(fastImpliesFull(generatedChecks(withoutKeyword(keyword)), 4000).failed, `without ${keyword}`).toBe(true);
    }
    const withoutRequired = generatedChecks((schema) => ({ ...schema, required: [] }));
    expect(fastImpliesFull(withoutRequired, 4000).failed).toBe(true);
    const withoutGroups = generatedChecks(({ allOf: _allOf, ...schema }) => schema);
    expect(fastImpliesFull(withoutGroups, 4000).failed).toBe(true);
  });
});

describe('reports do not depend on the path a row took', () => {
  const deps = (module: CompiledModule): ValidatorDeps => ({ compiled: module, decode: decodeUtf8, csvInput: utf8BytesStage });
  const fastDeps = deps(compiled);
  /** The same validator with no fast checks: every row takes the full path. */
  const fullDeps = deps({ ...compiled, rowCells: {} });

  /** The record tables before the table, and its parents: what it refers to, complete. */
  const before = (name: string): string[] => {
    const parents: string[] = [];
    for (let table = tableOf(name).parent; table !== undefined; table = tableOf(table).parent) parents.unshift(table);
    return [...['organizations', 'people', 'sources', 'meetings'].filter((table) => table !== name && !parents.includes(table)), ...parents];
  };

  const report = async (module: ValidatorDeps, files: readonly { name: string; bytes: Uint8Array }[], maxErrors: number): Promise<ValidationReport> => {
    const ledger = new Ledger(maxErrors);
    for (const { name, bytes } of files) {
      await checkChunks(ledger, module, {
        file: `${name}.csv`,
        format: 'csv',
        schema: 'meeting',
        table: name,
        chunks: (async function* chunks() {
          yield bytes;
        })(),
      });
    }
    return ledger.report();
  };

  const fileCase = fc.record({
    table: tableName,
    order: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
    keep: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
    extra: fc.boolean(),
    rows: fc.array(fc.record({ pick: fc.nat(), mutations: fc.array(mutation, { maxLength: 2 }) }), { minLength: 1, maxLength: 8 }),
    withParents: fc.boolean(),
    maxErrors: fc.constantFrom(1, 3, 1000),
  });

  const filesOf = ({ table: name, order, keep, extra, rows, withParents }: typeof fileCase extends fc.Arbitrary<infer T> ? T : never) => {
    const header = headerOf(tableOf(name), order, keep, extra);
    const text = stringify([header, ...rows.map(({ pick, mutations }) => cellsOf(name, header, pick, mutations))]);
    const context = withParents ? before(name).map((table) => ({ name: table, bytes: readFileSync(join(distDir, `csv/${table}.csv`)) })) : [];
    return [...context, { name, bytes: Buffer.from(text) }];
  };

  /** Runs the property "both paths give the same report", the fast path given by `fast`. */
  const sameReports = async (fast: ValidatorDeps, numRuns: number) =>
    fc.check(
      fc.asyncProperty(fileCase, async (input) => {
        const files = filesOf(input);
        const [one, other] = [await report(fast, files, input.maxErrors), await report(fullDeps, files, input.maxErrors)];
        return JSON.stringify(one) === JSON.stringify(other);
      }),
      { numRuns, seed: 42 },
    );

  it('on mutated rows of every table, with and without the tables they refer to', async () => {
    const result = await sameReports(fastDeps, 600);
    expect(result.counterexample).toBeNull();
    expect(result.failed).toBe(false);
  });

  it('on the published files, and on generated meetings with errors put in', async () => {
    for (const table of compiled.tables) {
      const files = [...before(table.name).map((name) => ({ name, bytes: readFileSync(join(distDir, `csv/${name}.csv`)) })), { name: table.name, bytes: readFileSync(join(distDir, `csv/${table.name}.csv`)) }];
      expect(JSON.stringify(await report(fastDeps, files, 100))).toBe(JSON.stringify(await report(fullDeps, files, 100)));
    }
    const dir = mkdtempSync(join(tmpdir(), 'csv-fast-path-'));
    try {
      const broken = new Map<number, BrokenRecord>([[5, 'unknown-field'], [30, 'line-break'], [31, 'line-break'], [50, 'bad-date'], [70, 'long-string']]);
      await writeRecords(join(dir, 'meetings.csv'), 3000, 'csv', { broken });
      await writeRecords(join(dir, 'invalid.csv'), 300, 'csv', { invalid: true, seed: 2 });
      for (const file of ['meetings.csv', 'invalid.csv']) {
        const files = [{ name: 'meetings', bytes: readFileSync(join(dir, file)) }];
        const fast = await report(fastDeps, files, 1_000_000);
        expect(fast.invalidRecords).toBeGreaterThan(3);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(await report(fullDeps, files, 1_000_000)));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is caught when the fast path takes a row it should not (a check that accepts all fails the property)', async () => {
    const acceptAll = Object.fromEntries(compiled.tables.map((table) => [table.name, () => () => true]));
    const result = await sameReports(deps({ ...compiled, rowCells: acceptAll }), 600);
    expect(result.failed).toBe(true);
  });
});
