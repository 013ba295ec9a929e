/**
 * Shows a validation report in the page: the CLI's summary line, then every issue with the
 * CLI's coordinates (file, line, column, record, field) in a table, then the notes. Text from
 * the checked file is only ever set as textContent, never parsed as markup, and with the
 * characters that would reorder or hide what is around them (RLO, LRM, zero-width spaces, …) or
 * act as controls written as `\u202e`, as the command writes them.
 */
import type { ValidationIssue, ValidationReport } from '../validate/browser.ts';

import { escapeControls, issueLine, summaryLine } from '../validate/report-text.ts';

export { issueLine, summaryLine };

const number = (count: number) => count.toLocaleString('en-US');
const plural = (count: number, word: string) => `${number(count)} ${word}${count === 1 ? '' : 's'}`;

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
};

// The CLI's coordinates: line and column in the file, then the field inside the record.
const ISSUE_COLUMNS = ['Line', 'Column', 'Field', 'Problem', 'Code'] as const;

const issueRow = (issue: ValidationIssue) => {
  const row = element('tr');
  const cells = [
    issue.line === undefined ? '' : String(issue.line),
    issue.column === undefined ? '' : String(issue.column),
    issue.pointer === '' ? '(whole record or file)' : escapeControls(issue.pointer),
    escapeControls(issue.message),
    issue.code,
  ];
  cells.forEach((text, index) => {
    const cell = element(index === 0 ? 'th' : 'td', text, index === 2 || index === 4 ? 'code' : undefined);
    if (index === 0) cell.setAttribute('scope', 'row');
    // On a phone each row is a block, each cell under its column's name.
    else cell.dataset['label'] = ISSUE_COLUMNS[index] ?? '';
    row.append(cell);
  });
  row.title = issueLine(issue);
  return row;
};

const issueTable = (report: ValidationReport) => {
  const table = element('table', undefined, 'issues stack');
  const caption = element('caption', `Problems found${report.errorsCapped ? ` (the first ${number(report.errors.length)})` : ''}`);
  const head = element('thead');
  const headRow = element('tr');
  for (const name of ISSUE_COLUMNS) {
    const cell = element('th', name);
    cell.setAttribute('scope', 'col');
    headRow.append(cell);
  }
  head.append(headRow);
  const body = element('tbody');
  for (const issue of report.errors) body.append(issueRow(issue));
  table.append(caption, head, body);
  // A wide table scrolls by itself on a phone; focusable so that keyboard users can scroll it.
  const region = element('div', undefined, 'scroll');
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', 'Problems found');
  region.tabIndex = 0;
  region.append(table);
  return region;
};

/**
 * The command's summary line after the verdict, without its own first word: "Valid. 1 file, …",
 * not "Valid. valid: 1 file, …".
 */
const summaryAfterVerdict = (report: ValidationReport) => summaryLine(report).replace(/^(?:valid|invalid): /u, '');

/** Fills `status` (a live region) with the verdict and `details` with the files, the issues and the notes. */
export const showReport = (report: ValidationReport, status: HTMLElement, details: HTMLElement): void => {
  status.className = report.valid ? 'verdict valid' : 'verdict invalid';
  status.replaceChildren(element('strong', report.valid ? 'Valid.' : 'Not valid.'), ` ${summaryAfterVerdict(report)}`);
  const parts: HTMLElement[] = [];
  if (report.files.length > 0) {
    // In the order they were read: what others refer to first, as the command reads them.
    const list = element('ol', undefined, 'files-checked');
    for (const file of report.files) {
      const what = `${escapeControls(file.file)}: ${file.format ?? ''} checked against the ${file.schema} schema${file.table === undefined ? '' : `, table ${file.table}`} (${plural(file.bytes, 'byte')}, ${plural(file.records, 'record')}).`;
      list.append(element('li', what));
    }
    parts.push(list);
  }
  if (report.errors.length > 0) parts.push(issueTable(report));
  if (report.notes.length > 0) {
    const list = element('ul', undefined, 'notes');
    for (const note of report.notes) list.append(element('li', `Note: ${escapeControls(note)}`));
    parts.push(list);
  }
  details.replaceChildren(...parts);
};

/** A problem that stopped the check before any report (an unreadable file, an unknown format). */
export const showFailure = (message: string, status: HTMLElement, details: HTMLElement): void => {
  status.className = 'verdict invalid';
  status.replaceChildren(element('strong', 'Could not check the file.'), ` ${escapeControls(message)}`);
  details.replaceChildren();
};
