/**
 * JSON.parse keeps the last of two equal keys in one object, so parseRecordText looks for
 * duplicates itself. Most texts are cleared by their length alone (a text as short as the
 * shortest text of what was parsed has dropped nothing); the rest by counting key ends, and then
 * by the exact scan. Whichever way a text goes, a duplicate must be found, and only a duplicate.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseRecordText, shortestJsonLength } from '../src/validate/json-text.ts';
import { readDistJson, runs } from './helpers.ts';

/** A JSON text as written: objects as their members in order, so that a key may come twice. */
type Written =
  | { readonly kind: 'object'; readonly members: readonly (readonly [key: string, keyText: string, value: Written])[] }
  | { readonly kind: 'array'; readonly items: readonly Written[] }
  | { readonly kind: 'token'; readonly text: string };

/**
 * Number tokens, many of them longer or shorter than JavaScript writes their value: exponents,
 * trailing zeros, `-0`, integers past 2^53, which could make a text with a dropped member as long
 * as the shortest text of what was kept if the shortest length were wrong.
 */
const numberToken = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => JSON.stringify(value)),
  fc.tuple(fc.integer({ min: -999, max: 999 }), fc.integer({ min: -25, max: 25 })).map(([mantissa, exponent]) => `${mantissa}e${exponent}`),
  fc.constantFrom('1e9', '1000000000', '1.0', '-0', '100e-2', '0.5', '5E-1', '1152921504606846976', '1e21', '1E+2', '1000', '0.001', '9007199254740993'),
);

const stringToken = fc.oneof(fc.string({ maxLength: 4 }).map((text) => JSON.stringify(text)), fc.constantFrom('"a"', '"’"', '"\\u0061"', '"a:b"', '"\\":"'));

/** Keys from a small set, so that duplicates come often; `a` is sometimes written `\u0061`. */
const key = fc.oneof(
  fc.constantFrom('a', 'b', 'ab', '’', '__proto__', 'id').map((name) => [name, JSON.stringify(name)] as const),
  fc.constant(['a', '"\\u0061"'] as const),
  fc.string({ maxLength: 2 }).map((name) => [name, JSON.stringify(name)] as const),
);

const { object } = fc.letrec<{ node: Written; token: Written; array: Written; object: Written }>((tie) => ({
  node: fc.oneof({ maxDepth: 4, depthSize: 'small' }, tie('token'), tie('array'), tie('object')),
  token: fc.oneof(numberToken, stringToken, fc.constantFrom('true', 'false', 'null')).map((text) => ({ kind: 'token', text })),
  array: fc.array(tie('node'), { maxLength: 4 }).map((items) => ({ kind: 'array', items })),
  object: fc.array(fc.tuple(key, tie('node')), { maxLength: 5 }).map((members) => ({ kind: 'object', members: members.map(([[name, text], value]) => [name, text, value] as const) })),
}));

const write = (node: Written, space: string): string => {
  if (node.kind === 'token') return node.text;
  if (node.kind === 'array') return `[${space}${node.items.map((item) => write(item, space)).join(`,${space}`)}${space}]`;
  return `{${space}${node.members.map(([, keyText, value]) => `${keyText}${space}:${space}${write(value, space)}`).join(`,${space}`)}${space}}`;
};

const hasDuplicate = (node: Written): boolean => {
  if (node.kind === 'token') return false;
  if (node.kind === 'array') return node.items.some(hasDuplicate);
  const names = node.members.map(([name]) => name);
  return new Set(names).size < names.length || node.members.some(([, , value]) => hasDuplicate(value));
};

const isDuplicateReport = (text: string) => {
  const result = parseRecordText(text);
  if (!result.ok && result.code !== 'duplicate-json-key') throw new Error(`${text}: ${result.message}`);
  return !result.ok;
};

/** Whether JSON.stringify writes every number of the value in its shortest token (see shortestNumberLength). */
const numbersWrittenShortest = (value: unknown): boolean =>
  typeof value === 'number'
    ? Number.isSafeInteger(value) && value % 1000 !== 0
    : typeof value === 'object' && value !== null
      ? Object.values(value).every(numbersWrittenShortest)
      : true;

describe('shortestJsonLength', () => {
  it('is never more than the length of a text of the value, however it is written', () => {
    fc.assert(
      fc.property(object, fc.constantFrom('', ' ', '\n'), (written, space) => {
        const text = write(written, space);
        expect(shortestJsonLength(JSON.parse(text)), text).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: runs(20_000) },
    );
  });

  it('is the length of JSON.stringify, where it writes no escape and every number shortest', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        if (!text.includes('\\') && numbersWrittenShortest(value)) expect(shortestJsonLength(value), text).toBe(text.length);
      }),
      { numRuns: runs(20_000) },
    );
  });

  it('is the length of each published record written compactly without escapes (which then skips the count of key ends)', () => {
    let exact = 0;
    let escaped = 0;
    for (const file of ['meetings', 'people', 'organizations', 'sources']) {
      for (const record of readDistJson(`json/${file}.json`) as unknown[]) {
        const text = JSON.stringify(record);
        if (text.includes('\\')) escaped += 1;
        else {
          expect(shortestJsonLength(record), text).toBe(text.length);
          exact += 1;
        }
      }
    }
    expect(exact).toBeGreaterThan(escaped);
  });
});

describe('duplicate keys', () => {
  it('are found in every text that has one, and in no other, compact or with white space', () => {
    fc.assert(
      fc.property(object, fc.constantFrom('', ' ', '\n', '\t'), (written, space) => {
        const text = write(written, space);
        expect(isDuplicateReport(text), text).toBe(hasDuplicate(written));
      }),
      { numRuns: runs(20_000) },
    );
  });

  it.each([
    ['a dropped member as long as a number written longer', '{"ab":0,"ab":1e9}'],
    ['an integer past 2^53 written in full', '{"a":1,"a":1152921504606846976}'],
    ['the same key escaped', '{"a":1,"\\u0061":2}'],
    ['nested, compact', '{"x":[{"b":1,"b":1}]}'],
    ['an empty key twice', '{"":1,"":1}'],
  ])('are found with %s', (_what, text) => {
    expect(isDuplicateReport(text)).toBe(true);
  });

  it.each([
    ['numbers written longer than JavaScript writes them', '{"a":1e9,"b":1.0,"c":-0,"d":100e-2}'],
    ['colons and quotes in strings', '{"a":"x\\":y","b":"c:d"}'],
  ])('are not reported with %s', (_what, text) => {
    expect(isDuplicateReport(text)).toBe(false);
  });

  describe('with a key on a polluted Object.prototype', () => {
    afterEach(() => {
      delete (Object.prototype as Record<string, unknown>)['x'];
    });

    it('are still found where the extra key would make up for the dropped one', () => {
      // `for…in` sees x on every object: one key more, as long as the dropped `"a":1,`.
      Object.defineProperty(Object.prototype, 'x', { value: 1, enumerable: true, configurable: true, writable: true });
      expect(isDuplicateReport('{"a":1,"a":2}')).toBe(true);
      expect(isDuplicateReport('{"a" :1,"a":2}')).toBe(true);
      expect(isDuplicateReport('{"a":1,"b":2}')).toBe(false);
    });
  });
});
