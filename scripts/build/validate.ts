/**
 * Validates every record against its zod schema, then the rules JSON Schema cannot express, and
 * returns every problem found (the build prints them all and writes nothing).
 */
import * as z from 'zod';
import { datasetSchemas, type DatasetName, type Meeting, type Organization, type Person, type SourceDocument } from '../../schema/index.ts';
import { checkRules } from '../../src/rules.ts';
import { dataFiles, type RawDatasets } from './load.ts';

export interface BuildProblem {
  /** The data file the record is written in. */
  readonly file: string;
  /** JSON Pointer into the dataset (`/0/endDate`: the first record's endDate). */
  readonly pointer: string;
  readonly message: string;
}

export interface ValidDatasets {
  readonly meetings: Meeting[];
  readonly people: Person[];
  readonly organizations: Organization[];
  readonly sources: SourceDocument[];
}

const escapePointer = (key: PropertyKey) => String(key).replaceAll('~', '~0').replaceAll('/', '~1');
export const toPointer = (path: readonly PropertyKey[]) => path.map((key) => `/${escapePointer(key)}`).join('');

/** Sort order of the published records: meetings by date then id, everything else by id. */
const sortKey: Record<DatasetName, (record: { id: string; startDate?: string }) => string> = {
  meetings: (meeting) => `${meeting.startDate ?? ''}\u0000${meeting.id}`,
  people: (record) => record.id,
  organizations: (record) => record.id,
  sources: (record) => record.id,
};

const byKey = <T extends { id: string }>(key: (record: T) => string) => (a: T, b: T) => {
  const [left, right] = [key(a), key(b)];
  return left < right ? -1 : left > right ? 1 : 0;
};

/**
 * Parses every dataset (zod output has the schema's key order, which fixes the key order of every
 * output) and checks the cross-record rules. Returns the sorted datasets, or every problem.
 */
export const validateDatasets = (
  raw: RawDatasets,
): { ok: true; datasets: ValidDatasets } | { ok: false; problems: BuildProblem[] } => {
  const problems: BuildProblem[] = [];
  const parsed: Partial<Record<DatasetName, unknown[]>> = {};
  for (const name of Object.keys(datasetSchemas) as DatasetName[]) {
    const result = (datasetSchemas[name] as z.ZodType<unknown[]>).safeParse(raw[name]);
    if (result.success) parsed[name] = result.data;
    else {
      for (const issue of result.error.issues) {
        problems.push({ file: dataFiles[name], pointer: toPointer(issue.path), message: issue.message });
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const datasets = parsed as unknown as ValidDatasets;
  for (const problem of checkRules(datasets)) {
    problems.push({ file: dataFiles[problem.dataset], pointer: problem.pointer, message: problem.message });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    datasets: {
      meetings: [...datasets.meetings].sort(byKey(sortKey.meetings)),
      people: [...datasets.people].sort(byKey(sortKey.people)),
      organizations: [...datasets.organizations].sort(byKey(sortKey.organizations)),
      sources: [...datasets.sources].sort(byKey(sortKey.sources)),
    },
  };
};

export const formatProblem = (problem: BuildProblem) =>
  `${problem.file} ${problem.pointer === '' ? '(the whole dataset)' : problem.pointer}: ${problem.message}`;
