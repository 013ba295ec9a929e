/**
 * Large CSV files read with worker threads (src/validate/csv-threads.ts) give the report one thread
 * gives: on generated files with every kind of problem, cut into parts of a few bytes to a few KiB
 * (so that records, quoted line ends, CRLFs and characters fall on every side of a cut), fed in
 * chunks cut anywhere; and on a file large enough for validateFile to use the threads itself.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import compiled from 'virtual:compiled-validators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateFile } from 'china-st-meetings/validate';
import { writeRecords } from '../scripts/bench/generate.ts';
import { CELL_TEXT_UNITS, cellPacker, cellReader, checkCsvInThreads, writeInPieces, type CsvPartMessage, type CsvPartOutcome } from '../src/validate/csv-threads.ts';
import { Int32List } from '../src/validate/int32-list.ts';
import { projectedIdBytes } from '../src/validate/id-index.ts';
import { checkChunks, type ValidatorDeps } from '../src/validate/input.ts';
import { Ledger } from '../src/validate/ledger.ts';
import { decodeUtf8, utf8BytesStage } from '../src/validate/node-input.ts';
import { PartCheckers } from '../src/validate/threads.ts';
import type { ValidationReport } from '../src/validate/types.ts';
import { distDir, cutAt, withWorkerCount } from './helpers.ts';
import { sourceValidatorDir } from './validator-paths.ts';

const deps: ValidatorDeps = { compiled, decode: decodeUtf8, csvInput: utf8BytesStage };
const dir = mkdtempSync(join(tmpdir(), 'csv-threads-'));
let pool: PartCheckers;
let roomyPool: PartCheckers;

/** A pool of 2 threads (its workers run the validator built from src/ for this test run, vitest.config.ts) that reads a CSV file alone when its ids are projected past `csvBudget` bytes. */
const poolWithBudget = (csvBudget: number) =>
  new PartCheckers(2, deps, pathToFileURL(`${sourceValidatorDir}index.js`), 'china-st-meetings/validate part worker', Number.POSITIVE_INFINITY, csvBudget);

beforeAll(async () => {
  pool = poolWithBudget(Number.POSITIVE_INFINITY);
  roomyPool = poolWithBudget(2 ** 40);
  await writeRecords(join(dir, 'generated.csv'), 400, 'csv', { seed: 5, broken: new Map([[40, 'bad-date'], [80, 'long-string'], [120, 'line-break'], [121, 'line-break']]) });
  await writeRecords(join(dir, 'invalid.csv'), 1500, 'csv', { seed: 6, invalid: true, broken: new Map([[700, 'line-break']]) });
});

afterAll(async () => {
  await pool.close();
  await roomyPool.close();
  rmSync(dir, { recursive: true, force: true });
});

const published = (table: string) => readFileSync(join(distDir, `csv/${table}.csv`), 'utf8');

/** A file's lines: its header and rows, each the text of one record (without its line end). */
const linesOf = (text: string) => text.split(/\r\n|\n/u).filter((line, index, all) => line !== '' || index < all.length - 1);

interface Input {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * How a threaded run weighs the ids against its memory budget (CSV_ONE_THREAD_FROM_HELD_BYTES):
 * not at all (`asked`: threads asked for, or a size not known), with room for any file (`room`:
 * the first part is parsed here, then the workers start), or with none (`none`: no worker starts).
 */
type Budget = 'asked' | 'room' | 'none';

const report = async (inputs: readonly Input[], maxErrors: number, cuts: readonly number[], threaded: { partBytes: number; budget?: Budget } | undefined): Promise<ValidationReport> => {
  const ledger = new Ledger(maxErrors);
  const budget = threaded?.budget ?? 'asked';
  // A pool with no room retires at the first file: each run gets its own (it starts no worker).
  const sender = budget === 'none' ? poolWithBudget(1) : budget === 'room' ? roomyPool : pool;
  try {
    for (const { name, bytes } of inputs) {
      const input = { file: `${name}.csv`, format: 'csv' as const, schema: 'meeting' as const, table: name, chunks: cutAt(bytes, cuts), ...(budget === 'asked' ? {} : { totalBytes: bytes.length }) };
      if (threaded === undefined) await checkChunks(ledger, deps, input);
      else await checkCsvInThreads(ledger, deps, input, sender, threaded.partBytes);
    }
  } finally {
    if (budget === 'none') await sender.close();
  }
  return ledger.report();
};

/** What can happen to a row, or to the file. */
type Change =
  | { kind: 'duplicate' | 'drop-cell' | 'empty-line' | 'formula'; row: number }
  | { kind: 'quoted-text'; row: number; text: string }
  | { kind: 'raw'; row: number; text: string }
  | { kind: 'byte'; at: number; byte: number };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constantFrom('duplicate', 'drop-cell', 'empty-line', 'formula'), row: fc.nat() }),
  fc.record({ kind: fc.constant('quoted-text'), row: fc.nat(), text: fc.constantFrom('a\nb', 'a\r\nb', 'a""b', '"', '\r', 'x,y', 'line one\r\nline two\nthree', '中文\n字') }),
  // Text put in a row as it is: a lone line end, a quote inside an unquoted field, an unclosed quote.
  fc.record({ kind: fc.constant('raw'), row: fc.nat(), text: fc.constantFrom('\n', '\r', 'x"y', '"never closed', '""', 'é', '\uFEFF') }),
  fc.record({ kind: fc.constant('byte'), at: fc.nat(), byte: fc.constantFrom(0xff, 0x00, 0xc3, 0x22, 0x0a, 0x0d) }),
);

const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`;

/** A file of `table` (a published or generated file), with the changes made, its lines ended by `end`. */
const fileOf = (source: string, changes: readonly Change[], end: string, bom: boolean): Uint8Array => {
  const [header = '', ...rows] = linesOf(source);
  const lines = [...rows];
  for (const item of changes) {
    if (lines.length === 0) break;
    const at = 'row' in item ? item.row % lines.length : 0;
    const line = lines[at] ?? '';
    const comma = line.indexOf(',');
    if (item.kind === 'duplicate') lines.splice(at, 0, line);
    else if (item.kind === 'drop-cell') lines[at] = line.slice(0, Math.max(0, line.lastIndexOf(',')));
    else if (item.kind === 'empty-line') lines.splice(at, 0, '');
    else if (item.kind === 'formula') lines[at] = `${line.slice(0, comma + 1)}=1+1${line.slice(line.indexOf(',', comma + 1))}`;
    else if (item.kind === 'quoted-text') lines[at] = `${line.slice(0, comma + 1)}${quoted(item.text)}${line.slice(line.indexOf(',', comma + 1))}`;
    else if (item.kind === 'raw') lines[at] = `${line.slice(0, comma + 1)}${item.text}${line.slice(comma + 1)}`;
  }
  // A last row that is invalid (too few cells): its line shows in the report, so a line miscounted
  // anywhere before it shows too.
  let bytes = Buffer.from(`${bom ? '\uFEFF' : ''}${[header, ...lines, 'last'].join(end)}${end}`);
  for (const item of changes) {
    if (item.kind !== 'byte' || bytes.length === 0) continue;
    const at = item.at % bytes.length;
    bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([item.byte]), bytes.subarray(at)]);
  }
  return bytes;
};

describe('CSV read with worker threads', () => {
  const sources = (): Record<string, { table: string; text: string; before: string[] }> => ({
    meetings: { table: 'meetings', text: readFileSync(join(dir, 'generated.csv'), 'utf8'), before: [] },
    'published meetings': { table: 'meetings', text: published('meetings'), before: ['organizations', 'people', 'sources'] },
    organizations: { table: 'organizations', text: published('organizations'), before: [] },
    people: { table: 'people', text: published('people'), before: ['organizations'] },
    remarks: { table: 'meeting_remarks', text: published('meeting_remarks'), before: ['organizations', 'people', 'sources', 'meetings'] },
    participants: { table: 'meeting_participants', text: published('meeting_participants'), before: [] },
  });

  it('gives the report one thread gives, on files with every kind of problem, cut anywhere', async () => {
    const all = sources();
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          source: fc.constantFrom(...Object.keys(all)),
          changes: fc.array(change, { maxLength: 4 }),
          end: fc.constantFrom('\r\n', '\n', '\r\n', '\n', '\r'),
          bom: fc.boolean(),
          withBefore: fc.boolean(),
          cuts: fc.array(fc.nat({ max: 200_000 }), { maxLength: 4 }),
          partBytes: fc.constantFrom(16, 100, 700, 4096, 40_000),
          maxErrors: fc.constantFrom(1, 4, 1_000_000),
          budget: fc.constantFrom<Budget>('asked', 'asked', 'room', 'none'),
        }),
        async ({ source, changes, end, bom, withBefore, cuts, partBytes, maxErrors, budget }) => {
          const { table, text, before } = all[source] as { table: string; text: string; before: string[] };
          const inputs: Input[] = [
            ...(withBefore ? before.map((name) => ({ name, bytes: Buffer.from(published(name)) })) : []),
            { name: table, bytes: fileOf(text, changes, end, bom) },
          ];
          const one = await report(inputs, maxErrors, cuts, undefined);
          const threaded = await report(inputs, maxErrors, cuts, { partBytes, budget });
          expect(threaded).toEqual(one);
        },
      ),
      { numRuns: 400, seed: 12 },
    );
  });

  it('stops where one thread stops: a bad byte, a NUL or a parse error after many parts', async () => {
    const text = readFileSync(join(dir, 'generated.csv'), 'utf8');
    const big = Buffer.from(`${linesOf(text)[0]}\n${linesOf(text).slice(1).join('\n').repeat(4)}\n`);
    const at = (fraction: number) => big.indexOf(0x0a, Math.floor(big.length * fraction)) + 7;
    const cases = {
      'a bad byte half way': Buffer.concat([big.subarray(0, at(0.5)), Buffer.from([0xff]), big.subarray(at(0.5))]),
      'a NUL byte near the end': Buffer.concat([big.subarray(0, at(0.9)), Buffer.from([0]), big.subarray(at(0.9))]),
      'a quote inside an unquoted field': Buffer.concat([big.subarray(0, at(0.3)), Buffer.from('x"y'), big.subarray(at(0.3))]),
      'a quote error, then a bad byte': Buffer.concat([big.subarray(0, at(0.3)), Buffer.from('x"y'), big.subarray(at(0.3), at(0.6)), Buffer.from([0xff]), big.subarray(at(0.6))]),
      'a quote never closed': Buffer.concat([big, Buffer.from('meeting-x,"never closed\n')]),
      'a file ending inside a character': Buffer.concat([big, Buffer.from('😀').subarray(0, 3)]),
    };
    for (const [label, bytes] of Object.entries(cases)) {
      const inputs = [{ name: 'meetings', bytes }];
      const one = await report(inputs, 1_000_000, [70_000, 300_000], undefined);
      expect(one.errors.length, label).toBeGreaterThan(0);
      for (const partBytes of [1000, 64 * 1024]) expect(await report(inputs, 1_000_000, [70_000, 300_000], { partBytes }), label).toEqual(one);
    }
  });

  it('parses the rest of a file of invalid rows in this thread, and still gives the report of one thread', async () => {
    const invalid = Buffer.from(readFileSync(join(dir, 'invalid.csv'), 'utf8').replace('\r\n', '\n'));
    const valid = Buffer.from(readFileSync(join(dir, 'generated.csv'), 'utf8'));
    const middle = invalid.indexOf(0x0a, Math.floor(invalid.length / 2)) + 3;
    const cases = {
      'invalid rows': invalid,
      'invalid rows, then a quote error': Buffer.concat([invalid.subarray(0, middle), Buffer.from('x"y'), invalid.subarray(middle)]),
      'invalid rows, then a bad byte': Buffer.concat([invalid.subarray(0, middle), Buffer.from([0xff]), invalid.subarray(middle)]),
      'invalid rows, then valid ones': Buffer.concat([invalid, valid.subarray(valid.indexOf(0x0a) + 1)]),
      'invalid rows, a quote never closed': Buffer.concat([invalid, Buffer.from('meeting-x,"never closed\r\n')]),
    };
    for (const [label, bytes] of Object.entries(cases)) {
      for (const maxErrors of [5, 1_000_000]) {
        const one = await report([{ name: 'meetings', bytes }], maxErrors, [100_000], undefined);
        for (const partBytes of [500, 30_000]) expect(await report([{ name: 'meetings', bytes }], maxErrors, [100_000], { partBytes }), label).toEqual(one);
      }
    }
  });

  it('parses long records, an early unclosed quote and many blank lines before the header here, as they come', async () => {
    const text = readFileSync(join(dir, 'generated.csv'), 'utf8');
    const [header = '', ...rows] = linesOf(text);
    const body = rows.join('\r\n');
    const long = `meeting-long,"${'a long name\r\nover many lines '.repeat(100_000)}",x\r\n`;
    const cases = {
      'a 3 MB quoted field between rows': `${header}\r\n${body}\r\n${long}${body}\r\n`,
      'a quote never closed, early': `${header}\r\n${rows.slice(0, 3).join('\r\n')}\r\nmeeting-x,"never closed\r\n${body.repeat(30)}\r\n`,
      'blank lines before the header': `${'\n'.repeat(2_500_000)}${header}\n${rows.join('\n')}\n`,
    };
    for (const [label, content] of Object.entries(cases)) {
      const bytes = Buffer.from(content);
      const one = await report([{ name: 'meetings', bytes }], 1_000_000, [1_000_000], undefined);
      expect(await report([{ name: 'meetings', bytes }], 1_000_000, [1_000_000], { partBytes: 4096 }), label).toEqual(one);
    }
  });

  it('checks the parts in the workers: its rows are sent back, fast path or not', async () => {
    const bytes = fileOf(readFileSync(join(dir, 'generated.csv'), 'utf8'), [], '\n', false);
    let sent = 0;
    const counting = {
      beginCsvFile: (message: Parameters<PartCheckers['beginCsvFile']>[0]) => pool.beginCsvFile(message),
      start: () => pool.start(),
      retire: () => pool.retire(),
      csvOneThreadFromHeldBytes: Number.POSITIVE_INFINITY,
      checkCsvPart: (message: CsvPartMessage): Promise<CsvPartOutcome> => {
        sent += 1;
        return pool.checkCsvPart(message);
      },
      partBuffer: (size: number) => pool.partBuffer(size),
      recycle: (buffer: ArrayBuffer) => pool.recycle(buffer),
      workerCount: 1,
    };
    const ledger = new Ledger(1_000_000);
    await checkCsvInThreads(ledger, deps, { file: 'meetings.csv', format: 'csv', schema: 'meeting', table: 'meetings', chunks: cutAt(bytes, []) }, counting, 2000);
    expect(sent).toBeGreaterThan(10);
    expect(ledger.report()).toEqual(await report([{ name: 'meetings', bytes }], 1_000_000, [], undefined));
  });
});

describe('a CSV file whose ids would not fit beside a second thread is read in this thread alone', () => {
  // 400 generated rows, with a duplicate key and a ragged row among them.
  const bytes = () => fileOf(readFileSync(join(dir, 'generated.csv'), 'utf8'), [{ kind: 'duplicate', row: 300 }, { kind: 'drop-cell', row: 2 }], '\r\n', false);
  const inputOf = (name: string, file: Uint8Array) => ({ file: `${name}.csv`, format: 'csv' as const, schema: 'meeting' as const, table: 'meetings', chunks: cutAt(file, [5000, 60_000]), totalBytes: file.length });

  /**
   * Checks `files` in one ledger, after those in `before` in one thread, with a pool of this budget
   * (in 2000-byte parts); counts the parts posted, after each file, and the workers started.
   */
  const run = async (csvBudget: number, files: readonly Uint8Array[], before: readonly Uint8Array[] = []) => {
    const checkers = poolWithBudget(csvBudget);
    const ledger = new Ledger(1_000_000);
    try {
      for (const [index, file] of before.entries()) await checkChunks(ledger, deps, inputOf(`before-${index}`, file));
      const partsSent: number[] = [];
      for (const [index, file] of files.entries()) {
        await checkCsvInThreads(ledger, deps, inputOf(`meetings-${index}`, file), checkers, 2000);
        partsSent.push(checkers.partsSent);
      }
      return { report: ledger.report(), partsSent, retired: checkers.retired, workers: checkers.workersStarted };
    } finally {
      await checkers.close();
    }
  };

  /** The same files in one thread (named as `run` names them). */
  const oneThread = async (files: readonly Uint8Array[], before: readonly Uint8Array[] = []) => {
    const ledger = new Ledger(1_000_000);
    for (const [index, file] of before.entries()) await checkChunks(ledger, deps, inputOf(`before-${index}`, file));
    for (const [index, file] of files.entries()) await checkChunks(ledger, deps, inputOf(`meetings-${index}`, file));
    return ledger;
  };

  it('starts no worker and sends no part when the projection is over the budget, and reports as one thread does', async () => {
    const one = (await oneThread([bytes()])).report();
    expect(one.errors.map((error) => error.code)).toEqual(expect.arrayContaining(['duplicate-key', 'csv-ragged-row']));
    expect(await run(1, [bytes()])).toEqual({ report: one, partsSent: [0], retired: true, workers: 0 });
  });

  it('projects the ids of the whole file from those of its start: their characters and 16 bytes each', () => {
    // 100 ids of 10 characters in the first 10 kB of a 1 MB file: 100 times (1 000 + 1 600) bytes.
    expect(projectedIdBytes(1000, 100, 10_000, 1_000_000)).toBe(260_000);
  });

  it('sends parts to the workers when the projection is under the budget, with the same report', async () => {
    const one = (await oneThread([bytes()])).report();
    const threaded = await run(2 ** 31, [bytes()]);
    expect(threaded.report).toEqual(one);
    expect(threaded.retired).toBe(false);
    expect(threaded.workers).toBe(1);
    expect(threaded.partsSent[0]).toBeGreaterThan(10);
  });

  it('counts only the ids the file adds to its key space, against what the index holds already', async () => {
    // 3 200 rows of other ids in the same key space (meetings), read before in one thread.
    const earlier = Buffer.from(readFileSync(join(dir, 'generated.csv'), 'utf8').replaceAll('meeting-', 'earlier-'));
    const many = Buffer.concat([earlier, ...Array.from({ length: 7 }, (_, copy) => Buffer.from(linesOf(earlier.toString()).slice(1).map((line) => line.replace('earlier-', `earlier-${copy}-`)).join('\r\n') + '\r\n'))]);
    const file = bytes();
    const ids = new Set(linesOf(file.toString()).slice(1).map((line) => line.slice(0, line.indexOf(','))));
    // What the file's own ids take, as projected: their characters and 16 bytes each.
    const own = [...ids].reduce((sum, id) => sum + id.length, 0) + 16 * ids.size;
    const heldBefore = (await oneThread([], [many])).heldBytes;
    const one = await oneThread([file], [many]);
    const roomy = await run(one.heldBytes + 2 * own, [file], [many]);
    expect(roomy.workers).toBe(1);
    expect(roomy.report).toEqual(one.report());
    const tight = await run(heldBefore + own / 2, [file], [many]);
    expect(tight).toMatchObject({ workers: 0, retired: true, partsSent: [0] });
  });

  it('ends the projection on rows whose keys were seen before (they take no more memory)', async () => {
    const twice = await run(2 ** 31, [bytes(), bytes()]);
    const [first = 0, second = 0] = twice.partsSent;
    expect(second - first).toBeGreaterThan(10);
    expect(twice.report).toEqual((await oneThread([bytes(), bytes()])).report());
  });

  it('starts no worker when the first part with ids is the last one, or the file stops in it', async () => {
    const text = readFileSync(join(dir, 'generated.csv'), 'utf8');
    const [header = '', ...rows] = linesOf(text);
    const small = Buffer.from(`${header}\n${rows.slice(0, 3).join('\n')}\n`);
    const broken = Buffer.from(`${header}\n${rows.slice(0, 3).join('\n')}\nmeeting-x,x"y\n${rows.slice(3).join('\n')}\n`);
    for (const file of [small, broken]) {
      const threaded = await run(2 ** 31, [file]);
      expect(threaded.workers).toBe(0);
      expect(threaded.report).toEqual((await oneThread([file])).report());
    }
  });
});

describe('a worker given a part before its file', () => {
  it('fails the part instead of leaving the run waiting for it', async () => {
    const checkers = poolWithBudget(Number.POSITIVE_INFINITY);
    try {
      checkers.start();
      const bytes = new Uint8Array(checkers.partBuffer(10), 0, 10).fill(0x61);
      await expect(checkers.checkCsvPart({ type: 'csv-part', bytes, firstLine: 2, last: true })).rejects.toThrow(/before its file/u);
    } finally {
      await checkers.close();
    }
  });
});

describe('validateFile on a CSV file of 16 MiB or more', () => {
  it('with the default threads, reads a file whose ids would not fit beside a worker in one thread; threads asked for are used', async () => {
    // 4 800 rows whose ids are 5 000 characters long (and so refused): 25 MB, about 24 MB of ids projected.
    const [header = '', row = ''] = linesOf(readFileSync(join(dir, 'generated.csv'), 'utf8'));
    const rest = row.slice(row.indexOf(','));
    const path = join(dir, 'long-ids.csv');
    writeFileSync(path, `${header}\n${Array.from({ length: 4800 }, (_, index) => `meeting-${index}-${'x'.repeat(5000)}${rest}`).join('\n')}\n`);
    try {
      const byDefault = await withWorkerCount(() => validateFile(path));
      expect(byDefault.workers).toBe(0);
      const asked = await withWorkerCount(() => validateFile(path, { threads: 2 }));
      expect(asked.workers).toBe(1);
      expect(asked.result).toEqual(byDefault.result);
      expect(byDefault.result.files[0]?.bytes).toBeGreaterThan(24 * 1024 * 1024);
      expect(byDefault.result.invalidRecords).toBe(4800);
    } finally {
      rmSync(path);
    }
  });

  it('uses worker threads, and reports what one thread reports', async () => {
    const path = join(dir, 'meetings.csv');
    await writeRecords(path, 62_000, 'csv', { seed: 9, broken: new Map([[10, 'bad-date'], [30_000, 'line-break'], [30_001, 'unknown-field'], [61_000, 'long-string']]) });
    const text = readFileSync(path, 'utf8');
    // Duplicate keys far apart, in different parts.
    writeFileSync(path, `${text}${linesOf(text)[5]}\r\n`);
    const threaded = await withWorkerCount(() => validateFile(path, { threads: 2, maxErrors: 1000 }));
    expect(threaded.workers).toBe(1);
    const single = await validateFile(path, { threads: 1, maxErrors: 1000 });
    expect(threaded.result).toEqual(single);
    expect(single.files[0]?.bytes).toBeGreaterThanOrEqual(16 * 1024 * 1024);
    expect(single.errors.length).toBeGreaterThanOrEqual(4);
    expect(single.errors.map((error) => error.code)).toEqual(expect.arrayContaining(['csv-ragged-row', 'duplicate-key']));
  });
});

describe('a part is decoded a piece at a time (no string of 128 KiB or more, which V8 frees only at a full collection)', () => {
  // Characters of 1 to 4 bytes, in a pattern set by the property, so that piece ends fall inside characters.
  const characters = ['a', ',', '"', '\n', 'é', '’', '中', '😀'];
  const textOf = (offset: number, step: number, length: number) =>
    Array.from({ length }, (_, index) => characters[(index * step + offset) % characters.length]).join('');

  it('gives the parser the same text as one decoding, in pieces of at most 64 KiB, whatever the characters', () => {
    fc.assert(
      fc.property(fc.nat(7), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 70_000, max: 140_000 }), (offset, step, length) => {
        const text = textOf(offset, step, length);
        const pieces: string[] = [];
        const error = writeInPieces({ write: (piece: string) => void pieces.push(piece) }, new TextEncoder().encode(text));
        expect(error).toBeUndefined();
        expect(pieces.join('')).toBe(text);
        for (const piece of pieces) expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(64 * 1024);
        expect(pieces.length).toBeGreaterThan(1);
      }),
      { numRuns: 30 },
    );
  });

  it('goes on over bytes that are not UTF-8 (never given to it), 64 KiB at a time', () => {
    const pieces: string[] = [];
    writeInPieces({ write: (piece: string) => void pieces.push(piece) }, new Uint8Array(70 * 1024).fill(0x80));
    expect(pieces).toHaveLength(2);
  });

  it('stops at the parser’s first error', () => {
    const written: string[] = [];
    const error = writeInPieces({ write: (piece: string) => (written.push(piece), written.length === 2 ? 'stop' : undefined) }, new Uint8Array(300 * 1024).fill(0x61));
    expect(error).toBe('stop');
    expect(written).toHaveLength(2);
  });
});

describe('a part’s cells go back in strings of at most CELL_TEXT_UNITS units (none a large object)', () => {
  // Empty cells, cells around the limit and over it, and two-byte ones, so that cuts fall at every kind of cell.
  const cellArbitrary = fc.oneof(
    fc.constant(''),
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.integer({ min: CELL_TEXT_UNITS - 3, max: CELL_TEXT_UNITS + 3 }).map((length) => 'x'.repeat(length)),
    fc.integer({ min: 1, max: 3 * CELL_TEXT_UNITS }).map((length) => '中'.repeat(length)),
  );

  /** Packs cells as a worker does, and reads them back as this thread does. */
  const roundTrip = (cells: readonly string[], reader = cellReader) => {
    const lengths = new Int32List();
    const packer = cellPacker(lengths);
    for (const cell of cells) packer.push(cell);
    const outcome = { cells: packer.take(), lengths: lengths.take() };
    const next = reader(outcome);
    return { joined: outcome.cells, read: cells.map(() => next()) };
  };

  it('reads back every cell as it was sent, from strings no longer than the limit unless one cell is', () => {
    fc.assert(
      fc.property(fc.array(cellArbitrary, { maxLength: 60 }), (cells) => {
        const { joined, read } = roundTrip(cells);
        expect(read).toEqual(cells);
        expect(joined.join('')).toBe(cells.join(''));
        const longest = Math.max(0, ...cells.map((cell) => cell.length));
        for (const text of joined) expect(text.length).toBeLessThanOrEqual(Math.max(CELL_TEXT_UNITS, longest));
      }),
      // An empty cell between two long ones once made an empty string that the reader stepped into.
      { numRuns: 300, examples: [[['x'.repeat(CELL_TEXT_UNITS + 1), '', 'y'.repeat(CELL_TEXT_UNITS + 1)]]] },
    );
  });

  it('can fail: a reader that stays in the first string is caught', () => {
    const oneString = (outcome: Pick<CsvPartOutcome, 'cells' | 'lengths'>) => {
      let offset = 0;
      let index = 0;
      return () => {
        const length = outcome.lengths[index++] as number;
        const cell = (outcome.cells[0] as string).slice(offset, offset + length);
        offset += length;
        return cell;
      };
    };
    const cells = ['a', 'x'.repeat(CELL_TEXT_UNITS), 'b'];
    expect(roundTrip(cells).read).toEqual(cells);
    expect(roundTrip(cells, oneString).read).not.toEqual(cells);
  });
});
