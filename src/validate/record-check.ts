/**
 * The check of one parsed record, on its own: its compiled validator (the schema and the record
 * rules), and its references into datasets read completely before. Pure: it reads the ids it is
 * given and returns what it found; counting, capping and unique ids are the ledger's (ledger.ts).
 * Worker threads run it on their parts; the reading thread settles the outcomes in input order.
 */
import { createRules, type Rules } from '../rules.ts';
import type { CompiledModule } from './compiled.ts';
import { issuesOf, keptToSchema, type RecordIssue } from './issues.ts';
import { tooManyItems } from './item-limits.ts';
import type { DatasetName, RecordSchemaName } from './types.ts';
import { ID_SLOT, type HeldReference } from './pending-references.ts';

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
  readonly kind: RecordSchemaName;
  readonly dataset: DatasetName;
  /** False when no dataset the record refers to can be checked: its references are not looked at. */
  readonly checkReferences: boolean;
  /** The ids of the datasets read completely before this file. */
  readonly completeIds: ReadonlyMap<string, IdLookup>;
}

const NO_ISSUES: readonly RecordIssue[] = Object.freeze([]);
const NO_REFERENCES: readonly SelfReference[] = Object.freeze([]);
const REJECTED: RecordOutcome = Object.freeze({ accepted: false, issues: NO_ISSUES });

/** The rules bound to the model the build derived from the schemas (once per module). */
const rulesByModule = new WeakMap<CompiledModule, Rules>();
export const rulesOf = (compiled: CompiledModule): Rules => {
  let rules = rulesByModule.get(compiled);
  if (rules === undefined) rulesByModule.set(compiled, (rules = createRules(compiled.rules)));
  return rules;
};

/**
 * Records of JSON text longer than this are searched for a list over its bound before the validator
 * runs (tooManyItems): it would check, and collect the errors of, every item of such a list. A
 * shorter text cannot hold enough items for that to cost much, and is searched only once rejected.
 */
const LIMITS_FIRST_FROM_CHARACTERS = 64 * 1024;

/** The record's references: into its own dataset, held; into a dataset read before, looked up. */
const referencesOf = (context: CheckContext, value: unknown, issues: RecordIssue[]): readonly SelfReference[] => {
  const rules = rulesOf(context.compiled);
  let selfReferences: SelfReference[] | undefined;
  for (const reference of rules.referencesOf(context.dataset, value)) {
    if (reference.target === context.dataset) {
      // An id of the same dataset may come further down: checked when the input ends.
      (selfReferences ??= []).push({ id: reference.id, pointer: reference.pointer, template: rules.unresolvedMessage({ ...reference, id: ID_SLOT }) });
    } else if (context.completeIds.get(reference.target)?.has(reference.id) === false) {
      issues.push({ pointer: reference.pointer, code: 'unresolved-reference', message: rules.unresolvedMessage(reference) });
    }
  }
  return selfReferences ?? NO_REFERENCES;
};

/**
 * Checks one record. With `collect` false (the issue list is full) no issues are built for a record
 * the schema rejects. `textLength`: the length of the JSON text it was parsed from, if any.
 */
export const checkRecord = (context: CheckContext, value: unknown, collect: boolean, textLength = Number.POSITIVE_INFINITY): RecordOutcome => {
  const { compiled, kind } = context;
  const limits = compiled.limits[kind] ?? {};
  if (textLength > LIMITS_FIRST_FROM_CHARACTERS) {
    const tooMany = tooManyItems(value, limits);
    if (tooMany !== undefined) return collect ? { accepted: false, issues: [tooMany] } : REJECTED;
  }
  const validate = compiled.records[kind];
  if (validate === undefined) throw new Error(`no validator for ${kind}`);
  const errors = validate(value) ? [] : (validate.errors ?? []);
  if (!keptToSchema(errors)) {
    if (!collect) return REJECTED;
    const tooMany = tooManyItems(value, limits);
    return { accepted: false, issues: tooMany === undefined ? issuesOf(errors, value, compiled.patternMessages) : [tooMany] };
  }
  const id = (value as { id: string }).id;
  if (!context.checkReferences) return { accepted: true, id, issues: errors.length === 0 ? NO_ISSUES : issuesOf(errors, value, compiled.patternMessages), selfReferences: NO_REFERENCES };
  const issues: RecordIssue[] = errors.length === 0 ? [] : issuesOf(errors, value, compiled.patternMessages);
  const selfReferences = referencesOf(context, value, issues);
  return { accepted: true, id, issues: issues.length === 0 ? NO_ISSUES : issues, selfReferences };
};
