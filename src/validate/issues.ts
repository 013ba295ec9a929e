/**
 * A validator's errors as issues with stable codes and messages a person can act on: the schema's,
 * or for a value that keeps to it, the record rules' (worded by src/rules.ts).
 */
import { isRuleKeyword, ruleProblems, type RuleError } from '../rules.ts';
import { pointerToken, valueAt } from '../json-pointer.ts';
import { excerpt } from './excerpt.ts';
import type { ErrorCode } from './types.ts';

/** An ajv error object as the compiled validators make them (no message, no data): the schema's, or a rule keyword's. */
export type AjvError = RuleError;

/** No issues: one frozen array, shared (a check that finds none allocates nothing). */
export const NO_ISSUES: readonly never[] = Object.freeze([]);

/** A problem inside a record: a pointer relative to the record. */
export interface RecordIssue {
  readonly pointer: string;
  readonly code: ErrorCode;
  readonly message: string;
}

const CODES: Readonly<Record<string, ErrorCode>> = {
  additionalProperties: 'unknown-field',
  unevaluatedProperties: 'unknown-field',
  required: 'missing-field',
  type: 'wrong-type',
  enum: 'not-allowed-value',
  const: 'not-allowed-value',
  pattern: 'bad-format',
  'x-not-pattern': 'bad-format',
  maxLength: 'out-of-range',
  minLength: 'out-of-range',
  maxItems: 'out-of-range',
  minItems: 'out-of-range',
  minimum: 'out-of-range',
  maximum: 'out-of-range',
  minProperties: 'out-of-range',
  oneOf: 'no-matching-variant',
  anyOf: 'no-matching-variant',
  // A CSV row's cell of a field its kind does not have (validator-schemas.ts).
  'false schema': 'unknown-field',
};

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

const describe = (error: AjvError, value: unknown, patterns: Readonly<Record<string, string>>): RecordIssue => {
  const { keyword, params, instancePath: pointer } = error;
  const code = CODES[keyword] ?? 'schema';
  const data = () => show(valueAt(value, pointer));
  const at = (message: string, where = pointer) => ({ pointer: where, code, message });
  switch (keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = excerpt(String(params['additionalProperty'] ?? params['unevaluatedProperty']));
      return at(`unknown field "${key}": remove it or check its spelling`, `${pointer}/${pointerToken(key)}`);
    }
    case 'required': {
      const key = String(params['missingProperty']);
      return at(`missing required field "${key}"`, `${pointer}/${pointerToken(key)}`);
    }
    case 'type':
      return at(`must be ${String(params['type'])}, not ${typeOf(valueAt(value, pointer))}`);
    case 'enum':
      return at(`${data()} is not allowed; use one of ${(params['allowedValues'] as unknown[]).map(show).join(', ')}`);
    case 'const':
      return at(`must be ${show(params['allowedValue'])}`);
    case 'pattern':
    case 'x-not-pattern': {
      const pattern = String(params['pattern']);
      return at(`${data()} ${patterns[pattern] ?? `must match the pattern ${pattern}`}`);
    }
    case 'maxLength':
      return at(`must be at most ${String(params['limit'])} characters long`);
    case 'minLength':
      return at('must not be empty');
    case 'maxItems':
      return at(`must have at most ${String(params['limit'])} items`);
    case 'minItems':
      return at(`must have at least ${String(params['limit'])} item${params['limit'] === 1 ? '' : 's'}`);
    case 'minimum':
    case 'maximum':
      return at(`must be ${String(params['comparison'])} ${String(params['limit'])}`);
    case 'minProperties':
      return at('must not be an empty object: leave it out instead');
    case 'oneOf':
    case 'anyOf':
      return at('does not match any of the allowed shapes');
    case 'if':
      return at(`must match "${String(params['failingKeyword'])}" schema`);
    case 'not':
      return at('must NOT be valid');
    case 'false schema':
      return at('must be empty: a row of this kind has no such field');
    case 'x-too-many-errors':
      // Added by the build (ajv-patches.ts): past the limit a record's errors are not collected.
      return at(`has more than ${String(params['limit'])} errors; the rest were not collected: fix these first`);
    default:
      return at(`must pass "${keyword}"`);
  }
};

/** Whether the errors are the record rules' alone: the value kept to its schema (then its id counts, as a valid record's does). */
export const keptToSchema = (errors: readonly AjvError[]): boolean => errors.every((error) => isRuleKeyword(error.keyword));

/**
 * The issues of a rejected value. `discriminator` errors are left out: a union told apart by a
 * property also reports that property's own error (missing, or not one allowed). So are `if`
 * errors (a CSV row's conditions): the `then` they name reports what is wrong.
 */
export const issuesOf = (errors: readonly AjvError[], value: unknown, patterns: Readonly<Record<string, string>>): RecordIssue[] => {
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
