/**
 * The schemas the validator is compiled from, derived from the published JSON Schemas: each record
 * schema with the record rules added as keywords (rule-keywords.ts) where rule-sites.ts finds that
 * they apply, and one schema per CSV table for a row of typed cells, each cell checked against the
 * schema of its field. Annotations (descriptions, examples, comments, formats) are left out: no
 * check reads them, and the validators would carry them.
 */
import { requireOneOf } from '../../schema/common.ts';
import { datasetRegistry, type RecordKind } from '../../schema/registry.ts';
import { RULE_KEYWORDS } from '../../src/rules.ts';
import type { Column, JsonSchemaNode, RowCondition, Table } from './flatten.ts';
import type { JsonSchema } from './json-schema.ts';
import { FILLS_ANY, NOT_PATTERN } from './rule-keywords.ts';
import { LOOKED_UP_DEFS, ruleSites, type RuleSites } from './rule-sites.ts';

const ANNOTATIONS = new Set(['title', 'description', 'examples', '$comment', 'default', 'format']);
/** Keywords whose value is a map of schemas, a schema, or a list of schemas. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
const SCHEMAS = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

/** The order of each kind of rule in a record's report (see ruleProblems in src/rules.ts). */
const ORDER = { range: 0, numbered: 1000, timeZone: 2000, country: 3000 } as const;

interface Preparing {
  readonly sites?: RuleSites;
  /** Prefix for local `$ref`s, in a schema that is not their document's (a row's cell). */
  readonly refBase?: string;
  readonly rangeOrder: Map<JsonSchemaNode, number>;
}

const isPatternOnly = (node: unknown): node is { pattern: string } =>
  node !== null && typeof node === 'object' && Object.keys(node).filter((key) => !ANNOTATIONS.has(key)).join() === 'pattern';

/** The rule keywords a schema node gets. */
const ruleKeywordsOf = (node: JsonSchemaNode, defName: string | undefined, preparing: Preparing): JsonSchema => {
  const keywords: JsonSchema = {};
  const looked = defName === undefined ? undefined : LOOKED_UP_DEFS[defName as keyof typeof LOOKED_UP_DEFS];
  if (looked !== undefined) keywords[RULE_KEYWORDS[looked]] = ORDER[looked];
  const numbered = preparing.sites?.numbered.indexOf(node) ?? -1;
  if (numbered >= 0) keywords[RULE_KEYWORDS.numbered] = ORDER.numbered + numbered;
  const pairs = preparing.sites?.ranges.get(node);
  if (pairs !== undefined) keywords[RULE_KEYWORDS.range] = pairs.map((pair, index) => ({ ...pair, order: ORDER.range + (preparing.rangeOrder.get(node) ?? 0) + index }));
  return keywords;
};

/**
 * The property a `oneOf` of objects is told apart by (each branch requires it and gives it a
 * constant), and the constants; undefined when the union is not one of those.
 */
const discriminatorOf = (branches: unknown): { property: string; values: unknown[] } | undefined => {
  if (!Array.isArray(branches) || branches.length < 2) return undefined;
  const tagged = (branches as JsonSchema[]).map((branch) => {
    const properties = (branch['properties'] ?? {}) as Record<string, JsonSchema>;
    const required = (branch['required'] ?? []) as string[];
    return Object.entries(properties).filter(([key, property]) => 'const' in property && required.includes(key));
  });
  const property = tagged[0]?.[0]?.[0];
  if (property === undefined) return undefined;
  const values = tagged.map((pairs) => pairs.find(([key]) => key === property)?.[1]['const']);
  return values.every((value) => typeof value === 'string') && new Set(values).size === values.length ? { property, values } : undefined;
};

/**
 * A union told apart by a property is checked as ajv's `discriminator`: only the branch the property
 * names is checked, so only its errors are reported; the property itself is required and must be
 * one of the branches' constants, which says what is wrong when it is missing or unknown.
 */
const withDiscriminator = (node: JsonSchema): JsonSchema => {
  const found = discriminatorOf(node['oneOf']);
  if (found === undefined || node['properties'] !== undefined || node['required'] !== undefined) return node;
  return { type: 'object', ...node, discriminator: { propertyName: found.property }, properties: { [found.property]: { enum: found.values } }, required: [found.property] };
};

/** A copy of a schema node for the validator: annotations left out, `not: { pattern }` as NOT_PATTERN, rule keywords added. */
const prepare = (node: JsonSchemaNode, preparing: Preparing, defName?: string): JsonSchema => {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(key)) continue;
    if (key === 'not' && isPatternOnly(value)) out[NOT_PATTERN] = value.pattern;
    else if (SCHEMA_MAPS.has(key)) {
      out[key] = Object.fromEntries(Object.entries(value as Record<string, JsonSchemaNode>).map(([name, child]) => [name, prepare(child, preparing, key === '$defs' ? name : undefined)]));
    } else if (SCHEMAS.has(key) && value !== null && typeof value === 'object') out[key] = prepare(value as JsonSchemaNode, preparing);
    else if (SCHEMA_LISTS.has(key)) out[key] = (value as JsonSchemaNode[]).map((child) => prepare(child, preparing));
    else if (key === '$ref' && preparing.refBase !== undefined && String(value).startsWith('#')) out[key] = `${preparing.refBase}${String(value)}`;
    else out[key] = value;
  }
  return { ...withDiscriminator(out), ...ruleKeywordsOf(node, defName, preparing) };
};

/** A record schema for the validator (see the top of this file). */
export const recordValidatorSchema = (schema: JsonSchema): JsonSchema => {
  const sites = ruleSites(schema);
  const rangeOrder = new Map<JsonSchemaNode, number>();
  let order = 0;
  for (const [node, pairs] of sites.ranges) {
    rangeOrder.set(node, order);
    order += pairs.length;
  }
  return prepare(schema, { sites, rangeOrder });
};

/** The schema a cell of `column` is checked against, in a table of records of `recordSchemaId`. */
const cellSchema = (column: Column, recordSchemaId: string): JsonSchema =>
  prepare(column.schema ?? { type: column.type === 'date' ? 'string' : column.type }, { refBase: recordSchemaId, rangeOrder: new Map() }, column.defName);

/** True for a row that fills one of these cells (FILLS_ANY: one expression, where JSON Schema's forms compile to a check per cell). */
const fillsAny = (names: readonly string[]): JsonSchema => ({ [FILLS_ANY]: [...names] });

/**
 * A condition of the row's objects (flatten.ts): the cells it then needs filled (missing-field,
 * as the record's missing field is), and those it needs empty (a `false` schema: issues.ts reports
 * the cell as a field the row's kind does not have, as the record's unknown field is). The cells
 * it needs filled are listed in its `properties` too, as ajv's strictRequired asks.
 */
const conditionSchema = (condition: RowCondition): JsonSchema => ({
  if: condition.when === undefined ? fillsAny(condition.whenAny ?? []) : { properties: { [condition.when.column]: { const: condition.when.value } }, required: [condition.when.column] },
  then: {
    ...(condition.required.length === 0 ? {} : { required: condition.required }),
    ...(condition.required.length + condition.empty.length === 0 ? {} : { properties: Object.fromEntries([...condition.required.map((name) => [name, true]), ...condition.empty.map((name) => [name, false])]) }),
  },
});

/**
 * A row schema: the cells, typed as the table's columns say, with their fields' schemas. It does
 * not close the row: csv-table.ts puts only the table's columns in it (a header's unknown column is
 * reported apart, and its cells are not checked).
 */
export const rowValidatorSchema = (table: Table, recordSchemaId: string): JsonSchema => {
  // An object that must name one of some fields (a place's name, city or country): when any of its
  // cells is filled, one of those must be, as in the record's schema. Then what an object that is
  // there, or a union's variant, needs of the row's other cells.
  const allOf = [
    ...(table.atLeastOne ?? []).map((group) => ({ if: fillsAny(group.object), then: { anyOf: requireOneOf(group.oneOf) } })),
    ...(table.conditions ?? []).map(conditionSchema),
  ];
  return {
    $id: `row:${table.name}`,
    type: 'object',
    properties: Object.fromEntries(table.columns.map((column) => [column.name, cellSchema(column, recordSchemaId)])),
    required: table.columns.filter((column) => column.required).map((column) => column.name),
    ...(allOf.length === 0 ? {} : { allOf }),
    ...(table.ranges === undefined ? {} : { [RULE_KEYWORDS.range]: table.ranges.map((range, index) => ({ ...range, order: ORDER.range + index })) }),
  };
};

export interface ValidatorSchemas {
  /** By record kind. */
  readonly records: ReadonlyMap<string, JsonSchema>;
  /** By table name. */
  readonly rows: ReadonlyMap<string, JsonSchema>;
}

/** Every schema the validator is compiled from. */
export const validatorSchemas = (jsonSchemas: ReadonlyMap<string, JsonSchema>, tables: readonly Table[]): ValidatorSchemas => {
  const records = new Map(
    datasetRegistry.map((entry) => {
      const schema = jsonSchemas.get(entry.recordKind);
      if (schema === undefined) throw new Error(`no JSON Schema for record kind ${entry.recordKind}`);
      return [entry.recordKind, recordValidatorSchema(schema)];
    }),
  );
  const rows = new Map(tables.map((table) => [table.name, rowValidatorSchema(table, String(records.get(table.recordKind as RecordKind)?.['$id']))]));
  return { records, rows };
};
