/**
 * The rules JSON Schema cannot express: unique ids, references that resolve, time zones and
 * countries that exist, ends not before their starts, and numbered lists numbered 1..n.
 *
 * Where each rule applies comes from the JSON Schemas, never from a list here: the build derives it
 * (scripts/compiler/rules-model.ts) and compiles the rules one record can break (ranges, numbering,
 * time zones, countries) into the validators as keywords (scripts/compiler/rule-keywords.ts), which
 * call the look-ups below and report the errors that `ruleProblems` words. References and unique ids
 * need more than one record: `createRules` checks them, for the build and the validator alike.
 *
 * Plain TypeScript over plain objects (no zod, no ajv) so that it can ship at run time.
 */
import { iso31661 } from 'iso-3166';
import { pointerToken } from './json-pointer.ts';
import type { RULE_CODES } from './validate/error-codes.ts';

/** The error codes of the rules, listed with every other code in src/validate/error-codes.ts. */
export type RuleCode = (typeof RULE_CODES)[number];

/** The keywords the build compiles the record rules into; each error of one carries `order` (see ruleProblems). */
export const RULE_KEYWORDS = { range: 'x-range', numbered: 'x-numbered', timeZone: 'x-time-zone', country: 'x-country' } as const;

const ruleKeywords: ReadonlySet<string> = new Set(Object.values(RULE_KEYWORDS));

export const isRuleKeyword = (keyword: string): boolean => ruleKeywords.has(keyword);

/** A path into a record: property names, and `*` for every item of an array. */
export type FieldPath = readonly string[];

/** What the rules need to know of the datasets, derived from the schemas by the build. */
export interface RulesModel {
  /** Each dataset's records in words, for messages ("person", "source document"). */
  readonly labels: Readonly<Record<string, string>>;
  /** Per dataset, the fields that hold the id of a record of `target`. */
  readonly references: Readonly<Record<string, readonly { readonly path: FieldPath; readonly target: string }[]>>;
  /** For the build only: the record rules as the compiled keywords find them in one record. */
  readonly recordRules?: (dataset: string, record: unknown) => readonly RecordProblem[];
}

/** A problem inside one record, with a pointer relative to that record (`/endDate`). */
export interface RecordProblem {
  readonly pointer: string;
  readonly code: RuleCode;
  readonly message: string;
}

/** A problem found in a dataset: which dataset, where (a JSON Pointer into it), what rule, and what to do. */
export interface RuleProblem extends RecordProblem {
  readonly dataset: string;
}

/** An id one record refers to, with where it is (relative to the record) and which dataset it names. */
export interface Reference {
  readonly pointer: string;
  readonly target: string;
  readonly id: string;
}

/** The datasets to check together; a reference is checked only when its target dataset is given. */
export type Datasets = { readonly [dataset: string]: readonly { readonly id: string }[] | undefined };

/** Calls `visit` with every value at `path` in `value`, and its JSON Pointer. */
export const forEachAt = (value: unknown, path: FieldPath, visit: (found: unknown, pointer: string) => void, from = 0, pointer = ''): void => {
  if (from === path.length) {
    if (value !== undefined) visit(value, pointer);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const step = path[from] as string;
  if (step !== '*') {
    if (Object.hasOwn(value, step)) forEachAt((value as Record<string, unknown>)[step], path, visit, from + 1, `${pointer}/${pointerToken(step)}`);
    return;
  }
  if (!Array.isArray(value)) return;
  for (let index = 0; index < value.length; index += 1) forEachAt(value[index], path, visit, from + 1, `${pointer}/${index}`);
};

/**
 * ISO 3166-1 alpha-2, and XK: Kosovo, user-assigned in ISO 3166 but used by the EU, the CLDR and
 * most registries for Kosovo.
 */
const COUNTRIES: ReadonlySet<string> = new Set([...iso31661.map((entry) => entry.alpha2), 'XK']);

export const countryExists = (code: string): boolean => COUNTRIES.has(code);

/**
 * Answers already found: making an Intl.DateTimeFormat costs tens of microseconds. Emptied when
 * full, so that a file of endless distinct names cannot grow it.
 */
const timeZoneAnswers = new Map<string, boolean>();
const TIME_ZONE_ANSWERS = 4096;

/** True for a time zone the runtime's tz database knows (names and their aliases). */
export const timeZoneExists = (name: string): boolean => {
  const known = timeZoneAnswers.get(name);
  if (known !== undefined) return known;
  let exists = true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
  } catch {
    exists = false;
  }
  if (timeZoneAnswers.size >= TIME_ZONE_ANSWERS) timeZoneAnswers.clear();
  timeZoneAnswers.set(name, exists);
  return exists;
};

/** An error of a rule keyword, as the compiled validators report it (see scripts/compiler/rule-keywords.ts). */
export interface RuleError {
  readonly keyword: string;
  readonly instancePath: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** An item of a numbered list (a record's, or a CSV table's rows under one parent) numbered `number` where `expected` is due. */
export const numberingMessage = (number: unknown, expected: number): string => `is ${String(number)} but must be ${expected}: number the items 1..n in order, without gaps`;

const describeRule = ({ keyword, instancePath, params }: RuleError): RecordProblem => {
  const value = params['value'];
  if (keyword === RULE_KEYWORDS.timeZone) {
    return { pointer: instancePath, code: 'unknown-time-zone', message: `"${String(value)}" is not a time zone of the IANA tz database; use a name such as "Asia/Shanghai" or "UTC"` };
  }
  if (keyword === RULE_KEYWORDS.country) {
    return { pointer: instancePath, code: 'unknown-country', message: `"${String(value)}" is not an assigned ISO 3166-1 alpha-2 country code; use one such as "CN" or "FI"` };
  }
  if (keyword === RULE_KEYWORDS.numbered) {
    const index = Number(params['index']);
    return { pointer: `${instancePath}/${index}/number`, code: 'numbering', message: numberingMessage(value, index + 1) };
  }
  const [startKey, endKey, start, end] = [params['startKey'], params['endKey'], params['start'], params['end']].map(String);
  const pointer = `${instancePath}/${pointerToken(endKey as string)}`;
  if (typeof params['start'] === 'string') {
    return { pointer, code: 'date-order', message: `${end} is before ${startKey} ${start}; the end date must not be before the start date` };
  }
  // `lineEnd` → "line 3 is before lineStart 5".
  return { pointer, code: 'line-order', message: `${(endKey as string).replace(/End$/u, '')} ${end} is before ${startKey} ${start}` };
};

/**
 * The problems of the rule keywords among a validator's errors, in the order the rules are known
 * in (ranges, numbered lists, time zones, countries, each in the order of the schema: the keyword's
 * `order`), whatever order the validator met them in.
 */
export const ruleProblems = (errors: readonly RuleError[]): RecordProblem[] =>
  errors
    .filter((error) => isRuleKeyword(error.keyword))
    .map((error, index) => ({ error, index }))
    .sort((a, b) => Number(a.error.params['order']) - Number(b.error.params['order']) || a.index - b.index)
    .map(({ error }) => describeRule(error));

export const duplicateMessage = (id: string, firstAt: string) => `id "${id}" is already used by ${firstAt}; give each record its own id`;

/** The rules bound to the model of the schemas they check. */
export const createRules = (model: RulesModel) => {
  const unresolvedMessage = (reference: Reference) =>
    `${model.labels[reference.target] ?? reference.target} "${reference.id}" is not in ${reference.target}; add it there or fix the id`;

  /** Every id a record refers to, in the order of the model's reference fields; only into the datasets `checked` takes, when given. */
  const referencesOf = (dataset: string, record: unknown, checked?: (target: string) => boolean): Reference[] => {
    const references: Reference[] = [];
    for (const { path, target } of model.references[dataset] ?? []) {
      if (checked !== undefined && !checked(target)) continue;
      forEachAt(record, path, (id, pointer) => {
        if (typeof id === 'string') references.push({ pointer, target, id });
      });
    }
    return references;
  };

  /** The rules one record can break on its own (the build's: the validator runs them compiled). */
  const recordRuleProblems = (dataset: string, record: unknown): readonly RecordProblem[] => model.recordRules?.(dataset, record) ?? [];

  /** The datasets each dataset's records refer to. */
  const referenceTargets = Object.fromEntries(
    Object.entries(model.references).map(([dataset, references]) => [dataset, [...new Set(references.map((reference) => reference.target))]]),
  ) as Readonly<Record<string, readonly string[]>>;

  /** Checks whole datasets held in memory (the build's case), in the order of the registry. */
  const checkRules = (datasets: Datasets): RuleProblem[] => {
    const problems: RuleProblem[] = [];
    const idSets = new Map<string, Set<string>>();
    const given = Object.keys(model.labels).flatMap((dataset) => {
      const records = datasets[dataset];
      return records === undefined ? [] : [[dataset, records] as const];
    });
    for (const [dataset, records] of given) {
      const seen = new Map<string, number>();
      records.forEach((record, index) => {
        const first = seen.get(record.id);
        if (first === undefined) seen.set(record.id, index);
        else problems.push({ dataset, pointer: `/${index}/id`, code: 'duplicate-id', message: duplicateMessage(record.id, `/${first}`) });
      });
      idSets.set(dataset, new Set(seen.keys()));
    }
    for (const [dataset, records] of given) {
      records.forEach((record, index) => {
        for (const problem of recordRuleProblems(dataset, record)) problems.push({ ...problem, dataset, pointer: `/${index}${problem.pointer}` });
        for (const reference of referencesOf(dataset, record)) {
          const ids = idSets.get(reference.target);
          if (ids !== undefined && !ids.has(reference.id)) {
            problems.push({ dataset, pointer: `/${index}${reference.pointer}`, code: 'unresolved-reference', message: unresolvedMessage(reference) });
          }
        }
      });
    }
    return problems;
  };

  return { recordRuleProblems, referencesOf, referenceTargets, unresolvedMessage, checkRules };
};

export type Rules = ReturnType<typeof createRules>;
