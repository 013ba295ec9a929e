/**
 * Validates every record against its zod schema, then the rules JSON Schema cannot express, and
 * returns every problem found (the build prints them all and writes nothing).
 */
import { fileURLToPath } from 'node:url';
import type * as z from 'zod';
import { datasetRegistry, type DatasetName } from '../../schema/index.ts';
import { toPointer } from '../../src/json-pointer.ts';
import { createRules, type Datasets } from '../../src/rules.ts';
import { buildJsonSchemas, type JsonSchema } from './json-schema.ts';
import { dataFiles, type RawDatasets } from './load.ts';
import { fidelityProblems } from './fidelity.ts';
import { buildRulesModel } from './rules-model.ts';
import type { BuildProblem, ValidDatasets } from './build-types.ts';

export type { BuildProblem, ValidDatasets } from './build-types.ts';
export { formatProblem } from './build-types.ts';

/**
 * Sort order of the published records: by the registry's sort field (if any), then by id. Records
 * without the field come last (meetings known only by a mention, undated, after the dated ones).
 */
const sortRecords = (sortField: string | undefined, records: readonly unknown[]): unknown[] => {
  const key = (record: unknown) => {
    const fields = record as Record<string, unknown>;
    const value = sortField === undefined ? undefined : fields[sortField];
    return `${value === undefined ? '1' : `0${String(value)}`}\u0000${String(fields['id'])}`;
  };
  return records
    .map((record) => [key(record), record] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, record]) => record);
};

/**
 * Parses every dataset (zod output has the schema's key order, which fixes the key order of every
 * output) and checks the cross-record rules. Returns the sorted datasets, or every problem.
 */
let publishedSchemas: ReadonlyMap<string, JsonSchema> | undefined;

export const validateDatasets = (
  raw: RawDatasets,
  /** The JSON Schemas, for the rules and the quotations (the build passes the ones it writes). */
  jsonSchemas: ReadonlyMap<string, JsonSchema> = (publishedSchemas ??= buildJsonSchemas()),
  rootDir: string = fileURLToPath(new URL('../../', import.meta.url)),
): { ok: true; datasets: ValidDatasets } | { ok: false; problems: BuildProblem[] } => {
  const problems: BuildProblem[] = [];
  const parsed: Record<string, unknown[]> = {};
  for (const { dataset, datasetSchema } of datasetRegistry) {
    const result = (datasetSchema as z.ZodType<unknown[]>).safeParse(raw[dataset]);
    if (result.success) parsed[dataset] = result.data;
    else {
      for (const issue of result.error.issues) {
        problems.push({ file: dataFiles[dataset], pointer: toPointer(issue.path), message: issue.message });
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const rules = createRules(buildRulesModel(jsonSchemas));
  for (const problem of rules.checkRules(parsed as unknown as Datasets)) {
    problems.push({ file: dataFiles[problem.dataset as DatasetName], pointer: problem.pointer, message: problem.message });
  }
  // Quotations only once the records hold together: a misquote is reported with its source.
  if (problems.length === 0) problems.push(...fidelityProblems(parsed as unknown as ValidDatasets, jsonSchemas, rootDir));
  if (problems.length > 0) return { ok: false, problems };
  const sorted = Object.fromEntries(
    datasetRegistry.map((entry) => [entry.dataset, sortRecords('sortField' in entry ? entry.sortField : undefined, parsed[entry.dataset] ?? [])]),
  );
  return { ok: true, datasets: sorted as unknown as ValidDatasets };
};
