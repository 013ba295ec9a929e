/**
 * Building blocks shared by every record schema.
 *
 * Every string is bounded, trimmed and single-line; every array is bounded. The bounds keep
 * JSON Schema `pattern`/`format` checks cheap on untrusted input, and they are counted the same
 * way in zod and in JSON Schema (see `text`).
 */
import * as z from 'zod';

/**
 * No leading or trailing white space, no line breaks, at least one character. White space and
 * line breaks are listed by code point rather than written `\s` or `.`, because regex dialects
 * disagree on them: Python's `\s` takes U+001C–U+001F and U+0085 and not U+FEFF, JavaScript's the
 * reverse, so a JSON Schema validator in either language reaches the same verdict with this form.
 * White space: JavaScript's `\s` plus Python's extras. Line breaks: LF, CR, NEL, LS, PS.
 */
const WHITE_SPACE = '\\t\\n\\v\\f\\r \\u001c-\\u001f\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
export const SINGLE_LINE_TRIMMED = new RegExp(`^[^${WHITE_SPACE}](?:[^\\n\\r\\u0085\\u2028\\u2029]*[^${WHITE_SPACE}])?$`, 'u');

/** Length in Unicode code points, as JSON Schema's `maxLength` counts it. */
export const codePointLength = (value: string): number => {
  let count = 0;
  for (const _ of value) count += 1;
  return count;
};

/**
 * A non-empty, trimmed, single-line string of at most `max` code points.
 *
 * zod's own `.max()` counts UTF-16 code units while JSON Schema validators count code points, so
 * the two would disagree on text outside the Basic Multilingual Plane. This counts code points in
 * zod and writes the same bound as `maxLength` into the JSON Schema.
 */
export const text = (max: number) =>
  z
    .string()
    // `abort` stops at the first failed check, so that each bad value gets one clear message.
    .min(1, { message: 'must not be empty', abort: true })
    .regex(SINGLE_LINE_TRIMMED, {
      message: 'must not begin or end with white space, nor contain line breaks',
      abort: true,
    })
    .refine((value) => codePointLength(value) <= max, {
      message: `must be at most ${max} characters long`,
    })
    .meta({ maxLength: max });

/** A short name or label. */
export const name = () => text(200);

/** Marks a quotation in the JSON Schema (a standard `$comment`); the tables and tests read it. */
export const VERBATIM_COMMENT = 'Verbatim: copied from the source document, line breaks folded to single spaces.';

/** A quotation: text copied verbatim from the source document. */
export const quote = () => text(4000).meta({ $comment: VERBATIM_COMMENT });

/** A name or title as printed in the source document (verbatim, like a quotation). */
export const printedName = () => name().meta({ $comment: VERBATIM_COMMENT });

/** A lower-case slug used as a stable record id. */
export const slug = () =>
  z
    .string()
    .max(80)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      message: 'must be a lower-case slug such as "wang-zhigang" (a-z, 0-9, single hyphens)',
    });

export const MeetingId = slug().meta({
  id: 'MeetingId',
  description: 'Stable id of a meeting (a slug).',
  examples: ['national-st-work-conference-2020'],
});
export const PersonId = slug().meta({
  id: 'PersonId',
  description: 'Stable id of a person (a slug of the name).',
  examples: ['wang-zhigang'],
});
export const OrganizationId = slug().meta({
  id: 'OrganizationId',
  description: 'Stable id of an organization (a slug).',
  examples: ['most'],
});
export const SourceId = slug().meta({
  id: 'SourceId',
  description: 'Stable id of a source document (a slug).',
  examples: ['most-newsletter-2020-01'],
});

/** An ISO 8601 calendar date (YYYY-MM-DD); zod's pattern rejects impossible days such as 2020-02-30. */
export const isoDate = () => z.iso.date().max(10);

/** A positive whole number used for ordering (1, 2, 3, …). */
export const ordinal = () => z.int().min(1).max(10_000);

/**
 * A fact that is not in the source document, added by the editors, with where it was seen.
 * Everything inside a record's `editorial` object has this shape.
 */
export const editorial = <T extends z.ZodType>(value: T, description: string) =>
  z
    .strictObject({
      value: value.meta({ description: `Editorial (not in the source document): ${description}` }),
      citation: text(500).meta({ description: 'Where the editors saw the value.' }),
    })
    .meta({ description: `Editorial (not in the source document): ${description}` });

/**
 * An IANA time zone name ("Asia/Shanghai", "UTC", "America/Argentina/Buenos_Aires"). The JSON
 * Schema checks the shape; the validator also checks that the zone exists.
 */
export const TimeZone =
  z
    .string()
    .max(64)
    .regex(/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/, {
      message: 'must be an IANA time zone name such as "Asia/Shanghai" or "UTC"',
    })
    .meta({ id: 'TimeZone', description: 'An IANA time zone name (tz database), such as "Asia/Shanghai".', examples: ['Asia/Shanghai'] });

/**
 * An ISO 3166-1 alpha-2 country code. The JSON Schema checks the shape; the validator also checks
 * that the code is assigned.
 */
export const CountryCode =
  z
    .string()
    .length(2)
    .regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as "CN"' })
    .meta({ id: 'CountryCode', description: 'An ISO 3166-1 alpha-2 country code, such as "CN".', examples: ['CN'] });

/**
 * A well-formed BCP 47 language tag (RFC 5646 `langtag` or `privateuse`): "en", "zh-Hans-CN",
 * "fi", "x-klingon". Case-insensitive, as the RFC says.
 */
export const LanguageTag =
  z
    .string()
    .max(64)
    .regex(
      /^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?|[Xx](?:-[A-Za-z0-9]{1,8})+)$/,
      { message: 'must be a BCP 47 language tag such as "en" or "zh-Hans"' },
    )
    .meta({ id: 'LanguageTag', description: 'A BCP 47 language tag, such as "en" or "zh-Hans".', examples: ['en'] });

/** An RFC 6838 media type, with optional parameters: "text/plain", "text/html; charset=utf-8". */
export const MediaType =
  z
    .string()
    .max(255)
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}\/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}(?:; ?[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}=(?:[A-Za-z0-9!#$&^_.+-]+|"[^"\\\r\n]*"))*$/,
      { message: 'must be a media type such as "text/plain" or "text/html; charset=utf-8"' },
    )
    .meta({ id: 'MediaType', description: 'An RFC 6838 media type, such as "text/plain".', examples: ['text/plain'] });

/**
 * An absolute `http` or `https` URL in ASCII (RFC 3986: other characters percent-encoded, `%`
 * only as `%HH`), so that every validator's `uri` format agrees with the pattern.
 */
export const webUrl = () =>
  z
    .string()
    .max(2000)
    .regex(/^https?:\/\/[A-Za-z0-9\-._~[\]:@!$&'()*+,;=]+(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/, {
      message: 'must be an http or https URL in ASCII (percent-encode other characters), such as "https://example.org/report.html"',
    })
    .meta({ format: 'uri', examples: ['https://example.org/news/2021/symposium.html'] });

export const wikidataId = () =>
  z
    .string()
    .max(20)
    .regex(/^Q[1-9][0-9]*$/, { message: 'must be a Wikidata item id such as "Q956"' });

/**
 * JSON Schema for "at least one of these optional properties is present" (`anyOf`), which zod's
 * `.refine` cannot emit. Each branch names its property so that ajv's strict mode accepts it.
 */
export const requireOneOf = (keys: readonly string[]) => keys.map((key) => ({ properties: { [key]: true }, required: [key] }));

/**
 * An object whose keys are all optional but which, when present, holds at least one of them, so
 * that "absent" and "empty" never mean two different things (the CSV tables cannot tell them apart).
 */
export const nonEmptyObject = <S extends z.ZodRawShape>(shape: S) =>
  z
    .strictObject(shape)
    .refine((value) => Object.keys(value).length > 0, { message: 'must hold at least one field' })
    .meta({ minProperties: 1 });
