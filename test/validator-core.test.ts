/**
 * The validator core (issue 10): ids are one set per dataset whatever format they came in, and the
 * pure record check changes nothing it is given.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import compiled from 'virtual:compiled-validators';
import { describe, expect, it } from 'vitest';
import { validateFiles } from 'china-st-meetings/validate';
import { checkRecord } from '../src/validate/record-check.ts';
import { distDir } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'core-'));

describe('ids across formats', () => {
  it('checks a CSV speaker_id against people given as JSON, and asks for no people.csv', async () => {
    const remarks = readFileSync(join(distDir, 'csv/meeting_remarks.csv'), 'utf8').split('\n');
    // The second row's speaker is not a person of people.json.
    remarks[2] = (remarks[2] ?? '').replace(',wang-zhigang,', ',nobody-at-all,');
    const file = join(dir, 'meeting_remarks.csv');
    writeFileSync(file, remarks.join('\n'));
    const report = await validateFiles([join(distDir, 'json/people.json'), file]);
    const problems = report.errors.filter((issue) => issue.pointer === '/speaker_id');
    expect(problems).toEqual([expect.objectContaining({ file, line: 3, code: 'unresolved-reference', message: '"nobody-at-all" is not an id in people' })]);
    expect(report.notes.filter((note) => note.includes('people.csv'))).toEqual([]);
  });

  it('reports an id used in people.json and again in people.csv', async () => {
    const file = join(dir, 'people.csv');
    writeFileSync(file, readFileSync(join(distDir, 'csv/people.csv')));
    const report = await validateFiles([join(distDir, 'json/people.json'), file]);
    expect(report.errors.map((issue) => issue.code)).toContain('duplicate-key');
    expect(report.valid).toBe(false);
  });
});

describe('the pure record check', () => {
  it('returns an outcome and leaves the record as it was', () => {
    const [meeting] = JSON.parse(readFileSync(join(distDir, 'json/meetings.json'), 'utf8')) as Record<string, unknown>[];
    const record = { ...meeting, endDate: '2000-01-01' };
    const before = JSON.stringify(record);
    const context = { compiled, kind: 'meeting' as const, dataset: 'meetings' as const, checkReferences: false, completeIds: new Map() };
    const outcome = checkRecord(context, record, true);
    expect(outcome).toMatchObject({ accepted: true, issues: [{ pointer: '/endDate', code: 'date-order' }] });
    expect(JSON.stringify(record)).toBe(before);
    expect(checkRecord(context, { id: 1 }, true).accepted).toBe(false);
  });
});
