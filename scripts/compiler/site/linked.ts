/**
 * The records the meetings link to, on the main page: the series (with their editions), the
 * documents (with who made them, where the source says so) and the meetings the source only
 * names; each with its name as printed, linked to its place in the source, and the texts that
 * name it (the meetings' mentions). Anchors: `#series-ID`, `#document-ID`, `#ID` for a meeting.
 */
import { codeTitle, type Document, type EventSeries, type Meeting, type Mention } from '../../../schema/index.ts';
import type { DatasetName } from '../../../schema/registry.ts';
import type { ValidDatasets } from '../build-types.ts';
import { reports } from '../jsonld-linked.ts';
import { quotationKey } from '../quotations.ts';
import { editorialNote, html, type Html } from './html.ts';
import { lookup, meetingLabel, mentioned, pointerLabel, RECORD_ANCHOR, type Lookup } from './mentions.ts';
import { otherNamesLine } from './names.ts';
import type { QuoteLinks } from './quote-links.ts';

interface Context {
  readonly datasets: ValidDatasets;
  readonly find: Lookup;
  readonly quotes: QuoteLinks;
}

/** "Named in": every text of every meeting that names the record, linked, with how many. */
const namedIn = (context: Context, dataset: DatasetName, id: string): Html | '' => {
  const places = context.datasets.meetings.flatMap((meeting) =>
    (meeting.mentions ?? [])
      .filter((mention: Mention) => {
        const record = mentioned(mention, context.find);
        return record.dataset === dataset && record.id === id;
      })
      .map((mention) => ({ meeting, pointer: mention.pointer })),
  );
  if (places.length === 0) return '';
  const links = places.map(
    ({ meeting, pointer }, index) =>
      html`${index > 0 ? '; ' : ''}<a href="#${quotationKey({ dataset: 'meetings', recordId: meeting.id, pointer })}">${pointerLabel(pointer)}</a> of ${meetingLabel(meeting, context.find)}`,
  );
  return html`<br><span class="named-in">Named ${places.length === 1 ? 'once' : `${places.length} times`}: ${links}</span>`;
};

/** The name as printed (a quotation linked to its place) and its evidence's place. */
const printed = (context: Context, dataset: DatasetName, id: string, name: string): Html =>
  html`<strong>${context.quotes.inline(dataset, id, '/name', name)}</strong>`;

const seriesEntry = (context: Context, record: EventSeries): Html => {
  const editions = context.datasets.meetings.filter((meeting) => meeting.series?.seriesId === record.id);
  const holder = record.organizationId === undefined ? '' : html`, held by the <a href="#${RECORD_ANCHOR.organizations(record.organizationId)}">${context.find.organizations(record.organizationId).name}</a>${record.organizationBasis === 'editorial' ? html` ${editorialNote('as the editors read the name')}` : ''}`;
  return html`
<li id="${RECORD_ANCHOR.series(record.id)}">${printed(context, 'series', record.id, record.name)}${record.kind === undefined ? '' : ` (${codeTitle('series-kind', record.kind).toLowerCase()})`}${holder}${context.quotes.evidence('series', record.id, '/evidence')}
${otherNamesLine(record, (pointer, text) => context.quotes.inline('series', record.id, pointer, text))}
${editions.length === 0 ? '' : html`<br>Editions: ${editions.map((meeting, index) => html`${index > 0 ? ', ' : ''}<a href="#${meeting.id}">${meeting.series?.ordinal ?? meetingLabel(meeting, context.find)}</a>`)}`}${namedIn(context, 'series', record.id)}</li>`;
};

const documentEntry = (context: Context, record: Document): Html => {
  const creators = (record.creators ?? []).map((creator, index) => {
    const who = [
      ...(creator.personId === undefined ? [] : [html`<a href="#${RECORD_ANCHOR.people(creator.personId)}">${context.find.people(creator.personId).name}</a>`]),
      ...(creator.organizationId === undefined ? [] : [html`<a href="#${RECORD_ANCHOR.organizations(creator.organizationId)}">${context.find.organizations(creator.organizationId).name}</a>`]),
    ];
    return html`${index > 0 ? '; ' : ''}${who.map((part, at) => html`${at > 0 ? ' for the ' : ''}${part}`)}${context.quotes.evidence('documents', record.id, `/creators/${index}/evidence`)}`;
  });
  return html`
<li id="${RECORD_ANCHOR.documents(record.id)}">${printed(context, 'documents', record.id, record.name)} (${codeTitle('document-kind', record.kind).toLowerCase()})${creators.length === 0 ? '' : html`, by ${creators}`}${context.quotes.evidence('documents', record.id, '/evidence')}
${otherNamesLine(record, (pointer, text) => context.quotes.inline('documents', record.id, pointer, text))}${namedIn(context, 'documents', record.id)}</li>`;
};

/** A meeting the source names without reporting it: what it is, its edition, where it is named. */
const namedMeetingEntry = (context: Context, meeting: Meeting): Html => {
  const { series } = meeting;
  const label = meeting.name === undefined ? meetingLabel(meeting, context.find) : context.quotes.inline('meetings', meeting.id, '/name', meeting.name);
  const edition =
    series === undefined
      ? ''
      : html`: ${series.ordinal === undefined ? 'an edition' : html`edition <q>${series.ordinal}</q>`} of <a href="#${RECORD_ANCHOR.series(series.seriesId)}">${context.find.series(series.seriesId).name}</a>${context.quotes.evidence('meetings', meeting.id, '/series/evidence')}`;
  return html`
<li id="${meeting.id}"><strong>${label}</strong> (${codeTitle('meeting-kind', meeting.kind).toLowerCase()})${edition}${namedIn(context, 'meetings', meeting.id)}</li>`;
};

const list = (id: string, heading: string, intro: string, entries: readonly Html[]): Html | '' =>
  entries.length === 0
    ? ''
    : html`
<section aria-labelledby="${id}-title">
<h3 id="${id}-title">${heading}</h3>
<p>${intro}</p>
<ul class="records-list">
${entries}
</ul>
</section>`;

export const linkedSection = (datasets: ValidDatasets, quotes: QuoteLinks): Html => {
  const context: Context = { datasets, find: lookup(datasets), quotes };
  return html`
<section id="linked" aria-labelledby="linked-title">
<h2 id="linked-title">Series, documents and the meetings they name</h2>
<p>The things the meetings’ texts name, as records: each with its name as printed and every text that names it.</p>
${list('series-list', 'Series of meetings', 'Each meeting that is an edition of a series names it, with the edition as printed.', datasets.series.map((record) => seriesEntry(context, record)))}
${list('documents-list', 'Documents, doctrines, strategies and plans', 'Who made one is given only where the source says so.', datasets.documents.map((record) => documentEntry(context, record)))}
${list('named-meetings', 'Meetings the source names', 'The source names these meetings and reports nothing else of them.', datasets.meetings.filter((meeting) => !reports(meeting)).map((meeting) => namedMeetingEntry(context, meeting)))}
</section>`;
};
