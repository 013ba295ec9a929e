/** One record's JSON text (an NDJSON line, a JSON array element) parsed and checked, or why it could not be read. */
import { beginsObject, lineAndColumn, LONG_TEXT, parseRecordText } from './json-text.ts';
import { isJsonText } from './json-syntax.ts';
import { notJsonProblem, readJsonValue } from './json-values.ts';
import { checkRecord, REJECTED, type CheckContext, type RecordOutcome } from './record-check.ts';
import type { InputProblem } from './bytes.ts';
import type { RecordPlace } from './ledger.ts';

/** Where a record is in its input: a place with its file, line and record number. */
export type TextPlace = RecordPlace & { readonly file: string; readonly line: number; readonly record: number };

/** Where the records of texts are settled, in input order: a file's run (file-run.ts), or a part's collector (part-check.ts). */
export interface TextSettler {
  readonly context: CheckContext;
  readonly collect: boolean;
  /** Whether the last text checked past the cap began an object and was broken: the next is likely broken too. */
  brokenBefore: boolean;
  settle(place: TextPlace, outcome: RecordOutcome): void;
  /** A record that could not be read (not JSON, too long, not UTF-8, nested too deep or too wide): counted invalid. */
  unreadable(place: TextPlace, problem: InputProblem, column?: number): void;
}

/**
 * Checks a record's text and settles its outcome; a text that could not be read, at its line in the
 * input. `last`: the text ends the input with no line end after it (a cut may be truncation).
 * `inherited`: Object.prototype holds more than its standard properties (readers look once per
 * chunk: no other code runs while one is read). `scanned`: its nesting was measured on its bytes,
 * and was within bounds.
 */
export const checkRecordText = (target: TextSettler, place: TextPlace, text: string, last: boolean, inherited: boolean, scanned = false): void => {
  const { collect } = target;
  // Once the issue list is full, a text that does not begin an object is only counted, unparsed.
  if (!collect && !beginsObject(text)) return target.settle(place, REJECTED);
  // Once a text that began an object failed to parse, the next (not long) is told apart without
  // JSON.parse first: a throw costs as much as parsing a few kilobytes.
  if (!collect && target.brokenBefore && text.length <= LONG_TEXT && !isJsonText(text)) return target.settle(place, REJECTED);
  const parsed = parseRecordText(text, scanned);
  target.brokenBefore = !collect && !parsed.ok;
  if (parsed.ok) {
    // Objects JSON.parse makes inherit from Object.prototype: a polluted one would lend them fields,
    // so they are checked as copies without a prototype. Else a lone surrogate can come only from a
    // `\u` escape: UTF-8 bytes cannot hold one.
    const read = inherited ? readJsonValue(parsed.value) : { value: parsed.value, issue: text.includes('\\u') ? notJsonProblem(parsed.value) : undefined };
    if (read.issue !== undefined) return target.settle(place, collect ? { accepted: false, issues: [read.issue] } : REJECTED);
    return target.settle(place, checkRecord(target.context, read.value, collect, text.length));
  }
  const { line, column } = parsed.offset === undefined ? { line: 1, column: undefined } : lineAndColumn(text, parsed.offset);
  // A last line without a line end that breaks off at its very end was cut short.
  const cut = last && (parsed.code === 'truncated' || parsed.offset === text.length);
  const problem = cut
    ? { code: 'truncated' as const, message: 'the last line breaks off (the file was truncated?): it has no line end and its JSON is incomplete' }
    : { code: parsed.code, message: parsed.message };
  target.unreadable({ ...place, line: place.line + line - 1 }, problem, column);
};
