/** An organization named in the source document. */
import * as z from 'zod';
export declare const OrganizationKind: z.ZodEnum<{
    "government-ministry": "government-ministry";
    "political-party": "political-party";
    "party-body": "party-body";
}>;
export declare const Organization: z.ZodObject<{
    id: z.ZodString;
    name: z.ZodString;
    kind: z.ZodEnum<{
        "government-ministry": "government-ministry";
        "political-party": "political-party";
        "party-body": "party-body";
    }>;
    parentId: z.ZodExactOptional<z.ZodString>;
    evidence: z.ZodString;
    editorial: z.ZodExactOptional<z.ZodObject<{
        officialName: z.ZodExactOptional<z.ZodObject<{
            value: z.ZodString;
            source: z.ZodString;
        }, z.core.$strict>>;
        nameZh: z.ZodExactOptional<z.ZodObject<{
            value: z.ZodString;
            source: z.ZodString;
        }, z.core.$strict>>;
        shortNameZh: z.ZodExactOptional<z.ZodObject<{
            value: z.ZodString;
            source: z.ZodString;
        }, z.core.$strict>>;
        wikidataId: z.ZodExactOptional<z.ZodObject<{
            value: z.ZodString;
            source: z.ZodString;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type Organization = z.infer<typeof Organization>;
