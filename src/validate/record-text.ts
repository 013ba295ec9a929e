/** One record's JSON text (an NDJSON line, a JSON array element) parsed and checked, or why it could not be read. */
import { beginsObject, lineAndColumn, parseRecordText } from './json-text.ts';
import { isJsonText } from './json-syntax.ts';
import { notJsonProblem, readJsonValue } from './json-values.ts';
import { checkRecord, REJECTED, type CheckContext, type RecordOutcome } from './record-check.ts';
import type { ErrorCode } from './types.ts';
import type { TextPlace, TextRecordSink } from './ndjson.ts';

/** Text that is not a record: where in it (line 1 is its first) and what is wrong. */
export interface UnreadableText {
  readonly accepted: 'unreadable';
  readonly lineInText: number;
  readonly column?: number;
  readonly code: ErrorCode;
  readonly message: string;
}

/**
 * Once the issue list is full and a text that began an object failed to parse, texts up to this
 * long are first told apart without JSON.parse (json-syntax.ts): its throw costs as much as parsing
 * a few kilobytes, so a file of millions of lines of `{` took 30 times as long as one of `x`.
 */
const SYNTAX_FIRST_MAX_CHARACTERS = 64 * 1024;

/** Whether the last text checked past the cap began an object and was broken: the next is likely broken too. */
let brokenBefore = false;

/**
 * `last`: the text is the end of the input, with no line end after it (a cut may be truncation).
 * `inherited`, `scanned`: see TextRecordSink.
 */
export const checkRecordText = (context: CheckContext, text: string, collect: boolean, last: boolean, inherited: boolean, scanned = false): RecordOutcome | UnreadableText => {
  // Once the issue list is full, a text that does not begin an object is only counted, unparsed.
  if (!collect && !beginsObject(text)) return REJECTED;
  if (!collect && brokenBefore && text.length <= SYNTAX_FIRST_MAX_CHARACTERS && !isJsonText(text)) return REJECTED;
  const parsed = parseRecordText(text, scanned);
  brokenBefore = !collect && !parsed.ok;
  if (parsed.ok) {
    // Objects JSON.parse makes inherit from Object.prototype: a polluted one would lend them fields,
    // so they are checked as copies without a prototype. Else a lone surrogate can come only from a
    // `\u` escape: UTF-8 bytes cannot hold one.
    const read = inherited ? readJsonValue(parsed.value) : { value: parsed.value, issue: text.includes('\\u') ? notJsonProblem(parsed.value) : undefined };
    if (read.issue !== undefined) return collect ? { accepted: false, issues: [read.issue] } : REJECTED;
    return checkRecord(context, read.value, collect, text.length);
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

/** Where the records of texts are settled: a file's run (file-run.ts), or a part's collector (part-check.ts). */
export interface TextSettler {
  readonly context: CheckContext;
  readonly collect: boolean;
  settle(place: TextPlace, outcome: RecordOutcome): void;
  unreadable(place: TextPlace, code: ErrorCode, message: string, column?: number): void;
}

/** Settles a text's outcome; one that could not be read, at its line in the input. */
const settleText = (target: TextSettler, place: TextPlace, outcome: RecordOutcome | UnreadableText): void =>
  outcome.accepted === 'unreadable'
    ? target.unreadable({ ...place, line: place.line + outcome.lineInText - 1 }, outcome.code, outcome.message, outcome.column)
    : target.settle(place, outcome);

/** Checks each record's text and settles its outcome. */
export const textSink = (target: TextSettler): TextRecordSink => ({
  record: (place, text, last, inherited, scanned) => settleText(target, place, checkRecordText(target.context, text, target.collect, last, inherited, scanned)),
  unreadable: (place, problem) => target.unreadable(place, problem.code, problem.message),
});
