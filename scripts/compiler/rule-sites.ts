/**
 * Where the rules apply, found in a record's JSON Schema, with no field named by hand: a field typed
 * with an id schema is a reference to that dataset; a `TimeZone` or `CountryCode` is looked up; an
 * array of items with an integer `number` is numbered 1..n (object-shape.ts `isNumbered`, as the
 * tables see it); an object with a pair of fields that make a range (ranges.ts) has an end that
 * must not come before its start; a field marked as a quotation is checked against its source by
 * the build, and one marked as printed within another (printed-within.ts) against that value.
 */
import { PRINTED_WITHIN_COMMENT, VERBATIM_COMMENT } from '../../schema/index.ts';
import { idTargetDataset } from '../../schema/registry.ts';
import type { FieldPath } from '../../src/rules.ts';
import { defNameOf, definitionOf, resolveRef, type JsonSchema, type JsonSchemaNode as Node } from './json-schema.ts';
import { isNumbered, objectShape } from './object-shape.ts';
import { rangePairs } from './ranges.ts';

/** The `$defs` names of the schemas whose values the rules look up. */
export const LOOKED_UP_DEFS = { TimeZone: 'timeZone', CountryCode: 'country' } as const;

export interface RuleSites {
  readonly verbatim: FieldPath[];
  /** Fields whose words are printed within another value of the record (schema/common.ts `printedWithin`). */
  readonly printedWithin: FieldPath[];
  readonly references: { path: FieldPath; target: string }[];
  /** Array schemas whose items are numbered, in the order the record's fields are met. */
  readonly numbered: Node[];
  /** Object schemas holding ranges, in the same order. */
  readonly ranges: Map<Node, { start: string; end: string }[]>;
}

/** Walks one record schema depth first, following `$ref`s; `seen` stops a recursive schema from looping. */
const walk = (root: Node, node: Node, path: FieldPath, found: RuleSites, seen: ReadonlySet<string>): void => {
  const name = defNameOf(node);
  // A quotation is marked where it is used (its `$comment`), beside or instead of a `$ref`.
  if (node['$comment'] === VERBATIM_COMMENT) found.verbatim.push(path);
  if (node['$comment'] === PRINTED_WITHIN_COMMENT) found.printedWithin.push(path);
  if (name !== undefined) {
    const target = idTargetDataset[name];
    // A record's own `id` is its key, not a reference.
    if (target !== undefined && !(path.length === 1 && path[0] === 'id')) found.references.push({ path, target });
    // The definition itself, not a copy: the validator's keywords are put on the nodes found here.
    if (!seen.has(name)) walk(root, definitionOf(root, node) ?? node, path, found, new Set([...seen, name]));
    return;
  }
  for (const keyword of ['oneOf', 'anyOf', 'allOf'] as const) {
    const variants = node[keyword];
    if (Array.isArray(variants)) for (const variant of variants as Node[]) walk(root, variant, path, found, seen);
  }
  if (node['type'] === 'array' && node['items'] !== undefined) {
    const items = node['items'] as Node;
    const shape = objectShape(root, resolveRef(root, items).node);
    if (shape !== undefined && isNumbered(root, shape) && !found.numbered.includes(node)) found.numbered.push(node);
    walk(root, items, [...path, '*'], found, seen);
  }
  const properties = node['properties'];
  if (properties !== null && typeof properties === 'object') {
    const pairs = rangePairs(Object.keys(properties));
    if (pairs.length > 0 && !found.ranges.has(node)) found.ranges.set(node, pairs);
    for (const [property, child] of Object.entries(properties as Record<string, Node>)) walk(root, child, [...path, property], found, seen);
  }
};

/** Removes repeats (a field seen in two variants of a union) and keeps the first order. */
const unique = <T>(items: readonly T[], pathOf: (item: T) => FieldPath): T[] => {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = pathOf(item).join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** Where the rules apply in a record schema. */
export const ruleSites = (schema: JsonSchema): RuleSites => {
  const found: RuleSites = { verbatim: [], printedWithin: [], references: [], numbered: [], ranges: new Map() };
  walk(schema, schema, [], found, new Set());
  const byPath = (path: FieldPath) => path;
  return { ...found, verbatim: unique(found.verbatim, byPath), printedWithin: unique(found.printedWithin, byPath), references: unique(found.references, (item) => item.path) };
};

/** Every field of a record schema that holds a quotation (verbatim text of its source). */
export const verbatimPaths = (schema: JsonSchema): FieldPath[] => ruleSites(schema).verbatim;
