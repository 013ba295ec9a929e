/**
 * A large NDJSON file whose ids would take too much memory beside a second thread's heap is read in
 * one thread (threads.ts, ONE_THREAD_FROM_HELD_BYTES): its first part is checked before any worker
 * starts, and from the ids in it the file's are projected. Whichever way that goes, the report must
 * be the one a single thread gives, wherever the chunks are cut.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import compiled from 'virtual:compiled-validators';
import { describe, expect, it } from 'vitest';
import { validateFile } from 'china-st-meetings/validate';
import { checkChunks, type ValidatorDeps } from '../src/validate/input.ts';
import { Ledger } from '../src/validate/ledger.ts';
import { decodeUtf8, utf8BytesStage } from '../src/validate/node-input.ts';
import { checkNdjsonInThreads, PartCheckers } from '../src/validate/threads.ts';
import type { ValidationReport } from '../src/validate/types.ts';
import { cutAt, readDistJson, withWorkerCount } from './helpers.ts';
import { sourceValidatorDir } from './validator-paths.ts';

const deps: ValidatorDeps = { compiled, decode: decodeUtf8, csvInput: utf8BytesStage };
const [organization] = readDistJson('json/organizations.json') as [Record<string, unknown>];

/** Organizations whose parents come before or after them, or nowhere, with a duplicate id and bad lines. */
const organizationLines = (count: number, tail = ''): Uint8Array => {
  const lines = Array.from({ length: count }, (_, index) => {
    const parentId = index % 5 === 0 ? `org-${index + 900}` : index % 7 === 0 ? `org-missing-${index}` : `org-${Math.max(0, index - 800)}`;
    if (index % 997 === 3) return '{"id":"broken"';
    return JSON.stringify({ ...organization, id: `org-${index % 1499 === 7 ? 1 : index}`, name: `Organization ${index}`, parentId });
  });
  return new TextEncoder().encode(`${lines.join('\n')}\n${tail}`);
};

/** Parts posted to workers by the last threaded run. */
let partsSent = 0;

/** The report on files read one after another, in one thread or with a pool of 2 threads of this budget. */
const reportOn = async (files: readonly Uint8Array[], cuts: readonly number[], oneThreadFromHeldBytes?: number): Promise<ValidationReport> => {
  const ledger = new Ledger(100_000);
  // The workers run the validator built from src/ for this test run (vitest.config.ts).
  const pool =
    oneThreadFromHeldBytes === undefined
      ? undefined
      : new PartCheckers(2, deps, pathToFileURL(`${sourceValidatorDir}index.js`), 'china-st-meetings/validate part worker', oneThreadFromHeldBytes);
  try {
    for (const [index, bytes] of files.entries()) {
      const input = { file: `organizations-${index}.ndjson`, format: 'ndjson' as const, schema: 'organization' as const, chunks: cutAt(bytes, cuts), totalBytes: bytes.length };
      if (pool === undefined) await checkChunks(ledger, deps, input);
      else await checkNdjsonInThreads(ledger, deps, input, pool);
    }
  } finally {
    partsSent = pool?.partsSent ?? 0;
    await pool?.close();
  }
  return ledger.report();
};

const report = (bytes: Uint8Array, cuts: readonly number[], oneThreadFromHeldBytes?: number) => reportOn([bytes], cuts, oneThreadFromHeldBytes);

/** 256 KiB chunks, as files are read, or cuts at odd places (inside lines, inside characters). */
const cutsOf = (bytes: Uint8Array, step: number) => Array.from({ length: Math.floor(bytes.length / step) }, (_, index) => (index + 1) * step);

describe('a file whose ids would not fit beside a second thread is read in one thread', () => {
  const bytes = organizationLines(12_000);

  it('sends no part to a worker when the projection is over the budget, and reports as one thread does', async () => {
    for (const step of [256 * 1024, 100_003]) {
      const single = await report(bytes, cutsOf(bytes, step));
      const alone = await report(bytes, cutsOf(bytes, step), 1);
      expect(partsSent).toBe(0);
      expect(alone).toEqual(single);
      // The comparison is worth something only with every kind of issue the handover could misplace.
      expect(new Set(single.errors.map((error) => error.code))).toEqual(new Set(['unresolved-reference', 'duplicate-id', 'malformed-json']));
    }
  });

  it('sends parts to its worker when the projection is under the budget, with the same report', async () => {
    const single = await report(bytes, cutsOf(bytes, 256 * 1024));
    const threaded = await report(bytes, cutsOf(bytes, 256 * 1024), Number.POSITIVE_INFINITY);
    expect(partsSent).toBeGreaterThan(3);
    expect(threaded).toEqual(single);
  });

  it('projects from the first part that holds an id, after blank or broken lines', async () => {
    const start = new TextEncoder().encode(`${'   \n'.repeat(70_000)}${'{"id":\n'.repeat(10_000)}`);
    const withStart = new Uint8Array(start.length + bytes.length);
    withStart.set(start);
    withStart.set(bytes, start.length);
    const cuts = cutsOf(withStart, 256 * 1024);
    const single = await report(withStart, cuts);
    const alone = await report(withStart, cuts, 1);
    expect(partsSent).toBe(0);
    expect(alone).toEqual(single);
    expect(single.invalidRecords).toBeGreaterThan(10_000);
  });

  it('stops the workers a file before started when the next file’s ids would not fit', async () => {
    const first = organizationLines(3000);
    const cuts = cutsOf(bytes, 256 * 1024);
    const single = await reportOn([first, bytes], cuts);
    // Over the first file's projected ids (about 24 bytes each), under those plus the second's.
    const twice = await reportOn([first, bytes], cuts, 200_000);
    expect(partsSent).toBeGreaterThan(0);
    expect(twice).toEqual(single);
    expect(single.errors.filter((error) => error.code === 'duplicate-id').length).toBeGreaterThan(2000);
  });

  it('stops at bytes that are not text after the handover, at the line one thread names', async () => {
    const withBinary = organizationLines(3000, `${'\u0000'.repeat(4096)}\n`);
    const single = await report(withBinary, cutsOf(withBinary, 65_536));
    const alone = await report(withBinary, cutsOf(withBinary, 65_536), 1);
    expect(alone).toEqual(single);
    expect(single.errors.map((error) => error.code)).toContain('binary-input');
  });
});

describe('the command and validateFile: default threads against threads asked for', () => {
  // The default is one thread per core: on one core there is nothing to compare.
  it.runIf(availableParallelism() >= 2)('read a file of dense ids in one thread by default, and in two when two are asked for', async () => {
    // 4 000 organizations with ids of 60 characters (about 100 bytes a line), then 48 MB of lines
    // of spaces: from its first part the file projects about 36 MiB of ids, over the 32 MiB budget.
    const dir = mkdtempSync(join(tmpdir(), 'thread-budget-'));
    try {
      const path = join(dir, 'organizations.ndjson');
      const records = Array.from({ length: 4000 }, (_, index) => JSON.stringify({ id: `o-${String(index).padStart(58, '0')}`, name: 'X', kind: 'ministry' }));
      writeFileSync(path, `${records.join('\n')}\n${`${' '.repeat(64 * 1024)}\n`.repeat(730)}`);
      const byDefault = await withWorkerCount(() => validateFile(path));
      expect(byDefault.workers).toBe(0);
      const asked = await withWorkerCount(() => validateFile(path, { threads: 2 }));
      expect(asked.workers).toBe(1);
      expect(asked.result).toEqual(byDefault.result);
      expect(byDefault.result).toMatchObject({ valid: true, records: 4000 });
      // Large enough for the default threads (16 MiB or more).
      expect(byDefault.result.files[0]?.bytes).toBeGreaterThan(16 * 1024 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
