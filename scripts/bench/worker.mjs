// One measurement, in a process of its own so that its peak memory is its own:
//   node scripts/bench/worker.mjs MODE FILE    → one line of JSON: { seconds, bytes, records, maxRssMb, ... }
// MODE: bare-parse, zod-safeparse, csv-parse-only, library-FORMAT (the library's defaults) or library-FORMAT-1thread.
import { createReadStream, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [mode, file] = process.argv.slice(2);
const bytes = statSync(file).size;

/** The baseline: read, split lines with Buffer#indexOf, JSON.parse each line, nothing else. */
const bareParse = async (handle = () => true) => {
  let records = 0;
  let carry = null;
  for await (let chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    if (carry !== null) {
      chunk = Buffer.concat([carry, chunk]);
      carry = null;
    }
    let start = 0;
    for (let newline = chunk.indexOf(10, start); newline !== -1; newline = chunk.indexOf(10, start)) {
      if (newline > start) {
        handle(JSON.parse(chunk.toString('utf8', start, newline)));
        records += 1;
      }
      start = newline + 1;
    }
    if (start < chunk.length) carry = chunk.subarray(start);
  }
  return { records };
};

const modes = {
  'bare-parse': () => bareParse(),
  'zod-safeparse': async () => {
    const { Meeting } = await import('../../dist/zod/index.js');
    let invalid = 0;
    const result = await bareParse((value) => Meeting.safeParse(value).success || (invalid += 1));
    return { ...result, invalid };
  },
  /** csv-parse alone over the file, doing nothing with the rows: the ceiling of the CSV path. */
  'csv-parse-only': async () => {
    const { parse } = await import('csv-parse');
    const parser = parse({ relax_column_count: true });
    let records = 0;
    parser.on('data', () => {
      records += 1;
    });
    const ended = new Promise((resolve) => parser.on('end', resolve));
    for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 })) {
      if (!parser.write(chunk)) await new Promise((resolve) => parser.once('drain', resolve));
    }
    parser.end();
    await ended;
    return { records };
  },
  /** The library with its defaults; `threads` 1 for the one-thread figures. */
  library: async (format, threads) => {
    const { validateFile } = await import('../../dist/validate/index.js');
    const report = await validateFile(file, { format, schema: 'meeting', ...(threads === undefined ? {} : { threads }) });
    return { records: report.records, invalid: report.invalidRecords };
  },
};

const started = performance.now();
// library-FORMAT or library-FORMAT-1thread
const [, format, oneThread] = /^library-(\w+?)(-1thread)?$/u.exec(mode) ?? [];
const result = await (format === undefined ? modes[mode]() : modes.library(format, oneThread === undefined ? undefined : 1));
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ mode, seconds, bytes, mbPerSecond: bytes / 1e6 / seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, ...result }));
