/**
 * The CSV fast path's row checks, generated from the row JSON Schemas (validator-bundle.ts's
 * `rowSchema`): per table, a function of the file's header that returns a check of one row's cells.
 * The check answers true only for a row that the row validator (`rowsFast`) would certainly accept
 * once its cells are typed as csv-table.ts types them; false means "not sure", and the row then takes
 * the full path, which makes the report. So the check may be stricter than the schema, never looser:
 * a keyword it does not know makes it answer false for any cell that keyword applies to.
 *
 * The generated module's default export holds one factory per table: `(columnAt) => (cells) => boolean`, where
 * `columnAt(name)` is the column's index in the header, or -1.
 */
import type { JsonSchema } from './json-schema.ts';
import { PATTERN_TESTS } from './pattern-tests.ts';

/** Keywords of a cell's schema that do not constrain the value checked here. */
const ANNOTATIONS = new Set(['description', 'title']);

/**
 * `format` is not checked by the fast row validators (`validateFormats` is off in that variant:
 * the date pattern decides), so the check of a cell does not check it either.
 */
const NOT_CHECKED_BY_FAST = new Set(['format']);

/** A cell as csv-table.ts types it: a number when it looks like one (`typed` there). */
const NUMERIC = String.raw`^-?\d+(?:\.\d+)?$`;

const isNameList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * `{ anyOf: [{ properties: { a: true }, required: ['a'] }, …] }` (requireOneOf in schema/common.ts):
 * the column names of which at least one must be present, or undefined for any other shape.
 */
const presentAnyOf = (schema: unknown): string[] | undefined => {
  if (schema === null || typeof schema !== 'object') return undefined;
  const { anyOf, ...rest } = schema as JsonSchema;
  if (Object.keys(rest).length > 0 || !Array.isArray(anyOf)) return undefined;
  const names: string[] = [];
  for (const branch of anyOf as unknown[]) {
    if (branch === null || typeof branch !== 'object') return undefined;
    const { properties, required, ...other } = branch as JsonSchema;
    if (Object.keys(other).length > 0 || !isNameList(required) || required.length !== 1) return undefined;
    const [name] = required as [string];
    if (properties !== undefined && JSON.stringify(properties) !== JSON.stringify({ [name]: true })) return undefined;
    names.push(name);
  }
  return names;
};

/**
 * The condition (JavaScript) under which the cell in `v` (a non-empty string) certainly passes
 * `schema` once typed, or 'false' when it cannot be decided here. `test` gives the test of `v` against a pattern.
 */
const cellCondition = (schema: JsonSchema, test: (pattern: string) => string): string => {
  const conditions: string[] = [];
  for (const key of Object.keys(schema)) {
    if (!ANNOTATIONS.has(key) && !NOT_CHECKED_BY_FAST.has(key) && !['type', 'enum', 'pattern', 'maxLength', 'minLength', 'minimum', 'maximum'].includes(key)) return 'false';
  }
  const { type } = schema;
  if (type === 'string') {
    // A string's UTF-16 length bounds its code points (what JSON Schema counts): cp ≤ length ≤ 2·cp.
    if (schema['maxLength'] !== undefined) conditions.push(`v.length <= ${Number(schema['maxLength'])}`);
    // The cell is not empty (an empty cell is an absent value), so it has at least one code point.
    if (schema['minLength'] !== undefined && Number(schema['minLength']) > 1) conditions.push(`v.length >= ${2 * Number(schema['minLength'])}`);
    if (schema['enum'] !== undefined) {
      const values = schema['enum'];
      if (!Array.isArray(values) || !values.every((value) => typeof value === 'string')) return 'false';
      conditions.push(`(${values.map((value) => `v === ${JSON.stringify(value)}`).join(' || ') || 'false'})`);
    }
    if (schema['pattern'] !== undefined) conditions.push(test(String(schema['pattern'])));
    if (schema['minimum'] !== undefined || schema['maximum'] !== undefined) return 'false';
    // csv-table.ts gives a string column's cell as it is.
    return conditions.join(' && ') || 'true';
  }
  if (type === 'integer' || type === 'number') {
    if (schema['enum'] !== undefined || schema['pattern'] !== undefined || schema['maxLength'] !== undefined || schema['minLength'] !== undefined) return 'false';
    // Typed as csv-table.ts types it: a number when it looks like one and is finite, else the text (then not sure).
    conditions.push(`${test(NUMERIC)} && Number.isFinite(n = Number(v))`);
    if (type === 'integer') conditions.push('n % 1 === 0');
    if (schema['minimum'] !== undefined) conditions.push(`n >= ${Number(schema['minimum'])}`);
    if (schema['maximum'] !== undefined) conditions.push(`n <= ${Number(schema['maximum'])}`);
    return conditions.join(' && ');
  }
  if (type === 'boolean') {
    if (Object.keys(schema).some((key) => key !== 'type' && !ANNOTATIONS.has(key))) return 'false';
    return `(v === "true" || v === "false")`;
  }
  return 'false';
};

/** The factory for one row schema (JavaScript source of a function expression). */
export const rowCellsCheck = (schema: JsonSchema, test: (pattern: string) => string): string => {
  const properties = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
  const names = Object.keys(properties);
  const required = schema['required'] ?? [];
  const known = new Set(['$id', 'type', 'properties', 'required', 'additionalProperties', 'allOf', 'title', 'description']);
  const never = '() => () => false';
  if (Object.keys(schema).some((key) => !known.has(key)) || schema['type'] !== 'object' || !isNameList(required)) return never;
  // Only the table's columns are put in a row (csv-table.ts skips cells of unknown columns), so
  // additionalProperties: false never fails.
  if (schema['additionalProperties'] !== false) return never;
  if (required.some((name) => !names.includes(name))) return never;
  const groups: { when: string[]; then: string[] }[] = [];
  for (const item of (schema['allOf'] ?? []) as unknown[]) {
    const { if: when, then, ...rest } = (item ?? {}) as JsonSchema;
    const whenNames = presentAnyOf(when);
    const thenNames = presentAnyOf(then);
    if (Object.keys(rest).length > 0 || whenNames === undefined || thenNames === undefined) return never;
    if ([...whenNames, ...thenNames].some((name) => !names.includes(name))) return never;
    groups.push({ when: whenNames, then: thenNames });
  }
  const index = new Map(names.map((name, at) => [name, at]));
  const present = (name: string) => `(c${index.get(name) ?? -1} >= 0 && r[c${index.get(name) ?? -1}] !== "")`;
  const lines: string[] = [];
  lines.push(`(columnAt) => {`);
  names.forEach((name, at) => lines.push(`  const c${at} = columnAt(${JSON.stringify(name)});`));
  // The last value of each column that passed: a column often repeats a value (a city, a source,
  // a kind), and a value that passed passes again. (A value of 13 characters or more may be a view
  // of its piece of text: one per column is kept, until the file's checks are dropped.)
  names.forEach((_, at) => lines.push(`  let l${at};`));
  lines.push(`  return (r) => {`);
  lines.push(`    let v, n;`);
  names.forEach((name, at) => {
    const condition = cellCondition(properties[name] ?? {}, test);
    lines.push(`    v = c${at} < 0 ? "" : r[c${at}];`);
    if (required.includes(name)) lines.push(`    if (v === "") return false;`);
    lines.push(`    if (v !== "" && v !== l${at}) {`);
    lines.push(`      if (!(${condition})) return false;`);
    lines.push(`      l${at} = v;`);
    lines.push(`    }`);
  });
  for (const group of groups) {
    lines.push(`    if ((${group.when.map(present).join(' || ')}) && !(${group.then.map(present).join(' || ')})) return false;`);
  }
  lines.push(`    return true;`);
  lines.push(`  };`);
  lines.push(`}`);
  return lines.join('\n');
};

/** The module: one factory per table, named by the table, and the pattern tests it uses (`patternTests`, for the tests). */
export const rowCellsModule = (schemas: Readonly<Record<string, JsonSchema>>): string => {
  const patterns = new Map<string, string>();
  const test = (pattern: string) => {
    let name = patterns.get(pattern);
    if (name === undefined) patterns.set(pattern, (name = PATTERN_TESTS.get(pattern)?.name ?? `p${patterns.size}`));
    return PATTERN_TESTS.has(pattern) ? `${name}(v)` : `${name}.test(v)`;
  };
  const factories = Object.entries(schemas).map(([table, schema]) => `  ${JSON.stringify(table)}: ${rowCellsCheck(schema, test).replaceAll('\n', '\n  ')},`);
  const constants = [...patterns].map(([pattern, name]) =>
    // Regular expressions without the u flag, as the row validators compile them (validator-bundle.ts: unicodeRegExp false).
    PATTERN_TESTS.get(pattern)?.source ?? `const ${name} = new RegExp(${JSON.stringify(pattern)});`,
  );
  const tests = [...patterns].map(([pattern, name]) => `  [${JSON.stringify(pattern)}, ${PATTERN_TESTS.has(pattern) ? name : `(v) => ${name}.test(v)`}],`);
  return [...constants, 'export const patternTests = [', ...tests, '];', 'export default {', ...factories, '};'].join('\n');
};
