/**
 * Our verdict on a document, as a JSON Schema validator should give it: the package's validator,
 * less the rules that JSON Schema cannot express. A document whose only errors have one of these
 * codes is valid against the published schemas, so every third-party validator must accept it.
 */
import { createHash } from 'node:crypto';
import type { ErrorCode, RecordResult, ValidateOptions } from '../../src/validate/index.ts';
import type { CorpusDocument } from './documents.ts';

/**
 * Each code left out of our verdict, and why JSON Schema cannot check it (the table "What a JSON
 * Schema validator does not check" of docs/validator.md, less its CSV-only row). `lone-surrogate`
 * is the code the validator gets for issue 20.
 */
export const EXCLUDED_CODES: Readonly<Partial<Record<ErrorCode | 'lone-surrogate', string>>> = {
  'duplicate-id': 'ids unique across the records of a dataset (and across files): `uniqueItems` compares whole items, never one field of them',
  'duplicate-json-key': 'a key repeated in one object of the JSON text: parsers keep one of the two before any validator sees the value',
  'duplicate-key': 'a CSV primary key repeated across rows: a property of the table, not of one value',
  'unresolved-reference': 'an id that names a record of another dataset or file: a schema sees one document and cannot look up another',
  'date-order': 'the end date not before the start date: JSON Schema cannot compare two values of an instance',
  'line-order': 'the last line (or page) not before the first: the same comparison of two values',
  numbering: 'remarks and priorities numbered 1..n in order: a value compared with its position in a list',
  'unknown-time-zone': 'a time zone that the tz database has: the shape is in the schema, the list of zones (which changes with each tz release) is not',
  'unknown-country': 'a country code that ISO 3166-1 has assigned: the shape is in the schema, the list of assigned codes (which changes) is not',
  'lone-surrogate': 'a string holding half of a UTF-16 surrogate pair: not Unicode, below the JSON data model; engines accept it or stop on it',
};

export type Verdict = 'valid' | 'invalid';

export interface OurVerdict {
  /** What a JSON Schema validator must say: invalid when any error outside EXCLUDED_CODES remains. */
  readonly verdict: Verdict;
  /** Every code our validator reports, excluded ones too, sorted and without repeats. */
  readonly codes: readonly string[];
}

export type ValidateRecord = (value: unknown, options?: ValidateOptions) => RecordResult;

export const ourVerdict = (validateRecord: ValidateRecord, document: CorpusDocument): OurVerdict => {
  const { errors } = validateRecord(document.instance, { schema: document.schema });
  const codes = [...new Set(errors.map((error) => error.code))].sort();
  return { verdict: codes.some((code) => !(code in EXCLUDED_CODES)) ? 'invalid' : 'valid', codes };
};

/** One digest of our verdicts: the committed matrix holds the one it was made with. */
export const oursDigest = (documents: readonly CorpusDocument[], verdicts: readonly OurVerdict[]): string => {
  const hash = createHash('sha256');
  documents.forEach((document, index) => hash.update(`${document.id}\t${verdicts[index]?.verdict ?? ''}\n`));
  return hash.digest('hex');
};
