/**
 * Building blocks shared by every record schema.
 *
 * Every string is bounded, trimmed and single-line; every array is bounded. The bounds keep
 * JSON Schema `pattern`/`format` checks cheap on untrusted input, and they are counted the same
 * way in zod and in JSON Schema (see `text`).
 */
import * as z from 'zod';
export declare const SINGLE_LINE_TRIMMED: RegExp;
/** Length in Unicode code points, as JSON Schema's `maxLength` counts it. */
export declare const codePointLength: (value: string) => number;
/**
 * A non-empty, trimmed, single-line string of at most `max` code points.
 *
 * zod's own `.max()` counts UTF-16 code units while JSON Schema validators count code points, so
 * the two would disagree on text outside the Basic Multilingual Plane. This counts code points in
 * zod and writes the same bound as `maxLength` into the JSON Schema.
 */
export declare const text: (max: number) => z.ZodString;
/** A short name or label. */
export declare const name: () => z.ZodString;
/** Marks a quotation in the JSON Schema (a standard `$comment`); the tables and tests read it. */
export declare const VERBATIM_COMMENT = "Verbatim: copied from the source document, line breaks folded to single spaces.";
/** A quotation: text copied verbatim from the source document. */
export declare const quote: () => z.ZodString;
/** A name or title as printed in the source document (verbatim, like a quotation). */
export declare const printedName: () => z.ZodString;
/** A lower-case slug used as a stable record id. */
export declare const slug: () => z.ZodString;
export declare const MeetingId: z.ZodString;
export declare const PersonId: z.ZodString;
export declare const OrganizationId: z.ZodString;
export declare const SourceId: z.ZodString;
/** An ISO 8601 calendar date (YYYY-MM-DD); zod's pattern rejects impossible days such as 2020-02-30. */
export declare const isoDate: () => z.ZodISODate;
/** A positive whole number used for ordering (1, 2, 3, …). */
export declare const ordinal: () => z.ZodInt;
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
 * that the code is assigned.
 */
export declare const CountryCode: z.ZodString;
/**
 * A well-formed BCP 47 language tag (RFC 5646 `langtag` or `privateuse`): "en", "zh-Hans-CN",
 * "fi", "x-klingon". Case-insensitive, as the RFC says.
 */
export declare const LanguageTag: z.ZodString;
/** An RFC 6838 media type, with optional parameters: "text/plain", "text/html; charset=utf-8". */
export declare const MediaType: z.ZodString;
/**
 * An absolute `http` or `https` URL in ASCII (RFC 3986: other characters percent-encoded, `%`
 * only as `%HH`), so that every validator's `uri` format agrees with the pattern.
 */
export declare const webUrl: () => z.ZodString;
export declare const wikidataId: () => z.ZodString;
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
