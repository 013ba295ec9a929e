/**
 * dist/site/: the dataset's landing page, a static site that works opened from disk (file://) and
 * from any static host serving dist/, with no server and no network access:
 *
 *   index.html   the meetings, the downloads, the validator and the data dictionary
 *   style.css    its styles (src/site/style.css)
 *   app.js       the validator's script and worker (scripts/compiler/site/bundle.ts)
 *   source/…     a copy of the source text the quotations cite
 *
 * Made from the build's own in-memory outputs (sizes, JSON-LD), so it is as reproducible as they are.
 */
import { readFileSync } from 'node:fs';
import type { Table } from '../flatten.ts';
import { DATAPACKAGE_TITLE } from '../datapackage.ts';
import type { JsonSchema } from '../json-schema.ts';
import type { ValidDatasets } from '../check-records.ts';
import type { FileContent } from '../write.ts';
import { bundleSiteScript } from './bundle.ts';
import { dictionarySection } from './dictionary.ts';
import { downloadsSection } from './downloads.ts';
import { meetingsSection, sourceCopyPath } from './meetings.ts';
import { page } from './page.ts';
import { validatorSection } from './validator-section.ts';

const rootUrl = new URL('../../../', import.meta.url);

export interface SiteInputs {
  readonly datasets: ValidDatasets;
  readonly schemas: ReadonlyMap<string, JsonSchema>;
  readonly tables: readonly Table[];
  /** Every other file of dist/, by path under dist/: the downloads and their sizes. */
  readonly files: ReadonlyMap<string, FileContent>;
}

/** The site's files, by path under dist/site/. */
export const buildSite = async ({ datasets, schemas, tables, files }: SiteInputs): Promise<Map<string, string>> => {
  const jsonLd = files.get('jsonld/meetings.jsonld');
  if (typeof jsonLd !== 'string') throw new Error('the site embeds jsonld/meetings.jsonld: build it first');
  const sourceCopies = new Map(
    datasets.sources.flatMap((source) => {
      const copy = sourceCopyPath(source);
      return copy === undefined || source.path === undefined ? [] : [[copy, readFileSync(new URL(source.path, rootUrl), 'utf8')] as const];
    }),
  );
  const html = page({
    title: DATAPACKAGE_TITLE,
    jsonLd,
    sections: [
      meetingsSection(datasets),
      downloadsSection({ files, schemas, tables, siteFiles: sourceCopies }),
      validatorSection(schemas, tables),
      dictionarySection(tables),
    ],
  });
  return new Map([
    ['index.html', html],
    ['style.css', readFileSync(new URL('src/site/style.css', rootUrl), 'utf8')],
    ['app.js', await bundleSiteScript(schemas, tables)],
    ...sourceCopies,
  ]);
};
