/**
 * The page's downloads: every file of dist/ a data user wants, linked relative to the page
 * (`../csv/meetings.csv` from dist/site/index.html), which works opened from disk and on any
 * static host that serves dist/ as a whole. Sizes are the bytes the build itself produced, and
 * each description comes from the schemas (tables, datasets) or from dist/README.md's wording.
 */
import { datasetSchemas } from '../../../schema/index.ts';
import type { Table } from '../../../src/tables.ts';
import type { JsonSchema } from '../json-schema.ts';
import { SQLITE_DESCRIPTION, SQLITE_PATH } from '../sqlite.ts';
import type { FileContent } from '../write.ts';
import { XLSX_DESCRIPTION, XLSX_PATH } from '../xlsx.ts';
import { fileSize, utf8Bytes } from './format.ts';
import { breakableName, html, type Html } from './html.ts';

/** One downloadable file: `path` is under dist/, `href` is relative to the page. */
export interface Download {
  readonly path: string;
  readonly href: string;
  readonly label: string;
  readonly bytes: number;
}

interface DownloadRow {
  readonly name: string;
  readonly description: string;
  readonly files: readonly Download[];
}

interface DownloadGroup {
  readonly id: string;
  readonly heading: string;
  readonly intro: string;
  readonly rows: readonly DownloadRow[];
}

export interface DownloadInputs {
  /** Every file of dist/ the build made, by path under dist/. */
  readonly files: ReadonlyMap<string, FileContent>;
  readonly schemas: ReadonlyMap<string, JsonSchema>;
  readonly tables: readonly Table[];
  /** Files the site itself carries (path under dist/site/ → content), such as the source text. */
  readonly siteFiles: ReadonlyMap<string, string>;
}

const fromDist = (files: ReadonlyMap<string, FileContent>, path: string, label: string): Download => {
  const content = files.get(path);
  if (content === undefined) throw new Error(`the page links to dist/${path}, which the build did not make`);
  return { path, href: `../${path}`, label, bytes: typeof content === 'string' ? utf8Bytes(content) : content.byteLength };
};

export const downloadGroups = ({ files, schemas, tables, siteFiles }: DownloadInputs): DownloadGroup[] => {
  const schemaText = (name: string) => {
    const schema = schemas.get(name) ?? {};
    return `${String(schema['title'])}. ${String(schema['description'])}`;
  };
  return [
    {
      id: 'downloads-csv',
      heading: 'Tables (CSV)',
      intro: 'One table per kind of record and per list inside a record; they join on their key columns (see the data dictionary). “CSV” is plain UTF-8 for tools and scripts; “Excel CSV” has the same cells, with a byte order mark so that spreadsheets read the characters right on double-click.',
      rows: tables.map((table) => ({
        name: `${table.name}.csv`,
        description: table.description,
        files: [fromDist(files, `csv/${table.name}.csv`, 'CSV'), fromDist(files, `csv/excel/${table.name}.csv`, 'Excel CSV')],
      })),
    },
    {
      id: 'downloads-sheets',
      heading: 'Workbook and database',
      intro: 'The same tables in one file each: an Excel workbook, which Excel, LibreOffice and Google Sheets open with every cell as published, and a SQLite database for sqlite3, Datasette or sqlite-utils.',
      rows: [
        { name: XLSX_PATH.replace(/^.*\//u, ''), description: XLSX_DESCRIPTION, files: [fromDist(files, XLSX_PATH, 'XLSX')] },
        { name: SQLITE_PATH.replace(/^.*\//u, ''), description: SQLITE_DESCRIPTION, files: [fromDist(files, SQLITE_PATH, 'SQLite')] },
      ],
    },
    {
      id: 'downloads-json',
      heading: 'JSON and JSON Schema',
      intro: 'Every record nested in one JSON array per dataset, and the JSON Schemas (2020-12) that check them: one per dataset file and one per kind of record.',
      rows: [
        ...Object.keys(datasetSchemas).map((name) => ({
          name: `${name}.json`,
          description: `${schemaText(name)} Valid against ${name}.schema.json.`,
          files: [fromDist(files, `json/${name}.json`, 'JSON')],
        })),
        ...[...schemas.keys()].map((name) => ({
          name: `${name}.schema.json`,
          description: `JSON Schema: ${schemaText(name)}`,
          files: [fromDist(files, `schema/${name}.schema.json`, 'JSON Schema')],
        })),
      ],
    },
    {
      id: 'downloads-more',
      heading: 'Data Package, linked data and the source',
      intro: 'Descriptions of the tables for data tools, the records as schema.org linked data, and the text every record comes from.',
      rows: [
        {
          name: 'datapackage.json',
          description: 'Frictionless Data Package v2 describing every CSV table: field types, descriptions, keys, foreign keys, sizes and SHA-256.',
          files: [fromDist(files, 'datapackage.json', 'JSON')],
        },
        {
          name: 'meetings.jsonld',
          description: 'The records as schema.org JSON-LD (Event, Person, Organization, Place), with an inline @context.',
          files: [fromDist(files, 'jsonld/meetings.jsonld', 'JSON-LD')],
        },
        ...[...siteFiles].map(([path, content]) => ({
          name: path.replace(/^.*\//u, ''),
          description: 'The source text, unchanged: the newsletter the records are taken from.',
          files: [{ path: `site/${path}`, href: path, label: 'Text', bytes: utf8Bytes(content) }],
        })),
      ],
    },
  ];
};

const fileLink = (file: Download) =>
  html`<a href="${file.href}" download>${file.label}</a> <span class="size"><data value="${file.bytes}">${fileSize(file.bytes)}</data></span>`;

const groupTable = (group: DownloadGroup): Html => html`
<section aria-labelledby="${group.id}">
<h3 id="${group.id}">${group.heading}</h3>
<p>${group.intro}</p>
<div class="scroll" role="region" aria-labelledby="${group.id}" tabindex="0">
<table class="downloads">
<thead><tr><th scope="col">File</th><th scope="col">What it holds</th><th scope="col">Download</th></tr></thead>
<tbody>
${group.rows.map((row) => html`<tr><th scope="row"><code>${breakableName(row.name)}</code></th><td>${row.description}</td><td class="links">${row.files.map((file, index) => html`${index > 0 ? html`<br>` : ''}${fileLink(file)}`)}</td></tr>\n`)}</tbody>
</table>
</div>
</section>`;

export const downloadsSection = (inputs: DownloadInputs): Html => html`
<section id="downloads" aria-labelledby="downloads-title">
<h2 id="downloads-title">Downloads</h2>
<p>Every file is generated from the same records. The links point at the files beside this page (in <code>dist/</code>), so they work offline too.</p>
${downloadGroups(inputs).map(groupTable)}
</section>`;
