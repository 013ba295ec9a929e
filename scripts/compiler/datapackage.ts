/**
 * dist/datapackage.json: a Frictionless Data Package (v2) describing every plain CSV file, so that
 * tools that read Data Packages load the tables with their types, keys and joins. Every Table
 * Schema is derived from the same `Table`s as the CSV files and the data dictionary (and so from
 * the zod schemas); `bytes` and `hash` are of the exact bytes of each plain CSV file. The workbook
 * and the database follow the tables as non-tabular resources (path, format, media type, size, hash).
 */
import { dataset } from '../../data/dataset.ts';
import { createHash } from 'node:crypto';
import type { SourceDocument } from '../../schema/index.ts';
import type { Column, Table } from './flatten.ts';
import { csvPaths } from './quotations-table.ts';
import { packageDescription, packageKeywords, packageLicense, packageName, packageVersion, versionedFileUrl } from './package-info.ts';

const PROFILES = 'https://datapackage.org/profiles/2.0';

/** The data set's title, from data/dataset.ts. */
export const DATAPACKAGE_TITLE = dataset.title;

/**
 * A JSON Schema (ECMAScript) pattern as a Table Schema pattern, which is an XML Schema regular
 * expression: implicitly anchored, no `(?:`. Only patterns in the subset where ECMAScript, XML
 * Schema and Python agree are carried over (literal characters, ranges, groups, quantifiers);
 * the others (those with `\S` or `.`) are left out, and `maxLength`/`required` still apply.
 */
export const toTableSchemaPattern = (pattern: string): string | undefined => {
  if (!pattern.startsWith('^') || !pattern.endsWith('$')) return undefined;
  const inner = pattern.slice(1, -1).replaceAll('(?:', '(');
  return /[\\.^$]|\(\?/.test(inner) ? undefined : inner;
};

const field = (column: Column) => {
  // Length and pattern constraints belong to string fields only in Table Schema.
  const text = column.type === 'string';
  const pattern = column.pattern === undefined || !text ? undefined : toTableSchemaPattern(column.pattern);
  return {
    name: column.name,
    type: column.type,
    description: column.description,
    ...(column.example === undefined ? {} : { example: String(column.example) }),
    constraints: {
      required: column.required,
      ...(column.enum === undefined ? {} : { enum: [...column.enum] }),
      ...(column.maxLength === undefined || !text ? {} : { maxLength: column.maxLength }),
      ...(pattern === undefined ? {} : { pattern }),
      ...(column.minimum === undefined ? {} : { minimum: column.minimum }),
      ...(column.maximum === undefined ? {} : { maximum: column.maximum }),
    },
  };
};

/** A reference to another table; Data Package v2 leaves out `resource` for the table itself. */
const reference = (from: Table, to: string, fields: readonly string[]) => ({
  ...(to === from.name ? {} : { resource: to }),
  fields: [...fields],
});

/** A table's foreign keys: to its parent table, and from each id column to the table it names. */
export const foreignKeys = (table: Table, tables: readonly Table[]): { fields: string[]; reference: { resource?: string; fields: string[] } }[] => {
  const keys = [];
  if (table.parent !== undefined) {
    const parent = tables.find((candidate) => candidate.name === table.parent);
    if (parent === undefined) throw new Error(`${table.name}: parent table ${table.parent} is missing`);
    keys.push({ fields: [...table.parentKeyColumns], reference: reference(table, parent.name, parent.primaryKey) });
  }
  for (const column of table.columns) {
    if (column.references !== undefined && column.role !== 'parent-key') {
      keys.push({ fields: [column.name], reference: reference(table, column.references, ['id']) });
    }
  }
  return keys;
};

const tableSchema = (table: Table, tables: readonly Table[]) => {
  const keys = foreignKeys(table, tables);
  return {
    $schema: `${PROFILES}/tableschema.json`,
    fields: table.columns.map(field),
    missingValues: [''],
    primaryKey: [...table.primaryKey],
    ...(keys.length === 0 ? {} : { foreignKeys: keys }),
  };
};

const resource = (table: Table, tables: readonly Table[], csv: string) => ({
  $schema: `${PROFILES}/dataresource.json`,
  name: table.name,
  type: 'table',
  path: csvPaths(table).plain,
  description: table.description,
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  bytes: Buffer.byteLength(csv, 'utf8'),
  hash: `sha256:${createHash('sha256').update(csv, 'utf8').digest('hex')}`,
  dialect: {
    $schema: `${PROFILES}/tabledialect.json`,
    header: true,
    delimiter: ',',
    lineTerminator: '\r\n',
    quoteChar: '"',
    doubleQuote: true,
  },
  schema: tableSchema(table, tables),
});

/** A file of the package that is not a CSV table (a workbook, a database): described, not typed. */
export interface OtherFile {
  readonly name: string;
  readonly path: string;
  readonly title: string;
  readonly description: string;
  readonly format: string;
  readonly mediatype: string;
  readonly content: Uint8Array;
}

/**
 * A non-tabular Data Resource (Data Package v2): a `path`, `format` and `mediatype`, and its size
 * and hash, but no `type` and no `schema`, which belong to tables read from the file itself.
 */
const otherResource = (file: OtherFile) => ({
  $schema: `${PROFILES}/dataresource.json`,
  name: file.name,
  path: file.path,
  title: file.title,
  description: file.description,
  format: file.format,
  mediatype: file.mediatype,
  bytes: file.content.byteLength,
  hash: `sha256:${createHash('sha256').update(file.content).digest('hex')}`,
});

/**
 * The descriptor; `plainCsv` holds the content of `csv/TABLE.csv` by table name, `otherFiles` the
 * files that hold the same tables in other formats, listed after the tables.
 */
export const buildDataPackage = (
  tables: readonly Table[],
  plainCsv: ReadonlyMap<string, string>,
  sources: readonly SourceDocument[],
  otherFiles: readonly OtherFile[] = [],
) => ({
  $schema: `${PROFILES}/datapackage.json`,
  name: packageName,
  id: versionedFileUrl('dist/datapackage.json'),
  title: DATAPACKAGE_TITLE,
  description: `${packageDescription} Quotations are verbatim from the source; values under \`editorial\` columns are not in the source and say where the editors saw them. Column by column documentation: docs/data-dictionary.md in the package.`,
  version: packageVersion,
  keywords: [...packageKeywords],
  licenses: [
    {
      name: packageLicense,
      path: `https://opensource.org/licenses/${packageLicense}`,
      title: 'MIT License: the code and the structure of the records. The quoted text is from the source document, credited to the Ministry of Science and Technology.',
    },
  ],
  sources: sources.map((source) => ({ title: source.title, path: source.path === undefined ? (source.url ?? '') : versionedFileUrl(source.path) })),
  resources: [
    ...tables.map((table) => {
      const csv = plainCsv.get(table.name);
      if (csv === undefined) throw new Error(`no CSV content for table ${table.name}`);
      return resource(table, tables, csv);
    }),
    ...otherFiles.map(otherResource),
  ],
});
