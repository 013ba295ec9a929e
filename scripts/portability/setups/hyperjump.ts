/**
 * @hyperjump/json-schema, draft 2020-12, with its format support loaded: without format assertion
 * (the 2020-12 default, `format` an annotation) and with it (`setShouldValidateFormat(true)`).
 */
import { registerSchema, setShouldValidateFormat, unregisterSchema, validate, type SchemaObject, type Validator } from '@hyperjump/json-schema/draft-2020-12';
import '@hyperjump/json-schema/formats';
import type { SchemaName } from '../documents.ts';
import { message, npmVersion, type Outcome, type SetUpFamily, type SetUpInfo, type SetUpResult } from '../setup.ts';

const annotation = { id: 'hyperjump', validator: '@hyperjump/json-schema', settings: 'draft-2020-12, formats loaded, format assertion off (the default)', required: true };
const assertion = { id: 'hyperjump-formats', validator: '@hyperjump/json-schema', settings: 'draft-2020-12, formats loaded, `setShouldValidateFormat(true)`', required: true };

export const hyperjumpSetUps: SetUpFamily = {
  setUps: [annotation, assertion],
  run: async (schemas, documents) => {
    const version = npmVersion('@hyperjump/json-schema');
    const loadErrors: Partial<Record<SchemaName, string>> = {};
    const validators = new Map<SchemaName, Validator>();
    const registered: string[] = [];
    try {
      for (const [name, schema] of schemas) {
        try {
          // A schema without an `$id` (none of the published ones) is registered under a made-up one.
          const uri = typeof schema['$id'] === 'string' ? schema['$id'] : `https://example.org/portability/${name}.schema.json`;
          registerSchema(structuredClone(schema) as SchemaObject, uri);
          registered.push(uri);
          validators.set(name, await validate(uri));
        } catch (error) {
          loadErrors[name] = message(error);
        }
      }
      // The format setting is read as each instance is checked (a global): one run after the other.
      const runWith = (info: SetUpInfo, formats: boolean | undefined): SetUpResult => {
        setShouldValidateFormat(formats);
        const outcomes = documents.map((document): Outcome => {
          const validator = validators.get(document.schema);
          if (validator === undefined) return null;
          try {
            return validator(document.instance as never).valid ? 'valid' : 'invalid';
          } catch (error) {
            return { error: message(error) };
          }
        });
        return { info, status: 'ran', version, loadErrors, outcomes };
      };
      return [runWith(annotation, undefined), runWith(assertion, true)];
    } finally {
      setShouldValidateFormat(undefined);
      // Registered schemas are global too: a second run (another schema set) registers them anew.
      for (const uri of registered) unregisterSchema(uri);
    }
  },
};
