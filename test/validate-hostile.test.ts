/**
 * Hostile input (issue 13): what files people did not write can do to the validator. Each test
 * names the numbered finding it covers and fails on the code before the fix. Time and memory are
 * measured by scripts/hostile.ts, not here: these tests check what makes them bounded.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { validateChunks, validateRecord } from 'china-st-meetings/validate';
import { spawnSync } from 'node:child_process';
import { sourceCli, sourceValidatorDir } from './validator-paths.ts';
import { join } from 'node:path';
import { distDir, readDistJson } from './helpers.ts';
import { parseRecordText } from '../src/validate/json-text.ts';

const meetings = readDistJson('json/meetings.json') as Record<string, unknown>[];
const meeting = meetings[0] as Record<string, unknown>;
const bytes = (text: string) => new TextEncoder().encode(text);
export const chunksOf = async function* (data: Uint8Array, size = data.length) {
  for (let start = 0; start < data.length; start += size) yield data.subarray(start, start + size);
};

describe('1. a list far longer than its maxItems', () => {
  it('is refused before its items are checked: one issue, not one per item', () => {
    const { errors } = validateRecord({ ...meeting, participants: Array.from({ length: 20_000 }, () => ({})) });
    expect(errors).toEqual([
      { pointer: '/participants', code: 'out-of-range', message: 'must have at most 200 items (it has 20000); its items were not checked' },
    ]);
  });

  it('within its limit, every bad item is still reported', () => {
    const { errors } = validateRecord({ ...meeting, participants: Array.from({ length: 150 }, () => ({})) });
    expect(errors.length).toBeGreaterThanOrEqual(150);
  });

  it('the compiled validators collect errors without copying them all per item (vErrors.concat is quadratic)', () => {
    const code = readFileSync(`${sourceValidatorDir}index.js`, 'utf8');
    expect(code).toContain('appendErrors(vErrors,');
    expect(code).not.toMatch(/vErrors\.concat\(/u);
  });
});

describe('2. references forward within one dataset', () => {
  it('are held until the file ends, then resolved or reported in input order', async () => {
    const [organization] = readDistJson('json/organizations.json') as Record<string, unknown>[];
    const lines = [
      { ...organization, id: 'child-a', parentId: 'parent' },
      { ...organization, id: 'child-b', parentId: 'missing-one' },
      { ...organization, id: 'parent', parentId: undefined },
    ].map((record) => JSON.stringify(record));
    const report = await validateChunks(chunksOf(bytes(`${lines.join('\n')}\n`)), { format: 'ndjson', schema: 'organization' });
    const unresolved = report.errors.filter((issue) => issue.code === 'unresolved-reference');
    expect(unresolved).toEqual([{ file: '-', line: 2, record: 1, pointer: '/parentId', code: 'unresolved-reference', message: expect.stringContaining('"missing-one"') }]);
  });
});

describe('3. a very long key or value', () => {
  const long = 'k'.repeat(1_000_000);
  it('is quoted as a short, marked excerpt in messages and pointers', () => {
    const { errors } = validateRecord({ ...meeting, [long]: 1 });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^unknown field "k{40}…\(1,000,000 characters\)": remove it/u);
    expect(JSON.stringify(errors).length).toBeLessThan(500);
  });

  it('in a repeated JSON key and a CSV header, too', async () => {
    const json = await validateChunks(chunksOf(bytes(`{"${long}":1,"${long}":2}\n`)), { format: 'ndjson' });
    expect(json.errors[0]?.code).toBe('duplicate-json-key');
    expect(JSON.stringify(json.errors).length).toBeLessThan(500);
    const csv = await validateChunks(chunksOf(bytes(`id,name,${long}\nx,y,z\n`)), { format: 'csv', table: 'organizations' });
    expect(csv.errors[0]?.code).toBe('csv-unknown-column');
    expect(JSON.stringify(csv.errors).length).toBeLessThan(1000);
  });
});

describe('4. a long line nested millions of levels deep', () => {
  it('is refused from its bytes, before JSON.parse builds it', () => {
    const levels = 100_000;
    const text = `${'['.repeat(levels)}${']'.repeat(levels)}`;
    const parse = vi.spyOn(JSON, 'parse');
    try {
      expect(parseRecordText(text)).toMatchObject({ ok: false, code: 'too-deep' });
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
  });

  it('counts brackets inside strings as text, and the limit is the same as after parsing', () => {
    const padding = ' '.repeat(70_000);
    const deepInString = `{"a":"${'['.repeat(100)}\\"${'{'.repeat(100)}"}${padding}`;
    expect(parseRecordText(deepInString)).toMatchObject({ ok: true });
    const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    for (const levels of [65, 66]) {
      expect(parseRecordText(nested(levels) + padding).ok).toBe(parseRecordText(nested(levels)).ok);
    }
  });
});

describe('5. endless binary input', () => {
  /** Good records, then NUL bytes for ever: the reader must stop by itself. */
  const endless = (format: string) =>
    async function* () {
      const header = `${readFileSync(join(distDir, 'csv/organizations.csv'), 'utf8').split('\n')[0] ?? ''}\n`;
      const good = format === 'csv' ? header : format === 'json' ? '[' : '';
      yield bytes(good + 'x'.repeat(5000 - good.length) + '\n');
      for (;;) yield new Uint8Array(64 * 1024);
    };

  it.each(['ndjson', 'json', 'csv'] as const)('stops and reports when %s turns into NUL bytes', async (format) => {
    const report = await validateChunks(endless(format)(), { format, ...(format === 'csv' ? { table: 'organizations' } : {}) });
    expect(report.errors.map((issue) => issue.code)).toContain('binary-input');
    expect(report.errors.find((issue) => issue.code === 'binary-input')?.message).toMatch(/NUL byte \(at byte 5,00\d\)/u);
    expect(report.valid).toBe(false);
  });
});

describe('5. the command on /dev/zero', () => {
  it.each(['ndjson', 'json', 'csv'])('--format %s stops, reports binary input and exits 1', (format) => {
    const result = spawnSync(process.execPath, [sourceCli, 'validate', '--format', format, '/dev/zero'], { encoding: 'utf8', timeout: 60_000 });
    expect(result.signal).toBeNull();
    expect(result.stdout).toMatch(/\[binary-input\]/u);
    expect(result.status).toBe(1);
  });
});
