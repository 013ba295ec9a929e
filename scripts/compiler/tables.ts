/** The normalized tables of every record kind, derived from the JSON Schemas, with their rows. */
import { tableNaming } from '../../schema/table-naming.ts';
import { codelists, datasetRegistry, type DatasetName } from '../../schema/index.ts';
import { deriveTables, type Row, type Table } from './flatten.ts';
import { recordsToRows } from './rows.ts';
import type { JsonSchema } from './json-schema.ts';
import type { ValidDatasets } from './build-types.ts';

/** The dataset that holds the records of each record kind. */
export const datasetOfRecordKind: Readonly<Record<string, DatasetName>> = Object.fromEntries(
  datasetRegistry.map((entry) => [entry.recordKind, entry.dataset]),
);

/** The table (named after its dataset) that each id schema refers to. */
const idTargets = Object.fromEntries(datasetRegistry.map((entry) => [entry.idDef, entry.dataset]));

/** The codelist each codelist schema (a `$defs` name) is. */
const codelistDefs = Object.fromEntries(codelists.map((codelist) => [codelist.defName, codelist.name]));

/** Every table, record tables first and each followed by its child tables. */
export const deriveAllTables = (jsonSchemas: ReadonlyMap<string, JsonSchema>): Table[] =>
  datasetRegistry.flatMap((entry) => {
    const schema = jsonSchemas.get(entry.recordKind);
    if (schema === undefined) throw new Error(`no JSON Schema for record kind ${entry.recordKind}`);
    return deriveTables(schema, entry.recordKind, entry.dataset, tableNaming, idTargets, codelistDefs);
  });

export const tableRows = (tables: readonly Table[], datasets: ValidDatasets): Map<string, Row[]> =>
  new Map(
    datasetRegistry.flatMap((entry) => [
      ...recordsToRows(
        tables.filter((table) => table.recordKind === entry.recordKind),
        datasets[entry.dataset],
      ),
    ]),
  );
