/** JSON Schema 2020-12 documents generated from the zod schemas with zod's own `z.toJSONSchema()`. */
import * as z from 'zod';
import { datasetSchemas, recordSchemas } from '../../schema/index.ts';
import { schemaBaseUrl } from './package-info.ts';

export type JsonSchema = { [key: string]: unknown };

/** A node of a JSON Schema, read only. */
export type JsonSchemaNode = { readonly [key: string]: unknown };

/** The `$defs` name a node refers to (`{ $ref: '#/$defs/Place' }` → `Place`), if it is a local reference. */
export const defNameOf = (node: JsonSchemaNode): string | undefined => {
  const ref = node['$ref'];
  return typeof ref === 'string' && ref.startsWith('#/$defs/') ? ref.slice('#/$defs/'.length) : undefined;
};

/**
 * The build's one `$ref` look-up: the `$defs` node a node's `$ref` names, itself (a walk that marks
 * nodes, as rule-sites.ts does for the validator's keywords, needs the schema's own node), or
 * undefined for a node without a `$ref`. A reference that is not local, or names no definition, is
 * an error of the build.
 */
export const definitionOf = (root: JsonSchemaNode, node: JsonSchemaNode): JsonSchemaNode | undefined => {
  const ref = node['$ref'];
  if (typeof ref !== 'string') return undefined;
  const defName = defNameOf(node);
  if (defName === undefined) throw new Error(`unsupported $ref ${ref}`);
  const target = (root['$defs'] as Record<string, JsonSchemaNode> | undefined)?.[defName];
  if (target === undefined) throw new Error(`unresolved $ref ${ref}`);
  return target;
};

/**
 * What a node says once its `$ref` is followed (to the end of a chain of them, by definitionOf):
 * the target's keywords with those beside the `$ref` kept over them, and the `$defs` name it
 * pointed to.
 */
export const resolveRef = (root: JsonSchemaNode, node: JsonSchemaNode): { node: JsonSchemaNode; defName?: string } => {
  const target = definitionOf(root, node);
  if (target === undefined) return { node };
  const { $ref: _, ...siblings } = node;
  const inner = resolveRef(root, { ...target, ...siblings });
  // definitionOf found a target, so the node names one.
  return { node: inner.node, defName: inner.defName ?? (defNameOf(node) as string) };
};

/** A schema with an `id` in its meta is emitted as `{ $ref: '#/$defs/Id' }`: its title lives there. */
const rootDefinition = (generated: JsonSchema): JsonSchema => {
  const name = defNameOf(generated);
  if (name === undefined) return {};
  const target = (generated['$defs'] as Record<string, JsonSchema>)[name] ?? {};
  return { title: target['title'], description: target['description'] };
};

/** Converts one zod schema; `$id`, `title` and `description` come first so the files read well. */
export const toJsonSchema = (fileName: string, schema: z.ZodType): JsonSchema => {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
  }) as JsonSchema;
  const { $schema, title, description, ...rest } = { ...rootDefinition(generated), ...generated };
  if (typeof title !== 'string' || typeof description !== 'string') {
    throw new Error(`schema for ${fileName} needs a title and a description in its .meta()`);
  }
  return { $schema, $id: `${schemaBaseUrl}${fileName}.schema.json`, title, description, ...rest };
};

/** Every JSON Schema the package publishes, by file name (without `.schema.json`). */
export const buildJsonSchemas = (): Map<string, JsonSchema> =>
  new Map(
    Object.entries({ ...recordSchemas, ...datasetSchemas }).map(([fileName, schema]) => [
      fileName,
      toJsonSchema(fileName, schema),
    ]),
  );

/**
 * A schema file's text. The noncharacters U+FFFE and U+FFFF (in the text patterns, which refuse
 * them) are written as JSON escapes: some JSON parsers (Perl's Mojo::JSON) refuse the file when
 * they stand in it as UTF-8. The parsed schema is the same.
 */
export const schemaFileText = (schema: JsonSchema): string =>
  `${JSON.stringify(schema, null, 2).replaceAll('\ufffe', '\\ufffe').replaceAll('\uffff', '\\uffff')}\n`;
