/**
 * What flatten.ts reads of a JSON Schema node that is an object or a union of objects: its
 * properties, which are required, which must name one of several, and a union's variants.
 */
import { resolveRef, type JsonSchemaNode } from './json-schema.ts';

export type { JsonSchemaNode };

/** A union's variants, told apart by one property that each requires and gives a constant of its own. */
export interface ShapeVariants {
  readonly property: string;
  readonly cases: readonly { readonly value: string; readonly keys: ReadonlySet<string>; readonly required: ReadonlySet<string> }[];
}

export interface ObjectShape {
  /** An object's properties; a union's, merged (each variant's, the first schema of each key). */
  readonly properties: [string, JsonSchemaNode][];
  /** A union's: those every variant requires. */
  readonly required: ReadonlySet<string>;
  readonly description: string;
  /** Groups of properties of which at least one must be present (an `anyOf` of `required`). */
  readonly atLeastOne?: readonly string[];
  readonly variants?: ShapeVariants;
}

/** The properties an `anyOf` of `{ required: [name] }` branches asks one of, if that is what it is. */
const atLeastOneOf = (node: JsonSchemaNode): string[] | undefined => {
  const branches = node['anyOf'];
  if (!Array.isArray(branches)) return undefined;
  const names = (branches as JsonSchemaNode[]).map((branch) => (Array.isArray(branch['required']) && branch['required'].length === 1 ? String(branch['required'][0]) : undefined));
  return names.every((name) => name !== undefined) ? (names as string[]) : undefined;
};

/** The property that tells the variants apart, if one does: each requires it and gives it a string constant of its own. */
const variantsOf = (root: JsonSchemaNode, shapes: readonly ObjectShape[]): ShapeVariants | undefined => {
  const constant = (shape: ObjectShape, key: string) => {
    const property = shape.properties.find(([name]) => name === key)?.[1];
    const value = property === undefined ? undefined : resolveRef(root, property).node['const'];
    return shape.required.has(key) && typeof value === 'string' ? value : undefined;
  };
  for (const [property] of shapes[0]?.properties ?? []) {
    const values = shapes.map((shape) => constant(shape, property));
    if (values.some((value) => value === undefined) || new Set(values).size !== values.length) continue;
    return { property, cases: shapes.map((shape, index) => ({ value: values[index] as string, keys: new Set(shape.properties.map(([key]) => key)), required: shape.required })) };
  }
  return undefined;
};

/** The properties of an object schema, or the union of a `oneOf`'s object variants. */
export const objectShape = (root: JsonSchemaNode, node: JsonSchemaNode): ObjectShape | undefined => {
  const variants = Array.isArray(node['oneOf']) ? (node['oneOf'] as JsonSchemaNode[]) : undefined;
  if (variants === undefined) {
    if (node['type'] !== 'object') return undefined;
    const atLeastOne = atLeastOneOf(node);
    return {
      properties: Object.entries((node['properties'] ?? {}) as Record<string, JsonSchemaNode>),
      required: new Set((node['required'] ?? []) as string[]),
      description: String(node['description'] ?? ''),
      ...(atLeastOne === undefined ? {} : { atLeastOne }),
    };
  }
  const merged = new Map<string, JsonSchemaNode[]>();
  const requiredCounts = new Map<string, number>();
  const groups = new Set<string>();
  const shapes = variants.map((variant) => {
    const shape = objectShape(root, resolveRef(root, variant).node);
    if (shape === undefined) throw new Error('a oneOf in a table must list objects');
    for (const [key, schema] of shape.properties) merged.set(key, [...(merged.get(key) ?? []), schema]);
    for (const key of shape.required) requiredCounts.set(key, (requiredCounts.get(key) ?? 0) + 1);
    groups.add(JSON.stringify(shape.atLeastOne ?? null));
    return shape;
  });
  // A group every variant asks for (an organizer names an organization or a person) holds for the row.
  const [group] = groups;
  const atLeastOne = groups.size === 1 && group !== undefined ? (JSON.parse(group) as string[] | null) : null;
  const told = variantsOf(root, shapes);
  return {
    properties: [...merged].map(([key, schemas]) => [key, mergeVariants(schemas)]),
    required: new Set([...requiredCounts].filter(([, count]) => count === variants.length).map(([key]) => key)),
    description: String(node['description'] ?? ''),
    ...(atLeastOne === null ? {} : { atLeastOne }),
    ...(told === undefined ? {} : { variants: told }),
  };
};

/**
 * Whether a list of objects of this shape is numbered 1..n: its items have an integer `number`. One
 * test for the tables (which key such rows by it) and the rules (which check the numbering).
 */
export const isNumbered = (root: JsonSchemaNode, shape: ObjectShape): boolean =>
  shape.properties.some(([key, node]) => key === 'number' && resolveRef(root, node).node['type'] === 'integer');

/** One property seen in several variants: the discriminator's constants become an enum. */
const mergeVariants = (schemas: JsonSchemaNode[]): JsonSchemaNode => {
  const [first] = schemas;
  if (schemas.length === 1 || first === undefined || !('const' in first)) return first ?? {};
  return {
    type: 'string',
    ...(typeof first['title'] === 'string' ? { title: first['title'] } : {}),
    enum: schemas.map((schema) => schema['const']),
    description: schemas.map((schema) => `"${String(schema['const'])}": ${String(schema['description'] ?? '')}`).join(' '),
  };
};
