/**
 * The build's guard rails: every problem is reported with where it is, nothing is written when
 * any record is wrong, and the rules JSON Schema cannot express are enforced.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as data from '../data/index.ts';
import { buildOutputs, main } from '../scripts/build.ts';
import { loadDatasets, type RawDatasets } from '../scripts/compiler/load.ts';
import { formatProblem, validateDatasets } from '../scripts/compiler/check-records.ts';
import { writeTree } from '../scripts/compiler/write.ts';
import { clone } from './helpers.ts';

/** A copy of every dataset of data/ that a test may break. */
const fresh = () => clone(loadDatasets()) as Record<keyof RawDatasets, any[]>;

/** Where the data names an organization in a quotation: a meeting's index and its mention's (mentions are the meetings' since the linked records). */
const [mentioning, mention] = (() => {
  const meetings = fresh().meetings;
  for (const [index, meeting] of meetings.entries()) {
    const at = (meeting.mentions ?? []).findIndex((candidate: { kind: string }) => candidate.kind === 'organization');
    if (at >= 0) return [index, at];
  }
  throw new Error('no meeting of data/ mentions an organization');
})();

/** What the messages name, read from the published records (fidelity.test.ts pins the values themselves). */
const published = fresh();
const conference = published.meetings[0];
const dayBefore = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const { sourceId, locator } = conference.source;
const [keptSource] = published.sources;

const problemsOf = (raw: RawDatasets) => {
  const result = validateDatasets(raw);
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('rules JSON Schema cannot express', () => {
  it('accept the real data', () => {
    expect(problemsOf(fresh())).toEqual([]);
  });

  const cases: [string, (raw: ReturnType<typeof fresh>) => void, string][] = [
    ['end date before start date', (raw) => (raw.meetings[0].endDate = dayBefore(raw.meetings[0].startDate)), `data/meetings.ts /0/endDate: ${dayBefore(conference.startDate)} is before startDate ${conference.startDate}`],
    ['duplicate meeting id', (raw) => (raw.meetings[1].id = raw.meetings[0].id), `data/meetings.ts /1/id: id "${conference.id}" is already used by /0`],
    ['duplicate person id', (raw) => raw.people.push(clone(raw.people[0])), `data/people.ts /${data.people.length}/id: id "${data.people[0]?.id}" is already used by /0`],
    ['a gap in the priorities', (raw) => raw.meetings[0].workReport.priorities.splice(4, 1), `data/meetings.ts /0/workReport/priorities/4/number: is ${conference.workReport.priorities[5].number} but must be 5`],
    ['remarks out of order', (raw) => raw.meetings[1].remarks.reverse(), `data/meetings.ts /1/remarks/0/number: is ${published.meetings[1].remarks.at(-1).number} but must be 1`],
    ['an unknown speaker', (raw) => (raw.meetings[1].remarks[0].speakerId = 'li-keqiang'), 'data/meetings.ts /1/remarks/0/speakerId: person "li-keqiang" is not in people'],
    ['an unknown organizer', (raw) => (raw.meetings[0].organizers[0].organizationId = 'cas'), 'data/meetings.ts /0/organizers/0/organizationId: organization "cas" is not in organizations'],
    ['an unknown mentioned organization', (raw) => (raw.meetings[mentioning].mentions[mention].organizationId = 'npc'), `data/meetings.ts /${mentioning}/mentions/${mention}/organizationId: organization "npc" is not in organizations`],
    ['an unknown source', (raw) => (raw.meetings[0].source.sourceId = 'other-newsletter'), 'data/meetings.ts /0/source/sourceId: source document "other-newsletter" is not in sources'],
    ['an unknown parent organization', (raw) => (raw.organizations[2].parentId = 'nobody'), 'data/organizations.ts /2/parentId: organization "nobody" is not in organizations'],
    ['an unknown publisher', (raw) => (raw.sources[0].publisherId = 'xinhua'), 'data/sources.ts /0/publisherId: organization "xinhua" is not in organizations'],
    ['an unknown title organization', (raw) => (raw.people[0].titles[0].organizationId = 'moe'), 'data/people.ts /0/titles/0/organizationId: organization "moe" is not in organizations'],
    ['source lines in the wrong order', (raw) => { raw.meetings[0].source.locator.lineEnd = 1; raw.meetings[0].source.locator.lineStart = 5; }, 'data/meetings.ts /0/source/locator/lineEnd: line 1 is before lineStart 5'],
    ['a schema error, with its path', (raw) => (raw.meetings[1].place.countryCode = 'PRC'), 'data/meetings.ts /1/place/countryCode:'],
    ['an unassigned country', (raw) => (raw.meetings[1].place.countryCode = 'ZZ'), 'data/meetings.ts /1/place/countryCode: "ZZ" is not an assigned ISO 3166-1 alpha-2 country code'],
    ['a time zone that does not exist', (raw) => (raw.meetings[1].place.editorial.timeZone.value = 'Asia/Beijing'), 'data/meetings.ts /1/place/editorial/timeZone/value: "Asia/Beijing" is not a time zone'],
    // Fidelity: every quotation stands in its source, as whole words.
    ['a misquoted remark', (raw) => (raw.meetings[1].remarks[0].text = raw.meetings[1].remarks[0].text.replace('e', 'ee')), 'data/meetings.ts /1/remarks/0/text: "'],
    ['a quotation from the other meeting', (raw) => (raw.meetings[0].summary[0] = raw.meetings[1].summary[0]), 'data/meetings.ts /0/summary/0: "'],
    // The evidence less its first letter ("as held in …" of "was held in …").
    ['a quotation cut mid-word', (raw) => (raw.meetings[0].place.evidence = conference.place.evidence.slice(1)), `data/meetings.ts /0/place/evidence: "${conference.place.evidence.slice(1)}" is not in source ${sourceId} lines ${locator.lineStart}–${locator.lineEnd} as whole words`],
    ['a title not in any source', (raw) => (raw.people[0].titles[0].evidence = 'Minister Wang Zhigang said nothing'), 'data/people.ts /0/titles/0/evidence: "Minister Wang Zhigang said nothing" is not in any source document'],
    ['a wrong source hash', (raw) => (raw.sources[0].sha256 = '0'.repeat(64)), `data/sources.ts /0/sha256: is ${'0'.repeat(64)}, but ${keptSource.path} hashes to ${keptSource.sha256}`],
    ['a source kept without its hash', (raw) => delete raw.sources[0].sha256, 'data/sources.ts /0: a source kept in the package needs its sha256'],
    ['a source file that is not there', (raw) => (raw.sources[0].path = 'data/source/missing.txt'), 'data/sources.ts /0/path: data/source/missing.txt does not exist'],
  ];
  it('the records these cases break hold what they need', () => {
    expect(conference.workReport.priorities.length).toBeGreaterThan(5);
    expect(published.meetings[1].remarks.length).toBeGreaterThan(1);
    expect(conference.place.evidence).toMatch(/^\p{L}{2}/u);
    expect(locator.kind).toBe('lines');
    expect(keptSource.path).toEqual(expect.any(String));
  });

  it.each(cases)('%s is reported with its place', (_label, breakIt, expected) => {
    const raw = fresh();
    breakIt(raw);
    const problems = problemsOf(raw);
    expect(problems.some((problem) => problem.startsWith(expected))).toBe(true);
  });

  it('reports every problem, not just the first', () => {
    const raw = fresh();
    raw.meetings[0].name = '';
    raw.meetings[1].kind = ' summit';
    raw.people[0].name = ' Wang';
    expect(problemsOf(raw)).toHaveLength(3);
  });
});

describe('a failing build', () => {
  it('exits 1, prints every problem and leaves dist/ and README.md untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-'));
    const distDir = join(dir, 'dist');
    mkdirSync(distDir);
    writeFileSync(join(distDir, 'keep.txt'), 'previous build');
    const readmePath = join(dir, 'README.md');
    writeFileSync(readmePath, 'readme');
    const raw = fresh();
    raw.meetings[0].startDate = '2020-13-01';
    const errors: string[] = [];
    const code = await main({ raw, distDir, readmePath, log: () => {}, error: (line) => errors.push(line) });
    expect(code).toBe(1);
    expect(errors.join('\n')).toContain('data/meetings.ts /0/startDate:');
    expect(readdirSync(distDir)).toEqual(['keep.txt']);
    expect(readFileSync(readmePath, 'utf8')).toBe('readme');
  });

  it('a successful build replaces the whole folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-'));
    const distDir = join(dir, 'dist');
    mkdirSync(distDir);
    writeFileSync(join(distDir, 'stale.txt'), 'from an old build');
    writeTree(distDir, new Map([['a/b.txt', 'new']]));
    expect(readdirSync(distDir)).toEqual(['a']);
    expect(readFileSync(join(distDir, 'a/b.txt'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['dist']);
    expect(existsSync(join(distDir, 'stale.txt'))).toBe(false);
  });

  it('buildOutputs returns problems instead of files', async () => {
    const raw = fresh();
    raw.people[1].titles[0].extra = true;
    const result = await buildOutputs(raw);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([expect.stringMatching(/^data\/people\.ts \/1\/titles\/0: .*"extra"/u)]);
  });
});
