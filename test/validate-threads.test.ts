/**
 * Large NDJSON files are checked by worker threads (src/validate/threads.ts). Whatever the number
 * of threads, the report must be the one a single thread gives: the same issues in the same order,
 * lines, record numbers, counts, caps and notes. The files here span several parts (a part is at
 * most one 256 KiB read), with every kind of bad line, and ids and references across part ends.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateFile, validateFiles, type ValidateFileOptions } from 'china-st-meetings/validate';
import { recordMaker, writeRecords } from '../scripts/bench/generate.ts';
import { readDistJson } from './helpers.ts';

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

const meetingsFile = write('meetings.ndjson', meetingLines(6000));
const organizationsFile = write('organizations.ndjson', organizationLines(12_000));
// A people file that lacks one person the meetings name: references to it do not resolve.
const peopleFile = write('people.ndjson', people.filter((person) => person['id'] !== 'wang-zhigang').map((person) => JSON.stringify(person)).join('\n'));

/** Counts the worker threads started (this thread is one of the threads), so that a test knows the threaded path ran. */
let workersStarted = 0;
const countWorker = () => {
  workersStarted += 1;
};
beforeEach(() => {
  workersStarted = 0;
  process.on('worker', countWorker);
});
afterEach(() => {
  process.off('worker', countWorker);
});

/** `workers`: whether workers start (none do when no line is read: binary from the start). */
const compare = async (files: string[], options: ValidateFileOptions, workers = true) => {
  workersStarted = 0;
  const single = await validateFiles(files, { ...options, threads: 1 });
  expect(workersStarted).toBe(0);
  for (const threads of [2, 3]) {
    workersStarted = 0;
    const threaded = await validateFiles(files, { ...options, threads });
    expect(workersStarted).toBe(workers ? threads - 1 : 0);
    expect(threaded).toEqual(single);
  }
  return single;
};

describe('worker threads give the report one thread gives', () => {
  it('on meetings with bad lines of every kind, all issues collected', async () => {
    const report = await compare([meetingsFile], { maxErrors: 100_000 });
    // The comparison is worth something only if the file spans parts and has every kind of issue.
    expect(report.files[0]?.bytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(new Set(report.errors.map((error) => error.code))).toEqual(
      new Set(['not-allowed-value', 'duplicate-id', 'truncated', 'malformed-json', 'duplicate-json-key', 'numbering', 'invalid-utf8', 'too-deep']),
    );
    expect(report.validRecords).toBeGreaterThan(5000);
  });

  it('when the issues are capped, early or late', async () => {
    for (const maxErrors of [1, 7, 60]) {
      const report = await compare([meetingsFile], { maxErrors });
      expect(report).toMatchObject({ errorsCapped: true });
      expect(report.errors).toHaveLength(maxErrors);
    }
  });

  it('on references into the file’s own dataset, back and forward across parts', async () => {
    const report = await compare([organizationsFile], { maxErrors: 100_000 });
    expect(report.errors.filter((error) => error.code === 'unresolved-reference').length).toBeGreaterThan(1000);
  });

  it('on references into a file read before, with notes for those not given', async () => {
    const withPeople = await compare([peopleFile, meetingsFile], { maxErrors: 100_000 });
    expect(withPeople.errors.some((error) => error.code === 'unresolved-reference' && error.pointer === '/workReport/deliveredById')).toBe(true);
    const alone = await compare([meetingsFile], { maxErrors: 10 });
    expect(alone.notes.length).toBeGreaterThan(0);
  });

  it('on a line longer than any record, a BOM, and a binary file', async () => {
    const long = Buffer.alloc(65 * 1024 * 1024, 0x61);
    const longFile = write('long.ndjson', Buffer.concat([Buffer.from('\uFEFF'), meetingLines(2000), Buffer.from('\n"'), long, Buffer.from('"\n'), meetingLines(10)]));
    const report = await compare([longFile], { maxErrors: 100_000 });
    expect(report.errors.filter((error) => error.code === 'too-large')).toEqual([expect.objectContaining({ line: 2002 })]);
    const binary = await compare([write('binary.ndjson', Buffer.alloc(3 * 1024 * 1024, 0))], {}, false);
    expect(binary.errors.map((error) => error.code)).toEqual(['binary-input']);
    const blank = await compare([write('blank.ndjson', '\n  \n\r\n')], {});
    expect(blank.errors.map((error) => error.code)).toEqual(['empty-input']);
  });
});

/** Rows of meetings.csv with a bad row of each kind every few hundred rows, over many 64 KiB pieces. */
const meetingRows = async (count: number): Promise<string[]> => {
  const path = join(dir, `rows-${count}.csv`);
  await writeRecords(path, count, 'csv', { seed: 3 });
  const [header = '', ...rows] = readFileSync(path, 'utf8').split('\r\n').filter((row) => row !== '');
  return [
    header,
    ...rows.map((row, index) => {
      if (index % 211 === 5) return row.replace(',lines,', ',chapters,');
      if (index % 307 === 9 && index > 300) return row.replace(/^meeting-\d+,/u, `meeting-${index - 300},`);
      if (index % 401 === 11) return row.split(',').slice(0, 5).join(',');
      if (index % 257 === 17) return row.replace(/^([^,]*),([^,]*),/u, '$1,"$2\nacross\r\nlines",');
      if (index % 449 === 23) return '';
      if (index % 503 === 13) return row.replace(/,(\d+),(\d+)$/u, ',x$1,$2');
      return row;
    }),
  ];
};


// CSV is parsed in the main thread whatever `threads` says: with csv-parser.ts, sending the parsed
// fields to another thread cost more than parsing them (measured in docs/performance.md: one
// thread took as much CPU time and 24% less wall time than a CSV worker thread).
describe('a CSV file under 16 MiB is read in one thread, whatever threads are asked for (larger ones: csv-threads.test.ts)', () => {
  it('on rows with bad rows of every kind, and quoted fields across lines', async () => {
    const rows = await meetingRows(4000);
    const path = write('meetings.csv', `${rows.join('\r\n')}\r\n`);
    const single = await validateFile(path, { threads: 1, maxErrors: 100_000 });
    expect(workersStarted).toBe(0);
    const threaded = await validateFile(path, { threads: 2, maxErrors: 100_000 });
    expect(workersStarted).toBe(0);
    expect(threaded).toEqual(single);
    expect(single.files[0]?.bytes).toBeGreaterThan(10 * 64 * 1024);
    expect(new Set(single.errors.map((error) => error.code))).toEqual(new Set(['not-allowed-value', 'duplicate-key', 'csv-ragged-row', 'wrong-type', 'bad-format']));
  });

  it('when the parse fails half way (a quote inside an unquoted field), or at the end (a quote never closed)', async () => {
    const rows = await meetingRows(3000);
    for (const content of [
      [...rows.slice(0, 1500), `x"y${rows[1500] ?? ''}`, ...rows.slice(1501)].join('\n'),
      `${rows.join('\n')}\nmeeting-x,"never closed`,
    ]) {
      const path = write('meetings.csv', content);
      const single = await validateFile(path, { threads: 1 });
      const threaded = await validateFile(path, { threads: 2 });
      expect(threaded).toEqual(single);
      expect(single.errors.some((error) => error.code === 'csv-malformed' || error.code === 'truncated')).toBe(true);
    }
  });
});

describe('found in review: the threaded paths once differed from one thread here', () => {
  it('NDJSON: a line just over 64 MiB whose end is in the next chunk is skipped as too large', async () => {
    const line = Buffer.concat([Buffer.from('"'), Buffer.alloc(64 * 1024 * 1024 - 1, 0x61), Buffer.from('"')]);
    const report = await compare([write('just-over.ndjson', Buffer.concat([line, Buffer.from('\n{"a":1}\n')]))], {});
    expect(report.errors[0]).toMatchObject({ line: 1, code: 'too-large' });
  });

  it('CSV: bytes that are not UTF-8 stop the file only after the rows before them, and after any earlier problem', async () => {
    const rows = `${(await meetingRows(3000)).join('\n')}\n`;
    const bytes = Buffer.from(rows);
    const at = bytes.indexOf(0x0a, 600 * 1024) + 1;
    const body = bytes.subarray(bytes.indexOf(0x0a) + 1);
    const quoteError = bytes.indexOf(0x0a, 300 * 1024) + 1;
    const cases = {
      'a bad byte half way': Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]),
      'a file ending inside a character': Buffer.concat([bytes, Buffer.from('meeting-zz,'), Buffer.from('😀').subarray(0, 3)]),
      'a semicolon header, then a bad byte': Buffer.concat([Buffer.from('id;name\n'), body.subarray(0, 100 * 1024), Buffer.from([0xff]), body.subarray(100 * 1024)]),
      'a quote error, then a bad byte': Buffer.concat([bytes.subarray(0, quoteError), Buffer.from('x"y,'), bytes.subarray(quoteError, quoteError + 80 * 1024), Buffer.from([0xff]), bytes.subarray(quoteError + 80 * 1024)]),
    };
    for (const [label, content] of Object.entries(cases)) {
      const path = write('meetings.csv', content);
      const single = await validateFile(path, { threads: 1, maxErrors: 100_000 });
      const threaded = await validateFile(path, { threads: 2, maxErrors: 100_000 });
      expect(threaded, label).toEqual(single);
      expect(single.errors.length, label).toBeGreaterThan(0);
    }
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

describe('when worker threads are used', () => {
  it('by default, for an NDJSON file of 16 MiB or more only', async () => {
    await validateFile(meetingsFile);
    expect(workersStarted).toBe(0);
    const big = write('big.ndjson', Buffer.concat([meetingLines(6000), Buffer.from('\n'), meetingLines(6000)]));
    const report = await validateFile(big, { maxErrors: 100_000 });
    expect(report.files[0]?.bytes).toBeGreaterThanOrEqual(16 * 1024 * 1024);
    const threads = Math.min(availableParallelism(), 4);
    expect(workersStarted).toBe(threads - 1);
    expect(report).toEqual(await validateFile(big, { maxErrors: 100_000, threads: 1 }));
  });

  it('refuses a number of threads that is not a whole number of at least 1', async () => {
    await expect(validateFile(meetingsFile, { threads: 0 })).rejects.toThrow('threads must be a whole number of at least 1');
    await expect(validateFile(meetingsFile, { threads: 1.5 })).rejects.toThrow('threads must be a whole number of at least 1');
  });

  it('refuses an unknown table before it reads, in one thread or several', async () => {
    const path = write('rows.csv', 'id,name\r\na,b\r\n');
    for (const threads of [1, 2]) {
      await expect(validateFile(path, { threads, table: 'nope' })).rejects.toThrow(/^unknown table "nope"; use one of: meetings, /);
    }
    expect(workersStarted).toBe(0);
  });
});
