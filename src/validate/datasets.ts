/** What the compiled module says of the datasets (from the build's registry; none is named here), derived once. */
import type { CompiledModule } from './compiled.ts';
import { rulesOf } from './record-check.ts';
import { InputError, type DatasetName, type SchemaInfo, type TableInfo } from './types.ts';

export interface DatasetModel {
  readonly compiled: CompiledModule;
  /** The datasets each dataset's records refer to. */
  readonly referenceTargets: ReadonlyMap<string, readonly string[]>;
  /** 0 for a dataset that refers to no other, else one more than the deepest dataset it refers to. */
  readonly rank: ReadonlyMap<string, number>;
  schema(name: string): SchemaInfo;
  table(name: string): TableInfo | undefined;
  datasetOfTable(table: TableInfo): DatasetName;
}

/**
 * Why a schema asked for does not fit a CSV file's table, or undefined when it does: a table's rows
 * are records of its own dataset (a child table's, of its parent's), whatever schema is named.
 */
export const schemaMisfit = (model: DatasetModel, schemaName: string, table: TableInfo, file: string): string | undefined => {
  const schema = model.schema(schemaName);
  const dataset = model.datasetOfTable(table);
  if (schema.dataset === dataset) return undefined;
  return `the schema "${schema.name}" does not fit ${file}: its table, ${table.name}, belongs to the ${dataset} dataset. For a CSV file the table says what its rows are: leave the schema out, or give a table of the ${schema.dataset} dataset`;
};

const models = new WeakMap<CompiledModule, DatasetModel>();

const ranks = (targets: ReadonlyMap<string, readonly string[]>): Map<string, number> => {
  const rankOf = (dataset: string, seen: readonly string[]): number => {
    const others = (targets.get(dataset) ?? []).filter((target) => target !== dataset && !seen.includes(target));
    return others.length === 0 ? 0 : 1 + Math.max(...others.map((target) => rankOf(target, [...seen, dataset])));
  };
  return new Map([...targets.keys()].map((dataset) => [dataset, rankOf(dataset, [])]));
};

export const datasetModel = (compiled: CompiledModule): DatasetModel => {
  const known = models.get(compiled);
  if (known !== undefined) return known;
  const datasetOfKind = new Map(compiled.schemas.map((schema) => [schema.recordKind, schema.dataset]));
  const referenceTargets = new Map(Object.entries(rulesOf(compiled).referenceTargets));
  const model: DatasetModel = {
    compiled,
    referenceTargets,
    rank: ranks(referenceTargets),
    schema: (name) => {
      const info = compiled.schemas.find((schema) => schema.name === name);
      if (info === undefined) throw new InputError(`unknown schema "${name}"; use one of: ${compiled.schemas.map((schema) => schema.name).join(', ')}`);
      return info;
    },
    table: (name) => compiled.tables.find((table) => table.name === name),
    datasetOfTable: (table) => datasetOfKind.get(table.recordKind) as DatasetName,
  };
  models.set(compiled, model);
  return model;
};
