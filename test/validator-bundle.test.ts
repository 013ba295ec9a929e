/**
 * What the build does to ajv's generated code: the single-line text pattern runs as a function,
 * which must give the pattern's verdict on every string. And what it refuses to ship: a bundle with
 * a character above U+00FF, which V8 would hold at two bytes a character in every thread.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PATTERN_TESTS, patternsAsFunctions } from '../scripts/compiler/pattern-tests.ts';
import { firstWideCharacter, wideCharacterProblems } from '../scripts/compiler/validator-bundle.ts';
import { formatProblem } from '../scripts/compiler/check-records.ts';
import { distDir } from './helpers.ts';


/** Every white space and line break either regex dialect knows, a surrogate half, and plain text. */
const edges = [...'\t\n\v\f\r \u001c\u001d\u001e\u001f\u0085\u00a0\u1680\u2000\u2005\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\ud83d\ude00a1’'];


describe('the bundles hold no character above U+00FF', () => {
  it('finds the first such character, with its line and column', () => {
    expect(firstWideCharacter('// block × 2^20, café, ÿ\nconst a = 1;')).toBeUndefined();
    expect(firstWideCharacter('const a = 1;\n// block × 2²⁰ + offset')).toEqual({ character: '⁰', line: 2, column: 14 });
    expect(firstWideCharacter('x’')).toEqual({ character: '’', line: 1, column: 2 });
    expect(firstWideCharacter('\n\n😀')).toEqual({ character: '😀', line: 3, column: 1 });
    expect(firstWideCharacter('a\ud800b')?.character).toBe('\ud800');
  });

  it('makes the build refuse a script of dist/validate/ that has one, saying where and how to fix it', () => {
    const files = new Map<string, string | Uint8Array>([
      ['validate/index.js', 'const a = 1;\n/** block × 2²⁰ */'],
      ['validate/cli.js', '// × only'],
      ['validate/types/index.d.ts', '/** 2²⁰ */'],
      ['esm/index.js', 'export const quote = "people’s";'],
      ['xlsx/tables.xlsx', new Uint8Array([0xe2, 0x80, 0x99])],
    ]);
    const problems = wideCharacterProblems(files);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^dist\/validate\/index\.js line 2, column 15: ⁰ \(U\+2070\): .*Write it in ASCII/u)]);
  });

  it('the library and the command as built have none', () => {
    for (const file of ['validate/index.js', 'validate/cli.js']) expect(firstWideCharacter(readFileSync(`${distDir}${file}`, 'utf8')), file).toBeUndefined();
  });
});
