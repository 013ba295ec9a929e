/**
 * The rules' model, derived from the record JSON Schemas: every field typed with an id schema is a
 * reference, every `TimeZone`/`CountryCode` is looked up, every array of items with a `number` is
 * numbered. Nothing here lists a field by hand.
 */
import { VERBATIM_COMMENT } from '../../schema/index.ts';
import { datasetRegistry, idTargetDataset } from '../../schema/registry.ts';
import type { DatasetKey, DatasetRulesModel, FieldPath, RulesModel } from '../../src/rules.ts';
import { defNameOf, type JsonSchema } from './json-schema.ts';

type Node = { readonly [key: string]: unknown };

interface Found {
  verbatim: FieldPath[];
  references: { path: FieldPath; target: DatasetKey }[];
  numbered: FieldPath[];
  timeZones: FieldPath[];
  countries: FieldPath[];
}

const key = (path: FieldPath) => path.join('\u0000');

/** Walks one record schema; `seen` stops a recursive schema from looping. */
const walk = (root: Node, node: Node, path: FieldPath, found: Found, seen: ReadonlySet<string>) => {
  const name = defNameOf(node);
  // A quotation is marked where it is used (its `$comment`), beside or instead of a `$ref`.
  if (typeof node['$comment'] === 'string' && node['$comment'] === VERBATIM_COMMENT) found.verbatim.push(path);
  if (name !== undefined) {
    const target = idTargetDataset[name];
    // A record's own `id` is its key, not a reference.
    if (target !== undefined && !(path.length === 1 && path[0] === 'id')) found.references.push({ path, target });
    if (name === 'TimeZone') found.timeZones.push(path);
    if (name === 'CountryCode') found.countries.push(path);
    if (seen.has(name)) return;
    const target2 = (root['$defs'] as Record<string, Node> | undefined)?.[name];
    if (target2 !== undefined) walk(root, target2, path, found, new Set([...seen, name]));
    return;
  }
  for (const keyword of ['oneOf', 'anyOf', 'allOf'] as const) {
    const variants = node[keyword];
    if (Array.isArray(variants)) for (const variant of variants as Node[]) walk(root, variant, path, found, seen);
  }
  if (node['type'] === 'array' && node['items'] !== undefined) {
    const items = node['items'] as Node;
    const itemProperties = (resolveShallow(root, items)['properties'] ?? {}) as Record<string, Node>;
    if ('number' in itemProperties) found.numbered.push(path);
    walk(root, items, [...path, '*'], found, seen);
  }
  const properties = node['properties'];
  if (properties !== null && typeof properties === 'object') {
    for (const [property, child] of Object.entries(properties as Record<string, Node>)) walk(root, child, [...path, property], found, seen);
  }
};

const resolveShallow = (root: Node, node: Node): Node => {
  const name = defNameOf(node);
  return name === undefined ? node : ((root['$defs'] as Record<string, Node> | undefined)?.[name] ?? node);
};

/** Removes repeats (a field seen in two variants of a union) and keeps the first order. */
const unique = <T>(items: readonly T[], pathOf: (item: T) => FieldPath): T[] => {
  const seen = new Set<string>();
  return items.filter((item) => {
    const id = key(pathOf(item));
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
};

const findAll = (schema: JsonSchema): Found => {
  const found: Found = { verbatim: [], references: [], numbered: [], timeZones: [], countries: [] };
  walk(schema, schema, [], found, new Set());
  return found;
};

/** Every field of a record schema that holds a quotation (verbatim text of its source). */
export const verbatimPaths = (schema: JsonSchema): FieldPath[] => unique(findAll(schema).verbatim, (path) => path);

export const datasetRulesModel = (schema: JsonSchema): DatasetRulesModel => {
  const found = findAll(schema);
  return {
    references: unique(found.references, (item) => item.path),
    numbered: unique(found.numbered, (path) => path),
    timeZones: unique(found.timeZones, (path) => path),
    countries: unique(found.countries, (path) => path),
  };
};

/** The model of every dataset, from the record schemas (by record kind). */
export const buildRulesModel = (recordJsonSchemas: ReadonlyMap<string, JsonSchema>): RulesModel =>
  Object.fromEntries(
    datasetRegistry.map((entry) => {
      const schema = recordJsonSchemas.get(entry.recordKind);
      if (schema === undefined) throw new Error(`no JSON Schema for record kind ${entry.recordKind}`);
      return [entry.dataset, datasetRulesModel(schema)];
    }),
  ) as RulesModel;
