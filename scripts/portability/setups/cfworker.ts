/** @cfworker/json-schema (the validator of Cloudflare Workers and other edge runtimes): it always asserts the formats it knows. */
import { Validator } from '@cfworker/json-schema';
import { npmVersion, runCompiled, type SetUpFamily } from '../setup.ts';

const info = { id: 'cfworker', validator: '@cfworker/json-schema', settings: "`new Validator(schema, '2020-12')`", required: true };

export const cfworkerSetUps: SetUpFamily = {
  setUps: [info],
  run: async (schemas, documents) => [
    runCompiled(info, npmVersion('@cfworker/json-schema'), schemas, documents, (schema) => {
      const validator = new Validator(schema, '2020-12');
      return (instance) => validator.validate(instance).valid;
    }),
  ],
};
