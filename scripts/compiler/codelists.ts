/**
 * The codelists, as OCDS publishes them: one `codelists/NAME.csv` each, with the header
 * `Code,Title,Description`, and a section of the data dictionary that says which are closed and
 * which are open, and which columns use each.
 */
import { codelists, type Codelist } from '../../schema/index.ts';
import type { Table } from './flatten.ts';
import { cellsToCsv } from './csv.ts';

export const codelistCsv = (codelist: Codelist): string =>
  cellsToCsv([['Code', 'Title', 'Description'], ...codelist.codes.map((entry) => [entry.code, entry.title, entry.description])]);

/** Every codelist file, by path under dist/. */
export const codelistFiles = (): Map<string, string> =>
  new Map(codelists.map((codelist) => [`codelists/${codelist.name}.csv`, codelistCsv(codelist)]));

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The columns whose values a codelist gives. */
export const codelistColumns = (codelist: Codelist, tables: readonly Table[]): string[] =>
  tables.flatMap((table) => table.columns.filter((column) => column.codelist === codelist.name).map((column) => `\`${table.name}.${column.name}\``));

export const renderCodelists = (tables: readonly Table[]): string =>
  [
    '### Codelists',
    '',
    'A *closed* codelist is complete: the schema allows its codes only. An *open* codelist recommends codes: any',
    'non-empty single line is valid: use a listed code where one fits, your own words where none does.',
    '',
    ...codelists.flatMap((codelist) => [
      `#### \`${codelist.name}\` (${codelist.open ? 'open' : 'closed'}): \`codelists/${codelist.name}.csv\``,
      '',
      `${codelist.description} Used by ${codelistColumns(codelist, tables).join(', ') || 'no column'}.`,
      '',
      '| code | title | description |',
      '| --- | --- | --- |',
      ...codelist.codes.map((entry) => `| \`${cell(entry.code)}\` | ${cell(entry.title)} | ${cell(entry.description)} |`),
      '',
    ]),
  ].join('\n');
