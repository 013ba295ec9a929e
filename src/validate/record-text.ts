/** One record's JSON text (an NDJSON line, a JSON array element) parsed and checked, or why it could not be read. */
import { beginsObject, lineAndColumn, parseRecordText, TOO_DEEP_MESSAGE } from './json-text.ts';
import { notJsonProblem } from './json-values.ts';
import { checkRecord, type CheckContext, type RecordOutcome } from './record-check.ts';
import type { ErrorCode } from './types.ts';

/** Text that is not a record: where in it (line 1 is its first) and what is wrong. */
export interface UnreadableText {
  readonly accepted: 'unreadable';
  readonly lineInText: number;
  readonly column?: number;
  readonly code: ErrorCode;
  readonly message: string;
}

const NOT_AN_OBJECT: RecordOutcome = Object.freeze({ accepted: false, issues: Object.freeze([]) });

/** checkRecordText's outcome for a text known from its bytes to nest too deep. */
export const tooDeepOutcome = (collect: boolean, startsObject: boolean): RecordOutcome | UnreadableText =>
  !collect && !startsObject ? NOT_AN_OBJECT : { accepted: 'unreadable', lineInText: 1, code: 'too-deep', message: TOO_DEEP_MESSAGE };

/** `last`: the text is the end of the input, with no line end after it (a cut may be truncation). */
export const checkRecordText = (context: CheckContext, text: string, collect: boolean, last: boolean): RecordOutcome | UnreadableText => {
  // Once the issue list is full, a text that does not begin an object is only counted, unparsed.
  if (!collect && !beginsObject(text)) return NOT_AN_OBJECT;
  const parsed = parseRecordText(text);
  if (parsed.ok) {
    // A lone surrogate can come only from a `\u` escape: UTF-8 bytes cannot hold one.
    const lone = text.includes('\\u') ? notJsonProblem(parsed.value) : undefined;
    if (lone !== undefined) return collect ? { accepted: false, issues: [lone] } : NOT_AN_OBJECT;
    return checkRecord(context, parsed.value, collect, text.length);
  }
  const { line, column } = parsed.offset === undefined ? { line: 1, column: undefined } : lineAndColumn(text, parsed.offset);
  // A last line without a line end that breaks off at its very end was cut short.
  const cut = last && (parsed.code === 'truncated' || parsed.offset === text.length);
  return {
    accepted: 'unreadable',
    lineInText: line,
    ...(column === undefined ? {} : { column }),
    code: cut ? 'truncated' : parsed.code,
    message: cut ? 'the last line breaks off (the file was truncated?): it has no line end and its JSON is incomplete' : parsed.message,
  };
};
