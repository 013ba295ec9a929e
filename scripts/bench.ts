/**
 * The validator benchmark: `npm run bench` (or `npm run bench -- --quick`).
 *
 * Generates realistic records, then measures each contender in a process of its own (so that
 * peak memory is its own), alternating them over several rounds and keeping the median time.
 * Every figure is printed as a ratio against a baseline measured in the same run, on the same
 * machine, on the same records: it is the ratios that the README reports, not absolute speeds.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { writeRecords } from './bench/generate.ts';

const run = promisify(execFile);
const rootDir = fileURLToPath(new URL('..', import.meta.url));
const quick = process.argv.includes('--quick');
const RECORDS = quick ? 20_000 : 200_000;
const ROUNDS = quick ? 1 : 3;
const LARGE_RECORDS = quick ? 0 : 1_000_000;

interface Measure {
  readonly seconds: number;
  readonly maxRssMb: number;
  readonly ok: boolean;
  readonly detail?: string;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** One in-process measurement by scripts/bench/worker.mjs (time spent after start-up). */
const worker = async (mode: string, file: string): Promise<Measure> => {
  const { stdout } = await run(process.execPath, [join(rootDir, 'scripts/bench/worker.mjs'), mode, file], { maxBuffer: 1 << 24 });
  const result = JSON.parse(stdout) as { seconds: number; maxRssMb: number };
  return { seconds: result.seconds, maxRssMb: result.maxRssMb, ok: true };
};

/** A whole command, timed from outside (start-up included), with its peak memory. */
const command = async (args: string[]): Promise<Measure> => {
  const started = performance.now();
  const reporter = join(rootDir, 'scripts/bench/report-rss.cjs');
  try {
    const { stderr } = await run(process.execPath, ['--require', reporter, ...args], { maxBuffer: 1 << 26 });
    return { seconds: (performance.now() - started) / 1000, maxRssMb: rssOf(stderr), ok: true };
  } catch (error) {
    const { stderr = '', code } = error as { stderr?: string; code?: number };
    const seconds = (performance.now() - started) / 1000;
    const reason = stderr.split('\n').find((line) => /Error|error|invalid|heap/u.test(line))?.slice(0, 120) ?? `exit ${String(code)}`;
    return { seconds, maxRssMb: rssOf(stderr), ok: false, detail: reason };
  }
};

const rssOf = (stderr: string) => Number(/bench-max-rss-mb=([\d.]+)/u.exec(stderr)?.[1] ?? Number.NaN);

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
        maxRssMb: Math.max(...measures.map((measure) => measure.maxRssMb)),
        ok: measures.every((measure) => measure.ok),
        detail: measures.find((measure) => measure.detail !== undefined)?.detail,
      },
    ]),
  ) as Record<string, Measure>;
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

    console.log(`Node ${process.version}, ${availableParallelism()} cores; ${RECORDS.toLocaleString('en-US')} records, ${mb(bytes)} of NDJSON; median of ${ROUNDS} round(s).\n`);
    const inProcess = await rounds({
      bare: () => worker('bare-parse', files.ndjson),
      ndjson: () => worker('library-ndjson', files.ndjson),
      ndjsonOneThread: () => worker('library-ndjson-1thread', files.ndjson),
      json: () => worker('library-json', files.json),
      invalid: () => worker('library-ndjson', files.invalid),
      zod: () => worker('zod-safeparse', files.ndjson),
    });
    const { bare, ndjson, ndjsonOneThread, json, invalid, zod } = inProcess as Record<string, Measure>;
    const threads = Math.min(availableParallelism(), 4);
    line('bare read + split + JSON.parse (baseline, one thread)', `${rate(bytes, bare!)}, 100%`);
    line(`validate NDJSON (library, all valid, ${threads > 1 ? `${threads} threads` : 'one thread'})`, `${rate(bytes, ndjson!)}, ${pct(bare!.seconds / ndjson!.seconds)} of baseline (goal ≥ 75%), peak RSS ${ndjson!.maxRssMb.toFixed(0)} MB`);
    line('validate NDJSON (library, all valid, threads: 1)', `${rate(bytes, ndjsonOneThread!)}, ${pct(bare!.seconds / ndjsonOneThread!.seconds)} of baseline, peak RSS ${ndjsonOneThread!.maxRssMb.toFixed(0)} MB`);
    line('validate JSON array (library, all valid, one thread)', `${rate(bytes, json!)}, ${pct(bare!.seconds / json!.seconds)} of baseline, peak RSS ${json!.maxRssMb.toFixed(0)} MB`);
    line('validate NDJSON (library, all invalid)', `${rate(bytes, invalid!)}, ${pct(ndjson!.seconds / invalid!.seconds)} of the valid-path speed (goal ≥ 25%)`);
    line('zod safeParse per line (reference)', `${rate(bytes, zod!)}, ${pct(bare!.seconds / zod!.seconds)} of baseline`);

    const csvBytes = statSync(files.csv).size;
    const csv = await rounds({ csv: () => worker('library-csv', files.csv), csvParse: () => worker('csv-parse-only', files.csv) });
    line(`validate CSV (${mb(csvBytes)}, meetings table)`, `${rate(csvBytes, csv['csv']!)} (goal ≥ 25 MB/s), peak RSS ${csv['csv']!.maxRssMb.toFixed(0)} MB`);
    line('csv-parse alone on the same file (reference)', `${rate(csvBytes, csv['csvParse']!)}: validating keeps ${pct(csv['csvParse']!.seconds / csv['csv']!.seconds)} of it`);

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
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

await main();
