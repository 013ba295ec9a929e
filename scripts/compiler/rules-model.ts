/**
 * The rules' model (src/rules.ts), derived from the record JSON Schemas (rule-sites.ts): each
 * dataset's references and, for the build, its record rules as the compiled keywords find them.
 */
import { datasetRegistry, type DatasetName } from '../../schema/registry.ts';
import { ruleProblems, type RulesModel } from '../../src/rules.ts';
import type { JsonSchema } from './json-schema.ts';
import { ruleSites } from './rule-sites.ts';
import { validatorAjv } from './validator-ajv.ts';
import { recordValidatorSchema } from './validator-schemas.ts';

export { verbatimPaths } from './rule-sites.ts';

const recordSchemaOf = (jsonSchemas: ReadonlyMap<string, JsonSchema>, recordKind: string): JsonSchema => {
  const schema = jsonSchemas.get(recordKind);
  if (schema === undefined) throw new Error(`no JSON Schema for record kind ${recordKind}`);
  return schema;
};

/** What the validator's runtime needs: each dataset's label and references. */
export const rulesModelData = (jsonSchemas: ReadonlyMap<string, JsonSchema>): RulesModel => ({
  labels: Object.fromEntries(datasetRegistry.map((entry) => [entry.dataset, entry.label])),
  references: Object.fromEntries(datasetRegistry.map((entry) => [entry.dataset, ruleSites(recordSchemaOf(jsonSchemas, entry.recordKind)).references])),
});

const models = new WeakMap<ReadonlyMap<string, JsonSchema>, RulesModel>();

/** The model, with the record rules compiled (ajv, in memory) from the same schemas the validator is; once per set of schemas. */
export const buildRulesModel = (jsonSchemas: ReadonlyMap<string, JsonSchema>): RulesModel => {
  const known = models.get(jsonSchemas);
  if (known !== undefined) return known;
  const schemas = new Map(datasetRegistry.map((entry) => [entry.dataset, recordValidatorSchema(recordSchemaOf(jsonSchemas, entry.recordKind))]));
  const ajv = validatorAjv(schemas.values());
  const validators = new Map([...schemas].map(([dataset, schema]) => [dataset, ajv.getSchema(String(schema['$id']))]));
  const model: RulesModel = {
    ...rulesModelData(jsonSchemas),
    recordRules: (dataset, record) => {
      const validate = validators.get(dataset as DatasetName);
      return validate === undefined || validate(record) ? [] : ruleProblems(validate.errors ?? []);
    },
  };
  models.set(jsonSchemas, model);
  return model;
};
