/**
 * No regular expression of the code that reads untrusted input backtracks: every regex literal in
 * src/ (the validator, the page, the shared cells and rules) is checked with recheck, a ReDoS
 * checker, as the schemas' patterns are in schema-contract.test.ts. Patterns built at run time come
 * from the schemas and are checked there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { codeFiles, rootDir } from './helpers.ts';
import { redosVerdict } from './redos.ts';

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

describe('the regular expressions of src/', () => {
  const literals = codeFiles('src').flatMap((path) => regexLiterals(path, readFileSync(join(rootDir, path), 'utf8')));

  it('are found (the scan reads the code)', () => {
    expect(literals.length).toBeGreaterThan(10);
  });

  it('none backtracks', () => {
    expect(literals.filter(({ source, flags }) => redosVerdict(source, flags) !== 'safe')).toEqual([]);
  });

  it('would find one that does', () => {
    const [nested] = regexLiterals('example.ts', 'const words = /^(?:\\w+\\s?)+$/u;');
    expect(nested === undefined ? 'none' : redosVerdict(nested.source, nested.flags)).toBe('vulnerable');
  });
});
