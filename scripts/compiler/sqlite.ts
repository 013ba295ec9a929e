/**
 * dist/sqlite/china-st-meetings.sqlite: every CSV table as a SQLite table with the same columns
 * and rows, typed from the table schemas, with its primary key and the foreign keys of
 * datapackage.json, plus one view per table that puts the name of each record a row refers to
 * next to its id (`remarks_with_names`: `speaker_id`, `speaker_name`, …).
 *
 * Values go in exactly as the CSV cells read: integers as 64-bit integers (bound as BigInt, never
 * through a float), booleans as 0/1, everything else as text, an empty cell as NULL. The build
 * fails instead of writing a database whose `PRAGMA foreign_key_check` or `integrity_check` finds
 * anything.
 *
 * Reproducible bytes: sql.js (SQLite compiled to WebAssembly, so no native build and the same
 * SQLite on every machine, pinned by package-lock.json) writes an in-memory database in one
 * transaction, in table order and row order, with a fixed page size, UTF-8, no WAL (rollback
 * journal mode, file format 1), `user_version` set from the package version, then `VACUUM`s it,
 * so the file holds no free pages and no time, path or random value.
 */
import initSqlJs, { type Database, type SqlJsStatic, type SqlValue } from 'sql.js';
import { cellValue } from '../../src/cells.ts';
import type { Column, Row, Table } from './flatten.ts';
import { foreignKeys } from './datapackage.ts';
import { packageName, packageVersion } from './package-info.ts';
import type { BuildProblem } from './check-records.ts';

/** Where the database goes, under dist/. */
export const SQLITE_PATH = `sqlite/${packageName}.sqlite`;
/** The media type IANA registered for SQLite database files. */
export const SQLITE_MEDIATYPE = 'application/vnd.sqlite3';
/** What the file is, for datapackage.json and the dataset page. */
export const SQLITE_DESCRIPTION =
  'Every CSV table in one SQLite database, with column types, primary keys and foreign keys, and for each table a view TABLE_with_names that puts the name of every record an id refers to beside the id.';

/** SQLite's default page size, stated so that a changed default cannot change the bytes. */
export const SQLITE_PAGE_SIZE = 4096;

/** `PRAGMA user_version`: the package version as major × 10000 + minor × 100 + patch (0.1.0 → 100). */
export const sqliteUserVersion = (version: string = packageVersion): number => {
  const [major = 0, minor = 0, patch = 0] = version.split(/[.+-]/u).slice(0, 3).map(Number);
  return major * 10_000 + minor * 100 + patch;
};

/**
 * The one declared convention of the views: the column that names a record, by preference. A view
 * adds the first of these that the referenced table has; tables are found from the foreign keys,
 * so a renamed table keeps its view.
 */
export const LABEL_COLUMNS: readonly string[] = ['name', 'title'];

/** The suffix of each table's view of names: `remarks` → `remarks_with_names`. */
export const VIEW_SUFFIX = '_with_names';

/** A quoted SQL identifier. */
export const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteText = (text: string) => `'${text.replaceAll("'", "''")}'`;

const SQL_TYPE: Record<Column['type'], string> = {
  integer: 'INTEGER',
  number: 'REAL',
  boolean: 'INTEGER',
  // SQLite has no date type: an ISO 8601 text, which its date functions read, checked below.
  date: 'TEXT',
  string: 'TEXT',
};

/** A comment inside CREATE TABLE is kept in sqlite_schema, so `.schema` shows each column's meaning. */
const comment = (text: string) => (text.trim() === '' ? '' : ` -- ${text.replace(/\s+/gu, ' ').trim()}`);

/** What a column promises that SQLite can check: presence, allowed values, date and boolean form. */
const columnChecks = (column: Column): string[] => {
  const name = quoteIdentifier(column.name);
  const checks: string[] = [];
  if (column.enum !== undefined) checks.push(`${name} IN (${column.enum.map(quoteText).join(', ')})`);
  if (column.type === 'date') checks.push(`${name} = date(${name})`);
  if (column.type === 'boolean') checks.push(`${name} IN (0, 1)`);
  return checks.map((check) => `CHECK (${check})`);
};

/** CREATE TABLE for one table: typed columns with their descriptions, the primary key, every foreign key. */
export const createTableSql = (table: Table, tables: readonly Table[]): string => {
  const columns = table.columns.map((column) =>
    [quoteIdentifier(column.name), SQL_TYPE[column.type], ...(column.required ? ['NOT NULL'] : []), ...columnChecks(column)].join(' '),
  );
  const constraints = [
    `PRIMARY KEY (${table.primaryKey.map(quoteIdentifier).join(', ')})`,
    ...foreignKeys(table, tables).map(
      (key) => `FOREIGN KEY (${key.fields.map(quoteIdentifier).join(', ')}) REFERENCES ${quoteIdentifier(key.reference.resource ?? table.name)} (${key.reference.fields.map(quoteIdentifier).join(', ')})`,
    ),
  ];
  const lines = [...columns.map((line, index) => ({ line, note: table.columns[index]?.description ?? '' })), ...constraints.map((line) => ({ line, note: '' }))];
  return [
    `CREATE TABLE ${quoteIdentifier(table.name)} (${comment(table.description)}`,
    ...lines.map(({ line, note }, index) => `  ${line}${index < lines.length - 1 ? ',' : ''}${comment(note)}`),
    ')',
  ].join('\n');
};

/** A name column a view adds: after `fromColumn`, the referenced table's label, as `alias`. */
interface Label {
  readonly fromColumn: string;
  readonly table: string;
  readonly keyColumn: string;
  readonly labelColumn: string;
  readonly alias: string;
}

/** The labels of a table's single-column foreign keys whose table has a LABEL_COLUMNS column. */
const labelsOf = (table: Table, tables: readonly Table[]): Label[] =>
  foreignKeys(table, tables).flatMap((key) => {
    const [fromColumn, more] = key.fields;
    const [keyColumn] = key.reference.fields;
    const target = tables.find((candidate) => candidate.name === (key.reference.resource ?? table.name));
    const labelColumn = LABEL_COLUMNS.find((name) => target?.columns.some((column) => column.name === name));
    if (fromColumn === undefined || more !== undefined || keyColumn === undefined || target === undefined || labelColumn === undefined) return [];
    const alias = `${fromColumn.replace(/_id$/u, '')}_${labelColumn}`;
    return [{ fromColumn, table: target.name, keyColumn, labelColumn, alias }];
  });

/**
 * CREATE VIEW `TABLE_with_names`: every column of the table, each id followed by the name of the
 * record it refers to (LEFT JOIN, so a row without the id stays). Undefined for a table that
 * refers to nothing with a name.
 */
export const createViewSql = (table: Table, tables: readonly Table[]): string | undefined => {
  const labels = labelsOf(table, tables);
  if (labels.length === 0) return undefined;
  const taken = new Set(table.columns.map((column) => column.name));
  for (const label of labels) {
    if (taken.has(label.alias)) throw new Error(`sqlite: the view of ${table.name} would have two columns ${label.alias}`);
    taken.add(label.alias);
  }
  const columns = table.columns.flatMap((column) => [
    `t.${quoteIdentifier(column.name)}`,
    ...labels.flatMap((label, index) => (label.fromColumn === column.name ? [`j${index + 1}.${quoteIdentifier(label.labelColumn)} AS ${quoteIdentifier(label.alias)}`] : [])),
  ]);
  const joins = labels.map(
    (label, index) => `LEFT JOIN ${quoteIdentifier(label.table)} AS j${index + 1} ON j${index + 1}.${quoteIdentifier(label.keyColumn)} = t.${quoteIdentifier(label.fromColumn)}`,
  );
  return [
    `CREATE VIEW ${quoteIdentifier(`${table.name}${VIEW_SUFFIX}`)} AS`,
    `SELECT ${columns.join(',\n  ')}`,
    `FROM ${quoteIdentifier(table.name)} AS t`,
    ...joins,
    // The rows in the order of the table (and of its CSV file), which is the order of the records.
    'ORDER BY t.rowid',
  ].join('\n');
};

/** A CSV cell as the value SQLite stores; a reason when the column's type cannot hold it exactly. */
export const sqlValue = (column: Pick<Column, 'type'>, text: string): { ok: true; value: SqlValue | bigint } | { ok: false; reason: string } => {
  if (text === '') return { ok: true, value: null };
  switch (column.type) {
    case 'integer':
      // BigInt keeps every 64-bit integer exact; SQLite stores it as an INTEGER.
      return /^-?(0|[1-9]\d*)$/u.test(text) && BigInt.asIntN(64, BigInt(text)) === BigInt(text)
        ? { ok: true, value: BigInt(text) }
        : { ok: false, reason: `"${text}" is not a 64-bit integer` };
    case 'number': {
      // A number by the rule of src/cells.ts, in its own decimal form.
      const number = cellValue(text, 'number');
      return typeof number === 'number' && String(number) === text ? { ok: true, value: number } : { ok: false, reason: `"${text}" is not a number SQLite keeps as written` };
    }
    case 'boolean':
      return text === 'true' || text === 'false' ? { ok: true, value: text === 'true' ? 1 : 0 } : { ok: false, reason: `"${text}" is not true or false` };
    case 'date':
    case 'string':
      return { ok: true, value: text };
  }
};

/** sql.js compiles its WebAssembly once per process (about half a second), not once per build. */
let sqlJs: Promise<SqlJsStatic> | undefined;

const rowsOf = (db: Database, sql: string): SqlValue[][] => db.exec(sql).flatMap((result) => result.values);

export type DatabaseResult = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly problems: readonly BuildProblem[] };

const problem = (pointer: string, message: string): BuildProblem => ({ file: SQLITE_PATH, pointer, message });

/** The database's bytes, or every problem that keeps the tables out of it. */
export const buildDatabase = async (tables: readonly Table[], rows: ReadonlyMap<string, readonly Row[]>): Promise<DatabaseResult> => {
  sqlJs ??= initSqlJs();
  const SQL = await sqlJs;
  const db = new SQL.Database();
  try {
    db.run(`PRAGMA page_size = ${SQLITE_PAGE_SIZE}`);
    db.run("PRAGMA encoding = 'UTF-8'");
    db.run('PRAGMA journal_mode = DELETE');
    db.run(`PRAGMA user_version = ${sqliteUserVersion()}`);
    const problems: BuildProblem[] = [];
    db.run('BEGIN');
    for (const table of tables) db.run(createTableSql(table, tables));
    for (const table of tables) {
      const view = createViewSql(table, tables);
      if (view !== undefined) db.run(view);
    }
    for (const table of tables) {
      const insert = db.prepare(
        `INSERT INTO ${quoteIdentifier(table.name)} (${table.columns.map((column) => quoteIdentifier(column.name)).join(', ')}) VALUES (${table.columns.map(() => '?').join(', ')})`,
      );
      try {
        (rows.get(table.name) ?? []).forEach((row, index) => {
          const values = table.columns.map((column) => {
            const result = sqlValue(column, row[column.name] ?? '');
            if (result.ok) return result.value;
            problems.push(problem(`table ${table.name}, row ${index + 1}, column ${column.name}`, result.reason));
            return null;
          });
          try {
            // sql.js binds a bigint with sqlite3_bind_int64; its .d.ts does not list bigint yet.
            insert.run(values as SqlValue[]);
          } catch (error) {
            // A NOT NULL, CHECK or key constraint: the row breaks what the table schema promises.
            problems.push(problem(`table ${table.name}, row ${index + 1}`, `SQLite refused the row: ${error instanceof Error ? error.message : String(error)}`));
          }
        });
      } finally {
        insert.free();
      }
    }
    db.run('COMMIT');
    for (const [table, rowid, parent] of rowsOf(db, 'PRAGMA foreign_key_check')) {
      problems.push(problem(`table ${String(table)}, rowid ${String(rowid)}`, `a foreign key to ${String(parent)} does not resolve`));
    }
    const integrity = rowsOf(db, 'PRAGMA integrity_check').map(([message]) => String(message));
    if (integrity.join() !== 'ok') problems.push(...integrity.map((message) => problem('PRAGMA integrity_check', message)));
    if (problems.length > 0) return { ok: false, problems };
    db.run('VACUUM');
    return { ok: true, bytes: db.export() };
  } finally {
    db.close();
  }
};
