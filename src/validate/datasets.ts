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
