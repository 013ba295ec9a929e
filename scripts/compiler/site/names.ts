/** A record's names in other languages and scripts, each in its language, with where it is printed or was seen. */
import type { OtherName } from '../../../schema/index.ts';
import { editorialNote, html, type Html } from './html.ts';

const languageName = (tag: string) => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
};

/**
 * The names, one paragraph; `evidence` renders a printed name's evidence (a quotation of the
 * record at the pointer given, linked to its place).
 */
export const otherNamesLine = (
  record: { readonly otherNames?: readonly OtherName[] | undefined },
  evidence: (pointer: string, text: string) => Html,
): Html | '' => {
  const names = record.otherNames ?? [];
  if (names.length === 0) return '';
  return html`<p class="other-names">${names.map((other, index) => {
    const name = html`${languageName(other.language)}: <span lang="${other.language}">${other.name}</span>`;
    const item = other.basis === 'editorial' ? editorialNote(html`${name} <span class="citation">(seen in ${other.citation})</span>`) : html`${name}, printed in ${evidence(`/otherNames/${index}/evidence`, other.evidence)}`;
    return html`${index > 0 ? html`<br>` : ''}${item}`;
  })}</p>`;
};
