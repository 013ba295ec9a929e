/** The document every fact in this package comes from. */
import * as z from 'zod';
export declare const SourceDocument: z.ZodObject<{
    id: z.ZodString;
    title: z.ZodString;
    publisherId: z.ZodString;
    attribution: z.ZodString;
    language: z.ZodEnum<{
        en: "en";
    }>;
    mediaType: z.ZodEnum<{
        "text/plain": "text/plain";
    }>;
    path: z.ZodString;
    sha256: z.ZodString;
}, z.core.$strict>;
export type SourceDocument = z.infer<typeof SourceDocument>;
