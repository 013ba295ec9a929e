/**
 * Hostile input, measured: `npx tsx scripts/hostile.ts [--quick] [--cli PATH] [--only PREFIX]`.
 *
 * Writes each hostile file of the adversarial review into a temporary directory, runs the command on it under
 * /usr/bin/time, and prints its time, peak memory (max RSS), exit code, and whether it printed a
 * stack trace. The unit tests check what bounds time and memory; this measures the bounds. It
 * runs the committed dist/validate/cli.js unless told another.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { limits } from '../schema/limits.ts';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const cliAt = process.argv.indexOf('--cli');
const cli = cliAt === -1 ? join(rootDir, 'dist/validate/cli.js') : (process.argv[cliAt + 1] ?? '');
const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
const [organization] = JSON.parse(readFileSync(join(rootDir, 'dist/json/organizations.json'), 'utf8')) as Record<string, unknown>[];
const [source] = JSON.parse(readFileSync(join(rootDir, 'dist/json/sources.json'), 'utf8')) as Record<string, unknown>[];

/** Writes a file from pieces without holding it whole. */
const written: string[] = [];
const write = (name: string, pieces: Iterable<string | Uint8Array>): string => {
  const path = join(dir, name);
  written.push(path);
  const fd = openSync(path, 'w');
  for (const piece of pieces) writeSync(fd, typeof piece === 'string' ? Buffer.from(piece) : piece);
  closeSync(fd);
  return path;
};

function* repeat(text: string, times: number) {
  for (let index = 0; index < times; index += 1) yield text;
}

interface Case {
  readonly name: string;
  readonly args: () => string[];
  readonly input?: string;
  readonly timeoutSeconds?: number;
  /** Shell text after the command: a redirection (`2>/dev/full`) or a pipe (`| head -n 5`). */
  readonly shell?: string;
}

const scale = (full: number, small: number) => (quick ? small : full);

const cases: Case[] = [
  // A list one item over its bound is refused before its items are checked; one at its bound has every bad item reported.
  ...[limits.participants.max + 1, limits.participants.max].map((items) => ({
    name: `1. {"participants":[{},{},…]}, ${items.toLocaleString('en-US')} items (the bound is ${limits.participants.max.toLocaleString('en-US')}), --threads 1 --max-errors 1`,
    args: () => ['--threads', '1', '--max-errors', '1', write(`items-${items}.ndjson`, [`{"participants":[${Array.from({ length: items }, () => '{}').join(',')}]}\n`])],
  })),
  ...[[], ['--threads', '1']].map((threads) => ({
    name: `2. organizations whose parentId points forward: ${scale(4_000_000, 500_000).toLocaleString('en-US')} records${threads.length === 0 ? '' : ` ${threads.join(' ')}`}`,
    args: () => {
      const count = scale(4_000_000, 500_000);
      function* records() {
        for (let index = 0; index < count; index += 1) yield `${JSON.stringify({ ...organization, id: `org-${index}`, parentId: `org-${index + 1}` })}\n`;
      }
      return [...threads, '--schema', 'organization', write('forward.ndjson', records())];
    },
  })),
  {
    name: `2. the same as CSV (organizations table): ${scale(4_000_000, 500_000).toLocaleString('en-US')} rows`,
    args: () => {
      const count = scale(4_000_000, 500_000);
      const [header, row] = readFileSync(join(rootDir, 'dist/csv/organizations.csv'), 'utf8').split('\n') as [string, string];
      const [, ...cells] = row.split(',');
      const parentColumn = header.split(',').indexOf('parent_id') - 1;
      function* rows() {
        yield `${header}\n`;
        for (let index = 0; index < count; index += 1) yield `org-${index},${cells.map((cell, column) => (column === parentColumn ? `org-${index + 1}` : cell)).join(',')}\n`;
      }
      return ['--table', 'organizations', write('forward.csv', rows())];
    },
  },
  {
    name: `3. ${scale(8, 3)} records with a 60 MB unknown key each`,
    args: () => {
      const key = 'k'.repeat(60_000_000);
      return [write('long-keys.ndjson', repeat(`{"${key}":1}\n`, scale(8, 3)))];
    },
  },
  {
    name: '4. one 66 MB line of [[[…]]] (33M levels)',
    args: () => [write('deep.ndjson', [`${'['.repeat(33_000_000)}${']'.repeat(33_000_000)}\n`])],
  },
  {
    name: '4. four such lines, default threads',
    args: () => ['--threads', '2', write('deep4.ndjson', repeat(`${'['.repeat(33_000_000)}${']'.repeat(33_000_000)}\n`, 4))],
  },
  ...(['ndjson', 'json', 'csv'] as const).map((format) => ({ name: `5. /dev/zero --format ${format}`, args: () => ['--format', format, '/dev/zero'], timeoutSeconds: 120 })),
  { name: '5. /dev/urandom --format ndjson', args: () => ['--format', 'ndjson', '/dev/urandom'], timeoutSeconds: 120 },
  { name: '6. --threads 1000 on a 2-record file', args: () => ['--threads', '1000', join(rootDir, 'dist/json/organizations.json')] },
  {
    name: `smaller: ${scale(10_000_000, 1_000_000).toLocaleString('en-US')} broken lines`,
    args: () => [write('broken.ndjson', repeat('x\n', scale(10_000_000, 1_000_000)))],
  },
  // The second pass.
  ...(['json', 'csv'] as const).flatMap((format) =>
    [100_000, 1_000_000].map((length) => ({
      name: `2-1. a source whose url is http:// + ${length.toLocaleString('en-US')} × a + a space, as ${format === 'json' ? 'JSON' : 'sources.csv'}`,
      args: () => {
        const url = `http://${'a'.repeat(length)} `;
        if (format === 'json') return ['--schema', 'source-document', write('url.json', [JSON.stringify({ ...source, url })])];
        const [header = ''] = readFileSync(join(rootDir, 'dist/csv/sources.csv'), 'utf8').split('\n');
        return [write('sources.csv', [`${header}\n`, header.split(',').map((column) => (column === 'url' ? url : column === 'id' ? 'x' : '')).join(','), '\n'])];
      },
    })),
  ),
  ...[2_000_000, scale(6_000_000, 2_000_000)].map((keys) => ({
    name: `2-2. one line of ${keys.toLocaleString('en-US')} unknown keys, --threads 1 --max-errors 1`,
    args: () => {
      function* line() {
        yield '{';
        for (let start = 0; start < keys; start += 100_000) yield Array.from({ length: Math.min(100_000, keys - start) }, (_, index) => `${start + index === 0 ? '' : ','}"k${start + index}":0`).join('');
        yield '}\n';
      }
      return ['--threads', '1', '--max-errors', '1', '--schema', 'organization', write('keys.ndjson', line())];
    },
  })),
  ...[40_000, 80_000, scale(1_000_000, 200_000)].map((columns) => ({
    name: `2-4. a CSV header of ${columns.toLocaleString('en-US')} columns, --table people`,
    args: () => ['--table', 'people', write('wide.csv', ['id', ...Array.from({ length: columns - 1 }, (_, index) => `,c${index}`), '\nx\n'])],
  })),
  {
    name: `2-7. ${scale(10_000_000, 1_000_000).toLocaleString('en-US')} lines of {, --max-errors 1`,
    args: () => ['--max-errors', '1', write('braces.ndjson', repeat('{\n', scale(10_000_000, 1_000_000)))],
  },
  {
    name: '2-9. a people.csv cell -2+3+cmd|\' /C calc\'!A0 (a note is expected)',
    args: () => [write('people.csv', ['id,name\n', "x,-2+3+cmd|' /C calc'!A0\n"])],
  },
  {
    name: '2-5. 3,000 invalid records, --max-errors 3000 | head -n 5 (exit 1)',
    args: () => ['--max-errors', '3000', write('bad.ndjson', repeat('{}\n', 3000))],
    shell: '| head -n 5',
  },
  { name: '2-11. a missing file, standard error to /dev/full (exit 2)', args: () => [join(dir, 'missing.ndjson')], shell: '2>/dev/full' },
];

const onlyAt = process.argv.indexOf('--only');
const only = onlyAt === -1 ? undefined : (process.argv[onlyAt + 1] ?? '');
const rows: string[] = [];
const timeFile = join(dir, 'time.txt');
for (const { name, args, timeoutSeconds = 600, shell = '' } of cases.filter((candidate) => only === undefined || candidate.name.startsWith(only))) {
  // Quiet but where the output is piped: the reader must get more than it reads.
  const commandArgs = ['validate', ...(shell.includes('|') ? [] : ['--quiet']), ...args()];
  // In a shell for the cases that redirect or pipe the command's output; the exit code is the command's.
  const script = `set -o pipefail; /usr/bin/time -o "$TIME_FILE" -f 'hostile-time %e %M %x' "$@" ${shell}`;
  const result = spawnSync('bash', ['-c', script, 'bash', process.execPath, cli, ...commandArgs], {
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
    maxBuffer: 1 << 26,
    env: { ...process.env, TIME_FILE: timeFile },
  });
  const timed = result.signal === null ? readFileSync(timeFile, 'utf8') : '';
  const [, seconds = 'timeout', rssKb = 'NaN', status = '?'] = /hostile-time ([\d.]+) (\d+) (\d+)/u.exec(timed) ?? [];
  const stack = /\n\s+at .+\(.*:\d+:\d+\)/u.test(result.stderr) ? 'STACK TRACE' : 'no stack trace';
  const exit = result.signal === null ? status : `killed (${result.signal})`;
  rows.push(`| ${name} | ${seconds} s | ${Math.round(Number(rssKb) / 1024)} MB | ${exit} | ${stack} | ${result.stdout.trim().split('\n').at(-1)?.slice(0, 90) ?? ''} |`);
  console.log(rows.at(-1));
  for (const path of written.splice(0)) rmSync(path, { force: true });
}
rmSync(dir, { recursive: true, force: true });
console.log(`\nNode ${process.version}; ${cli}\n| case | time | peak RSS | exit | stderr | last line |\n| --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}`);
