/**
 * The check of one parsed record, on its own: the compiled schema, the rules JSON Schema cannot
 * express, and its references into datasets read completely before. Pure: it reads the ids it is
 * given and returns what it found; counting, capping and unique ids are the ledger's (ledger.ts).
 * Worker threads run it on their parts; this thread settles the outcomes in input order.
 *
 * This is the validator's one use of src/rules.ts.
 */
import type { CompiledModule, DatasetKey, RecordKind } from './compiled.ts';
import { issuesFromAjv } from './issues.ts';
import { tooManyItems } from './item-limits.ts';
import { createRules, duplicateMessage, unresolvedMessage, type Rules } from '../rules.ts';
import { ID_SLOT, type HeldReference } from './pending-references.ts';
import type { ErrorCode } from './types.ts';

/** A problem inside a record: a pointer relative to the record. */
export interface RecordIssue {
  readonly pointer: string;
  readonly code: ErrorCode;
  readonly message: string;
}

/** A reference into the record's own dataset: resolved when the input ends (see pending-references.ts). */
export type SelfReference = HeldReference;

export type RecordOutcome =
  /** The schema rejected the record; `issues` is empty when they were not asked for. */
  | { readonly accepted: false; readonly issues: readonly RecordIssue[] }
  /** The schema passed it: its id, what its own rules and references found, and its references into its own dataset. */
  | { readonly accepted: true; readonly id: string; readonly issues: readonly RecordIssue[]; readonly selfReferences: readonly SelfReference[] };

/** Ids of a dataset, to look references up in. */
export interface IdLookup {
  has(id: string): boolean;
}

/** What the check needs to know about the file it is in. */
export interface CheckContext {
  readonly compiled: CompiledModule;
  readonly kind: RecordKind;
  readonly dataset: DatasetKey;
  /** False when no dataset the record refers to can be checked: its references are not looked at. */
  readonly checkReferences: boolean;
  /** The ids of the datasets read completely before this file. */
  readonly completeIds: ReadonlyMap<DatasetKey, IdLookup>;
}

const NO_ISSUES: readonly RecordIssue[] = Object.freeze([]);

/** The rules bound to the model the build derived from the compiled schemas (once per module). */
const rulesByModule = new WeakMap<CompiledModule, Rules>();
const rulesOf = (compiled: CompiledModule): Rules => {
  let rules = rulesByModule.get(compiled);
  if (rules === undefined) {
    rules = createRules(compiled.rules, compiled.rulesHold);
    rulesByModule.set(compiled, rules);
  }
  return rules;
};
const NO_REFERENCES: readonly SelfReference[] = Object.freeze([]);

/**
 * Checks one record. With `collect` false (the issue list is full) a record the schema rejects
 * costs only the fast validator, and no issues are built for it. `inTextWithoutLineBreaks`: the
 * record was parsed from a JSON text that textHasNoLineBreaks passed.
 */
export const checkRecord = (context: CheckContext, value: unknown, collect: boolean, inTextWithoutLineBreaks = false): RecordOutcome => {
  const { compiled, kind, dataset } = context;
  const fast = compiled.fast[kind];
  if (!(inTextWithoutLineBreaks ? compiled.fastInTextWithoutLineBreaks(fast, value) : fast(value))) {
    if (!collect) return { accepted: false, issues: NO_ISSUES };
    const tooMany = tooManyItems(value, compiled.limits[kind]);
    if (tooMany !== undefined) return { accepted: false, issues: [tooMany] };
    const validate = compiled.full[kind];
    validate(value);
    return { accepted: false, issues: issuesFromAjv(validate.errors) };
  }
  let issues: RecordIssue[] | undefined;
  const rules = rulesOf(compiled);
  for (const problem of rules.recordRuleProblems(dataset, value)) (issues ??= []).push(problem);
  let selfReferences: SelfReference[] | undefined;
  if (context.checkReferences) {
    for (const reference of rules.referencesOf(dataset, value)) {
      if (reference.target === dataset) {
        // An id of the same dataset may come further down: checked when the input ends.
        (selfReferences ??= []).push({ id: reference.id, pointer: reference.pointer, template: unresolvedMessage({ ...reference, id: ID_SLOT }) });
      } else if (context.completeIds.get(reference.target)?.has(reference.id) === false) {
        (issues ??= []).push({ pointer: reference.pointer, code: 'unresolved-reference', message: unresolvedMessage(reference) });
      }
    }
  }
  return { accepted: true, id: (value as { id: string }).id, issues: issues ?? NO_ISSUES, selfReferences: selfReferences ?? NO_REFERENCES };
};

/**
 * The rules one row of a record table can break on its own (date order, time zones, countries):
 * `fields` is the row rebuilt as much of the record as the row holds.
 */
export const rowRuleIssues = (compiled: CompiledModule, dataset: DatasetKey, fields: unknown): readonly RecordIssue[] =>
  rulesOf(compiled).recordRuleProblems(dataset, fields);

/** The fields rowRuleIssues reads (see Rules.recordRulePaths). */
export const rowRulePaths = (compiled: CompiledModule, dataset: DatasetKey) => rulesOf(compiled).recordRulePaths(dataset);

/** The fields rowRuleIssues reads, by rule (see Rules.recordRuleFields). */
export const rowRuleFields = (compiled: CompiledModule, dataset: DatasetKey) => rulesOf(compiled).recordRuleFields(dataset);

/** The message of an id used twice (the rules' wording). */
export const duplicateIdMessage = duplicateMessage;
