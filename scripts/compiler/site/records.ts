/**
 * The people and organizations the meetings name, on the main page: each name and title as
 * printed, linked to its place in the source, where a post belongs and the day the source shows it
 * held, names in other languages, and the editorial facts with where each was seen.
 * Anchors: `#person-ID`, `#organization-ID`, and each quoted value by its quotation key.
 */
import { codeTitle, type Organization, type Person } from '../../../schema/index.ts';
import type { ValidDatasets } from '../build-types.ts';
import { partialDate } from './format.ts';
import { editorialNote, html, idAttribute, type Html } from './html.ts';
import { otherNamesLine } from './names.ts';
import type { QuoteLinks } from './quote-links.ts';

type Title = Person['titles'][number];

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

/** When the post was held: the day the source shows it, and the editors' dates with where they saw them. */
const tenure = (title: Title): Html | '' => {
  const held = title.editorial;
  const from = held?.heldFrom === undefined ? '' : `from ${partialDate(held.heldFrom.value)}`;
  const until = held?.heldUntil === undefined ? '' : `until ${partialDate(held.heldUntil.value)}`;
  const citations = [...new Set([held?.heldFrom?.citation, held?.heldUntil?.citation].filter((citation) => citation !== undefined))];
  return html`${title.observedOn === undefined ? '' : html`; held on ${partialDate(title.observedOn)}, as the source shows`}${
    from === '' && until === '' ? '' : html`; ${editorialNote(html`held ${[from, until].filter((part) => part !== '').join(' ')} <span class="citation">(seen in ${citations.join('; ')})</span>`)}`
  }`;
};

const titleEntry = (person: Person, title: Title, index: number, quotes: QuoteLinks, organizationName: (id: string) => string): Html => {
  const details = [
    ...(title.organizationId === undefined ? [] : [`of the ${organizationName(title.organizationId)}`]),
    ...(title.sphere === undefined ? [] : [`a ${codeTitle('post-sphere', title.sphere).toLowerCase()} post`]),
  ];
  return html`<li${idAttribute(quotes.idFor('people', person.id, `/titles/${index}/evidence`))}>${quotes.inline('people', person.id, `/titles/${index}/title`, title.title)}${details.length === 0 ? '' : ` (${details.join(', ')})`}${tenure(title)}${quotes.placeLink('people', person.id, `/titles/${index}/evidence`, 'evidence: ')}</li>\n`;
};

const personEntry = (person: Person, quotes: QuoteLinks, organizationName: (id: string) => string): Html => html`
<li id="person-${person.id}"><strong>${quotes.inline('people', person.id, '/name', person.name)}</strong>
${otherNamesLine(person, (pointer, text) => quotes.inline('people', person.id, pointer, text))}
${person.titles.length === 0 ? '' : html`<ul>
${person.titles.map((title, index) => titleEntry(person, title, index, quotes, organizationName))}</ul>`}
${editorialFacts(person.editorial)}</li>`;

const organizationEntry = (organization: Organization, quotes: QuoteLinks, organizationName: (id: string) => string): Html => html`
<li id="organization-${organization.id}"><strong>${quotes.inline('organizations', organization.id, '/name', organization.name)}</strong> (${codeTitle('organization-kind', organization.kind).toLowerCase()})${organization.parentId === undefined ? '' : html`, part of the ${organizationName(organization.parentId)}`}${quotes.evidence('organizations', organization.id, '/evidence')}
${otherNamesLine(organization, (pointer, text) => quotes.inline('organizations', organization.id, pointer, text))}
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
