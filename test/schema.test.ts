/**
 * The JSON Schemas: they compile under ajv's strict mode, the published JSON is valid against
 * them, broken records are rejected, and zod and the JSON Schema agree record by record.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { datasetSchemas, limits, recordSchemas } from '../schema/index.ts';
import { createAjv } from '../scripts/compiler/ajv.ts';
import { clone, distDir, readDistJson } from './helpers.ts';

const schemaFiles = readdirSync(`${distDir}schema`).sort();
const loadSchema = (name: string) => readDistJson(`schema/${name}.schema.json`) as Record<string, unknown>;
const compile = (name: string) => createAjv().compile(loadSchema(name));

const meetings = readDistJson('json/meetings.json') as Record<string, unknown>[];
const people = readDistJson('json/people.json') as Record<string, unknown>[];
/** The published meeting that first has `has` (the records are found by what they hold: fidelity.test.ts pins which they are). */
const meetingWith = (what: string, has: (meeting: Record<string, any>) => boolean) => {
  const found = meetings.find(has);
  if (found === undefined) throw new Error(`no published meeting has ${what}`);
  return found as Record<string, any>;
};
/** A meeting with a remark that has an addressee (the diplomats' meeting), and one with a work report (the conference). */
const diplomats = meetingWith('a remark with an addressee', (meeting) => meeting.remarks?.some((remark: Record<string, unknown>) => remark['addressees'] !== undefined));
const addressed = (diplomats.remarks as Record<string, any>[]).find((remark) => remark['addressees'] !== undefined);
const conference = meetingWith('a work report', (meeting) => meeting.workReport !== undefined);

describe('published JSON Schemas', () => {
  it('are one per record kind and one per dataset file', () => {
    expect(schemaFiles).toEqual(
      [...Object.keys(recordSchemas), ...Object.keys(datasetSchemas)].map((name) => `${name}.schema.json`).sort(),
    );
  });

  it.each(schemaFiles)('%s compiles under Ajv2020 strict mode, with $id, title and description', (file) => {
    const schema = readDistJson(`schema/${file}`) as Record<string, unknown>;
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toMatch(/^https:\/\/unpkg\.com\/china-st-meetings@\d+\.\d+\.\d+\/dist\/schema\/[a-z-]+\.schema\.json$/);
    expect(String(schema['$id']).endsWith(`/${file}`)).toBe(true);
    expect(schema['title']).toEqual(expect.any(String));
    expect(schema['description']).toEqual(expect.any(String));
    expect(() => createAjv().compile(schema)).not.toThrow();
  });

  it('are not empty: the meeting schema closes objects and requires its fields', () => {
    const meeting = (loadSchema('meeting')['$defs'] as Record<string, Record<string, unknown>>)['Meeting'];
    expect(meeting?.['additionalProperties']).toBe(false);
    expect(meeting?.['required']).toEqual(expect.arrayContaining(['id', 'kind', 'source']));
  });

  it('take a meeting known only by a mention: no dates as printed, no summary, no remarks', () => {
    const meeting = (loadSchema('meeting')['$defs'] as Record<string, Record<string, unknown>>)['Meeting'];
    expect(meeting?.['required']).toEqual(['id', 'kind', 'source']);
    // The published meetings the source only names (fidelity.test.ts pins which, and what they hold), and the least a meeting holds.
    const named = meetings.filter((candidate) => Object.keys(candidate).every((key) => ['id', 'kind', 'name', 'series', 'source'].includes(key)));
    expect(named.length).toBeGreaterThan(0);
    const validate = compile('meeting');
    for (const record of named) {
      const { id, kind, source } = record;
      for (const instance of [record, { id, kind, source }]) expect(validate(instance), JSON.stringify(instance)).toBe(true);
    }
  });

  it('mark the fields a newer one supersedes as deprecated, naming the newer one', () => {
    const deprecated: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (record['deprecated'] === true) {
        deprecated.push(path.replace(/^.*\/\$defs\//u, ''));
        expect(String(record['description']), path).toMatch(/Deprecated: use `?\w+/u);
      }
      for (const [key, value] of Object.entries(record)) walk(value, `${path}/${key}`);
    };
    for (const name of ['meeting', 'person', 'organization']) walk(loadSchema(name), name);
    expect(deprecated.sort()).toEqual([
      'Meeting/properties/editorial/properties/nameZh',
      'Organization/properties/editorial/properties/nameZh',
      'Person/properties/editorial/properties/nameZh',
      'Remark/properties/mentionedOrganizationIds',
      'Remark/properties/mentionedPersonIds',
    ]);
  });

  it('bound every string and every array', () => {
    const unbounded: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (Array.isArray(node)) node.forEach((item, index) => walk(item, `${path}/${index}`));
      if (node === null || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (record['type'] === 'string' && typeof record['maxLength'] !== 'number' && !('enum' in record) && !('const' in record)) {
        unbounded.push(path);
      }
      if (record['type'] === 'array' && typeof record['maxItems'] !== 'number') unbounded.push(path);
      for (const [key, value] of Object.entries(record)) walk(value, `${path}/${key}`);
    };
    for (const file of schemaFiles) walk(readDistJson(`schema/${file}`), file);
    expect(unbounded).toEqual([]);
  });
});

describe('the contract: every json/NAME.json is valid against schema/NAME.schema.json', () => {
  it.each(Object.keys(datasetSchemas))('%s', (name) => {
    const validate = compile(name);
    const valid = validate(readDistJson(`json/${name}.json`));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});

/** Broken copies of real records: each must be rejected by ajv and by zod. */
const brokenMeetings: [string, (meeting: Record<string, any>) => void][] = [
  ['an unknown field', (m) => (m.venue = 'Great Hall')],
  ['an unknown field in a nested object', (m) => (m.place.district = 'Dongcheng')],
  ['an impossible date (2020-02-30)', (m) => (m.startDate = '2020-02-30')],
  ['a date that is not ISO 8601', (m) => (m.endDate = '11/01/2020')],
  ['a missing required field', (m) => delete m.kind],
  ['a missing source', (m) => delete m.source],
  ['a mention that names two records', (m) => (m.mentions = [{ kind: 'person', pointer: '/summary/0', asPrinted: 'Wang', personId: 'wang-zhigang', organizationId: 'most' }])],
  ['a mention that names no record', (m) => (m.mentions = [{ kind: 'document', pointer: '/summary/0', asPrinted: 'the plan' }])],
  ['a mention whose kind is not its record', (m) => (m.mentions = [{ kind: 'document', pointer: '/summary/0', asPrinted: 'Wang', personId: 'wang-zhigang' }])],
  ['a mention whose pointer is no JSON Pointer', (m) => (m.mentions = [{ kind: 'person', pointer: 'summary/0', asPrinted: 'Wang', personId: 'wang-zhigang' }])],
  ['a series edition without its evidence', (m) => (m.series = { seriesId: 'national-st-work-conference', ordinal: '2020' })],
  ['an unknown source role (not a single line)', (m) => (m.source.role = 'report\nmention')],
  ['a related source without its role', (m) => (m.relatedSources = [{ sourceId: m.source.sourceId }])],
  ['a name in another script without its language', (m) => (m.otherNames = [{ basis: 'editorial', name: '会议', citation: 'A work.' }])],
  ['an editorial name with evidence instead of a citation', (m) => (m.otherNames = [{ basis: 'editorial', name: '会议', language: 'zh-Hans', evidence: 'printed' }])],
  ['a language tag that is not BCP 47', (m) => (m.otherNames = [{ basis: 'editorial', name: '会议', language: 'zh_Hans', citation: 'A work.' }])],
  ['guidance naming an empty list of meetings', (m) => (m.guidance = [{ relation: 'guided-by', kind: 'plan', text: 'the plan', meetingIds: [] }])],
  ['an empty string', (m) => (m.headline = '')],
  ['leading white space', (m) => (m.name = ' 2020 Meeting')],
  ['a line break inside a string', (m) => (m.summary[0] = 'one\ntwo')],
  ['a wrong type (number for string)', (m) => (m.name = 2020)],
  ['a wrong type (string for integer)', (m) => (m.source.locator.lineStart = '1')],
  ['a value outside a closed codelist', (m) => (m.attendanceMode = 'hybrid')],
  ['a code that is not a single line', (m) => (m.kind = 'summit\nmeeting')],
  ['a place that names nothing', (m) => (m.place = { evidence: 'was held' })],
  ['an empty list of organizers', (m) => (m.organizers = [])],
  ['a pages locator with line fields', (m) => (m.source.locator = { kind: 'pages', lineStart: 1, lineEnd: 2 })],
  ['a time zone that is not a name', (m) => (m.place.editorial.timeZone.value = 'UTC +08:00')],
  ['a bad id', (m) => (m.id = 'Not A Slug')],
  ['a bad country code', (m) => (m.place.countryCode = 'china')],
  ['a string over its length bound', (m) => (m.name = 'x'.repeat(limits.name.max + 1))],
  ['an array over its length bound', (m) => (m.summary = Array.from({ length: limits.paragraphs.max + 1 }, () => 'A sentence.'))],
  ['a trailing line feed in an id (Python’s `$` would let it through)', (m) => (m.id = `${String(m.id)}\n`)],
  ['a year 0000', (m) => Object.assign(m, { startDate: '0000-01-10', endDate: '0000-01-11' })],
  ['Unicode digits in a date', (m) => (m.startDate = '２０２０-01-10')],
  ['a control character inside a text', (m) => (m.summary[0] = 'one\u0000two')],
  ['an organizer that names no one', (m) => (m.organizers[0] = { basis: 'editorial', rationale: 'the editors' })],
  ['an organizer mixing both variants', (m) => (m.organizers[0] = { ...m.organizers[0], evidence: 'was held', rationale: 'the editors' })],
  ['an empty editorial object', (m) => (m.editorial = {})],
  ['an explicit null', (m) => (m.purpose = null)],
];

/** Broken copies of a remark (of the diplomats' meeting's, which has an addressee). */
const brokenRemarks: [string, (remark: Record<string, any>) => void][] = [
  ['an addressee group without its label', (r) => (r.addressees = [{ kind: 'group', evidence: 'He hoped that science diplomats' }])],
  ['a person addressee without a personId', (r) => (r.addressees = [{ kind: 'person', evidence: 'He hoped that science diplomats' }])],
  ['an addressee of an unknown kind', (r) => (r.addressees = [{ kind: 'delegation', label: 'science diplomats', evidence: 'He hoped that' }])],
];
for (const [label, breakIt] of brokenRemarks) brokenMeetings.push([`a remark with ${label}`, (m) => breakIt((m.remarks ??= [{ ...addressed }])[0])]);

const brokenPeople: [string, (person: Record<string, any>) => void][] = [
  ['a post of two spheres in one line', (p) => (p.titles[0].sphere = 'party\nstate')],
  ['an observed date that is no date', (p) => (p.titles[0].observedOn = '9 January 2020')],
  ['a held-from date without its citation', (p) => (p.titles[0].editorial = { heldFrom: { value: '2018-03' } })],
  ['a held-from month 13', (p) => (p.titles[0].editorial = { heldFrom: { value: '2018-13', citation: 'A work.' } })],
];

describe('broken records are rejected by ajv and by zod', () => {
  const validate = compile('meeting');
  it.each(brokenMeetings)('%s', (_label, breakIt) => {
    for (const original of [conference, diplomats]) {
      const broken = clone(original);
      breakIt(broken);
      expect(validate(broken)).toBe(false);
      expect(recordSchemas.meeting.safeParse(broken).success).toBe(false);
    }
  });

  it.each(brokenPeople)('a person with %s', (_label, breakIt) => {
    const broken = clone(people[0] as Record<string, any>);
    breakIt(broken);
    expect(compile('person')(broken)).toBe(false);
    expect(recordSchemas.person.safeParse(broken).success).toBe(false);
  });

  it('while the unbroken records pass both', () => {
    for (const original of meetings) {
      expect(validate(original)).toBe(true);
      expect(recordSchemas.meeting.safeParse(original).success).toBe(true);
    }
  });
});

describe('zod and the JSON Schema agree', () => {
  const cases: [string, z.ZodType, unknown][] = [];
  const person = people[0] as Record<string, any>;
  const withName = (value: string) => ({ ...clone(person), name: value });
  // Length bounds at the edge, with text outside the Basic Multilingual Plane: zod counts UTF-16
  // units where JSON Schema counts code points; the schemas count code points in both.
  const astral = '𠀋'; // one code point, two UTF-16 units
  const max = limits.name.max;
  for (const [label, value] of [
    [`${max} astral characters (${2 * max} UTF-16 units)`, astral.repeat(max)],
    [`${max + 1} astral characters`, astral.repeat(max + 1)],
    [`${max} ASCII characters`, 'a'.repeat(max)],
    [`${max + 1} ASCII characters`, 'a'.repeat(max + 1)],
    [`${max - 1} ASCII and one astral character`, `${'a'.repeat(max - 1)}${astral}`],
    ['an emoji name', '王志刚 👍'],
    ['a name with a trailing space', 'Wang '],
    ['a name with a tab', 'Wang\tZhigang'],
    ['a name with a line separator', 'Wang\u2028Zhigang'],
  ] as const) {
    cases.push([`person name: ${label}`, recordSchemas.person, withName(value)]);
  }
  for (const [label, breakIt] of brokenMeetings) {
    const broken = clone(conference);
    breakIt(broken);
    cases.push([`meeting: ${label}`, recordSchemas.meeting, broken]);
  }
  for (const meeting of meetings) cases.push([`meeting ${String(meeting['id'])}`, recordSchemas.meeting, meeting]);
  for (const [label, breakIt] of brokenPeople) {
    const broken = clone(person);
    breakIt(broken);
    cases.push([`person: ${label}`, recordSchemas.person, broken]);
  }
  const [document] = readDistJson('json/documents.json') as Record<string, any>[];
  const [series] = readDistJson('json/series.json') as Record<string, any>[];
  for (const [label, value] of [
    ['as published', document],
    ['a creator who is no one', { ...clone(document), creators: [{ evidence: 'given by' }] }],
    ['without its kind', { ...clone(document), kind: undefined }],
  ] as const) cases.push([`document: ${label}`, recordSchemas.document, JSON.parse(JSON.stringify(value))]);
  for (const [label, value] of [
    ['as published', series],
    ['without its evidence', { ...clone(series), evidence: undefined }],
    ['with an organization basis that is no basis', { ...clone(series), organizationId: 'cpc', organizationBasis: 'inferred' }],
  ] as const) cases.push([`series: ${label}`, recordSchemas['event-series'], JSON.parse(JSON.stringify(value))]);
  cases.push(['a meeting with __proto__ as a key', recordSchemas.meeting, JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(conference).slice(1)}`)]);
  cases.push(['a meeting that is an array', recordSchemas.meeting, [conference]]);
  cases.push(['a meeting that is null', recordSchemas.meeting, null]);

  const byName = new Map<z.ZodType, string>([
    [recordSchemas.person, 'person'],
    [recordSchemas.meeting, 'meeting'],
    [recordSchemas.document, 'document'],
    [recordSchemas['event-series'], 'event-series'],
  ]);
  const validators = new Map([...byName].map(([schema, name]) => [schema, compile(name)]));

  it.each(cases)('%s', (_label, schema, value) => {
    const ajvVerdict = validators.get(schema)?.(value);
    expect(schema.safeParse(value).success).toBe(ajvVerdict);
  });

  it('the astral cases really differ from a UTF-16 count', () => {
    expect(astral.length).toBe(2);
    expect(recordSchemas.person.safeParse(withName(astral.repeat(max))).success).toBe(true);
    expect(recordSchemas.person.safeParse(withName(astral.repeat(max + 1))).success).toBe(false);
  });
});
