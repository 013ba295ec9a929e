/** ajv 8 with draft 2020-12: as a user first tries it (defaults, which are strict), and with ajv-formats. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { npmVersion, runCompiled, type SetUpFamily } from '../setup.ts';

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const defaults = { id: 'ajv', validator: 'ajv', settings: '`new Ajv2020()`: the defaults (strict mode)', required: true };
const formats = { id: 'ajv-formats', validator: 'ajv + ajv-formats', settings: '`new Ajv2020()`, `addFormats(ajv)`', required: true };

/**
 * One ajv per schema: a schema that fails to compile leaves nothing half-added behind. ajv's
 * strict-mode warnings (strictTypes) go nowhere: they do not change a verdict.
 */
const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

export const ajvSetUps: SetUpFamily = {
  setUps: [defaults, formats],
  run: async (schemas, documents) => {
    const version = npmVersion('ajv');
    return [
      runCompiled(defaults, version, schemas, documents, (schema) => new Ajv2020({ logger: quiet }).compile(schema)),
      runCompiled(formats, `${version}, ajv-formats ${npmVersion('ajv-formats')}`, schemas, documents, (schema) => {
        const ajv = new Ajv2020({ logger: quiet });
        addFormats(ajv);
        return ajv.compile(schema);
      }),
    ];
  },
};
