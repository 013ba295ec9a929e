/**
 * The outputs catalogue: every kind of file the package publishes, written once. The README's
 * files table (scripts/compiler/readme-files.ts), dist/README.md (dist-readme.ts) and the dataset
 * page's downloads (site/downloads.ts) are all derived from it, so a new output is added here and
 * appears in all three.
 *
 * Descriptions are Markdown with `code` spans only (no links): dist/README.md and the README show
 * them as they are, the page turns the code spans into <code>.
 */
import { datasetSchemas, recordSchemas } from '../../schema/index.ts';
import type { Table } from './flatten.ts';
import type { JsonSchema } from './json-schema.ts';
import { packageName } from './package-info.ts';
import { csvPaths } from './quotations-table.ts';
import { SQLITE_DESCRIPTION, SQLITE_PATH } from './sqlite.ts';
import { XLSX_DESCRIPTION, XLSX_PATH } from './xlsx.ts';

/** What the per-file descriptions are made from. */
export interface OutputContext {
  readonly schemas: ReadonlyMap<string, JsonSchema>;
  readonly tables: readonly Table[];
  /** Copies of the source documents the dataset page carries, by path under dist/site/. */
  readonly siteSourceCopies?: readonly string[];
  /** Every file of dist/ made so far, by path under dist/ (for kinds whose files depend on the data). */
  readonly distFiles?: readonly string[];
}

/** One file of a kind, with its own description. */
export interface OutputFile {
  /** Path under dist/ (a source copy of the page: `site/source/…`). */
  readonly path: string;
  /** The file's name as the page shows it (files of two kinds with the same name share a row). */
  readonly name: string;
  /** Its own description; without one, the kind's. */
  readonly description?: string;
}

export type DownloadGroupId = 'downloads-csv' | 'downloads-sheets' | 'downloads-json' | 'downloads-more';

export interface OutputKind {
  readonly id: string;
  /** A short name of the kind, for the README's files table. */
  readonly title: string;
  /** Its paths in the repository; NAME and TABLE stand for any name. */
  readonly paths: readonly string[];
  /** How a package user reaches it (Markdown), or why it cannot be reached. */
  readonly access: string;
  readonly format: string;
  /** What it is (Markdown, code spans only). */
  readonly description: string;
  /** Each file of the kind, with its own description; dist/README.md lists them when `listEach`. */
  readonly files?: (context: OutputContext) => readonly OutputFile[];
  /** dist/README.md lists every file of `files` rather than the kind's paths. */
  readonly listEach?: boolean;
  /** The dataset page offers its files for download (in the group of `downloadGroups` that lists the kind), under this link label. */
  readonly download?: { readonly label: string };
}

const code = (text: string) => `\`${text}\``;
const schemaTitle = (context: OutputContext, name: string) => {
  const schema = context.schemas.get(name) ?? {};
  return { title: String(schema['title']), description: String(schema['description']) };
};
const recordNames = Object.keys(recordSchemas);
const datasetNames = Object.keys(datasetSchemas);

export const outputKinds: readonly OutputKind[] = [
  {
    id: 'esm',
    title: 'Data module',
    paths: ['dist/esm/index.js', 'dist/esm/index.d.ts'],
    access: code(packageName),
    format: 'ES module, TypeScript declarations',
    description: 'The main entry: the data as a plain ES module (no JSON import attributes needed), deep-frozen, with getters and types.',
  },
  {
    id: 'zod',
    title: 'zod schemas',
    paths: ['dist/zod/*.js', 'dist/zod/*.d.ts'],
    access: code(`${packageName}/zod`),
    format: 'ES module',
    description: `The ${code(`${packageName}/zod`)} entry: the zod 4 schemas (zod is an optional peer dependency).`,
  },
  {
    id: 'validate',
    title: 'Validator',
    paths: ['dist/validate/index.js', 'dist/validate/validators.js', 'dist/validate/cli.js', 'dist/validate/types/'],
    access: `${code(`${packageName}/validate`)}, and the command ${code(packageName)}`,
    format: 'ES module, command',
    description: `The ${code(`${packageName}/validate`)} entry and the ${code(packageName)} command, for data of your own: validators compiled by ajv at build time (in ${code('validators.js')}, minified: generated code), bundled with esbuild with their CSV parser; no dependencies.`,
  },
  {
    id: 'schema',
    title: 'JSON Schemas',
    paths: ['dist/schema/NAME.schema.json'],
    access: code(`${packageName}/schema/NAME.schema.json`),
    format: 'JSON Schema 2020-12',
    description: `One per kind of record (${recordNames.map(code).join(', ')}) and one per dataset file (${datasetNames.map(code).join(', ')}); self-contained, for any JSON Schema validator.`,
    files: (context) =>
      [...context.schemas.keys()].map((name) => {
        const { title, description } = schemaTitle(context, name);
        return { path: `schema/${name}.schema.json`, name: `${name}.schema.json`, description: `JSON Schema 2020-12: ${title}. ${description}` };
      }),
    listEach: true,
    download: { label: 'JSON Schema' },
  },
  {
    id: 'json',
    title: 'JSON datasets',
    paths: ['dist/json/NAME.json'],
    access: code(`${packageName}/json/NAME.json`),
    format: 'JSON',
    description: `The datasets, one JSON array each (${datasetNames.map((name) => code(`${name}.json`)).join(', ')}; every meeting nested); each is valid against ${code('schema/NAME.schema.json')}.`,
    files: (context) =>
      datasetNames.map((name) => ({
        path: `json/${name}.json`,
        name: `${name}.json`,
        description: `The ${name} dataset (a JSON array): ${schemaTitle(context, name).description} Valid against ${code(`schema/${name}.schema.json`)}.`,
      })),
    listEach: true,
    download: { label: 'JSON' },
  },
  {
    id: 'csv',
    title: 'CSV tables',
    paths: ['dist/csv/TABLE.csv', 'dist/csv/derived/TABLE.csv'],
    access: code(`${packageName}/csv/TABLE.csv`),
    format: 'CSV (RFC 4180), UTF-8 without BOM',
    description: `One normalized table per kind of record and per list inside a record, for tools and scripts; in ${code('derived/')}, the tables the build computes from them (${code('quotations')}: where each quotation stands in the source). Every column is in the data dictionary.`,
    files: (context) => context.tables.map((table) => ({ path: csvPaths(table).plain, name: `${table.name}.csv`, description: table.description })),
    listEach: true,
    download: { label: 'CSV' },
  },
  {
    id: 'csv-excel',
    title: 'CSV tables for spreadsheets',
    paths: ['dist/csv/excel/TABLE.csv', 'dist/csv/derived/excel/TABLE.csv'],
    access: code(`${packageName}/csv/excel/TABLE.csv`),
    format: 'CSV, UTF-8 with BOM',
    description: 'The same tables for spreadsheets: the same bytes after a UTF-8 byte order mark, so that Excel reads them as UTF-8 on double-click.',
    files: (context) => context.tables.map((table) => ({ path: csvPaths(table).excel, name: `${table.name}.csv`, description: table.description })),
    download: { label: 'Excel CSV' },
  },
  {
    id: 'codelists',
    title: 'Codelists',
    paths: ['dist/codelists/NAME.csv'],
    access: code(`${packageName}/codelists/NAME.csv`),
    format: 'CSV',
    description: `The codelists (${code('Code,Title,Description')}, as OCDS publishes them): closed ones list every allowed code, open ones the recommended codes.`,
  },
  {
    id: 'datapackage',
    title: 'Data Package',
    paths: ['dist/datapackage.json'],
    access: code(`${packageName}/datapackage.json`),
    format: 'Frictionless Data Package v2 (JSON)',
    description: `Frictionless Data Package v2 describing every ${code('csv/TABLE.csv')}: field types, descriptions, constraints, keys, foreign keys, size and SHA-256; and the workbook and the database.`,
    files: () => [{ path: 'datapackage.json', name: 'datapackage.json' }],
    download: { label: 'JSON' },
  },
  {
    id: 'jsonld',
    title: 'Linked data',
    paths: ['dist/jsonld/meetings.jsonld'],
    access: code(`${packageName}/jsonld/meetings.jsonld`),
    format: 'JSON-LD 1.1 (schema.org)',
    description: `The records as schema.org JSON-LD (${['Event', 'EventSeries', 'Person', 'Organization', 'Place', 'CreativeWork', 'DefinedTerm'].map(code).join(', ')}): editions linked to their series (${code('superEvent')}, ${code('subEvent')}), a meeting to what it acted on (${code('about')}), the source to every record its texts name (${code('mentions')}), names in other languages as language-tagged strings; with an inline ${code('@context')}.`,
    files: () => [{ path: 'jsonld/meetings.jsonld', name: 'meetings.jsonld' }],
    download: { label: 'JSON-LD' },
  },
  {
    id: 'annotations',
    title: 'Web Annotations',
    paths: ['dist/annotations/NAME.jsonld'],
    access: code(`${packageName}/annotations/NAME.jsonld`),
    format: 'JSON-LD (W3C Web Annotation Data Model)',
    description: `Where every quotation of the records stands in its source, one file per kept source: an ${code('AnnotationCollection')} with one W3C Web Annotation per quoted value, linking the value (its record's IRI and its JSON Pointer, RFC 6901) to its span of the source file as published in this version (SHA-256 stated), by ${code('TextPositionSelector')} (Unicode code points) and ${code('TextQuoteSelector')}. The same places are the ${code('quotations')} table.`,
    files: (context) =>
      (context.distFiles ?? []).filter((path) => path.startsWith('annotations/')).map((path) => ({ path, name: path.replace(/^.*\//u, '') })),
    listEach: true,
    download: { label: 'JSON-LD' },
  },
  {
    id: 'xlsx',
    title: 'Excel workbook',
    paths: [`dist/${XLSX_PATH}`],
    access: code(`${packageName}/${XLSX_PATH}`),
    format: 'XLSX',
    description: XLSX_DESCRIPTION,
    files: () => [{ path: XLSX_PATH, name: XLSX_PATH.replace(/^.*\//u, ''), description: XLSX_DESCRIPTION }],
    download: { label: 'XLSX' },
  },
  {
    id: 'sqlite',
    title: 'SQLite database',
    paths: [`dist/${SQLITE_PATH}`],
    access: code(`${packageName}/${SQLITE_PATH}`),
    format: 'SQLite 3',
    description: SQLITE_DESCRIPTION,
    files: () => [{ path: SQLITE_PATH, name: SQLITE_PATH.replace(/^.*\//u, ''), description: SQLITE_DESCRIPTION }],
    download: { label: 'SQLite' },
  },
  {
    id: 'source',
    title: 'Source text',
    paths: ['data/source/NAME.txt'],
    access: code(`${packageName}/source/NAME.txt`),
    format: 'plain text, UTF-8',
    description: 'The source text, unchanged: the newsletter the records are taken from.',
    files: (context) =>
      (context.siteSourceCopies ?? []).map((path) => ({ path: `site/${path}`, name: path.replace(/^.*\//u, '') })),
    download: { label: 'Text' },
  },
  {
    id: 'site',
    title: 'Dataset page',
    paths: ['dist/site/index.html', 'dist/site/dictionary.html', 'dist/site/style.css', 'dist/site/app.js', 'dist/site/source/'],
    access: 'not in the npm package',
    format: 'HTML',
    description: `The dataset page: the meetings with how to cite each (the words that name a record linked to it), the series, documents and meetings they name, the people and organizations, every download with its size and an in-browser validator; the data dictionary on a page of its own; each source text on a page of its own with line numbers and every quoted place (${code('site/source/ID.html')}), beside its plain copy. Open ${code('site/index.html')} from disk, or serve ${code('dist/')} from any static host: its download links are relative (${code('../csv/…')}).`,
  },
  {
    id: 'dist-readme',
    title: 'Files list',
    paths: ['dist/README.md'],
    access: 'in the npm package',
    format: 'Markdown',
    description: 'What each generated file is, beside the files.',
  },
];

/** A file's description: its own, else its kind's. */
export const fileDescription = (kind: OutputKind, file: OutputFile): string => file.description ?? kind.description;

/** The dataset page's download groups, in order, with the kinds each offers in order. */
export const downloadGroups: readonly { readonly id: DownloadGroupId; readonly heading: string; readonly intro: string; readonly kinds: readonly string[] }[] = [
  {
    id: 'downloads-csv',
    heading: 'Tables (CSV)',
    intro: 'One table per kind of record and per list inside a record; they join on their key columns (see the data dictionary). “CSV” is plain UTF-8 for tools and scripts; “Excel CSV” has the same cells, with a byte order mark so that spreadsheets read the characters right on double-click.',
    kinds: ['csv', 'csv-excel'],
  },
  {
    id: 'downloads-sheets',
    heading: 'Workbook and database',
    intro: 'The same tables in one file each: an Excel workbook, which Excel, LibreOffice and Google Sheets open with every cell as published, and a SQLite database for sqlite3, Datasette or sqlite-utils.',
    kinds: ['xlsx', 'sqlite'],
  },
  {
    id: 'downloads-json',
    heading: 'JSON and JSON Schema',
    intro: 'Every record nested in one JSON array per dataset, and the JSON Schemas (2020-12) that check them: one per dataset file and one per kind of record.',
    kinds: ['json', 'schema'],
  },
  {
    id: 'downloads-more',
    heading: 'Data Package, linked data and the source',
    intro: 'Descriptions of the tables for data tools, the records as schema.org linked data, where each quotation stands in the source as W3C Web Annotations, and the text every record comes from.',
    kinds: ['datapackage', 'jsonld', 'annotations', 'source'],
  },
];

export const outputKind = (id: string): OutputKind => {
  const kind = outputKinds.find((candidate) => candidate.id === id);
  if (kind === undefined) throw new Error(`no output kind ${id}`);
  return kind;
};
