/**
 * dist/sqlite/china-st-meetings.sqlite read back by Python's sqlite3 (the system SQLite, not the
 * sql.js that wrote it): every table, column type, key, foreign key and row against the CSV files
 * and datapackage.json; the views against joins made here from the CSV files; the pragmas that make
 * the file reproducible; the README's SQL example. One synthetic database covers what the records
 * do not hold (64-bit integers, CR, control characters, booleans) and what the build must refuse.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../scripts/compiler/check-records.ts';
import { buildDatabase, LABEL_COLUMNS, SQLITE_PAGE_SIZE, SQLITE_PATH, sqliteUserVersion, VIEW_SUFFIX } from '../scripts/compiler/sqlite.ts';
import type { Column, Row, Table } from '../scripts/compiler/flatten.ts';
import type { ForeignKey } from './datapackage-checks.ts';
import { distDir, readDistJson, rootDir } from './helpers.ts';

interface Resource {
  readonly name: string;
  readonly type?: string;
  readonly path: string;
  readonly schema: {
    readonly fields: readonly { readonly name: string; readonly type: string; readonly constraints: { readonly required?: boolean } }[];
    readonly primaryKey: readonly string[];
    readonly foreignKeys?: readonly ForeignKey[];
  };
}
const resources = (readDistJson('datapackage.json') as { resources: Resource[] }).resources.filter((resource) => resource.type === 'table');
const csvRows = (resource: Resource): string[][] => (parse(readFileSync(join(distDir, resource.path)), { bom: false }) as string[][]).slice(1);
const byName = new Map(resources.map((resource) => [resource.name, resource]));

/** A cell as Python's sqlite3 returned it: its Python type and its str(), or null for NULL. */
type PyCell = [string, string] | null;
interface PyDatabase {
  readonly header: { readonly writeVersion: number; readonly readVersion: number };
  readonly pragmas: Record<string, unknown>;
  readonly tables: Record<string, { columns: [number, string, string, number, unknown, number][]; foreignKeys: [number, number, string, string, string][]; rows: PyCell[][] }>;
  readonly views: Record<string, { columns: string[]; rows: PyCell[][] }>;
  readonly queries: string[][];
}

/** Reads each database named in the JSON on stdin, and runs the given queries on the first. */
const SQLITE_DUMP = String.raw`
import json, sqlite3, sys
job = json.load(sys.stdin)

def cell(value):
    return None if value is None else [type(value).__name__, str(value)]

def dump(path, queries):
    with open(path, 'rb') as file:
        header = file.read(100)
    db = sqlite3.connect('file:' + path + '?mode=ro', uri=True)
    one = lambda sql: db.execute(sql).fetchone()[0]
    out = {
        'header': {'writeVersion': header[18], 'readVersion': header[19]},
        'pragmas': {
            'page_size': one('PRAGMA page_size'), 'user_version': one('PRAGMA user_version'),
            'journal_mode': one('PRAGMA journal_mode'), 'encoding': one('PRAGMA encoding'),
            'freelist_count': one('PRAGMA freelist_count'), 'auto_vacuum': one('PRAGMA auto_vacuum'),
            'foreign_key_check': db.execute('PRAGMA foreign_key_check').fetchall(),
            'integrity_check': [row[0] for row in db.execute('PRAGMA integrity_check')],
        },
        'tables': {}, 'views': {}, 'queries': [],
    }
    for name, kind in db.execute("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY rowid"):
        quoted = '"' + name.replace('"', '""') + '"'
        if kind == 'table':
            out['tables'][name] = {
                'columns': db.execute('PRAGMA table_info(' + quoted + ')').fetchall(),
                'foreignKeys': [row[:5] for row in db.execute('PRAGMA foreign_key_list(' + quoted + ')')],
                'rows': [[cell(value) for value in row] for row in db.execute('SELECT * FROM ' + quoted + ' ORDER BY rowid')],
            }
        else:
            cursor = db.execute('SELECT * FROM ' + quoted)
            out['views'][name] = {'columns': [d[0] for d in cursor.description], 'rows': [[cell(value) for value in row] for row in cursor]}
    for sql in queries:
        out['queries'].append(['|'.join('' if value is None else str(value) for value in row) for row in db.execute(sql)])
    return out

json.dump([dump(path, job['queries'] if index == 0 else []) for index, path in enumerate(job['paths'])], sys.stdout, ensure_ascii=False)
`;

// The SQL examples: each ```sql block of the README and of docs/, run as written, prints its `-- → ` lines
// (test/readme.test.ts leaves them to this test).
const pages = ['README.md', ...readdirSync(join(rootDir, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
const sqlBlocks = pages.flatMap((page) => [...readFileSync(join(rootDir, page), 'utf8').matchAll(/^```sql\n([\s\S]*?)^```$/gmu)].map((match) => match[1] ?? ''));
const shownOutput = (block: string) => block.split('\n').filter((line) => line.startsWith('-- → ')).map((line) => line.slice('-- → '.length));

// --- a synthetic pair of tables with what the records do not have ------------------------------
const column = (name: string, type: Column['type'], extra: Partial<Column> = {}): Column => ({
  name,
  type,
  description: `The ${name}.`,
  required: false,
  jsonPath: '',
  path: [name],
  role: 'field',
  verbatim: false,
  ...extra,
});
const things: Table = {
  name: 'things',
  description: 'Synthetic records.',
  recordKind: 'thing',
  arrayPath: [],
  columns: [
    column('id', 'string', { required: true }),
    column('name', 'string'),
    column('count', 'integer'),
    column('flag', 'boolean'),
    column('day', 'date'),
    column('kind', 'string', { enum: ['a', "it's"] }),
    column('owner_id', 'string', { references: 'things' }),
  ],
  primaryKey: ['id'],
  parentKeyColumns: [],
  arrayRequired: true,
};
const parts: Table = {
  name: 'thing_parts',
  description: 'Synthetic child rows.',
  recordKind: 'thing',
  arrayPath: ['parts'],
  columns: [column('thing_id', 'string', { required: true, role: 'parent-key' }), column('position', 'integer', { required: true, role: 'position' }), column('text', 'string')],
  primaryKey: ['thing_id', 'position'],
  parent: 'things',
  parentKeyColumns: ['thing_id'],
  arrayRequired: true,
  itemKey: 'position',
};
const syntheticRows = new Map<string, Row[]>([
  [
    'things',
    [
      { id: 'max', name: 'Largest', count: '9223372036854775807', flag: 'true', day: '2020-01-09', kind: "it's", owner_id: '' },
      { id: 'min', name: '中华人民共和国科学技术部', count: '-9223372036854775808', flag: 'false', day: '1899-12-31', kind: 'a', owner_id: 'max' },
      { id: 'empty', name: '', count: '', flag: '', day: '', kind: '', owner_id: 'min' },
    ],
  ],
  ['thing_parts', [{ thing_id: 'max', position: '1', text: 'first\r\nsecond\ttab \u0007 bell \u007f delete, "quoted", \'single\'' }, { thing_id: 'min', position: '1', text: '=1+1' }]],
]);

let dist: PyDatabase;
let synthetic: PyDatabase;

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'sqlite-'));
  const built = await buildDatabase([things, parts], syntheticRows);
  if (!built.ok) throw new Error(`the synthetic database must build: ${built.problems.map(formatProblem).join('\n')}`);
  const syntheticPath = join(work, 'synthetic.sqlite');
  writeFileSync(syntheticPath, built.bytes);
  const input = JSON.stringify({ paths: [join(distDir, SQLITE_PATH), syntheticPath], queries: sqlBlocks });
  [dist, synthetic] = JSON.parse(execFileSync('/usr/bin/python3', ['-c', SQLITE_DUMP], { input, encoding: 'utf8', maxBuffer: 64 << 20 })) as [PyDatabase, PyDatabase];
});

/** Every cell that differs from the CSV row: NULL for an empty cell, an int for an integer column, a str otherwise. */
const rowDifferences = (name: string, types: readonly string[], rows: readonly PyCell[][], expected: readonly (readonly string[])[]): string[] => {
  const problems = rows.length === expected.length ? [] : [`${name}: ${rows.length} rows, CSV has ${expected.length}`];
  expected.forEach((row, rowIndex) =>
    row.forEach((want, index) => {
      const got = rows[rowIndex]?.[index];
      const pythonType = types[index] === 'integer' || types[index] === 'boolean' ? 'int' : types[index] === 'number' ? 'float' : 'str';
      const value = types[index] === 'boolean' && got !== null && got !== undefined ? (got[1] === '1' ? 'true' : got[1] === '0' ? 'false' : got[1]) : got?.[1];
      const ok = want === '' ? got === null : got?.[0] === pythonType && value === want;
      if (!ok) problems.push(`${name} row ${rowIndex + 1} column ${index + 1}: ${JSON.stringify(want)} → ${JSON.stringify(got)}`);
    }),
  );
  return problems;
};

const SQL_TYPES: Record<string, string> = { integer: 'INTEGER', number: 'REAL', boolean: 'INTEGER', date: 'TEXT', string: 'TEXT' };

/** A view's expected columns and rows: the table's, each single-column id followed by the label of the row it names. */
const expectedView = (resource: Resource): { columns: string[]; rows: string[][] } => {
  const labels = (resource.schema.foreignKeys ?? []).flatMap((key) => {
    const target = byName.get(key.reference.resource ?? resource.name);
    const label = LABEL_COLUMNS.find((name) => target?.schema.fields.some((field) => field.name === name));
    const [from] = key.fields;
    if (key.fields.length !== 1 || target === undefined || label === undefined || from === undefined) return [];
    const targetRows = csvRows(target);
    const fieldNames = target.schema.fields.map((field) => field.name);
    const lookup = new Map(targetRows.map((row) => [row[fieldNames.indexOf(key.reference.fields[0] ?? '')], row[fieldNames.indexOf(label)]]));
    return [{ from, alias: `${from.replace(/_id$/u, '')}_${label}`, lookup }];
  });
  const names = resource.schema.fields.map((field) => field.name);
  return {
    columns: names.flatMap((name) => [name, ...labels.filter((label) => label.from === name).map((label) => label.alias)]),
    rows: csvRows(resource).map((row) => names.flatMap((name, index) => [row[index] ?? '', ...labels.filter((label) => label.from === name).map((label) => label.lookup.get(row[index] ?? '') ?? '')])),
  };
};

describe('the database read by Python’s sqlite3', () => {
  it('has one table per CSV table, with its columns, SQL types, NOT NULL and primary key from the table schema', () => {
    expect(Object.keys(dist.tables)).toEqual(resources.map((resource) => resource.name));
    for (const resource of resources) {
      const columns = dist.tables[resource.name]?.columns ?? [];
      expect(columns.map(([, name, type, notNull]) => [name, type, notNull === 1]), resource.name).toEqual(
        resource.schema.fields.map((field) => [field.name, SQL_TYPES[field.type], field.constraints.required === true]),
      );
      const key = columns.filter(([, , , , , pk]) => pk > 0).sort((a, b) => a[5] - b[5]).map(([, name]) => name);
      expect(key, resource.name).toEqual(resource.schema.primaryKey);
    }
  });

  it('declares every foreign key of datapackage.json, and they all hold', () => {
    const describe = (table: string, from: readonly string[], to: string, fields: readonly string[]) => `${table}(${from.join(',')}) → ${to}(${fields.join(',')})`;
    const declared = Object.entries(dist.tables).flatMap(([name, table]) => {
      const byId = new Map<number, [string, string[], string[]]>();
      for (const [id, , target, from, to] of table.foreignKeys) {
        const [, fromColumns, toColumns] = byId.get(id) ?? [target, [], []];
        byId.set(id, [target, [...fromColumns, from], [...toColumns, to]]);
      }
      return [...byId.values()].map(([target, from, to]) => describe(name, from, target, to));
    });
    const expected = resources.flatMap((resource) => (resource.schema.foreignKeys ?? []).map((key) => describe(resource.name, key.fields, key.reference.resource ?? resource.name, key.reference.fields)));
    expect(expected.length).toBeGreaterThan(0);
    expect(declared.sort()).toEqual(expected.sort());
    expect(dist.pragmas['foreign_key_check']).toEqual([]);
    expect(dist.pragmas['integrity_check']).toEqual(['ok']);
  });

  it('holds every row of every CSV file, in order: integers as integers, text as text, an empty cell as NULL', () => {
    const differences = resources.flatMap((resource) =>
      rowDifferences(resource.name, resource.schema.fields.map((field) => field.type), dist.tables[resource.name]?.rows ?? [], csvRows(resource)),
    );
    expect(differences).toEqual([]);
  });

  it('the comparison catches a changed value, a number stored as text and a missing row', () => {
    const resource = byName.get('meeting_work_report_priorities') as Resource;
    const rows = dist.tables[resource.name]?.rows ?? [];
    const types = resource.schema.fields.map((field) => field.type);
    const expected = csvRows(resource);
    expect(rowDifferences(resource.name, types, rows, expected.map((row, index) => (index === 0 ? [row[0] ?? '', row[1] ?? '', `${row[2]} `] : row)))).toHaveLength(1);
    expect(rowDifferences(resource.name, types.map(() => 'string'), rows, expected)).toHaveLength(expected.length);
    expect(rowDifferences(resource.name, types, rows.slice(1), expected)[0]).toMatch(/rows, CSV has/u);
  });

  it(`has a view TABLE${VIEW_SUFFIX} for each table that refers to named records, with each name beside its id`, () => {
    const expectedViews = resources.flatMap((resource) => {
      const view = expectedView(resource);
      return view.columns.length > resource.schema.fields.length ? [[`${resource.name}${VIEW_SUFFIX}`, view] as const] : [];
    });
    expect(Object.keys(dist.views).sort()).toEqual(expectedViews.map(([name]) => name).sort());
    for (const [name, view] of expectedViews) {
      expect(dist.views[name]?.columns, name).toEqual(view.columns);
      expect(dist.views[name]?.rows.map((row) => row.map((cell) => cell?.[1] ?? '')), name).toEqual(view.rows);
    }
    // What people ask first: who made each remark, and which meeting each priority belongs to.
    expect(dist.views['meeting_remarks_with_names']?.columns).toContain('speaker_name');
    expect(dist.views['meeting_work_report_priorities_with_names']?.columns).toContain('meeting_name');
  });

  it('was written reproducibly: fixed page size, no WAL, UTF-8, no free pages, user_version from the package version', () => {
    expect(dist.pragmas).toMatchObject({
      page_size: SQLITE_PAGE_SIZE,
      journal_mode: 'delete',
      encoding: 'UTF-8',
      freelist_count: 0,
      auto_vacuum: 0,
      user_version: sqliteUserVersion(JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8')).version),
    });
    // File format 1 (rollback journal) for writing and reading, as SQLite writes a non-WAL file.
    expect(dist.header).toEqual({ writeVersion: 1, readVersion: 1 });
    expect(sqliteUserVersion('0.1.0')).toBe(100);
    expect(sqliteUserVersion('2.13.4')).toBe(21304);
  });

  it('runs the SQL examples of the README and docs/ and prints what they show', () => {
    expect(sqlBlocks.length).toBeGreaterThan(0);
    sqlBlocks.forEach((block, index) => {
      expect(block).toMatch(/\bJOIN\b/u);
      expect(dist.queries[index], block).toEqual(shownOutput(block));
      expect(shownOutput(block).length).toBeGreaterThan(0);
    });
  });
});

describe('a synthetic database', () => {
  it('keeps 64-bit integers, booleans, dates, CR, control characters, quotes and Chinese exactly', () => {
    for (const table of [things, parts]) {
      const expected = (syntheticRows.get(table.name) ?? []).map((row) => table.columns.map((c) => row[c.name] ?? ''));
      expect(rowDifferences(table.name, table.columns.map((c) => c.type), synthetic.tables[table.name]?.rows ?? [], expected)).toEqual([]);
    }
    expect(synthetic.tables['things']?.rows[0]?.[2]).toEqual(['int', '9223372036854775807']);
    expect(synthetic.views['thing_parts_with_names']?.columns).toEqual(['thing_id', 'thing_name', 'position', 'text']);
    expect(synthetic.views['things_with_names']?.rows.map((row) => row.at(-1)?.[1] ?? null)).toEqual([null, 'Largest', '中华人民共和国科学技术部']);
  });

  const refused = async (rows: Record<string, Row[]>) => {
    const result = await buildDatabase([things, parts], new Map(Object.entries(rows)));
    return result.ok ? [] : result.problems.map(formatProblem);
  };
  const thing = { id: 'a', name: '', count: '', flag: '', day: '', kind: '', owner_id: '' };

  it('refuses a foreign key that does not resolve, through PRAGMA foreign_key_check', async () => {
    expect(await refused({ things: [{ ...thing, owner_id: 'nobody' }], thing_parts: [{ thing_id: 'ghost', position: '1', text: '' }] })).toEqual([
      `${SQLITE_PATH} table things, rowid 1: a foreign key to things does not resolve`,
      `${SQLITE_PATH} table thing_parts, rowid 1: a foreign key to things does not resolve`,
    ]);
  });

  it('refuses a value its column cannot hold, and a row its constraints refuse', async () => {
    expect(
      await refused({
        things: [
          { ...thing, id: 'b', count: '1.5' },
          { ...thing, id: 'c', count: '9223372036854775808' },
          { ...thing, id: 'd', kind: 'other' },
          { ...thing, id: 'e', day: '2020-02-30' },
          { ...thing, id: '' },
        ],
      }),
    ).toEqual([
      `${SQLITE_PATH} table things, row 1, column count: "1.5" is not a 64-bit integer`,
      `${SQLITE_PATH} table things, row 2, column count: "9223372036854775808" is not a 64-bit integer`,
      `${SQLITE_PATH} table things, row 3: SQLite refused the row: CHECK constraint failed: kind`,
      `${SQLITE_PATH} table things, row 4: SQLite refused the row: CHECK constraint failed: day`,
      `${SQLITE_PATH} table things, row 5: SQLite refused the row: NOT NULL constraint failed: things.id`,
    ]);
  });

  it('refuses a number with an exponent (the validator reads such a cell as text), and keeps a decimal one', async () => {
    const measures: Table = { ...things, name: 'measures', columns: [column('id', 'string', { required: true }), column('value', 'number')] };
    const rows = [
      { id: 'a', value: '0.1' },
      { id: 'b', value: '1e+21' },
      { id: 'c', value: '1e-7' },
      { id: 'd', value: '-2.5' },
    ];
    const result = await buildDatabase([measures], new Map([['measures', rows]]));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${SQLITE_PATH} table measures, row 2, column value: "1e+21" is not a number SQLite keeps as written`,
      `${SQLITE_PATH} table measures, row 3, column value: "1e-7" is not a number SQLite keeps as written`,
    ]);
    const kept = await buildDatabase([measures], new Map([['measures', rows.filter((row) => row.id === 'a' || row.id === 'd')]]));
    expect(kept.ok).toBe(true);
  });
});
