/**
 * Fidelity pins on the published source: it is the pinned file, every quotation is in it, and
 * together the quotations cover every word of it (so no fact is left out). The build enforces
 * quotations for every source (scripts/compiler/fidelity.ts); this checks the published data's reach.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sources } from '../data/index.ts';
import { reports } from '../scripts/compiler/jsonld-linked.ts';
import { loadDatasets } from '../scripts/compiler/load.ts';
import { buildJsonSchemas } from '../scripts/compiler/json-schema.ts';
import { deriveAllTables, tableRows } from '../scripts/compiler/tables.ts';
import { validateDatasets } from '../scripts/compiler/check-records.ts';
import { fold, standsWhole } from '../scripts/compiler/fidelity.ts';
import { buildRulesModel } from '../scripts/compiler/rules-model.ts';
import { createRules } from '../src/rules.ts';
import { readSource, rootDir, sourcePath } from './helpers.ts';

/** The published source: these pins are about it (other sources may be added as data only). */
const SOURCE_ID = 'most-newsletter-2020-01';
const SOURCE_SHA256 = '58bfdf326e90a44cbf7c9fb04e0db0cbcd38b47487d8493a175eac6140ae06c5';

const validated = validateDatasets(loadDatasets());
if (!validated.ok) throw new Error('the data must be valid for these tests');
const jsonSchemas = buildJsonSchemas();
const tables = deriveAllTables(jsonSchemas);
const { referencesOf } = createRules(buildRulesModel(jsonSchemas));

/** The published source's meetings, and the records they and those refer to. */
const published = (() => {
  const { datasets } = validated;
  const meetingsOfSource = datasets.meetings.filter((meeting) => meeting.source.sourceId === SOURCE_ID);
  const followed = ['people', 'organizations', 'documents', 'series'] as const;
  type Followed = (typeof followed)[number];
  const ids = Object.fromEntries(followed.map((dataset) => [dataset, new Set<string>()])) as Record<Followed, Set<string>>;
  const follow = (dataset: Parameters<typeof referencesOf>[0], record: unknown) => {
    for (const { target, id } of referencesOf(dataset, record)) {
      const into = (followed as readonly string[]).includes(target) ? ids[target as Followed] : undefined;
      if (into !== undefined && !into.has(id)) {
        into.add(id);
        follow(target, (datasets[target as Followed] as readonly { id: string }[]).find((candidate) => candidate.id === id));
      }
    }
  };
  for (const meeting of meetingsOfSource) follow('meetings', meeting);
  for (const source of datasets.sources.filter((candidate) => candidate.id === SOURCE_ID)) follow('sources', source);
  return {
    meetings: meetingsOfSource,
    people: datasets.people.filter((person) => ids.people.has(person.id)),
    organizations: datasets.organizations.filter((organization) => ids.organizations.has(organization.id)),
    sources: datasets.sources.filter((source) => source.id === SOURCE_ID),
    documents: datasets.documents.filter((document) => ids.documents.has(document.id)),
    series: datasets.series.filter((record) => ids.series.has(record.id)),
  };
})();
const rows = tableRows(tables, published as unknown as Parameters<typeof tableRows>[1]);

/** Every verbatim cell of every table of the published source's records, with where it is. */
const quotations = tables.flatMap((table) =>
  (rows.get(table.name) ?? []).flatMap((row, index) =>
    table.columns
      .filter((column) => column.verbatim && (row[column.name] ?? '') !== '')
      .map((column) => ({ where: `${table.name}[${index}].${column.name}`, text: row[column.name] ?? '', row })),
  ),
);

describe('the source document', () => {
  it('is the pinned, unchanged copy', () => {
    expect(createHash('sha256').update(readFileSync(sourcePath)).digest('hex')).toBe(SOURCE_SHA256);
  });

  it('is described by its record, hash and path included', () => {
    const source = sources.find((candidate) => candidate.id === SOURCE_ID);
    expect(source?.sha256).toBe(SOURCE_SHA256);
    expect(readFileSync(`${rootDir}${source?.path}`).equals(readFileSync(sourcePath))).toBe(true);
  });
});

describe('quotations', () => {
  const folded = fold(readSource());

  it('are many (the check below is not vacuous)', () => {
    expect(quotations.length).toBeGreaterThan(40);
  });

  it.each(quotations.map((quotation) => [quotation.where, quotation.text]))('%s is in the source, as whole words', (_where, text) => {
    expect(folded).toContain(text);
    expect(standsWhole(folded, text)).toBe(true);
  });

  it('a quotation in a script written without spaces may begin and end anywhere between its characters', () => {
    const chinese = fold('近日，科技部召开科技创新工作座谈会。\n科技部副部长张三主持会议。');
    for (const quotation of ['科技部召开', '副部长', '科技创新工作座谈会', '张三主持会议。']) expect(standsWhole(chinese, quotation), quotation).toBe(true);
    expect(standsWhole(chinese, '科技部长')).toBe(false);
    expect(standsWhole(fold('the Ministry of Science'), 'inistry of')).toBe(false);
  });

  it('a fragment cut mid-word is refused', () => {
    expect(folded).toContain('inister Wang');
    expect(standsWhole(folded, 'inister Wang')).toBe(false);
    expect(standsWhole(folded, 'Minister Wang')).toBe(true);
  });

  it('keep typographic apostrophes as printed', () => {
    const withApostrophe = quotations.filter((quotation) => quotation.text.includes('’'));
    expect(withApostrophe.length).toBeGreaterThanOrEqual(3);
    expect(quotations.some((quotation) => quotation.text.includes("'"))).toBe(false);
  });

  it('cover every word of the source but the printed priority numbers', () => {
    const covered = new Array<boolean>(folded.length).fill(false);
    for (const { text } of quotations) {
      for (let at = folded.indexOf(text); at !== -1; at = folded.indexOf(text, at + 1)) {
        covered.fill(true, at, at + text.length);
      }
    }
    const uncovered = [...folded]
      .map((char, index) => (covered[index] ? '\u0000' : char))
      .join('')
      .split('\u0000')
      .map((part) => part.trim())
      .filter((part) => part !== '');
    expect(uncovered).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.', '10.']);
  });

  it("of a meeting lie within the meeting's lines of the source", () => {
    const lines = readSource().split('\n');
    for (const meeting of published.meetings.filter(reports)) {
      const { locator } = meeting.source;
      if (locator?.kind !== 'lines') throw new Error(`${meeting.id}: the published meetings give their lines`);
      const article = fold(lines.slice(locator.lineStart - 1, locator.lineEnd).join('\n'));
      const own = quotations.filter((quotation) => quotation.row['meeting_id'] === meeting.id || quotation.row['id'] === meeting.id);
      expect(own.length).toBeGreaterThan(10);
      for (const { text } of own) expect(article).toContain(text);
      expect(article.startsWith(meeting.headline ?? '')).toBe(true);
      expect(article.endsWith(`(Source: ${meeting.source.attribution})`)).toBe(true);
    }
  });
});

describe('counts', () => {
  const all = published.meetings.filter(reports);
  const conference = all.find((meeting) => meeting.id === 'national-st-work-conference-2020');
  const diplomats = all.find((meeting) => meeting.id === 'overseas-st-sections-heads-meeting-2020');

  it('two meetings, in Beijing, in January 2020', () => {
    expect(all.map((meeting) => [meeting.startDate, meeting.endDate, meeting.place?.city, meeting.place?.countryCode])).toEqual([
      ['2020-01-09', '2020-01-09', 'Beijing', 'CN'],
      ['2020-01-10', '2020-01-11', 'Beijing', 'CN'],
    ]);
  });

  it('ten priorities of the work report, numbered 1..10, delivered by Wang Zhigang', () => {
    expect(conference?.workReport?.priorities.map((priority) => priority.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(conference?.workReport?.deliveredById).toBe('wang-zhigang');
    expect(conference?.workReport?.introduction).toBe('He outlined ten priorities for 2020:');
  });

  it("the diplomats' meeting: four remarks by the minister, four guiding documents, three topics", () => {
    expect(diplomats?.remarks?.map((remark) => [remark.speakerId, remark.reportedAs])).toEqual([
      ['wang-zhigang', 'emphasized'],
      ['wang-zhigang', 'noted'],
      ['wang-zhigang', 'hoped'],
      ['wang-zhigang', 'continued'],
    ]);
    expect(diplomats?.guidance?.map((guidance) => guidance.kind)).toEqual([
      'party-congress',
      'plenary-sessions',
      'body-of-thought',
      'body-of-thought',
    ]);
    expect(diplomats?.presentationTopics).toHaveLength(3);
  });

  it('people and organizations', () => {
    expect(published.people.map((person) => person.id)).toEqual(['wang-zhigang', 'xi-jinping']);
    expect(published.organizations.map((organization) => organization.id)).toEqual(['cpc', 'cpc-central-committee', 'most', 'overseas-diplomatic-missions']);
  });

  it('the things the source names are records: the congress and three plenary sessions, five documents, three series', () => {
    const named = published.meetings.filter((meeting) => !reports(meeting));
    expect(named.map((meeting) => [meeting.id, meeting.kind, meeting.series?.seriesId, meeting.series?.ordinal])).toEqual([
      ['cpc-19th-committee-plenary-session-2', 'session', 'cpc-19th-committee-plenary-sessions', '2nd'],
      ['cpc-19th-committee-plenary-session-3', 'session', 'cpc-19th-committee-plenary-sessions', '3rd'],
      ['cpc-19th-committee-plenary-session-4', 'session', 'cpc-19th-committee-plenary-sessions', '4th'],
      ['cpc-19th-congress', 'congress', 'cpc-congress', '19th'],
    ]);
    // Nothing but what the source says: no dates, no place, no report.
    for (const meeting of named) expect(Object.keys(meeting).sort(), meeting.id).toEqual(expect.arrayContaining(['id', 'kind', 'series', 'source']));
    for (const meeting of named) expect(Object.keys(meeting).filter((key) => !['id', 'name', 'kind', 'series', 'source'].includes(key)), meeting.id).toEqual([]);
    expect(published.documents.map((document) => [document.name, document.kind])).toEqual([
      ['innovation-driven development strategy', 'strategy'],
      ['Medium- and Long-term Scientific and Technological Development Program', 'plan'],
      ['important instructions given by General Secretary Xi Jinping', 'instructions'],
      ['Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era', 'body-of-thought'],
      ['Xi Jinping Thought on Diplomacy', 'body-of-thought'],
    ]);
    expect(published.series.map((record) => record.name)).toEqual(['plenary sessions of the 19th CPC Committee', 'CPC Congress', 'National Science and Technology Work Conference']);
    expect(conference?.series).toEqual({ seriesId: 'national-st-work-conference', ordinal: '2020', evidence: '2020 National Science and Technology Work Conference' });
  });

  it('mentions: every record the texts name, by kind, and no remark keeps the deprecated lists', () => {
    const kinds = all.flatMap((meeting) => (meeting.mentions ?? []).map((mention) => mention.kind));
    const count = (kind: string) => kinds.filter((candidate) => candidate === kind).length;
    expect({ person: count('person'), organization: count('organization'), meeting: count('meeting'), document: count('document'), series: count('series') }).toEqual({
      person: 2,
      organization: 4,
      meeting: 8,
      document: 7,
      series: 1,
    });
    for (const remark of all.flatMap((meeting) => meeting.remarks ?? [])) expect(Object.keys(remark)).not.toContain('mentionedPersonIds');
    expect(diplomats?.remarks?.[2]?.addressees).toEqual([{ kind: 'group', label: 'science diplomats', evidence: 'science diplomats contribute ideas and insights' }]);
  });
});

describe('editorial additions say so, and name where they were seen', () => {
  const { datasets } = validated;
  /** Every citation of the editors (an editorial value's, an editorial name's), with where it is. */
  const citations = (['meetings', 'people', 'organizations', 'documents', 'series'] as const).flatMap((dataset) =>
    (datasets[dataset] as readonly Record<string, unknown>[]).flatMap((record) => {
      const found: { where: string; citation: string }[] = [];
      const walk = (value: unknown, path: string) => {
        if (value === null || typeof value !== 'object') return;
        const object = value as Record<string, unknown>;
        if (typeof object['citation'] === 'string') found.push({ where: `${dataset}/${String(record['id'])}${path}`, citation: object['citation'] });
        for (const [key, child] of Object.entries(object)) walk(child, `${path}/${key}`);
      };
      walk(record, '');
      return found;
    }),
  );

  it('every citation names a work with its address (a URL), not a kind of source', () => {
    expect(citations.length).toBeGreaterThanOrEqual(8);
    for (const { where, citation } of citations) expect(citation, where).toMatch(/https?:\/\/\S+/u);
  });

  it("Xi Jinping's title is evidenced by the words that give it, on line 125, with no body the text does not name", () => {
    const xi = published.people.find((person) => person.id === 'xi-jinping');
    expect(xi?.titles).toEqual([{ title: 'General Secretary', sphere: 'party', evidence: 'General Secretary Xi Jinping', observedOn: '2020-01-09' }]);
    expect(readSource().split('\n')[125 - 1]).toContain('General Secretary Xi Jinping');
    expect(xi?.quotationLocators).toEqual([{ lineStart: 125, lineEnd: 125 }]);
  });

  it("the source's title and publisher, which the text does not give, are marked editorial with the editors' reasons", () => {
    const [source] = published.sources;
    expect([source?.titleBasis, source?.publisherBasis]).toEqual(['editorial', 'editorial']);
    expect(source?.rationale).toContain('Department of International Cooperation');
    expect(fold(readSource())).not.toContain(source?.title);
  });

  it('the names in Chinese, which the English text does not give, are editorial, each with where it was seen', () => {
    const names = (['meetings', 'people', 'organizations'] as const).flatMap((dataset) =>
      (published[dataset] as readonly { id: string; otherNames?: readonly { basis: string; name: string; language: string; citation?: string }[] }[]).flatMap((record) =>
        (record.otherNames ?? []).map(({ basis, name, language, citation }) => ({ id: record.id, basis, name, language, cited: /https?:\/\/\S+/u.test(citation ?? '') })),
      ),
    );
    expect(names).toEqual([
      { id: 'national-st-work-conference-2020', basis: 'editorial', name: '2020年全国科技工作会议', language: 'zh-Hans', cited: true },
      { id: 'wang-zhigang', basis: 'editorial', name: '王志刚', language: 'zh-Hans', cited: true },
      { id: 'most', basis: 'editorial', name: '中华人民共和国科学技术部', language: 'zh-Hans', cited: true },
    ]);
    for (const { name } of names) expect(fold(readSource())).not.toContain(name);
  });

  it("a post's dates beyond the day the source shows it held are editorial, with where they were seen", () => {
    const [title] = published.people.find((person) => person.id === 'wang-zhigang')?.titles ?? [];
    expect([title?.sphere, title?.observedOn, title?.editorial?.heldFrom?.value]).toEqual(['state', '2020-01-09', '2018-03']);
    expect(title?.editorial?.heldFrom?.citation).toContain('https://www.uschina.org/');
    // The day it is observed is the day of the meeting whose report prints the title.
    const diplomats = published.meetings.find((meeting) => meeting.participants?.some((participant) => participant.kind === 'person' && participant.titleAsPrinted === title?.title));
    expect(diplomats?.startDate).toBe(title?.observedOn);
  });

  it('every table row that holds an inference says it is editorial', () => {
    const rowsOf = (table: string) => rows.get(table) ?? [];
    for (const row of rowsOf('meetings')) if (row['place_country_code'] !== '') expect(row['place_country_code_basis'], row['id']).toBe('editorial');
    for (const row of rowsOf('meeting_guidance')) if (row['organization_id'] !== '') expect(['source', 'editorial'], row['text']).toContain(row['organization_basis']);
    expect(rowsOf('meeting_guidance').filter((row) => row['organization_basis'] === 'editorial').map((row) => row['text'])).toEqual([
      'the 2nd, 3rd and 4th plenary sessions of the 19th CPC Committee',
    ]);
  });
});
