/**
 * The people and organizations the meetings name, on the main page: each name and title as
 * printed, linked to its place in the source, and the editorial facts with where each was seen.
 * Anchors: `#person-ID`, `#organization-ID`, and each quoted value by its quotation key.
 */
import type { Organization, Person } from '../../../schema/index.ts';
import type { ValidDatasets } from '../check-records.ts';
import { editorialNote, html, idAttribute, type Html } from './html.ts';
import type { QuoteLinks } from './quote-links.ts';

const EDITORIAL_LABELS: Readonly<Record<string, string>> = {
  nameZh: 'Chinese name',
  shortNameZh: 'Chinese short name',
  officialName: 'official name',
  wikidataId: 'Wikidata item',
};

/** The editorial facts of a record, each with its citation. */
const editorialFacts = (editorial: Readonly<Record<string, { value: string; citation: string } | undefined>> | undefined): Html | '' => {
  const facts = Object.entries(editorial ?? {}).flatMap(([key, fact]) => (fact === undefined ? [] : [[key, fact] as const]));
  if (facts.length === 0) return '';
  return html`<ul class="editorial-facts">
${facts.map(([key, fact]) => html`<li>${editorialNote(html`${EDITORIAL_LABELS[key] ?? key}: <span${/Zh$/u.test(key) ? html` lang="zh-Hans"` : ''}>${fact.value}</span> <span class="citation">(seen in ${fact.citation})</span>`)}</li>\n`)}</ul>`;
};

const personEntry = (person: Person, quotes: QuoteLinks, organizationName: (id: string) => string): Html => html`
<li id="person-${person.id}"><strong>${quotes.inline('people', person.id, '/name', person.name)}</strong>
${person.titles.length === 0 ? '' : html`<ul>
${person.titles.map(
  (title, index) =>
    html`<li${idAttribute(quotes.idFor('people', person.id, `/titles/${index}/evidence`))}>${quotes.inline('people', person.id, `/titles/${index}/title`, title.title)}${title.organizationId === undefined ? '' : html` (of the ${organizationName(title.organizationId)})`}${quotes.placeLink('people', person.id, `/titles/${index}/evidence`, 'evidence: ')}</li>\n`,
)}</ul>`}
${editorialFacts(person.editorial)}</li>`;

const organizationEntry = (organization: Organization, quotes: QuoteLinks, organizationName: (id: string) => string): Html => html`
<li id="organization-${organization.id}"><strong>${quotes.inline('organizations', organization.id, '/name', organization.name)}</strong>${organization.parentId === undefined ? '' : html`, part of the ${organizationName(organization.parentId)}`}<span${idAttribute(quotes.idFor('organizations', organization.id, '/evidence'))}>${quotes.placeLink('organizations', organization.id, '/evidence', 'evidence: ')}</span>
${editorialFacts(organization.editorial)}</li>`;

/** One column of the section: a heading and its list. */
const recordList = (id: string, heading: string, entries: readonly Html[]): Html => html`
<section aria-labelledby="${id}-title">
<h3 id="${id}-title">${heading}</h3>
<ul class="records-list">
${entries}
</ul>
</section>`;

export const recordsSection = (datasets: ValidDatasets, quotes: QuoteLinks): Html => {
  const organizationName = (id: string) => datasets.organizations.find((organization) => organization.id === id)?.name ?? id;
  return html`
<section id="people" aria-labelledby="people-title">
<h2 id="people-title">People and organizations</h2>
<p>As the source names them, and what the editors add about them.</p>
<div class="records">
${recordList('people-list', 'People', datasets.people.map((person) => personEntry(person, quotes, organizationName)))}
${recordList('organizations-list', 'Organizations', datasets.organizations.map((organization) => organizationEntry(organization, quotes, organizationName)))}
</div>
</section>`;
};
