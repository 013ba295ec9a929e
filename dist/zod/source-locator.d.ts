/** Where in a source document a report stands: a range of lines or of pages. */
import * as z from 'zod';
export declare const SourceLocator: z.ZodDiscriminatedUnion<[z.ZodObject<{
    kind: z.ZodLiteral<"lines">;
    lineStart: z.ZodInt;
    lineEnd: z.ZodInt;
}, z.core.$strict>, z.ZodObject<{
    kind: z.ZodLiteral<"pages">;
    pageStart: z.ZodInt;
    pageEnd: z.ZodInt;
}, z.core.$strict>], "kind">;
