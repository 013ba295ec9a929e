/**
 * Files with one job and functions a reader can hold in mind: no source file of src/, scripts/ or
 * schema/ is longer than 450 lines, and no function in them longer than 100 (the tests aside).
 * Function lengths are measured with the TypeScript compiler's own parse.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { codeFiles, rootDir } from './helpers.ts';

const MAX_FILE_LINES = 450;
const MAX_FUNCTION_LINES = 100;

/** Every function of a source text longer than `max` lines: its name (or what holds it) and its length. */
export const longFunctions = (fileName: string, text: string, max = MAX_FUNCTION_LINES): string[] => {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const nameOf = (node: ts.Node): string => {
    const named = node as ts.Node & { name?: ts.Node };
    if (named.name !== undefined) return named.name.getText(file);
    const parent = node.parent as ts.Node & { name?: ts.Node };
    return parent?.name?.getText(file) ?? `(line ${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1})`;
  };
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const start = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const end = file.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > max) found.push(`${nameOf(node)}: ${end - start + 1} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
};

const files = ['src', 'scripts', 'schema'].flatMap(codeFiles);

describe('the code', () => {
  it(`has no source file over ${MAX_FILE_LINES} lines`, () => {
    expect(files.length).toBeGreaterThan(50);
    const long = files.flatMap((file) => {
      const lines = readFileSync(join(rootDir, file), 'utf8').split('\n').length - 1;
      return lines > MAX_FILE_LINES ? [`${file}: ${lines} lines`] : [];
    });
    expect(long).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => {
    const long = files.flatMap((file) => longFunctions(file, readFileSync(join(rootDir, file), 'utf8')).map((found) => `${relative('.', file)} ${found}`));
    expect(long).toEqual([]);
  });

  it('the measure finds a long function, however it is written', () => {
    const body = Array.from({ length: 101 }, (_, index) => `  const a${index} = ${index};`).join('\n');
    expect(longFunctions('x.ts', `export function f() {\n${body}\n}\n`)).toEqual(['f: 103 lines']);
    expect(longFunctions('x.ts', `const g = () => {\n${body}\n};\n`)).toEqual(['g: 103 lines']);
    expect(longFunctions('x.ts', `class C {\n  m() {\n${body}\n  }\n}\n`)).toEqual(['m: 103 lines']);
    expect(longFunctions('x.ts', `const h = () => {\n  return 1;\n};\n`)).toEqual([]);
  });
});
