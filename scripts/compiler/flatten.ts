/**
 * Normalized tables derived from the JSON Schemas: the CSV files, their data dictionary and their
 * Table Schemas all come from here (rows.ts turns records into rows and back).
 *
 * The rules, so that every field of every record has exactly one cell:
 * - a record kind is a table with one row per record; nested objects become columns named by their
 *   path in snake_case (`place.editorial.wikidataId.value` → `place_editorial_wikidata_id_value`);
 * - every array is a child table, with its parent's key columns in front; items are keyed by their
 *   own `number` when they have one, otherwise by a 1-based `position` column;
 * - a child table is named `{parent}_{list}` (`meeting_remarks`, `remark_mentioned_person_ids`);
 * - an array of plain values has one value column, named in `TableNaming`;
 * - an empty cell means the field is absent (the schemas forbid empty strings and empty objects),
 *   and a required array with no rows is an empty array.
 *
 * Plain TypeScript over plain JSON Schema objects (no zod). Build-time only: the validator gets what
 * it needs of the tables as data, compiled into its bundle (validator-bundle.ts).
 */

import type { CellType } from '../../src/cells.ts';
import { resolveRef } from './json-schema.ts';
import { isNumbered, objectShape, type JsonSchemaNode, type ObjectShape } from './object-shape.ts';
import { rangePairs } from './ranges.ts';

export type { JsonSchemaNode } from './object-shape.ts';

export interface Column {
  /** snake_case column name. */
  readonly name: string;
  readonly type: CellType;
  readonly description: string;
  /** True when every row has a value. */
  readonly required: boolean;
  /** Where the value lives in the JSON records, e.g. `meetings[].place.city`. */
  readonly jsonPath: string;
  /** Property path from the table's row item to the value; empty for a plain-value array. */
  readonly path: readonly string[];
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly example?: unknown;
  /** True for quotations: the value is copied verbatim from the source document. */
  readonly verbatim: boolean;
  /** The JSON Schema of the value (its `$defs` schema resolved), which the validator checks a cell against. */
  readonly schema?: JsonSchemaNode;
  /** The `$defs` name of that schema, when it was one. */
  readonly defName?: string;
  /** The table whose `id` this column refers to, for ids typed with a shared id schema. */
  readonly references?: string;
  /** The codelist the value comes from (see schema/codelists.ts). */
  readonly codelist?: string;
  /**
   * `field`: a property of the item; `value`: the item itself (arrays of plain values);
   * `position`: the item's 1-based index; `parent-key`: copied from the parent row's key.
   */
  readonly role: 'field' | 'value' | 'position' | 'parent-key';
}

export interface Table {
  readonly name: string;
  readonly description: string;
  /** The record kind (schema file name) whose records feed this table. */
  readonly recordKind: string;
  /** Property path from the parent's item to the array this table holds; empty for a record table. */
  readonly arrayPath: readonly string[];
  readonly columns: readonly Column[];
  readonly primaryKey: readonly string[];
  /** The table whose rows own these rows; absent for a record table. */
  readonly parent?: string;
  /** The parent-key columns, which refer to the parent's primary key in the same order. */
  readonly parentKeyColumns: readonly string[];
  /** True when the object holding the array requires it (no rows then means `[]`). */
  readonly arrayRequired: boolean;
  /** The key column that orders items inside one parent: `number` or `position`. */
  readonly itemKey?: 'number' | 'position';
  /**
   * Objects that must name at least one of some of their optional fields (the schema's `anyOf` of
   * `required`, as a place's name, city or country): when any column of the object is filled,
   * one of `oneOf` must be.
   */
  readonly atLeastOne?: readonly { readonly object: readonly string[]; readonly oneOf: readonly string[] }[];
  /** Columns of one object that make a range (rule-sites.ts): the end must not come before the start. */
  readonly ranges?: readonly { readonly start: string; readonly end: string }[];
  /** What the row's objects ask of their cells beyond each column's own schema (see RowCondition). */
  readonly conditions?: readonly RowCondition[];
  /**
   * A child table: how many items its array holds per parent (its schema's minItems and maxItems);
   * minItems for an array its object requires (see minItemsWhen).
   */
  readonly minItems?: number;
  /** When the array's object is optional: the parent's columns of that object; minItems holds where one is filled. */
  readonly minItemsWhen?: readonly string[];
  readonly maxItems?: number;
}

/**
 * What an object of a row asks of its cells once it is there, as the record's schema asks of its
 * fields: an optional object that the row has (`whenAny`: one of its cells is filled) needs its
 * required fields; a union's variant (`when`: its discriminator's cell holds its value) needs its
 * own required fields and leaves the fields of the other variants empty.
 */
export interface RowCondition {
  readonly whenAny?: readonly string[];
  readonly when?: { readonly column: string; readonly value: string };
  readonly required: readonly string[];
  readonly empty: readonly string[];
}

/** Names for every table and for the value column of every plain-value array. */
export interface TableNaming {
  /** Key: record kind, then each array's path from its parent item, joined by dots (`meeting.remarks.mentionedPersonIds`). */
  readonly [arrayKey: string]: {
    readonly singular: string;
    readonly valueColumn?: string;
    /** The `{list}` part of a child table's name, where the array's own name would be too long for a sheet (31 characters). */
    readonly list?: string;
  };
}

/** Which table an id schema (a `$defs` name) points to. */
export interface IdTargets {
  readonly [defName: string]: string;
}

/** Which codelist a codelist schema (a `$defs` name) is. */
export interface CodelistDefs {
  readonly [defName: string]: string;
}

export type Cell = string;
export type Row = Readonly<Record<string, Cell>>;
export type JsonRecord = Record<string, unknown>;

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The `$defs` name of a calendar date (schema/common.ts): its cells are typed as dates. */
const DATE_DEF = 'IsoDate';

const scalarType = (node: JsonSchemaNode, defName: string | undefined): CellType | undefined => {
  if ('const' in node || Array.isArray(node['enum'])) return 'string';
  switch (node['type']) {
    case 'string':
      return defName === DATE_DEF ? 'date' : 'string';
    case 'integer':
    case 'number':
    case 'boolean':
      return node['type'];
    default:
      return undefined;
  }
};

interface Walk {
  readonly root: JsonSchemaNode;
  readonly recordKind: string;
  /** The name of the record kind's own table. */
  readonly tableName: string;
  readonly naming: TableNaming;
  readonly idTargets: IdTargets;
  readonly codelistDefs: CodelistDefs;
  readonly tables: Table[];
}

interface ParentContext {
  readonly table: string;
  readonly singular: string;
  readonly keyColumns: readonly Column[];
  readonly jsonPath: string;
  readonly namingKey: string;
}

/** Derives the tables of one record kind from its JSON Schema (a record schema, not a dataset). */
export const deriveTables = (
  schema: JsonSchemaNode,
  recordKind: string,
  tableName: string,
  naming: TableNaming,
  idTargets: IdTargets,
  codelistDefs: CodelistDefs = {},
): Table[] => {
  const walk: Walk = { root: schema, recordKind, tableName, naming, idTargets, codelistDefs, tables: [] };
  addTable(walk, schema, { arrayPath: [], arrayRequired: true, description: '' }, undefined);
  return walk.tables;
};

interface ArraySite {
  readonly arrayPath: readonly string[];
  readonly arrayRequired: boolean;
  readonly description: string;
  readonly minItems?: number;
  readonly maxItems?: number;
  /** For a list its object requires, inside an optional object: that object (minItems holds where it is present). */
  readonly presentWith?: Holder;
}

/** An optional object of a row: its JSON field, and its columns (filled once visited), one of which is filled when the row has it. */
interface Holder {
  readonly field: string;
  readonly columns: string[];
}

/** What one table's row collects while its objects are visited. */
interface RowBuild {
  readonly walk: Walk;
  readonly jsonPath: string;
  readonly columns: Column[];
  readonly children: [JsonSchemaNode, ArraySite][];
  readonly atLeastOne: { object: string[]; oneOf: string[] }[];
  readonly ranges: { start: string; end: string }[];
  readonly conditions: RowCondition[];
}

/** A property of a visited object: its columns, and those that must be filled when the object requires it. */
interface Visited {
  readonly columns: readonly string[];
  readonly ifRequired: readonly string[];
}

/**
 * Adds the columns and child lists of an object of a row (the row's item, or an object in it) and
 * what it asks of its cells. `holder`: the nearest optional object it is in (itself included), or
 * undefined when every row has it. Returns its columns, and those it needs filled when it is there.
 */
const visitObject = (build: RowBuild, object: ObjectShape, path: readonly string[], holder: Holder | undefined): Visited => {
  const { walk, columns } = build;
  const before = columns.length;
  const properties = new Map<string, Visited>();
  for (const [key, raw] of object.properties) {
    const { node, defName } = resolveRef(walk.root, raw);
    const propertyPath = [...path, key];
    const required = object.required.has(key);
    const nested = objectShape(walk.root, node);
    if (nested !== undefined) {
      const own: Holder | undefined = required ? holder : { field: propertyPath.join('.'), columns: [] };
      const visited = visitObject(build, nested, propertyPath, own);
      // An optional object is there when one of its cells is filled: it then needs its own required fields.
      if (!required) own?.columns.push(...visited.columns);
      if (!required && visited.ifRequired.length > 0) build.conditions.push({ whenAny: visited.columns, required: visited.ifRequired, empty: [] });
      properties.set(key, visited);
    } else if (node['type'] === 'array') {
      build.children.push([
        (node['items'] ?? {}) as JsonSchemaNode,
        {
          arrayPath: propertyPath,
          arrayRequired: required,
          description: String(node['description'] ?? ''),
          // A list its object requires holds minItems wherever the object is: in every parent row when
          // no optional object holds it, in the rows that fill one of the holder's cells otherwise.
          ...(typeof node['minItems'] === 'number' && required ? { minItems: node['minItems'] } : {}),
          ...(typeof node['minItems'] === 'number' && required && holder !== undefined ? { presentWith: holder } : {}),
          ...(typeof node['maxItems'] === 'number' ? { maxItems: node['maxItems'] } : {}),
        },
      ]);
      properties.set(key, { columns: [], ifRequired: [] });
    } else {
      const name = propertyPath.map(snake).join('_');
      columns.push(scalarColumn(walk, name, propertyPath, node, defName, holder === undefined && required, `${build.jsonPath}.${propertyPath.join('.')}`));
      properties.set(key, { columns: [name], ifRequired: [name] });
    }
  }
  const own = columns.slice(before);
  const columnAt = (key: string) => own.find((column) => column.path.join('.') === [...path, key].join('.'))?.name;
  for (const pair of rangePairs(object.properties.map(([key]) => key))) {
    const [start, end] = [columnAt(pair.start), columnAt(pair.end)];
    if (start !== undefined && end !== undefined) build.ranges.push({ start, end });
  }
  if (object.atLeastOne !== undefined) {
    const oneOf = object.atLeastOne.flatMap((key) => own.filter((column) => column.path.length === path.length + 1 && column.path.at(-1) === key).map((column) => column.name));
    build.atLeastOne.push({ object: own.map((column) => column.name), oneOf });
  }
  const needed = (keys: Iterable<string>) => [...keys].flatMap((key) => properties.get(key)?.ifRequired ?? []);
  // A union's variant, named by its discriminator's cell, needs its own required fields and has none of the others'.
  const told = object.variants;
  const discriminator = told === undefined ? undefined : columnAt(told.property);
  for (const variant of discriminator === undefined ? [] : (told?.cases ?? [])) {
    const required = needed([...variant.required].filter((key) => !object.required.has(key)));
    const empty = [...properties].flatMap(([key, visited]) => (variant.keys.has(key) ? [] : visited.columns));
    if (required.length > 0 || empty.length > 0) build.conditions.push({ when: { column: discriminator as string, value: variant.value }, required, empty });
  }
  return { columns: own.map((column) => column.name), ifRequired: needed(object.required) };
};

/** Adds the table for `itemSchema` (the record, or the items of an array), then its child tables. */
const addTable = (walk: Walk, itemSchema: JsonSchemaNode, site: ArraySite, parent: ParentContext | undefined) => {
  const namingKey = parent === undefined ? walk.recordKind : [parent.namingKey, ...site.arrayPath].join('.');
  const naming = walk.naming[namingKey];
  if (naming === undefined) throw new Error(`no table naming for ${namingKey}: add it to schema/table-naming.ts`);
  // A child table is named `{parent}_{list}`: meeting.remarks → meeting_remarks.
  const tableName = parent === undefined ? walk.tableName : `${parent.singular}_${naming.list ?? site.arrayPath.map(snake).join('_')}`;
  const jsonPath = parent === undefined ? `${tableName}[]` : `${parent.jsonPath}.${site.arrayPath.join('.')}[]`;
  const columns: Column[] = (parent?.keyColumns ?? []).map((column) => ({
    ...column,
    // The parent's own key (id, number, position) is prefixed; keys it inherited keep their names.
    name: column.role === 'parent-key' ? column.name : `${parent?.singular}_${column.name}`,
    description: `Key of the ${parent?.singular} this row belongs to (${parent?.table}.${column.name}).`,
    role: 'parent-key',
    verbatim: false,
    path: [],
  }));
  const parentKeyColumns = columns.map((column) => column.name);
  const build: RowBuild = { walk, jsonPath, columns, children: [], atLeastOne: [], ranges: [], conditions: [] };
  const { children, atLeastOne, ranges, conditions } = build;
  const { node: item, defName: itemDefName } = resolveRef(walk.root, itemSchema);
  const shape = objectShape(walk.root, item);
  let itemKey: 'number' | 'position' | undefined;

  if (shape === undefined) {
    if (naming.valueColumn === undefined) throw new Error(`${namingKey}: a table of plain values needs a valueColumn name`);
    itemKey = 'position';
    columns.push(positionColumn(jsonPath), {
      ...scalarColumn(walk, naming.valueColumn, [], item, itemDefName, true, jsonPath, site.description),
      role: 'value',
    });
  } else {
    if (parent !== undefined) itemKey = isNumbered(walk.root, shape) ? 'number' : 'position';
    if (itemKey === 'position') columns.push(positionColumn(jsonPath));
    visitObject(build, shape, [], undefined);
  }

  const primaryKey = parent === undefined ? ['id'] : [...parentKeyColumns, itemKey ?? 'position'];
  const keyColumns = primaryKey.map((key) => {
    const column = columns.find((candidate) => candidate.name === key);
    if (column === undefined) throw new Error(`${tableName}: key column ${key} is missing`);
    return column;
  });
  walk.tables.push({
    name: tableName,
    description: parent === undefined ? shape?.description ?? '' : site.description,
    recordKind: walk.recordKind,
    arrayPath: site.arrayPath,
    columns,
    primaryKey,
    ...(parent === undefined ? {} : { parent: parent.table }),
    parentKeyColumns,
    arrayRequired: site.arrayRequired,
    ...(itemKey === undefined ? {} : { itemKey }),
    ...(atLeastOne.length === 0 ? {} : { atLeastOne }),
    ...(ranges.length === 0 ? {} : { ranges }),
    ...(conditions.length === 0 ? {} : { conditions }),
    ...(site.minItems === undefined ? {} : { minItems: site.minItems }),
    ...(site.presentWith === undefined ? {} : { minItemsWhen: [...site.presentWith.columns] }),
    ...(site.maxItems === undefined ? {} : { maxItems: site.maxItems }),
  });
  const context: ParentContext = { table: tableName, singular: naming.singular, keyColumns, jsonPath, namingKey };
  for (const [items, childSite] of children) addTable(walk, items, childSite, context);
};

const positionColumn = (jsonPath: string): Column => ({
  name: 'position',
  type: 'integer',
  description: `1-based position of the item in ${jsonPath}.`,
  required: true,
  jsonPath: `${jsonPath} (index + 1)`,
  path: [],
  role: 'position',
  verbatim: false,
  schema: { type: 'integer', minimum: 1 },
  minimum: 1,
});

const scalarColumn = (
  walk: Walk,
  name: string,
  path: readonly string[],
  node: JsonSchemaNode,
  defName: string | undefined,
  required: boolean,
  jsonPath: string,
  fallbackDescription = '',
): Column => {
  const type = scalarType(node, defName);
  if (type === undefined) throw new Error(`${jsonPath}: cannot put a ${String(node['type'])} in a table cell`);
  const enumValues = 'const' in node ? [node['const']] : node['enum'];
  const examples = node['examples'];
  // A record's own `id` is its key, not a reference.
  const isOwnId = path.length === 1 && path[0] === 'id';
  const references = defName === undefined || isOwnId ? undefined : walk.idTargets[defName];
  // A codelist is a named schema; a union's discriminator names its codelist in its title.
  const codelistDef = defName ?? (typeof node['title'] === 'string' ? node['title'] : undefined);
  const codelist = codelistDef === undefined ? undefined : walk.codelistDefs[codelistDef];
  return {
    name,
    type,
    description: String(node['description'] ?? fallbackDescription),
    required,
    jsonPath,
    path,
    role: 'field',
    verbatim: typeof node['$comment'] === 'string' && node['$comment'].startsWith('Verbatim'),
    schema: node,
    ...(defName === undefined ? {} : { defName }),
    ...(Array.isArray(enumValues) ? { enum: enumValues.map(String) } : {}),
    ...(typeof node['pattern'] === 'string' && type !== 'date' ? { pattern: node['pattern'] } : {}),
    ...(typeof node['maxLength'] === 'number' ? { maxLength: node['maxLength'] } : {}),
    ...(typeof node['minimum'] === 'number' ? { minimum: node['minimum'] } : {}),
    ...(typeof node['maximum'] === 'number' ? { maximum: node['maximum'] } : {}),
    ...(Array.isArray(examples) && examples.length > 0 ? { example: examples[0] } : {}),
    ...(references === undefined ? {} : { references }),
    ...(codelist === undefined ? {} : { codelist }),
  };
};
