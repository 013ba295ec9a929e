/** ajv set up as the published JSON Schemas promise: draft 2020-12, strict mode, ajv-formats. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { JsonSchema } from './json-schema.ts';

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export const createAjv = () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
};

/**
 * Checks each emitted dataset against its emitted schema (the package's contract: every
 * `json/NAME.json` is valid against `schema/NAME.schema.json`). Returns readable problems.
 */
export const checkDatasetsAgainstSchemas = (
  schemas: ReadonlyMap<string, JsonSchema>,
  datasets: ReadonlyMap<string, unknown>,
): string[] => {
  const problems: string[] = [];
  for (const [name, schema] of schemas) {
    const validate = createAjv().compile(schema);
    const data = datasets.get(name);
    if (data === undefined) continue;
    if (!validate(data)) {
      for (const error of validate.errors ?? []) problems.push(`json/${name}.json ${error.instancePath}: ${error.message ?? ''}`);
    }
  }
  return problems;
};
