/** A line break in a one-line text is refused however the JSON text writes it: escaped, or as it is. */
import { describe, expect, it } from 'vitest';
import { validateChunks } from 'china-st-meetings/validate';
import { readDistJson } from './helpers.ts';

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
    expect(await check(valid)).toMatchObject({ valid: true });
    for (const written of ['\\n', '\\r', '\\u000a', '\\u000D', '\\u0085', '\\u2028', '\\u2029', '\u0085', '\u2028', '\u2029']) {
      for (const other of ['', '\\t', '\\"']) {
        const report = await check(valid.replace('"name":"a b"', `"name":"a${other}${written}b"`));
        expect(report.valid, JSON.stringify(written)).toBe(false);
        expect(report.errors[0], JSON.stringify(written)).toMatchObject({ pointer: '/name' });
      }
    }
  });
});
