/**
 * The validator benchmark: `npm run bench` (or `npm run bench -- --quick`).
 *
 * Generates realistic records, then measures each contender in a process of its own (so that
 * peak memory is its own), alternating them over several rounds and keeping the median time.
 * Every figure is printed as a ratio against a baseline measured in the same run, on the same
 * machine, on the same records: it is the ratios that the README reports, not absolute speeds.
 * CPU seconds (all threads) are printed beside wall time: on a shared machine they vary less.
 *
 * Before anything is timed, every contender that validates is run on small files with errors put
 * in chosen records (an unknown field, 2020-02-30, an over-long string; in CSV also a line break in
 * quotes, so that rows span lines) and must report exactly those records: a contender that checks
 * less would be faster for the wrong reason. Each figure of one that fails is marked.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { bundleCsvParser, bundleLibrary } from './bench/bundle.ts';
import { writePublishedShape, writeRecords, type BrokenRecord } from './bench/generate.ts';

const run = promisify(execFile);
const rootDir = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const RECORDS = quick ? 20_000 : 200_000;
const ROUNDS = quick ? 1 : 3;
const LARGE_RECORDS = quick ? 0 : 1_000_000;
/**
 * `--baseline=REV`: the git revision whose built library (its dist/validate/index.js, which is
 * self-contained) the CSV table compares the library from src/ with. By default 870075b, the last
 * library that read CSV as 0.1.0 did (csv-parse, in a worker thread): the CSV goal is 3x its speed.
 */
const BASELINE = process.argv.find((arg) => arg.startsWith('--baseline='))?.slice('--baseline='.length) ?? '870075b';

interface Measure {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly maxRssMb: number;
  readonly ok: boolean;
  readonly detail?: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Where the bundles that scripts/bench/bundle.ts builds for this run are (see main). */
const bundles = { baseline: '', library: '', csvParser: '' };

type WorkerResult = { seconds: number; cpuSeconds: number; maxRssMb: number; records: number; fields?: number; invalid?: number; invalidLines?: number[]; errors?: [number, string][] };

/** Runs scripts/bench/worker.mjs; `library` picks the library bundle for library-* modes (dist by default). */
const workerRun = async (mode: string, file: string, library?: string): Promise<WorkerResult> => {
  const env = { ...process.env, BENCH_CSV_PARSER: bundles.csvParser, ...(library === undefined ? {} : { BENCH_LIBRARY: library }) };
  const { stdout } = await run(process.execPath, [join(rootDir, 'scripts/bench/worker.mjs'), mode, file], { maxBuffer: 1 << 24, env });
  return JSON.parse(stdout) as WorkerResult;
};

/** One in-process measurement by scripts/bench/worker.mjs (time spent after start-up). */
const worker = async (mode: string, file: string, library?: string): Promise<Measure> => {
  const result = await workerRun(mode, file, library);
  return { seconds: result.seconds, cpuSeconds: result.cpuSeconds, maxRssMb: result.maxRssMb, ok: true };
};

/** A whole command, timed from outside (start-up included), with its peak memory. */
const command = async (args: string[]): Promise<Measure> => {
  const started = performance.now();
  const reporter = join(rootDir, 'scripts/bench/report-rss.cjs');
  try {
    const { stderr } = await run(process.execPath, ['--require', reporter, ...args], { maxBuffer: 1 << 26 });
    return { seconds: (performance.now() - started) / 1000, cpuSeconds: cpuOf(stderr), maxRssMb: rssOf(stderr), ok: true };
  } catch (error) {
    const { stderr = '', code } = error as { stderr?: string; code?: number };
    const seconds = (performance.now() - started) / 1000;
    const reason = stderr.split('\n').find((line) => /Error|error|invalid|heap/u.test(line))?.slice(0, 120) ?? `exit ${String(code)}`;
    return { seconds, cpuSeconds: cpuOf(stderr), maxRssMb: rssOf(stderr), ok: false, detail: reason };
  }
};

const rssOf = (stderr: string) => Number(/bench-max-rss-mb=([\d.]+)/u.exec(stderr)?.[1] ?? Number.NaN);
const cpuOf = (stderr: string) => Number(/bench-cpu-seconds=([\d.]+)/u.exec(stderr)?.[1] ?? Number.NaN);

const rounds = async (contenders: Record<string, () => Promise<Measure>>) => {
  const results: Record<string, Measure[]> = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [name, measure] of Object.entries(contenders)) results[name]?.push(await measure());
  }
  return Object.fromEntries(
    Object.entries(results).map(([name, measures]) => [
      name,
      {
        seconds: median(measures.map((measure) => measure.seconds)),
        cpuSeconds: median(measures.map((measure) => measure.cpuSeconds)),
        maxRssMb: Math.max(...measures.map((measure) => measure.maxRssMb)),
        ok: measures.every((measure) => measure.ok),
        detail: measures.find((measure) => measure.detail !== undefined)?.detail,
      },
    ]),
  ) as Record<string, Measure>;
};

/** Errors put in the check files (see the top of this file), and the lines they must be reported on. */
const BROKEN_NDJSON = new Map<number, BrokenRecord>([
  [99, 'unknown-field'],
  [499, 'bad-date'],
  [899, 'long-string'],
]);
const NDJSON_ERROR_LINES = [100, 500, 900];
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

/**
 * Runs every contender on the check files; returns what each one that failed got wrong. Parsers
 * that do not validate must agree on the number of records and fields instead.
 */
const checkContenders = async (dir: string, ajvArgs: (data: string) => string[]): Promise<Map<string, string>> => {
  const problems = new Map<string, string>();
  const expectLines = (name: string, got: readonly number[], expected: readonly number[]) => {
    if (listed(got) !== listed(expected)) problems.set(name, `reported lines ${listed(got)} instead of ${listed(expected)}`);
  };
  mkdirSync(join(dir, 'check'));
  const ndjson = join(dir, 'check', 'meeting.ndjson');
  const json = join(dir, 'check', 'meeting.json');
  const csv = join(dir, 'check', 'meetings.csv');
  await writeRecords(ndjson, 1000, 'ndjson', { broken: BROKEN_NDJSON });
  await writeRecords(json, 1000, 'json', { broken: BROKEN_NDJSON });
  await writeRecords(csv, 1000, 'csv', { broken: BROKEN_CSV });
  for (const mode of ['ajv-lines', 'schemasafe-lines', 'zod-safeparse']) expectLines(mode, (await workerRun(mode, ndjson)).invalidLines ?? [], NDJSON_ERROR_LINES);
  for (const mode of ['library-ndjson', 'library-ndjson-1thread']) expectLines(mode, distinctLines((await workerRun(mode, ndjson)).errors?.map(([line]) => line) ?? []), NDJSON_ERROR_LINES);
  // ajv-cli stops at the first error unless asked for all: asked here only, to see every one it finds.
  const ajvOutput = await run(process.execPath, [...ajvArgs(json), '--all-errors', '--errors=json'], { maxBuffer: 1 << 26 }).then(
    ({ stdout, stderr }) => stdout + stderr,
    (error: { stdout?: string; stderr?: string }) => (error.stdout ?? '') + (error.stderr ?? ''),
  );
  expectLines('ajv-cli', distinctLines([...ajvOutput.matchAll(/"instancePath": "\/(\d+)/gu)].map((match) => Number(match[1]) + 1)), NDJSON_ERROR_LINES);
  const csvReports = new Map<string, string>();
  for (const [name, library] of [
    ['library-csv (dist)', undefined],
    ['library-csv (baseline)', bundles.baseline],
    ['library-csv (src)', bundles.library],
  ] as const) {
    for (const threads of ['', '-1thread']) {
      const { errors = [] } = await workerRun(`library-csv${threads}`, csv, library);
      expectLines(`${name}${threads}`, distinctLines(errors.map(([line]) => line)), CSV_ERROR_LINES);
      csvReports.set(`${name}${threads}`, JSON.stringify(errors));
    }
  }
  const reference = csvReports.get('library-csv (baseline)');
  for (const [name, report] of csvReports) if (report !== reference && !problems.has(name)) problems.set(name, 'reported other errors than the baseline library');
  const counts = new Map<string, string>();
  for (const mode of ['csv-parse-only', 'papaparse-only', 'csv-parser-only']) {
    const { records, fields } = await workerRun(mode, csv);
    counts.set(mode, `${records} records, ${String(fields)} fields`);
  }
  for (const [mode, count] of counts) if (count !== counts.get('csv-parse-only')) problems.set(mode, `parsed ${count} where csv-parse parsed ${counts.get('csv-parse-only') ?? ''}`);
  return problems;
};

/**
 * A table of contenders: wall and CPU seconds, throughput, peak memory, and how many times as long
 * each one takes as `reference` (above 1: the reference is faster).
 */
const table = (bytes: number, rows: readonly (readonly [string, Measure, (string | undefined)?])[], reference: Measure, referenceName: string) => {
  console.log(`${'contender'.padEnd(62)} ${'wall s'.padStart(7)} ${'CPU s'.padStart(7)} ${'MB/s'.padStart(5)} ${'RSS MB'.padStart(7)}  time ÷ ${referenceName}'s: wall, CPU`);
  for (const [label, measure, problem] of rows) {
    const ratio = measure === reference ? '(reference)' : `${(measure.seconds / reference.seconds).toFixed(2)}x, ${(measure.cpuSeconds / reference.cpuSeconds).toFixed(2)}x`;
    const failed = measure.ok ? '' : ` FAILED ${measure.detail ?? ''}`;
    const checked = problem === undefined ? '' : ` [CHECK FAILED: ${problem}]`;
    console.log(
      `${label.padEnd(62)} ${measure.seconds.toFixed(2).padStart(7)} ${measure.cpuSeconds.toFixed(2).padStart(7)} ${(bytes / 1e6 / measure.seconds).toFixed(0).padStart(5)} ${measure.maxRssMb.toFixed(0).padStart(7)}  ${ratio}${failed}${checked}`,
    );
  }
};

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const rate = (bytes: number, measure: Measure) => `${(bytes / 1e6 / measure.seconds).toFixed(0)} MB/s`;
const pct = (value: number) => `${(value * 100).toFixed(0)}%`;
const line = (label: string, text: string) => console.log(`${label.padEnd(52)} ${text}`);

const main = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'china-st-meetings-bench-'));
  try {
    const cli = join(rootDir, 'dist/validate/cli.js');
    const ajvCli = join(rootDir, 'node_modules/ajv-cli/dist/index.js');
    const files = {
      ndjson: join(dir, 'records.ndjson'),
      json: join(dir, 'records.json'),
      invalid: join(dir, 'invalid.ndjson'),
      csv: join(dir, 'meetings.csv'),
      small: join(dir, 'small.ndjson'),
      shaped: join(dir, 'published-shape.ndjson'),
    };
    console.log(`Generating ${RECORDS.toLocaleString('en-US')} records in ${dir} …`);
    await writeRecords(files.ndjson, RECORDS, 'ndjson');
    await writeRecords(files.json, RECORDS, 'json');
    await writeRecords(files.invalid, RECORDS, 'ndjson', { invalid: true });
    await writeRecords(files.csv, RECORDS * 2, 'csv');
    const bytes = statSync(files.ndjson).size;
    // ajv-cli gets an array schema without the dataset's 100 000-record cap, over the same records.
    const arraySchema = join(dir, 'array.schema.json');
    const meetingSchema = join(rootDir, 'dist/schema/meeting.schema.json');
    const meetingId = (JSON.parse(readFileSync(meetingSchema, 'utf8')) as { $id: string }).$id;
    writeFileSync(arraySchema, JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'array', items: { $ref: meetingId } }));
    const ajvArgs = (data: string) => [ajvCli, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '-s', arraySchema, '-r', meetingSchema, '-d', data];

    console.log(`Bundling the library from src/; taking the baseline library from ${BASELINE}; checking every contender …`);
    bundles.baseline = join(dir, 'library-baseline.mjs');
    bundles.library = join(dir, 'library-src.mjs');
    bundles.csvParser = join(dir, 'csv-parser.mjs');
    writeFileSync(bundles.baseline, (await run('git', ['-C', rootDir, 'show', `${BASELINE}:dist/validate/index.js`], { maxBuffer: 1 << 28 })).stdout);
    await bundleLibrary(bundles.library);
    await bundleCsvParser(bundles.csvParser);
    const problems = await checkContenders(dir, ajvArgs);
    console.log(problems.size === 0 ? 'Every contender reports exactly the errors put in the check files.' : `CHECKS FAILED: ${[...problems].map(([name, problem]) => `${name}: ${problem}`).join('; ')}`);

    console.log(`Node ${process.version}, ${availableParallelism()} cores; ${RECORDS.toLocaleString('en-US')} records, ${mb(bytes)} of NDJSON; median of ${ROUNDS} round(s).\n`);
    const inProcess = await rounds({
      bare: () => worker('bare-parse', files.ndjson),
      ndjson: () => worker('library-ndjson', files.ndjson),
      ndjsonOneThread: () => worker('library-ndjson-1thread', files.ndjson),
      json: () => worker('library-json', files.json),
      invalid: () => worker('library-ndjson', files.invalid),
      zod: () => worker('zod-safeparse', files.ndjson),
      ajvLines: () => worker('ajv-lines', files.ndjson),
      schemasafeLines: () => worker('schemasafe-lines', files.ndjson),
    });
    const { bare, ndjson, ndjsonOneThread, json, invalid, zod, ajvLines, schemasafeLines } = inProcess as Record<string, Measure>;
    const threads = Math.min(availableParallelism(), 4);
    line('bare read + split + JSON.parse (baseline, one thread)', `${rate(bytes, bare!)}, 100%`);
    line(`validate NDJSON (library, all valid, ${threads > 1 ? `${threads} threads` : 'one thread'})`, `${rate(bytes, ndjson!)}, ${pct(bare!.seconds / ndjson!.seconds)} of baseline (goal ≥ 75%), peak RSS ${ndjson!.maxRssMb.toFixed(0)} MB`);
    line('validate NDJSON (library, all valid, threads: 1)', `${rate(bytes, ndjsonOneThread!)}, ${pct(bare!.seconds / ndjsonOneThread!.seconds)} of baseline, peak RSS ${ndjsonOneThread!.maxRssMb.toFixed(0)} MB`);
    line('validate JSON array (library, all valid, one thread)', `${rate(bytes, json!)}, ${pct(bare!.seconds / json!.seconds)} of baseline, peak RSS ${json!.maxRssMb.toFixed(0)} MB`);
    line('validate NDJSON (library, all invalid)', `${rate(bytes, invalid!)}, ${pct(ndjson!.seconds / invalid!.seconds)} of the valid-path speed (goal ≥ 25%)`);
    line('zod safeParse per line (reference)', `${rate(bytes, zod!)}, ${pct(bare!.seconds / zod!.seconds)} of baseline`);
    console.log(`\nNDJSON validators side by side (${mb(bytes)}, every record checked; each caught the errors put in the check file unless marked):`);
    table(
      bytes,
      [
        ['read + split + JSON.parse (the floor)', bare!],
        [`china-st-meetings (library, ${threads > 1 ? `${threads} threads` : 'one thread'})`, ndjson!, problems.get('library-ndjson')],
        ['china-st-meetings (library, threads: 1)', ndjsonOneThread!, problems.get('library-ndjson-1thread')],
        ['ajv 8 + ajv-formats, compiled once, per line', ajvLines!, problems.get('ajv-lines')],
        ['@exodus/schemasafe, compiled once, per line', schemasafeLines!, problems.get('schemasafe-lines')],
        ['zod safeParse per line', zod!, problems.get('zod-safeparse')],
      ],
      ndjsonOneThread!,
      'ours (1 thread)',
    );

    // The same on records of the package's own shape and size (the published meetings, cycled).
    const shapedCount = quick ? 8_000 : 80_000;
    const meetings = JSON.parse(readFileSync(join(rootDir, 'dist/json/meetings.json'), 'utf8')) as Record<string, unknown>[];
    await writePublishedShape(files.shaped, shapedCount, meetings);
    const shapedBytes = statSync(files.shaped).size;
    const shaped = await rounds({
      floor: () => worker('bare-parse', files.shaped),
      ours: () => worker('library-ndjson', files.shaped),
      oursOneThread: () => worker('library-ndjson-1thread', files.shaped),
      schemasafe: () => worker('schemasafe-lines', files.shaped),
    });
    console.log(`\nRecords of the package's own shape (${shapedCount.toLocaleString('en-US')} published meetings cycled with ids of their own, ${(shapedBytes / shapedCount / 1000).toFixed(1)} kB each, ${mb(shapedBytes)}):`);
    table(
      shapedBytes,
      [
        ['read + split + JSON.parse (the floor, one thread)', shaped['floor']!],
        [`china-st-meetings (library, ${threads > 1 ? `${threads} threads` : 'one thread'})`, shaped['ours']!],
        ['china-st-meetings (library, threads: 1)', shaped['oursOneThread']!],
        ['@exodus/schemasafe, compiled once, per line', shaped['schemasafe']!],
      ],
      shaped['floor']!,
      'the floor',
    );
    rmSync(files.shaped);
    const times = (ours: Measure, peer: Measure, by: 'seconds' | 'cpuSeconds') => `${(ours[by] / peer[by]).toFixed(2)}x`;
    const libraryRss = Math.max(...[ndjson, ndjsonOneThread, json, invalid, shaped['ours'], shaped['oursOneThread']].map((measure) => measure!.maxRssMb));
    console.log('\nNDJSON and JSON goals, as ratios of this run:');
    line('  one thread, CPU ÷ schemasafe per line’s (goal < 1)', `generated records ${times(ndjsonOneThread!, schemasafeLines!, 'cpuSeconds')}; package-shaped ${times(shaped['oursOneThread']!, shaped['schemasafe']!, 'cpuSeconds')}`);
    line('  defaults, time ÷ the one-thread floor’s (goal ≤ 1.33x)', `package-shaped ${times(shaped['ours']!, shaped['floor']!, 'seconds')} wall; generated records ${times(ndjson!, bare!, 'seconds')} wall`);
    line('  JSON array, speed as a share of NDJSON one thread’s (goal ≥ 75%)', `${pct(ndjsonOneThread!.seconds / json!.seconds)} wall, ${pct(ndjsonOneThread!.cpuSeconds / json!.cpuSeconds)} CPU`);
    line('  peak RSS of every library run above (goal ≤ 150 MB)', `${libraryRss.toFixed(0)} MB`);

    const csvBytes = statSync(files.csv).size;
    const csv = await rounds({
      csv: () => worker('library-csv', files.csv),
      csvParse: () => worker('csv-parse-only', files.csv),
      floor: () => worker('csv-floor', files.csv),
      papaparse: () => worker('papaparse-only', files.csv),
      csvParser: () => worker('csv-parser-only', files.csv),
      today: () => worker('library-csv', files.csv, bundles.baseline),
      next: () => worker('library-csv', files.csv, bundles.library),
      nextOneThread: () => worker('library-csv-1thread', files.csv, bundles.library),
    });
    line(`validate CSV (${mb(csvBytes)}, meetings table)`, `${rate(csvBytes, csv['csv']!)} (goal ≥ 25 MB/s), peak RSS ${csv['csv']!.maxRssMb.toFixed(0)} MB`);
    line('csv-parse alone on the same file (reference)', `${rate(csvBytes, csv['csvParse']!)}: validating keeps ${pct(csv['csvParse']!.seconds / csv['csv']!.seconds)} of it`);
    const { floor, csvParse, papaparse, csvParser, today, next, nextOneThread } = csv as Record<string, Measure>;
    // Up to 0.2.0's CSV change, the library's defaults parsed a CSV file of 16 MiB or more in a worker
    // thread (when there are 2 cores or more); since, CSV is read in one thread whatever the threads.
    console.log(`\nCSV side by side (${mb(csvBytes)}, ${(RECORDS * 2).toLocaleString('en-US')} rows of meetings.csv, read in 64 KiB pieces):`);
    table(
      csvBytes,
      [
        ['read + decode + find line feeds (the floor)', floor!],
        ['csv-parse 7, parse only', csvParse!, problems.get('csv-parse-only')],
        ['papaparse 5, parse only (Node stream of text, chunk callback)', papaparse!, problems.get('papaparse-only')],
        ['src/validate/csv-parser.ts, parse only', csvParser!, problems.get('csv-parser-only')],
        [`validate: baseline library (${BASELINE}, defaults)`, today!, problems.get('library-csv (baseline)')],
        ['validate: library from src/ (defaults)', next!, problems.get('library-csv (src)')],
        ['validate: library from src/ (threads: 1)', nextOneThread!, problems.get('library-csv (src)-1thread')],
      ],
      csvParser!,
      'csv-parser',
    );
    // How fast `ours` is as a share of `peer`'s speed (200%: twice as fast), by wall and by CPU time.
    const speedOf = (ours: Measure, peer: Measure) => `${pct(peer.seconds / ours.seconds)} wall, ${pct(peer.cpuSeconds / ours.cpuSeconds)} CPU`;
    line('  csv-parser.ts parse only, speed as a share of csv-parse’s', speedOf(csvParser!, csvParse!));
    line('  csv-parser.ts parse only, … of papaparse’s (goal ≥ 85%)', speedOf(csvParser!, papaparse!));
    line('  validating, src/ as a share of the baseline’s speed (goal ≥ 300%)', `default threads ${speedOf(next!, today!)}; threads: 1 ${speedOf(nextOneThread!, today!)}`);
    line('  validating, src/ as a share of papaparse’s parse only (goal ≥ 85%)', `default threads ${speedOf(next!, papaparse!)}; threads: 1 ${speedOf(nextOneThread!, papaparse!)}`);
    // The memory goal holds for CSV as for NDJSON: every validating run of the library is counted.
    line('  peak RSS of the library’s CSV runs (goal ≤ 150 MB)', `defaults ${Math.max(csv['csv']!.maxRssMb, next!.maxRssMb).toFixed(0)} MB; threads: 1 ${nextOneThread!.maxRssMb.toFixed(0)} MB`);

    console.log('\nWhole commands, start-up included, on the same records:');
    const commands = await rounds({
      ours: () => command([cli, 'validate', '--quiet', '--no-progress', files.ndjson]),
      oursJson: () => command([cli, 'validate', '--quiet', '--no-progress', files.json]),
      ajvCli: () => command(ajvArgs(files.json)),
    });
    const { ours, oursJson, ajvCli: ajv } = commands as Record<string, Measure>;
    line('china-st-meetings validate (NDJSON)', `${ours!.seconds.toFixed(2)} s, peak RSS ${ours!.maxRssMb.toFixed(0)} MB`);
    line('china-st-meetings validate (JSON array)', `${oursJson!.seconds.toFixed(2)} s, peak RSS ${oursJson!.maxRssMb.toFixed(0)} MB`);
    line('ajv-cli validate (JSON array)', `${ajv!.seconds.toFixed(2)} s, peak RSS ${ajv!.maxRssMb.toFixed(0)} MB${ajv!.ok ? '' : ` (failed: ${ajv!.detail ?? ''})`}`);
    line('  speed-up over ajv-cli (goal ≥ 2.5x)', `NDJSON ${(ajv!.seconds / ours!.seconds).toFixed(1)}x, JSON array ${(ajv!.seconds / oursJson!.seconds).toFixed(1)}x`);
    line('  peak memory below ajv-cli (goal ≥ 10x)', `NDJSON ${(ajv!.maxRssMb / ours!.maxRssMb).toFixed(1)}x, JSON array ${(ajv!.maxRssMb / oursJson!.maxRssMb).toFixed(1)}x`);
    table(
      bytes,
      [
        ['china-st-meetings validate (NDJSON)', ours!, problems.get('library-ndjson')],
        ['china-st-meetings validate (JSON array)', oursJson!],
        ['ajv-cli validate (JSON array)', ajv!, problems.get('ajv-cli')],
      ],
      ours!,
      'ours (NDJSON)',
    );

    if (LARGE_RECORDS > 0) {
      console.log(`\nFlat memory and files past V8's 512 MB string limit (${LARGE_RECORDS.toLocaleString('en-US')} records):`);
      await writeRecords(files.small, 20_000, 'ndjson');
      const large = { ndjson: join(dir, 'large.ndjson'), json: join(dir, 'large.json') };
      await writeRecords(large.ndjson, LARGE_RECORDS, 'ndjson');
      rmSync(files.ndjson);
      rmSync(files.json);
      rmSync(files.invalid);
      await writeRecords(large.json, LARGE_RECORDS, 'json');
      const small = await worker('library-ndjson', files.small);
      const bigNdjson = await command([cli, 'validate', '--quiet', '--no-progress', large.ndjson]);
      const bigJson = await command([cli, 'validate', '--quiet', '--no-progress', large.json]);
      const bigAjv = await command(ajvArgs(large.json));
      const smallInProcess = small.maxRssMb;
      const largeInProcess = (await worker('library-ndjson', large.ndjson)).maxRssMb;
      line('peak RSS, 20 000 → 1 000 000 records (library)', `${smallInProcess.toFixed(0)} MB → ${largeInProcess.toFixed(0)} MB (goal ≤ 150 MB, flat)`);
      line(`validate ${mb(statSync(large.ndjson).size)} NDJSON (CLI)`, `${bigNdjson.ok ? 'ok' : `FAILED ${bigNdjson.detail ?? ''}`} in ${bigNdjson.seconds.toFixed(1)} s, peak RSS ${bigNdjson.maxRssMb.toFixed(0)} MB`);
      line(`validate ${mb(statSync(large.json).size)} JSON array (CLI)`, `${bigJson.ok ? 'ok' : `FAILED ${bigJson.detail ?? ''}`} in ${bigJson.seconds.toFixed(1)} s, peak RSS ${bigJson.maxRssMb.toFixed(0)} MB`);
      line(`ajv-cli on the ${mb(statSync(large.json).size)} JSON array`, bigAjv.ok ? `ok in ${bigAjv.seconds.toFixed(1)} s` : `fails: ${bigAjv.detail ?? ''}`);
      rmSync(large.ndjson);
      rmSync(large.json);
      // CSV holds one id per row too: the same number of rows, read by the library as the CSV table above reads them.
      const largeCsv = join(dir, 'large.csv');
      await writeRecords(largeCsv, LARGE_RECORDS, 'csv');
      const csvDefaults = await worker('library-csv', largeCsv);
      const csvOneThread = await worker('library-csv-1thread', largeCsv);
      line(`validate ${mb(statSync(largeCsv).size)} CSV, ${LARGE_RECORDS.toLocaleString('en-US')} rows (library)`, `defaults ${csvDefaults.seconds.toFixed(1)} s, peak RSS ${csvDefaults.maxRssMb.toFixed(0)} MB; threads: 1 ${csvOneThread.seconds.toFixed(1)} s, ${csvOneThread.maxRssMb.toFixed(0)} MB (goal ≤ 150 MB)`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

await main();
