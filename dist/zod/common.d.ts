/**
 * Building blocks shared by every record schema.
 *
 * The JSON Schemas made from these are a contract for third parties, who validate with whatever
 * engine their stack has (ajv, python-jsonschema, jsonschema-rs, a C++ or Go engine). So every
 * pattern keeps to what all regex dialects read alike:
 * - no `\d`, `\s`, `\w` or `.` (Python's `\d` takes every Unicode digit, the dialects' `\s` differ),
 *   no `\uXXXX` escapes (Perl and Go read them otherwise): ASCII controls as `\xHH`, other
 *   characters as themselves; `[` and `]` escaped inside classes; no look-around (Go's RE2);
 * - no pattern relies on `$` alone: in Python, Perl, Java and .NET, `$` also matches before a final
 *   line break, so `"en\n"` would pass `^[a-z]+$`. A pattern of variable length is paired with
 *   `not: { pattern: "[line breaks]" }`, and free text is checked by a `not` pattern only;
 * - no pattern backtracks: the parts of each one begin with characters the others cannot;
 * - no `format`: validators disagree on whether it asserts and on what it accepts (ajv's strict
 *   mode refuses an unknown one). Dates and URLs are checked by their patterns, in every engine alike.
 *
 * Lengths are counted in Unicode code points, as JSON Schema's `maxLength` counts them.
 */
import * as z from 'zod';
/** A pattern with the message a person reads when a value breaks it (the validator quotes it). */
export interface PatternRule {
    readonly pattern: string;
    readonly message: string;
}
/** Every pattern of the schemas (in `pattern` or inside `not`) with its message, for the validator. */
export declare const patternMessages: () => ReadonlyMap<string, string>;
/**
 * A free text that is good: at least one character, none of FORBIDDEN, and no white space at either
 * end. Written as the pattern of a bad one, for `not`: `$` can then only find more faults.
 */
export declare const TEXT_FAULT: PatternRule;
/** The guard of every pattern of variable length: no line break (see above). */
export declare const LINE_BREAK: PatternRule;
/** Length in Unicode code points, as JSON Schema's `maxLength` counts it. */
export declare const codePointLength: (value: string) => number;
/** A non-empty, trimmed, single-line text of at most `max` code points, with no control characters. */
export declare const text: (max: number) => z.ZodString;
/** Marks a quotation in the JSON Schema (a standard `$comment`); the tables and tests read it. */
export declare const VERBATIM_COMMENT = "Verbatim: copied from the source document, line breaks folded to single spaces.";
/**
 * Marks words as printed that stand inside another quoted value of the same record (its JSON
 * Schema `$comment`): they are not placed in the source on their own, as the value they stand in
 * is. It must not begin with "Verbatim", which marks the values that are placed.
 */
export declare const PRINTED_WITHIN_COMMENT = "As printed: words that stand inside another quoted value of the record (the description says which); placed with that value.";
/** A quotation: text copied verbatim from the source document. */
export declare const quote: () => z.ZodString;
/** A name or title as printed in the source document (verbatim, like a quotation). */
export declare const printedName: () => z.ZodString;
/** A name or title (not necessarily as printed: an editorial name, a descriptive title). */
export declare const name: () => z.ZodString;
/** An editors' note: a citation or a rationale. */
export declare const note: () => z.ZodString;
/** Words as printed inside another quoted value of the record (a mention's words, a name in its evidence). */
export declare const printedWithin: () => z.ZodString;
export declare const MeetingId: z.ZodString;
export declare const PersonId: z.ZodString;
export declare const OrganizationId: z.ZodString;
export declare const SourceId: z.ZodString;
export declare const DocumentId: z.ZodString;
export declare const SeriesId: z.ZodString;
/** An ISO 8601 calendar date (YYYY-MM-DD); the pattern rejects impossible days such as 2020-02-30. */
export declare const IsoDate: z.ZodString;
export declare const isoDate: () => z.ZodString;
/** A date known to the day, the month or the year (ISO 8601 at reduced precision: YYYY-MM-DD, YYYY-MM, YYYY). */
export declare const PartialDate: z.ZodString;
/** The number of an item of a numbered list (a priority, a remark): 1, 2, 3, … */
export declare const ordinal: () => z.ZodInt;
/** A line number of a plain-text source (1-based). */
export declare const lineNumber: () => z.ZodInt;
/** A page number of a printed source (1-based). */
export declare const pageNumber: () => z.ZodInt;
/**
 * A fact that is not in the source document, added by the editors, with where it was seen.
 * Everything inside a record's `editorial` object has this shape.
 */
export declare const editorial: <T extends z.ZodType>(value: T, description: string) => z.ZodObject<{
    value: T;
    citation: z.ZodString;
}, z.core.$strict>;
/**
 * An IANA time zone name ("Asia/Shanghai", "UTC", "America/Argentina/Buenos_Aires"). The JSON
 * Schema checks the shape; the validator also checks that the zone exists.
 */
export declare const TimeZone: z.ZodString;
/**
 * An ISO 3166-1 alpha-2 country code. The JSON Schema checks the shape; the validator also checks
 * that the code is assigned (or is XK, Kosovo's user-assigned code).
 */
export declare const CountryCode: z.ZodString;
/**
 * A well-formed BCP 47 language tag (RFC 5646 `langtag` or `privateuse`): "en", "zh-Hans-CN",
 * "fi", "x-klingon". Case-insensitive, as the RFC says.
 */
export declare const LanguageTag: z.ZodString;
export declare const MediaType: z.ZodString;
export declare const webUrl: () => z.ZodString;
export declare const packagePath: () => z.ZodString;
/** A JSON Pointer into a record (RFC 6901): `/place`, `/remarks/0/text`. */
export declare const jsonPointer: () => z.ZodString;
export declare const wikidataId: () => z.ZodString;
export declare const sha256: () => z.ZodString;
/**
 * The sentence a record schema's description ends with: the rules a third party's JSON Schema
 * validator does not check (JSON Schema cannot express them), which `china-st-meetings validate` does.
 */
export declare const beyondJsonSchema: (rules: readonly string[]) => string;
/** An optional list: absent, or one to `max` items (never empty, which a CSV table cannot tell from absent). */
export declare const optionalList: <T extends z.ZodType>(item: T, max?: number) => z.ZodExactOptional<z.ZodArray<T>>;
/**
 * The meta of a field kept valid for records written before its successor, which this package's
 * own data uses instead: JSON Schema's `deprecated` annotation, and a description that names the
 * successor (the data dictionary and the TypeScript declarations show both).
 */
export declare const deprecated: (what: string, successor: string) => {
    deprecated: boolean;
    description: string;
};
/**
 * JSON Schema for "at least one of these optional properties is present" (`anyOf`), which zod's
 * `.refine` cannot emit. Each branch names its property so that ajv's strict mode accepts it.
 */
export declare const requireOneOf: (keys: readonly string[]) => {
    properties: {
        [x: string]: boolean;
    };
    required: string[];
}[];
/**
 * An object whose keys are all optional but which, when present, holds at least one of them, so
 * that "absent" and "empty" never mean two different things (the CSV tables cannot tell them apart).
 */
export declare const nonEmptyObject: <S extends z.ZodRawShape>(shape: S) => z.ZodObject<{ -readonly [P in keyof S]: S[P]; }, z.core.$strict>;
/** A record's facts that the source does not give (each an `editorial` value with its citation), when the editors add any. */
export declare const editorialFacts: <S extends z.ZodRawShape>(thing: string, shape: S) => z.ZodExactOptional<z.ZodObject<{ -readonly [P in keyof S]: S[P]; }, z.core.$strict>>;
