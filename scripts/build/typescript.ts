/**
 * TypeScript declarations generated from the JSON Schemas, so that the published types come from
 * the same source as the data and need nothing else installed (no zod types at the consumer).
 * Every property and array is `readonly`: the data is deep-frozen.
 */
import { isDeepStrictEqual } from 'node:util';
import type { JsonSchema } from './json-schema.ts';

type Node = { readonly [key: string]: unknown };

/** `$defs` that are id strings: a reference to one is typed `string` (any well-formed id). */
const ID_DEFS = new Set(['MeetingId', 'PersonId', 'OrganizationId', 'SourceId']);

const docComment = (node: Node, indent: string): string => {
  const lines: string[] = [];
  if (typeof node['description'] === 'string') lines.push(...node['description'].split('\n'));
  const examples = node['examples'];
  if (Array.isArray(examples) && examples.length > 0) lines.push(`@example ${JSON.stringify(examples[0])}`);
  if (lines.length === 0) return '';
  const body = lines.map((line) => line.replaceAll('*/', '*\\/'));
  return body.length === 1
    ? `${indent}/** ${body[0]} */\n`
    : `${indent}/**\n${body.map((line) => `${indent} * ${line}`).join('\n')}\n${indent} */\n`;
};

const refName = (node: Node): string | undefined => {
  const ref = node['$ref'];
  return typeof ref === 'string' && ref.startsWith('#/$defs/') ? ref.slice('#/$defs/'.length) : undefined;
};

/** The TypeScript type of a schema node; `defs` gives descriptions of referenced definitions. */
const typeOf = (node: Node, defs: Record<string, Node>, indent: string): string => {
  const ref = refName(node);
  if (ref !== undefined) return ID_DEFS.has(ref) ? 'string' : ref;
  const variants = node['oneOf'] ?? node['anyOf'];
  if (Array.isArray(variants)) {
    return variants.map((variant: Node) => typeOf(variant, defs, indent)).join(' | ');
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
      const item = typeOf((node['items'] ?? {}) as Node, defs, indent);
      return /^[\w"]+$/.test(item) ? `readonly ${item}[]` : `ReadonlyArray<${item}>`;
    }
    case 'object':
      return objectType(node, defs, indent);
    default:
      throw new Error(`cannot write a TypeScript type for ${JSON.stringify(node).slice(0, 200)}`);
  }
};

const objectType = (node: Node, defs: Record<string, Node>, indent: string): string => {
  const properties = Object.entries((node['properties'] ?? {}) as Record<string, Node>);
  const required = new Set((node['required'] ?? []) as string[]);
  const inner = `${indent}  `;
  const members = properties.map(([key, property]) => {
    const ref = refName(property);
    const documented = ref !== undefined && typeof property['description'] !== 'string' ? (defs[ref] ?? property) : property;
    const optional = required.has(key) ? '' : '?';
    return `${docComment(documented, inner)}${inner}readonly ${key}${optional}: ${typeOf(property, defs, inner)};`;
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
export const declareDefinitions = (defs: Record<string, Node>): string =>
  Object.keys(defs)
    .filter((name) => !ID_DEFS.has(name))
    .sort()
    .map((name) => {
      const def = defs[name] as Node;
      const doc = docComment(def, '');
      return def['type'] === 'object' && !('oneOf' in def)
        ? `${doc}export interface ${name} ${objectType(def, defs, '')}\n`
        : `${doc}export type ${name} = ${typeOf(def, defs, '')};\n`;
    })
    .join('\n');

/** A literal union of the given ids, e.g. `'a' | 'b'`. */
export const literalUnion = (ids: readonly string[]): string =>
  ids.length === 0 ? 'never' : ids.map((id) => JSON.stringify(id)).join(' | ');
