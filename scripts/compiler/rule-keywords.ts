/**
 * The record rules as ajv keywords, so that they compile into the one validator of each schema,
 * beside the checks JSON Schema expresses, where the schemas say they apply (validator-schemas.ts
 * puts them there). Each error carries the keyword's `order` and what src/rules.ts needs to word it
 * (`ruleProblems`); the look-ups are src/rules.ts's own functions, which the generated code reaches
 * as `rules.NAME` (the module that holds the code imports src/rules.ts as `rules`).
 */
import { _, type Code, type CodeKeywordDefinition, type KeywordCxt } from 'ajv/dist/2020.js';
import { _Code, getProperty } from 'ajv/dist/compile/codegen/code.js';
import type { KeywordErrorCxt } from 'ajv/dist/types/index.js';
import { usePattern } from 'ajv/dist/vocabularies/code.js';
import { countryExists, RULE_KEYWORDS, timeZoneExists } from '../../src/rules.ts';

/** What the module holding ajv's standalone code must import: `import * as rules from …`. */
export const RULES_IMPORT = 'rules';

/** A function of src/rules.ts in the generated code: its own reference when compiled in memory, `rules.NAME` in source. */
const runtime = (cxt: KeywordCxt, name: string, ref: (value: string) => boolean) =>
  cxt.gen.scopeValue('func', { ref, code: new _Code(`${RULES_IMPORT}.${name}`) });

const param = (cxt: KeywordErrorCxt, name: string) => cxt.params[name] as Code;

/** A string that must be known to a look-up (a time zone, a country). */
const lookUp = (keyword: string, name: string, ref: (value: string) => boolean): CodeKeywordDefinition => ({
  keyword,
  type: 'string',
  schemaType: 'number',
  error: { message: keyword, params: (cxt) => _`{order: ${cxt.schemaCode}, value: ${cxt.data}}` },
  code(cxt) {
    cxt.fail(_`!${runtime(cxt, name, ref)}(${cxt.data})`);
  },
});

/** An array whose items carry a `number` that must count 1..n; one error per item that does not. */
const numbered: CodeKeywordDefinition = {
  keyword: RULE_KEYWORDS.numbered,
  type: 'array',
  schemaType: 'number',
  error: { message: RULE_KEYWORDS.numbered, params: (cxt) => _`{order: ${cxt.schemaCode}, index: ${param(cxt, 'index')}, value: ${param(cxt, 'value')}}` },
  code(cxt) {
    const { gen, data } = cxt;
    gen.forRange('i', 0, _`${data}.length`, (index) => {
      const item = gen.const('item', _`${data}[${index}]`);
      const number = gen.const('number', _`${item} !== null && typeof ${item} === "object" ? ${item}.number : undefined`);
      gen.if(_`${number} !== ${index} + 1`, () => cxt.error(false, { index, value: number }));
    });
  },
};

/** An object whose end fields must not come before their start fields (when both are there). */
const range: CodeKeywordDefinition = {
  keyword: RULE_KEYWORDS.range,
  type: 'object',
  schemaType: 'array',
  error: {
    message: RULE_KEYWORDS.range,
    params: (cxt) =>
      _`{order: ${param(cxt, 'order')}, startKey: ${param(cxt, 'startKey')}, endKey: ${param(cxt, 'endKey')}, start: ${param(cxt, 'start')}, end: ${param(cxt, 'end')}}`,
  },
  code(cxt) {
    const { gen, data } = cxt;
    for (const { start, end, order } of cxt.schema as { start: string; end: string; order: number }[]) {
      const first = gen.const('start', _`${data}${getProperty(start)}`);
      const last = gen.const('end', _`${data}${getProperty(end)}`);
      gen.if(_`${first} !== undefined && ${last} !== undefined && ${last} < ${first}`, () =>
        cxt.error(false, { order, startKey: _`${start}`, endKey: _`${end}`, start: first, end: last }),
      );
    }
  },
};

/**
 * `not: { pattern }` as one keyword whose error names its pattern (ajv's `not` says only that the
 * value matched), so that the message can say what the pattern forbids. The same verdicts: a value
 * that is not a string, or that the pattern finds, fails.
 */
export const NOT_PATTERN = 'x-not-pattern';
const notPattern: CodeKeywordDefinition = {
  keyword: NOT_PATTERN,
  schemaType: 'string',
  error: { message: NOT_PATTERN, params: (cxt) => _`{pattern: ${cxt.schemaCode}}` },
  code(cxt) {
    const pattern = usePattern(cxt, cxt.schema as string);
    cxt.fail(_`typeof ${cxt.data} !== "string" || ${pattern}.test(${cxt.data})`);
  },
};

/**
 * A CSV row that fills one of these cells: the test of a row condition's `if` (validator-schemas.ts).
 * As `not: { properties: { a: false, … } }` it compiled to an error object per cell; here it is
 * one expression. Only the validator's row schemas use it; the published schemas never do.
 */
export const FILLS_ANY = 'x-fills-any';
const fillsAny: CodeKeywordDefinition = {
  keyword: FILLS_ANY,
  schemaType: 'array',
  code(cxt) {
    const empty = (cxt.schema as string[]).map((name) => _`${cxt.data}${getProperty(name)} === undefined`);
    cxt.fail(empty.length === 0 ? _`true` : empty.reduce((all, one) => _`${all} && ${one}`));
  },
};

export const ruleKeywords: readonly CodeKeywordDefinition[] = [
  range,
  numbered,
  lookUp(RULE_KEYWORDS.timeZone, 'timeZoneExists', timeZoneExists),
  lookUp(RULE_KEYWORDS.country, 'countryExists', countryExists),
  notPattern,
  fillsAny,
];
