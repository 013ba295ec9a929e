/**
 * No regular expression of the code that reads untrusted input backtracks: every regex literal in
 * src/ (the validator, the page, the shared cells and rules) is checked with recheck, a ReDoS
 * checker, as the schemas' patterns are in schema-contract.test.ts. Patterns built at run time come
 * from the schemas and are checked there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { rootDir } from './helpers.ts';

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });

/** The regex literals of a TypeScript text: where, the source and the flags. */
export const regexLiterals = (fileName: string, text: string): { at: string; source: string; flags: string }[] => {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: { at: string; source: string; flags: string }[] = [];
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(file);
      const end = literal.lastIndexOf('/');
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      found.push({ at: `${fileName}:${line}`, source: literal.slice(1, end), flags: literal.slice(end + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
};

/** recheck's verdict, seeded and limited in steps (not time) so that every run and machine gives the same one; `g` and `y` change no match. */
const verdict = (source: string, flags: string) => checkSync(source, flags.replace(/[gy]/gu, ''), { randomSeed: 42, attackTimeout: null, incubationTimeout: null, seedingTimeout: null, timeout: null }).status;

describe('the regular expressions of src/', () => {
  const literals = sourceFiles(join(rootDir, 'src')).flatMap((path) => regexLiterals(relative(rootDir, path), readFileSync(path, 'utf8')));

  it('are found (the scan reads the code)', () => {
    expect(literals.length).toBeGreaterThan(10);
  });

  it('none backtracks', () => {
    expect(literals.filter(({ source, flags }) => verdict(source, flags) !== 'safe')).toEqual([]);
  });

  it('would find one that does', () => {
    const [nested] = regexLiterals('example.ts', 'const words = /^(?:\\w+\\s?)+$/u;');
    expect(nested === undefined ? 'none' : verdict(nested.source, nested.flags)).toBe('vulnerable');
  });
});
