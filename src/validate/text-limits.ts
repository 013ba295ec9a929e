/**
 * The limits on one record's text, in any format: the readers and the parser hold input to them,
 * and the table of error codes (error-codes.ts) names them. Constants alone, imported by modules
 * that import ErrorCode and by error-codes.ts itself.
 */

/** The largest record text read, in bytes. */
export const DEFAULT_MAX_RECORD_BYTES = 64 * 1024 * 1024;

/** Deeper than any valid record (the schemas nest about eight levels); deeper input is refused. */
export const MAX_DEPTH = 64;

/** More members than any object of a valid record has (the widest has 24); JSON.parse would make every key. */
export const MAX_MEMBERS = 1000;
