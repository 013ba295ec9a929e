/** @exodus/schemasafe: its default mode (which asserts formats and refuses some schemas) and `mode: 'spec'`. */
import { validator, type Json } from '@exodus/schemasafe';
import { npmVersion, runCompiled, type SetUpFamily } from '../setup.ts';

const defaults = { id: 'schemasafe', validator: '@exodus/schemasafe', settings: '`validator(schema)`: the default mode', required: true };
const spec = { id: 'schemasafe-spec', validator: '@exodus/schemasafe', settings: "`validator(schema, { mode: 'spec' })`", required: true };

export const schemasafeSetUps: SetUpFamily = {
  setUps: [defaults, spec],
  run: async (schemas, documents) => {
    const version = npmVersion('@exodus/schemasafe');
    return [
      runCompiled(defaults, version, schemas, documents, (schema) => {
        const validate = validator(schema);
        return (instance) => validate(instance as Json);
      }),
      runCompiled(spec, version, schemas, documents, (schema) => {
        const validate = validator(schema, { mode: 'spec' });
        return (instance) => validate(instance as Json);
      }),
    ];
  },
};
