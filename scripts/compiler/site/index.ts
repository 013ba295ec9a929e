/**
 * dist/site/: the dataset's pages, a static site that works opened from disk (file://) and from
 * any static host serving dist/, with no server and no network access:
 *
 *   index.html        the meetings (each with how to cite it), the series, documents and meetings
 *                     they name, the people and organizations, the downloads and the validator
 *   dictionary.html   the data dictionary
 *   source/ID.html    each kept source with line numbers and its quoted spans
 *   source/NAME.txt   a copy of each kept source, as published
 *   style.css, app.js its styles (src/site/style.css) and the validator's script (bundle.ts)
 *
 * Made from the build's own in-memory outputs (sizes, JSON-LD), so it is as reproducible as they are.
 */
import { readFileSync } from 'node:fs';
import type { Table } from '../flatten.ts';
import { DATAPACKAGE_TITLE } from '../datapackage.ts';
import type { JsonSchema } from '../json-schema.ts';
import type { ValidDatasets } from '../check-records.ts';
import { quotationKey, type Quotation } from '../quotations.ts';
import type { FileContent } from '../write.ts';
import { bundleSiteScript } from './bundle.ts';
import { dictionarySection } from './dictionary.ts';
import { downloadsSection } from './downloads.ts';
import { linkedSection } from './linked.ts';
import { meetingsSection } from './meetings.ts';
import { RECORD_ANCHOR } from './mentions.ts';
import { page, type NavLink } from './page.ts';
import { QuoteLinks, sourceCopyPath, sourceViewPath } from './quote-links.ts';
import { recordsSection } from './records.ts';
import { sourcePage } from './source-view.ts';
import { validatorSection } from './validator-section.ts';

const rootUrl = new URL('../../../', import.meta.url);

export interface SiteInputs {
  readonly datasets: ValidDatasets;
  readonly schemas: ReadonlyMap<string, JsonSchema>;
  /** Every table of the downloads and the dictionary, the derived ones included. */
  readonly tables: readonly Table[];
  /** The tables of records, which the validator checks. */
  readonly recordTables: readonly Table[];
  readonly quotations: readonly Quotation[];
  /** Every other file of dist/, by path under dist/: the downloads and their sizes. */
  readonly files: ReadonlyMap<string, FileContent>;
}

/** The site's files, by path under dist/site/. */
export const buildSite = async ({ datasets, schemas, tables, recordTables, quotations, files }: SiteInputs): Promise<Map<string, string>> => {
  const jsonLd = files.get('jsonld/meetings.jsonld');
  if (typeof jsonLd !== 'string') throw new Error('the site embeds jsonld/meetings.jsonld: build it first');
  const kept = datasets.sources.flatMap((source) => {
    const copy = sourceCopyPath(source);
    return copy === undefined || source.path === undefined ? [] : [{ source, copy, text: readFileSync(new URL(source.path, rootUrl), 'utf8') }];
  });
  const sourceCopies = new Map(kept.map(({ copy, text }) => [copy, text]));
  const viewed = kept.filter(({ source }) => quotations.some((quotation) => quotation.sourceId === source.id));
  const nav: NavLink[] = [
    ['index.html#meetings', 'Meetings'],
    ['index.html#linked', 'Series and documents'],
    ['index.html#people', 'People and organizations'],
    ['index.html#downloads', 'Downloads'],
    ['index.html#validate', 'Validate files'],
    ['dictionary.html', 'Data dictionary'],
    ...viewed.map(({ source }) => [sourceViewPath(source), viewed.length === 1 ? 'Source text' : `Source: ${source.id}`] as const),
  ];
  const quotes = new QuoteLinks(quotations, datasets.sources);
  const index = page({
    title: DATAPACKAGE_TITLE,
    jsonLd,
    nav,
    script: true,
    sections: [
      meetingsSection(datasets, quotes),
      linkedSection(datasets, quotes),
      recordsSection(datasets, quotes),
      downloadsSection({ files, schemas, tables, siteFiles: sourceCopies }),
      validatorSection(schemas, recordTables),
    ],
  });
  // Each span of a source links back to its value on the main page, or to its record there.
  const recordHref = (quotation: Quotation) =>
    `../index.html#${quotes.rendered.has(quotationKey(quotation)) ? quotationKey(quotation) : RECORD_ANCHOR[quotation.dataset](quotation.recordId)}`;
  const sourcePages = viewed.map(({ source, text }) => {
    const view = sourcePage({ source, text, quotations, meetings: datasets.meetings, recordHref });
    return [sourceViewPath(source), page({ ...view, siteTitle: DATAPACKAGE_TITLE, root: '../', intro: 'The source text as kept in the package, unchanged, with its line numbers and the places the records quote.', nav })] as const;
  });
  const dictionary = page({
    title: 'Data dictionary',
    siteTitle: DATAPACKAGE_TITLE,
    intro: 'Every CSV table and column, generated from the schemas.',
    nav,
    sections: [dictionarySection(tables)],
  });
  return new Map([
    ['index.html', index],
    ['dictionary.html', dictionary],
    ...sourcePages,
    ['style.css', readFileSync(new URL('src/site/style.css', rootUrl), 'utf8')],
    ['app.js', await bundleSiteScript(schemas, recordTables)],
    ...sourceCopies,
  ]);
};
