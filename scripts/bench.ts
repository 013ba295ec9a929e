/**
 * The validator benchmark: `npm run bench` (or `npm run bench -- --quick`, a tenth of the sizes and
 * one round). It measures the library and the command as built from the working tree.
 *
 * Generates seeded records (scripts/bench/generate.ts), checks that every contender catches the
 * errors put in small files (scripts/bench/checks.ts), then measures each contender in a process of
 * its own, in turns (scripts/bench/measure.ts). Every goal is a ratio to a contender measured in the
 * same run on the same file; CPU seconds are printed beside wall time (on a shared machine they vary
 * less). The defaults are measured against one thread twice: on a quiet machine, and with one core
 * kept busy by another process.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContenders } from './bench/checks.ts';
import { bundleCsvParser } from './bench/bundle.ts';
import { writePublishedShape, writeRecords } from './bench/generate.ts';
import { command, rounds, withBusyCore, worker, workerRun, type Measure } from './bench/measure.ts';
import { writeValidatorFromSource } from './compiler/validator-bundle.ts';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 1 : 3;
/** Generated meetings (1.9 kB each as NDJSON): the NDJSON and JSON files, and twice as many CSV rows. */
const RECORDS = quick ? 20_000 : 200_000;
/** The files the defaults are measured on: about 250 MB of NDJSON and 100 MB of CSV (a tenth with --quick). */
const DEFAULTS_NDJSON_RECORDS = quick ? 13_000 : 130_000;
const DEFAULTS_CSV_ROWS = quick ? 35_000 : 350_000;
const LARGE_RECORDS = quick ? 0 : 1_000_000;

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const ratio = (ours: number, peer: number) => `${(ours / peer).toFixed(2)}x`;
const line = (label: string, text: string) => console.log(`${label.padEnd(60)} ${text}`);

/** A table of contenders: wall and CPU seconds, throughput, peak memory, and each one's time as a multiple of `reference`'s. */
const table = (bytes: number, rows: readonly (readonly [string, Measure, (string | undefined)?])[], reference: Measure) => {
  console.log(`${'contender'.padEnd(56)} ${'wall s'.padStart(7)} ${'CPU s'.padStart(7)} ${'MB/s'.padStart(5)} ${'RSS MB'.padStart(7)}  wall, CPU ÷ reference`);
  for (const [label, measure, problem] of rows) {
    const times = measure === reference ? '(reference)' : `${ratio(measure.seconds, reference.seconds)}, ${ratio(measure.cpuSeconds, reference.cpuSeconds)}`;
    const notes = `${measure.ok ? '' : ` FAILED ${measure.detail ?? ''}`}${problem === undefined ? '' : ` [CHECK FAILED: ${problem}]`}`;
    console.log(`${label.padEnd(56)} ${measure.seconds.toFixed(2).padStart(7)} ${measure.cpuSeconds.toFixed(2).padStart(7)} ${(bytes / 1e6 / measure.seconds).toFixed(0).padStart(5)} ${measure.maxRssMb.toFixed(0).padStart(7)}  ${times}${notes}`);
  }
};

interface Setup {
  readonly dir: string;
  /** The environment that makes scripts/bench/worker.mjs load the library and CSV parser built for this run. */
  readonly library: Record<string, string>;
  readonly cli: string;
  readonly problems: ReadonlyMap<string, string>;
  readonly ajvArgs: (data: string) => string[];
}

/** One thread against schemasafe, the JSON array against NDJSON, invalid records against valid ones. */
const ndjsonSection = async ({ dir, library, problems }: Setup) => {
  const files = { ndjson: join(dir, 'records.ndjson'), json: join(dir, 'records.json'), invalid: join(dir, 'invalid.ndjson'), shaped: join(dir, 'shaped.ndjson') };
  await writeRecords(files.ndjson, RECORDS, 'ndjson');
  await writeRecords(files.json, RECORDS, 'json');
  await writeRecords(files.invalid, RECORDS, 'ndjson', { invalid: true });
  const meetings = JSON.parse(readFileSync(join(rootDir, 'dist/json/meetings.json'), 'utf8')) as Record<string, unknown>[];
  await writePublishedShape(files.shaped, RECORDS / 2.5, meetings);
  // The package-shaped records must be valid, or the ratio to schemasafe (which checks no
  // reference) measures our error reports instead.
  const shaped = await workerRun('library-ndjson-1thread', files.shaped, library);
  if ((shaped.invalid ?? 0) > 0) throw new Error(`the package-shaped records are not valid: ${JSON.stringify(shaped.errors?.slice(0, 3))}`);
  const bytes = statSync(files.ndjson).size;
  const m = await rounds(ROUNDS, {
    floor: () => worker('bare-parse', files.ndjson),
    ours: () => worker('library-ndjson-1thread', files.ndjson, library),
    defaults: () => worker('library-ndjson', files.ndjson, library),
    json: () => worker('library-json', files.json, library),
    invalid: () => worker('library-ndjson-1thread', files.invalid, library),
    schemasafe: () => worker('schemasafe-lines', files.ndjson),
    ajv: () => worker('ajv-lines', files.ndjson),
    zod: () => worker('zod-safeparse', files.ndjson),
    shapedOurs: () => worker('library-ndjson-1thread', files.shaped, library),
    shapedSchemasafe: () => worker('schemasafe-lines', files.shaped),
  });
  console.log(`\nNDJSON (${mb(bytes)}, ${RECORDS.toLocaleString('en-US')} generated meetings; each caught the errors put in the check files unless marked):`);
  table(bytes, [
    ['read + split + JSON.parse (the floor)', m.floor],
    ['china-st-meetings, threads: 1', m.ours, problems.get('library-ndjson-1thread')],
    [`china-st-meetings, defaults (${availableParallelism()} cores)`, m.defaults, problems.get('library-ndjson')],
    ['china-st-meetings, JSON array of the same records', m.json, problems.get('library-json')],
    ['@exodus/schemasafe, compiled once, per line', m.schemasafe, problems.get('schemasafe-lines')],
    ['ajv 8, compiled once, per line', m.ajv, problems.get('ajv-lines')],
    ['zod safeParse per line', m.zod, problems.get('zod-safeparse')],
  ], m.ours);
  line('one thread, CPU ÷ schemasafe per line (goal ≤ 1)', `generated ${ratio(m.ours.cpuSeconds, m.schemasafe.cpuSeconds)}, package-shaped ${ratio(m.shapedOurs.cpuSeconds, m.shapedSchemasafe.cpuSeconds)}`);
  line('JSON array, speed as a share of NDJSON one thread (goal ≥ 0.75)', `${(m.ours.seconds / m.json.seconds).toFixed(2)} wall, ${(m.ours.cpuSeconds / m.json.cpuSeconds).toFixed(2)} CPU`);
  line('every record invalid, speed as a share of all valid (goal ≥ 0.25)', `${(m.ours.seconds / m.invalid.seconds).toFixed(2)} wall`);
  line('peak RSS of the library’s runs above (goal ≤ 150 MB)', `${Math.max(m.ours.maxRssMb, m.defaults.maxRssMb, m.json.maxRssMb, m.invalid.maxRssMb, m.shapedOurs.maxRssMb).toFixed(0)} MB`);
  for (const file of Object.values(files)) if (file !== files.json) rmSync(file);
  return files.json;
};

/** The command with its defaults against `--threads 1`, interleaved, on a quiet machine and with a core busy elsewhere. */
const defaultsSection = async ({ dir, cli }: Setup) => {
  const ndjson = join(dir, 'defaults.ndjson');
  const csv = join(dir, 'meetings.csv');
  await writeRecords(ndjson, DEFAULTS_NDJSON_RECORDS, 'ndjson');
  await writeRecords(csv, DEFAULTS_CSV_ROWS, 'csv');
  const validate = (file: string, threads?: number) => () => command([cli, 'validate', '--quiet', '--no-progress', ...(threads === undefined ? [] : ['--threads', String(threads)]), file]);
  const measure = () =>
    rounds(3, {
      ndjsonDefault: validate(ndjson),
      ndjsonOne: validate(ndjson, 1),
      csvDefault: validate(csv),
      csvOne: validate(csv, 1),
    });
  const quietLoad = loadavg()[0] ?? 0;
  const quiet = await measure();
  const busy = await withBusyCore(measure);
  console.log(`\nThe command’s defaults against --threads 1 (median of 3 interleaved runs; ${mb(statSync(ndjson).size)} NDJSON, ${mb(statSync(csv).size)} CSV; goal: at most 1.05x, both conditions):`);
  // Wall time is the goal; CPU seconds show the work done (a CSV file takes the one-thread path either way).
  const compare = (label: string, format: string, defaults: Measure, one: Measure) =>
    line(`  ${label}: ${format}, defaults ÷ threads 1`, `${ratio(defaults.seconds, one.seconds)} wall (${defaults.seconds.toFixed(2)} s ÷ ${one.seconds.toFixed(2)} s), ${ratio(defaults.cpuSeconds, one.cpuSeconds)} CPU`);
  for (const [label, m] of [[`quiet machine (load average ${quietLoad.toFixed(1)} before)`, quiet], ['one core kept busy by another process', busy]] as const) {
    compare(label, 'NDJSON', m.ndjsonDefault, m.ndjsonOne);
    compare(label, 'CSV', m.csvDefault, m.csvOne);
  }
  rmSync(ndjson);
  return csv;
};

/** One-thread CSV validation against parsers that only parse (the stretch goal: CPU at or below papaparse's). */
const csvSection = async ({ library, problems }: Setup, csv: string) => {
  const bytes = statSync(csv).size;
  const m = await rounds(ROUNDS, {
    floor: () => worker('csv-floor', csv),
    csvParse: () => worker('csv-parse-only', csv),
    papaparse: () => worker('papaparse-only', csv),
    parser: () => worker('csv-parser-only', csv, library),
    ours: () => worker('library-csv-1thread', csv, library),
  });
  console.log(`\nCSV (${mb(bytes)}, ${DEFAULTS_CSV_ROWS.toLocaleString('en-US')} rows of meetings.csv):`);
  table(bytes, [
    ['read + decode + find line feeds (the floor)', m.floor],
    ['csv-parse 7, parse only', m.csvParse, problems.get('csv-parse-only')],
    ['papaparse 5, parse only', m.papaparse, problems.get('papaparse-only')],
    ['src/validate/csv-parser.ts, parse only', m.parser, problems.get('csv-parser-only')],
    ['china-st-meetings, every check (one thread)', m.ours, problems.get('library-csv')],
  ], m.papaparse);
  line('validating, CPU ÷ papaparse’s parse only (stretch goal ≤ 1)', ratio(m.ours.cpuSeconds, m.papaparse.cpuSeconds));
  line('csv-parser.ts parse only, CPU ÷ papaparse’s', ratio(m.parser.cpuSeconds, m.papaparse.cpuSeconds));
  line('peak RSS (goal ≤ 150 MB)', `${m.ours.maxRssMb.toFixed(0)} MB`);
};

/** Whole commands, start-up included, against ajv-cli on the JSON array. */
const commandSection = async ({ cli, ajvArgs, dir }: Setup, json: string) => {
  const ndjson = join(dir, 'commands.ndjson');
  await writeRecords(ndjson, RECORDS, 'ndjson');
  const m = await rounds(ROUNDS, {
    ndjson: () => command([cli, 'validate', '--quiet', '--no-progress', ndjson]),
    json: () => command([cli, 'validate', '--quiet', '--no-progress', json]),
    ajvCli: () => command(ajvArgs(json)),
  });
  console.log('\nWhole commands, start-up included:');
  table(statSync(ndjson).size, [
    ['china-st-meetings validate (NDJSON)', m.ndjson],
    ['china-st-meetings validate (JSON array)', m.json],
    ['ajv-cli validate (JSON array)', m.ajvCli],
  ], m.ajvCli);
  line('speed-up over ajv-cli (goal > 1)', `NDJSON ${ratio(m.ajvCli.seconds, m.ndjson.seconds)}, JSON array ${ratio(m.ajvCli.seconds, m.json.seconds)}`);
  line('peak memory below ajv-cli', `NDJSON ${ratio(m.ajvCli.maxRssMb, m.ndjson.maxRssMb)}, JSON array ${ratio(m.ajvCli.maxRssMb, m.json.maxRssMb)}`);
  rmSync(ndjson);
  rmSync(json);
};

/** Peak memory from 20 000 to a million records, and files past V8's 512 MB string limit. */
const memorySection = async ({ dir, cli, library, ajvArgs }: Setup) => {
  const small = join(dir, 'small.ndjson');
  const large = { ndjson: join(dir, 'large.ndjson'), json: join(dir, 'large.json'), csv: join(dir, 'large.csv') };
  await writeRecords(small, 20_000, 'ndjson');
  await writeRecords(large.ndjson, LARGE_RECORDS, 'ndjson');
  const rss = async (args: string[]) => (await command(args)).maxRssMb.toFixed(0);
  console.log(`\nPeak memory (goal ≤ 150 MB at every size), ${LARGE_RECORDS.toLocaleString('en-US')} records:`);
  line('library, 20 000 → 1 000 000 NDJSON records', `${(await worker('library-ndjson', small, library)).maxRssMb.toFixed(0)} → ${(await worker('library-ndjson', large.ndjson, library)).maxRssMb.toFixed(0)} MB`);
  line(`command, ${mb(statSync(large.ndjson).size)} NDJSON`, `${await rss([cli, 'validate', '--quiet', '--no-progress', large.ndjson])} MB`);
  rmSync(large.ndjson);
  await writeRecords(large.json, LARGE_RECORDS, 'json');
  line(`command, ${mb(statSync(large.json).size)} JSON array`, `${await rss([cli, 'validate', '--quiet', '--no-progress', large.json])} MB`);
  const ajv = await command(ajvArgs(large.json));
  line('ajv-cli on the same JSON array', ajv.ok ? `ok, ${ajv.maxRssMb.toFixed(0)} MB` : `fails: ${ajv.detail ?? ''}`);
  rmSync(large.json);
  await writeRecords(large.csv, LARGE_RECORDS, 'csv');
  line(`command, ${mb(statSync(large.csv).size)} CSV`, `${await rss([cli, 'validate', '--quiet', '--no-progress', large.csv])} MB`);
};

const main = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'china-st-meetings-bench-'));
  try {
    console.log(`Node ${process.version}, ${availableParallelism()} cores; building the validator from the working tree in ${dir} …`);
    await writeValidatorFromSource(join(dir, 'validate'));
    await bundleCsvParser(join(dir, 'csv-parser.mjs'));
    const library = { BENCH_LIBRARY: join(dir, 'validate/index.js'), BENCH_CSV_PARSER: join(dir, 'csv-parser.mjs') };
    // ajv-cli gets an array schema without the dataset's record cap, over the same records.
    const arraySchema = join(dir, 'array.schema.json');
    const meetingSchema = join(rootDir, 'dist/schema/meeting.schema.json');
    const meetingId = (JSON.parse(readFileSync(meetingSchema, 'utf8')) as { $id: string }).$id;
    writeFileSync(arraySchema, JSON.stringify({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'array', items: { $ref: meetingId } }));
    const ajvArgs = (data: string) => [join(rootDir, 'node_modules/ajv-cli/dist/index.js'), 'validate', '--spec=draft2020', '-s', arraySchema, '-r', meetingSchema, '-d', data];
    const problems = await checkContenders(dir, library, ajvArgs);
    console.log(problems.size === 0 ? 'Every contender reports exactly the errors put in the check files.' : `CHECKS FAILED: ${[...problems].map(([name, problem]) => `${name}: ${problem}`).join('; ')}`);
    const setup: Setup = { dir, library, cli: join(dir, 'validate/cli.js'), problems, ajvArgs };
    const json = await ndjsonSection(setup);
    const csv = await defaultsSection(setup);
    await csvSection(setup, csv);
    await commandSection(setup, json);
    if (LARGE_RECORDS > 0) await memorySection(setup);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

await main();
