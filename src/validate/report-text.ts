/** A report as text, the same in the command and the page: one line per issue and a summary. */
import type { ValidationIssue, ValidationReport } from './types.ts';

/** Characters that would act on a terminal rather than show (controls, line separators, bidirectional overrides): written as `\u001b`. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

export const escapeControls = (text: string): string =>
  text.replace(CONTROLS, (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);

/** What JSON.stringify leaves raw of those (it escapes C0 controls itself; its own line ends stay). */
const CONTROLS_LEFT_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** JSON text with the same characters escaped: it parses to the same value. */
export const escapeControlsInJson = (json: string): string =>
  json.replace(CONTROLS_LEFT_IN_JSON, (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);

const number = (count: number) => count.toLocaleString('en-US');
const plural = (count: number, word: string) => `${number(count)} ${word}${count === 1 ? '' : 's'}`;

/** `file:line:column: /pointer: message [code]`. */
export const issueLine = (issue: ValidationIssue): string => {
  const where = [issue.file ?? '-', issue.line, issue.column].filter((part) => part !== undefined).join(':');
  return escapeControls(`${where}: ${issue.pointer === '' ? '' : `${issue.pointer}: `}${issue.message} [${issue.code}]`);
};

/** A note, as the command prints it. */
export const noteLine = (note: string): string => escapeControls(`note: ${note}`);

/** The summary line; `moreHint` follows the count of errors shown when they were capped. */
export const summaryLine = (report: ValidationReport, moreHint = ''): string => {
  const files = plural(report.files.length, 'file');
  const records = plural(report.records, 'record');
  if (report.valid) return `valid: ${files}, ${records}, no errors`;
  const inputErrors = report.files.reduce((sum, file) => sum + file.inputErrors, 0);
  const parts = [`${number(report.validRecords)} valid`, `${number(report.invalidRecords)} invalid`];
  if (inputErrors > 0) parts.push(plural(inputErrors, 'input error'));
  const shown = report.errorsCapped ? `; showing the first ${plural(report.errors.length, 'error')}${moreHint}` : '';
  return `invalid: ${files}, ${records}: ${parts.join(', ')}${shown}`;
};
