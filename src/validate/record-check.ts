/**
 * The check of one parsed record on its own (in any thread): its compiled validator, then its
 * references into datasets read before. Pure: counting, capping and unique ids are the ledger's.
 */
import type { CompiledModule } from './compiled.ts';
import { datasetModel } from './datasets.ts';
import { issuesOf, keptToSchema, NO_ISSUES, type RecordIssue } from './issues.ts';
import { tooManyItems } from './item-limits.ts';
import { LONG_TEXT } from './json-text.ts';
import type { DatasetName, RecordKind } from './types.ts';
import { NO_REFERENCES, type HeldReference } from './pending-references.ts';

/** Rejected by the schema (`issues` empty when not asked for), or passed: its id, rules' and references' issues, references into its own dataset. */
export type RecordOutcome =
  | { readonly accepted: false; readonly issues: readonly RecordIssue[] }
  | { readonly accepted: true; readonly id: string; readonly issues: readonly RecordIssue[]; readonly selfReferences: readonly HeldReference[] };

export interface IdLookup {
  has(id: string): boolean;
}

export interface CheckContext {
  readonly compiled: CompiledModule;
  readonly kind: RecordKind;
  readonly dataset: DatasetName;
  /** False when no dataset the record refers to can be checked. */
  readonly checkReferences: boolean;
  /** The ids of the datasets read before this file. */
  readonly completeIds: ReadonlyMap<string, IdLookup>;
}

/** Rejected, its issues not asked for. */
export const REJECTED: RecordOutcome = Object.freeze({ accepted: false, issues: NO_ISSUES });

/** The record's references: into its own dataset, held; into a dataset read before, looked up. */
const referencesOf = (context: CheckContext, value: unknown, issues: RecordIssue[]): readonly HeldReference[] => {
  const { rules, unresolvedTemplates } = datasetModel(context.compiled);
  let selfReferences: HeldReference[] | undefined;
  // Fields into a dataset that was not read are not walked: nothing could be looked up.
  const checked = (target: string) => target === context.dataset || context.completeIds.has(target);
  for (const reference of rules.referencesOf(context.dataset, value, checked)) {
    if (reference.target === context.dataset) {
      (selfReferences ??= []).push({ id: reference.id, pointer: reference.pointer, template: unresolvedTemplates.get(reference.target) as string });
    } else if (context.completeIds.get(reference.target)?.has(reference.id) === false) {
      issues.push({ pointer: reference.pointer, code: 'unresolved-reference', message: rules.unresolvedMessage(reference) });
    }
  }
  return selfReferences ?? NO_REFERENCES;
};

/** Checks one record; `collect` false: no issues for a record the schema rejects. `textLength`: of its JSON text. */
export const checkRecord = (context: CheckContext, value: unknown, collect: boolean, textLength = Number.POSITIVE_INFINITY): RecordOutcome => {
  const { compiled, kind } = context;
  const limits = compiled.limits[kind] ?? {};
  // A long text (or a record given in memory) is searched for a list over its bound before the
  // validator would check every item of it; a shorter one only once rejected.
  if (textLength > LONG_TEXT) {
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
