/**
 * What each pattern of the schemas asks for, in words, for the validator's messages (issues.ts):
 * the schemas' own map (schema/common.ts), for every pattern the JSON Schemas hold, in `pattern` or
 * inside `not`.
 */
import { patternMessages as schemaPatternMessages } from '../../schema/common.ts';
import type { JsonSchema } from './json-schema.ts';

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
  const known = schemaPatternMessages();
  const patterns = [...jsonSchemas.values()].reduce((found, schema) => patternsIn(schema, found), new Set<string>());
  return Object.fromEntries([...patterns].sort().map((pattern) => [pattern, known.get(pattern) ?? `must match the pattern ${pattern}`]));
};
