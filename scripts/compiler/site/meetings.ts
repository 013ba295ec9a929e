/**
 * The page's account of each meeting: name, dates, place, organizer, participants, what it did,
 * the work report's numbered priorities, guidance, purpose, presentation topics, the remarks with
 * their speaker, and the source. Every verbatim text is marked as a quotation (`<q>` inline,
 * `<blockquote>` for whole sentences) citing the source text; editorial additions are labelled.
 */
import { codeTitle, type Meeting, type Organization, type Person, type SourceDocument } from '../../../schema/index.ts';
import type { ValidDatasets } from '../check-records.ts';
import { dateRange } from './format.ts';
import { html, type Html } from './html.ts';

/** Where the page's copy of a source text is, relative to the page. */
export const sourceCopyPath = (source: SourceDocument): string | undefined =>
  source.path === undefined ? undefined : `source/${source.path.replace(/^.*\//u, '')}`;

type Participant = NonNullable<Meeting['participants']>[number];
type Organizer = NonNullable<Meeting['organizers']>[number];

const countryName = (code: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;

interface Lookup {
  readonly person: (id: string) => Person;
  readonly organization: (id: string) => Organization;
  readonly source: (id: string) => SourceDocument;
}

const lookup = (datasets: ValidDatasets): Lookup => {
  const find = <T extends { id: string }>(records: readonly T[], kind: string) => (id: string) => {
    const found = records.find((record) => record.id === id);
    // The build has checked every reference; this guards the page against a rule being dropped.
    if (found === undefined) throw new Error(`the page refers to ${kind} "${id}", which is not in the data`);
    return found;
  };
  return { person: find(datasets.people, 'person'), organization: find(datasets.organizations, 'organization'), source: find(datasets.sources, 'source') };
};

/** An editorial fact, visibly set apart from what the source says. */
const editorialNote = (text: string) => html`<span class="editorial"><span class="badge">Editorial</span> ${text}</span>`;

const participant = (item: Participant, find: Lookup, cite: string): Html => {
  if (item.kind === 'person') {
    const title = item.titleAsPrinted === undefined ? '' : html`, <q cite="${cite}">${item.titleAsPrinted}</q>`;
    return html`<li>${find.person(item.personId).name}${title} (${codeTitle('participant-role', item.role).toLowerCase()})</li>`;
  }
  const organization = item.organizationId === undefined ? '' : html` of the ${find.organization(item.organizationId).name}`;
  return html`<li><q cite="${cite}">${item.label}</q> (a group${organization}; ${codeTitle('participant-role', item.role).toLowerCase()})</li>`;
};

const organizer = (item: Organizer, find: Lookup, cite: string): Html => {
  const person = item.personId === undefined ? undefined : find.person(item.personId).name;
  const organization = item.organizationId === undefined ? undefined : find.organization(item.organizationId).name;
  const name = person === undefined ? organization : organization === undefined ? person : `${person} (${organization})`;
  if (item.basis === 'source') return html`${name}: <q cite="${cite}">${item.evidence}</q>`;
  return html`${name} ${editorialNote(`The source does not name the organizer. ${item.rationale}`)}`;
};

const placeText = (place: NonNullable<Meeting['place']>, cite: string): Html => {
  const parts = [place.name, place.city, place.countryCode === undefined ? undefined : countryName(place.countryCode)].filter(
    (part): part is string => part !== undefined,
  );
  return html`${parts.join(', ')}: <q cite="${cite}">${place.evidence}</q>`;
};

const locatorText = (locator: Meeting['source']['locator']): string => {
  if (locator === undefined) return '';
  return locator.kind === 'lines' ? `, lines ${locator.lineStart}–${locator.lineEnd}` : `, pages ${locator.pageStart}–${locator.pageEnd}`;
};

const workReport = (meeting: Meeting, find: Lookup, cite: string, titleId: string): Html | '' => {
  const report = meeting.workReport;
  if (report === undefined) return '';
  return html`
<section class="part" aria-labelledby="${titleId}-report">
<h4 id="${titleId}-report">Work report</h4>
<p>Delivered by ${find.person(report.deliveredById).name}. <q cite="${cite}">${report.introduction}</q></p>
<ol class="priorities">
${report.priorities.map((priority) => html`<li value="${priority.number}"><q cite="${cite}">${priority.text}</q></li>\n`)}</ol>
</section>`;
};

const listPart = (heading: string, id: string, items: readonly Html[] | undefined): Html | '' =>
  items === undefined || items.length === 0
    ? ''
    : html`
<section class="part" aria-labelledby="${id}">
<h4 id="${id}">${heading}</h4>
<ul>
${items.map((item) => html`<li>${item}</li>\n`)}</ul>
</section>`;

const remarks = (meeting: Meeting, find: Lookup, cite: string, titleId: string): Html | '' => {
  if (meeting.remarks.length === 0) return '';
  return html`
<section class="part" aria-labelledby="${titleId}-remarks">
<h4 id="${titleId}-remarks">Remarks</h4>
<ol class="remarks">
${meeting.remarks.map((remark) => {
  const speaker = remark.speakerId === undefined ? html`<q cite="${cite}">${remark.speakerLabel ?? ''}</q>` : find.person(remark.speakerId).name;
  const clause = remark.reportingClause === undefined ? html`(the source carries on the same speaker’s remarks)` : html`<q cite="${cite}">${remark.reportingClause}</q>`;
  return html`<li value="${remark.number}"><figure>
<blockquote cite="${cite}"><p>${remark.text}</p></blockquote>
<figcaption>${speaker}, ${remark.reportedAs}: ${clause}</figcaption>
</figure></li>\n`;
})}</ol>
</section>`;
};

const meetingArticle = (meeting: Meeting, find: Lookup): Html => {
  const source = find.source(meeting.source.sourceId);
  const cite = sourceCopyPath(source) ?? source.url ?? '';
  const titleId = `meeting-${meeting.id}`;
  const nameZh = meeting.editorial?.nameZh;
  const dates =
    meeting.startDate === undefined
      ? ''
      : html`<time datetime="${meeting.startDate}">${dateRange(meeting.startDate, meeting.endDate ?? meeting.startDate)}</time> `;
  return html`
<article class="meeting" id="${meeting.id}" aria-labelledby="${titleId}">
<h3 id="${titleId}">${meeting.name ?? meeting.headline ?? meeting.dateText}</h3>
${nameZh === undefined ? '' : html`<p class="name-zh">${editorialNote('Chinese name: ')}<span lang="zh-Hans">${nameZh.value}</span></p>`}
<dl class="facts">
<dt>Dates</dt><dd>${dates} (printed: <q cite="${cite}">${meeting.dateText}</q>)</dd>
${meeting.attendanceMode === undefined ? '' : html`<dt>Attendance</dt><dd>${codeTitle('attendance-mode', meeting.attendanceMode)}</dd>`}
${meeting.place === undefined ? '' : html`<dt>Place</dt><dd>${placeText(meeting.place, cite)}</dd>`}
${(meeting.organizers ?? []).map((item) => html`<dt>Organizer</dt><dd>${organizer(item, find, cite)}</dd>\n`)}
${meeting.participants === undefined ? '' : html`<dt>Participants</dt><dd><ul>
${meeting.participants.map((item) => html`${participant(item, find, cite)}\n`)}</ul></dd>`}
</dl>
<section class="part" aria-labelledby="${titleId}-summary">
<h4 id="${titleId}-summary">What the meeting did</h4>
<blockquote cite="${cite}">
${meeting.summary.map((sentence) => html`<p>${sentence}</p>\n`)}</blockquote>
</section>
${workReport(meeting, find, cite, titleId)}
${listPart('Guidance', `${titleId}-guidance`, meeting.guidance?.map((item) => html`${codeTitle('guidance-relation', item.relation)} <q cite="${cite}">${item.text}</q>`))}
${meeting.purpose === undefined ? '' : html`
<section class="part" aria-labelledby="${titleId}-purpose">
<h4 id="${titleId}-purpose">Purpose</h4>
<p><q cite="${cite}">${meeting.purpose}</q></p>
</section>`}
${listPart('Presentation topics', `${titleId}-topics`, meeting.presentationTopics?.map((topic) => html`<q cite="${cite}">${topic}</q>`))}
${remarks(meeting, find, cite, titleId)}
<p class="source">Source: <a href="${cite}"><cite>${source.title}</cite></a>${locatorText(meeting.source.locator)}${meeting.headline === undefined ? '' : html`, headline <q cite="${cite}">${meeting.headline}</q>`}${meeting.source.attribution === undefined ? '' : html`, credited to <q cite="${cite}">${meeting.source.attribution}</q>`}.</p>
</article>`;
};

export const meetingsSection = (datasets: ValidDatasets): Html => {
  const find = lookup(datasets);
  return html`
<section id="meetings" aria-labelledby="meetings-title">
<h2 id="meetings-title">The meetings</h2>
<p>Quotation marks and indented quotations hold the words of the source, verbatim. Text marked <span class="badge">Editorial</span> is not in the source: the editors added it.</p>
${datasets.meetings.map((meeting) => meetingArticle(meeting, find))}
</section>`;
};
