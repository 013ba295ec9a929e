/**
 * What the build does to ajv's generated code: the single-line text pattern runs as a function,
 * which must give the pattern's verdict on every string.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SINGLE_LINE_TRIMMED } from '../schema/common.ts';
import { PATTERN_TESTS, patternsAsFunctions } from '../scripts/compiler/pattern-tests.ts';
import { distDir } from './helpers.ts';

const SINGLE_LINE_TEST = PATTERN_TESTS.get(SINGLE_LINE_TRIMMED.source)?.source ?? '';
const isSingleLineTrimmed = new Function(`${SINGLE_LINE_TEST}; return isSingleLineTrimmed;`)() as (value: string) => boolean;

/** Every white space and line break either regex dialect knows, a surrogate half, and plain text. */
const edges = [...'\t\n\v\f\r \u001c\u001d\u001e\u001f\u0085\u00a0\u1680\u2000\u2005\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\ud83d\ude00a1’'];

describe('the single-line pattern as a function', () => {
  it('gives the regular expression’s verdict on strings of white space, line breaks and text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...edges), { maxLength: 6 }), (chars) => {
        const text = chars.join('');
        expect(isSingleLineTrimmed(text)).toBe(SINGLE_LINE_TRIMMED.test(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives the regular expression’s verdict on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(isSingleLineTrimmed(text)).toBe(SINGLE_LINE_TRIMMED.test(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it('can fail: a copy that lets line feeds through is caught', () => {
    const loosened = SINGLE_LINE_TEST.replace('v.indexOf("\\n") === -1 && ', '');
    expect(loosened).not.toBe(SINGLE_LINE_TEST);
    const broken = new Function(`${loosened}; return isSingleLineTrimmed;`)() as (value: string) => boolean;
    expect(broken('a\nb')).not.toBe(SINGLE_LINE_TRIMMED.test('a\nb'));
  });

  it('replaces each hand-tested pattern in the code ajv generates, and the built validator has no copy of one left', () => {
    const generated = `const pattern5 = new RegExp(${JSON.stringify(SINGLE_LINE_TRIMMED.source)}, "");`;
    const replaced = patternsAsFunctions(generated);
    expect(replaced).toContain('const pattern5 = { test: isSingleLineTrimmed };');
    expect(replaced).not.toContain('new RegExp');
    expect(new Function(`${replaced}; return pattern5;`)().test(' x')).toBe(false);
    const built = readFileSync(`${distDir}validate/index.js`, 'utf8');
    for (const [pattern] of PATTERN_TESTS) expect(built).not.toContain(`new RegExp(${JSON.stringify(pattern)}`);
    // The record schemas' own patterns (the number pattern is the CSV cells' alone).
    for (const name of ['isSingleLineTrimmed', 'isDate', 'isSlug']) expect(built).toContain(`{ test: ${name} }`);
  });
});
