/**
 * How a codelist is made: closed (an enum of its codes) or open (bounded text, codes recommended),
 * and the registry every codelist enters. Build-time helpers: the `china-st-meetings/zod` entry
 * exports the codelists (schema/codelists.ts), not these.
 */
import * as z from 'zod';
export interface Code {
    readonly code: string;
    readonly title: string;
    readonly description: string;
}
export interface Codelist {
    /** The file name (`meeting-kind` → `codelists/meeting-kind.csv`). */
    readonly name: string;
    /** The `$defs` name of its schema in the JSON Schemas. */
    readonly defName: string;
    readonly open: boolean;
    readonly description: string;
    readonly codes: readonly Code[];
}
/** Every codelist, in the order the dictionary lists them. */
export declare const codelists: readonly Codelist[];
/** The title of a code, or the value itself when the codelist does not list it (an open codelist). */
export declare const codeTitle: (codelistName: string, value: string) => string;
/** A closed codelist: the schema is an enum of its codes. */
export declare const closedCodelist: <const Codes extends readonly [Code, ...Code[]]>(name: string, description: string, codes: Codes) => z.ZodEnum<{ [k in Codes[number]["code"]]: k; } extends infer T ? { [k in keyof T]: T[k]; } : never> & {
    codelistName: string;
    /** The literal for one code, as a discriminator in a union (fails at build time on an unknown code). */
    literal: <C extends Codes[number]['code']>(code: C, meta: {
        description: string;
    }) => z.ZodLiteral<C>;
};
/**
 * An open codelist: any non-empty, trimmed, single-line text of at most `maxLength` characters;
 * the recommended codes are listed as `examples` and in the description.
 */
export declare const openCodelist: (name: string, description: string, codes: readonly [Code, ...Code[]], maxLength?: number) => z.ZodString;
