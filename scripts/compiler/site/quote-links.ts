/**
 * Quotations on the pages, tied to their places: on the meetings page each quoted value is an
 * element whose id is the quotation's key (quotations.ts) followed by a link to its span in the
 * source's page, which carries the same id; the source's page links each span back here. The
 * keys given an id are recorded, so that the source's page links only to elements that exist.
 */
import type { SourceDocument } from '../../../schema/index.ts';
import type { DatasetName } from '../../../schema/registry.ts';
import { quotationKey, type Quotation } from '../quotations.ts';
import { html, idAttribute, type Html } from './html.ts';

/** Where the page's copy of a source text is, relative to the site's root. */
export const sourceCopyPath = (source: SourceDocument): string | undefined =>
  source.path === undefined ? undefined : `source/${source.path.replace(/^.*\//u, '')}`;

/** The page that shows a kept source with line numbers and its quoted spans. */
export const sourceViewPath = (source: Pick<SourceDocument, 'id'>): string => `source/${source.id}.html`;

/** `line 8` or `lines 64–66`. */
export const linesText = (lineStart: number, lineEnd: number) => (lineStart === lineEnd ? `line ${lineStart}` : `lines ${lineStart}–${lineEnd}`);

export class QuoteLinks {
  /** Keys of the quotations that have an element with that id on the meetings page. */
  readonly rendered = new Set<string>();
  private readonly byKey: ReadonlyMap<string, Quotation>;

  /** `sources`: to cite each quotation's own source copy. */
  constructor(quotations: readonly Quotation[], private readonly sources: readonly SourceDocument[] = []) {
    this.byKey = new Map(quotations.map((quotation) => [quotationKey(quotation), quotation]));
  }

  find(dataset: DatasetName, recordId: string, pointer: string): Quotation | undefined {
    return this.byKey.get(quotationKey({ dataset, recordId, pointer }));
  }

  /** The id an element showing this value takes (and records it), or undefined when it has no place. */
  idFor(dataset: DatasetName, recordId: string, pointer: string): string | undefined {
    const quotation = this.find(dataset, recordId, pointer);
    if (quotation === undefined) return undefined;
    const key = quotationKey(quotation);
    this.rendered.add(key);
    return key;
  }

  /** A small link to the value's span in its source's page: `lines 64–66`. */
  placeLink(dataset: DatasetName, recordId: string, pointer: string, label = ''): Html | '' {
    const quotation = this.find(dataset, recordId, pointer);
    if (quotation === undefined) return '';
    return html` <a class="at" href="${sourceViewPath({ id: quotation.sourceId })}#${quotationKey(quotation)}">${label}${linesText(quotation.lineStart, quotation.lineEnd)}</a>`;
  }

  /** The link to the place of an evidence the page does not print, in an element with the value's id. */
  evidence(dataset: DatasetName, recordId: string, pointer: string, label = 'evidence: '): Html {
    return html`<span${idAttribute(this.idFor(dataset, recordId, pointer))}>${this.placeLink(dataset, recordId, pointer, label)}</span>`;
  }

  /**
   * An inline quotation with its id, citing the copy of its source (else `cite`), then the link to
   * its place; `content` is the text as shown (with links in it), `text` by default.
   */
  inline(dataset: DatasetName, recordId: string, pointer: string, text: string, cite = '', content: Html | string = text): Html {
    const source = this.sources.find((candidate) => candidate.id === this.find(dataset, recordId, pointer)?.sourceId);
    const copy = (source === undefined ? undefined : sourceCopyPath(source)) ?? cite;
    return html`<q${idAttribute(this.idFor(dataset, recordId, pointer))}${copy === '' ? '' : html` cite="${copy}"`}>${content}</q>${this.placeLink(dataset, recordId, pointer)}`;
  }
}
