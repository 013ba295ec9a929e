/** One input of one schema settled into the ledger: which references can be checked (noted once when not), and each outcome placed. */
import type { CompiledModule } from './compiled.ts';
import type { SchemaInfo } from './types.ts';
import { datasetModel } from './datasets.ts';
import { issueAt, unreadableIssue, type Ledger, type RecordPlace } from './ledger.ts';
import { duplicateMessage } from '../rules.ts';
import type { CheckContext, IdLookup, RecordOutcome } from './record-check.ts';
import type { HeldReference } from './pending-references.ts';
import { NO_ISSUES } from './issues.ts';
import type { InputProblem } from './bytes.ts';
import type { ValidationIssue } from './types.ts';

export class FileRun {
  readonly context: CheckContext;
  private readonly uncheckable: string[] = [];
  private noted = false;

  constructor(
    readonly ledger: Ledger,
    compiled: CompiledModule,
    readonly schema: SchemaInfo,
    completeIds?: ReadonlyMap<string, IdLookup>,
  ) {
    const { dataset } = schema;
    const targets = datasetModel(compiled).referenceTargets.get(dataset) ?? [];
    const ids = new Map<string, IdLookup>();
    let checkReferences = false;
    for (const target of targets) {
      const known = completeIds?.get(target) ?? ledger.completeKeys(target);
      if (target === dataset) checkReferences = true;
      else if (known !== undefined) {
        checkReferences = true;
        ids.set(target, known);
      } else this.uncheckable.push(`References to ${target} were not checked: give the ${target} file before the ${dataset} file to check them.`);
    }
    this.context = { compiled, kind: schema.recordKind, dataset, checkReferences, completeIds: ids };
    this.key.space = dataset;
  }

  get collect(): boolean {
    return !this.ledger.full;
  }

  brokenBefore = false;

  /** A record that could not be read at all: counted invalid. */
  unreadable(place: RecordPlace, problem: InputProblem, column?: number): void {
    this.ledger.settleRejected([unreadableIssue(place, problem, column)]);
  }

  /** Settles the outcome of the record at `place`, in input order. */
  settle(place: RecordPlace, outcome: RecordOutcome): void {
    if (!outcome.accepted) {
      if (outcome.issues.length === 0) this.ledger.markCapped();
      this.ledger.settleRejected(outcome.issues.map((issue) => issueAt(place, issue)));
      return;
    }
    const issues = outcome.issues.length === 0 ? NO_ISSUES : outcome.issues.map((issue) => issueAt(place, issue));
    this.settleChecked(place, outcome.id, issues, outcome.issues.length, outcome.selfReferences);
  }

  /** The key of the record being settled: one object, filled for each record. */
  private readonly key = {
    space: '',
    value: '',
    at: 0,
    duplicate: (place: RecordPlace, id: string, first: number, firstFile: string | undefined): ValidationIssue =>
      issueAt(place, {
        pointer: '/id',
        code: 'duplicate-id',
        message: duplicateMessage(id, `${place.line === undefined ? `record ${first}` : `the record at line ${first}`}${firstFile === undefined ? '' : ` of ${firstFile}`}`),
      }),
  };

  /** Settles a record the schema passed. */
  settleChecked(place: RecordPlace, id: string, issues: readonly ValidationIssue[], problems: number, selfReferences: readonly HeldReference[]): void {
    this.noteUncheckable();
    this.key.value = id;
    this.key.at = place.line ?? (place.record ?? 0) + 1;
    this.ledger.settle(place, issues, this.key, selfReferences, problems);
  }

  private noteUncheckable() {
    if (this.noted) return;
    this.noted = true;
    for (const note of this.uncheckable) this.ledger.note(note);
  }
}
