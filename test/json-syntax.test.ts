/**
 * The JSON syntax scan (src/validate/json-syntax.ts) says what `JSON.parse` says: a text it called
 * broken would count a valid record invalid once the issue list is full (docs/reliability.md).
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { isJsonText } from '../src/validate/json-syntax.ts';
import { runs } from './helpers.ts';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** JSON texts, then the same with characters inserted, removed or replaced from JSON's own alphabet. */
const ALPHABET = ['{', '}', '[', ']', '"', ':', ',', '\\', 'u', '0', '1', '9', '-', '+', '.', 'e', 'E', 't', 'r', 'n', 'f', 'a', 'l', 's', ' ', '\t', '\n', '\r', '\u0000', '\u001f', 'é', '\ud83d'];
const piece = fc.constantFrom(...ALPHABET);
const mutated = fc
  .tuple(fc.json(), fc.array(fc.tuple(fc.nat(), fc.nat(2), piece), { maxLength: 3 }))
  .map(([text, edits]) =>
    edits.reduce((result, [at, kind, char]) => {
      const place = result.length === 0 ? 0 : at % (result.length + 1);
      return kind === 0 ? result.slice(0, place) + char + result.slice(place) : kind === 1 ? result.slice(0, place) + result.slice(place + 1) : result.slice(0, place) + char + result.slice(place + 1);
    }, text),
  );
/** The same at the level of tokens: a token inserted, removed or replaced (a trailing comma, a missing colon, `01`). */
const TOKEN = /"(?:[^"\\]|\\.)*"|-?[0-9][0-9.eE+-]*|true|false|null|[{}[\],:]|\s+/gu;
const tokens = fc.constantFrom(',', ':', '[', ']', '{', '}', '""', '"a"', '0', '01', '-', '1.', '.5', '1e', 'tru', 'null', ' ');
const retokened = fc
  .tuple(fc.json(), fc.array(fc.tuple(fc.nat(), fc.nat(2), tokens), { minLength: 1, maxLength: 2 }))
  .map(([text, edits]) =>
    edits
      .reduce<string[]>((parts, [at, kind, token]) => {
        const place = at % (parts.length + 1);
        return [...parts.slice(0, place), ...(kind === 1 ? [] : [token]), ...parts.slice(kind === 0 ? place : place + 1)];
      }, Array.from(text.match(TOKEN) ?? []))
      .join(''),
  );
const texts = fc.oneof(fc.json(), mutated, retokened, fc.array(piece, { maxLength: 12 }).map((chars) => chars.join('')));

it('calls a text JSON exactly when JSON.parse reads it', () => {
  fc.assert(
    fc.property(texts, (text) => {
      expect(isJsonText(text)).toBe(parses(text));
    }),
    { numRuns: runs(50_000) },
  );
  for (const text of ['01', '1.', '.5', '-', '1e', '"\\x"', '"\\u12"', '[1,]', '{"a":1,}', '{"a"}', 'tru', 'nul', '"\t"', ' ', '', '1 2', '{"a":1}x', '[]]'])
    expect(isJsonText(text), text).toBe(false);
  for (const text of ['0', '-0.5e+10', '"\\u00e9\\n"', ' [ 1 , {"a" : [] } ] ', 'true', '{"":null}', '"\ud83d"']) expect(isJsonText(text), text).toBe(true);
});

it('would catch a scan that strays from JSON.parse', () => {
  // The same property against a scan that also takes a trailing comma fails, and names a text.
  const lenient = (text: string) => isJsonText(text) || isJsonText(text.replace(/,(\s*[\]}])/gu, '$1'));
  const outcome = fc.check(fc.property(texts, (text) => lenient(text) === parses(text)), { numRuns: runs(50_000), seed: 1 });
  expect(outcome.failed).toBe(true);
});
