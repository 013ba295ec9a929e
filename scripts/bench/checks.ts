/**
 * Before anything is timed, every contender that validates is run on small files with errors put
 * in chosen records (an unknown field, 2020-02-30, an over-long string; in CSV also a line break in
 * quotes, so that rows span lines) and must report exactly those records: a contender that checks
 * less would be faster for the wrong reason. Parsers that do not validate must agree on the number
 * of records and fields instead.
 */
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { writeRecords, type BrokenRecord } from './generate.ts';
import { workerRun } from './measure.ts';

const run = promisify(execFile);

const BROKEN_NDJSON = new Map<number, BrokenRecord>([
  [99, 'unknown-field'],
  [499, 'bad-date'],
  [899, 'long-string'],
]);
const NDJSON_ERROR_LINES = [100, 500, 900];
/** In the JSON array, the `[` is line 1 and record i line i + 2. */
const JSON_ERROR_LINES = NDJSON_ERROR_LINES.map((line) => line + 1);
const BROKEN_CSV = new Map<number, BrokenRecord>([
  [99, 'unknown-field'],
  [299, 'line-break'],
  [499, 'bad-date'],
  [899, 'long-string'],
]);
/** The header is line 1 and row i line i + 2, one more after the row whose quoted text spans two lines. */
const CSV_ERROR_LINES = [101, 301, 502, 902];

const distinctLines = (lines: readonly number[]) => [...new Set(lines)].sort((a, b) => a - b);
const listed = (lines: readonly number[]) => (lines.length === 0 ? 'none' : lines.join(', '));

/** What each contender that failed the check got wrong, by contender. */
export const checkContenders = async (dir: string, library: Record<string, string>, ajvArgs: (data: string) => string[]): Promise<Map<string, string>> => {
  const problems = new Map<string, string>();
  const expectLines = (name: string, got: readonly number[], expected: readonly number[]) => {
    if (listed(got) !== listed(expected)) problems.set(name, `reported lines ${listed(got)} instead of ${listed(expected)}`);
  };
  mkdirSync(join(dir, 'check'));
  const [ndjson, json, csv] = ['meeting.ndjson', 'meeting.json', 'meetings.csv'].map((name) => join(dir, 'check', name)) as [string, string, string];
  await writeRecords(ndjson, 1000, 'ndjson', { broken: BROKEN_NDJSON });
  await writeRecords(json, 1000, 'json', { broken: BROKEN_NDJSON });
  await writeRecords(csv, 1000, 'csv', { broken: BROKEN_CSV });
  for (const mode of ['ajv-lines', 'schemasafe-lines', 'zod-safeparse']) expectLines(mode, (await workerRun(mode, ndjson)).invalidLines ?? [], NDJSON_ERROR_LINES);
  for (const [mode, file, lines] of [
    ['library-ndjson', ndjson, NDJSON_ERROR_LINES],
    ['library-ndjson-1thread', ndjson, NDJSON_ERROR_LINES],
    ['library-json', json, JSON_ERROR_LINES],
    ['library-csv', csv, CSV_ERROR_LINES],
  ] as const) {
    expectLines(mode, distinctLines((await workerRun(mode, file, library)).errors?.map(([line]) => line) ?? []), lines);
  }
  // ajv-cli stops at the first error unless asked for all: asked here only, to see every one it finds.
  const ajvOutput = await run(process.execPath, [...ajvArgs(json), '--all-errors', '--errors=json'], { maxBuffer: 1 << 26 }).then(
    ({ stdout, stderr }) => stdout + stderr,
    (error: { stdout?: string; stderr?: string }) => (error.stdout ?? '') + (error.stderr ?? ''),
  );
  expectLines('ajv-cli', distinctLines([...ajvOutput.matchAll(/"instancePath": "\/(\d+)/gu)].map((match) => Number(match[1]) + 1)), NDJSON_ERROR_LINES);
  const counts = new Map<string, string>();
  for (const mode of ['csv-parse-only', 'papaparse-only', 'csv-parser-only']) {
    const { records, fields } = await workerRun(mode, csv, library);
    counts.set(mode, `${records} records, ${String(fields)} fields`);
  }
  for (const [mode, count] of counts) if (count !== counts.get('csv-parse-only')) problems.set(mode, `parsed ${count} where csv-parse parsed ${counts.get('csv-parse-only') ?? ''}`);
  return problems;
};
