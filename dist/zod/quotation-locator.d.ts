/**
 * Where a record's quotation stands in its source when its words occur there more than once (in a
 * meeting's own lines, or anywhere in the sources for a person or an organization): the build
 * places every quotation at exactly one span of its source, and refuses one it cannot.
 */
import * as z from 'zod';
export declare const QuotationLocator: z.ZodObject<{
    pointer: z.ZodExactOptional<z.ZodString>;
    lineStart: z.ZodInt;
    lineEnd: z.ZodInt;
}, z.core.$strict>;
/** The list every record kind may carry. */
export declare const quotationLocators: () => z.ZodExactOptional<z.ZodArray<z.ZodObject<{
    pointer: z.ZodExactOptional<z.ZodString>;
    lineStart: z.ZodInt;
    lineEnd: z.ZodInt;
}, z.core.$strict>>>;
