/** A report as text, the same in the command and the page: one line per issue and a summary. */
import type { ValidationIssue, ValidationReport } from './types.ts';

const number = (count: number) => count.toLocaleString('en-US');
const plural = (count: number, word: string) => `${number(count)} ${word}${count === 1 ? '' : 's'}`;

/** `file:line:column: /pointer: message [code]`. */
export const issueLine = (issue: ValidationIssue): string => {
  const where = [issue.file ?? '-', issue.line, issue.column].filter((part) => part !== undefined).join(':');
  return `${where}: ${issue.pointer === '' ? '' : `${issue.pointer}: `}${issue.message} [${issue.code}]`;
};

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
