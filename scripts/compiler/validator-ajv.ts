/**
 * The one ajv set-up the validator is compiled with: all errors collected (none are asked for again
 * on a second pass), no messages (issues.ts words them), the record rules as keywords, formats
 * left to the schemas' patterns. The bundle compiles its standalone code with it, and the build
 * checks its own records with the same validators.
 */
import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import type { JsonSchema } from './json-schema.ts';
import { ruleKeywords } from './rule-keywords.ts';

export const validatorAjv = (schemas: Iterable<JsonSchema>, options: Options = {}): Ajv2020 => {
  const ajv = new Ajv2020({ strict: true, allErrors: true, messages: false, validateFormats: false, discriminator: true, ...options });
  for (const keyword of ruleKeywords) ajv.addKeyword(keyword);
  for (const schema of schemas) ajv.addSchema(schema);
  return ajv;
};
