/**
 * The "Cite" block of each meeting: the source's title as recorded (marked editorial when the text
 * prints none), who it is credited to, the lines and a link to the report's span in the source's
 * page; the data set with its version and the record; and the same as one line of text to copy.
 */
import type { Meeting, SourceDocument } from '../../../schema/index.ts';
import { DATAPACKAGE_TITLE } from '../datapackage.ts';
import { packageLicense, packageName, packageVersion, versionedFileUrl } from '../package-info.ts';
import { editorialNote, html, type Html } from './html.ts';
import { linesText, sourceViewPath } from './quote-links.ts';

/** The id of a meeting's report as a whole in its source's page. */
export const reportAnchor = (meeting: Pick<Meeting, 'id'>) => `meetings/${meeting.id}`;

const sourceLines = (meeting: Meeting) => {
  const { locator } = meeting.source;
  if (locator === undefined) return '';
  return locator.kind === 'lines' ? linesText(locator.lineStart, locator.lineEnd) : `pages ${locator.pageStart}–${locator.pageEnd}`;
};

/** The citation as one line of plain text. */
export const citationText = (meeting: Meeting, source: SourceDocument): string => {
  const title = source.titleBasis === 'editorial' ? `${source.title} [title given by the editors]` : source.title;
  const credit = source.attribution === undefined ? '' : `, credited ${source.attribution}`;
  const where = sourceLines(meeting);
  const url = source.path === undefined ? (source.url ?? '') : versionedFileUrl(source.path);
  const record = `${versionedFileUrl('dist/json/meetings.json')}#${meeting.id}`;
  return `${title}${credit}${where === '' ? '' : `, ${where}`}${url === '' ? '' : `: ${url}`}. Record ${meeting.id} in: ${DATAPACKAGE_TITLE}, data set ${packageName} version ${packageVersion} (${packageLicense}): ${record}`;
};

export const citeBlock = (meeting: Meeting, source: SourceDocument, titleId: string): Html => {
  const where = sourceLines(meeting);
  const span = source.path === undefined ? '' : html`: <a href="${sourceViewPath(source)}#${reportAnchor(meeting)}">the report in the source text</a>`;
  return html`
<section class="part cite" aria-labelledby="${titleId}-cite">
<h4 id="${titleId}-cite">Cite</h4>
<dl class="facts">
<dt>Source</dt><dd><cite>${source.title}</cite>${source.titleBasis === 'editorial' ? html` ${editorialNote('title: the text prints none')}` : ''}${where === '' ? '' : html`, ${where}`}${span}</dd>
${source.attribution === undefined ? '' : html`<dt>Credited</dt><dd><q>${source.attribution}</q>${source.publisherBasis === 'editorial' ? html` ${editorialNote('publisher: the text names none')}` : ''}</dd>`}
<dt>Data</dt><dd>${DATAPACKAGE_TITLE}: data set <code>${packageName}</code> version ${packageVersion}, record <a href="#${meeting.id}"><code>${meeting.id}</code></a></dd>
</dl>
<p class="citation">${citationText(meeting, source)}</p>
</section>`;
};
