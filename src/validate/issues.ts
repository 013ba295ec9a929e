/**
 * A validator's errors as issues with stable codes and messages a person can act on: the schema's,
 * or for a value that keeps to it, the record rules' (worded by src/rules.ts).
 */
import { isRuleKeyword, ruleProblems, type RuleError } from '../rules.ts';
import { pointerToken, valueAt } from '../json-pointer.ts';
import { excerpt } from './excerpt.ts';
import type { ErrorCode } from './types.ts';

/** No issues: one frozen array, shared (a check that finds none allocates nothing). */
export const NO_ISSUES: readonly never[] = Object.freeze([]);

/** A problem inside a record: a pointer relative to the record. */
export interface RecordIssue {
  readonly pointer: string;
  readonly code: ErrorCode;
  readonly message: string;
}

/** A value quoted in a message, short: a long string is cut before it is written out, not after. */
const show = (value: unknown) => {
  let text: string;
  try {
    text = JSON.stringify(typeof value === 'string' && value.length > 60 ? value.slice(0, 60) : value) ?? String(value);
  } catch {
    text = typeof value;
  }
  return text.length > 60 || (typeof value === 'string' && value.length > 60) ? `${text.slice(0, 57)}…` : text;
};

const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

type Params = Readonly<Record<string, unknown>>;
type Patterns = Readonly<Record<string, string>>;

/** A keyword's code and message, from its error's params, the value at its pointer, and the field it names (see FIELD_PARAMS). */
type Wording = readonly [ErrorCode, (params: Params, value: unknown, patterns: Patterns, field: string) => string];

const unknownField: Wording = ['unknown-field', (_params, _value, _patterns, field) => `unknown field "${field}": remove it or check its spelling`];
const patternWording: Wording = ['bad-format', (params, value, patterns) => `${show(value)} ${patterns[String(params['pattern'])] ?? `must match the pattern ${String(params['pattern'])}`}`];
const bound: Wording = ['out-of-range', (params) => `must be ${String(params['comparison'])} ${String(params['limit'])}`];
const noShape: Wording = ['no-matching-variant', () => 'does not match any of the allowed shapes'];

const WORDINGS: Readonly<Record<string, Wording>> = {
  additionalProperties: unknownField,
  unevaluatedProperties: unknownField,
  required: ['missing-field', (_params, _value, _patterns, field) => `missing required field "${field}"`],
  type: ['wrong-type', (params, value) => `must be ${String(params['type'])}, not ${typeOf(value)}`],
  enum: ['not-allowed-value', (params, value) => `${show(value)} is not allowed; use one of ${(params['allowedValues'] as unknown[]).map(show).join(', ')}`],
  const: ['not-allowed-value', (params) => `must be ${show(params['allowedValue'])}`],
  pattern: patternWording,
  'x-not-pattern': patternWording,
  maxLength: ['out-of-range', (params) => `must be at most ${String(params['limit'])} characters long`],
  minLength: ['out-of-range', () => 'must not be empty'],
  maxItems: ['out-of-range', (params) => `must have at most ${String(params['limit'])} items`],
  minItems: ['out-of-range', (params) => `must have at least ${String(params['limit'])} item${params['limit'] === 1 ? '' : 's'}`],
  minimum: bound,
  maximum: bound,
  minProperties: ['out-of-range', () => 'must not be an empty object: leave it out instead'],
  oneOf: noShape,
  anyOf: noShape,
  if: ['schema', (params) => `must match "${String(params['failingKeyword'])}" schema`],
  not: ['schema', () => 'must NOT be valid'],
  // A CSV row's cell of a field its kind does not have (validator-schemas.ts).
  'false schema': ['unknown-field', () => 'must be empty: a row of this kind has no such field'],
  // Added by the build (ajv-patches.ts): past the limit a record's errors are not collected.
  'x-too-many-errors': ['schema', (params) => `has more than ${String(params['limit'])} errors; the rest were not collected: fix these first`],
};

/** The param that names the field an error is about: the issue points at that field. */
const FIELD_PARAMS: Readonly<Record<string, string>> = { additionalProperties: 'additionalProperty', unevaluatedProperties: 'unevaluatedProperty', required: 'missingProperty' };

const describe = ({ keyword, params, instancePath: pointer }: RuleError, value: unknown, patterns: Patterns): RecordIssue => {
  const [code, says] = WORDINGS[keyword] ?? ['schema', () => `must pass "${keyword}"`];
  const named = FIELD_PARAMS[keyword];
  const field = named === undefined ? '' : excerpt(String(params[named]));
  return { pointer: named === undefined ? pointer : `${pointer}/${pointerToken(field)}`, code, message: says(params, valueAt(value, pointer), patterns, field) };
};

/** Whether the errors are the record rules' alone: the value kept to its schema (then its id counts, as a valid record's does). */
export const keptToSchema = (errors: readonly RuleError[]): boolean => errors.every((error) => isRuleKeyword(error.keyword));

/**
 * The issues of a rejected value. `discriminator` errors are left out: a union told apart by a
 * property also reports that property's own error (missing, or not one allowed). So are `if`
 * errors (a CSV row's conditions): the `then` they name reports what is wrong.
 */
export const issuesOf = (errors: readonly RuleError[], value: unknown, patterns: Readonly<Record<string, string>>): RecordIssue[] => {
  if (keptToSchema(errors)) return ruleProblems(errors);
  const seen = new Set<string>();
  const issues: RecordIssue[] = [];
  for (const error of errors) {
    if (isRuleKeyword(error.keyword) || error.keyword === 'discriminator' || error.keyword === 'if') continue;
    const issue = describe(error, value, patterns);
    const key = `${issue.pointer}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
};
