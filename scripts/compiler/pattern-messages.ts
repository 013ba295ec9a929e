/**
 * What each pattern of the schemas asks for, in words, for the validator's messages (issues.ts):
 * a map from the pattern as the JSON Schemas write it (inside `not` too) to its message.
 */
import type { JsonSchema } from './json-schema.ts';

/** The message of a pattern the schemas use, known by its start. */
const messageOf = (pattern: string): string | undefined => {
  if (pattern.startsWith('^(?:(?:\\d\\d[2468]')) return 'must be a real calendar date written YYYY-MM-DD';
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
  return undefined;
};

/** Every pattern in a schema, wherever it is. */
const patternsIn = (value: unknown, found: Set<string>): Set<string> => {
  if (value === null || typeof value !== 'object') return found;
  const { pattern } = value as { pattern?: unknown };
  if (typeof pattern === 'string') found.add(pattern);
  for (const inner of Object.values(value)) patternsIn(inner, found);
  return found;
};

/** The message of every pattern of the schemas; a pattern with none is named as it is. */
export const patternMessages = (jsonSchemas: ReadonlyMap<string, JsonSchema>): Record<string, string> => {
  const patterns = [...jsonSchemas.values()].reduce((found, schema) => patternsIn(schema, found), new Set<string>());
  return Object.fromEntries([...patterns].sort().map((pattern) => [pattern, messageOf(pattern) ?? `must match the pattern ${pattern}`]));
};
