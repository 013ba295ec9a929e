/**
 * What links a meeting to other records: the series it is an edition of, the records its texts
 * name (mentions), the other sources about it, and whom a remark is addressed to.
 */
import * as z from 'zod';
export declare const SeriesEdition: z.ZodObject<{
    seriesId: z.ZodString;
    ordinal: z.ZodExactOptional<z.ZodString>;
    evidence: z.ZodString;
}, z.core.$strict>;
export declare const Mention: z.ZodDiscriminatedUnion<[z.ZodObject<{
    pointer: z.ZodString;
    asPrinted: z.ZodString;
    kind: z.ZodLiteral<"person">;
    personId: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    pointer: z.ZodString;
    asPrinted: z.ZodString;
    kind: z.ZodLiteral<"organization">;
    organizationId: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    pointer: z.ZodString;
    asPrinted: z.ZodString;
    kind: z.ZodLiteral<"meeting">;
    mentionedMeetingId: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    pointer: z.ZodString;
    asPrinted: z.ZodString;
    kind: z.ZodLiteral<"document">;
    documentId: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    pointer: z.ZodString;
    asPrinted: z.ZodString;
    kind: z.ZodLiteral<"series">;
    seriesId: z.ZodString;
}, z.core.$strict>], "kind">;
export declare const RelatedSource: z.ZodObject<{
    sourceId: z.ZodString;
    role: z.ZodString;
    locator: z.ZodExactOptional<z.ZodDiscriminatedUnion<[z.ZodObject<{
        kind: z.ZodLiteral<"lines">;
        lineStart: z.ZodInt;
        lineEnd: z.ZodInt;
    }, z.core.$strict>, z.ZodObject<{
        kind: z.ZodLiteral<"pages">;
        pageStart: z.ZodInt;
        pageEnd: z.ZodInt;
    }, z.core.$strict>], "kind">>;
}, z.core.$strict>;
export declare const Addressee: z.ZodDiscriminatedUnion<[z.ZodObject<{
    kind: z.ZodLiteral<"person">;
    personId: z.ZodString;
    evidence: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    kind: z.ZodLiteral<"organization">;
    organizationId: z.ZodString;
    evidence: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    kind: z.ZodLiteral<"group">;
    label: z.ZodString;
    organizationId: z.ZodExactOptional<z.ZodString>;
    evidence: z.ZodString;
}, z.core.$strict>], "kind">;
export type SeriesEdition = z.infer<typeof SeriesEdition>;
export type Mention = z.infer<typeof Mention>;
export type RelatedSource = z.infer<typeof RelatedSource>;
export type Addressee = z.infer<typeof Addressee>;
