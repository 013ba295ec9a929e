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
    source: "source";
    editorial: "editorial";
}> & {
    codelistName: string;
    literal: <C extends "source" | "editorial">(code: C, meta: {
        description: string;
    }) => import("zod").ZodLiteral<C>;
};
export declare const ParticipantKind: import("zod").ZodEnum<{
    person: "person";
    group: "group";
}> & {
    codelistName: string;
    literal: <C extends "person" | "group">(code: C, meta: {
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
    series: "series";
    person: "person";
    organization: "organization";
    meeting: "meeting";
    document: "document";
}> & {
    codelistName: string;
    literal: <C extends "series" | "person" | "organization" | "meeting" | "document">(code: C, meta: {
        description: string;
    }) => import("zod").ZodLiteral<C>;
};
export declare const AddresseeKind: import("zod").ZodEnum<{
    person: "person";
    group: "group";
    organization: "organization";
}> & {
    codelistName: string;
    literal: <C extends "person" | "group" | "organization">(code: C, meta: {
        description: string;
    }) => import("zod").ZodLiteral<C>;
};
export declare const AttendanceMode: import("zod").ZodEnum<{
    "in-person": "in-person";
    online: "online";
    mixed: "mixed";
}> & {
    codelistName: string;
    literal: <C extends "in-person" | "online" | "mixed">(code: C, meta: {
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
