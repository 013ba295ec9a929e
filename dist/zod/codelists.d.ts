/**
 * Codelists, kept as OCDS keeps them: each has a name, codes with a title and a description, and is
 * either closed or open.
 *
 * - A *closed* codelist is complete: the schema allows its codes and nothing else (`enum`).
 * - An *open* codelist recommends codes: the schema takes any bounded, single-line text, and a
 *   value outside the recommended codes is as valid as one of them.
 *
 * Each codelist is a named schema (`$defs/NAME` in the JSON Schemas), or, where it tells the
 * variants of a union apart (participant kind, locator kind, an organizer's basis), literals titled
 * with its name. The build writes every one to `dist/codelists/NAME.csv` and into the data
 * dictionary. The codes are written only here; how a codelist is made is in codelist-kinds.ts.
 */
import { codelists, codeTitle, type Code, type Codelist } from './codelist-kinds.ts';
export { codelists, codeTitle, type Code, type Codelist };
export declare const Basis: import("zod").ZodEnum<{
    editorial: "editorial";
    source: "source";
}> & {
    codelistName: string;
    literal: <C extends "editorial" | "source">(code: C, meta: {
        description: string;
    }) => import("zod").ZodLiteral<C>;
};
export declare const ParticipantKind: import("zod").ZodEnum<{
    group: "group";
    person: "person";
}> & {
    codelistName: string;
    literal: <C extends "group" | "person">(code: C, meta: {
        description: string;
    }) => import("zod").ZodLiteral<C>;
};
export declare const LocatorKind: import("zod").ZodEnum<{
    lines: "lines";
    pages: "pages";
}> & {
    codelistName: string;
    literal: <C extends "lines" | "pages">(code: C, meta: {
        description: string;
    }) => import("zod").ZodLiteral<C>;
};
export declare const MentionKind: import("zod").ZodEnum<{
    document: "document";
    meeting: "meeting";
    organization: "organization";
    person: "person";
    series: "series";
}> & {
    codelistName: string;
    literal: <C extends "document" | "meeting" | "organization" | "person" | "series">(code: C, meta: {
        description: string;
    }) => import("zod").ZodLiteral<C>;
};
export declare const AddresseeKind: import("zod").ZodEnum<{
    group: "group";
    organization: "organization";
    person: "person";
}> & {
    codelistName: string;
    literal: <C extends "group" | "organization" | "person">(code: C, meta: {
        description: string;
    }) => import("zod").ZodLiteral<C>;
};
export declare const AttendanceMode: import("zod").ZodEnum<{
    "in-person": "in-person";
    mixed: "mixed";
    online: "online";
}> & {
    codelistName: string;
    literal: <C extends "in-person" | "mixed" | "online">(code: C, meta: {
        description: string;
    }) => import("zod").ZodLiteral<C>;
};
export declare const MeetingKind: import("zod").ZodString;
export declare const ParticipantRole: import("zod").ZodString;
export declare const ReportingVerb: import("zod").ZodString;
export declare const GuidanceRelation: import("zod").ZodString;
export declare const GuidanceKind: import("zod").ZodString;
export declare const OrganizationKind: import("zod").ZodString;
export declare const DocumentKind: import("zod").ZodString;
export declare const SeriesKind: import("zod").ZodString;
export declare const SourceRole: import("zod").ZodString;
export declare const PostSphere: import("zod").ZodString;
