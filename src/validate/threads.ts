/**
 * Large NDJSON files checked on several cores (Node.js only). This thread reads the file and cuts
 * it into parts at line ends; worker threads parse and check the records of each part, which is
 * most of the work; this thread takes their outcomes in file order and runs what needs the whole
 * input so far: unique ids, references into the file's own dataset, counts and the cap on issues.
 * The report is the one a single thread gives (the tests compare them on good and bad input).
 */
import { Worker, type MessagePort } from 'node:worker_threads';
import { DEFAULT_MAX_RECORD_BYTES, joinInto, sniff } from './bytes.ts';
import type { DatasetKey } from './compiled.ts';
import { ValidationRun, type ChunkInput, type EngineDeps, type PartOutcome, type RecordPlace, type SelfReference } from './engine.ts';
import type { IdIndexSnapshot } from './id-index.ts';
import { tooLongLine } from './ndjson.ts';
import { asBuffer } from './node-input.ts';
import type { SchemaName } from './types.ts';

/** A worker thread running `script`; a small young generation keeps its heap small, at no cost in speed (measured). */
export const startWorker = (script: URL, workerData: unknown): Worker => new Worker(script, { workerData, resourceLimits: { maxYoungGenerationSizeMb: 8 } });

/** Below this size a file is checked in the calling thread: starting workers would cost more. */
export const THREADS_MIN_BYTES = 16 * 1024 * 1024;

/** Parts in flight per thread: enough to keep each worker busy while this thread works. */
const PARTS_IN_FLIGHT_PER_THREAD = 2;
/** Beyond this many bytes in flight (long lines make large parts), parts are sent one at a time. */
const BYTES_IN_FLIGHT = 8 * 1024 * 1024;

interface FileMessage {
  readonly type: 'file';
  readonly file: string;
  readonly schema: SchemaName;
  readonly maxErrors: number;
  /** Ids of the datasets read before, for references into them. */
  readonly complete: [DatasetKey, IdIndexSnapshot][];
}

interface PartMessage {
  readonly type: 'part';
  readonly bytes: Uint8Array;
  /** The end of the file: its last line may have no line end. */
  readonly last: boolean;
  /** False once the calling thread has all the issues it keeps: then none are built. */
  readonly collect: boolean;
}

/** A part's outcome, with the buffer that held its bytes, given back for the next part. */
interface ReturnedOutcome extends PartOutcome {
  readonly buffer: ArrayBufferLike;
}

/** A part (a 256 KiB read and the start of a line before it) is copied into a buffer of this size, reused (or into a larger one, used once). */
const PART_BUFFER_BYTES = 320 * 1024;

/** A run over one part: it records each record's outcome instead of settling it. */
class PartRun extends ValidationRun {
  private readonly recordIds: string[] = [];
  private readonly lines: number[] = [];
  private readonly problems: number[] = [];
  private readonly selfReferences: [number, SelfReference[]][] = [];

  constructor(deps: EngineDeps, maxErrors: number, collect: boolean) {
    super(deps, maxErrors);
    this.collecting = collect;
  }

  override settleInvalid(place: RecordPlace): void {
    this.recordIds.push('');
    this.lines.push(place.line ?? 0);
    this.problems.push(-1);
  }

  override settle(_dataset: DatasetKey, id: string, place: RecordPlace, problems: number, selfReferences: readonly SelfReference[]): boolean {
    if (selfReferences.length > 0) this.selfReferences.push([this.recordIds.length, [...selfReferences]]);
    this.recordIds.push(id);
    this.lines.push(place.line ?? 0);
    this.problems.push(problems);
    return problems === 0;
  }

  outcome(lineEnds: number): PartOutcome {
    const report = this.report();
    return {
      records: this.recordIds.length,
      ids: this.recordIds.join('\n'),
      lines: Int32Array.from(this.lines),
      problems: Int32Array.from(this.problems),
      selfReferences: this.selfReferences,
      issues: [...report.errors],
      dropped: report.errorsCapped,
      lineEnds,
    };
  }
}

/** Checks one part of a file (in a worker thread, or in this one). */
export const checkPart = (deps: EngineDeps, file: FileMessage, part: PartMessage): PartOutcome => {
  const run = new PartRun(deps, file.maxErrors, part.collect);
  for (const [dataset, ids] of file.complete) run.assumeComplete(dataset, ids);
  const schema = run.beginInput(file.schema);
  const splitter = run.ndjsonSink(file.file, schema, false);
  splitter.push(asBuffer(part.bytes));
  if (part.last) splitter.end();
  return run.outcome(splitter.lines - 1);
};

/** The worker thread's side: checks the parts it is sent, in order, and posts their outcomes. */
export const serveParts = (port: MessagePort, deps: EngineDeps): void => {
  let file: FileMessage | undefined;
  port.on('message', (message: FileMessage | PartMessage) => {
    if (message.type === 'file') file = message;
    else if (file !== undefined) {
      const { buffer } = message.bytes;
      const outcome: ReturnedOutcome = { ...checkPart(deps, file, message), buffer };
      // The bytes go back to be filled again: fresh buffers would pile up until a collection.
      port.postMessage(outcome, [buffer as ArrayBuffer, outcome.lines.buffer, outcome.problems.buffer]);
    }
  });
};

/**
 * The threads that check parts: this one and `threads - 1` workers, in turn. This thread takes a
 * share too, so that a second core costs one more V8 heap, not two. Each worker answers its parts
 * in the order they were sent.
 */
export class PartCheckers {
  private readonly workers: Worker[];
  private readonly waiting: { resolve: (outcome: PartOutcome) => void; reject: (error: Error) => void }[][];
  private readonly freeBuffers: ArrayBuffer[] = [];
  private file: FileMessage | undefined;
  private turn = 0;
  /** Set when a worker failed or stopped: no part is sent after it, and none waits for it. */
  private failure: Error | undefined;

  constructor(
    readonly threads: number,
    private readonly deps: EngineDeps,
    script: URL,
    workerData: unknown,
  ) {
    this.workers = Array.from({ length: threads - 1 }, () => startWorker(script, workerData));
    this.waiting = this.workers.map(() => []);
    this.workers.forEach((worker, index) => {
      const waiting = this.waiting[index] ?? [];
      worker.on('message', ({ buffer, ...outcome }: ReturnedOutcome) => {
        this.recycle(buffer);
        waiting.shift()?.resolve(outcome);
      });
      worker.on('error', (error) => {
        this.failure ??= error;
        for (const task of waiting.splice(0)) task.reject(error);
      });
      worker.on('exit', (code) => {
        this.failure ??= new Error(`a worker thread stopped (exit code ${code}) before it answered`);
        for (const task of waiting.splice(0)) task.reject(this.failure);
      });
    });
  }

  beginFile(message: FileMessage): void {
    this.file = message;
    for (const worker of this.workers) worker.postMessage(message);
  }

  /** The bytes of a part, joined into a buffer that can be sent. */
  partBytes(parts: readonly Uint8Array[], total: number): Uint8Array {
    const buffer = total <= PART_BUFFER_BYTES ? (this.freeBuffers.pop() ?? new ArrayBuffer(PART_BUFFER_BYTES)) : new ArrayBuffer(total);
    return joinInto(parts, new Uint8Array(buffer, 0, total));
  }

  /** Checks a part in the next thread: here, at once, or in a worker (its buffer is moved, not copied). */
  check(bytes: Uint8Array, last: boolean, collect: boolean): Promise<PartOutcome> {
    const index = this.turn;
    this.turn = (this.turn + 1) % this.threads;
    const message: PartMessage = { type: 'part', bytes, last, collect };
    const worker = this.workers[index];
    if (worker === undefined) {
      const outcome = checkPart(this.deps, this.file as FileMessage, message);
      this.recycle(bytes.buffer);
      return Promise.resolve(outcome);
    }
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiting[index]?.push({ resolve, reject });
      worker.postMessage(message, [bytes.buffer as ArrayBuffer]);
    });
  }

  private recycle(buffer: ArrayBufferLike) {
    if (buffer.byteLength === PART_BUFFER_BYTES) this.freeBuffers.push(buffer as ArrayBuffer);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** The outcome of a line too long to be any record, which is skipped unread. */
const tooLongPart = (file: string): PartOutcome => ({
  records: 1,
  ids: '',
  lines: Int32Array.of(1),
  problems: Int32Array.of(-1),
  selfReferences: [],
  issues: [{ file, line: 1, record: 0, pointer: '', ...tooLongLine(DEFAULT_MAX_RECORD_BYTES) }],
  dropped: false,
  lineEnds: 1,
});

/**
 * Checks an NDJSON input with worker threads: reads it, sends the workers parts that end at a line
 * end, and merges their outcomes in order. At most a few parts are in flight, so memory stays flat.
 */
export const checkNdjsonInThreads = async (run: ValidationRun, input: ChunkInput, checkers: PartCheckers): Promise<void> => {
  const { file } = input;
  const schema = run.beginInput(input.schema);
  checkers.beginFile({ type: 'file', file, schema: input.schema, maxErrors: run.maxErrors, complete: run.completeIds(schema.dataset) });
  const progress = run.progressReporter(input);
  const inFlight: { outcome: Promise<PartOutcome>; bytes: number }[] = [];
  let bytesInFlight = 0;
  let linesBefore = 0;
  let recordsBefore = 0;
  const mergeOldest = async () => {
    const { outcome, bytes } = inFlight.shift() as (typeof inFlight)[number];
    const part = await outcome;
    bytesInFlight -= bytes;
    run.mergePart(part, schema.dataset, file, linesBefore, recordsBefore);
    linesBefore += part.lineEnds;
    recordsBefore += part.records;
  };
  const send = async (outcome: Promise<PartOutcome>, bytes: number) => {
    // Awaited in turn below; if reading fails first, a failed part must not go unhandled.
    outcome.catch(() => undefined);
    inFlight.push({ outcome, bytes });
    bytesInFlight += bytes;
    // A few parts at a time; parts made large by long lines, one at a time.
    while (inFlight.length >= checkers.threads * PARTS_IN_FLIGHT_PER_THREAD || (inFlight.length > 1 && bytesInFlight > BYTES_IN_FLIGHT)) await mergeOldest();
  };
  const check = (bytes: Uint8Array, last: boolean) => send(checkers.check(bytes, last, !run.full), bytes.length);
  const skipLine = () => send(Promise.resolve(tooLongPart(file)), 0);

  // The start of a line not ended yet (copied: the reader reuses its buffers).
  let carry: Uint8Array[] = [];
  let carryBytes = 0;
  // Inside a line too long to be a record: its bytes are dropped up to its line end.
  let skipping = false;
  let first = true;
  let stopped = false;
  const keep = (bytes: Uint8Array) => {
    if (bytes.length === 0) return;
    carryBytes += bytes.length;
    if (carryBytes > DEFAULT_MAX_RECORD_BYTES) {
      skipping = true;
      carry = [];
      carryBytes = 0;
    } else carry.push(new Uint8Array(bytes));
  };
  const takeCarry = (tail: Uint8Array): Uint8Array => {
    const bytes = checkers.partBytes([...carry, tail], carryBytes + tail.length);
    carry = [];
    carryBytes = 0;
    return bytes;
  };

  for await (const chunk of input.chunks) {
    run.current.bytes += chunk.length;
    let start = 0;
    if (first) {
      first = false;
      const sniffed = sniff(chunk);
      if ('code' in sniffed) {
        run.inputIssue(file, 1, sniffed);
        stopped = true;
      } else start = sniffed.skip;
    }
    if (!stopped && skipping) {
      const end = chunk.indexOf(0x0a, start);
      if (end === -1) start = chunk.length;
      else {
        skipping = false;
        await skipLine();
        start = end + 1;
      }
    }
    if (!stopped && !skipping && carryBytes > 0) {
      // The line carried over ends in this chunk: it may still be too long with its end.
      const end = chunk.indexOf(0x0a, start);
      if (end !== -1 && carryBytes + (end - start) > DEFAULT_MAX_RECORD_BYTES) {
        carry = [];
        carryBytes = 0;
        await skipLine();
        start = end + 1;
      }
    }
    if (!stopped && !skipping) {
      const lastEnd = chunk.lastIndexOf(0x0a);
      if (lastEnd < start) keep(chunk.subarray(start));
      else {
        const bytes = takeCarry(chunk.subarray(start, lastEnd + 1));
        keep(chunk.subarray(lastEnd + 1));
        await check(bytes, false);
      }
    }
    progress();
  }
  if (!stopped) {
    if (skipping) await skipLine();
    else if (carryBytes > 0) await check(takeCarry(new Uint8Array(0)), true);
  }
  while (inFlight.length > 0) await mergeOldest();
  run.endInput(input, schema, undefined);
};
