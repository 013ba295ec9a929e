/** A person named in the source document. */
import * as z from 'zod';
export declare const PersonTitle: z.ZodObject<{
    title: z.ZodString;
    organizationId: z.ZodExactOptional<z.ZodString>;
    sphere: z.ZodExactOptional<z.ZodString>;
    evidence: z.ZodString;
    observedOn: z.ZodExactOptional<z.ZodString>;
    editorial: z.ZodExactOptional<z.ZodObject<{
        heldFrom: z.ZodExactOptional<z.ZodObject<{
            value: z.ZodString;
            citation: z.ZodString;
        }, z.core.$strict>>;
        heldUntil: z.ZodExactOptional<z.ZodObject<{
            value: z.ZodString;
            citation: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const Person: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodString;
    titles: z.ZodArray<z.ZodObject<{
        title: z.ZodString;
        organizationId: z.ZodExactOptional<z.ZodString>;
        sphere: z.ZodExactOptional<z.ZodString>;
        evidence: z.ZodString;
        observedOn: z.ZodExactOptional<z.ZodString>;
        editorial: z.ZodExactOptional<z.ZodObject<{
            heldFrom: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodString;
                citation: z.ZodString;
            }, z.core.$strict>>;
            heldUntil: z.ZodExactOptional<z.ZodObject<{
                value: z.ZodString;
                citation: z.ZodString;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
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
        nameZh: z.ZodExactOptional<z.ZodObject<{
            value: z.ZodString;
            citation: z.ZodString;
        }, z.core.$strict>>;
        wikidataId: z.ZodExactOptional<z.ZodObject<{
            value: z.ZodString;
            citation: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type Person = z.infer<typeof Person>;
