/** A series of meetings (schema.org EventSeries): the yearly conference, a party's congresses. */
import * as z from 'zod';
export declare const EventSeries: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodString;
    kind: z.ZodExactOptional<z.ZodString>;
    organizationId: z.ZodExactOptional<z.ZodString>;
    organizationBasis: z.ZodExactOptional<z.ZodEnum<{
        editorial: "editorial";
        source: "source";
    }> & {
        codelistName: string;
        literal: <C extends "editorial" | "source">(code: C, meta: {
            description: string;
        }) => z.ZodLiteral<C>;
    }>;
    evidence: z.ZodString;
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
export type EventSeries = z.infer<typeof EventSeries>;
