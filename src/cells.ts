/**
 * How CSV cells are read, one rule for the build (flatten.ts, formula-guard.ts) and the validator
 * (csv-table.ts): which cells are numbers, and which begin as a spreadsheet formula would.
 */

export type CellType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

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
 * full-width and small forms some spreadsheets fold to them. The build refuses them in the package's
 * own files; the validator notes them in files of others.
 */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫'];

const TRIGGER_CODES: ReadonlySet<number> = new Set(FORMULA_TRIGGERS.map((character) => character.charCodeAt(0)));

/** Below every full-width or small trigger and above every ASCII one. */
const FIRST_WIDE_TRIGGER = 0xfe62;

/** The trigger a cell begins with, if any. */
export const formulaTrigger = (cell: string): string | undefined => {
  const first = cell.charCodeAt(0);
  // Most cells are ruled out by their first character without a look-up (this runs on every cell).
  if (first < FIRST_WIDE_TRIGGER && first !== 0x3d && first !== 0x2b && first !== 0x2d && first !== 0x40 && first !== 0x09 && first !== 0x0d && first !== 0x0a) return undefined;
  return TRIGGER_CODES.has(first) ? cell.charAt(0) : undefined;
};

/**
 * A signed number (`-5`, `+1.5`, `-.5`, `-1e5`) begins with a trigger but is no formula; only the
 * whole cell counts (`-2+3+cmd|' /C calc'!A0` begins as a number and is a formula).
 */
const SIGNED_NUMBER = /^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?$/u;

/** Whether a spreadsheet would run the cell as a formula: it begins with a trigger and is not a signed number. */
export const looksLikeFormula = (cell: string): boolean => formulaTrigger(cell) !== undefined && !SIGNED_NUMBER.test(cell);
