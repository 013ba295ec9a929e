/**
 * A record parsed from a JSON text with no backslash and no U+0085, U+2028 or U+2029 has its
 * strings checked for line breaks only at their ends (textHasNoLineBreaks, and the fast
 * validators' validateInTextWithoutLineBreaks). That must never let a line break through, however
 * the JSON text writes it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateChunks } from 'china-st-meetings/validate';
import { textHasNoLineBreaks } from '../src/validate/json-text.ts';
import { readDistJson } from './helpers.ts';

const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/u;

/** Every string a parsed JSON value holds, keys included. */
const stringsOf = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => (Array.isArray(value) ? stringsOf(item) : [key, ...stringsOf(item)]));
};

describe('textHasNoLineBreaks', () => {
  it('is false for every JSON text that holds a string with a line break, however it is written', () => {
    const written = ['\\n', '\\r', '\\u000a', '\\u000A', '\\u000d', '\\u0085', '\\u2028', '\\u2029', '\u0085', '\u2028', '\u2029'];
    const piece = fc.oneof(fc.constantFrom(...written, 'a', ' ', '’', '\\"', '\\\\', '\\t', '\\u0041'), fc.string({ maxLength: 3 }).map((text) => JSON.stringify(text).slice(1, -1)));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.boolean(), (pieces, asKey) => {
        const inner = pieces.join('');
        const text = asKey ? `{"${inner}":1}` : `{"a":["x","${inner}"]}`;
        const holdsLineBreak = stringsOf(JSON.parse(text)).some((string) => LINE_BREAK.test(string));
        if (holdsLineBreak) expect(textHasNoLineBreaks(text)).toBe(false);
      }),
      { numRuns: 5000 },
    );
  });

  it('is true for the published records, which have no line breaks', () => {
    for (const record of readDistJson('json/meetings.json') as unknown[]) expect(textHasNoLineBreaks(JSON.stringify(record))).toBe(true);
  });
});

describe('a line break in a string is refused, whether or not the text has other escapes', () => {
  const [organization] = readDistJson('json/organizations.json') as [Record<string, unknown>];
  const check = async (line: string) => {
    const bytes = new TextEncoder().encode(`${line}\n`);
    return validateChunks(
      (async function* () {
        yield bytes;
      })(),
      { format: 'ndjson', schema: 'organization' },
    );
  };

  it('for every way of writing one, and not without it', async () => {
    const valid = JSON.stringify({ ...organization, name: 'a b' });
    expect(textHasNoLineBreaks(valid)).toBe(true);
    expect(await check(valid)).toMatchObject({ valid: true });
    for (const written of ['\\n', '\\r', '\\u000a', '\\u000D', '\\u0085', '\\u2028', '\\u2029', '\u0085', '\u2028', '\u2029']) {
      const report = await check(valid.replace('"name":"a b"', `"name":"a${written}b"`));
      expect(report.valid, JSON.stringify(written)).toBe(false);
      expect(report.errors[0], JSON.stringify(written)).toMatchObject({ pointer: '/name' });
    }
  });
});
