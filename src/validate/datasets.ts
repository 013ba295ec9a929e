/** What the compiled module says of the datasets (from the build's registry; none is named here), derived once. */
import type { CompiledModule } from './compiled.ts';
import { createRules } from '../rules.ts';
import { ID_SLOT } from './pending-references.ts';
import { InputError, type DatasetName, type InputFormat, type SchemaInfo, type TableInfo } from './types.ts';

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

const ranks = (targets: ReadonlyMap<string, readonly string[]>): Map<string, number> => {
  const rankOf = (dataset: string, seen: readonly string[]): number => {
    const others = (targets.get(dataset) ?? []).filter((target) => target !== dataset && !seen.includes(target));
    return others.length === 0 ? 0 : 1 + Math.max(...others.map((target) => rankOf(target, [...seen, dataset])));
  };
  return new Map([...targets.keys()].map((dataset) => [dataset, rankOf(dataset, [])]));
};

const modelOf = (compiled: CompiledModule) => {
  const datasetOfKind = new Map(compiled.schemas.map((schema) => [schema.recordKind, schema.dataset]));
  const rules = createRules(compiled.rules);
  const referenceTargets = new Map(Object.entries(rules.referenceTargets));
  return {
    /** The rules bound to the module's model. */
    rules,
    /** The message of an unresolved reference into each dataset referred to, its id left to fill (ID_SLOT): one string for every reference held. */
    unresolvedTemplates: new Map([...new Set([...referenceTargets.values()].flat())].map((target) => [target, rules.unresolvedMessage({ target, id: ID_SLOT, pointer: '' })])),
    /** The datasets each dataset's records refer to. */
    referenceTargets,
    /** 0 for a dataset that refers to no other, else one more than the deepest dataset it refers to. */
    rank: ranks(referenceTargets),
    schema: (name: string): SchemaInfo => {
      const info = compiled.schemas.find((schema) => schema.name === name);
      if (info === undefined) throw new InputError(`unknown schema "${name}"; use one of: ${compiled.schemas.map((schema) => schema.name).join(', ')}`);
      return info;
    },
    table: (name: string): TableInfo | undefined => compiled.tables.find((table) => table.name === name),
    datasetOfTable: (table: TableInfo) => datasetOfKind.get(table.recordKind) as DatasetName,
  };
};

export type DatasetModel = ReturnType<typeof modelOf>;

const models = new WeakMap<CompiledModule, DatasetModel>();

/** The model of a compiled module, made once. */
export const datasetModel = (compiled: CompiledModule): DatasetModel => {
  let model = models.get(compiled);
  if (model === undefined) models.set(compiled, (model = modelOf(compiled)));
  return model;
};

const tableDepth = (model: DatasetModel, table: TableInfo | undefined): number => (table?.parent === undefined ? 0 : 1 + tableDepth(model, model.table(table.parent)));

/** An input as the reading order sees it: a CSV file's table, when one is named or its file name says. */
export interface ReadInput {
  readonly schema: string;
  readonly format: InputFormat;
  readonly table: string | undefined;
}

/**
 * The inputs in the order they are read, in the command and on the page alike: what is referred to
 * before what refers to it (organizations, then people and sources, then meetings; a parent table
 * before its child tables), whatever order they were given in (a shell glob is alphabetical); a CSV
 * file of no known table last. The sort is stable: the given order stays among equals.
 */
export const inReadingOrder = <T>(model: DatasetModel, inputs: readonly T[], read: (input: T) => ReadInput): T[] => {
  const rank = (input: ReadInput): number => {
    const table = input.format === 'csv' ? model.table(input.table ?? '') : undefined;
    if (input.format === 'csv' && table === undefined) return Number.POSITIVE_INFINITY;
    const dataset = table === undefined ? model.schema(input.schema).dataset : model.datasetOfTable(table);
    return (model.rank.get(dataset) ?? 0) * 10 + tableDepth(model, table);
  };
  return inputs
    .map((input, index) => ({ input, index, rank: rank(read(input)) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ input }) => input);
};
