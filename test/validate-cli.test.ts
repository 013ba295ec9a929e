/** The `china-st-meetings` command as a user runs it: output, exit codes, and no stack traces. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetRegistry } from '../schema/index.ts';
import { distDir, sampleMeetings } from './helpers.ts';
import { sourceCli } from './validator-paths.ts';
import { boundsYoungGeneration, LARGE_INPUT_BYTES } from '../src/validate/cli-memory.ts';
import { runCommand } from '../src/validate/command.ts';

// The CLI built from src/validate/ for this run (vitest.config.ts); test/validator-dist.test.ts runs the committed one.
const cli = sourceCli;
// Full, valid, fictional meetings that refer to no other meeting (test/helpers.ts); the published
// data is read end to end by 'reads files in dependency order' alone.
const meetings = sampleMeetings();
const dir = mkdtempSync(join(tmpdir(), 'cli-'));
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const good = write('good.ndjson', `${meetings.map((meeting) => JSON.stringify(meeting)).join('\n')}\n`);
const bad = write('bad.ndjson', `${JSON.stringify(meetings[0])}\n${JSON.stringify({ ...meetings[1], attendanceMode: 'hybrid', venue: 'Hall' })}\n{oops\n`);

const run = (args: string[], input?: string) => {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

/** The command run in this process (command.ts), its output captured: for the cases that need no process of their own. */
const runHere = async (args: string[]) => {
  let stdout = '';
  let stderr = '';
  const status = await runCommand(args, { out: async (text) => void (stdout += text), err: (text) => void (stderr += text), errIsTerminal: false });
  return { status, stdout, stderr };
};

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/mu);

describe('validate', () => {
  it('exits 0 and prints a summary for valid files', () => {
    const result = run(['validate', good]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n').at(-1)).toBe(`valid: 1 file, ${meetings.length} records, no errors`);
  });

  it('exits 1 and prints FILE:LINE[:COLUMN]: /pointer: message [code] for invalid data', async () => {
    const result = await runHere(['validate', '--no-progress', bad]);
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').filter((line) => line.startsWith(bad))).toEqual([
      `${bad}:2: /venue: unknown field "venue": remove it or check its spelling [unknown-field]`,
      `${bad}:2: /attendanceMode: "hybrid" is not allowed; use one of "in-person", "online", "mixed" [not-allowed-value]`,
      `${bad}:3:2: malformed JSON: Expected property name or '}' [malformed-json]`,
    ]);
    expect(result.stdout.trim().split('\n').at(-1)).toBe('invalid: 1 file, 3 records: 1 valid, 2 invalid');
  });

  it('--json prints a machine-readable report', async () => {
    const result = await runHere(['validate', '--json', bad]);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ valid: false, records: 3, validRecords: 1, invalidRecords: 2, errorsCapped: false });
    expect(report.errors[0]).toEqual({ file: bad, line: 2, record: 1, pointer: '/venue', code: 'unknown-field', message: 'unknown field "venue": remove it or check its spelling' });
    expect(report.files).toEqual([expect.objectContaining({ file: bad, format: 'ndjson', schema: 'meeting', records: 3 })]);
  });

  it('--max-errors caps the errors listed and says so; --quiet prints only the summary', async () => {
    const capped = await runHere(['validate', '--max-errors', '1', bad]);
    expect(capped.stdout.split('\n').filter((line) => line.startsWith(bad))).toHaveLength(1);
    expect(capped.stdout).toContain('showing the first 1 error (raise --max-errors for more)');
    const quiet = await runHere(['validate', '--quiet', bad]);
    expect(quiet.stdout.trim().split('\n')).toHaveLength(1);
    expect(quiet.status).toBe(1);
  });

  it('--threads N checks NDJSON with N threads, with the same output as one', () => {
    const one = run(['validate', '--threads', '1', bad, good]);
    const three = run(['validate', '--threads', '3', bad, good]);
    expect(three).toEqual(one);
    expect(one.status).toBe(1);
  });

  it('reads standard input with -, given a format', () => {
    const result = run(['validate', '--format', 'ndjson', '-'], JSON.stringify(meetings[0]));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('valid: 1 file, 1 record, no errors');
  });

  it('reads files in dependency order, so that a glob checks every reference', async () => {
    const csvDir = join(distDir, 'csv');
    const tablesInAlphabeticalOrder = readdirSync(csvDir).filter((name) => name.endsWith('.csv')).sort().map((name) => join(csvDir, name));
    const result = await runHere(['validate', ...tablesInAlphabeticalOrder]);
    const rows = tablesInAlphabeticalOrder.reduce((count, file) => count + readFileSync(file, 'utf8').split('\r\n').filter((line) => line !== '').length - 1, 0);
    expect(result.stdout.trim()).toBe(`valid: ${tablesInAlphabeticalOrder.length} files, ${rows} records, no errors`);
    // Every dataset's JSON file, in alphabetical order too (meetings before the people, series and sources it refers to).
    const jsonDir = join(distDir, 'json');
    const jsonFiles = datasetRegistry.map(({ dataset }) => join(jsonDir, `${dataset}.json`)).sort();
    const records = jsonFiles.reduce((count, file) => count + (JSON.parse(readFileSync(file, 'utf8')) as unknown[]).length, 0);
    expect((await runHere(['validate', ...jsonFiles])).stdout.trim()).toBe(`valid: ${jsonFiles.length} files, ${records} records, no errors`);
  });

  it('validates several files, with --schema and --table', async () => {
    const people = join(distDir, 'json/people.json');
    expect((await runHere(['validate', '--schema', 'people', people])).status).toBe(0);
    const csv = write('rows.csv', 'meeting_id,number,text\r\nm,1,A text.\r\n');
    expect((await runHere(['validate', '--table', 'meeting_work_report_priorities', csv])).status).toBe(0);
  });
});

describe('the progress line', () => {
  // Over 32 MB, the size from which the progress line shows, and quick to check: the meetings, then
  // 33 MiB of lines of white space, which NDJSON skips as blank.
  const padding = `${' '.repeat(1023)}\n`.repeat(33 * 1024);
  const big = write('big.ndjson', `${meetings.map((meeting) => JSON.stringify(meeting)).join('\n')}\n${padding}`);

  it('shows on a terminal for a large file, and is cleared at the end', () => {
    // `script` (util-linux) runs the command on a pseudo-terminal, as a person would see it.
    const result = spawnSync('script', ['-qec', `${process.execPath} ${cli} validate --quiet ${big}`, '/dev/null'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\rvalidating… \d+% \d+ MB of \d+ MB/u);
    expect(result.stdout).toContain('\r\u001b[K');
    expect(result.stdout).toContain(`valid: 1 file, ${meetings.length} records, no errors`);
  });

  it('stays off when standard error is not a terminal', () => {
    const result = run(['validate', '--quiet', big]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});

describe('usage errors and unreadable input exit 2, with a message and no stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['no command', [], /Usage:/],
    ['an unknown command', ['check', good], /unknown command "check"/],
    ['no file', ['validate'], /name at least one FILE/],
    ['an unknown option', ['validate', '--fast', good], /unknown option --fast/],
    ['an option without its value', ['validate', good, '--max-errors'], /--max-errors needs a value, written after it/],
    ['--table for JSON', ['validate', '--format', 'json', '--table', 'meeting_remarks', good], /--table applies to CSV only/],
    ['arguments to a command that takes none', ['schemas', '--bogus'], /schemas takes no arguments \(got --bogus\)/],
    ['an unknown schema', ['validate', '--schema', 'meetingz', good], /unknown schema "meetingz"; use one of: meeting, person/],
    ['an unknown format', ['validate', '--format', 'xml', good], /unknown format "xml"/],
    ['an unknown table', ['validate', '--table', 'nope', good], /unknown table "nope"/],
    ['a bad --max-errors', ['validate', '--max-errors', '0', good], /--max-errors takes a whole number of at least 1/],
    ['a bad --threads', ['validate', '--threads', 'two', good], /--threads takes a whole number of at least 1, not "two"/],
    ['a missing file', ['validate', join(dir, 'missing.json')], /missing\.json: no such file/],
    ['a directory', ['validate', dir], /is a directory/],
    ['standard input without a format', ['validate', '-'], /cannot tell the format of standard input/],
  ];
  it.each(cases)('%s', async (_label, args, message) => {
    const result = await runHere(args);
    expect(result.status).toBe(2);
    expect(result.stdout + result.stderr).toMatch(message);
    noStackTrace(result.stderr);
  });

  it('as a process too: exit code 2 and the message on standard error', () => {
    for (const args of [[], ['validate', join(dir, 'missing.json')], ['validate', '--fast', good]]) {
      const result = run(args, '');
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/Usage:|no such file|unknown option --fast/u);
      noStackTrace(result.stderr);
    }
  });
});

describe('other commands', () => {
  it('schemas lists every schema and table with one line each', async () => {
    const result = await runHere(['schemas']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ {2}meeting {10}Meeting: A meeting as a news report/mu);
    expect(result.stdout).toMatch(/^ {2}meeting_work_report_priorities rows that belong to meetings rows, by meeting_id$/mu);
  });

  it('--help (also after validate) and --version', async () => {
    expect((await runHere(['--help'])).stdout).toContain('Exit codes: 0 all valid, 1 some data invalid, 2 usage error or unreadable input');
    expect(await runHere(['validate', '--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('Options for validate:') });
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/u);
  });
});

describe('the young generation of a run over large inputs', () => {
  it('is kept small from 1 GiB of input on, and only on the V8 that was measured', () => {
    expect(boundsYoungGeneration(LARGE_INPUT_BYTES, '11.3.244.8-node.38')).toBe(true);
    expect(boundsYoungGeneration(LARGE_INPUT_BYTES - 1, '11.3.244.8-node.38')).toBe(false);
    // A V8 without the flag would print an error on standard output, into a --json report.
    expect(boundsYoungGeneration(LARGE_INPUT_BYTES, '12.4.254.21-node.33')).toBe(false);
    expect(boundsYoungGeneration(LARGE_INPUT_BYTES, '110.1.0')).toBe(false);
  });

  it('leaves a --json report on a large input clean JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'large-input-'));
    const file = join(dir, 'organizations.ndjson');
    // Sparse: 1 GiB of NUL bytes, reported as binary at once, after the flag was set.
    writeFileSync(file, '');
    spawnSync('truncate', ['-s', String(LARGE_INPUT_BYTES), file]);
    const run = spawnSync(process.execPath, [sourceCli, 'validate', '--json', file], { encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stderr).not.toMatch(/\n\s+at /u);
  });
});
