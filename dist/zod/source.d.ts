/** A document the records are taken from: a file in the package, or a document on the web. */
import * as z from 'zod';
export declare const SourceDocument: z.ZodObject<{
    id: z.ZodString;
    title: z.ZodString;
    titleBasis: z.ZodExactOptional<z.ZodEnum<{
        editorial: "editorial";
        source: "source";
    }> & {
        codelistName: string;
        literal: <C extends "editorial" | "source">(code: C, meta: {
            description: string;
        }) => z.ZodLiteral<C>;
    }>;
    publisherId: z.ZodExactOptional<z.ZodString>;
    publisherBasis: z.ZodExactOptional<z.ZodEnum<{
        editorial: "editorial";
        source: "source";
    }> & {
        codelistName: string;
        literal: <C extends "editorial" | "source">(code: C, meta: {
            description: string;
        }) => z.ZodLiteral<C>;
    }>;
    rationale: z.ZodExactOptional<z.ZodString>;
    attribution: z.ZodExactOptional<z.ZodString>;
    language: z.ZodString;
    mediaType: z.ZodString;
    path: z.ZodExactOptional<z.ZodString>;
    url: z.ZodExactOptional<z.ZodString>;
    datePublished: z.ZodExactOptional<z.ZodString>;
    sha256: z.ZodExactOptional<z.ZodString>;
    quotationLocators: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
        pointer: z.ZodExactOptional<z.ZodString>;
        lineStart: z.ZodInt;
        lineEnd: z.ZodInt;
    }, z.core.$strict>>>;
}, z.core.$strict>;
export type SourceDocument = z.infer<typeof SourceDocument>;
