/**
 * The fields of a quotation's place, written once: the main entry's `Quotation` type and its data
 * (esm.ts) and the columns of the quotations table (quotations-table.ts) are made from this list.
 */
import type { Column } from './flatten.ts';
import type { Quotation } from './quotations.ts';

export interface QuotationField {
  readonly key: keyof Quotation;
  readonly description: string;
  /** Its TypeScript type in the published declarations (`dataset` and `recordId` are typed per dataset there). */
  readonly tsType: 'string' | 'number' | 'SourceId';
  /** Its column in the quotations table, if it has one. */
  readonly column?: { readonly name: string; readonly type: Column['type']; readonly example: string | number; readonly minimum?: number };
  /** Where the value is in an annotation of dist/annotations/ (after `first.items[]`). */
  readonly inAnnotation: string;
}

export const QUOTATION_FIELDS: readonly QuotationField[] = [
  { key: 'dataset', description: 'The dataset of the record that quotes the text.', tsType: 'string', column: { name: 'dataset', type: 'string', example: 'meetings' }, inAnnotation: 'body.source (the file name)' },
  {
    key: 'recordId',
    description: 'The id of the record that quotes the text (in the dataset named by dataset).',
    tsType: 'string',
    column: { name: 'record_id', type: 'string', example: 'national-st-work-conference-2020' },
    inAnnotation: 'body.source (the fragment)',
  },
  {
    key: 'pointer',
    description: 'JSON Pointer (RFC 6901) of the quoted value within its record.',
    tsType: 'string',
    column: { name: 'pointer', type: 'string', example: '/workReport/priorities/8/text' },
    inAnnotation: 'body.selector.value',
  },
  { key: 'sourceId', description: 'The source document the text is quoted from.', tsType: 'SourceId', column: { name: 'source_id', type: 'string', example: 'most-newsletter-2020-01' }, inAnnotation: 'target.source.id' },
  {
    key: 'start',
    description: 'Offset of the first code point of the span in the source file (0-based, in Unicode code points; W3C TextPositionSelector start).',
    tsType: 'number',
    column: { name: 'start', type: 'integer', example: 1349, minimum: 0 },
    inAnnotation: 'target.selector[0].start',
  },
  {
    key: 'end',
    description: 'Offset just past the last code point of the span (W3C TextPositionSelector end).',
    tsType: 'number',
    column: { name: 'end', type: 'integer', example: 1429, minimum: 1 },
    inAnnotation: 'target.selector[0].end',
  },
  { key: 'lineStart', description: 'The line of the source file the span begins on (1-based).', tsType: 'number', column: { name: 'line_start', type: 'integer', example: 64, minimum: 1 }, inAnnotation: 'target.selector[1] (the line of start)' },
  { key: 'lineEnd', description: 'The line of the source file the span ends on (1-based).', tsType: 'number', column: { name: 'line_end', type: 'integer', example: 66, minimum: 1 }, inAnnotation: 'target.selector[1] (the line of end)' },
  {
    key: 'exact',
    description: 'The span as it stands in the source, line breaks included (the record folds them to single spaces).',
    tsType: 'string',
    column: { name: 'exact', type: 'string', example: 'Unleash the people’s innovation vitality and' },
    inAnnotation: 'target.selector[1].exact',
  },
  { key: 'prefix', description: 'Up to 32 code points of the source before the span (W3C TextQuoteSelector prefix).', tsType: 'string', inAnnotation: 'target.selector[1].prefix' },
  { key: 'suffix', description: 'Up to 32 code points of the source after the span (W3C TextQuoteSelector suffix).', tsType: 'string', inAnnotation: 'target.selector[1].suffix' },
];
