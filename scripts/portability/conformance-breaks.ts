/**
 * The broken copies of the conformance fixtures: the same breaks as `MUTATIONS` in
 * test/conformance.test.ts, by the same names, applied the same way (kept in step by hand: that
 * file also holds what each break must report in every format, which this harness does not need).
 * Each broken copy is the broken dataset against its dataset schema, as conformance.test.ts gives
 * it to python-jsonschema.
 */
import { type CorpusDocument, type DatasetName, type Datasets, type Fixture, type JsonObject } from './documents.ts';

interface Break {
  readonly name: string;
  readonly dataset: DatasetName;
  /** Whether the fixture has what the break needs (default: a record in `dataset`). */
  readonly appliesTo?: (datasets: Datasets) => boolean;
  readonly apply: (datasets: Datasets) => void;
}

const firstMeeting = (datasets: Datasets) => datasets.meetings[0] as JsonObject;
const firstSource = (datasets: Datasets) => datasets.sources[0] as JsonObject;

const placeOf = (datasets: Datasets): JsonObject => {
  const meeting = firstMeeting(datasets);
  meeting['place'] ??= { name: 'a made-up venue', evidence: 'a made-up venue' };
  return meeting['place'] as JsonObject;
};

const setTimeZone = (datasets: Datasets, value: string) => {
  const place = placeOf(datasets);
  place['editorial'] = { ...place['editorial'], timeZone: { value, citation: 'Made up to break the record.' } };
};

const firstCharacter = (text: string) => [...text][0] ?? 'x';

export const BREAKS: readonly Break[] = [
  { name: 'an unknown field', dataset: 'meetings', apply: (d) => void (firstMeeting(d)['venue'] = 'Main hall') },
  { name: 'an impossible date (2021-02-30)', dataset: 'meetings', apply: (d) => void Object.assign(firstMeeting(d), { startDate: '2021-02-30', endDate: '2021-03-01' }) },
  {
    name: 'an over-long name (201 characters of its own script)',
    dataset: 'meetings',
    apply: (d) => {
      const meeting = firstMeeting(d);
      meeting['name'] = firstCharacter(meeting['name'] as string).repeat(201);
    },
  },
  {
    name: 'a line break inside a quotation',
    dataset: 'meetings',
    apply: (d) => {
      const summary = firstMeeting(d)['summary'] as string[];
      const text = [...(summary[0] as string)];
      summary[0] = `${text.slice(0, 5).join('')}\n${text.slice(5).join('')}`;
    },
  },
  { name: 'an empty organizers array', dataset: 'meetings', apply: (d) => void (firstMeeting(d)['organizers'] = []) },
  {
    name: 'a place with none of name, city and countryCode',
    dataset: 'meetings',
    apply: (d) => {
      const place = placeOf(d);
      delete place['name'];
      delete place['city'];
      delete place['countryCode'];
    },
  },
  {
    name: 'a source with neither path nor url',
    dataset: 'sources',
    apply: (d) => {
      const source = firstSource(d);
      delete source['path'];
      delete source['url'];
    },
  },
  { name: 'a bad language tag (zh_CN)', dataset: 'sources', apply: (d) => void (firstSource(d)['language'] = 'zh_CN') },
  { name: 'a bad media type (html)', dataset: 'sources', apply: (d) => void (firstSource(d)['mediaType'] = 'html') },
  {
    name: 'a malformed URL (an unescaped "%")',
    dataset: 'sources',
    appliesTo: (d) => d.sources[0]?.['url'] !== undefined,
    apply: (d) => void (firstSource(d)['url'] = 'https://example.org/news/100%.html'),
  },
  { name: 'a time zone of a bad shape (UTC+08:00)', dataset: 'meetings', apply: (d) => setTimeZone(d, 'UTC+08:00') },
  { name: 'a bad country code shape (cn)', dataset: 'meetings', apply: (d) => void (placeOf(d)['countryCode'] = 'cn') },
  {
    name: 'an unresolved reference (source.sourceId)',
    dataset: 'meetings',
    apply: (d) => void ((firstMeeting(d)['source'] as JsonObject)['sourceId'] = 'fictional-no-such-source'),
  },
  { name: 'an unknown but well-formed time zone (Mars/Olympus)', dataset: 'meetings', apply: (d) => setTimeZone(d, 'Mars/Olympus') },
  { name: 'an unassigned country code (ZZ)', dataset: 'meetings', apply: (d) => void (placeOf(d)['countryCode'] = 'ZZ') },
  {
    name: 'an end date before the start date',
    dataset: 'meetings',
    appliesTo: (d) => firstMeeting(d)['startDate'] !== undefined,
    apply: (d) => void (firstMeeting(d)['endDate'] = '2000-01-01'),
  },
];

/** Every break that applies to a fixture, as a document: `broken/FIXTURE/NN name` (NN as conformance.test.ts numbers them). */
export const brokenDocuments = (fixtures: readonly Fixture[]): CorpusDocument[] =>
  fixtures.flatMap((fixture) =>
    BREAKS.flatMap((item, index) => {
      if (!(item.appliesTo ?? ((datasets: Datasets) => datasets[item.dataset].length > 0))(fixture.datasets)) return [];
      const datasets = structuredClone(fixture.datasets);
      item.apply(datasets);
      return [{ id: `broken/${fixture.name}/${String(index + 1).padStart(2, '0')} ${item.name}`, group: 'broken' as const, schema: item.dataset, instance: datasets[item.dataset] }];
    }),
  );
