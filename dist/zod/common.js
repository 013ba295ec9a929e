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
import { limits } from './limits.js';
// ---- Characters, as pattern text (see above for why they are written this way).
/** Line breaks: LF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
const LINE_BREAKS = '\\n\\r\u0085\u2028\u2029';
/** White space: JavaScript's `\s` and Python's (which adds U+001C–U+001F and U+0085). */
const WHITE_SPACE = '\\t\\n\\x0b\\x0c\\r \\x1c-\\x1f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
/**
 * What a text may not hold anywhere: line breaks, control characters other than the tab, and the
 * two noncharacters U+FFFE and U+FFFF (XML, and so a workbook, cannot hold them).
 */
const FORBIDDEN = '\\x00-\\x08\\n-\\x1f\\x7f-\\x9f\u2028\u2029\ufffe\uffff';
const patternRules = new Map();
/** Registers a pattern with its message; one pattern has one message wherever it is used. */
const rule = (pattern, message) => {
    const known = patternRules.get(pattern);
    if (known !== undefined && known !== message)
        throw new Error(`pattern ${pattern} has two messages`);
    patternRules.set(pattern, message);
    return { pattern, message };
};
/** Every pattern of the schemas (in `pattern` or inside `not`) with its message, for the validator. */
export const patternMessages = () => patternRules;
/**
 * A free text that is good: at least one character, none of FORBIDDEN, and no white space at either
 * end. Written as the pattern of a bad one, for `not`: `$` can then only find more faults.
 */
export const TEXT_FAULT = rule(`^[${WHITE_SPACE}]|[${WHITE_SPACE}]$|[${FORBIDDEN}]`, 'must not begin or end with white space, nor contain line breaks or control characters');
/** The guard of every pattern of variable length: no line break (see above). */
export const LINE_BREAK = rule(`[${LINE_BREAKS}]`, 'must not contain line breaks');
/** Compiles a pattern of this file as zod runs it (JavaScript, Unicode mode). */
const regExp = (pattern) => new RegExp(pattern, 'u');
const TEXT_FAULT_RE = regExp(TEXT_FAULT.pattern);
const LINE_BREAK_RE = regExp(LINE_BREAK.pattern);
/** Length in Unicode code points, as JSON Schema's `maxLength` counts it. */
export const codePointLength = (value) => {
    let count = 0;
    for (const _ of value)
        count += 1;
    return count;
};
/**
 * zod's `.max()` counts UTF-16 code units while JSON Schema validators count code points, so the
 * two would disagree on text outside the Basic Multilingual Plane: this counts code points in zod
 * and writes the same bound as `maxLength` into the JSON Schema.
 */
const atMost = (schema, max) => schema.refine((value) => value.length <= max || codePointLength(value) <= max, { message: `must be at most ${max} characters long` }).meta({ maxLength: max });
/** A string that matches a pattern of this file (and, where its length varies, has no line break). */
const patterned = (max, { pattern, message }, fixedLength = false) => {
    const base = z.string().regex(regExp(pattern), { message, abort: true });
    const guarded = fixedLength ? base : base.refine((value) => !LINE_BREAK_RE.test(value), { message: LINE_BREAK.message, abort: true });
    return atMost(guarded, max).meta({ pattern, ...(fixedLength ? {} : { not: { pattern: LINE_BREAK.pattern } }) });
};
/** A non-empty, trimmed, single-line text of at most `max` code points, with no control characters. */
export const text = (max) => atMost(z
    .string()
    // `abort` stops at the first failed check, so that each bad value gets one clear message.
    .min(1, { message: 'must not be empty', abort: true })
    .refine((value) => !TEXT_FAULT_RE.test(value), { message: TEXT_FAULT.message, abort: true }), max).meta({ not: { pattern: TEXT_FAULT.pattern } });
/** Marks a quotation in the JSON Schema (a standard `$comment`); the tables and tests read it. */
export const VERBATIM_COMMENT = 'Verbatim: copied from the source document, line breaks folded to single spaces.';
const QuoteText = text(limits.quotation.max).meta({
    id: 'Quote',
    title: 'Quote',
    description: 'Text copied verbatim from the source document, line breaks folded to single spaces.',
    $comment: VERBATIM_COMMENT,
});
const NameText = text(limits.name.max).meta({ id: 'Name', title: 'Name', description: 'A name or a title.' });
const PrintedNameText = text(limits.name.max).meta({
    id: 'PrintedName',
    title: 'Printed name',
    description: 'A name or a title as printed in the source document (verbatim).',
    $comment: VERBATIM_COMMENT,
});
const NoteText = text(limits.note.max).meta({ id: 'Note', title: 'Note', description: "An editors' note: where a value was seen, or why it is given." });
/**
 * Marks words as printed that stand inside another quoted value of the same record (its JSON
 * Schema `$comment`): they are not placed in the source on their own, as the value they stand in
 * is. It must not begin with "Verbatim", which marks the values that are placed.
 */
export const PRINTED_WITHIN_COMMENT = 'As printed: words that stand inside another quoted value of the record (the description says which); placed with that value.';
const PrintedWithinText = text(limits.name.max).meta({
    id: 'PrintedWithin',
    title: 'Words as printed within a quotation',
    description: 'Words as printed, verbatim, that stand inside another quoted value of the record.',
    $comment: PRINTED_WITHIN_COMMENT,
});
/** A quotation: text copied verbatim from the source document. */
export const quote = () => QuoteText;
/** A name or title as printed in the source document (verbatim, like a quotation). */
export const printedName = () => PrintedNameText;
/** A name or title (not necessarily as printed: an editorial name, a descriptive title). */
export const name = () => NameText;
/** An editors' note: a citation or a rationale. */
export const note = () => NoteText;
/** Words as printed inside another quoted value of the record (a mention's words, a name in its evidence). */
export const printedWithin = () => PrintedWithinText;
/** A record id: a lower-case slug. */
const SLUG = rule('^[a-z0-9]+(?:-[a-z0-9]+)*$', 'must be a lower-case slug such as "wang-zhigang" (a-z, 0-9, single hyphens)');
const slug = () => patterned(limits.id.max, SLUG);
/** What the validator checks of an id that JSON Schema cannot (said where a third party reads). */
const idRules = (dataset, aRecord) => `In a record's own \`id\` it must be unique in ${dataset}; in any other field it must be the id of ${aRecord} in ${dataset} (\`${dataset}.json\`, \`${dataset}.csv\`). JSON Schema cannot check either; \`china-st-meetings validate\` does.`;
export const MeetingId = slug().meta({
    id: 'MeetingId',
    description: `The id of a meeting (a lower-case slug). ${idRules('meetings', 'a meeting')}`,
    examples: ['national-st-work-conference-2020'],
});
export const PersonId = slug().meta({
    id: 'PersonId',
    description: `The id of a person (a lower-case slug of the name). ${idRules('people', 'a person')}`,
    examples: ['wang-zhigang'],
});
export const OrganizationId = slug().meta({
    id: 'OrganizationId',
    description: `The id of an organization (a lower-case slug). ${idRules('organizations', 'an organization')}`,
    examples: ['most'],
});
export const SourceId = slug().meta({
    id: 'SourceId',
    description: `The id of a source document (a lower-case slug). ${idRules('sources', 'a source document')}`,
    examples: ['most-newsletter-2020-01'],
});
export const DocumentId = slug().meta({
    id: 'DocumentId',
    description: `The id of a document, doctrine, strategy, plan or instructions (a lower-case slug). ${idRules('documents', 'a document')}`,
    examples: ['xi-jinping-thought-on-diplomacy'],
});
export const SeriesId = slug().meta({
    id: 'SeriesId',
    description: `The id of a series of meetings (a lower-case slug). ${idRules('series', 'a series')}`,
    examples: ['national-st-work-conference'],
});
// ---- Dates, as patterns that know the calendar (a year from 0001 to 9999).
const YEAR = '(?:[0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})';
const LEAP_YEAR = '(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][48]|[2468][048]|[13579][26])00)';
const MONTH = '(?:0[1-9]|1[0-2])';
const MONTH_DAY = '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))';
const DAY = `${YEAR}-${MONTH_DAY}|${LEAP_YEAR}-02-29`;
const DATE = rule(`^(?:${DAY})$`, 'must be a real calendar date written YYYY-MM-DD (years 0001 to 9999)');
const PARTIAL_DATE = rule(`^(?:${DAY}|${YEAR}-${MONTH}|${YEAR})$`, 'must be a real calendar date written YYYY-MM-DD, or a month YYYY-MM, or a year YYYY (years 0001 to 9999)');
/** An ISO 8601 calendar date (YYYY-MM-DD); the pattern rejects impossible days such as 2020-02-30. */
export const IsoDate = patterned(10, DATE, true).min(10).meta({
    id: 'IsoDate',
    title: 'Date',
    description: 'An ISO 8601 calendar date, YYYY-MM-DD, with a year from 0001 to 9999; impossible days such as 2020-02-30 are refused.',
    examples: ['2020-01-10'],
});
export const isoDate = () => IsoDate;
/** A date known to the day, the month or the year (ISO 8601 at reduced precision: YYYY-MM-DD, YYYY-MM, YYYY). */
export const PartialDate = patterned(10, PARTIAL_DATE).meta({
    id: 'PartialDate',
    title: 'Partial date',
    description: 'An ISO 8601 date at the precision known: a day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY), with a year from 0001 to 9999.',
    examples: ['2020-01-13', '2020-01', '2020'],
});
/** A positive whole number within a bound of schema/limits.ts. */
const positive = (max) => z.int().min(1).max(max);
/** The number of an item of a numbered list (a priority, a remark): 1, 2, 3, … */
export const ordinal = () => positive(limits.number.max);
/** A line number of a plain-text source (1-based). */
export const lineNumber = () => positive(limits.line.max);
/** A page number of a printed source (1-based). */
export const pageNumber = () => positive(limits.page.max);
/**
 * A fact that is not in the source document, added by the editors, with where it was seen.
 * Everything inside a record's `editorial` object has this shape.
 */
export const editorial = (value, description) => z
    .strictObject({
    value: value.meta({ description: `Editorial (not in the source document): ${description}` }),
    citation: note().meta({ description: 'Where the editors saw the value: a specific work (title and publisher, with a URL or an identifier where one is known).' }),
})
    .meta({ description: `Editorial (not in the source document): ${description}` });
/**
 * An IANA time zone name ("Asia/Shanghai", "UTC", "America/Argentina/Buenos_Aires"). The JSON
 * Schema checks the shape; the validator also checks that the zone exists.
 */
export const TimeZone = patterned(limits.timeZone.max, rule('^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$', 'must be an IANA time zone name such as "Asia/Shanghai" or "UTC"')).meta({
    id: 'TimeZone',
    description: 'An IANA time zone name (tz database), such as "Asia/Shanghai". It must be a zone of the tz database: JSON Schema cannot check that; `china-st-meetings validate` does.',
    examples: ['Asia/Shanghai'],
});
/**
 * An ISO 3166-1 alpha-2 country code. The JSON Schema checks the shape; the validator also checks
 * that the code is assigned (or is XK, Kosovo's user-assigned code).
 */
export const CountryCode = patterned(2, rule('^[A-Z]{2}$', 'must be an ISO 3166-1 alpha-2 code such as "CN"'), true)
    .min(2)
    .meta({
    id: 'CountryCode',
    description: 'An ISO 3166-1 alpha-2 country code, such as "CN": an assigned code, or XK (Kosovo, user-assigned, as the European Union and CLDR use it). JSON Schema checks only the shape; `china-st-meetings validate` checks that the code is one of these.',
    examples: ['CN'],
});
/**
 * A well-formed BCP 47 language tag (RFC 5646 `langtag` or `privateuse`): "en", "zh-Hans-CN",
 * "fi", "x-klingon". Case-insensitive, as the RFC says.
 */
export const LanguageTag = patterned(limits.languageTag.max, rule('^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?|[Xx](?:-[A-Za-z0-9]{1,8})+)$', 'must be a BCP 47 language tag such as "en" or "zh-Hans"')).meta({ id: 'LanguageTag', description: 'A BCP 47 language tag, such as "en" or "zh-Hans".', examples: ['en'] });
/** An RFC 6838 media type, with optional parameters: "text/plain", "text/html; charset=utf-8". */
const TOKEN = '[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}';
export const MediaType = patterned(limits.mediaType.max, rule(`^${TOKEN}/${TOKEN}(?:; ?${TOKEN}=(?:[A-Za-z0-9!#$&^_.+-]+|"[^"\\\\\\r\\n]*"))*$`, 'must be a media type such as "text/plain" or "text/html; charset=utf-8"')).meta({ id: 'MediaType', description: 'An RFC 6838 media type, such as "text/plain".', examples: ['text/plain'] });
// ---- Web addresses: absolute http(s) IRIs (RFC 3987), so non-ASCII characters are allowed as they are.
/** Never in an address: controls, space, `"<>\^`{|}` and Unicode white space. */
const URL_EXCLUDED = `\\x00-\\x20\\x7f-\\x9f"<>\\\\^\`{|}\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\ufffe\uffff`;
/**
 * The parts as plain classes, each ending where the next begins (`:`, `/`, `?`, `#`), so that no
 * part can give back what it read. A repeated group such as `(?:[…]|%[0-9A-F]{2})*` would say the
 * same, but recursive engines (C++'s std::regex) stop on it after some thousand characters; `%`
 * escapes are checked by the `not` pattern instead.
 */
const URL = rule([
    // No user information (`user@`): a published address never needs it.
    '^https?://',
    `(?:\\[[0-9A-Fa-f:.]+\\]|[^${URL_EXCLUDED}:/?#\\[\\]@]+)`, // host: an IP literal or a name
    '(?::[0-9]*)?', // port
    `(?:/[^${URL_EXCLUDED}?#\\[\\]]*)?`, // path
    `(?:\\?[^${URL_EXCLUDED}#\\[\\]]*)?`, // query
    `(?:#[^${URL_EXCLUDED}#\\[\\]]*)?`, // fragment
    '$',
].join(''), 'must be an absolute http or https address, such as "https://example.org/report.html" (no spaces, no user name)');
/** A `%` that does not begin a `%HH` escape, or a line break (the guard of every pattern). */
const URL_FAULT = rule(`[${LINE_BREAKS}]|%(?:[^0-9A-Fa-f]|[0-9A-Fa-f][^0-9A-Fa-f])|%[0-9A-Fa-f]?$`, 'must write "%" only as a %HH escape, and hold no line break');
const URL_FAULT_RE = regExp(URL_FAULT.pattern);
export const webUrl = () => atMost(z
    .string()
    .regex(regExp(URL.pattern), { message: URL.message, abort: true })
    .refine((value) => !URL_FAULT_RE.test(value), { message: URL_FAULT.message, abort: true }), limits.url.max).meta({
    pattern: URL.pattern,
    not: { pattern: URL_FAULT.pattern },
    description: 'An absolute http or https address (an IRI: non-ASCII characters may be written as they are).',
    examples: ['https://example.org/news/2021/symposium.html'],
});
// ---- Paths inside the package.
/** A character of a file name that every file system takes (no controls, no `/\:*?"<>|`). */
const PATH_CHARACTER = '[^\\x00-\\x1f\\x7f/\\\\:*?"<>|]';
const PATH_NOT_DOT = '[^\\x00-\\x1f\\x7f/\\\\:*?"<>|.]';
/** One step of a path: not `.` and not `..`. */
const PATH_STEP = `(?:${PATH_NOT_DOT}${PATH_CHARACTER}*|\\.${PATH_NOT_DOT}${PATH_CHARACTER}*|\\.\\.${PATH_CHARACTER}+)`;
export const packagePath = () => patterned(limits.path.max, rule(`^${PATH_STEP}(?:/${PATH_STEP})*$`, 'must be a relative path inside the package, such as "data/source/report.txt" (no "..", no leading "/")'));
/** A JSON Pointer into a record (RFC 6901): `/place`, `/remarks/0/text`. */
export const jsonPointer = () => patterned(limits.pointer.max, rule('^(?:/(?:[^~/\\x00-\\x1f]|~[01])*)+$', 'must be a JSON Pointer into the record, such as "/place" (RFC 6901)'));
export const wikidataId = () => patterned(limits.wikidataId.max, rule('^Q[1-9][0-9]*$', 'must be a Wikidata item id such as "Q956"'));
export const sha256 = () => patterned(64, rule('^[0-9a-f]{64}$', 'must be 64 lower-case hexadecimal digits'), true).min(64);
/**
 * The sentence a record schema's description ends with: the rules a third party's JSON Schema
 * validator does not check (JSON Schema cannot express them), which `china-st-meetings validate` does.
 */
export const beyondJsonSchema = (rules) => ` Beyond this schema, \`china-st-meetings validate\` checks what JSON Schema cannot express: ${[...rules, 'no text holds a lone surrogate (half of a UTF-16 pair)'].join('; ')}.`;
/** An optional list: absent, or one to `max` items (never empty, which a CSV table cannot tell from absent). */
export const optionalList = (item, max = limits.references.max) => z.array(item).min(1).max(max).exactOptional();
/**
 * The meta of a field kept valid for records written before its successor, which this package's
 * own data uses instead: JSON Schema's `deprecated` annotation, and a description that names the
 * successor (the data dictionary and the TypeScript declarations show both).
 */
export const deprecated = (what, successor) => ({
    deprecated: true,
    description: `${what} Deprecated: use ${successor} instead; this field stays valid.`,
});
/**
 * JSON Schema for "at least one of these optional properties is present" (`anyOf`), which zod's
 * `.refine` cannot emit. Each branch names its property so that ajv's strict mode accepts it.
 */
export const requireOneOf = (keys) => keys.map((key) => ({ properties: { [key]: true }, required: [key] }));
/**
 * An object whose keys are all optional but which, when present, holds at least one of them, so
 * that "absent" and "empty" never mean two different things (the CSV tables cannot tell them apart).
 */
export const nonEmptyObject = (shape) => z
    .strictObject(shape)
    .refine((value) => Object.keys(value).length > 0, { message: 'must hold at least one field' })
    .meta({ minProperties: 1 });
/** A record's facts that the source does not give (each an `editorial` value with its citation), when the editors add any. */
export const editorialFacts = (thing, shape) => nonEmptyObject(shape)
    .exactOptional()
    .meta({ description: `Facts about the ${thing} that are not in the source document, each with where it was seen.` });
