/**
 * A large NDJSON file on several cores (Node.js only): this thread cuts it into parts at line ends
 * (NdjsonCutter), workers and this thread check the parts (part-check.ts), and this thread settles
 * their outcomes in file order into the ledger: the report is the one a single thread gives.
 *
 * With the default threads, this thread checks the first parts itself while it measures how many
 * cores are idle (idle-cores.ts) and how much memory the file's ids will take; then it starts a
 * worker for each idle core, or reads on alone when none is idle or the ids would not fit beside
 * another heap. Threads asked for are used as asked.
 */
import { release, type InputProblem } from './bytes.ts';
import type { FileRun } from './file-run.ts';
import { projectedIdBytes, type IdIndex } from './id-index.ts';
import { idleCores, sampleCpus } from './idle-cores.ts';
import { beginInput, endInput, readChunks, type ChunkInput, type ValidatorDeps } from './input.ts';
import type { Ledger } from './ledger.ts';
import { NdjsonCutter, ndjsonReader, TOO_LONG_LINE, type Piece } from './ndjson.ts';
import { PART_BUFFER_BYTES, type PartOutcome } from './part-check.ts';
import { NO_ISSUES } from './issues.ts';
import { NO_REFERENCES, type HeldReference } from './pending-references.ts';
import type { PartCheckers } from './thread-pool.ts';
import type { ValidationIssue } from './types.ts';

/** Below this size a file is checked in the calling thread by default: a worker costs more than it saves (docs/performance.md). */
export const THREADS_MIN_BYTES = 64 * 1024 * 1024;

/** Ids projected past this (about 1.3 million of 11 characters) and another heap would pass 200 MB. */
export const ONE_THREAD_FROM_HELD_BYTES = 32 * 1024 * 1024;

/** How long this thread checks parts itself before it decides: enough clock ticks to tell an idle core. */
const SAMPLE_MS = 100;

/** Parts in flight per thread: enough that neither thread waits for the other. */
const PARTS_IN_FLIGHT_PER_THREAD = 8;
/** Beyond this many bytes in flight (long lines make large parts), parts are settled one at a time. */
const BYTES_IN_FLIGHT = 8 * 1024 * 1024;

/** Settles a part's outcomes into the ledger, its lines and record numbers shifted by the parts before. */
const mergePart = (run: FileRun, part: PartOutcome, file: string, linesBefore: number, recordsBefore: number): void => {
  const shift = (issue: ValidationIssue): ValidationIssue => ({
    ...issue,
    ...(issue.line === undefined ? {} : { line: issue.line + linesBefore }),
    ...(issue.record === undefined ? {} : { record: issue.record + recordsBefore }),
  });
  const references = part.selfReferences;
  // Joined by line ends, which no id holds (ids are slugs).
  const [referenceIds, ids] = [references.ids.split('\n'), part.ids.split('\n')];
  let [reference, next, id] = [0, 0, 0];
  for (let record = 0; record < part.records; record += 1) {
    let issues: ValidationIssue[] | undefined;
    while (next < part.issues.length && (part.issues[next]?.record ?? record) <= record) (issues ??= []).push(shift(part.issues[next++] as ValidationIssue));
    const problems = part.problems[record] ?? -1;
    if (problems < 0) {
      run.ledger.settleRejected(issues ?? NO_ISSUES);
      continue;
    }
    let held: HeldReference[] | undefined;
    for (; reference < references.records.length && references.records[reference] === record; reference += 1) {
      (held ??= []).push({ ...(references.shapeList[references.shapes[reference] ?? 0] as Omit<HeldReference, 'id'>), id: referenceIds[reference] as string });
    }
    const place = { file, line: (part.lines[record] ?? 0) + linesBefore, record: record + recordsBefore };
    run.settleChecked(place, ids[id++] as string, issues ?? NO_ISSUES, problems, held ?? NO_REFERENCES);
  }
  while (next < part.issues.length) run.ledger.addIssue(shift(part.issues[next++] as ValidationIssue));
  if (part.dropped) run.ledger.markCapped();
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
    asked: boolean,
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
    // Awaited, an outcome outlives a few minor collections: its arrays would wait for a full one.
    release(part.lines.buffer);
    release(part.problems.buffer);
    this.linesBefore += part.lineEnds;
    this.recordsBefore += part.records;
  }

  async mergeAll(): Promise<void> {
    while (this.inFlight.length > 0) await this.mergeOldest();
  }

  private async send(outcome: Promise<PartOutcome>, bytes: number): Promise<void> {
    // Awaited in turn; if reading fails first, a failed part must not go unhandled.
    outcome.catch(() => undefined);
    this.inFlight.push({ outcome, bytes });
    this.bytesInFlight += bytes;
    while (this.inFlight.length >= this.checkers.threads * PARTS_IN_FLIGHT_PER_THREAD || (this.inFlight.length > 0 && this.bytesInFlight > BYTES_IN_FLIGHT)) await this.mergeOldest();
  }

  /** With the default threads, after a part checked here: whether the ids fit, then how many workers. */
  private decide(part: PartOutcome, bytes: number): void {
    const { ledger } = this.run;
    // A record the schema rejected (its problems -1) brings no id.
    const ids = part.problems.filter((problems) => problems >= 0).length;
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
        // The parts before are settled first: they tell the problem's line.
        await this.flush();
        await this.mergeAll();
        this.run.ledger.inputIssue(this.input.file, piece.atStart ? 1 : this.linesBefore + 1, piece.problem);
      } else if (piece.kind === 'too-long') {
        await this.flush();
        await this.mergeAll();
        this.run.unreadable({ file: this.input.file, line: ++this.linesBefore, record: this.recordsBefore++ }, TOO_LONG_LINE);
      } else if (piece.own === true && piece.bytes.length > PART_BUFFER_BYTES) {
        // A long line is checked in this thread: its garbage waits for a collection in one heap only.
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

/** Once the workers are retired, the rest of the file is read as in one thread. */
const readAlone = async (state: NdjsonThreadRun, run: FileRun, deps: ValidatorDeps, input: ChunkInput) => {
  await state.mergeAll();
  const stop = (line: number, problem: InputProblem) => run.ledger.inputIssue(input.file, line, problem);
  return ndjsonReader(deps.decode, input.file, run, stop, { cutter: state.cutter, ...state.position });
};

/** Checks an NDJSON input with worker threads; at most a few parts are in flight, so memory stays flat. */
export const checkNdjsonInThreads = async (ledger: Ledger, deps: ValidatorDeps, input: ChunkInput, checkers: PartCheckers, asked: boolean): Promise<void> => {
  const run = beginInput(ledger, deps, input.schema);
  const complete = [...run.context.completeIds].map(([dataset, ids]) => [dataset, (ids as IdIndex).snapshot()] as [string, ReturnType<IdIndex['snapshot']>]);
  checkers.beginFile({ type: 'file', file: input.file, schema: input.schema, maxErrors: ledger.maxErrors, complete });
  const state = new NdjsonThreadRun(run, checkers, input, asked);
  let alone: ReturnType<typeof ndjsonReader> | undefined;
  await readChunks(ledger, input, {
    get reading() {
      return alone?.reading ?? !state.stopped;
    },
    push: async (chunk) => {
      if (alone === undefined && checkers.retired) alone = await readAlone(state, run, deps, input);
      if (alone !== undefined) alone.push(chunk);
      else await state.take(state.cutter.push(chunk));
    },
    end: () => (alone === undefined ? state.take(state.cutter.end()) : alone.end()),
  });
  await state.mergeAll();
  endInput(run, input, undefined);
};
