/**
 * The `quotations` table: one row per quotation of the records, where it stands in its source (the
 * same places as dist/annotations/). A derived table beside the record tables: it goes into
 * datapackage.json, the workbook and the database like them, but is no kind of record, so the
 * validator does not take it, and its CSV files are in `csv/derived/` (and `csv/derived/excel/`),
 * apart from the tables of records a user may check with the validator (`csv/*.csv`).
 */
import { datasetRegistry } from '../../schema/index.ts';
import type { Column, Row, Table } from './flatten.ts';
import { QUOTATION_FIELDS } from './quotation-fields.ts';
import type { Quotation } from './quotations.ts';

export const QUOTATIONS_TABLE = 'quotations';

const datasetNames = datasetRegistry.map((entry) => entry.dataset);

export const quotationsTable: Table = {
  name: QUOTATIONS_TABLE,
  description:
    'Where each quotation of the records stands in its source: one row per quoted value (a name, a title, a sentence, …), with its place as start and end offsets in Unicode code points of the source file and its lines. Derived by the build; the same places as the Web Annotations in annotations/.',
  recordKind: 'quotation',
  arrayPath: [],
  columns: QUOTATION_FIELDS.flatMap(({ key, description, column, inAnnotation }): Column[] =>
    column === undefined
      ? []
      : [
          {
            name: column.name,
            type: column.type,
            description,
            required: true,
            jsonPath: `annotations/SOURCE.jsonld: first.items[].${inAnnotation}`,
            path: [column.name],
            verbatim: false,
            role: 'field',
            example: column.example,
            ...(column.minimum === undefined ? {} : { minimum: column.minimum }),
            ...(key === 'dataset' ? { enum: datasetNames } : {}),
            ...(key === 'sourceId' ? { references: 'sources' } : {}),
          },
        ],
  ),
  primaryKey: ['dataset', 'record_id', 'pointer'],
  parentKeyColumns: [],
  arrayRequired: false,
};

export const quotationRows = (quotations: readonly Quotation[]): Row[] =>
  quotations.map((quotation) =>
    Object.fromEntries(QUOTATION_FIELDS.flatMap(({ key, column }) => (column === undefined ? [] : [[column.name, String(quotation[key])]]))),
  );

/** Every table the package publishes: the record tables, then the derived table of quotations. */
export const publishedTables = (recordTables: readonly Table[]): Table[] => [...recordTables, quotationsTable];

const DERIVED: ReadonlySet<string> = new Set([QUOTATIONS_TABLE]);

/** Where a table's CSV files go under dist/: plain and for spreadsheets. */
export const csvPaths = (table: Pick<Table, 'name'>): { readonly plain: string; readonly excel: string } =>
  DERIVED.has(table.name)
    ? { plain: `csv/derived/${table.name}.csv`, excel: `csv/derived/excel/${table.name}.csv` }
    : { plain: `csv/${table.name}.csv`, excel: `csv/excel/${table.name}.csv` };
