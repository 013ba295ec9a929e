/** Turns ajv errors into issues with stable codes and messages a person can act on. */
import type { AjvError } from './compiled.ts';
import { excerpt } from './excerpt.ts';
import type { ErrorCode } from './types.ts';
import { pointerToken } from '../json-pointer.ts';

export interface PointedIssue {
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
  format: 'bad-format',
  maxLength: 'out-of-range',
  minLength: 'out-of-range',
  maxItems: 'out-of-range',
  minItems: 'out-of-range',
  minimum: 'out-of-range',
  maximum: 'out-of-range',
  minProperties: 'out-of-range',
  oneOf: 'no-matching-variant',
  anyOf: 'no-matching-variant',
};


/** A value quoted in a message, short: a long string is cut before it is written out, not after. */
const show = (value: unknown) => {
  let text: string;
  try {
    text = JSON.stringify(typeof value === 'string' && value.length > 60 ? value.slice(0, 60) : value) ?? String(value);
  } catch {
    // A value JSON cannot hold (a BigInt, a cycle): from the library, not from a file.
    text = typeof value;
  }
  return text.length > 60 || (typeof value === 'string' && value.length > 60) ? `${text.slice(0, 57)}…` : text;
};

/**
 * A readable description of what a pattern asks for; the schemas use only a few patterns, each
 * known here by its start (test/validate-inputs.test.ts checks that every pattern of the published
 * schemas has its description).
 */
export const patternHint = (pattern: string, schema: Readonly<Record<string, unknown>> | undefined) => {
  if (schema?.['format'] === 'date' || pattern.startsWith('^(?:(?:\\d\\d[2468]')) return 'must be a real calendar date written YYYY-MM-DD';
  if (pattern.startsWith('^[^\\t\\n\\v\\f\\r ')) return 'must not begin or end with white space, nor contain line breaks';
  if (pattern.startsWith('^[a-z0-9]+')) return 'must be a lower-case slug such as "wang-zhigang" (a-z, 0-9, single hyphens)';
  if (pattern === '^[A-Z]{2}$') return 'must be an ISO 3166-1 alpha-2 code such as "CN"';
  if (pattern.startsWith('^Q')) return 'must be a Wikidata item id such as "Q956"';
  if (pattern.startsWith('^[0-9a-f]{64}')) return 'must be 64 lower-case hexadecimal digits';
  if (pattern.startsWith('^[A-Za-z][A-Za-z0-9_+-]*')) return 'must be an IANA time zone name such as "Asia/Shanghai" or "UTC"';
  if (pattern.startsWith('^(?!\\/)')) return 'must be a relative path such as "data/source/report.txt" (no leading /, no . or .. steps)';
  if (pattern.startsWith('^https?:')) return 'must be an http(s) URL written in ASCII (encode other characters with %)';
  if (pattern.startsWith('^(?:(?:[A-Za-z]{2,3}')) return 'must be a BCP 47 language tag such as "en" or "zh-Hans"';
  if (pattern.startsWith('^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\\/')) return 'must be a media type such as "text/plain" or "text/html; charset=utf-8"';
  return `must match the pattern ${pattern}`;
};

const describe = (error: AjvError): { pointer: string; message: string } => {
  const { keyword, params, instancePath } = error;
  switch (keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = excerpt(String(params['additionalProperty'] ?? params['unevaluatedProperty']));
      return { pointer: `${instancePath}/${pointerToken(key)}`, message: `unknown field "${key}": remove it or check its spelling` };
    }
    case 'required': {
      const key = String(params['missingProperty']);
      return { pointer: `${instancePath}/${pointerToken(key)}`, message: `missing required field "${key}"` };
    }
    case 'type':
      return { pointer: instancePath, message: `must be ${String(params['type'])}, not ${error.data === null ? 'null' : Array.isArray(error.data) ? 'an array' : typeof error.data}` };
    case 'enum':
      return { pointer: instancePath, message: `${show(error.data)} is not allowed; use one of ${(params['allowedValues'] as unknown[]).map(show).join(', ')}` };
    case 'const':
      return { pointer: instancePath, message: `must be ${show(params['allowedValue'])}` };
    case 'pattern':
      return { pointer: instancePath, message: `${show(error.data)} ${patternHint(String(params['pattern']), error.parentSchema)}` };
    case 'format':
      return { pointer: instancePath, message: `${show(error.data)} ${params['format'] === 'date' ? 'is not a real calendar date written YYYY-MM-DD' : `is not a valid ${String(params['format'])}`}` };
    case 'maxLength':
      return { pointer: instancePath, message: `must be at most ${String(params['limit'])} characters long` };
    case 'minLength':
      return { pointer: instancePath, message: 'must not be empty' };
    case 'maxItems':
      return { pointer: instancePath, message: `must have at most ${String(params['limit'])} items` };
    case 'minItems':
      return { pointer: instancePath, message: `must have at least ${String(params['limit'])} item${params['limit'] === 1 ? '' : 's'}` };
    case 'minProperties':
      return { pointer: instancePath, message: 'must not be an empty object: leave it out instead' };
    case 'oneOf':
    case 'anyOf':
      return { pointer: instancePath, message: 'does not match any of the allowed shapes' };
    default:
      return { pointer: instancePath, message: error.message ?? keyword };
  }
};

/**
 * For a `oneOf` of objects told apart by a constant property (a discriminated union), the errors
 * of the branches the value did not choose are noise: keep only those of the chosen branch.
 */
const chosenBranchOnly = (errors: readonly AjvError[]): AjvError[] => {
  // The schema paths of the branches not chosen, by the instance path of their oneOf: looked up
  // for each error's path and the paths above it, so that many unions cost linear time.
  const dropped = new Map<string, string[]>();
  const resolved = new Set<AjvError>();
  for (const error of errors) {
    if (error.keyword !== 'oneOf' || !Array.isArray(error.schema) || error.data === null || typeof error.data !== 'object') continue;
    const data = error.data as Record<string, unknown>;
    const chosen = (error.schema as Record<string, unknown>[]).findIndex((branch) => {
      const properties = branch['properties'] as Record<string, Record<string, unknown>> | undefined;
      const discriminator = Object.entries(properties ?? {}).find(([, property]) => 'const' in property);
      return discriminator !== undefined && data[discriminator[0]] === discriminator[1]['const'];
    });
    if (chosen === -1) continue;
    resolved.add(error);
    const prefixes = dropped.get(error.instancePath) ?? [];
    dropped.set(error.instancePath, prefixes);
    (error.schema as unknown[]).forEach((_branch, index) => {
      if (index !== chosen) prefixes.push(`${error.schemaPath}/${index}/`);
    });
  }
  if (resolved.size === 0) return [...errors];
  const isDropped = (error: AjvError) => {
    for (let path = error.instancePath; ; path = path.slice(0, path.lastIndexOf('/'))) {
      if (dropped.get(path)?.some((prefix) => error.schemaPath.startsWith(prefix)) === true) return true;
      if (path === '') return false;
    }
  };
  return errors.filter((error) => !resolved.has(error) && !isDropped(error));
};

export const issuesFromAjv = (errors: readonly AjvError[] | null | undefined): PointedIssue[] => {
  const seen = new Set<string>();
  const badFormat = new Set<string>();
  const issues: PointedIssue[] = [];
  for (const error of chosenBranchOnly(errors ?? [])) {
    const { pointer, message } = describe(error);
    const code = CODES[error.keyword] ?? 'schema';
    const key = `${pointer}\u0000${message}`;
    // A date fails both its pattern and its format: say it once.
    if (seen.has(key) || (error.keyword === 'format' && badFormat.has(pointer))) continue;
    seen.add(key);
    if (code === 'bad-format') badFormat.add(pointer);
    issues.push({ pointer, code, message });
  }
  return issues;
};
