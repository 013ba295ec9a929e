/**
 * Large NDJSON files are checked by worker threads (src/validate/ndjson-threads.ts). Whatever the number
 * of threads, the report must be the one a single thread gives: the same issues in the same order,
 * lines, record numbers, counts, caps and notes. The files here span several parts (a part is at
 * most one 256 KiB read), with every kind of bad line, and ids and references across part ends.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFile, validateFiles, type ValidateFileOptions } from 'china-st-meetings/validate';
import { recordMaker } from '../scripts/bench/generate.ts';
import { readDistJson, stress } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'validate-threads-'));
const people = readDistJson('json/people.json') as Record<string, unknown>[];
const [organization] = readDistJson('json/organizations.json') as [Record<string, unknown>];

/** Meetings, about 1.6 kB a line, with a bad line of each kind every few hundred lines. */
const meetingLines = (count: number): Buffer => {
  const make = recordMaker(7);
  const parts: (string | Buffer)[] = [];
  for (let index = 0; index < count; index += 1) {
    const record: Record<string, unknown> = make(index);
    let text = JSON.stringify(record);
    if (index % 211 === 5) text = JSON.stringify({ ...record, attendanceMode: 'hybrid' });
    if (index % 307 === 9 && index > 300) text = JSON.stringify({ ...record, id: `meeting-${index - 300}` });
    if (index % 401 === 11) text = text.slice(0, 200);
    if (index % 503 === 13) text = text.replace('"name":', '"name":"x","name":');
    if (index % 257 === 17) text = JSON.stringify({ ...record, remarks: [{ ...(record['remarks'] as object[])[0], number: 2 }] });
    if (index % 331 === 19) text = `${text}\r`;
    if (index % 449 === 23) text = '   ';
    if (index % 601 === 29) {
      parts.push(Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]));
      continue;
    }
    if (index % 797 === 31) text = `${'['.repeat(100)}${']'.repeat(100)}`;
    parts.push(`${text}\n`);
  }
  // A last line without a line end, cut short.
  parts.push(JSON.stringify(make(count)).slice(0, 300));
  return Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : part)));
};

/** Organizations whose parents come before or after them, or nowhere. */
const organizationLines = (count: number): string =>
  Array.from({ length: count }, (_, index) => {
    const parentId = index % 5 === 0 ? `org-${index + 900}` : index % 7 === 0 ? `org-missing-${index}` : `org-${Math.max(0, index - 800)}`;
    return JSON.stringify({ ...organization, id: `org-${index}`, name: `Organization ${index}`, parentId });
  }).join('\n');

const write = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const meetingsFile = write('meetings.ndjson', meetingLines(stress ? 6000 : 1500));
const organizationsFile = write('organizations.ndjson', organizationLines(stress ? 12_000 : 4000));
// A people file that lacks one person the meetings name: references to it do not resolve.
const peopleFile = write('people.ndjson', people.filter((person) => person['id'] !== 'wang-zhigang').map((person) => JSON.stringify(person)).join('\n'));

/** The report of one thread, after checking that three threads (two workers and this thread) give it; `also`: more counts to check. */
const compare = async (files: string[], options: ValidateFileOptions, also: readonly number[] = []) => {
  const single = await validateFiles(files, { ...options, threads: 1 });
  for (const threads of [3, ...also]) expect(await validateFiles(files, { ...options, threads })).toEqual(single);
  return single;
};

describe('worker threads give the report one thread gives', () => {
  it('on meetings with bad lines of every kind, all issues collected', async () => {
    const report = await compare([meetingsFile], { maxErrors: 100_000 }, [2]);
    // The comparison is worth something only if the file spans parts and has every kind of issue.
    expect(report.files[0]?.bytes).toBeGreaterThan(2 * 1024 * 1024);
    expect(new Set(report.errors.map((error) => error.code))).toEqual(
      new Set(['not-allowed-value', 'duplicate-id', 'truncated', 'malformed-json', 'duplicate-json-key', 'numbering', 'invalid-utf8', 'too-deep']),
    );
    expect(report.validRecords).toBeGreaterThan(1000);
  });

  it('when the issues are capped, early or late', async () => {
    for (const maxErrors of [1, 25]) {
      const report = await compare([meetingsFile], { maxErrors });
      expect(report).toMatchObject({ errorsCapped: true });
      expect(report.errors).toHaveLength(maxErrors);
    }
  });

  it('on references into the file’s own dataset, back and forward across parts', async () => {
    const report = await compare([organizationsFile], { maxErrors: 100_000 });
    expect(report.errors.filter((error) => error.code === 'unresolved-reference').length).toBeGreaterThan(400);
  });

  it('on references into a file read before, with notes for those not given', async () => {
    const withPeople = await compare([peopleFile, meetingsFile], { maxErrors: 100_000 });
    expect(withPeople.errors.some((error) => error.code === 'unresolved-reference' && error.pointer === '/workReport/deliveredById')).toBe(true);
    const alone = await compare([meetingsFile], { maxErrors: 10 });
    expect(alone.notes.length).toBeGreaterThan(0);
  });

  it('on a BOM, a binary file and a file of blank lines', async () => {
    const bom = await compare([write('bom.ndjson', Buffer.concat([Buffer.from('\uFEFF'), meetingLines(200)]))], {});
    expect(bom.records).toBeGreaterThan(150);
    const binary = await compare([write('binary.ndjson', Buffer.alloc(3 * 1024 * 1024, 0))], {});
    expect(binary.errors.map((error) => error.code)).toEqual(['binary-input']);
    const blank = await compare([write('blank.ndjson', '\n  \n\r\n')], {});
    expect(blank.errors.map((error) => error.code)).toEqual(['empty-input']);
  });

  it.runIf(stress)('on a line longer than any record', async () => {
    const long = Buffer.alloc(65 * 1024 * 1024, 0x61);
    const longFile = write('long.ndjson', Buffer.concat([Buffer.from('\uFEFF'), meetingLines(2000), Buffer.from('\n"'), long, Buffer.from('"\n'), meetingLines(10)]));
    const report = await compare([longFile], { maxErrors: 100_000 });
    expect(report.errors.filter((error) => error.code === 'too-large')).toEqual([expect.objectContaining({ line: 2002 })]);
  });
});

describe('found in review: the threaded paths once differed from one thread here', () => {
  it.runIf(stress)('NDJSON: a line just over 64 MiB whose end is in the next chunk is skipped as too large', async () => {
    const line = Buffer.concat([Buffer.from('"'), Buffer.alloc(64 * 1024 * 1024 - 1, 0x61), Buffer.from('"')]);
    const report = await compare([write('just-over.ndjson', Buffer.concat([line, Buffer.from('\n{"a":1}\n')]))], {});
    expect(report.errors[0]).toMatchObject({ line: 1, code: 'too-large' });
  });

});

describe('a worker thread that dies fails the run', () => {
  it('rejects instead of reporting the file as bad', async () => {
    const stop = (worker: { terminate(): Promise<number> }) => void worker.terminate();
    process.on('worker', stop);
    try {
      await expect(validateFile(meetingsFile, { threads: 2 })).rejects.toThrow('a worker thread stopped');
    } finally {
      process.off('worker', stop);
    }
  });
});

describe('the threads option', () => {
  it('refuses a number of threads that is not a whole number of at least 1', async () => {
    await expect(validateFile(meetingsFile, { threads: 0 })).rejects.toThrow('threads must be a whole number of at least 1');
    await expect(validateFile(meetingsFile, { threads: 1.5 })).rejects.toThrow('threads must be a whole number of at least 1');
  });

  it('refuses an unknown table before it reads, in one thread or several', async () => {
    const path = write('rows.csv', 'id,name\r\na,b\r\n');
    for (const threads of [1, 2]) {
      await expect(validateFile(path, { threads, table: 'nope' })).rejects.toThrow(/^unknown table "nope"; use one of: meetings, /);
    }
  });
});
