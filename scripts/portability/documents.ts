/**
 * What a portability document is, and the records it is made from: the published datasets
 * (dist/json/) and the conformance fixtures (test/fixtures/conformance/).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetRegistry, type DatasetName } from '../../schema/registry.ts';
import type { SchemaName } from '../../src/validate/types.ts';

export const rootDir = fileURLToPath(new URL('../..', import.meta.url));

export type { SchemaName };
export type JsonObject = Record<string, any>;

/** Every dataset of the registry (the validator orders the files it is given by their references). */
export const DATASETS = datasetRegistry.map((entry) => entry.dataset);
export type { DatasetName };
export type Datasets = Record<DatasetName, JsonObject[]>;

/** The record schema of each dataset (its dataset schema has the dataset's name). */
export const RECORD_SCHEMA = Object.fromEntries(datasetRegistry.map((entry) => [entry.dataset, entry.recordKind])) as Readonly<Record<DatasetName, SchemaName>>;

/** Every schema the package publishes (dist/schema/NAME.schema.json). */
export const SCHEMA_NAMES: readonly SchemaName[] = [...DATASETS.map((dataset) => RECORD_SCHEMA[dataset]), ...DATASETS];

export type DocumentGroup = 'published' | 'conformance' | 'broken' | 'mutation';

/** One JSON value to validate against one published schema. */
export interface CorpusDocument {
  /** Stable and unique: the matrix and the disagreements name documents by it. */
  readonly id: string;
  readonly group: DocumentGroup;
  readonly schema: SchemaName;
  readonly instance: unknown;
}

/**
 * A string holding a UTF-16 code unit of a surrogate pair without its partner. Its JSON text
 * (`"\ud800"`) is not Unicode: RFC 8259 (section 8.2) leaves what a parser does with it open.
 */
/** With the `u` flag a surrogate pair is one code point; only a lone surrogate is of category Cs. */
const LONE_SURROGATE = /\p{Cs}/u;

export const hasLoneSurrogate = (value: unknown): boolean => {
  if (typeof value === 'string') return LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (value !== null && typeof value === 'object') return Object.entries(value).some(([key, item]) => hasLoneSurrogate(key) || hasLoneSurrogate(item));
  return false;
};

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The published datasets, as dist/json/ holds them. */
export const publishedDatasets = (): Datasets =>
  Object.fromEntries(DATASETS.map((dataset) => [dataset, readJson(join(rootDir, 'dist/json', `${dataset}.json`)) as JsonObject[]])) as Datasets;

export const CONFORMANCE_DIR = join(rootDir, 'test/fixtures/conformance');

export interface Fixture {
  readonly name: string;
  readonly datasets: Datasets;
}

/**
 * The conformance fixtures, as test/conformance.test.ts reads them: each folder holding a
 * meetings.json, and those of refused/ (reports the schemas refuse today), sorted by name.
 */
export const conformanceFixtures = (): Fixture[] => {
  const folders = (folder: string) =>
    existsSync(join(CONFORMANCE_DIR, folder))
      ? readdirSync(join(CONFORMANCE_DIR, folder), { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && existsSync(join(CONFORMANCE_DIR, folder, entry.name, 'meetings.json')))
          .map((entry) => (folder === '.' ? entry.name : `${folder}/${entry.name}`))
      : [];
  return [...folders('.'), ...folders('refused')].sort().map((name) => ({
    name,
    datasets: Object.fromEntries(
      DATASETS.map((dataset) => {
        const path = join(CONFORMANCE_DIR, name, `${dataset}.json`);
        return [dataset, existsSync(path) ? (readJson(path) as JsonObject[]) : []];
      }),
    ) as Datasets,
  }));
};

/**
 * Records checked one by one per dataset: the dataset document checks all of them against the same
 * record schema, so beyond the first few a record document adds only time (the real-scale fixture
 * has 3,000 people).
 */
export const RECORDS_PER_DATASET = 20;

/** A set of datasets as documents: each dataset against its dataset schema, and its first records each against its record schema. */
export const datasetDocuments = (prefix: string, group: DocumentGroup, datasets: Datasets): CorpusDocument[] =>
  DATASETS.filter((dataset) => datasets[dataset].length > 0).flatMap((dataset) => [
    { id: `${prefix}/${dataset}`, group, schema: dataset, instance: datasets[dataset] },
    ...datasets[dataset]
      .slice(0, RECORDS_PER_DATASET)
      .map((record, index) => ({ id: `${prefix}/${dataset}/${index}`, group, schema: RECORD_SCHEMA[dataset], instance: record })),
  ]);

/** The published schemas, as dist/schema/NAME.schema.json holds them. */
export const publishedSchemaTexts = (): Map<SchemaName, string> =>
  new Map(SCHEMA_NAMES.map((name) => [name, readFileSync(join(rootDir, 'dist/schema', `${name}.schema.json`), 'utf8')]));

/** One digest of every published schema file: the committed matrix holds the one it was made from. */
export const schemasDigest = (texts: ReadonlyMap<SchemaName, string>): string => {
  const hash = createHash('sha256');
  for (const name of [...texts.keys()].sort()) hash.update(`${name}\n${texts.get(name) ?? ''}\n`);
  return hash.digest('hex');
};
