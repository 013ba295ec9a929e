/**
 * Codelists, kept as OCDS keeps them: each has a name, codes with a title and a description, and is
 * either closed or open.
 *
 * - A *closed* codelist is complete: the schema allows its codes and nothing else (`enum`).
 * - An *open* codelist recommends codes: the schema takes any bounded, single-line text, and the
 *   a value outside the recommended codes is as valid as one of them.
 *
 * Each codelist is a named schema (`$defs/NAME` in the JSON Schemas); the build writes every one
 * to `dist/codelists/NAME.csv` and into the data dictionary. The codes are written only here.
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
/** Every codelist, in the order the dictionary lists them (filled by `closedCodelist`/`openCodelist`). */
export declare const codelists: Codelist[];
/** The title of a code, or the value itself when the codelist does not list it (an open codelist). */
export declare const codeTitle: (codelistName: string, value: string) => string;
/** A closed codelist: the schema is an enum of its codes. */
export declare const closedCodelist: <const Codes extends readonly [Code, ...Code[]]>(name: string, description: string, codes: Codes) => z.ZodEnum<{ [k_1 in Codes[number]["code"]]: k_1; } extends infer T ? { [k in keyof T]: T[k]; } : never> & {
    codelistName: string;
    /** The literal for one code, as a discriminator in a union (fails at build time on an unknown code). */
    literal: <C extends Codes[number]["code"]>(code: C, meta: {
        description: string;
    }) => z.ZodLiteral<C>;
};
/**
 * An open codelist: any non-empty, trimmed, single-line text of at most `maxLength` characters;
 * the recommended codes are listed as `examples` and in the description.
 */
export declare const openCodelist: (name: string, description: string, codes: readonly [Code, ...Code[]], maxLength?: number) => z.ZodString;
export declare const Basis: z.ZodEnum<{
    source: "source";
    editorial: "editorial";
}> & {
    codelistName: string;
    /** The literal for one code, as a discriminator in a union (fails at build time on an unknown code). */
    literal: <C extends "source" | "editorial">(code: C, meta: {
        description: string;
    }) => z.ZodLiteral<C>;
};
export declare const ParticipantKind: z.ZodEnum<{
    person: "person";
    group: "group";
}> & {
    codelistName: string;
    /** The literal for one code, as a discriminator in a union (fails at build time on an unknown code). */
    literal: <C extends "person" | "group">(code: C, meta: {
        description: string;
    }) => z.ZodLiteral<C>;
};
export declare const LocatorKind: z.ZodEnum<{
    lines: "lines";
    pages: "pages";
}> & {
    codelistName: string;
    /** The literal for one code, as a discriminator in a union (fails at build time on an unknown code). */
    literal: <C extends "lines" | "pages">(code: C, meta: {
        description: string;
    }) => z.ZodLiteral<C>;
};
export declare const AttendanceMode: z.ZodEnum<{
    "in-person": "in-person";
    online: "online";
    mixed: "mixed";
}> & {
    codelistName: string;
    /** The literal for one code, as a discriminator in a union (fails at build time on an unknown code). */
    literal: <C extends "in-person" | "online" | "mixed">(code: C, meta: {
        description: string;
    }) => z.ZodLiteral<C>;
};
export declare const MeetingKind: z.ZodString;
export declare const ParticipantRole: z.ZodString;
export declare const ReportingVerb: z.ZodString;
export declare const GuidanceRelation: z.ZodString;
export declare const GuidanceKind: z.ZodString;
export declare const OrganizationKind: z.ZodString;
