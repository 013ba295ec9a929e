/** The normalized tables of every record kind, derived from the JSON Schemas, with their rows. */
import { idTargets, tableNaming, tableRecordKinds } from '../../schema/tables.ts';
import type { DatasetName } from '../../schema/index.ts';
import { deriveTables, recordsToRows, type Row, type Table } from '../../src/tables.ts';
import type { JsonSchema } from './json-schema.ts';
import type { ValidDatasets } from './validate.ts';

/** The dataset that holds the records of each record kind. */
export const datasetOfRecordKind: Record<(typeof tableRecordKinds)[number], DatasetName> = {
  meeting: 'meetings',
  person: 'people',
  organization: 'organizations',
  'source-document': 'sources',
};

/** Every table, record tables first and each followed by its child tables. */
export const deriveAllTables = (jsonSchemas: ReadonlyMap<string, JsonSchema>): Table[] =>
  tableRecordKinds.flatMap((kind) => {
    const schema = jsonSchemas.get(kind);
    if (schema === undefined) throw new Error(`no JSON Schema for record kind ${kind}`);
    return deriveTables(schema, kind, tableNaming, idTargets);
  });

export const tableRows = (tables: readonly Table[], datasets: ValidDatasets): Map<string, Row[]> =>
  new Map(
    tableRecordKinds.flatMap((kind) => [
      ...recordsToRows(
        tables.filter((table) => table.recordKind === kind),
        datasets[datasetOfRecordKind[kind]],
      ),
    ]),
  );
