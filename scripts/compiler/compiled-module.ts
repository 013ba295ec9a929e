/**
 * The modules the validator is bundled with: `virtual:validators`, ajv's standalone code for every
 * record and row schema (validator-schemas.ts), and `virtual:compiled-validators`, which names them
 * and adds what the runtime needs to know of the schemas and tables (src/validate/compiled.ts).
 */
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { fileURLToPath } from 'node:url';
import { datasetRegistry, type RecordKind } from '../../schema/registry.ts';
import type { CompiledModule } from '../../src/validate/compiled.ts';
import type { ItemLimits } from '../../src/validate/item-limits.ts';
import { patchAjvCode } from './ajv-patches.ts';
import type { Table } from './flatten.ts';
import { resolveRef, type JsonSchema, type JsonSchemaNode } from './json-schema.ts';
import { patternMessages } from './pattern-messages.ts';
import { RULES_IMPORT } from './rule-keywords.ts';
import { rulesModelData } from './rules-model.ts';
import { validatorAjv } from './validator-ajv.ts';
import { validatorSchemas } from './validator-schemas.ts';

// CommonJS; under NodeNext its default export is the module object.
const standaloneCode = standaloneCodeModule as unknown as typeof standaloneCodeModule.default;

const rulesModule = fileURLToPath(new URL('../../src/rules.ts', import.meta.url));

/**
 * The maxItems of every list in a record schema, as a tree of the properties that lead to them.
 * Union branches are merged, keeping the largest limit (a list none of them bounds has none).
 */
export const itemLimits = (schema: JsonSchema): ItemLimits | undefined => {
  const prune = (limits: ItemLimits): ItemLimits | undefined =>
    limits.maxItems === undefined && limits.items === undefined && Object.keys(limits.properties ?? {}).length === 0 ? undefined : limits;
  const merge = (a: ItemLimits | undefined, b: ItemLimits | undefined): ItemLimits | undefined => {
    if (a === undefined || b === undefined) return a ?? b;
    const maxItems = a.maxItems === undefined || b.maxItems === undefined ? undefined : Math.max(a.maxItems, b.maxItems);
    const items = merge(a.items, b.items);
    const keys = new Set([...Object.keys(a.properties ?? {}), ...Object.keys(b.properties ?? {})]);
    const properties = Object.fromEntries([...keys].flatMap((key) => {
      const merged = merge(a.properties?.[key], b.properties?.[key]);
      return merged === undefined ? [] : [[key, merged]];
    }));
    return prune({ ...(maxItems === undefined ? {} : { maxItems }), ...(items === undefined ? {} : { items }), ...(keys.size === 0 ? {} : { properties }) });
  };
  const walk = (raw: JsonSchemaNode, depth: number): ItemLimits | undefined => {
    if (depth > 32) return undefined;
    const { node } = resolveRef(schema, raw);
    let limits: ItemLimits | undefined;
    for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
      const branches = node[key];
      if (Array.isArray(branches)) for (const branch of branches as JsonSchema[]) limits = merge(limits, walk(branch, depth + 1));
    }
    const items = node['items'] !== null && typeof node['items'] === 'object' ? walk(node['items'] as JsonSchema, depth + 1) : undefined;
    const properties: Record<string, ItemLimits> = {};
    for (const [key, value] of Object.entries((node['properties'] ?? {}) as Record<string, JsonSchema>)) {
      const inner = walk(value, depth + 1);
      if (inner !== undefined) properties[key] = inner;
    }
    const own = prune({
      ...(typeof node['maxItems'] === 'number' ? { maxItems: node['maxItems'] } : {}),
      ...(items === undefined ? {} : { items }),
      ...(Object.keys(properties).length === 0 ? {} : { properties }),
    });
    return limits === undefined ? own : own === undefined ? limits : { ...limits, ...own, properties: { ...limits.properties, ...own.properties } };
  };
  return walk(schema, 0);
};

/** The runtime's view of the schemas and tables (CompiledModule without the validators). */
const compiledData = (jsonSchemas: ReadonlyMap<string, JsonSchema>, tables: readonly Table[]): Omit<CompiledModule, 'records' | 'rows'> => ({
  // Record schemas first, then dataset schemas, each in the order of the registry.
  schemas: [false, true].flatMap((isDataset) =>
    datasetRegistry.map((entry) => {
      const name = isDataset ? entry.dataset : entry.recordKind;
      const schema = jsonSchemas.get(name) ?? {};
      return { name, title: String(schema['title']), description: String(schema['description']), recordKind: entry.recordKind, dataset: entry.dataset, isDataset };
    }),
  ),
  tables: tables.map((table) => ({
    name: table.name,
    recordKind: table.recordKind as RecordKind,
    columns: table.columns.map((column) => ({
      name: column.name,
      type: column.type,
      required: column.required,
      ...(column.references === undefined ? {} : { references: column.references }),
      // Where a record table's cell lives in the record.
      ...(table.parent === undefined && column.role === 'field' ? { path: column.path } : {}),
    })),
    primaryKey: table.primaryKey,
    ...(table.parent === undefined ? {} : { parent: table.parent }),
    parentKeyColumns: table.parentKeyColumns,
    // Items numbered by the source (priorities, remarks) must count 1..n within each parent.
    ...(table.itemKey === 'number' ? { numbered: true } : {}),
    ...(table.parent !== undefined && table.minItems !== undefined ? { minItems: table.minItems } : {}),
    ...(table.parent !== undefined && table.minItemsWhen !== undefined ? { minItemsWhen: table.minItemsWhen } : {}),
    ...(table.parent !== undefined && table.maxItems !== undefined ? { maxItems: table.maxItems } : {}),
  })),
  // By schema name: a record's lists, and for a dataset, how many records it holds at most.
  limits: Object.fromEntries([...jsonSchemas].map(([name, schema]) => [name, itemLimits(schema) ?? {}])),
  rules: rulesModelData(jsonSchemas),
  patternMessages: patternMessages(jsonSchemas),
});

const compiled = new WeakMap<readonly Table[], Map<string, string>>();

/** `virtual:compiled-validators` and `virtual:validators`, by name (once per set of tables: the library and the page's worker share them). */
export const compiledModules = (jsonSchemas: ReadonlyMap<string, JsonSchema>, tables: readonly Table[]): Map<string, string> => {
  const known = compiled.get(tables);
  if (known !== undefined) return new Map(known);
  const schemas = validatorSchemas(jsonSchemas, tables);
  const ajv = validatorAjv([...schemas.records.values(), ...schemas.rows.values()], { code: { source: true, esm: true, optimize: true } });
  const exported = (prefix: string, named: ReadonlyMap<string, JsonSchema>) => [...named].map(([name, schema], index) => ({ name, id: String(schema['$id']), as: `${prefix}${index}` }));
  const records = exported('record', schemas.records);
  const rows = exported('row', schemas.rows);
  const code = patchAjvCode(standaloneCode(ajv, Object.fromEntries([...records, ...rows].map(({ id, as }) => [as, id]))));
  const byName = (list: typeof records) => `{ ${list.map(({ name, as }) => `${JSON.stringify(name)}: validators.${as}`).join(', ')} }`;
  const glue = [
    "import * as validators from 'virtual:validators';",
    `export default { records: ${byName(records)}, rows: ${byName(rows)}, ...${JSON.stringify(compiledData(jsonSchemas, tables))} };`,
  ].join('\n');
  const modules = new Map([
    ['virtual:compiled-validators', glue],
    ['virtual:validators', `import * as ${RULES_IMPORT} from ${JSON.stringify(rulesModule)};\n${code}`],
  ]);
  compiled.set(tables, modules);
  return new Map(modules);
};
