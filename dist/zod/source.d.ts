/** A document the records are taken from: a file in the package, or a document on the web. */
import * as z from 'zod';
export declare const SourceDocument: z.ZodObject<{
    id: z.ZodString;
    title: z.ZodString;
    publisherId: z.ZodExactOptional<z.ZodString>;
    attribution: z.ZodExactOptional<z.ZodString>;
    language: z.ZodString;
    mediaType: z.ZodString;
    path: z.ZodExactOptional<z.ZodString>;
    url: z.ZodExactOptional<z.ZodString>;
    datePublished: z.ZodExactOptional<z.ZodString>;
    sha256: z.ZodExactOptional<z.ZodString>;
}, z.core.$strict>;
export type SourceDocument = z.infer<typeof SourceDocument>;
