/**
 * What the build does to ajv's generated code (scripts/compiler/ajv-patches.ts), each rewrite held to
 * the verdicts and errors of the code as ajv wrote it; and what it refuses to ship: a bundle with a
 * character above U+00FF, which V8 would hold at two bytes a character in every thread.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendErrorsInPlace, countCodePointsOnlyWhenNeeded, nameRepeatedStrings, patchAjvCode } from '../scripts/compiler/ajv-patches.ts';
import { formatProblem } from '../scripts/compiler/build-types.ts';
import { firstWideCharacter, wideCharacterProblems } from '../scripts/compiler/validator-bundle.ts';
import { validatorAjv } from '../scripts/compiler/validator-ajv.ts';
import { distDir, runs } from './helpers.ts';

const standaloneCode = standaloneCodeModule as unknown as typeof standaloneCodeModule.default;
const require = createRequire(import.meta.url);

const LONG = '^[^\\t\\n ](?:[^\\n\\r]*[^\\t\\n ])?$';
const schema = {
  $id: 'test:item',
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 2, maxLength: 3, pattern: LONG },
    title: { type: 'string', maxLength: 40, pattern: LONG },
    'a-key-that-is-long-enough-to-be-named-if-it-were-a-value': { type: 'integer' },
    items: { type: 'array', items: { $ref: '#/$defs/Item' } },
  },
  additionalProperties: false,
  // Item refers to another schema: ajv calls it instead of writing it in place, and merges its errors.
  $defs: { Item: { type: 'object', required: ['x'], properties: { x: { $ref: '#/$defs/X' } } }, X: { type: 'string', pattern: LONG } },
};

/** The validator compiled from ajv's code, rewritten by `patch`. */
const compile = (patch: (code: string) => string) => {
  const code = patch(standaloneCode(validatorAjv([schema], { code: { source: true } }), { item: 'test:item' }));
  const module = { exports: {} as Record<string, (data: unknown) => boolean> };
  new Function('require', 'module', 'exports', code)(require, module, module.exports);
  const validate = module.exports['item'] as ((data: unknown) => boolean) & { errors?: unknown };
  return { code, check: (data: unknown) => ({ valid: validate(data), errors: validate.errors }) };
};

const asWritten = compile((code) => code);
const value = fc.record(
  {
    name: fc.string({ unit: fc.constantFrom('a', ' ', '\n', '𠀋', '’'), maxLength: 5 }),
    title: fc.string({ maxLength: 45 }),
    'a-key-that-is-long-enough-to-be-named-if-it-were-a-value': fc.oneof(fc.integer(), fc.string()),
    items: fc.array(fc.oneof(fc.constant({}), fc.record({ x: fc.string({ maxLength: 3 }) })), { maxLength: 4 }),
  },
  { requiredKeys: [] },
);

describe('each rewrite of ajv’s code', () => {
  it.each([
    ['appendErrorsInPlace', appendErrorsInPlace],
    ['countCodePointsOnlyWhenNeeded', countCodePointsOnlyWhenNeeded],
    ['nameRepeatedStrings', nameRepeatedStrings],
    ['all of them', patchAjvCode],
  ] as const)('%s gives the verdicts and errors of the code as ajv wrote it', (_name, patch) => {
    const patched = compile(patch);
    expect(patched.code).not.toBe(asWritten.code);
    fc.assert(
      fc.property(value, (data) => {
        expect(patched.check(data)).toEqual(asWritten.check(data));
      }),
      { numRuns: runs(300) },
    );
  });

  it('appends a referenced validator’s errors in place, and names each long repeated string once, never a key', () => {
    const { code } = compile(patchAjvCode);
    expect(code).not.toContain('vErrors.concat');
    expect(code.split(JSON.stringify(LONG)).length - 1).toBe(1);
    expect(code).toContain('"a-key-that-is-long-enough-to-be-named-if-it-were-a-value"');
  });

  it('the property above can fail: a rewrite that loosens a check is caught', () => {
    const loosened = compile((code) => code.replaceAll('> 3', '> 30'));
    expect(loosened.check({ name: 'abcd' })).not.toEqual(asWritten.check({ name: 'abcd' }));
  });
});

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
