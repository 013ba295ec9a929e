/** An organization named in the source document. */
import * as z from 'zod';
export declare const Organization: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodString;
    kind: z.ZodString;
    countryCode: z.ZodExactOptional<z.ZodString>;
    parentId: z.ZodExactOptional<z.ZodString>;
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
        officialName: z.ZodExactOptional<z.ZodObject<{
            value: z.ZodString;
            citation: z.ZodString;
        }, z.core.$strict>>;
        nameZh: z.ZodExactOptional<z.ZodObject<{
            value: z.ZodString;
            citation: z.ZodString;
        }, z.core.$strict>>;
        shortNameZh: z.ZodExactOptional<z.ZodObject<{
            value: z.ZodString;
            citation: z.ZodString;
        }, z.core.$strict>>;
        wikidataId: z.ZodExactOptional<z.ZodObject<{
            value: z.ZodString;
            citation: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type Organization = z.infer<typeof Organization>;
