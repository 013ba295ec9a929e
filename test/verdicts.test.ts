/**
 * One verdict per record, whatever the format or the path: records made from the conformance
 * fixtures, left valid or broken in one of many ways (fast-check picks), are valid or invalid alike
 *
 * - as JSON files, as NDJSON files and as the package's CSV tables (every table, so that a list with
 *   no rows counts), with the library;
 * - on the fast path and the full one (with one error allowed, the validator stops building issues
 *   and only decides);
 * - in memory (validateRecord on each dataset, beside the references it cannot see);
 * - with the command (three cases, each in one format; in every format under `npm run test:stress`).
 *
 * Only breaks that every format can hold are made (an unknown field or an empty list has no CSV
 * form). CHINA_ST_VERDICT_RUNS sets the number of cases (`npm run test:stress` runs more).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { validateFiles, validateRecord, type ValidationReport } from 'china-st-meetings/validate';
import { datasetRegistry, limits } from '../schema/index.ts';
import { buildJsonSchemas } from '../scripts/compiler/json-schema.ts';
import { toCsv } from '../scripts/compiler/csv.ts';
import { deriveAllTables, tableRows } from '../scripts/compiler/tables.ts';
import type { ValidDatasets } from '../scripts/compiler/check-records.ts';
import { distDir, rootDir, stress } from './helpers.ts';

type JsonRecord = Record<string, any>;
type Datasets = Record<string, JsonRecord[]>;

const RUNS = Number(process.env['CHINA_ST_VERDICT_RUNS'] ?? 20);
const FIXTURES_DIR = join(rootDir, 'test/fixtures/conformance');
/** The fixtures small enough to write many times (the real-scale one is checked by the conformance suite). */
const fixtureNames = readdirSync(FIXTURES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'real-scale' && existsSync(join(FIXTURES_DIR, entry.name, 'meetings.json')))
  .map((entry) => entry.name)
  .sort();
const loadFixture = (name: string): Datasets =>
  Object.fromEntries(
    datasetRegistry.map(({ dataset }) => {
      const path = join(FIXTURES_DIR, name, `${dataset}.json`);
      return [dataset, existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as JsonRecord[]) : []];
    }),
  );

const tables = deriveAllTables(buildJsonSchemas());
const tmp = mkdtempSync(join(tmpdir(), 'verdicts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// ---- Breaks every format can hold: a changed value, a removed field, a list without items.

interface Break {
  readonly name: string;
  /** Changes the datasets; false when the records have nothing it applies to. */
  readonly apply: (datasets: Datasets, pick: number) => boolean;
}

const meetingOf = (datasets: Datasets) => datasets['meetings']?.[0] as JsonRecord;
const textFields = ['name', 'headline', 'dateText', 'purpose'] as const;
const at = <T>(items: readonly T[], pick: number): T | undefined => items[pick % Math.max(items.length, 1)];

const BREAKS: readonly Break[] = [
  { name: 'nothing', apply: () => true },
  {
    name: 'a text with a line break, an edge space or a control character',
    apply: (datasets, pick) => {
      const meeting = meetingOf(datasets);
      const field = at(textFields.filter((key) => typeof meeting[key] === 'string'), pick);
      if (field === undefined) return false;
      meeting[field] = [`${meeting[field]} `, `a\nb`, `a\u0007b`, `a\u2028b`][pick % 4];
      return true;
    },
  },
  {
    name: 'a text over its bound',
    apply: (datasets) => {
      meetingOf(datasets)['dateText'] = 'x'.repeat(limits.quotation.max + 1);
      return true;
    },
  },
  {
    name: 'an impossible or malformed date',
    apply: (datasets, pick) => {
      const meeting = meetingOf(datasets);
      meeting['startDate'] = ['2021-02-29', '0000-01-01', '2021-1-01', '２０２１-01-01'][pick % 4];
      delete meeting['endDate'];
      return true;
    },
  },
  {
    name: 'an end before the start',
    apply: (datasets) => {
      const meeting = meetingOf(datasets);
      if (meeting['startDate'] === undefined) return false;
      meeting['endDate'] = '1999-12-31';
      return true;
    },
  },
  {
    name: 'a work report with no priority (a required list with no items)',
    apply: (datasets) => {
      const meeting = meetingOf(datasets);
      const speaker = datasets['people']?.[0]?.['id'];
      if (speaker === undefined) return false;
      meeting['workReport'] = { deliveredById: speaker, introduction: 'He outlined the priorities:', priorities: [] };
      return true;
    },
  },
  {
    name: 'a required field removed',
    apply: (datasets, pick) => {
      const meeting = meetingOf(datasets);
      delete meeting[['dateText', 'kind'][pick % 2] as string];
      return true;
    },
  },
  {
    name: 'an optional field removed',
    apply: (datasets, pick) => {
      const meeting = meetingOf(datasets);
      const field = at(['name', 'headline', 'place', 'organizers', 'participants', 'attendanceMode'].filter((key) => key in meeting), pick);
      if (field === undefined) return false;
      delete meeting[field];
      return true;
    },
  },
  {
    name: 'a reference to no record',
    apply: (datasets) => {
      (meetingOf(datasets)['source'] as JsonRecord)['sourceId'] = 'fictional-nowhere';
      return true;
    },
  },
  {
    name: 'a country code: unassigned, malformed or Kosovo',
    apply: (datasets, pick) => {
      const meeting = meetingOf(datasets);
      meeting['place'] = { ...(meeting['place'] ?? { evidence: 'somewhere' }), countryCode: ['ZZ', 'cn', 'XK'][pick % 3] };
      return true;
    },
  },
  {
    name: 'a place that names nothing',
    apply: (datasets) => {
      meetingOf(datasets)['place'] = { evidence: 'somewhere' };
      return true;
    },
  },
  {
    name: 'an organizer that names no one',
    apply: (datasets) => {
      const organizer = (meetingOf(datasets)['organizers'] as JsonRecord[] | undefined)?.[0];
      if (organizer === undefined) return false;
      delete organizer['organizationId'];
      delete organizer['personId'];
      return true;
    },
  },
  {
    name: 'remarks numbered with a gap',
    apply: (datasets) => {
      const remarks = meetingOf(datasets)['remarks'] as JsonRecord[] | undefined;
      if (remarks === undefined || remarks.length === 0) return false;
      (remarks.at(-1) as JsonRecord)['number'] = remarks.length + 1;
      return true;
    },
  },
  {
    name: 'a source with a bad address or language',
    apply: (datasets, pick) => {
      const source = datasets['sources']?.[0] as JsonRecord;
      if (pick % 2 === 0) source['language'] = 'en\u0085';
      else source['url'] = 'https://example.org/news[1].html';
      return true;
    },
  },
];

// ---- The same records in each format.

const write = (dir: string, datasets: Datasets) => {
  const present = datasetRegistry.filter(({ dataset }) => (datasets[dataset]?.length ?? 0) > 0);
  const files = { json: [] as string[], ndjson: [] as string[], csv: [] as string[] };
  for (const format of ['json', 'ndjson', 'csv'] as const) mkdirSync(join(dir, format), { recursive: true });
  for (const { dataset } of present) {
    const records = datasets[dataset] as JsonRecord[];
    files.json.push(join(dir, 'json', `${dataset}.json`));
    writeFileSync(files.json.at(-1) as string, JSON.stringify(records));
    files.ndjson.push(join(dir, 'ndjson', `${dataset}.ndjson`));
    writeFileSync(files.ndjson.at(-1) as string, records.map((record) => `${JSON.stringify(record)}\n`).join(''));
  }
  const rows = tableRows(tables, datasets as unknown as ValidDatasets);
  for (const table of tables) {
    const dataset = datasetRegistry.find((entry) => entry.recordKind === table.recordKind)?.dataset ?? '';
    if ((datasets[dataset]?.length ?? 0) === 0) continue;
    files.csv.push(join(dir, 'csv', `${table.name}.csv`));
    writeFileSync(files.csv.at(-1) as string, toCsv(table, rows.get(table.name) ?? []));
  }
  return files;
};

const summary = (report: ValidationReport) => report.errors.map((error) => `${error.file?.replace(/^.*[\\/]/u, '') ?? ''}:${error.line ?? ''} ${error.pointer} [${error.code}] ${error.message}`);

let caseNumber = 0;

describe('one verdict per record in every format and path', () => {
  it('JSON, NDJSON and CSV tables; fast and full path; in memory', async () => {
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...fixtureNames), fc.constantFrom(...BREAKS), fc.nat(1000), async (fixture, broken, pick) => {
        const datasets = loadFixture(fixture);
        if (!broken.apply(datasets, pick)) return;
        const dir = join(tmp, String((caseNumber += 1)));
        const files = write(dir, datasets);
        const json = await validateFiles(files.json);
        const csv = await validateFiles(files.csv);
        const verdicts = {
          json: json.valid,
          ndjson: (await validateFiles(files.ndjson)).valid,
          csv: csv.valid,
          fastPath: (await validateFiles(files.json, { maxErrors: 1 })).valid,
        };
        const expected = Object.fromEntries(Object.keys(verdicts).map((key) => [key, json.valid]));
        const detail = `${fixture}, ${broken.name} (${pick}):\n${summary(json).join('\n')}\nCSV:\n${summary(csv).join('\n')}`;
        expect(verdicts, detail).toEqual(expected);
        // In memory, each record on its own: what it breaks in itself (not its references) is found there too.
        const inMemory = datasetRegistry.every(({ dataset }) => validateRecord(datasets[dataset] ?? [], { schema: dataset }).valid);
        const ownFaults = json.errors.filter((error) => error.code !== 'unresolved-reference');
        expect(inMemory, detail).toBe(ownFaults.length === 0);
        seen.set(broken.name, (seen.get(broken.name) ?? 0) + 1);
      }),
      { numRuns: RUNS, seed: 20_200_110 },
    );
    expect(seen.size, 'the cases reach several kinds of break').toBeGreaterThan(Math.min(RUNS / 4, BREAKS.length / 2));
  });

  it('the command agrees with the library (exit 0 for valid, 1 for invalid): each format once, every format for every case under test:stress', () => {
    const cli = join(distDir, 'validate/cli.js');
    const cases = [
      { fixture: 'several-organizers', broken: BREAKS[0] as Break },
      { fixture: 'web-html-source', broken: BREAKS.find((candidate) => candidate.name.startsWith('a work report with no priority')) as Break },
      { fixture: 'pages-locator', broken: BREAKS.find((candidate) => candidate.name.startsWith('a country code')) as Break },
    ];
    for (const [index, { fixture, broken }] of cases.entries()) {
      const datasets = loadFixture(fixture);
      broken.apply(datasets, 2);
      const files = write(join(tmp, `cli-${index}`), datasets);
      const expected = broken.name === 'nothing' || broken.name.startsWith('a country code') ? 0 : 1;
      // One format a case in npm test (each format once), every format for every case under test:stress.
      const formats = (['json', 'ndjson', 'csv'] as const).filter((_, formatIndex) => stress || formatIndex === index);
      for (const format of formats) {
        const result = spawnSync(process.execPath, [cli, 'validate', '--no-progress', ...files[format]], { encoding: 'utf8' });
        expect(result.status, `${fixture}, ${broken.name}, ${format}: ${result.stdout}${result.stderr}`).toBe(expected);
      }
    }
  });
});
