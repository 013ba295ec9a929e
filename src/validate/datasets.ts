/**
 * What the compiled module says about the datasets, derived once: the schema of a name, which
 * datasets each dataset's records refer to, and the order to read them in. No dataset is listed by
 * hand anywhere else in the validator.
 */
import type { CompiledModule, DatasetKey, SchemaInfo, TableInfo } from './compiled.ts';
import { InputError } from './types.ts';

export interface DatasetModel {
  readonly compiled: CompiledModule;
  /** The datasets each dataset's records refer to, in the order the tables name them. */
  readonly referenceTargets: ReadonlyMap<DatasetKey, readonly DatasetKey[]>;
  /** 0 for a dataset that refers to no other, else one more than the deepest dataset it refers to. */
  readonly rank: ReadonlyMap<string, number>;
  schema(name: string): SchemaInfo;
  table(name: string): TableInfo | undefined;
  /** The dataset a table's rows belong to. */
  datasetOfTable(table: TableInfo): DatasetKey;
}

const models = new WeakMap<CompiledModule, DatasetModel>();

/** The model of a compiled module (built once per module). */
export const datasetModel = (compiled: CompiledModule): DatasetModel => {
  const known = models.get(compiled);
  if (known !== undefined) return known;
  const datasetOfKind = new Map(compiled.schemas.map((schema) => [schema.recordKind, schema.dataset]));
  const datasetOfTable = (table: TableInfo) => datasetOfKind.get(table.recordKind) as DatasetKey;
  // A column that holds an id names the table (= the dataset) it refers to.
  const referenceTargets = new Map<DatasetKey, DatasetKey[]>();
  for (const schema of compiled.schemas) referenceTargets.set(schema.dataset, referenceTargets.get(schema.dataset) ?? []);
  for (const table of compiled.tables) {
    const targets = referenceTargets.get(datasetOfTable(table)) as DatasetKey[];
    for (const column of table.columns) {
      const target = column.references as DatasetKey | undefined;
      if (target !== undefined && referenceTargets.has(target) && !targets.includes(target)) targets.push(target);
    }
  }
  const rank = new Map<string, number>();
  const rankOf = (dataset: DatasetKey, seen: readonly DatasetKey[] = []): number => {
    const others = (referenceTargets.get(dataset) ?? []).filter((target) => target !== dataset && !seen.includes(target));
    return others.length === 0 ? 0 : 1 + Math.max(...others.map((target) => rankOf(target, [...seen, dataset])));
  };
  for (const dataset of referenceTargets.keys()) rank.set(dataset, rankOf(dataset));
  const model: DatasetModel = {
    compiled,
    referenceTargets,
    rank,
    schema: (name) => {
      const info = compiled.schemas.find((schema) => schema.name === name);
      if (info === undefined) throw new InputError(`unknown schema "${name}"; use one of: ${compiled.schemas.map((schema) => schema.name).join(', ')}`);
      return info;
    },
    table: (name) => compiled.tables.find((table) => table.name === name),
    datasetOfTable,
  };
  models.set(compiled, model);
  return model;
};
