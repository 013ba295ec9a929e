/** A report as text, the same in the command and the page: one line per issue and a summary. */
import type { ValidationIssue, ValidationReport } from './types.ts';

/**
 * Characters that would act on a terminal or a page rather than show, or not show at all: controls
 * (C0, DEL, C1), line and paragraph separators, and format characters (bidirectional overrides and
 * marks such as RLO, LRM, RLM and ALM, zero-width spaces and joiners, U+FEFF, tags). Written as `\u001b`.
 */
const CONTROLS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** `\u001b`, or `\u{e0001}` beyond the Basic Multilingual Plane. */
const codeOf = (char: string): string => {
  const code = char.codePointAt(0) ?? 0;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

export const escapeControls = (text: string): string => text.replace(CONTROLS, codeOf);

/** What JSON.stringify leaves raw of those (it escapes C0 controls itself; its own line ends stay). */
const CONTROLS_LEFT_IN_JSON = /[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]/gu;

/** Each UTF-16 unit of a character as JSON escapes it (a pair for one beyond the Basic Multilingual Plane). */
const jsonEscape = (char: string): string => {
  let escaped = '';
  for (let index = 0; index < char.length; index += 1) escaped += `\\u${char.charCodeAt(index).toString(16).padStart(4, '0')}`;
  return escaped;
};

/** JSON text with the same characters escaped: it parses to the same value. */
export const escapeControlsInJson = (json: string): string => json.replace(CONTROLS_LEFT_IN_JSON, jsonEscape);

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
