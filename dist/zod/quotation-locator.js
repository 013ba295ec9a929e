/**
 * Where a record's quotation stands in its source when its words occur there more than once (in a
 * meeting's own lines, or anywhere in the sources for a person or an organization): the build
 * places every quotation at exactly one span of its source, and refuses one it cannot.
 */
import * as z from 'zod';
import { jsonPointer, lineNumber } from './common.js';
import { limits } from './limits.js';
export const QuotationLocator = z
    .strictObject({
    // The build checks that it points at quotations of the record.
    pointer: jsonPointer()
        .exactOptional()
        .meta({
        description: 'JSON Pointer (RFC 6901) into the record: the quotation there, or every quotation under it, stands in these lines; absent: every quotation of the record.',
        examples: ['/place'],
    }),
    lineStart: lineNumber().meta({
        description: "First line the quotations stand in (1-based), of the record's source (a meeting's), its own text (a source document's) or any kept source (anyone else's).",
        examples: [125],
    }),
    lineEnd: lineNumber().meta({ description: 'Last line the quotations stand in (1-based, inclusive).', examples: [125] }),
})
    .meta({
    id: 'QuotationLocator',
    title: 'Quotation locator',
    description: 'The lines of its source that a quotation of the record stands in, where its words occur there more than once.',
});
/** The list every record kind may carry. */
export const quotationLocators = () => z
    .array(QuotationLocator)
    .min(1)
    .max(limits.references.max)
    .exactOptional()
    .meta({
    description: 'Where quotations of the record whose words occur more than once in its source stand (the build places every quotation at one span and refuses one it cannot; dist/annotations/ has the places).',
});
