/**
 * Refuses text outputs that hold a character their formats cannot carry: NUL and the other C0
 * controls but tab, LF and CR, and the noncharacters U+FFFE and U+FFFF. XML cannot hold them (the
 * workbook's strings are XML), a NUL makes a CSV file binary to most tools (this package's validator
 * included), and ESC acts on a terminal. The schemas refuse them in every text field; this holds
 * for any text that reaches a file, whatever field or file it came from. The workbook and the
 * database hold the cells of the CSV files, which are checked here.
 */
import type { BuildProblem } from './build-types.ts';

const UNCARRIED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/u;

/** The first such character of each text file, with its line and column, as build problems. */
export const uncarriedCharacterProblems = (files: ReadonlyMap<string, string | Uint8Array>): BuildProblem[] =>
  [...files].flatMap(([name, content]) => {
    const found = typeof content === 'string' ? UNCARRIED.exec(content) : null;
    if (found === null) return [];
    const before = content.slice(0, found.index) as string;
    const line = before.split('\n').length;
    const column = found.index - before.lastIndexOf('\n');
    const code = (found[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
    return [
      {
        file: `dist/${name}`,
        pointer: '',
        location: `line ${line}, column ${column}`,
        message: `U+${code}, a control character or noncharacter that this format cannot carry, comes from the data or the text around it: remove it from data/ (the schemas refuse it in record texts) or from the code that writes this file.`,
      },
    ];
  });
