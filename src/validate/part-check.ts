/** One part of an NDJSON file (whole lines) checked on its own, in any thread, its outcome made compact to post back. */
import type { MessagePort } from 'node:worker_threads';
import { release } from './bytes.ts';
import { datasetModel } from './datasets.ts';
import { FileRun } from './file-run.ts';
import { IdIndex, type IdIndexSnapshot } from './id-index.ts';
import type { ValidatorDeps } from './input.ts';
import { Int32List } from './typed-arrays.ts';
import { Ledger, placeFields, unreadableIssue } from './ledger.ts';
import { recordsOfLines } from './ndjson.ts';
import { asBuffer } from './node-input.ts';
import type { CheckContext, RecordOutcome } from './record-check.ts';
import { shapeKey, type HeldReference } from './pending-references.ts';
import type { TextPlace } from './record-text.ts';
import type { InputProblem } from './bytes.ts';
import type { SchemaName, ValidationIssue } from './types.ts';

export interface FileMessage {
  readonly type: 'file';
  readonly file: string;
  readonly schema: SchemaName;
  readonly maxErrors: number;
  readonly complete: [string, IdIndexSnapshot][];
}

export interface PartMessage {
  readonly type: 'part';
  readonly bytes: Uint8Array;
  /** The end of the file: its last line may have no line end. */
  readonly last: boolean;
  /** False once the reading thread has all the issues it keeps. */
  readonly collect: boolean;
}

/** A part's references into their own dataset: per reference its record and shape, and the ids joined by line ends. */
export interface PartReferences {
  readonly records: Int32Array<ArrayBuffer>;
  readonly shapes: Int32Array<ArrayBuffer>;
  readonly ids: string;
  readonly shapeList: readonly Omit<HeldReference, 'id'>[];
}

/**
 * What a part held, counted from its start: per record its line and problems (-1: rejected or
 * unreadable), in typed arrays (not one heap entry per record); the ids of the others joined by line
 * ends, their references, and the issues (`dropped`: more than were kept).
 */
export interface PartOutcome {
  readonly records: number;
  readonly ids: string;
  readonly lines: Int32Array<ArrayBuffer>;
  readonly problems: Int32Array<ArrayBuffer>;
  readonly selfReferences: PartReferences;
  readonly issues: ValidationIssue[];
  readonly dropped: boolean;
  readonly lineEnds: number;
}

export interface ReturnedOutcome extends PartOutcome {
  readonly buffer?: ArrayBufferLike;
}

/** A part (a 256 KiB read and a line's start) goes in a reused buffer of this size; a larger one is used once. */
export const PART_BUFFER_BYTES = 320 * 1024;

/** The outcomes of one part's records, in order. */
class PartCollector {
  private readonly lines = new Int32List();
  private readonly problems = new Int32List();
  private readonly referenceRecords = new Int32List();
  private readonly referenceShapes = new Int32List();
  private readonly ids: string[] = [];
  private readonly referenceIds: string[] = [];
  private readonly shapeList: Omit<HeldReference, 'id'>[] = [];
  private readonly shapeIndex = new Map<string, number>();
  private readonly issues: ValidationIssue[] = [];
  private dropped = false;
  brokenBefore = false;

  constructor(
    readonly context: CheckContext,
    private readonly maxErrors: number,
    private readonly collecting: boolean,
  ) {}

  /** Whether issues of rejected records are wanted still. */
  get collect(): boolean {
    return this.collecting && this.issues.length < this.maxErrors;
  }

  private keep(issue: ValidationIssue): void {
    if (this.collect) this.issues.push(issue);
    else this.dropped = true;
  }

  rejected(place: TextPlace, issue?: ValidationIssue): void {
    if (issue !== undefined) this.keep(issue);
    this.lines.push(place.line);
    this.problems.push(-1);
  }

  private held(reference: HeldReference): void {
    const { id, ...shape } = reference;
    const key = shapeKey(shape);
    let index = this.shapeIndex.get(key);
    if (index === undefined) this.shapeIndex.set(key, (index = this.shapeList.push(shape) - 1));
    this.referenceRecords.push(this.lines.length);
    this.referenceShapes.push(index);
    this.referenceIds.push(id);
  }

  unreadable(place: TextPlace, problem: InputProblem, column?: number): void {
    this.rejected(place, unreadableIssue(place, problem, column));
  }

  settle(place: TextPlace, outcome: RecordOutcome): void {
    if (!outcome.accepted && outcome.issues.length === 0) this.dropped = true;
    for (const issue of outcome.issues) this.keep({ ...placeFields(place), pointer: issue.pointer, code: issue.code, message: issue.message });
    if (!outcome.accepted) return this.rejected(place);
    for (const reference of outcome.selfReferences) this.held(reference);
    this.ids.push(outcome.id);
    this.lines.push(place.line);
    this.problems.push(outcome.issues.length);
  }

  outcome(lineEnds: number): PartOutcome {
    const records = this.lines.length;
    const selfReferences = { records: this.referenceRecords.take(), shapes: this.referenceShapes.take(), ids: this.referenceIds.join('\n'), shapeList: this.shapeList };
    return { records, ids: this.ids.join('\n'), lines: this.lines.take(), problems: this.problems.take(), selfReferences, issues: this.issues, dropped: this.dropped, lineEnds };
  }
}

export const checkPart = (deps: ValidatorDeps, file: FileMessage, part: PartMessage): PartOutcome => {
  const completeIds = new Map(file.complete.map(([dataset, ids]) => [dataset, IdIndex.fromSnapshot(ids)]));
  const { context } = new FileRun(new Ledger(file.maxErrors), deps.compiled, datasetModel(deps.compiled).schema(file.schema), completeIds);
  const collector = new PartCollector(context, file.maxErrors, part.collect);
  const disposable = part.bytes.buffer.byteLength !== PART_BUFFER_BYTES;
  const { lineEnds } = recordsOfLines(asBuffer(part.bytes), part.last, deps.decode, file.file, 1, 0, collector, disposable);
  return collector.outcome(lineEnds);
};

/** A worker thread's side: checks the parts it is sent, in order, and posts their outcomes. */
export const serveParts = (port: MessagePort, deps: ValidatorDeps): void => {
  let file: FileMessage | undefined;
  port.on('message', (message: FileMessage | PartMessage) => {
    if (message.type === 'file') {
      file = message;
      return;
    }
    // A bug: failing (the pool hears the error) beats a run that waits forever.
    if (file === undefined) throw new Error('a part came before its file');
    const { buffer } = message.bytes;
    const checked = checkPart(deps, file, message);
    const arrays = [checked.lines.buffer, checked.problems.buffer, checked.selfReferences.records.buffer, checked.selfReferences.shapes.buffer];
    if (buffer.byteLength === PART_BUFFER_BYTES) {
      // The bytes go back to be filled again.
      port.postMessage({ ...checked, buffer } satisfies ReturnedOutcome, [buffer as ArrayBuffer, ...arrays]);
    } else {
      release(buffer);
      port.postMessage({ ...checked } satisfies ReturnedOutcome, arrays);
    }
  });
};
