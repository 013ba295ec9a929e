/**
 * CSV parsing in a worker thread (Node.js only): csv-parse is most of the time a CSV file takes
 * (its own speed is the CSV path's ceiling), so for a large file it runs in a worker while this
 * thread types and checks the rows it sends back. The worker gets the same bytes and options and
 * sends back the same records and errors in the same order, so the report is the one a single
 * thread gives (the tests compare them).
 */
import { EventEmitter } from 'node:events';
import type { MessagePort, Worker } from 'node:worker_threads';
import type { CsvParser, CsvParserFactory } from './csv.ts';
import { asBuffer } from './node-input.ts';
import { startWorker } from './threads.ts';

type ToWorker = { readonly type: 'start'; readonly options: Record<string, unknown> } | { readonly type: 'write'; readonly bytes: Uint8Array } | { readonly type: 'end' };

/** Records in the order parsed, then an error or the end, if either came. */
interface FromWorker {
  readonly records: string[][];
  readonly error?: { readonly message: string; readonly code?: string; readonly lines?: number };
  readonly ended?: boolean;
}

/** Pieces sent but not yet answered, beyond which `write` asks the caller to wait for `drain`. */
const PIECES_IN_FLIGHT = 4;

/** The worker thread's side: parses what it is sent with the parser given. */
export const serveCsvParsing = (port: MessagePort, csvParser: CsvParserFactory): void => {
  let parser: CsvParser | undefined;
  let records: string[][] = [];
  let failed = false;
  const flush = (extra: Omit<FromWorker, 'records'> = {}) => {
    port.postMessage({ records, ...extra } satisfies FromWorker);
    records = [];
  };
  port.on('message', (message: ToWorker) => {
    if (message.type === 'start') {
      parser = csvParser(message.options);
      parser.on('data', (record) => records.push(record));
      parser.on('error', (error) => {
        failed = true;
        flush({ error: { message: error.message, ...(error.code === undefined ? {} : { code: error.code }), ...(error.lines === undefined ? {} : { lines: error.lines }) } });
      });
      parser.on('end', () => flush({ ended: true }));
    } else if (failed) {
      // The parser stopped at its error; the rest is not parsed, as in one thread.
    } else if (message.type === 'write') {
      // Records are out (in 'data' events) before the write's callback: send them then. A write
      // that failed calls back before the 'error' event, which sends them with the error.
      parser?.write(asBuffer(message.bytes), (error) => {
        if (!failed && (error === undefined || error === null)) flush();
      });
    } else parser?.end();
  });
};

/**
 * Makes CsvParsers whose parsing runs in a worker thread started from `script` with `workerData`.
 * `close` stops any worker still running (one whose input was given up half way).
 */
export const workerCsvParsers = (script: URL, workerData: unknown): { parser: CsvParserFactory; close: () => Promise<void> } => {
  const workers = new Set<Worker>();
  const parser: CsvParserFactory = (options) => {
    const events = new EventEmitter();
    const worker = startWorker(script, workerData);
    workers.add(worker);
    worker.on('exit', () => workers.delete(worker));
    let inFlight = 0;
    let waiting = false;
    let done = false;
    const finish = () => {
      done = true;
      void worker.terminate();
    };
    // The worker died, or a row listener threw: not a problem of the file, so the run fails.
    const fail = (error: Error) => {
      if (done) return;
      finish();
      events.emit('error', Object.assign(error, { fatal: true }));
    };
    worker.on('message', (answer: FromWorker) => {
      if (done) return;
      try {
        for (const record of answer.records) events.emit('data', record);
      } catch (error) {
        // A listener that throws is a bug: report it as the parse's failure rather than crash the process.
        fail(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (answer.error !== undefined) {
        finish();
        events.emit('error', Object.assign(new Error(answer.error.message), answer.error));
        return;
      }
      if (answer.ended === true) {
        finish();
        events.emit('end');
        return;
      }
      inFlight -= 1;
      if (waiting && inFlight < PIECES_IN_FLIGHT) {
        waiting = false;
        events.emit('drain');
      }
      if (inFlight === 0) events.emit('caught-up');
    });
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the CSV worker thread stopped (exit code ${code})`)));
    worker.postMessage({ type: 'start', options } satisfies ToWorker);
    const csvParser: CsvParser = {
      write(chunk) {
        // Text (from a decoding stage) is sent as it is; bytes are moved, not copied.
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        inFlight += 1;
        worker.postMessage({ type: 'write', bytes } satisfies ToWorker, bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : []);
        waiting = inFlight >= PIECES_IN_FLIGHT;
        return !waiting;
      },
      end() {
        worker.postMessage({ type: 'end' } satisfies ToWorker);
      },
      on(event: string, listener: Parameters<EventEmitter['on']>[1]) {
        events.on(event, listener);
        return csvParser;
      },
      once(event: string, listener: () => void) {
        events.once(event, listener);
        return csvParser;
      },
      caughtUp: () =>
        done || inFlight === 0
          ? Promise.resolve()
          : new Promise<void>((resolve) => {
              for (const event of ['caught-up', 'end', 'error']) events.once(event, () => resolve());
            }),
    } as CsvParser;
    return csvParser;
  };
  return { parser, close: async () => void (await Promise.all([...workers].map((worker) => worker.terminate()))) };
};
