/**
 * The error codes, stable, each with what it means: the one list. `ErrorCode` and the rules'
 * `RuleCode` (src/rules.ts) are derived from it, and the build writes the table of
 * docs/validator.md from it.
 */
import { DEFAULT_MAX_RECORD_BYTES, MAX_DEPTH, MAX_MEMBERS } from './text-limits.ts';

/** The codes of the rules JSON Schema cannot express (src/rules.ts). */
export const RULE_CODES = ['duplicate-id', 'unresolved-reference', 'date-order', 'line-order', 'numbering', 'unknown-time-zone', 'unknown-country'] as const;

export const ERROR_CODE_GROUPS = [
  {
    codes: ['unknown-field', 'missing-field', 'wrong-type', 'not-allowed-value', 'bad-format', 'out-of-range', 'no-matching-variant', 'schema'],
    meaning:
      'the record breaks the JSON Schema (an unknown key, a missing required one, a wrong JSON type, a value outside a closed codelist, a bad date/id/pattern, a length or count out of bounds, an object that fits none of a union’s shapes)',
  },
  {
    codes: RULE_CODES,
    meaning:
      'the record breaks a rule JSON Schema cannot express: an id used twice, a reference to an id that is not there, an end before its start (dates, lines, pages), a numbered list not numbered 1..n, a time zone the tz database does not have, a country code ISO 3166-1 has not assigned',
  },
  {
    codes: ['malformed-json', 'truncated', 'duplicate-json-key', 'too-deep', 'too-large', 'lone-surrogate'],
    meaning: `the text of a record is not valid JSON, breaks off, repeats a key in one object (JSON parsers keep only one), nests deeper than ${MAX_DEPTH} levels, is longer than ${DEFAULT_MAX_RECORD_BYTES / 2 ** 20} MiB or has an object of more than ${MAX_MEMBERS.toLocaleString('en')} members (more than any valid record: it is skipped in bounded memory), or holds half of a UTF-16 surrogate pair (a \`\\uD800\` escape without its pair), which is no character`,
  },
  {
    codes: ['empty-input', 'invalid-utf8', 'unsupported-encoding', 'binary-input'],
    meaning:
      'the file is empty, not UTF-8 (Latin-1, GBK, UTF-16, …: save it as UTF-8; a UTF-8 BOM is fine) or binary (a NUL byte anywhere stops reading the file: `/dev/zero` ends)',
  },
  {
    codes: ['csv-malformed', 'csv-ragged-row', 'csv-unknown-column', 'csv-missing-column', 'csv-duplicate-column', 'csv-unknown-table', 'duplicate-key', 'csv-orphan-row'],
    meaning:
      'CSV problems: unparseable (or separated by `;` or tabs instead of commas), a row with the wrong number of fields, a header that does not fit the table or repeats a column, a repeated primary key, a child row whose parent row is missing',
  },
] as const;

/** The `code` of every error the validator reports. */
export type ErrorCode = (typeof ERROR_CODE_GROUPS)[number]['codes'][number];

/** Every error code, in the order of the list. */
export const ERROR_CODES: readonly ErrorCode[] = ERROR_CODE_GROUPS.flatMap((group) => group.codes);
