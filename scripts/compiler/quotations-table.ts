/**
 * The `quotations` table: one row per quotation of the records, where it stands in its source (the
 * same places as dist/annotations/). A derived table beside the record tables: it goes into
 * datapackage.json, the workbook and the database like them, but is no kind of record, so the
 * validator does not take it, and its CSV files are in `csv/derived/` (and `csv/derived/excel/`),
 * apart from the tables of records a user may check with the validator (`csv/*.csv`).
 */
import { datasetRegistry } from '../../schema/index.ts';
import type { Column, Row, Table } from './flatten.ts';
import type { Quotation } from './quotations.ts';

export const QUOTATIONS_TABLE = 'quotations';

/** Where each column's value is in an annotation of dist/annotations/. */
const IN_ANNOTATION = 'annotations/SOURCE.jsonld: first.items[]';

const column = (name: string, type: Column['type'], description: string, jsonPath: string, extra: Partial<Column> = {}): Column => ({
  name,
  type,
  description,
  required: true,
  jsonPath: `${IN_ANNOTATION}.${jsonPath}`,
  path: [name],
  verbatim: false,
  role: 'field',
  ...extra,
});

export const quotationsTable: Table = {
  name: QUOTATIONS_TABLE,
  description:
    'Where each quotation of the records stands in its source: one row per quoted value (a name, a title, a sentence, …), with its place as start and end offsets in Unicode code points of the source file and its lines. Derived by the build; the same places as the Web Annotations in annotations/.',
  recordKind: 'quotation',
  arrayPath: [],
  columns: [
    column('dataset', 'string', 'The dataset of the record that quotes the text.', 'body.source (the file name)', {
      enum: datasetRegistry.map((entry) => entry.dataset),
      example: 'meetings',
    }),
    column('record_id', 'string', 'The id of the record that quotes the text (in the dataset named by dataset).', 'body.source (the fragment)', { example: 'national-st-work-conference-2020' }),
    column('pointer', 'string', 'JSON Pointer (RFC 6901) of the quoted value within the record.', 'body.selector.value', { example: '/workReport/priorities/8/text' }),
    column('source_id', 'string', 'The source document the text is quoted from.', 'target.source.id', { references: 'sources', example: 'most-newsletter-2020-01' }),
    column('start', 'integer', 'Offset of the first code point of the span in the source file (0-based; W3C TextPositionSelector start).', 'target.selector[0].start', { minimum: 0, example: 1349 }),
    column('end', 'integer', 'Offset just past the last code point of the span (W3C TextPositionSelector end).', 'target.selector[0].end', { minimum: 1, example: 1429 }),
    column('line_start', 'integer', 'The line of the source file the span begins on (1-based).', 'target.selector[1] (the line of start)', { minimum: 1, example: 64 }),
    column('line_end', 'integer', 'The line it ends on (1-based).', 'target.selector[1] (the line of end)', { minimum: 1, example: 66 }),
    column('exact', 'string', 'The span as it stands in the source, line breaks included (the record folds them to single spaces).', 'target.selector[1].exact', {
      example: 'Unleash the people’s innovation vitality and',
    }),
  ],
  primaryKey: ['dataset', 'record_id', 'pointer'],
  parentKeyColumns: [],
  arrayRequired: false,
};

export const quotationRows = (quotations: readonly Quotation[]): Row[] =>
  quotations.map((quotation) => ({
    dataset: quotation.dataset,
    record_id: quotation.recordId,
    pointer: quotation.pointer,
    source_id: quotation.sourceId,
    start: String(quotation.start),
    end: String(quotation.end),
    line_start: String(quotation.lineStart),
    line_end: String(quotation.lineEnd),
    exact: quotation.exact,
  }));

/** Every table the package publishes: the record tables, then the derived table of quotations. */
export const publishedTables = (recordTables: readonly Table[]): Table[] => [...recordTables, quotationsTable];

const DERIVED: ReadonlySet<string> = new Set([QUOTATIONS_TABLE]);

/** Where a table's CSV files go under dist/: plain and for spreadsheets. */
export const csvPaths = (table: Pick<Table, 'name'>): { readonly plain: string; readonly excel: string } =>
  DERIVED.has(table.name)
    ? { plain: `csv/derived/${table.name}.csv`, excel: `csv/derived/excel/${table.name}.csv` }
    : { plain: `csv/${table.name}.csv`, excel: `csv/excel/${table.name}.csv` };
