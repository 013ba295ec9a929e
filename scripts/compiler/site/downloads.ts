/**
 * The page's downloads: every file of dist/ a data user wants, linked relative to the page
 * (`../csv/meetings.csv` from dist/site/index.html), which works opened from disk and on any
 * static host that serves dist/ as a whole. Which files, in which groups and with which
 * descriptions comes from the outputs catalogue (../outputs.ts), as dist/README.md and the
 * README's files table do; sizes are the bytes the build itself produced.
 */
import type { Table } from '../flatten.ts';
import type { JsonSchema } from '../json-schema.ts';
import { downloadGroups as catalogueGroups, fileDescription, outputKind, outputKinds, type OutputContext } from '../outputs.ts';
import type { FileContent } from '../write.ts';
import { fileSize, utf8Bytes } from './format.ts';
import { breakableName, html, withCode, type Html } from './html.ts';

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

const SITE = 'site/';

const download = ({ files, siteFiles }: DownloadInputs, path: string, label: string): Download => {
  // The page's own files (the source copies) are linked beside it; the rest of dist/ from `../`.
  if (path.startsWith(SITE)) {
    const content = siteFiles.get(path.slice(SITE.length));
    if (content === undefined) throw new Error(`the page links to dist/${path}, which the build did not make`);
    return { path, href: path.slice(SITE.length), label, bytes: utf8Bytes(content) };
  }
  const content = files.get(path);
  if (content === undefined) throw new Error(`the page links to dist/${path}, which the build did not make`);
  return { path, href: `../${path}`, label, bytes: typeof content === 'string' ? utf8Bytes(content) : content.byteLength };
};

/** Every kind the catalogue offers for download is in exactly one group, and only those. */
const checkGroups = () => {
  const grouped = catalogueGroups.flatMap((group) => group.kinds);
  const offered = outputKinds.filter((kind) => kind.download !== undefined).map((kind) => kind.id);
  if (new Set(grouped).size !== grouped.length || grouped.length !== offered.length || !offered.every((id) => grouped.includes(id))) {
    throw new Error(`the download groups (${grouped.join(', ')}) must hold each downloadable output kind once (${offered.join(', ')})`);
  }
};

export const downloadGroups = (inputs: DownloadInputs): DownloadGroup[] => {
  checkGroups();
  const context: OutputContext = { schemas: inputs.schemas, tables: inputs.tables, siteSourceCopies: [...inputs.siteFiles.keys()], distFiles: [...inputs.files.keys()] };
  return catalogueGroups.map((group) => {
    // Files of the group's kinds that share a name (a table's CSV and Excel CSV) share a row.
    const rows = new Map<string, { description: string; files: Download[] }>();
    for (const kind of group.kinds.map(outputKind)) {
      for (const file of kind.files?.(context) ?? []) {
        const row = rows.get(file.name) ?? { description: fileDescription(kind, file), files: [] };
        row.files.push(download(inputs, file.path, kind.download?.label ?? kind.title));
        rows.set(file.name, row);
      }
    }
    return { id: group.id, heading: group.heading, intro: group.intro, rows: [...rows].map(([name, row]) => ({ name, ...row })) };
  });
};

const fileLink = (file: Download) =>
  html`<a href="${file.href}" download>${file.label}</a> <span class="size"><data value="${file.bytes}">${fileSize(file.bytes)}</data></span>`;

const groupTable = (group: DownloadGroup): Html => html`
<section aria-labelledby="${group.id}">
<h3 id="${group.id}">${group.heading}</h3>
<p>${group.intro}</p>
<div class="scroll" role="region" aria-labelledby="${group.id}" tabindex="0">
<table class="downloads stack">
<thead><tr><th scope="col">File</th><th scope="col">What it holds</th><th scope="col">Download</th></tr></thead>
<tbody>
${group.rows.map((row) => html`<tr><th scope="row"><code>${breakableName(row.name)}</code></th><td data-label="What it holds">${withCode(row.description)}</td><td class="links" data-label="Download">${row.files.map((file, index) => html`${index > 0 ? html`<br>` : ''}${fileLink(file)}`)}</td></tr>\n`)}</tbody>
</table>
</div>
</section>`;

export const downloadsSection = (inputs: DownloadInputs): Html => html`
<section id="downloads" aria-labelledby="downloads-title">
<h2 id="downloads-title">Downloads</h2>
<p>Every file is generated from the same records. The links point at the files beside this page (in <code>dist/</code>), so they work offline too.</p>
${downloadGroups(inputs).map(groupTable)}
</section>`;
