/**
 * A kept source as a page of its own (source/ID.html): what the record says of it, then its text as
 * published, with line numbers, every quoted span an element whose id is its quotation key, and
 * each meeting's report (its locator's lines) an element `meetings/ID`. A span or report that is
 * the target (`#…` in the address) is highlighted, and a link back to its record shows after it.
 *
 * The text is one block with its own line breaks (white-space: pre-wrap), so that a span may run
 * over several lines; each line begins with an empty marker `#L12` that shows its number.
 */
import type { Meeting, SourceDocument } from '../../../schema/index.ts';
import { reports } from '../jsonld-linked.ts';
import { quotationKey, type Quotation } from '../quotations.ts';
import { reportAnchor } from './cite.ts';
import { editorialNote, escapeHtml, html, trustedHtml, type Html } from './html.ts';
import { linesText, sourceCopyPath } from './quote-links.ts';

/** A span of the text shown as an element, in code points. */
interface Span {
  readonly id: string;
  readonly className: 'q' | 'report';
  readonly start: number;
  readonly end: number;
  /** Where its "back to the record" link goes. */
  readonly back: string;
  readonly backLabel: string;
}

export interface SourceViewInputs {
  readonly source: SourceDocument;
  readonly text: string;
  readonly quotations: readonly Quotation[];
  readonly meetings: readonly Meeting[];
  /** Where on the main page (relative to it) each quotation's record shows its value. */
  readonly recordHref: (quotation: Quotation) => string;
}

/** The anchor of the record's own description at the top of the page. */
export const ABOUT_ANCHOR = 'about';

/** Code point offsets where each line begins. */
const lineStarts = (codePoints: readonly string[]): number[] => {
  const starts = [0];
  codePoints.forEach((character, index) => {
    // CR LF is one line break: the line begins after the LF.
    if (character === '\n' || (character === '\r' && codePoints[index + 1] !== '\n')) starts.push(index + 1);
  });
  return starts;
};

/** The spans a meeting's report covers: from the start of its first line to the end of its last. */
const reportSpans = (meetings: readonly Meeting[], source: SourceDocument, starts: readonly number[], length: number): Span[] =>
  meetings.flatMap((meeting) => {
    const { locator } = meeting.source;
    // A meeting the source only names has no report of its own: its lines are another meeting's.
    if (meeting.source.sourceId !== source.id || locator?.kind !== 'lines' || !reports(meeting)) return [];
    const start = starts[locator.lineStart - 1] ?? length;
    const nextLine = starts[locator.lineEnd];
    const end = nextLine === undefined ? length : Math.max(start, nextLine - 1);
    return [{ id: reportAnchor(meeting), className: 'report' as const, start, end, back: `../index.html#${meeting.id}`, backLabel: 'the meeting' }];
  });

/**
 * The text as markup: line markers and nested span elements. Spans open at their start (longer
 * first) and close at their end; one that closes while a span opened after it is still open
 * (crossing, not nested) closes that one too and reopens it as a continuation without an id.
 */
export const renderText = (text: string, spans: readonly Span[]): Html => {
  const codePoints = Array.from(text);
  const starts = new Set(lineStarts(codePoints));
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const open: Span[] = [];
  let next = 0;
  let line = 0;
  let out = '';
  const openTag = (span: Span, first: boolean) => `<span class="${span.className}${first ? '' : ' continued'}"${first ? ` id="${escapeHtml(span.id)}"` : ''}>`;
  // The link's words are its label and a CSS ::before, so that a span's text stays the source's.
  const closeTag = (span: Span, last: boolean) => `</span>${last ? `<a class="back" href="${escapeHtml(span.back)}" aria-label="Back to ${escapeHtml(span.backLabel)}"></a>` : ''}`;
  for (let position = 0; position <= codePoints.length; position += 1) {
    // Close what ends here, innermost first.
    for (let index = open.length - 1; index >= 0; index -= 1) {
      const span = open[index] as Span;
      if (span.end !== position) continue;
      const above = open.splice(index);
      above.shift();
      for (const inner of [...above].reverse()) out += closeTag(inner, false);
      out += closeTag(span, true);
      for (const inner of above) out += openTag(inner, false);
      open.push(...above);
    }
    if (position === codePoints.length) break;
    if (starts.has(position)) {
      line += 1;
      out += `<span class="ln" id="L${line}" data-line="${line}"></span>`;
    }
    while (next < ordered.length && (ordered[next] as Span).start === position) {
      const span = ordered[next] as Span;
      out += openTag(span, true);
      open.push(span);
      next += 1;
    }
    out += escapeHtml(codePoints[position] ?? '');
  }
  return trustedHtml(out);
};

const about = (source: SourceDocument, quotations: readonly Quotation[]): Html => {
  const copy = sourceCopyPath(source);
  const attribution = quotations.find((quotation) => quotation.dataset === 'sources' && quotation.pointer === '/attribution');
  return html`
<section id="${ABOUT_ANCHOR}" aria-labelledby="about-title">
<h2 id="about-title">The document</h2>
<dl class="facts">
<dt>Title</dt><dd><cite>${source.title}</cite>${source.titleBasis === 'editorial' ? html` ${editorialNote('the text prints no title: the editors describe it')}` : ''}</dd>
${source.attribution === undefined ? '' : html`<dt>Credited</dt><dd><q>${source.attribution}</q>${attribution === undefined ? '' : html` <a class="at" href="#${quotationKey(attribution)}">${linesText(attribution.lineStart, attribution.lineEnd)}</a>`}</dd>`}
${source.publisherBasis === 'editorial' ? html`<dt>Publisher</dt><dd>${editorialNote('the text names none')}</dd>` : ''}
${source.rationale === undefined ? '' : html`<dt>Editors’ note</dt><dd>${source.rationale}</dd>`}
<dt>Language</dt><dd>${source.language}</dd>
${source.sha256 === undefined ? '' : html`<dt>SHA-256</dt><dd><code>${source.sha256}</code></dd>`}
${copy === undefined ? '' : html`<dt>Plain text</dt><dd><a href="${copy.replace(/^source\//u, '')}" download>${copy.replace(/^source\//u, '')}</a> (the file as published, byte for byte)</dd>`}
</dl>
<p>Below, the text with its line numbers. Dotted underlines mark the words the records quote; a link to a quotation (such as <code>#L64</code> for a line, or one from the meetings page) highlights its place, with a link back to its record.</p>
</section>`;
};

export const sourcePage = ({ source, text, quotations, meetings, recordHref }: SourceViewInputs): { title: string; sections: Html[] } => {
  const codePoints = Array.from(text);
  const own = quotations.filter((quotation) => quotation.sourceId === source.id);
  const spans: Span[] = [
    ...reportSpans(meetings, source, lineStarts(codePoints), codePoints.length),
    ...own.map((quotation) => ({
      id: quotationKey(quotation),
      className: 'q' as const,
      start: quotation.start,
      end: quotation.end,
      back: quotation.dataset === 'sources' ? `#${ABOUT_ANCHOR}` : recordHref(quotation),
      backLabel: 'the record',
    })),
  ];
  return {
    title: source.title,
    sections: [
      about(source, own),
      html`
<section id="text" aria-labelledby="text-title">
<h2 id="text-title">The text</h2>
<div class="source-text" lang="${source.language}">${renderText(text, spans)}</div>
</section>`,
    ],
  };
};
