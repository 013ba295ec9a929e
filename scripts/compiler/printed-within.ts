/**
 * Words as printed inside another quoted value of the same record (schema/common.ts
 * `printedWithin`: a mention's words, an edition's ordinal, a name in another script with its
 * evidence). They are not placed in the source on their own; the build checks instead that they
 * stand, as whole words, in the value they come from: in a mention, the quoted text at its
 * `pointer`; elsewhere, the `evidence` beside them. Which fields these are comes from the JSON
 * Schemas (their `$comment`), so a new one is checked with no second list.
 */
import { datasetRegistry } from '../../schema/index.ts';
import { valueAt } from '../../src/json-pointer.ts';
import { forEachAt, type FieldPath } from '../../src/rules.ts';
import type { ValidDatasets } from './build-types.ts';
import type { JsonSchema } from './json-schema.ts';
import { standsWhole, type QuotationProblem } from './quotations.ts';
import { ruleSites } from './rule-sites.ts';

/** Is `pointer` the pointer of a quoted value of the record (one of its verbatim paths)? */
const isQuoted = (pointer: string, quotedPaths: readonly FieldPath[]) => {
  const tokens = pointer.split('/').slice(1);
  return quotedPaths.some((path) => path.length === tokens.length && path.every((step, index) => step === tokens[index] || (step === '*' && /^(?:0|[1-9][0-9]*)$/u.test(tokens[index] ?? ''))));
};

/** What is wrong with one printed-within value, given the object that holds it; undefined when nothing. */
const problemOf = (record: unknown, holder: Record<string, unknown>, key: string, quotedPaths: readonly FieldPath[]): { at: string; message: string } | undefined => {
  const words = holder[key];
  if (typeof words !== 'string') return undefined;
  const pointer = holder['pointer'];
  if (typeof pointer === 'string') {
    const text = valueAt(record, pointer);
    if (typeof text !== 'string' || !isQuoted(pointer, quotedPaths)) {
      return { at: 'pointer', message: `${pointer} is not a quoted text of the record: point at a summary sentence, a priority, a remark's text or another quotation` };
    }
    return standsWhole(text, words) ? undefined : { at: key, message: `"${words}" does not stand as whole words in the text at ${pointer}: copy the words as printed there` };
  }
  const evidence = holder['evidence'];
  // No evidence: a value the editors add (an editorial name), which nothing printed holds.
  if (typeof evidence !== 'string') return undefined;
  return standsWhole(evidence, words) ? undefined : { at: key, message: `"${words}" does not stand as whole words in evidence "${evidence}": copy the words as printed there` };
};

/** Every printed-within value of the datasets that does not stand where it should. */
export const printedWithinProblems = (datasets: ValidDatasets, recordJsonSchemas: ReadonlyMap<string, JsonSchema>): QuotationProblem[] => {
  const problems: QuotationProblem[] = [];
  for (const entry of datasetRegistry) {
    const schema = recordJsonSchemas.get(entry.recordKind);
    if (schema === undefined) throw new Error(`no JSON Schema for record kind ${entry.recordKind}`);
    // Which fields these are comes from the schemas, in the one walk that finds where the rules apply.
    const { verbatim: quotedPaths, printedWithin: paths } = ruleSites(schema);
    (datasets[entry.dataset] as readonly unknown[]).forEach((record, index) => {
      for (const path of paths) {
        const key = path.at(-1) ?? '';
        forEachAt(record, path.slice(0, -1), (holder, holderPointer) => {
          if (holder === null || typeof holder !== 'object') return;
          const problem = problemOf(record, holder as Record<string, unknown>, key, quotedPaths);
          if (problem !== undefined) problems.push({ dataset: entry.dataset, index, pointer: `${holderPointer}/${problem.at}`, message: problem.message });
        });
      }
    });
  }
  return problems;
};
