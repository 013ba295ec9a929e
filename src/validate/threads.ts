/**
 * Large NDJSON files checked on several cores (Node.js only). This thread reads the file and cuts
 * it into parts at line ends with the same NdjsonCutter as the single-thread path; worker threads
 * parse and check the records of each part (record-check.ts), which is most of the work; this
 * thread settles their outcomes in file order into the ledger, which holds what needs the whole
 * input so far: unique ids, references into the file's own dataset, counts and the cap on issues.
 * The report is the one a single thread gives (the tests compare them on good and bad input).
 */
import { getHeapStatistics } from 'node:v8';
import { Worker, type MessagePort } from 'node:worker_threads';
import { countByte, joinInto, release, type InputProblem } from './bytes.ts';
import type { DatasetKey } from './compiled.ts';
import { FileRun } from './file-run.ts';
import { ID_INDEX_BYTES_PER_ID, IdIndex, projectedIdBytes, type IdIndexSnapshot } from './id-index.ts';
import { Int32List } from './int32-list.ts';
import { beginInput, drainer, endInput, progressReporter, textSink, type ChunkInput, type ValidatorDeps } from './input.ts';
import { Ledger, placeFields } from './ledger.ts';
import { NdjsonCutter, ndjsonReader, recordsOfLines, tooLongLine, type TextPlace } from './ndjson.ts';
import { asBuffer } from './node-input.ts';
import type { SelfReference } from './record-check.ts';
import { checkRecordText, tooDeepOutcome } from './record-text.ts';
import type { SchemaName, ValidationIssue } from './types.ts';

/**
 * A worker's old generation may grow to this (or to this thread's limit, if lower). Below 2 GiB,
 * V8 lets a heap grow to at most twice what survived its last full collection, not four times:
 * a worker's heap then stays near 25 MB instead of 38 (a million forward parentIds with 2
 * threads: 206 → 181 MB peak). No part needs a fraction of it: a long line is checked in the
 * reading thread.
 */
const WORKER_OLD_GENERATION_MB = 2000;

/** A worker thread running `script`; a small young generation keeps its heap small, at no cost in speed (measured). */
export const startWorker = (script: URL, workerData: unknown): Worker =>
  new Worker(script, {
    workerData,
    resourceLimits: {
      maxYoungGenerationSizeMb: 8,
      maxOldGenerationSizeMb: Math.min(WORKER_OLD_GENERATION_MB, Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20)),
    },
  });

/** More threads than this are refused: each costs 20–30 MB, and no machine this runs on gains from more. */
export const MAX_THREADS = 16;

/** Below this size a file is checked in the calling thread: starting workers would cost more. */
export const THREADS_MIN_BYTES = 16 * 1024 * 1024;

/**
 * Parts in flight per thread, and parts a worker may have waiting before this thread checks the next
 * part itself: enough that neither thread waits for the other while it works. With 2 and 2 each
 * thread sat idle about 13% of a run; 8 and 6 took package-shaped records from 1.36–1.40 s to
 * 1.20–1.22 s (0.93 s for the parse-only floor), for 10–15 MB more at a million records.
 */
const PARTS_IN_FLIGHT_PER_THREAD = 8;
const PARTS_QUEUED_PER_WORKER = 6;
/** Beyond this many bytes in flight (long lines make large parts), parts are sent one at a time. */
const BYTES_IN_FLIGHT = 8 * 1024 * 1024;

/**
 * With the default threads, a file whose ids are projected to take more than this (from its first
 * part) is read in this thread alone (PartCheckers.retire). A second thread costs 40–80 MB (its
 * heap, and a larger one here); beside the ids of millions of records it takes a run past 200 MB
 * (4 million organizations: 262 MB with 2 threads, 184 MB with one). 32 MiB is about 1.3 million
 * ids of 11 characters. (24 MiB kept a million generated meetings under 150 MB, 110 MB against
 * 152, but took 13.1 s instead of 7.2.) Threads asked for (`threads`, `--threads`) are used
 * whatever the ids. Workers are not stopped mid-file: the heap they made this thread grow would
 * stay, and the rest would take longer (measured).
 */
export const ONE_THREAD_FROM_HELD_BYTES = 32 * 1024 * 1024;

/** Ids longer than this are rare: a bound for idBytesAtMost, which only decides when workers start. */
const LONG_ID_CHARACTERS = 64;

/** The memory the ids of a file of `totalBytes` would take if every line of its first part had a long one. */
const idBytesAtMost = (part: Uint8Array, totalBytes: number): number => {
  const lines = countByte(part, 0x0a, 0, part.length) + 1;
  return (lines * (ID_INDEX_BYTES_PER_ID + LONG_ID_CHARACTERS) * totalBytes) / Math.max(part.length, 1);
};

/** How many ids a part's records brought (a record the schema rejected brings none). */
const idsOf = (part: PartOutcome): number => {
  let ids = 0;
  for (let record = 0; record < part.records; record += 1) if ((part.problems[record] ?? -1) >= 0) ids += 1;
  return ids;
};

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

/**
 * The references of a part's records into their own dataset, compact to post: per reference (in
 * record order) its record and its shape (pointer and message, which few references differ in),
 * and the ids joined by line ends (an id that reached here passed its schema: it has no line end).
 */
export interface PartReferences {
  readonly records: Int32Array<ArrayBuffer>;
  readonly shapes: Int32Array<ArrayBuffer>;
  readonly ids: string;
  readonly shapeList: readonly Omit<SelfReference, 'id'>[];
}

const NO_PART_REFERENCES: PartReferences = { records: new Int32Array(0), shapes: new Int32Array(0), ids: '', shapeList: [] };

/**
 * What a worker found in a part, compact to post: per record (in order) its line and its own
 * problems (-1 for a record the schema rejected or that could not be read), in typed arrays; the
 * ids of the other records, joined by line ends; their references into their own dataset; the
 * issues (at most maxErrors; `dropped` when there were more). Lines and records count from the
 * part's start. No array of one entry per record lives in the heap: a part of 131 072 broken
 * lines made the garbage collector hold tens of megabytes.
 */
export interface PartOutcome {
  readonly records: number;
  readonly ids: string;
  readonly lines: Int32Array<ArrayBuffer>;
  readonly problems: Int32Array<ArrayBuffer>;
  readonly selfReferences: PartReferences;
  readonly issues: ValidationIssue[];
  readonly dropped: boolean;
  /** Line ends in the part: the next part starts this many lines further. */
  readonly lineEnds: number;
}

/** A part's outcome, with the buffer that held its bytes when it is given back for the next part. */
interface ReturnedOutcome extends PartOutcome {
  readonly buffer?: ArrayBufferLike;
}

/** A part (a 256 KiB read and the start of a line before it) is copied into a buffer of this size, reused (or into a larger one, used once). */
const PART_BUFFER_BYTES = 320 * 1024;

const partLines = new Int32List();
const partProblems = new Int32List();
const partReferenceRecords = new Int32List();
const partReferenceShapes = new Int32List();

/** Checks one part of a file (in a worker thread, or in this one). */
export const checkPart = (deps: ValidatorDeps, file: FileMessage, part: PartMessage): PartOutcome => {
  const completeIds = new Map(file.complete.map(([dataset, ids]) => [dataset, IdIndex.fromSnapshot(ids)]));
  const schema = deps.compiled.schemas.find((candidate) => candidate.name === file.schema);
  if (schema === undefined) throw new Error(`unknown schema ${file.schema}`);
  const { context } = new FileRun(new Ledger(file.maxErrors), deps.compiled, schema, completeIds);
  const ids: string[] = [];
  const lines = partLines;
  const problems = partProblems;
  lines.length = 0;
  problems.length = 0;
  const referenceRecords = partReferenceRecords;
  const referenceShapes = partReferenceShapes;
  referenceRecords.length = 0;
  referenceShapes.length = 0;
  const referenceIds: string[] = [];
  const shapeList: Omit<SelfReference, 'id'>[] = [];
  const shapeIndex = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  let dropped = false;
  const keep = (issue: ValidationIssue) => {
    if (issues.length < file.maxErrors && part.collect) issues.push(issue);
    else dropped = true;
  };
  const rejected = (place: TextPlace) => {
    lines.push(place.line);
    problems.push(-1);
  };
  const collect = () => part.collect && issues.length < file.maxErrors;
  const settle = (place: TextPlace, outcome: ReturnType<typeof checkRecordText>) => {
    if (outcome.accepted === 'unreadable') {
      const { lineInText, column, code, message } = outcome;
      keep({ ...placeFields({ ...place, line: place.line + lineInText - 1 }), ...(column === undefined ? {} : { column }), pointer: '', code, message });
      return rejected(place);
    }
    if (!outcome.accepted && outcome.issues.length === 0) dropped = true;
    for (const issue of outcome.issues) keep({ ...placeFields(place), pointer: issue.pointer, code: issue.code, message: issue.message });
    if (!outcome.accepted) return rejected(place);
    for (const { id, ...shape } of outcome.selfReferences) {
      const key = `${shape.pointer}\u0000${shape.column ?? ''}\u0000${shape.template}`;
      let index = shapeIndex.get(key);
      if (index === undefined) {
        index = shapeList.push(shape) - 1;
        shapeIndex.set(key, index);
      }
      referenceRecords.push(lines.length);
      referenceShapes.push(index);
      referenceIds.push(id);
    }
    ids.push(outcome.id);
    lines.push(place.line);
    problems.push(outcome.issues.length);
  };
  // A part's buffer of the usual size is used again; a larger one (a long line's) is not.
  const disposable = part.bytes.buffer.byteLength !== PART_BUFFER_BYTES;
  const { lineEnds } = recordsOfLines(asBuffer(part.bytes), part.last, deps.decode, file.file, 1, 0, {
    record: (place, text, last) => settle(place, checkRecordText(context, text, collect(), last)),
    tooDeep: (place, startsObject) => settle(place, tooDeepOutcome(collect(), startsObject)),
    unreadable: (place, problem) => {
      keep({ ...placeFields(place), pointer: '', code: problem.code, message: problem.message });
      rejected(place);
    },
  }, disposable);
  const records = lines.length;
  const selfReferences: PartReferences =
    referenceIds.length === 0 ? NO_PART_REFERENCES : { records: referenceRecords.take(), shapes: referenceShapes.take(), ids: referenceIds.join('\n'), shapeList };
  return { records, ids: ids.join('\n'), lines: lines.take(), problems: problems.take(), selfReferences, issues, dropped, lineEnds };
};

/** The worker thread's side: checks the parts it is sent, in order, and posts their outcomes. */
export const serveParts = (port: MessagePort, deps: ValidatorDeps): void => {
  let file: FileMessage | undefined;
  port.on('message', (message: FileMessage | PartMessage) => {
    if (message.type === 'file') file = message;
    else {
      if (file === undefined) throw new Error('a part came before its file');
      const { buffer } = message.bytes;
      const checked = checkPart(deps, file, message);
      const arrays: ArrayBuffer[] = [checked.lines.buffer, checked.problems.buffer];
      if (checked.selfReferences !== NO_PART_REFERENCES) arrays.push(checked.selfReferences.records.buffer, checked.selfReferences.shapes.buffer);
      if (buffer.byteLength === PART_BUFFER_BYTES) {
        // The bytes go back to be filled again: fresh buffers would pile up until a collection.
        port.postMessage({ ...checked, buffer } satisfies ReturnedOutcome, [buffer as ArrayBuffer, ...arrays]);
      } else {
        // A long line's buffer is not used again: freed here at once.
        release(buffer);
        port.postMessage({ ...checked } satisfies ReturnedOutcome, arrays);
      }
    }
  });
};

/**
 * The threads that check parts: `threads - 1` workers, and this one when they have enough to do.
 * This thread takes a share too, so that a second core costs one more V8 heap, not two. Each
 * worker answers its parts in the order they were sent.
 */
export class PartCheckers {
  private workers: Worker[] = [];
  private waiting: { resolve: (outcome: PartOutcome) => void; reject: (error: Error) => void }[][] = [];
  private readonly freeBuffers: ArrayBuffer[] = [];
  private file: FileMessage | undefined;
  /** Set when a worker failed or stopped: no part is sent after it, and none waits for it. */
  private failure: Error | undefined;

  constructor(
    readonly threads: number,
    private readonly deps: ValidatorDeps,
    private readonly script: URL,
    private readonly workerData: unknown,
    /** A file whose ids are projected to take more is read in this thread (ONE_THREAD_FROM_HELD_BYTES). */
    readonly oneThreadFromHeldBytes = ONE_THREAD_FROM_HELD_BYTES,
  ) {}

  /** Parts posted to the workers so far (a file read in this thread alone posts none). */
  partsSent = 0;

  /** Worker threads started so far (a worker stopped before it is online never tells `process`). */
  workersStarted = 0;

  /**
   * Starts the workers, once, and tells them the file being read. Called when a part is first sent
   * to them, or before, to hide the 45 ms a worker takes to load the library. (Workers started and
   * stopped unused still cost: 4 million organizations peaked at 212 MB instead of 180.)
   */
  start(): void {
    if (this.workers.length > 0 || this.retiring) return;
    this.workers = Array.from({ length: this.threads - 1 }, () => startWorker(this.script, this.workerData));
    this.workersStarted += this.workers.length;
    this.waiting = this.workers.map(() => []);
    this.workers.forEach((worker, index) => this.listen(worker, this.waiting[index] ?? []));
    if (this.file !== undefined) for (const worker of this.workers) worker.postMessage(this.file);
  }

  private listen(worker: Worker, waiting: { resolve: (outcome: PartOutcome) => void; reject: (error: Error) => void }[]) {
    worker.on('message', ({ buffer, ...outcome }: ReturnedOutcome) => {
      if (buffer !== undefined) this.recycle(buffer);
      waiting.shift()?.resolve(outcome);
      if (this.retiring && waiting.length === 0) void worker.terminate();
    });
    worker.on('error', (error) => {
      this.failure ??= error;
      for (const task of waiting.splice(0)) task.reject(error);
    });
    worker.on('exit', (code) => {
      // A worker retired with nothing left to answer stopped as asked.
      if (this.retiring && waiting.length === 0) return;
      this.failure ??= new Error(`a worker thread stopped (exit code ${code}) before it answered`);
      for (const task of waiting.splice(0)) task.reject(this.failure);
    });
  }

  /**
   * Sends no more parts to the workers: this thread checks the rest, and each worker stops once it
   * has answered the parts it has. For inputs whose ids would outgrow ONE_THREAD_FROM_HELD_BYTES,
   * so that their memory and the workers' heaps do not add up.
   */
  retire(): void {
    if (this.retiring) return;
    this.retiring = true;
    this.workers.forEach((worker, index) => {
      if ((this.waiting[index]?.length ?? 0) === 0) void worker.terminate();
    });
  }

  /** True once retire() was called: the next inputs are read in this thread. */
  get retired(): boolean {
    return this.retiring;
  }

  private retiring = false;

  beginFile(message: FileMessage): void {
    this.file = message;
    for (const worker of this.workers) worker.postMessage(message);
  }

  /** The bytes of a part, joined into a buffer that can be sent. */
  partBytes(parts: readonly Uint8Array[], total: number): Uint8Array {
    const buffer = total <= PART_BUFFER_BYTES ? (this.freeBuffers.pop() ?? new ArrayBuffer(PART_BUFFER_BYTES)) : new ArrayBuffer(total);
    return joinInto(parts, new Uint8Array(buffer, 0, total));
  }

  /**
   * Checks a part in a worker (its buffer is moved, not copied), or here at once when every worker
   * has PARTS_QUEUED_PER_WORKER parts waiting, or when `here`. This thread also reads, cuts and
   * settles: given every other part, it fell behind and left its worker idle a third of the time.
   */
  check(bytes: Uint8Array, last: boolean, collect: boolean, here = false): Promise<PartOutcome> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const message: PartMessage = { type: 'part', bytes, last, collect };
    let index = -1;
    if (!here && !this.retiring) this.start();
    if (!here && !this.retiring) this.waiting.forEach((queue, candidate) => {
      if (queue.length < PARTS_QUEUED_PER_WORKER && (index === -1 || queue.length < (this.waiting[index]?.length ?? 0))) index = candidate;
    });
    if (index === -1) {
      const outcome = checkPart(this.deps, this.file as FileMessage, message);
      this.recycle(bytes.buffer);
      return Promise.resolve(outcome);
    }
    const worker = this.workers[index] as Worker;
    this.partsSent += 1;
    return new Promise((resolve, reject) => {
      this.waiting[index]?.push({ resolve, reject });
      worker.postMessage(message, [bytes.buffer as ArrayBuffer]);
    });
  }

  /** Keeps a part's buffer for the next part; frees a larger one (a long line's) at once. */
  recycle(buffer: ArrayBufferLike): void {
    if (buffer.byteLength === PART_BUFFER_BYTES) this.freeBuffers.push(buffer as ArrayBuffer);
    else if (buffer.byteLength > 0) release(buffer as ArrayBuffer);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** The texts of a string that joins them with line ends, one after another. */
const joinedTexts = (joined: string) => {
  let start = 0;
  return {
    next(): string {
      let end = joined.indexOf('\n', start);
      if (end === -1) end = joined.length;
      const text = joined.slice(start, end);
      start = end + 1;
      return text;
    },
  };
};

/**
 * Settles a part's outcomes into the ledger, in input order: its records' issues, counts, ids and
 * references, with lines and numbers shifted by what came before the part.
 */
const mergePart = (run: FileRun, part: PartOutcome, file: string, linesBefore: number, recordsBefore: number): void => {
  const { ledger } = run;
  const shift = (issue: ValidationIssue): ValidationIssue => ({
    ...issue,
    ...(issue.line === undefined ? {} : { line: issue.line + linesBefore }),
    ...(issue.record === undefined ? {} : { record: issue.record + recordsBefore }),
  });
  const references = part.selfReferences;
  let reference = 0;
  const referenceIds = joinedTexts(references.ids);
  const ids = joinedTexts(part.ids);
  let next = 0;
  for (let record = 0; record < part.records; record += 1) {
    let issues = NO_ISSUES;
    while (next < part.issues.length && (part.issues[next]?.record ?? record) <= record) {
      if (issues === NO_ISSUES) issues = [];
      (issues as ValidationIssue[]).push(shift(part.issues[next++] as ValidationIssue));
    }
    const problems = part.problems[record] ?? -1;
    if (problems < 0) {
      ledger.settleRejected(issues);
      continue;
    }
    // The ids of the records that were checked, one after another.
    const id = ids.next();
    const place = { file, line: (part.lines[record] ?? 0) + linesBefore, record: record + recordsBefore };
    let held: SelfReference[] | undefined;
    while (reference < references.records.length && references.records[reference] === record) {
      (held ??= []).push({ ...(references.shapeList[references.shapes[reference] ?? 0] as Omit<SelfReference, 'id'>), id: referenceIds.next() });
      reference += 1;
    }
    run.settleChecked(place, id, issues, problems, held ?? NO_REFERENCES);
  }
  while (next < part.issues.length) ledger.addIssue(shift(part.issues[next++] as ValidationIssue));
  if (part.dropped) ledger.markCapped();
};

const NO_ISSUES: readonly ValidationIssue[] = Object.freeze([]);
const NO_REFERENCES: readonly SelfReference[] = Object.freeze([]);

/** The outcome of a line too long to be any record, which is skipped unread. */
const tooLongPart = (file: string): PartOutcome => ({
  records: 1,
  ids: '',
  lines: Int32Array.of(1),
  problems: Int32Array.of(-1),
  selfReferences: NO_PART_REFERENCES,
  issues: [{ file, line: 1, record: 0, pointer: '', ...tooLongLine(new NdjsonCutter().maxLineBytes) }],
  dropped: false,
  lineEnds: 1,
});

/**
 * Checks an NDJSON input with worker threads: reads it, sends the workers parts that end at a line
 * end, and merges their outcomes in order. At most a few parts are in flight, so memory stays flat.
 */
export const checkNdjsonInThreads = async (ledger: Ledger, deps: ValidatorDeps, input: ChunkInput, checkers: PartCheckers): Promise<void> => {
  const { file } = input;
  const schema = beginInput(ledger, deps, input.schema);
  const run = new FileRun(ledger, deps.compiled, schema);
  const complete = [...run.context.completeIds].map(([dataset, ids]) => [dataset, (ids as IdIndex).snapshot()] as [DatasetKey, IdIndexSnapshot]);
  checkers.beginFile({ type: 'file', file, schema: input.schema, maxErrors: ledger.maxErrors, complete });
  const progress = progressReporter(ledger, input);
  const inFlight: { outcome: Promise<PartOutcome>; bytes: number }[] = [];
  let bytesInFlight = 0;
  let linesBefore = 0;
  let recordsBefore = 0;
  const mergeOldest = async () => {
    const { outcome, bytes } = inFlight.shift() as (typeof inFlight)[number];
    const part = await outcome;
    bytesInFlight -= bytes;
    mergePart(run, part, file, linesBefore, recordsBefore);
    // An outcome outlives a few minor collections (it is awaited): its arrays would wait for a full one.
    release(part.lines.buffer);
    release(part.problems.buffer);
    linesBefore += part.lineEnds;
    recordsBefore += part.records;
  };
  const send = async (outcome: Promise<PartOutcome>, bytes: number) => {
    // Awaited in turn below; if reading fails first, a failed part must not go unhandled.
    outcome.catch(() => undefined);
    inFlight.push({ outcome, bytes });
    bytesInFlight += bytes;
    // A few parts at a time; a part made large by long lines is settled before the file is read on,
    // so that one long line is held at a time, as in one thread.
    while (inFlight.length >= checkers.threads * PARTS_IN_FLIGHT_PER_THREAD || (inFlight.length > 0 && bytesInFlight > BYTES_IN_FLIGHT)) await mergeOldest();
  };

  const cutter = new NdjsonCutter();
  // Consecutive pieces of lines go in one part; a line too long to be a record goes alone.
  let lines: Uint8Array[] = [];
  let linesBytes = 0;
  let last = false;
  // Parts are checked here, before any goes to a worker, until one holds an id: its ids say whether
  // the file's will fit beside a second thread's heap (a file may begin with blank or broken lines).
  let first = true;
  let projecting = true;
  const flush = async () => {
    if (linesBytes === 0) return;
    const bytes = checkers.partBytes(lines, linesBytes);
    lines = [];
    linesBytes = 0;
    if (!projecting) return send(checkers.check(bytes, last, !ledger.full), bytes.length);
    // Even if every line held an id of the longest kind, the file's would fit: the workers start
    // loading now, while this part is checked.
    if (first && input.totalBytes !== undefined && ledger.heldBytes + idBytesAtMost(bytes, input.totalBytes) <= checkers.oneThreadFromHeldBytes) checkers.start();
    first = false;
    const outcome = await checkers.check(bytes, last, !ledger.full, true);
    const ids = idsOf(outcome);
    if (ids > 0) projecting = false;
    if (ids > 0 && input.totalBytes !== undefined && ledger.heldBytes + projectedIdBytes(outcome.ids.length, ids, bytes.length, input.totalBytes) > checkers.oneThreadFromHeldBytes) checkers.retire();
    return send(Promise.resolve(outcome), bytes.length);
  };
  let stopped = false;
  const take = async (pieces: ReturnType<NdjsonCutter['push']>) => {
    for (const piece of pieces) {
      if (piece.kind === 'stop') {
        stopped = true;
        // Parts before it are settled first: the line of a problem later in the file is known then.
        await flush();
        while (inFlight.length > 0) await mergeOldest();
        ledger.inputIssue(file, piece.atStart ? 1 : linesBefore + 1, piece.problem);
      } else if (piece.kind === 'too-long') {
        await flush();
        await send(Promise.resolve(tooLongPart(file)), 0);
      } else if (piece.own === true && piece.bytes.length > PART_BUFFER_BYTES) {
        // A long line, in a buffer of its own already, is checked as it is, not copied once more, and
        // always in this thread: the garbage a long line leaves (its text, a long key) then waits
        // for a collection in one heap, not in every thread's.
        await flush();
        await send(checkers.check(piece.bytes, piece.last, !ledger.full, true), piece.bytes.length);
      } else {
        lines.push(piece.bytes);
        linesBytes += piece.bytes.length;
        last = piece.last;
      }
    }
    await flush();
  };
  const drain = drainer(ledger, input.totalBytes);
  // Once the workers are retired, the rest of the file is read as in one thread (ndjsonReader),
  // which is faster than checking parts here one by one: the parts read so far are settled first.
  let alone: ReturnType<typeof ndjsonReader> | undefined;
  const goAlone = async () => {
    while (inFlight.length > 0) await mergeOldest();
    const stop = (line: number, problem: InputProblem) => ledger.inputIssue(file, line, problem);
    return ndjsonReader(deps.decode, file, textSink(run), stop, { cutter, line: linesBefore + 1, record: recordsBefore });
  };
  for await (const chunk of input.chunks) {
    input.signal?.throwIfAborted();
    ledger.current.bytes += chunk.length;
    if (alone === undefined && checkers.retired && !stopped) alone = await goAlone();
    if (alone !== undefined ? !alone.reading : stopped) {
      if (!drain(chunk)) break;
    } else if (alone !== undefined) alone.push(chunk);
    else await take(cutter.push(chunk));
    progress();
  }
  if (alone !== undefined) alone.end();
  else await take(cutter.end());
  while (inFlight.length > 0) await mergeOldest();
  endInput(ledger, run, input, undefined);
};
