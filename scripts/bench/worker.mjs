// One measurement, in a process of its own so that its peak memory is its own:
//   node scripts/bench/worker.mjs MODE FILE    → one line of JSON: { seconds, bytes, records, maxRssMb, ... }
// MODE: bare-parse, zod-safeparse, ajv-lines, schemasafe-lines, csv-floor, csv-parse-only,
// papaparse-only, csv-parser-only, library-FORMAT (the library's defaults) or library-FORMAT-1thread.
// BENCH_LIBRARY: the library module to load instead of dist/validate/index.js (a bundle built by
// scripts/compiler/validator-bundle.ts's writeValidatorFromSource); BENCH_CSV_PARSER: the bundled src/validate/csv-parser.ts.
import { readFileSync, createReadStream, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [mode, file] = process.argv.slice(2);
const bytes = statSync(file).size;
const cpuAtStart = process.cpuUsage();
const meetingSchema = () => JSON.parse(readFileSync(new URL('../../dist/schema/meeting.schema.json', import.meta.url), 'utf8'));

/** A validator per line: counts the invalid lines and keeps the first numbers (to check it catches what it should). */
const perLine = async (validate) => {
  let invalid = 0;
  const invalidLines = [];
  let line = 0;
  const result = await bareParse((value) => {
    line += 1;
    if (validate(value)) return;
    invalid += 1;
    if (invalidLines.length < 20) invalidLines.push(line);
  });
  return { ...result, invalid, invalidLines };
};

/** Reads CSV in 64 KiB pieces, as the validator hands them to its parser. */
const csvChunks = (options = {}) => createReadStream(file, { highWaterMark: 64 * 1024, ...options });

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
    return perLine((value) => Meeting.safeParse(value).success);
  },
  /** csv-parse alone over the file, doing nothing with the rows: the ceiling of the CSV path. */
  'csv-parse-only': async () => {
    const { parse } = await import('csv-parse');
    const parser = parse({ relax_column_count: true });
    let records = 0;
    let fields = 0;
    parser.on('data', (record) => {
      records += 1;
      fields += record.length;
    });
    const ended = new Promise((resolve) => parser.on('end', resolve));
    for await (const chunk of csvChunks()) {
      if (!parser.write(chunk)) await new Promise((resolve) => parser.once('drain', resolve));
    }
    parser.end();
    await ended;
    return { records, fields };
  },
  /** ajv (as ajv-cli configures it: draft 2020-12, ajv-formats) per line of NDJSON: the usual do-it-yourself. */
  'ajv-lines': async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const addFormats = (await import('ajv-formats')).default;
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    return perLine(ajv.compile(meetingSchema()));
  },
  /** @exodus/schemasafe per line of NDJSON (formats are built in). */
  'schemasafe-lines': async () => {
    const { validator } = await import('@exodus/schemasafe');
    return perLine(validator(meetingSchema(), { includeErrors: false }));
  },
  /** The least any CSV reader does: read, decode, find every line feed. */
  'csv-floor': async () => {
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    let lineFeeds = 0;
    for await (const chunk of csvChunks()) {
      const text = decoder.decode(chunk, { stream: true });
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineFeeds += 1;
    }
    return { records: lineFeeds };
  },
  /** papaparse alone (no header, no typing), given text as its Node.js stream input: its raw parse. */
  'papaparse-only': async () => {
    const Papa = (await import('papaparse')).default;
    let records = 0;
    let fields = 0;
    await new Promise((resolve, reject) =>
      // Decoded by the stream (papaparse would cut characters at chunk ends); results a chunk at a time.
      Papa.parse(csvChunks({ encoding: 'utf8' }), {
        chunk: (results) => {
          for (const record of results.data) fields += record.length;
          records += results.data.length;
        },
        complete: resolve,
        error: reject,
      }),
    );
    return { records, fields };
  },
  /** src/validate/csv-parser.ts alone over the file, decoded as the validator decodes it, doing nothing with the records. */
  'csv-parser-only': async () => {
    const { CsvRecordParser } = await import(pathToFileURL(process.env.BENCH_CSV_PARSER ?? '').href);
    let records = 0;
    let fields = 0;
    const parser = new CsvRecordParser((record) => {
      records += 1;
      fields += record.length;
    }, 64 * 1024 * 1024);
    for await (const chunk of csvChunks()) parser.write(chunk.toString('utf8'));
    const error = parser.end();
    if (error !== undefined) throw error;
    return { records, fields };
  },
  /** The library with its defaults; `threads` 1 for the one-thread figures. */
  library: async (format, threads) => {
    const { validateFile } = await import(process.env.BENCH_LIBRARY === undefined ? '../../dist/validate/index.js' : pathToFileURL(process.env.BENCH_LIBRARY).href);
    const report = await validateFile(file, { format, schema: 'meeting', ...(threads === undefined ? {} : { threads }) });
    return { records: report.records, invalid: report.invalidRecords, errors: report.errors.slice(0, 20).map((error) => [error.line, error.code]) };
  },
};

const started = performance.now();
// library-FORMAT or library-FORMAT-1thread
const [, format, oneThread] = /^library-(\w+?)(-1thread)?$/u.exec(mode) ?? [];
const result = await (format === undefined ? modes[mode]() : modes.library(format, oneThread === undefined ? undefined : 1));
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuAtStart);
// CPU time of every thread of the process (user + system), from before the contender's module is loaded.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(JSON.stringify({ mode, seconds, cpuSeconds, bytes, mbPerSecond: bytes / 1e6 / seconds, maxRssMb: process.resourceUsage().maxRSS / 1024, ...result }));
