/**
 * A large NDJSON file checked on several cores (Node.js only). This thread reads the file and cuts
 * it into parts at line ends with the same NdjsonCutter as the one-thread path; workers and this
 * thread check the parts (part-check.ts); this thread settles their outcomes in file order into the
 * ledger, which holds what needs the whole input: unique ids, references into the file's own
 * dataset, counts and the cap on issues. The report is the one a single thread gives.
 *
 * With the default threads, this thread checks the first parts itself while it measures how many
 * cores are idle (idle-cores.ts) and, from the first part with ids, how much memory the file's ids
 * will take; then it starts a worker for each idle core, or none (and reads the rest as one thread
 * does) when no core is idle or the ids would not fit beside another heap. Threads asked for are
 * used whatever the machine and the ids.
 */
import { release, type InputProblem } from './bytes.ts';
import { FileRun } from './file-run.ts';
import { projectedIdBytes, type IdIndex } from './id-index.ts';
import { idleCores, sampleCpus } from './idle-cores.ts';
import { beginInput, drainer, endInput, progressReporter, textSink, type ChunkInput, type ValidatorDeps } from './input.ts';
import type { Ledger } from './ledger.ts';
import { NdjsonCutter, ndjsonReader, TOO_LONG_LINE, type Piece } from './ndjson.ts';
import { NO_PART_REFERENCES, PART_BUFFER_BYTES, type PartOutcome } from './part-check.ts';
import type { SelfReference } from './record-check.ts';
import type { PartCheckers } from './thread-pool.ts';
import type { ValidationIssue } from './types.ts';

/** Below this size a file is checked in the calling thread: starting workers would cost more. */
export const THREADS_MIN_BYTES = 16 * 1024 * 1024;

/**
 * With the default threads, a file whose ids are projected to take more than this (from its first
 * part with ids) is read in this thread alone: the ids of millions of records and another heap
 * would take a run past 200 MB. 32 MiB is about 1.3 million ids of 11 characters.
 */
export const ONE_THREAD_FROM_HELD_BYTES = 32 * 1024 * 1024;

/** How long this thread checks parts itself before the default threads are decided: enough clock ticks to tell an idle core. */
const SAMPLE_MS = 100;

/** Parts in flight per thread: enough that neither thread waits for the other. */
const PARTS_IN_FLIGHT_PER_THREAD = 8;
/** Beyond this many bytes in flight (long lines make large parts), parts are settled one at a time. */
const BYTES_IN_FLIGHT = 8 * 1024 * 1024;

const NO_ISSUES: readonly ValidationIssue[] = Object.freeze([]);
const NO_REFERENCES: readonly SelfReference[] = Object.freeze([]);

/** The texts of a string that joins them with line ends, one after another. */
const joinedTexts = (joined: string) => {
  let start = 0;
  return (): string => {
    let end = joined.indexOf('\n', start);
    if (end === -1) end = joined.length;
    const text = joined.slice(start, end);
    start = end + 1;
    return text;
  };
};

/**
 * Settles a part's outcomes into the ledger, in input order: its records' issues, counts, ids and
 * references, with lines and numbers shifted by what came before the part.
 */
const mergePart = (run: FileRun, part: PartOutcome, file: string, linesBefore: number, recordsBefore: number): void => {
  const shift = (issue: ValidationIssue): ValidationIssue => ({
    ...issue,
    ...(issue.line === undefined ? {} : { line: issue.line + linesBefore }),
    ...(issue.record === undefined ? {} : { record: issue.record + recordsBefore }),
  });
  const references = part.selfReferences;
  const [nextReferenceId, nextId] = [joinedTexts(references.ids), joinedTexts(part.ids)];
  let [reference, next] = [0, 0];
  for (let record = 0; record < part.records; record += 1) {
    let issues = NO_ISSUES;
    while (next < part.issues.length && (part.issues[next]?.record ?? record) <= record) {
      if (issues === NO_ISSUES) issues = [];
      (issues as ValidationIssue[]).push(shift(part.issues[next++] as ValidationIssue));
    }
    const problems = part.problems[record] ?? -1;
    if (problems < 0) {
      run.ledger.settleRejected(issues);
      continue;
    }
    let held: SelfReference[] | undefined;
    for (; reference < references.records.length && references.records[reference] === record; reference += 1) {
      (held ??= []).push({ ...(references.shapeList[references.shapes[reference] ?? 0] as Omit<SelfReference, 'id'>), id: nextReferenceId() });
    }
    const place = { file, line: (part.lines[record] ?? 0) + linesBefore, record: record + recordsBefore };
    run.settleChecked(place, nextId(), issues, problems, held ?? NO_REFERENCES);
  }
  while (next < part.issues.length) run.ledger.addIssue(shift(part.issues[next++] as ValidationIssue));
  if (part.dropped) run.ledger.markCapped();
};

/** The outcome of a line too long to be any record, which is skipped unread. */
const tooLongPart = (file: string): PartOutcome => ({
  records: 1,
  ids: '',
  lines: Int32Array.of(1),
  problems: Int32Array.of(-1),
  selfReferences: NO_PART_REFERENCES,
  issues: [{ file, line: 1, record: 0, pointer: '', ...TOO_LONG_LINE }],
  dropped: false,
  lineEnds: 1,
});

/** How many ids a part's records brought (a record the schema rejected brings none). */
const idsOf = (part: PartOutcome): number => {
  let ids = 0;
  for (let record = 0; record < part.records; record += 1) if ((part.problems[record] ?? -1) >= 0) ids += 1;
  return ids;
};

/** One NDJSON input read with the pool's threads. */
class NdjsonThreadRun {
  private readonly inFlight: { outcome: Promise<PartOutcome>; bytes: number }[] = [];
  private bytesInFlight = 0;
  private linesBefore = 0;
  private recordsBefore = 0;
  /** Consecutive pieces of lines, gathered into the next part. */
  private lines: Uint8Array[] = [];
  private linesBytes = 0;
  private last = false;
  /** True while this thread checks the parts itself, before the threads are decided. */
  private deciding = true;
  private idsProjected = false;
  private readonly sample = sampleCpus();
  readonly cutter = new NdjsonCutter();
  stopped = false;

  constructor(
    private readonly run: FileRun,
    private readonly checkers: PartCheckers,
    private readonly input: ChunkInput,
    /** Threads asked for: used as they are. Else the default (see the top of this file). */
    private readonly asked: boolean,
  ) {
    if (asked) {
      this.checkers.start();
      this.deciding = false;
    }
  }

  get position() {
    return { line: this.linesBefore + 1, record: this.recordsBefore };
  }

  async mergeOldest(): Promise<void> {
    const { outcome, bytes } = this.inFlight.shift() as (typeof this.inFlight)[number];
    const part = await outcome;
    this.bytesInFlight -= bytes;
    mergePart(this.run, part, this.input.file, this.linesBefore, this.recordsBefore);
    // An outcome outlives a few minor collections (it is awaited): its arrays would wait for a full one.
    release(part.lines.buffer);
    release(part.problems.buffer);
    this.linesBefore += part.lineEnds;
    this.recordsBefore += part.records;
  }

  async mergeAll(): Promise<void> {
    while (this.inFlight.length > 0) await this.mergeOldest();
  }

  private async send(outcome: Promise<PartOutcome>, bytes: number): Promise<void> {
    // Awaited in turn below; if reading fails first, a failed part must not go unhandled.
    outcome.catch(() => undefined);
    this.inFlight.push({ outcome, bytes });
    this.bytesInFlight += bytes;
    // A part made large by long lines is settled before the file is read on: one long line is held at a time.
    while (this.inFlight.length >= this.checkers.threads * PARTS_IN_FLIGHT_PER_THREAD || (this.inFlight.length > 0 && this.bytesInFlight > BYTES_IN_FLIGHT)) await this.mergeOldest();
  }

  /** With the default threads, after a part checked here: whether the ids fit, and once the sample is long enough, how many workers. */
  private decide(part: PartOutcome, bytes: number): void {
    const { ledger } = this.run;
    const ids = idsOf(part);
    if (ids > 0 && !this.idsProjected && this.input.totalBytes !== undefined) {
      this.idsProjected = true;
      if (ledger.heldBytes + projectedIdBytes(part.ids.length, ids, bytes, this.input.totalBytes) > ONE_THREAD_FROM_HELD_BYTES) {
        this.deciding = false;
        return this.checkers.retire();
      }
    }
    if (!this.idsProjected || performance.now() - this.sample.at < SAMPLE_MS) return;
    this.deciding = false;
    const idle = idleCores(this.sample, sampleCpus());
    if (idle === 0) this.checkers.retire();
    else this.checkers.start(idle);
  }

  private async flush(): Promise<void> {
    if (this.linesBytes === 0) return;
    const bytes = this.checkers.partBytes(this.lines, this.linesBytes);
    this.lines = [];
    this.linesBytes = 0;
    const collect = !this.run.ledger.full;
    if (!this.deciding) return this.send(this.checkers.check(bytes, this.last, collect), bytes.length);
    const outcome = await this.checkers.check(bytes, this.last, collect, true);
    this.decide(outcome, bytes.length);
    return this.send(Promise.resolve(outcome), bytes.length);
  }

  async take(pieces: readonly Piece[]): Promise<void> {
    for (const piece of pieces) {
      if (piece.kind === 'stop') {
        this.stopped = true;
        // Parts before it are settled first: the line of a problem later in the file is known then.
        await this.flush();
        await this.mergeAll();
        this.run.ledger.inputIssue(this.input.file, piece.atStart ? 1 : this.linesBefore + 1, piece.problem);
      } else if (piece.kind === 'too-long') {
        await this.flush();
        await this.send(Promise.resolve(tooLongPart(this.input.file)), 0);
      } else if (piece.own === true && piece.bytes.length > PART_BUFFER_BYTES) {
        // A long line, in a buffer of its own already, is checked as it is, in this thread: the
        // garbage a long line leaves then waits for a collection in one heap, not in every thread's.
        await this.flush();
        await this.send(this.checkers.check(piece.bytes, piece.last, !this.run.ledger.full, true), piece.bytes.length);
      } else {
        this.lines.push(piece.bytes);
        this.linesBytes += piece.bytes.length;
        this.last = piece.last;
      }
    }
    await this.flush();
  }
}

/** Once the workers are retired, the rest of the file is read as in one thread, which is faster than checking parts here one by one. */
const readAlone = async (state: NdjsonThreadRun, run: FileRun, deps: ValidatorDeps, input: ChunkInput) => {
  await state.mergeAll();
  const stop = (line: number, problem: InputProblem) => run.ledger.inputIssue(input.file, line, problem);
  return ndjsonReader(deps.decode, input.file, textSink(run), stop, { cutter: state.cutter, ...state.position });
};

/**
 * Checks an NDJSON input with worker threads: reads it, sends the workers parts that end at a line
 * end, and merges their outcomes in order. At most a few parts are in flight, so memory stays flat.
 */
export const checkNdjsonInThreads = async (ledger: Ledger, deps: ValidatorDeps, input: ChunkInput, checkers: PartCheckers, asked: boolean): Promise<void> => {
  const schema = beginInput(ledger, deps, input.schema);
  const run = new FileRun(ledger, deps.compiled, schema);
  const complete = [...run.context.completeIds].map(([dataset, ids]) => [dataset, (ids as IdIndex).snapshot()] as [string, ReturnType<IdIndex['snapshot']>]);
  checkers.beginFile({ type: 'file', file: input.file, schema: input.schema, maxErrors: ledger.maxErrors, complete });
  const state = new NdjsonThreadRun(run, checkers, input, asked);
  const progress = progressReporter(ledger, input);
  const drain = drainer(ledger, input.totalBytes);
  let alone: ReturnType<typeof ndjsonReader> | undefined;
  for await (const chunk of input.chunks) {
    input.signal?.throwIfAborted();
    ledger.current.bytes += chunk.length;
    if (alone === undefined && checkers.retired && !state.stopped) alone = await readAlone(state, run, deps, input);
    if (alone !== undefined ? !alone.reading : state.stopped) {
      if (!drain(chunk)) break;
    } else if (alone !== undefined) alone.push(chunk);
    else await state.take(state.cutter.push(chunk));
    progress();
  }
  if (alone !== undefined) alone.end();
  else await state.take(state.cutter.end());
  await state.mergeAll();
  endInput(ledger, run, input, undefined);
};
