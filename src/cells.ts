/**
 * How CSV cells are read, one rule for the build (rows.ts, xlsx.ts, sqlite.ts, formula-guard.ts)
 * and the validator (csv-table.ts): which cells are numbers, and which begin as a spreadsheet
 * formula would.
 */
import type { ColumnInfo } from './validate/types.ts';

/** A column's type, as the validator's published ColumnInfo declares it (which must need nothing outside src/validate/). */
export type CellType = ColumnInfo['type'];

/** A number as the tables write one: decimal digits, with a minus and a fraction if any (no exponent, no `+`). */
const NUMBER = /^-?\d+(?:\.\d+)?$/u;

/**
 * The value a cell stands for in a column of `type`: a number or a boolean when it reads as one,
 * else the text as it is (which the schema then reports as the wrong type).
 */
export const cellValue = (cell: string, type: CellType): unknown => {
  if (type === 'integer' || type === 'number') {
    const number = Number(cell);
    return NUMBER.test(cell) && Number.isFinite(number) ? number : cell;
  }
  if (type === 'boolean') return cell === 'true' ? true : cell === 'false' ? false : cell;
  return cell;
};

/**
 * First characters that make a spreadsheet run a cell as a formula (CSV injection, OWASP), with the
 * full-width and small forms some spreadsheets fold to them.
 */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫'];

/** The triggers as a message names them: the printable ASCII ones (the others are white space, or their full-width and small forms). */
export const PRINTABLE_TRIGGERS: readonly string[] = FORMULA_TRIGGERS.filter((character) => character > ' ' && character <= '~');

const TRIGGER_CODES: ReadonlySet<number> = new Set(FORMULA_TRIGGERS.map((character) => character.charCodeAt(0)));

/** Below every full-width or small trigger and above every ASCII one. */
const FIRST_WIDE_TRIGGER = 0xfe62;

/**
 * A signed number (`-5`, `+1.5`, `-.5`, `-1e5`) begins with a trigger, but a spreadsheet reads it
 * as a number; only the whole cell counts (`-2+3+cmd|' /C calc'!A0` begins as a number and is a
 * formula).
 */
const SIGNED_NUMBER = /^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/u;

/**
 * What counts as a formula, the one difference between the two users of this rule. The package's
 * own files (the build, formula-guard.ts) take OWASP's rule as it is: no cell begins with a
 * trigger, a signed number included, so that they pass any scanner that follows that rule and
 * need no reader to tell a number from a formula (a person edits the record instead). Files of
 * others (the validator, which only warns) are told of what a spreadsheet would run: a signed
 * number is excepted, since numbers are common there and no spreadsheet runs one.
 */
export type FormulaRule = 'any-trigger' | 'numbers-excepted';

/** The trigger a cell begins with, when `rule` counts the cell as a formula; undefined otherwise. */
export const formulaTrigger = (cell: string, rule: FormulaRule): string | undefined => {
  const first = cell.charCodeAt(0);
  // Most cells are ruled out by their first character without a look-up (this runs on every cell).
  if (first < FIRST_WIDE_TRIGGER && first !== 0x3d && first !== 0x2b && first !== 0x2d && first !== 0x40 && first !== 0x09 && first !== 0x0d && first !== 0x0a) return undefined;
  if (!TRIGGER_CODES.has(first) || (rule === 'numbers-excepted' && SIGNED_NUMBER.test(cell))) return undefined;
  return cell.charAt(0);
};

/** Whether a spreadsheet would run the cell as a formula (the validator's rule: a signed number is not one). */
export const looksLikeFormula = (cell: string): boolean => formulaTrigger(cell, 'numbers-excepted') !== undefined;
