/**
 * Refuses CSV cells that a spreadsheet may run as a formula (CSV/formula injection, OWASP): no cell
 * begins with one of src/cells.ts's FORMULA_TRIGGERS, by its `any-trigger` rule (a signed number
 * too: see FormulaRule there).
 *
 * The build fails instead of escaping (for example with a leading `'`), because escaping would
 * change the published values: a record that trips this must be looked at by a person.
 */
import { FORMULA_TRIGGERS, formulaTrigger } from '../../src/cells.ts';
import type { BuildProblem } from './build-types.ts';

export { FORMULA_TRIGGERS };

const describeTrigger = (character: string) =>
  ({ '\t': 'a tab', '\r': 'a carriage return', '\n': 'a line feed' })[character] ??
  `"${character}" (U+${character.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')})`;

/** Shortens a long value for a message, keeping its beginning (where the trouble is). */
const excerpt = (value: string) => JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);

/**
 * Every cell of `cells` (header row first) that begins with a formula trigger, as build problems.
 * Rows are numbered as a spreadsheet shows them: the header is row 1, the first record row 2.
 */
export const formulaInjectionProblems = (table: string, files: readonly string[], cells: readonly (readonly string[])[]): BuildProblem[] => {
  const header = cells[0] ?? [];
  const problems: BuildProblem[] = [];
  cells.forEach((row, rowIndex) =>
    row.forEach((value, columnIndex) => {
      const trigger = formulaTrigger(value, 'any-trigger');
      if (trigger === undefined) return;
      problems.push({
        file: files.join(' and '),
        pointer: `table ${table}, row ${rowIndex + 1}, column ${header[columnIndex] ?? columnIndex + 1}`,
        message:
          `the value ${excerpt(value)} begins with ${describeTrigger(trigger)}, which a spreadsheet may run as a formula. ` +
          'The build does not alter data: reword the value in data/ or change how this field is written.',
      });
    }),
  );
  return problems;
};
