/**
 * TypeScript declarations generated from the JSON Schemas, so that the published types come from
 * the same source as the data and need nothing else installed (no zod types at the consumer).
 * Every property and array is `readonly`: the data is deep-frozen.
 */
import { isDeepStrictEqual } from 'node:util';
import { idTargetDataset } from '../../schema/index.ts';
import { defNameOf, type JsonSchema } from './json-schema.ts';

type Node = { readonly [key: string]: unknown };

/** `$defs` that are id strings, from the dataset registry. */
const ID_DEFS: ReadonlySet<string> = new Set(Object.keys(idTargetDataset));

/**
 * Which types to write: `general` types describe anyone's records (an id is any `string`);
 * `published` types describe this package's own data (an id is the union of its published ids,
 * and every structured type is its `Published…` twin).
 */
export type TypeMode = 'general' | 'published';

/** The name of a definition's type in a mode: structured types get a `Published` twin. */
const typeName = (name: string, def: Node | undefined, mode: TypeMode) =>
  mode === 'published' && def !== undefined && isStructured(def) ? `Published${name}` : name;

const isStructured = (def: Node) => def['type'] === 'object' || 'oneOf' in def || 'anyOf' in def;

const docComment = (node: Node, indent: string): string => {
  const lines: string[] = [];
  if (typeof node['description'] === 'string') lines.push(...node['description'].split('\n'));
  const examples = node['examples'];
  if (Array.isArray(examples) && examples.length > 0) lines.push(`@example ${JSON.stringify(examples[0])}`);
  // Editors show a deprecated field struck through; its description names the field to use.
  if (node['deprecated'] === true) lines.push('@deprecated');
  if (lines.length === 0) return '';
  const body = lines.map((line) => line.replaceAll('*/', '*\\/'));
  return body.length === 1
    ? `${indent}/** ${body[0]} */\n`
    : `${indent}/**\n${body.map((line) => `${indent} * ${line}`).join('\n')}\n${indent} */\n`;
};

/** The TypeScript type of a schema node; `defs` gives descriptions of referenced definitions. */
const typeOf = (node: Node, defs: Record<string, Node>, indent: string, mode: TypeMode): string => {
  const ref = defNameOf(node);
  if (ref !== undefined) return ID_DEFS.has(ref) ? (mode === 'published' ? ref : 'string') : typeName(ref, defs[ref], mode);
  // An object's `anyOf` only requires one of its optional properties: it is no union of types.
  const variants = node['oneOf'] ?? (node['type'] === 'object' ? undefined : node['anyOf']);
  if (Array.isArray(variants)) {
    return variants.map((variant: Node) => typeOf(variant, defs, indent, mode)).join(' | ');
  }
  if ('const' in node) return JSON.stringify(node['const']);
  if (Array.isArray(node['enum'])) return node['enum'].map((value) => JSON.stringify(value)).join(' | ');
  switch (node['type']) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array': {
      const item = typeOf((node['items'] ?? {}) as Node, defs, indent, mode);
      return /^[\w"]+$/.test(item) ? `readonly ${item}[]` : `ReadonlyArray<${item}>`;
    }
    case 'object':
      return objectType(node, defs, indent, mode);
    default:
      throw new Error(`cannot write a TypeScript type for ${JSON.stringify(node).slice(0, 200)}`);
  }
};

const objectType = (node: Node, defs: Record<string, Node>, indent: string, mode: TypeMode): string => {
  const properties = Object.entries((node['properties'] ?? {}) as Record<string, Node>);
  const required = new Set((node['required'] ?? []) as string[]);
  const inner = `${indent}  `;
  const members = properties.map(([key, property]) => {
    const ref = defNameOf(property);
    const documented = ref !== undefined && typeof property['description'] !== 'string' ? (defs[ref] ?? property) : property;
    const optional = required.has(key) ? '' : '?';
    return `${docComment(documented, inner)}${inner}readonly ${key}${optional}: ${typeOf(property, defs, inner, mode)};`;
  });
  return `{\n${members.join('\n')}\n${indent}}`;
};

/** Merges the `$defs` of several schemas; a name used twice must mean the same schema. */
export const collectDefinitions = (schemas: Iterable<JsonSchema>): Record<string, Node> => {
  const defs: Record<string, Node> = {};
  for (const schema of schemas) {
    for (const [name, def] of Object.entries((schema['$defs'] ?? {}) as Record<string, Node>)) {
      if (name in defs && !isDeepStrictEqual(defs[name], def)) throw new Error(`$defs/${name} differs between schemas`);
      defs[name] = def;
    }
  }
  return defs;
};

/** `export interface …` / `export type …` for every named definition except the id strings. */
export const declareDefinitions = (defs: Record<string, Node>, mode: TypeMode = 'general'): string =>
  Object.keys(defs)
    .filter((name) => !ID_DEFS.has(name) && (mode === 'general' || isStructured(defs[name] as Node)))
    .sort()
    .map((name) => {
      const def = defs[name] as Node;
      const doc = mode === 'general' ? docComment(def, '') : `/** ${name}, as in this package's own data: every id is one of the published ids. */\n`;
      const declared = typeName(name, def, mode);
      const { anyOf: _, ...shape } = def;
      return shape['type'] === 'object' && !('oneOf' in shape)
        ? `${doc}export interface ${declared} ${objectType(shape, defs, '', mode)}\n`
        : `${doc}export type ${declared} = ${typeOf(shape, defs, '', mode)};\n`;
    })
    .join('\n');

/** A literal union of the given ids, e.g. `'a' | 'b'`. */
export const literalUnion = (ids: readonly string[]): string =>
  ids.length === 0 ? 'never' : ids.map((id) => JSON.stringify(id)).join(' | ');
