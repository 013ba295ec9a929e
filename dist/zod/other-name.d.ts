/**
 * Names of a record in other languages or scripts: printed in a kept source (with the words that
 * print it), or added by the editors (with where they saw it). Every record kind may carry them.
 */
import * as z from 'zod';
export declare const OtherName: z.ZodDiscriminatedUnion<[z.ZodObject<{
    basis: z.ZodLiteral<"source">;
    name: z.ZodString;
    language: z.ZodString;
    evidence: z.ZodString;
}, z.core.$strict>, z.ZodObject<{
    basis: z.ZodLiteral<"editorial">;
    name: z.ZodString;
    language: z.ZodString;
    citation: z.ZodString;
}, z.core.$strict>], "basis">;
/** The list every record kind may carry. */
export declare const otherNames: () => z.ZodExactOptional<z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
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
export type OtherName = z.infer<typeof OtherName>;
