/**
 * Conformance suite: invented records of meetings unlike the package's own two (online, no place,
 * Chinese and other languages, web and PDF sources, across a year end, several organizers, other
 * countries and time zones, codes outside the recommended ones) must pass every validator this
 * package offers, and broken copies of them must fail every one:
 *
 * - the validator library (dist/validate/index.js) on JSON and NDJSON files and on records in memory;
 * - the CLI (dist/validate/cli.js): one process for the fixtures' JSON files, one for all the broken
 *   copies, and one per fixture for CSV tables (in `npm test`, for the fewest fixtures whose tables
 *   include every table; the library checks every fixture's);
 * - the same records as the package's CSV tables (derived with the build's own functions), with
 *   the library and the CLI;
 * - python-jsonschema (Draft 2020-12, format checking on) against dist/schema/*.schema.json:
 *   one Python process for the whole suite;
 * - the build's own zod schemas and rules (scripts/compiler/check-records.ts).
 *
 * Fixtures: test/fixtures/conformance/NAME/{organizations,people,sources,documents,series,meetings}.json
 * (a file is left out when its dataset is empty), and refused/NAME/ for legitimate reports the schemas cannot
 * hold (see `refused`). Every record there is fictional: ids start with `fictional-`, source titles
 * with "Fictional:", and URLs point to example.org or example.com. They are test data only and are
 * never published.
 *
 * Known defects (reported with issue 9) are `it.fails` tests, so that the suite stays green and a
 * fix turns them red: see `Mutation.gaps`, `refused` and `EDGE_TEXTS`.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateChunks, validateFiles, validateRecord, type SchemaName, type ValidationReport } from 'china-st-meetings/validate';
import { datasetRegistry, limits, type DatasetName } from '../schema/index.ts';
import { buildJsonSchemas } from '../scripts/compiler/json-schema.ts';
import { toCsv } from '../scripts/compiler/csv.ts';
import { buildRulesModel } from '../scripts/compiler/rules-model.ts';
import { deriveAllTables, tableRows } from '../scripts/compiler/tables.ts';
import { validateDatasets, type ValidDatasets } from '../scripts/compiler/check-records.ts';
import { createRules } from '../src/rules.ts';
import { distDir, fold, rootDir, stress } from './helpers.ts';
import { gapIn, MUTATIONS, type GapPath, type Mutation } from '../scripts/portability/conformance-breaks.ts';

// ---- Fixtures.

/** Every dataset of the registry (the validator reads the files it is given in the order of their references). */
const DATASETS = datasetRegistry.map((entry) => entry.dataset);
type JsonRecord = Record<string, any>;
type Datasets = Record<DatasetName, JsonRecord[]>;

/** The record schema and the dataset schema of each dataset (dist/schema/NAME.schema.json). */
const SCHEMAS = Object.fromEntries(datasetRegistry.map((entry) => [entry.dataset, { record: entry.recordKind, dataset: entry.dataset }])) as Readonly<
  Record<DatasetName, { record: SchemaName; dataset: SchemaName }>
>;

const FIXTURES_DIR = join(rootDir, 'test/fixtures/conformance');

interface Fixture {
  readonly name: string;
  readonly datasets: Datasets;
}

const loadFixture = (name: string): Fixture => {
  const datasets = Object.fromEntries(
    DATASETS.map((dataset) => {
      const path = join(FIXTURES_DIR, name, `${dataset}.json`);
      return [dataset, existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as JsonRecord[]) : []];
    }),
  ) as Datasets;
  return { name, datasets };
};

/** The fixtures in a folder: each folder of it that holds a meetings.json. */
const fixturesIn = (folder: string): Fixture[] =>
  (existsSync(join(FIXTURES_DIR, folder)) ? readdirSync(join(FIXTURES_DIR, folder), { withFileTypes: true }) : [])
    .filter((entry) => entry.isDirectory() && existsSync(join(FIXTURES_DIR, folder, entry.name, 'meetings.json')))
    .map((entry) => loadFixture(join(folder, entry.name)))
    .sort((a, b) => (a.name < b.name ? -1 : 1));

/** Reports of real-world kinds of meetings: each must be valid. */
const fixtures = fixturesIn('.').map((fixture) => ({ ...fixture, name: fixture.name.replace(/^\.\//u, '') }));

/**
 * real-scale holds the records of a large year (a meeting of half a megabyte, 3,000 people): its
 * size is what it tests. A break has the same effect on a record whatever the size of its dataset,
 * so its broken copies, and python-jsonschema on it (seconds), run in `npm run test:stress` only
 * (`npm run test:portability` runs python-jsonschema on it too); every path of ours reads it whole.
 */
const large = (fixture: Fixture) => fixture.name === 'real-scale';
/** The fixtures broken and given to python-jsonschema: all of them under test:stress. */
const checkedEverywhere = (fixture: Fixture) => stress || !large(fixture);

/**
 * refused/NAME: legitimate reports that the schemas refuse, and could only take with a false value
 * (schema defects, reported with issue 9). Their validity tests are `it.fails`: they turn red once
 * the schemas take them, and the fixture then moves up to the valid ones.
 */
const refused = fixturesIn('refused');

const clone = <T>(value: T): T => structuredClone(value);

// ---- Broken copies: scripts/portability/conformance-breaks.ts (the portability harness runs them too).

interface Mutant {
  readonly fixture: Fixture;
  readonly mutation: Mutation;
  readonly datasets: Datasets;
  /** A short name for files and folders. */
  readonly key: string;
}

const applies = (mutation: Mutation, fixture: Fixture) => (mutation.appliesTo ?? ((datasets: Datasets) => datasets[mutation.dataset].length > 0))(fixture.datasets);

/**
 * The broken copies: under test:stress, every break of every fixture it applies to; in `npm test`,
 * each break of one of them, taken in turn so that the breaks spread over the fixtures (every
 * break is still run through every checker; the other fixtures' copies add only their shapes).
 */
const mutants: Mutant[] = MUTATIONS.flatMap((mutation, index) => {
  const candidates = fixtures.filter((fixture) => checkedEverywhere(fixture) && applies(mutation, fixture));
  return (stress ? candidates : candidates.slice(index % Math.max(candidates.length, 1)).slice(0, 1)).map((fixture) => {
    const datasets = clone(fixture.datasets);
    mutation.apply(datasets);
    return { fixture, mutation, datasets, key: `${fixture.name}--${String(index + 1).padStart(2, '0')}` };
  });
});
/** The fixtures that have broken copies. */
const brokenFixtures = fixtures.filter((fixture) => mutants.some((mutant) => mutant.fixture === fixture));


// ---- Files.

const tmp = mkdtempSync(join(tmpdir(), 'conformance-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes every dataset (an empty one too, so that every reference is checked) as JSON or NDJSON. */
const writeDatasets = (dir: string, datasets: Datasets, format: 'json' | 'ndjson', only?: readonly DatasetName[]): string[] => {
  mkdirSync(dir, { recursive: true });
  return (only ?? DATASETS).map((dataset) => {
    const path = join(dir, `${dataset}.${format}`);
    const records = datasets[dataset];
    writeFileSync(path, format === 'json' ? `${JSON.stringify(records, null, 2)}\n` : records.map((record) => `${JSON.stringify(record)}\n`).join(''));
    return path;
  });
};

/** An NDJSON file of no records is refused as empty: left out, its references are then noted as unchecked. */
const writeNdjson = (dir: string, datasets: Datasets) =>
  writeDatasets(
    dir,
    datasets,
    'ndjson',
    DATASETS.filter((dataset) => datasets[dataset].length > 0),
  );

const jsonSchemas = buildJsonSchemas();
const tables = deriveAllTables(jsonSchemas);

/**
 * What the build's validateDatasets (scripts/compiler/check-records.ts) finds: the zod dataset schemas,
 * then the rules. It is called as is on the good fixtures; for the many broken copies, the same
 * two steps with the rules built once (validateDatasets builds them on every call, ~50 ms).
 */
const buildRules = createRules(buildRulesModel(jsonSchemas));
const buildProblems = (datasets: Datasets): string[] => {
  const problems = datasetRegistry.flatMap(({ dataset, datasetSchema }) => {
    const result = datasetSchema.safeParse(datasets[dataset]);
    return result.success ? [] : result.error.issues.map((issue) => `${dataset} /${issue.path.join('/')}: ${issue.message}`);
  });
  if (problems.length > 0) return problems;
  return buildRules.checkRules(datasets as unknown as ValidDatasets).map((problem) => `${problem.dataset} ${problem.pointer}: ${problem.message}`);
};

type CsvTable = readonly [table: (typeof tables)[number], text: string];

/** The records as the package's CSV tables: each table of a dataset that has records, with its text. */
const csvTables = (datasets: Datasets): CsvTable[] => {
  const rows = tableRows(tables, datasets as unknown as ValidDatasets);
  return tables.flatMap((table) => {
    const dataset = DATASETS.find((name) => SCHEMAS[name].record === table.recordKind) as DatasetName;
    return datasets[dataset].length === 0 ? [] : [[table, toCsv(table, rows.get(table.name) ?? [])] as const];
  });
};

/** Writes the tables as TABLE.csv files in `dir`. */
const writeTables = (dir: string, entries: readonly CsvTable[]): string[] => {
  mkdirSync(dir, { recursive: true });
  return entries.map(([table, text]) => {
    const path = join(dir, `${table.name}.csv`);
    writeFileSync(path, text);
    return path;
  });
};

const writeCsv = (dir: string, datasets: Datasets): string[] => writeTables(dir, csvTables(datasets));

/** Each fixture's CSV tables by name, made once. */
const goodTables = new Map<string, Map<string, string>>();
const goodTablesOf = (fixture: Fixture) => {
  if (!goodTables.has(fixture.name)) goodTables.set(fixture.name, new Map(csvTables(fixture.datasets).map(([table, text]) => [table.name, text])));
  return goodTables.get(fixture.name) as Map<string, string>;
};

/**
 * A broken copy's CSV tables: the record tables (what rows refer to) and every table whose
 * content the break changed; the other child tables are as in the good fixture and are left out
 * (compared in memory: only the tables given are written).
 */
const csvOfMutant = (mutant: Mutant): string[] => {
  const good = goodTablesOf(mutant.fixture);
  return writeTables(
    join(tmp, 'csv-mutants', mutant.key),
    csvTables(mutant.datasets).filter(([table, text]) => table.parent === undefined || good.get(table.name) !== text),
  );
};

const issues = (report: ValidationReport) => report.errors.map((error) => `${error.file ?? ''}:${error.line ?? ''} ${error.pointer} [${error.code}] ${error.message}`);

// ---- The CLI, one process per fixture, run in parallel.

const cli = join(distDir, 'validate/cli.js');

interface CliResult {
  readonly status: number | null;
  readonly report: ValidationReport | undefined;
  readonly stderr: string;
}

const runCli = (files: readonly string[]): Promise<CliResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'validate', '--json', '--no-progress', '--max-errors', '10000', ...files], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      let report: ValidationReport | undefined;
      try {
        report = JSON.parse(stdout) as ValidationReport;
      } catch {
        report = undefined;
      }
      resolve({ status, report, stderr });
    });
  });

/** Runs the jobs at most `limit` at a time. */
const pooled = async <T>(jobs: readonly (() => Promise<T>)[], limit: number): Promise<T[]> => {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await (jobs[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
};

// ---- python-jsonschema, one process for the whole suite.

const PYTHON = '/usr/bin/python3';
const PYTHON_CHECK = String.raw`
import json, sys
from jsonschema import Draft202012Validator
cases = json.loads(sys.stdin.buffer.read().decode('utf-8'))
checker = Draft202012Validator.FORMAT_CHECKER
validators = {}
results = {}
for case in cases:
    path = case['schema']
    if path not in validators:
        with open(path, encoding='utf-8') as handle:
            schema = json.load(handle)
        Draft202012Validator.check_schema(schema)
        validators[path] = Draft202012Validator(schema, format_checker=checker)
    errors = validators[path].iter_errors(case['instance'])
    results[case['id']] = sorted('/' + '/'.join(str(part) for part in error.absolute_path) + ': ' + error.message for error in errors)
out = {'formats': sorted(checker.checkers), 'results': results}
sys.stdout.buffer.write(json.dumps(out, ensure_ascii=True).encode('ascii'))
`;

/**
 * Names with characters at their edges where regular expression dialects differ: JSON Schema
 * patterns are ECMA-262, and `\S` in the text pattern (^\S(?:[^\n\r\u2028\u2029]*\S)?$) is not the
 * same class in Python's `re`, so the same document is valid for one validator and not the other.
 * `agree: false` marks a known disagreement (a portability defect of the text pattern, reported
 * with issue 9): its test is `it.fails`.
 */
const EDGE_TEXTS: readonly { name: string; text: string; agree: boolean }[] = [
  { name: 'a trailing no-break space (U+00A0)', text: 'Open Science Forum\u00A0', agree: true },
  { name: 'a trailing ideographic space (U+3000)', text: '开放科学论坛\u3000', agree: true },
  { name: 'a tab inside', text: 'Open\tScience Forum', agree: true },
  { name: '200 characters outside the BMP (U+20BB7)', text: '\u{20BB7}'.repeat(200), agree: true },
  { name: '201 characters outside the BMP (U+20BB7)', text: '\u{20BB7}'.repeat(201), agree: true },
  { name: 'a leading byte order mark (U+FEFF), white space in JavaScript', text: '\uFEFFOpen Science Forum', agree: true },
  { name: 'a trailing next line (U+0085), white space in Python', text: 'Open Science Forum\u0085', agree: true },
  { name: 'a leading file separator (U+001C), white space in Python', text: '\u001COpen Science Forum', agree: true },
];

/** The meeting of web-html-source, under another name. */
const edgeMeeting = (text: string) => ({ ...(fixtures.find((fixture) => fixture.name === 'web-html-source') ?? fixtures[0])?.datasets.meetings[0], name: text });

interface PythonCase {
  readonly id: string;
  readonly schema: string;
  readonly instance: unknown;
}

const schemaPath = (name: string) => join(distDir, 'schema', `${name}.schema.json`);

const pythonCases: PythonCase[] = [
  ...fixtures.filter(checkedEverywhere).flatMap((fixture) =>
    DATASETS.flatMap((dataset) => [
      { id: `${fixture.name}/${dataset}`, schema: schemaPath(SCHEMAS[dataset].dataset), instance: fixture.datasets[dataset] },
      ...fixture.datasets[dataset].map((record, index) => ({
        id: `${fixture.name}/${dataset}/${index}`,
        schema: schemaPath(SCHEMAS[dataset].record),
        instance: record,
      })),
    ]),
  ),
  ...mutants.map((mutant) => ({
    id: mutant.key,
    schema: schemaPath(SCHEMAS[mutant.mutation.dataset].dataset),
    instance: mutant.datasets[mutant.mutation.dataset],
  })),
  ...refused.flatMap((fixture) =>
    DATASETS.map((dataset) => ({ id: `${fixture.name}/${dataset}`, schema: schemaPath(SCHEMAS[dataset].dataset), instance: fixture.datasets[dataset] })),
  ),
  ...EDGE_TEXTS.map((edge) => ({ id: `edge/${edge.name}`, schema: schemaPath('meeting'), instance: edgeMeeting(edge.text) })),
];

let python: { formats: string[]; results: Record<string, string[]> };

// ---- Everything that needs a process or the disk, done once.

interface FixtureRun {
  readonly json: string[];
  readonly ndjson: string[];
  readonly csv: string[];
  /**
   * The CLI run of the JSON files, and of the CSV tables: two runs, as the ids of one dataset are one
   * set whatever the format. Every fixture's JSON files in one run (their ids differ from one fixture
   * to another; the library checks each fixture alone), or each fixture's in a run of its own under
   * test:stress. The CSV tables of each fixture in a run of its own: a child table given is taken as
   * all the rows of its parents in the run (see cliCsvFixtures).
   */
  cli?: CliResult;
  cliCsv?: CliResult;
}

const runs = new Map<string, FixtureRun>();

/**
 * The fixtures whose CSV tables the CLI checks, a process each: every one under test:stress; in
 * `npm test`, the fewest that together hold every table any fixture has, taken greedily (the
 * library checks every fixture's tables, and test/verdicts.test.ts the command against the library).
 */
const cliCsvFixtures = (csvTables: ReadonlyMap<string, readonly string[]>): ReadonlySet<string> => {
  if (stress) return new Set(csvTables.keys());
  const missing = new Set([...csvTables.values()].flat());
  const chosen = new Set<string>();
  while (missing.size > 0) {
    const [best] = [...csvTables].sort(([, a], [, b]) => b.filter((table) => missing.has(table)).length - a.filter((table) => missing.has(table)).length);
    const [name, tables] = best as [string, readonly string[]];
    chosen.add(name);
    for (const table of tables) missing.delete(table);
  }
  return chosen;
};
let csvByCli: ReadonlySet<string> = new Set();
/** The CLI run of every broken copy, and the file that holds each one. */
let mutantsCli: CliResult;
const mutantFiles = new Map<string, string>();

beforeAll(async () => {
  for (const fixture of fixtures) {
    const dir = join(tmp, fixture.name);
    const run: FixtureRun = {
      json: writeDatasets(join(dir, 'json'), fixture.datasets, 'json'),
      ndjson: writeNdjson(join(dir, 'ndjson'), fixture.datasets),
      csv: writeCsv(join(dir, 'csv'), fixture.datasets),
    };
    runs.set(fixture.name, run);
  }
  // One CLI run for every broken copy: every fixture's good records (their ids differ from one
  // fixture to another), then each broken copy's changed dataset in a folder of its own, its
  // records renamed so that ids stay unique across the run.
  const mutantArgs = brokenFixtures.flatMap((fixture) => (runs.get(fixture.name) as FixtureRun).json);
  for (const mutant of mutants) {
    const dataset = mutant.mutation.dataset;
    const suffix = mutant.key.slice(-2);
    const renamed = { ...mutant.fixture.datasets, [dataset]: mutant.datasets[dataset].map((record) => ({ ...record, id: `${String(record['id'])}-mutant-${suffix}` })) };
    const [file] = writeDatasets(join(tmp, 'cli-mutants', mutant.key), renamed, 'json', [dataset]);
    mutantArgs.push(file as string);
    mutantFiles.set(mutant.key, file as string);
  }
  csvByCli = cliCsvFixtures(new Map([...runs].map(([name, run]) => [name, run.csv.map((file) => basename(file))])));
  const jobs = [
    ...(stress ? fixtures.map((fixture) => [fixture]) : [fixtures]).map((group) => async () => {
      const groupRuns = group.map((fixture) => runs.get(fixture.name) as FixtureRun);
      const cli = await runCli(groupRuns.flatMap((run) => run.json));
      for (const run of groupRuns) run.cli = cli;
    }),
    ...[...csvByCli].map((name) => async () => {
      const run = runs.get(name) as FixtureRun;
      run.cliCsv = await runCli(run.csv);
    }),
    async () => {
      mutantsCli = await runCli(mutantArgs);
    },
  ];
  // Asynchronous, so that the CLI runs go on beside it.
  const pythonJob = () =>
    new Promise<void>((resolve, reject) => {
      const child = spawn(PYTHON, ['-c', PYTHON_CHECK], { stdio: ['pipe', 'pipe', 'pipe'] });
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
      child.on('error', reject);
      child.on('close', (status) => {
        if (status !== 0) return reject(new Error(`python-jsonschema failed: ${Buffer.concat(stderr).toString()}`));
        python = JSON.parse(Buffer.concat(stdout).toString('utf8')) as typeof python;
        resolve();
      });
      child.stdin.end(JSON.stringify(pythonCases));
    });
  await Promise.all([pooled(jobs, 3), pythonJob()]);
});

// ---- The tests.

describe('conformance fixtures', () => {
  it('there are at least 10, each with a meeting and a source', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
    for (const { datasets } of fixtures) {
      expect(datasets.meetings.length).toBeGreaterThan(0);
      expect(datasets.sources.length).toBeGreaterThan(0);
    }
  });

  it.each([...fixtures, ...refused].map((fixture) => [fixture.name, fixture] as const))('%s is marked fictional everywhere', (_name, fixture) => {
    for (const dataset of DATASETS) {
      for (const record of fixture.datasets[dataset]) expect(record['id']).toMatch(/^fictional-/u);
    }
    for (const source of fixture.datasets.sources) {
      expect(source['title']).toMatch(/^Fictional:/u);
      if (source['url'] !== undefined) expect(source['url']).toMatch(/^https:\/\/example\.(?:org|com)\//u);
    }
  });

  it('no two fixtures share an id (the CLI checks all broken copies in one run)', () => {
    for (const dataset of DATASETS) {
      const ids = fixtures.flatMap((fixture) => fixture.datasets[dataset].map((record) => record['id'] as string));
      expect(new Set(ids).size, dataset).toBe(ids.length);
    }
  });

  it('together they cover the cases the suite is for', () => {
    const meetings = fixtures.flatMap((fixture) => fixture.datasets.meetings);
    const sources = fixtures.flatMap((fixture) => fixture.datasets.sources);
    const organizations = fixtures.flatMap((fixture) => fixture.datasets.organizations);
    const participants = meetings.flatMap((meeting) => (meeting['participants'] ?? []) as JsonRecord[]);
    const remarks = meetings.flatMap((meeting) => (meeting['remarks'] ?? []) as JsonRecord[]);
    const timeZones = meetings.map((meeting) => meeting['place']?.editorial?.timeZone?.value).filter((zone) => zone !== undefined);
    const countries = [...meetings.map((meeting) => meeting['place']?.countryCode), ...organizations.map((organization) => organization['countryCode'])];
    expect(meetings.some((meeting) => meeting['attendanceMode'] === 'online' && meeting['place'] === undefined), 'an online meeting with no place').toBe(true);
    expect(meetings.some((meeting) => meeting['attendanceMode'] === undefined && meeting['place'] === undefined), 'a meeting whose place is not given').toBe(true);
    expect(sources.some((source) => /^zh(?:-|$)/u.test(source['language'] as string)), 'a source in Chinese').toBe(true);
    expect(sources.some((source) => (source['mediaType'] as string).startsWith('text/html') && source['url'] !== undefined && source['path'] === undefined), 'an HTML source on the web').toBe(true);
    expect(meetings.some((meeting) => String(meeting['startDate'] ?? '').slice(0, 4) < String(meeting['endDate'] ?? '').slice(0, 4)), 'a meeting across a year end').toBe(true);
    expect(meetings.some((meeting) => (meeting['organizers']?.length ?? 0) >= 3), 'several organizers').toBe(true);
    expect(participants.some((participant) => participant['role'] === 'rapporteur'), 'an unlisted role').toBe(true);
    expect(remarks.some((remark) => remark['reportedAs'] === 'pointed out'), 'a recommended multi-word verb').toBe(true);
    expect(remarks.some((remark) => remark['reportedAs'] === 'underlined'), 'an unlisted verb').toBe(true);
    for (const kind of ['university', 'international-organization']) expect(organizations.map((organization) => organization['kind'])).toContain(kind);
    expect(meetings.some((meeting) => meeting['source']?.locator?.kind === 'pages'), 'a pages locator').toBe(true);
    expect(timeZones.some((zone) => zone !== 'Asia/Shanghai'), 'a time zone other than Asia/Shanghai').toBe(true);
    expect(countries.some((country) => country !== undefined && country !== 'CN'), 'a country other than CN').toBe(true);
  });

  it('together they cover the linked records: series and editions, documents, mentions, dated posts, several sources, names in other scripts, addressees', () => {
    const all = <T extends DatasetName>(dataset: T) => fixtures.flatMap((fixture) => fixture.datasets[dataset]);
    const meetings = all('meetings');
    const editions = meetings.filter((meeting) => meeting['series'] !== undefined);
    expect(all('series').some((series) => editions.filter((meeting) => meeting['series'].seriesId === series['id']).length >= 2), 'a series with two editions').toBe(true);
    expect(editions.some((meeting) => meeting['series'].ordinal !== undefined), 'an edition as printed').toBe(true);
    const mentionOnly = new Set(meetings.filter((meeting) => meeting['source'].role === 'mention').map((meeting) => meeting['id']));
    expect([...mentionOnly].every((id) => meetings.some((meeting) => meeting['summary'] === undefined && meeting['id'] === id)), 'a meeting known by a mention has no report').toBe(true);
    expect(meetings.some((meeting) => ((meeting['guidance'] ?? []) as JsonRecord[]).some((item) => (item['meetingIds'] ?? []).some((id: string) => mentionOnly.has(id)))), 'a meeting carrying out an earlier one').toBe(true);
    expect(all('documents').some((document) => (document['creators'] ?? []).some((creator: JsonRecord) => creator['personId'] !== undefined && creator['organizationId'] !== undefined)), 'a document given by a person for an organization').toBe(true);
    const mentionKinds = new Set(meetings.flatMap((meeting) => ((meeting['mentions'] ?? []) as JsonRecord[]).map((mention) => mention['kind'])));
    expect([...mentionKinds].sort(), 'a mention of each kind of record').toEqual(['document', 'meeting', 'organization', 'person', 'series']);
    const titles = all('people').flatMap((person) => person['titles'] as JsonRecord[]);
    expect(['party', 'state'].every((sphere) => titles.some((title) => title['sphere'] === sphere)), 'party and state posts').toBe(true);
    expect(titles.some((title) => title['editorial']?.heldFrom !== undefined && title['editorial']?.heldUntil !== undefined && title['observedOn'] !== undefined), 'a post with its dates').toBe(true);
    const related = meetings.flatMap((meeting) => (meeting['relatedSources'] ?? []) as JsonRecord[]);
    expect(related.some((source) => source['role'] === 'translation'), 'an original with its translation').toBe(true);
    const names = [...meetings, ...all('people'), ...all('organizations'), ...all('series')].flatMap((record) => (record['otherNames'] ?? []) as JsonRecord[]);
    expect(new Set(names.map((name) => name['basis'])), 'names printed and names the editors add').toEqual(new Set(['source', 'editorial']));
    expect(names.some((name) => /-Latn/u.test(name['language'] as string)) && names.some((name) => name['language'] === 'en'), 'names in two scripts').toBe(true);
    const addressees = meetings.flatMap((meeting) => ((meeting['remarks'] ?? []) as JsonRecord[]).flatMap((remark) => (remark['addressees'] ?? []) as JsonRecord[]));
    expect(new Set(addressees.map((addressee) => addressee['kind'])), 'addressees of each kind').toEqual(new Set(['person', 'organization', 'group']));
  });

  it('the Chinese source has CJK text in every text field', () => {
    const cjk = /[\p{Script=Han}]/u;
    const chinese = fixtures.filter((fixture) => fixture.datasets.sources.some((source) => /^zh(?:-|$)/u.test(source['language'] as string)));
    expect(chinese.length).toBeGreaterThan(0);
    for (const { datasets } of chinese) {
      const meeting = datasets.meetings[0] as JsonRecord;
      const texts = [
        meeting['name'],
        meeting['headline'],
        meeting['dateText'],
        ...(meeting['summary'] as string[]),
        ...((meeting['participants'] ?? []) as JsonRecord[]).flatMap((participant) => [participant['evidence'], participant['titleAsPrinted'] ?? participant['label']]),
        ...((meeting['organizers'] ?? []) as JsonRecord[]).map((organizer) => organizer['evidence']),
        ...((meeting['remarks'] ?? []) as JsonRecord[]).flatMap((remark) => [remark['text'], remark['reportingClause'], remark['reportedAs']]),
        ...datasets.people.flatMap((person) => [person['name'], ...(person['titles'] as JsonRecord[]).flatMap((title) => [title['title'], title['evidence']])]),
        ...datasets.organizations.flatMap((organization) => [organization['name'], organization['evidence']]),
        ...datasets.sources.map((source) => source['title']),
      ];
      for (const text of texts.filter((value) => value !== undefined)) expect(text, String(text)).toMatch(cjk);
    }
  });

  it.each(fixtures.filter((fixture) => fixture.datasets.sources.some((source) => source['path'] !== undefined)).map((fixture) => [fixture.name, fixture] as const))(
    '%s: a source file in the repository is there, with its hash, and holds every quotation',
    (_name, fixture) => {
      for (const source of fixture.datasets.sources.filter((candidate) => candidate['path'] !== undefined)) {
        const bytes = readFileSync(join(rootDir, source['path'] as string));
        if (source['sha256'] !== undefined) expect(createHash('sha256').update(bytes).digest('hex')).toBe(source['sha256']);
        const text = fold(bytes.toString('utf8'));
        // Every verbatim cell of every table (the tables know which columns are quotations).
        const rows = tableRows(tables, fixture.datasets as unknown as ValidDatasets);
        for (const table of tables) {
          for (const column of table.columns.filter((candidate) => candidate.verbatim)) {
            for (const row of rows.get(table.name) ?? []) {
              const cell = row[column.name];
              if (cell !== undefined && cell !== '') expect(text, `${table.name}.${column.name}`).toContain(cell);
            }
          }
        }
        const meeting = fixture.datasets.meetings.find((candidate) => candidate['source'].sourceId === source['id']);
        const locator = meeting?.['source'].locator;
        if (locator?.kind === 'lines') {
          const lines = bytes.toString('utf8').split('\n');
          expect(locator.lineEnd).toBeLessThanOrEqual(lines.length);
          expect(fold(lines.slice(locator.lineStart - 1, locator.lineEnd).join('\n'))).toContain(meeting?.['summary'][0]);
        }
      }
    },
  );
});

describe.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s is valid', (name, fixture) => {
  const run = () => runs.get(name) as FixtureRun;

  it('with the library, as JSON files', async () => {
    const report = await validateFiles(run().json);
    expect(issues(report)).toEqual([]);
    expect(report.notes).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.records).toBe(DATASETS.reduce((sum, dataset) => sum + fixture.datasets[dataset].length, 0));
  });

  it('with the library, as NDJSON files', async () => {
    const report = await validateFiles(run().ndjson);
    expect(issues(report)).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.records).toBe(DATASETS.reduce((sum, dataset) => sum + fixture.datasets[dataset].length, 0));
  });

  it('with the library, as records in memory', () => {
    for (const dataset of DATASETS) {
      const result = validateRecord(fixture.datasets[dataset], { schema: SCHEMAS[dataset].dataset });
      expect(result.errors).toEqual([]);
      expect(result.valid).toBe(true);
    }
  });

  it('with the library, read in small chunks (validateChunks): 7 bytes, which split characters', async () => {
    // Real-scale's 1.5 MB in 7-byte chunks take seconds and split nothing the small fixtures do not:
    // 4,099 bytes in npm test, 7 under test:stress.
    const size = stress || !large(fixture) ? 7 : 4099;
    const chunks = async function* (path: string) {
      const bytes = readFileSync(path);
      for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
    };
    const baseName = (path: string) => path.replace(/^.*[\\/]/u, '').replace(/\.[a-z]+$/u, '');
    for (const path of [...run().json, ...run().ndjson]) {
      const dataset = baseName(path) as DatasetName;
      if (fixture.datasets[dataset].length === 0) continue;
      const report = await validateChunks(chunks(path), { format: path.endsWith('.ndjson') ? 'ndjson' : 'json', schema: SCHEMAS[dataset].dataset, file: path });
      expect(issues(report)).toEqual([]);
      expect(report.records).toBe(fixture.datasets[dataset].length);
    }
    for (const path of run().csv) {
      const report = await validateChunks(chunks(path), { format: 'csv', table: baseName(path), file: path });
      expect(issues(report)).toEqual([]);
    }
  });

  it('with the library, as CSV tables', async () => {
    expect(run().csv.length).toBeGreaterThan(0);
    const report = await validateFiles(run().csv);
    expect(issues(report)).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.files.map((file) => file.table)).toEqual(report.files.map((file) => file.file.replace(/^.*[\\/]/u, '').replace(/\.csv$/u, '')));
  });

  it('with the CLI, as JSON files and as CSV tables (exit 0)', () => {
    expect(run().cliCsv !== undefined).toBe(csvByCli.has(name));
    for (const [result, files] of [[run().cli, run().json], ...(run().cliCsv === undefined ? [] : [[run().cliCsv, run().csv] as const])] as const) {
      expect(result?.stderr).toBe('');
      expect(issues(result?.report as ValidationReport).filter((issue) => files.some((file) => issue.startsWith(`${file}:`)))).toEqual([]);
      expect(result?.status).toBe(0);
      expect(result?.report?.files.filter((file) => files.includes(file.file))).toHaveLength(files.length);
    }
  });

  it.runIf(checkedEverywhere(fixture))('with python-jsonschema (Draft 2020-12, formats checked)', () => {
    for (const dataset of DATASETS) {
      expect(python.results[`${name}/${dataset}`], dataset).toEqual([]);
      fixture.datasets[dataset].forEach((_record, index) => expect(python.results[`${name}/${dataset}/${index}`], `${dataset}/${index}`).toEqual([]));
    }
  });

  it("with the build's zod schemas and rules", () => {
    const result = validateDatasets(fixture.datasets);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(buildProblems(fixture.datasets)).toEqual([]);
  });
});

/** `it` for the broken copies a checker rejects, `it.fails` for its known gaps (see Mutation.gaps). */
const eachMutant = (list: readonly Mutant[], path: GapPath, title: string, check: (mutant: Mutant) => void | Promise<void>) => {
  const rows = (selected: readonly Mutant[]) => selected.map((mutant) => [mutant.mutation.name, mutant] as const);
  const caught = list.filter((mutant) => !gapIn(mutant.mutation, path));
  const missed = list.filter((mutant) => gapIn(mutant.mutation, path));
  if (caught.length > 0) it.each(rows(caught))(`%s, ${title}`, (_name, mutant) => check(mutant));
  if (missed.length > 0) it.fails.each(rows(missed))(`%s, ${title} (known gap: ${path})`, (_name, mutant) => check(mutant));
};

const expectCodes = (report: ValidationReport, codes: readonly string[]) => {
  expect(report.valid, issues(report).join('\n')).toBe(false);
  expect(report.errors.map((error) => error.code), issues(report).join('\n')).toEqual(expect.arrayContaining([expect.toBeOneOf([...codes])]));
};

describe.each(brokenFixtures.map((fixture) => [fixture.name, fixture] as const))('%s, broken, is rejected', (name, fixture) => {
  const own = mutants.filter((mutant) => mutant.fixture === fixture);

  // Each broken copy in a run of its own, as NDJSON (the CLI below reads them as JSON arrays).
  eachMutant(own, 'validator', 'by the library (NDJSON, in a run of its own)', async (mutant) => {
    const report = await validateFiles(writeNdjson(join(tmp, 'library-mutants', mutant.key), mutant.datasets));
    expectCodes(report, mutant.mutation.codes);
    expect(report.invalidRecords).toBeGreaterThan(0);
  });

  eachMutant(
    own.filter((mutant) => Array.isArray(mutant.mutation.csvCodes)),
    'csv',
    'by the library as CSV tables',
    async (mutant) => expectCodes(await validateFiles(csvOfMutant(mutant)), mutant.mutation.csvCodes as readonly string[]),
  );

  it('by the CLI: exit 1, and no error in the good files given with the broken copies', () => {
    expect(mutantsCli.stderr).toBe('');
    expect(mutantsCli.status).toBe(1);
    const report = mutantsCli.report as ValidationReport;
    for (const file of (runs.get(name) as FixtureRun).json) expect(report.errors.filter((error) => error.file === file), file).toEqual([]);
  });

  eachMutant(own, 'validator', 'by the CLI, in a file of its own', (mutant) => {
    const report = mutantsCli.report as ValidationReport;
    const file = mutantFiles.get(mutant.key) as string;
    const codes = report.errors.filter((error) => error.file === file).map((error) => error.code);
    expect(codes, "the renamed copy's ids").not.toContain('duplicate-id');
    expect(report.files.find((candidate) => candidate.file === file)?.invalidRecords).toBeGreaterThan(0);
    expect(codes).toEqual(expect.arrayContaining([expect.toBeOneOf([...mutant.mutation.codes])]));
  });

  it('by python-jsonschema, where JSON Schema can see the break (and not otherwise)', () => {
    for (const mutant of own) {
      const errors = python.results[mutant.key];
      if (mutant.mutation.jsonSchema) expect(errors, mutant.mutation.name).not.toEqual([]);
      else expect(errors, `${mutant.mutation.name}: beyond JSON Schema, so only our validator sees it`).toEqual([]);
    }
  });

  eachMutant(own, 'build', "by the build's zod schemas and rules", (mutant) => {
    expect(buildProblems(mutant.datasets)).not.toEqual([]);
  });
});

describe.each(refused.map((fixture) => [fixture.name, fixture] as const))('%s (a schema defect)', (name, fixture) => {
  it.fails('is valid with the library', async () => {
    const report = await validateFiles(writeDatasets(join(tmp, name, 'json'), fixture.datasets, 'json'));
    expect(issues(report)).toEqual([]);
  });

  it.fails('is valid with python-jsonschema', () => {
    for (const dataset of DATASETS) expect(python.results[`${name}/${dataset}`], dataset).toEqual([]);
  });
});

describe('our validator and python-jsonschema agree on text at the edges of the pattern', () => {
  const check = (edge: (typeof EDGE_TEXTS)[number]) => {
    const ours = validateRecord(edgeMeeting(edge.text), { schema: 'meeting' });
    const theirs = python.results[`edge/${edge.name}`] ?? [];
    expect(ours.valid, `ours: ${JSON.stringify(ours.errors)}; python: ${JSON.stringify(theirs)}`).toBe(theirs.length === 0);
  };
  const rows = (agree: boolean) => EDGE_TEXTS.filter((edge) => edge.agree === agree).map((edge) => [edge.name, edge] as const);
  it.each(rows(true))('%s', (_name, edge) => check(edge));
  it.fails.each(rows(false))('%s (known disagreement)', (_name, edge) => check(edge));
});
