/**
 * The page's account of each meeting: name, dates, place, organizer, participants, what it did,
 * the work report's numbered priorities, guidance, purpose, presentation topics, the remarks with
 * their speaker and addressees, the series it is an edition of, the records its texts name, the
 * source and how to cite it. Every verbatim text is marked as a quotation (`<q>` inline,
 * `<blockquote>` for whole sentences) citing the source text, and links to its place in the
 * source's page (quote-links.ts); the words that name a record link to it (mentions.ts);
 * editorial additions are labelled. Stable anchors: the meeting
 * (`#ID`), each summary sentence (`#ID-summary-1`), priority (`#ID-priority-9`) and remark
 * (`#ID-remark-2`), and each quoted value by its quotation key.
 */
import { codeTitle, type Meeting } from '../../../schema/index.ts';
import type { ValidDatasets } from '../build-types.ts';
import { reports } from '../jsonld-linked.ts';
import { citeBlock } from './cite.ts';
import { dateRange } from './format.ts';
import { editorialNote, html, idAttribute, type Html } from './html.ts';
import { linkMentions, lookup, namesList, RECORD_ANCHOR, type Lookup } from './mentions.ts';
import { otherNamesLine } from './names.ts';
import { linesText, sourceCopyPath, type QuoteLinks } from './quote-links.ts';

type Participant = NonNullable<Meeting['participants']>[number];
type Organizer = NonNullable<Meeting['organizers']>[number];
type Remark = NonNullable<Meeting['remarks']>[number];

const countryName = (code: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;

/** The anchors of a meeting's parts: `ID-priority-9` and the like. */
export const partAnchor = (meetingId: string, part: 'summary' | 'priority' | 'remark', number: number) => `${meetingId}-${part}-${number}`;

/** Renders one meeting: the quotations of `meeting` by pointer, citing `cite`. */
class MeetingView {
  constructor(
    readonly meeting: Meeting,
    readonly find: Lookup,
    readonly quotes: QuoteLinks,
    readonly cite: string,
  ) {}

  quote(pointer: string, text: string): Html {
    return this.quotes.inline('meetings', this.meeting.id, pointer, text, this.cite, this.linked(pointer, text));
  }

  /** The text with the words of its mentions linked to the records they name. */
  linked(pointer: string, text: string): Html {
    return linkMentions(text, (this.meeting.mentions ?? []).filter((mention) => mention.pointer === pointer), this.find);
  }

  id(pointer: string): Html | '' {
    return idAttribute(this.quotes.idFor('meetings', this.meeting.id, pointer));
  }

  place(pointer: string, label = ''): Html | '' {
    return this.quotes.placeLink('meetings', this.meeting.id, pointer, label);
  }

  participant(item: Participant, index: number): Html {
    const at = `/participants/${index}`;
    const role = codeTitle('participant-role', item.role).toLowerCase();
    const evidence = this.place(`${at}/evidence`, 'evidence: ');
    if (item.kind === 'person') {
      const title = item.titleAsPrinted === undefined ? '' : html`, ${this.quote(`${at}/titleAsPrinted`, item.titleAsPrinted)}`;
      return html`<li${this.id(`${at}/evidence`)}>${this.find.people(item.personId).name}${title} (${role})${evidence}</li>`;
    }
    const organization = item.organizationId === undefined ? '' : html` of the ${this.find.organizations(item.organizationId).name}`;
    return html`<li${this.id(`${at}/evidence`)}>${this.quote(`${at}/label`, item.label)} (a group${organization}; ${role})${evidence}</li>`;
  }

  organizer(item: Organizer, index: number): Html {
    const person = item.personId === undefined ? undefined : this.find.people(item.personId).name;
    const organization = item.organizationId === undefined ? undefined : this.find.organizations(item.organizationId).name;
    const name = person === undefined ? organization : organization === undefined ? person : `${person} (${organization})`;
    if (item.basis === 'source') return html`${name}: ${this.quote(`/organizers/${index}/evidence`, item.evidence)}`;
    return html`${name} ${editorialNote(`The source does not name the organizer. ${item.rationale}`)}`;
  }

  placeText(place: NonNullable<Meeting['place']>): Html {
    const parts: (Html | string)[] = [];
    if (place.name !== undefined) parts.push(this.quote('/place/name', place.name));
    if (place.city !== undefined) parts.push(this.quote('/place/city', place.city));
    if (place.countryCode !== undefined) {
      const country = countryName(place.countryCode);
      parts.push(place.countryCodeBasis === 'editorial' ? html`${country} ${editorialNote('the source names no country: derived from the place it names')}` : country);
    }
    return html`${parts.map((part, index) => html`${index > 0 ? ', ' : ''}${part}`)}; printed: ${this.quote('/place/evidence', place.evidence)}`;
  }

  workReport(titleId: string): Html | '' {
    const report = this.meeting.workReport;
    if (report === undefined) return '';
    return html`
<section class="part" aria-labelledby="${titleId}-report">
<h4 id="${titleId}-report">Work report</h4>
<p>Delivered by ${this.find.people(report.deliveredById).name}. ${this.quote('/workReport/introduction', report.introduction)}</p>
<ol class="priorities">
${report.priorities.map((priority, index) => html`<li id="${partAnchor(this.meeting.id, 'priority', priority.number)}" value="${priority.number}">${this.quote(`/workReport/priorities/${index}/text`, priority.text)}</li>\n`)}</ol>
</section>`;
  }

  addressees(remark: Remark, at: string): Html | '' {
    if (remark.addressees === undefined) return '';
    const whom = remark.addressees.map((item, index) => {
      const evidence = this.quotes.evidence('meetings', this.meeting.id, `${at}/addressees/${index}/evidence`);
      if (item.kind === 'person') return html`${this.find.people(item.personId).name}${evidence}`;
      if (item.kind === 'organization') return html`${this.find.organizations(item.organizationId).name}${evidence}`;
      return html`the group ${this.quote(`${at}/addressees/${index}/label`, item.label)}${evidence}`;
    });
    return html`; addressed to ${whom.map((item, index) => html`${index > 0 ? ', ' : ''}${item}`)}`;
  }

  remark(remark: Remark, index: number): Html {
    const at = `/remarks/${index}`;
    const speaker = remark.speakerId === undefined ? this.quote(`${at}/speakerLabel`, remark.speakerLabel ?? '') : this.find.people(remark.speakerId).name;
    const clause =
      remark.reportingClause === undefined
        ? html`(the source carries on the same speaker’s remarks${remark.speakerBasis === 'editorial' ? html`; ${editorialNote('the sentence names no speaker')}` : ''})`
        : this.quote(`${at}/reportingClause`, remark.reportingClause);
    return html`<li id="${partAnchor(this.meeting.id, 'remark', remark.number)}" value="${remark.number}"><figure>
<blockquote cite="${this.cite}"><p${this.id(`${at}/text`)}>${this.linked(`${at}/text`, remark.text)}</p></blockquote>
<figcaption>${speaker}, ${remark.reportedAs}: ${clause}${this.addressees(remark, at)}${this.place(`${at}/text`, 'remark: ')}</figcaption>
</figure></li>\n`;
  }

  remarks(titleId: string): Html | '' {
    const { remarks = [] } = this.meeting;
    if (remarks.length === 0) return '';
    return html`
<section class="part" aria-labelledby="${titleId}-remarks">
<h4 id="${titleId}-remarks">Remarks</h4>
<ol class="remarks">
${remarks.map((remark, index) => this.remark(remark, index))}</ol>
</section>`;
  }

  summary(titleId: string): Html | '' {
    if (this.meeting.summary === undefined) return '';
    return html`
<section class="part" aria-labelledby="${titleId}-summary">
<h4 id="${titleId}-summary">What the meeting did</h4>
<blockquote cite="${this.cite}">
${this.meeting.summary.map(
  (sentence, index) =>
    html`<p id="${partAnchor(this.meeting.id, 'summary', index + 1)}"><span${this.id(`/summary/${index}`)}>${this.linked(`/summary/${index}`, sentence)}</span>${this.place(`/summary/${index}`)}</p>\n`,
)}</blockquote>
</section>`;
  }

  /** The series the meeting is an edition of, and which edition. */
  series(): Html | '' {
    const { series } = this.meeting;
    if (series === undefined) return '';
    const record = this.find.series(series.seriesId);
    const edition = series.ordinal === undefined ? 'an edition' : html`edition <q>${series.ordinal}</q>`;
    return html`<dt>Series</dt><dd>${edition} of <a href="#${RECORD_ANCHOR.series(record.id)}">${record.name}</a>; printed: ${this.quote('/series/evidence', series.evidence)}</dd>`;
  }

  listPart(heading: string, id: string, items: readonly Html[] | undefined): Html | '' {
    if (items === undefined || items.length === 0) return '';
    return html`
<section class="part" aria-labelledby="${id}">
<h4 id="${id}">${heading}</h4>
<ul>
${items.map((item) => html`<li>${item}</li>\n`)}</ul>
</section>`;
  }

  article(): Html {
    const { meeting } = this;
    const source = this.find.sources(meeting.source.sourceId);
    const titleId = `meeting-${meeting.id}`;
    const dates =
      meeting.startDate === undefined
        ? ''
        : html`<time datetime="${meeting.startDate}">${dateRange(meeting.startDate, meeting.endDate ?? meeting.startDate)}</time> `;
    const heading =
      meeting.name === undefined ? html`${meeting.headline ?? meeting.dateText}` : html`<span${this.id('/name')}>${meeting.name}</span>${this.place('/name')}`;
    const { locator } = meeting.source;
    return html`
<article class="meeting" id="${meeting.id}" aria-labelledby="${titleId}">
<h3 id="${titleId}">${heading}</h3>
${otherNamesLine(meeting, (pointer, text) => this.quote(pointer, text))}
<dl class="facts">
${meeting.dateText === undefined ? '' : html`<dt>Dates</dt><dd>${dates} (printed: ${this.quote('/dateText', meeting.dateText)})</dd>`}
${this.series()}
${meeting.attendanceMode === undefined ? '' : html`<dt>Attendance</dt><dd>${codeTitle('attendance-mode', meeting.attendanceMode)}</dd>`}
${meeting.place === undefined ? '' : html`<dt>Place</dt><dd>${this.placeText(meeting.place)}</dd>`}
${(meeting.organizers ?? []).map((item, index) => html`<dt>Organizer</dt><dd>${this.organizer(item, index)}</dd>\n`)}
${meeting.participants === undefined ? '' : html`<dt>Participants</dt><dd><ul>
${meeting.participants.map((item, index) => html`${this.participant(item, index)}\n`)}</ul></dd>`}
</dl>
${this.summary(titleId)}
${this.workReport(titleId)}
${this.listPart(
  'Guidance',
  `${titleId}-guidance`,
  meeting.guidance?.map(
    (item, index) =>
      html`${codeTitle('guidance-relation', item.relation)} ${this.quote(`/guidance/${index}/text`, item.text)}${item.organizationId === undefined ? '' : html` (held by the ${this.find.organizations(item.organizationId).name}${item.organizationBasis === 'editorial' ? html` ${editorialNote('as the editors read the name')}` : ''})`}`,
  ),
)}
${meeting.purpose === undefined ? '' : html`
<section class="part" aria-labelledby="${titleId}-purpose">
<h4 id="${titleId}-purpose">Purpose</h4>
<p>${this.quote('/purpose', meeting.purpose)}</p>
</section>`}
${this.listPart('Presentation topics', `${titleId}-topics`, meeting.presentationTopics?.map((topic, index) => this.quote(`/presentationTopics/${index}`, topic)))}
${this.remarks(titleId)}
${this.listPart('Records its texts name', `${titleId}-names`, namesList(meeting, this.find))}
<p class="source">Source: <cite>${source.title}</cite>${locator === undefined ? '' : locator.kind === 'lines' ? html`, ${linesText(locator.lineStart, locator.lineEnd)}` : html`, pages ${locator.pageStart}–${locator.pageEnd}`}${meeting.headline === undefined ? '' : html`, headline ${this.quote('/headline', meeting.headline)}`}${meeting.source.attribution === undefined ? '' : html`, credited to ${this.quote('/source/attribution', meeting.source.attribution)}`}.</p>
${citeBlock(meeting, source, titleId)}
</article>`;
  }
}

export const meetingsSection = (datasets: ValidDatasets, quotes: QuoteLinks): Html => {
  const find = lookup(datasets);
  return html`
<section id="meetings" aria-labelledby="meetings-title">
<h2 id="meetings-title">The meetings</h2>
<p>Quotation marks and indented quotations hold the words of the source, verbatim; the line numbers after them link to their place in the source text, and the words that name a record link to it. Text marked <span class="badge">Editorial</span> is not in the source: the editors added it.</p>
${datasets.meetings.filter(reports).map((meeting) => {
  const source = find.sources(meeting.source.sourceId);
  return new MeetingView(meeting, find, quotes, sourceCopyPath(source) ?? source.url ?? '').article();
})}
</section>`;
};
