/**
 * dist/annotations/SOURCE.jsonld: every quotation of the records as a W3C Web Annotation (Web
 * Annotation Data Model and Vocabulary, 2017), one AnnotationCollection per kept source.
 *
 * Each annotation links a value of a record to the span of the source it is quoted from:
 * - `body`: a SpecificResource whose `source` is the record's IRI (as in the JSON-LD, jsonld.ts)
 *   and whose FragmentSelector, conforming to RFC 6901, is the value's JSON Pointer in the record;
 * - `target`: the source as published in this version of the package (its sha256 stated with
 *   schema.org's `sha256`), selected by a TextPositionSelector (code points) and a
 *   TextQuoteSelector (the exact text, line breaks included, with up to 32 code points around it).
 *
 * The context is the standard one by reference, as the model requires; the build checks nothing
 * over the network, and test/annotations.test.ts expands the files with a copy of it.
 */
import type { SourceDocument } from '../../schema/index.ts';
import { recordIri } from './jsonld.ts';
import { packageName, versionedFileUrl } from './package-info.ts';
import { quotationKey, type Quotation } from './quotations.ts';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The FragmentSelector's `conformsTo` for a JSON Pointer, as the model names RFC specifications. */
export const JSON_POINTER_SPEC = 'http://tools.ietf.org/rfc/rfc6901';

/** Where the annotations of a kept source go, under dist/. */
export const annotationsPath = (source: Pick<SourceDocument, 'id'>) => `annotations/${source.id}.jsonld`;

/** A JSON Pointer as a URI fragment (RFC 6901, section 6): each token percent-encoded as UTF-8. */
export const pointerFragment = (pointer: string) => pointer.split('/').map((token) => encodeURIComponent(token)).join('/');

const annotation = (collection: string, source: SourceDocument & { path: string }, quotation: Quotation) => ({
  id: `${collection}#${quotationKey(quotation)}`,
  type: 'Annotation',
  motivation: 'linking',
  body: {
    type: 'SpecificResource',
    source: recordIri(quotation.dataset, quotation.recordId),
    selector: { type: 'FragmentSelector', conformsTo: JSON_POINTER_SPEC, value: pointerFragment(quotation.pointer) },
  },
  target: {
    type: 'SpecificResource',
    source: {
      id: versionedFileUrl(source.path),
      type: 'Text',
      format: source.mediaType,
      language: source.language,
      ...(source.sha256 === undefined ? {} : { 'schema:sha256': source.sha256 }),
    },
    selector: [
      { type: 'TextPositionSelector', start: quotation.start, end: quotation.end },
      { type: 'TextQuoteSelector', exact: quotation.exact, prefix: quotation.prefix, suffix: quotation.suffix },
    ],
  },
});

/** The collection of one kept source's annotations, in the order of the quotations. */
export const buildAnnotationCollection = (source: SourceDocument, quotations: readonly Quotation[]) => {
  if (source.path === undefined) throw new Error(`source ${source.id} is not kept in the package: it has no annotations`);
  const kept = { ...source, path: source.path };
  const id = versionedFileUrl(`dist/${annotationsPath(source)}`);
  const items = quotations.filter((quotation) => quotation.sourceId === source.id).map((quotation) => annotation(id, kept, quotation));
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Where each quotation of the ${packageName} records stands in ${source.path}`,
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
};
