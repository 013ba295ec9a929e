/** A document, doctrine, strategy, plan or set of instructions that a source names. */
import * as z from 'zod';
export declare const DocumentCreator: z.ZodObject<{
    personId: z.ZodExactOptional<z.ZodString>;
    organizationId: z.ZodExactOptional<z.ZodString>;
    evidence: z.ZodString;
}, z.core.$strict>;
export declare const Document: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodString;
    kind: z.ZodString;
    creators: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
        personId: z.ZodExactOptional<z.ZodString>;
        organizationId: z.ZodExactOptional<z.ZodString>;
        evidence: z.ZodString;
    }, z.core.$strict>>>;
    evidence: z.ZodExactOptional<z.ZodString>;
    otherNames: z.ZodExactOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
        basis: z.ZodLiteral<"source">;
        name: z.ZodString;
        language: z.ZodString;
        evidence: z.ZodString;
    }, z.core.$strict>, z.ZodObject<{
        basis: z.ZodLiteral<"editorial">;
        name: z.ZodString;
        language: z.ZodString;
        citation: z.ZodString;
    }, z.core.$strict>], "basis">>>;
    quotationLocators: z.ZodExactOptional<z.ZodArray<z.ZodObject<{
        pointer: z.ZodExactOptional<z.ZodString>;
        lineStart: z.ZodInt;
        lineEnd: z.ZodInt;
    }, z.core.$strict>>>;
    editorial: z.ZodExactOptional<z.ZodObject<{
        wikidataId: z.ZodExactOptional<z.ZodObject<{
            value: z.ZodString;
            citation: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type Document = z.infer<typeof Document>;
