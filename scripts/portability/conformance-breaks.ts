/**
 * The broken copies of the conformance fixtures (test/fixtures/conformance/): each way to break a
 * fixture, with what every checker must find. test/conformance.test.ts runs them through the
 * library, the command, the CSV tables, python-jsonschema and the build; the portability harness
 * gives them to every validator it runs. One list, so that the two cannot drift apart.
 */
import { limits } from '../../schema/index.ts';
import { type CorpusDocument, type DatasetName, type Datasets, type Fixture, type JsonObject } from './documents.ts';

type JsonRecord = JsonObject;
/** An error code of the validator (src/validate/error-codes.ts). */
type ErrorCode = string;


/**
 * One way to break a fixture. `codes`: what our validator must report (any of them, at least one);
 * `jsonSchema`: whether JSON Schema can see it (references, existing time zones and countries are
 * beyond it); `csvCodes`: what the CSV tables of the broken records must report, or why the break
 * cannot be written in a CSV table at all.
 */
export interface Mutation {
  readonly name: string;
  /** The dataset the break is in (for the CLI, only that dataset's changed records are given again). */
  readonly dataset: DatasetName;
  /** Whether the fixture has what the break needs (default: a record in `dataset`). */
  readonly appliesTo?: (datasets: Datasets) => boolean;
  readonly apply: (datasets: Datasets) => void;
  readonly codes: readonly ErrorCode[];
  readonly jsonSchema: boolean;
  readonly csvCodes: readonly ErrorCode[] | { readonly notInCsv: string };
  /**
   * Known defects (reported with issue 9): a checker that lets the break through today. Its test
   * is `it.fails`, so that it turns red once the defect is fixed; then remove the entry.
   * `validator`: the library and the CLI on JSON and NDJSON; `csv`: the same on CSV tables;
   * `build`: the build's zod schemas and rules.
   */
  readonly gaps?: Partial<Record<GapPath, string>>;
}

export type GapPath = 'validator' | 'csv' | 'build';
export const gapIn = (mutation: Mutation, path: GapPath) => mutation.gaps?.[path] !== undefined;

const firstMeeting = (datasets: Datasets) => datasets.meetings[0] as JsonRecord;
const firstSource = (datasets: Datasets) => datasets.sources[0] as JsonRecord;

/** The meeting's place, made up if the meeting has none (an online meeting), so that it can be broken. */
const placeOf = (datasets: Datasets): JsonRecord => {
  const meeting = firstMeeting(datasets);
  meeting['place'] ??= { name: 'a made-up venue', evidence: 'a made-up venue' };
  return meeting['place'] as JsonRecord;
};

const setTimeZone = (datasets: Datasets, value: string) => {
  const place = placeOf(datasets);
  place['editorial'] = { ...place['editorial'], timeZone: { value, citation: 'Made up to break the record.' } };
};

/** The first mention of the first meeting, if it has any. */
const firstMention = (datasets: Datasets) => (firstMeeting(datasets)['mentions'] as JsonRecord[] | undefined)?.[0];
/** The field that names a mention's record, one per kind of record. */
const MENTION_IDS = ['personId', 'organizationId', 'mentionedMeetingId', 'documentId', 'seriesId'];

/** The first character of a text (a code point: CJK text may hold characters outside the BMP). */
const firstCharacter = (text: string) => [...text][0] ?? 'x';

export const MUTATIONS: readonly Mutation[] = [
  {
    name: 'an unknown field',
    dataset: 'meetings',
    apply: (datasets) => {
      firstMeeting(datasets)['venue'] = 'Main hall';
    },
    codes: ['unknown-field'],
    jsonSchema: true,
    csvCodes: { notInCsv: 'the tables have a column for each known field only' },
  },
  {
    name: 'an impossible date (2021-02-30)',
    dataset: 'meetings',
    apply: (datasets) => {
      Object.assign(firstMeeting(datasets), { startDate: '2021-02-30', endDate: '2021-03-01' });
    },
    codes: ['bad-format'],
    jsonSchema: true,
    csvCodes: ['bad-format'],
  },
  {
    name: `an over-long name (${limits.name.max + 1} characters of its own script)`,
    dataset: 'meetings',
    apply: (datasets) => {
      const meeting = firstMeeting(datasets);
      meeting['name'] = firstCharacter(meeting['name'] as string).repeat(limits.name.max + 1);
    },
    codes: ['out-of-range'],
    jsonSchema: true,
    csvCodes: ['out-of-range'],
  },
  {
    name: 'a line break inside a quotation',
    dataset: 'meetings',
    apply: (datasets) => {
      const summary = firstMeeting(datasets)['summary'] as string[];
      const text = [...(summary[0] as string)];
      summary[0] = `${text.slice(0, 5).join('')}\n${text.slice(5).join('')}`;
    },
    codes: ['bad-format'],
    jsonSchema: true,
    csvCodes: ['bad-format'],
  },
  {
    name: 'an empty organizers array',
    dataset: 'meetings',
    apply: (datasets) => {
      firstMeeting(datasets)['organizers'] = [];
    },
    codes: ['out-of-range'],
    jsonSchema: true,
    csvCodes: { notInCsv: 'an empty list has no rows, which reads as an absent list' },
  },
  {
    name: 'a place with none of name, city and countryCode',
    dataset: 'meetings',
    apply: (datasets) => {
      const place = placeOf(datasets);
      delete place['name'];
      delete place['city'];
      delete place['countryCode'];
    },
    codes: ['no-matching-variant', 'missing-field'],
    jsonSchema: true,
    csvCodes: ['no-matching-variant', 'missing-field'],
  },
  {
    name: 'a source with neither path nor url',
    dataset: 'sources',
    apply: (datasets) => {
      const source = firstSource(datasets);
      delete source['path'];
      delete source['url'];
    },
    codes: ['no-matching-variant', 'missing-field'],
    jsonSchema: true,
    csvCodes: ['no-matching-variant', 'missing-field'],
  },
  {
    name: 'a bad language tag (zh_CN)',
    dataset: 'sources',
    apply: (datasets) => {
      firstSource(datasets)['language'] = 'zh_CN';
    },
    codes: ['bad-format'],
    jsonSchema: true,
    csvCodes: ['bad-format'],
  },
  {
    name: 'a bad media type (html)',
    dataset: 'sources',
    apply: (datasets) => {
      firstSource(datasets)['mediaType'] = 'html';
    },
    codes: ['bad-format'],
    jsonSchema: true,
    csvCodes: ['bad-format'],
  },
  {
    name: 'a malformed URL (an unescaped "%")',
    dataset: 'sources',
    appliesTo: (datasets) => datasets.sources[0]?.['url'] !== undefined,
    apply: (datasets) => {
      firstSource(datasets)['url'] = 'https://example.org/news/100%.html';
    },
    codes: ['bad-format'],
    jsonSchema: true,
    csvCodes: ['bad-format'],
  },
  {
    name: 'a time zone of a bad shape (UTC+08:00)',
    dataset: 'meetings',
    apply: (datasets) => setTimeZone(datasets, 'UTC+08:00'),
    codes: ['bad-format'],
    jsonSchema: true,
    csvCodes: ['bad-format'],
  },
  {
    name: 'a bad country code shape (cn)',
    dataset: 'meetings',
    apply: (datasets) => {
      placeOf(datasets)['countryCode'] = 'cn';
    },
    codes: ['bad-format'],
    jsonSchema: true,
    csvCodes: ['bad-format'],
  },
  {
    name: 'an unresolved reference (source.sourceId)',
    dataset: 'meetings',
    apply: (datasets) => {
      (firstMeeting(datasets)['source'] as JsonRecord)['sourceId'] = 'fictional-no-such-source';
    },
    codes: ['unresolved-reference'],
    jsonSchema: false,
    csvCodes: ['unresolved-reference'],
  },
  {
    name: 'an unknown but well-formed time zone (Mars/Olympus)',
    dataset: 'meetings',
    apply: (datasets) => setTimeZone(datasets, 'Mars/Olympus'),
    codes: ['unknown-time-zone'],
    jsonSchema: false,
    csvCodes: ['unknown-time-zone'],
  },
  {
    name: 'an unassigned country code (ZZ)',
    dataset: 'meetings',
    apply: (datasets) => {
      placeOf(datasets)['countryCode'] = 'ZZ';
    },
    codes: ['unknown-country'],
    jsonSchema: false,
    csvCodes: ['unknown-country'],
  },
  {
    name: 'an end date before the start date',
    dataset: 'meetings',
    appliesTo: (datasets) => firstMeeting(datasets)['startDate'] !== undefined,
    apply: (datasets) => {
      const meeting = firstMeeting(datasets);
      meeting['endDate'] = '2000-01-01';
    },
    codes: ['date-order'],
    jsonSchema: false,
    csvCodes: ['date-order'],
  },
  {
    name: 'a mention that names no record',
    dataset: 'meetings',
    appliesTo: (datasets) => firstMention(datasets) !== undefined,
    apply: (datasets) => {
      const mention = firstMention(datasets) as JsonRecord;
      for (const key of MENTION_IDS) delete mention[key];
    },
    codes: ['no-matching-variant', 'missing-field'],
    jsonSchema: true,
    csvCodes: ['no-matching-variant', 'missing-field'],
  },
  {
    name: 'a mention of a record that is not there',
    dataset: 'meetings',
    appliesTo: (datasets) => firstMention(datasets) !== undefined,
    apply: (datasets) => {
      const mention = firstMention(datasets) as JsonRecord;
      for (const key of MENTION_IDS) if (key in mention) mention[key] = 'fictional-no-such-record';
    },
    codes: ['unresolved-reference'],
    jsonSchema: false,
    csvCodes: ['unresolved-reference'],
  },
  {
    name: 'an edition of a series without its evidence',
    dataset: 'meetings',
    appliesTo: (datasets) => firstMeeting(datasets)['series'] !== undefined,
    apply: (datasets) => {
      delete (firstMeeting(datasets)['series'] as JsonRecord)['evidence'];
    },
    codes: ['missing-field'],
    jsonSchema: true,
    csvCodes: ['missing-field'],
  },
];


/** Every break that applies to a fixture, as a document: `broken/FIXTURE/NN name` (NN as conformance.test.ts numbers them). */
export const brokenDocuments = (fixtures: readonly Fixture[]): CorpusDocument[] =>
  fixtures.flatMap((fixture) =>
    MUTATIONS.flatMap((item, index) => {
      if (!(item.appliesTo ?? ((datasets: Datasets) => datasets[item.dataset].length > 0))(fixture.datasets)) return [];
      const datasets = structuredClone(fixture.datasets);
      item.apply(datasets);
      return [{ id: `broken/${fixture.name}/${String(index + 1).padStart(2, '0')} ${item.name}`, group: 'broken' as const, schema: item.dataset, instance: datasets[item.dataset] }];
    }),
  );
