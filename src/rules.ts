/**
 * The rules JSON Schema cannot express: unique ids, references that resolve, time zones and
 * countries that exist, end date not before start date, ranges in order, and numbered lists
 * numbered 1..n without gaps.
 * They run on records that already passed the schema, in the build and for anyone validating a
 * dataset of their own.
 *
 * Which fields hold references, codes, time zones and countries is not listed here: it comes from
 * a `RulesModel` that the build derives from the JSON Schemas (scripts/compiler/rules-model.ts), so a
 * new reference field is checked everywhere with no second list.
 *
 * Plain TypeScript over plain objects (no zod, no ajv) so that it can ship at run time.
 */
import { iso31661 } from 'iso-3166';
import { pointerToken } from './json-pointer.ts';

export type DatasetKey = 'meetings' | 'people' | 'organizations' | 'sources';
export type RuleCode =
  | 'duplicate-id'
  | 'unresolved-reference'
  | 'date-order'
  | 'numbering'
  | 'line-order'
  | 'unknown-time-zone'
  | 'unknown-country';

/** A path into a record: property names, and `*` for every item of an array. */
export type FieldPath = readonly string[];

/** What the rules need to know of one dataset's record schema. */
export interface DatasetRulesModel {
  /** Fields that hold the id of a record of `target`. */
  readonly references: readonly { readonly path: FieldPath; readonly target: DatasetKey }[];
  /** Arrays whose items carry a `number` that must count 1..n. */
  readonly numbered: readonly FieldPath[];
  readonly timeZones: readonly FieldPath[];
  readonly countries: readonly FieldPath[];
}

export type RulesModel = Readonly<Record<DatasetKey, DatasetRulesModel>>;

/** A problem found in a dataset: which dataset, where (JSON Pointer), what rule, and what to do. */
export interface RuleProblem {
  readonly dataset: DatasetKey;
  readonly pointer: string;
  readonly code: RuleCode;
  readonly message: string;
}

/** A problem inside one record, with a pointer relative to that record (`/endDate`). */
export interface RecordProblem {
  readonly pointer: string;
  readonly code: RuleCode;
  readonly message: string;
}

/** An id one record refers to, with where it is (relative to the record) and which dataset it names. */
export interface Reference {
  readonly pointer: string;
  readonly target: DatasetKey;
  readonly id: string;
}

interface Identified {
  readonly id: string;
}

/** The datasets to check together; a reference is checked only when its target dataset is given. */
export type Datasets = { readonly [K in DatasetKey]?: readonly Identified[] };

export const DATASET_KEYS = ['meetings', 'people', 'organizations', 'sources'] as const satisfies readonly DatasetKey[];

const SINGULAR: Readonly<Record<DatasetKey, string>> = {
  meetings: 'meeting',
  people: 'person',
  organizations: 'organization',
  sources: 'source',
};

const NO_PROBLEMS: readonly RecordProblem[] = Object.freeze([]);

/** The JSON Pointer of a value at `path`, given the index taken at each of its `*` steps. */
const pointerAt = (path: FieldPath, indexes: readonly number[]): string => {
  let text = '';
  let next = 0;
  for (let step = 0; step < path.length; step += 1) {
    const name = path[step] as string;
    text += `/${name === '*' ? String(indexes[next++]) : pointerToken(name)}`;
  }
  return text;
};

type Visit = (found: unknown, indexes: readonly number[]) => void;

const walk = (at: unknown, path: FieldPath, from: number, indexes: number[], visit: Visit): void => {
  if (from === path.length) {
    if (at !== undefined) visit(at, indexes);
    return;
  }
  if (at === null || typeof at !== 'object') return;
  const step = path[from] as string;
  if (step === '*') {
    if (!Array.isArray(at)) return;
    const depth = indexes.length;
    for (let index = 0; index < at.length; index += 1) {
      indexes[depth] = index;
      walk(at[index], path, from + 1, indexes, visit);
    }
    indexes.length = depth;
    return;
  }
  if (!Object.hasOwn(at, step)) return;
  walk((at as Record<string, unknown>)[step], path, from + 1, indexes, visit);
};

/**
 * Calls `visit` with every value at `path` in `value`, and the indexes taken at the path's `*`
 * steps, from which pointerAt builds its JSON Pointer: the rules look at every row's values and
 * need a pointer only for a problem (building each one cost 18% of validating a CSV file).
 */
const forEachValueAt = (value: unknown, path: FieldPath, visit: Visit): void => walk(value, path, 0, [], visit);

/** Calls `visit` with every value at `path` in `value`, and its JSON Pointer. */
export const forEachAt = (value: unknown, path: FieldPath, visit: (found: unknown, pointer: string) => void): void =>
  forEachValueAt(value, path, (found, indexes) => visit(found, pointerAt(path, indexes)));

/**
 * The assigned ISO 3166-1 alpha-2 codes, and XK: Kosovo's user-assigned code, which the European
 * Union, CLDR (so every browser's Intl) and most registries use for it.
 */
const COUNTRIES: ReadonlySet<string> = new Set([...iso31661.map((entry) => entry.alpha2), 'XK']);

/** True for a time zone the runtime's tz database knows (names and their aliases). */
/**
 * Answers already found: making an Intl.DateTimeFormat costs tens of microseconds, which was half
 * of the time spent validating records that name a time zone. Emptied when full, so that a file of
 * endless distinct names cannot grow it.
 */
const timeZoneAnswers = new Map<string, boolean>();
const TIME_ZONE_ANSWERS = 4096;

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

export const countryExists = (code: string): boolean => COUNTRIES.has(code);

export const unresolvedMessage = (reference: Reference) =>
  `${SINGULAR[reference.target]} "${reference.id}" is not in ${reference.target}; add it there or fix the id`;

export const duplicateMessage = (id: string, firstAt: string) => `id "${id}" is already used by ${firstAt}; give each record its own id`;

interface RangeRule {
  readonly start: FieldPath;
  readonly end: FieldPath;
  readonly code: RuleCode;
  readonly message: (end: unknown, start: unknown) => string;
}

/** Ranges whose end must not come before their start (absent fields are not checked). */
const RANGES: readonly RangeRule[] = [
  {
    start: ['startDate'],
    end: ['endDate'],
    code: 'date-order',
    message: (end, start) => `${String(end)} is before startDate ${String(start)}; the end date must not be before the start date`,
  },
  {
    start: ['source', 'locator', 'lineStart'],
    end: ['source', 'locator', 'lineEnd'],
    code: 'line-order',
    message: (end, start) => `line ${String(end)} is before lineStart ${String(start)}`,
  },
  {
    start: ['source', 'locator', 'pageStart'],
    end: ['source', 'locator', 'pageEnd'],
    code: 'line-order',
    message: (end, start) => `page ${String(end)} is before pageStart ${String(start)}`,
  },
];

/** The value at `path` (with `*` steps, the last one found). */
const valueAt = (record: unknown, path: FieldPath): unknown => {
  let value = record;
  for (let index = 0; index < path.length; index += 1) {
    const step = path[index] as string;
    if (step === '*') {
      let found: unknown;
      forEachValueAt(record, path, (item) => {
        found = item;
      });
      return found;
    }
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, step)) return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
};

/**
 * Per dataset, a function true only when a record breaks none of the rules recordRuleProblems
 * checks (false when not sure): the same rules written out by the build with the field names in
 * the code (scripts/compiler/rules-hold.ts), given the look-ups below.
 */
export type RulesHoldFactory = (lookUps: {
  readonly timeZoneExists: (name: string) => boolean;
  readonly countryExists: (code: string) => boolean;
}) => Readonly<Record<DatasetKey, (record: unknown) => boolean>>;

/**
 * The rules, bound to the model of the schemas they check; `rulesHold` (the validator's) answers
 * first for the records that break none, and the rules below run only for the others.
 */
export const createRules = (model: RulesModel, rulesHold?: RulesHoldFactory) => {
  const hold = rulesHold?.({ timeZoneExists, countryExists });
  /** The rules that one record can break on its own: ranges, numbering, time zones, countries. */
  const recordRuleProblems = (dataset: DatasetKey, record: unknown): readonly RecordProblem[] => {
    if (hold?.[dataset](record) === true) return NO_PROBLEMS;
    const rules = model[dataset];
    let problems: RecordProblem[] | undefined;
    const add = (problem: RecordProblem) => (problems ??= []).push(problem);
    if (dataset === 'meetings') {
      for (const range of RANGES) {
        const start = valueAt(record, range.start);
        const end = start === undefined ? undefined : valueAt(record, range.end);
        if (start !== undefined && end !== undefined && (end as number | string) < (start as number | string)) {
          add({ pointer: `/${range.end.join('/')}`, code: range.code, message: range.message(end, start) });
        }
      }
    }
    for (const path of rules.numbered) {
      forEachValueAt(record, path, (items, indexes) => {
        if (!Array.isArray(items)) return;
        for (let index = 0; index < items.length; index += 1) {
          const item = items[index] as { number?: unknown } | null | undefined;
          if (item?.number !== index + 1) {
            add({ pointer: `${pointerAt(path, indexes)}/${index}/number`, code: 'numbering', message: `is ${String(item?.number)} but must be ${index + 1}: number the items 1..n in order, without gaps` });
          }
        }
      });
    }
    for (const path of rules.timeZones) {
      forEachValueAt(record, path, (value, indexes) => {
        if (typeof value === 'string' && !timeZoneExists(value)) {
          add({ pointer: pointerAt(path, indexes), code: 'unknown-time-zone', message: `"${value}" is not a time zone of the IANA tz database; use a name such as "Asia/Shanghai" or "UTC"` });
        }
      });
    }
    for (const path of rules.countries) {
      forEachValueAt(record, path, (value, indexes) => {
        if (typeof value === 'string' && !countryExists(value)) {
          add({ pointer: pointerAt(path, indexes), code: 'unknown-country', message: `"${value}" is not an assigned ISO 3166-1 alpha-2 country code; use one such as "CN" or "FI"` });
        }
      });
    }
    return problems ?? NO_PROBLEMS;
  };

  /**
   * The fields recordRuleProblems reads in a record of `dataset`: a value anywhere else cannot
   * change what it finds. (`*` stands for any array index.)
   */
  const recordRulePaths = (dataset: DatasetKey): readonly FieldPath[] => {
    const rules = model[dataset];
    return [...(dataset === 'meetings' ? RANGES.flatMap((range) => [range.start, range.end]) : []), ...rules.numbered, ...rules.timeZones, ...rules.countries];
  };

  /**
   * The fields recordRuleProblems reads in a record of `dataset`, by rule: the ranges whose end
   * must not come before their start, the time zones, the countries and the numbered lists.
   */
  const recordRuleFields = (dataset: DatasetKey) => {
    const rules = model[dataset];
    return {
      ranges: dataset === 'meetings' ? RANGES.map(({ start, end }) => ({ start, end })) : [],
      timeZones: rules.timeZones,
      countries: rules.countries,
      numbered: rules.numbered,
    };
  };

  /** Every id a record refers to, in the order of the model's reference fields. */
  const referencesOf = (dataset: DatasetKey, record: unknown): Reference[] => {
    const references: Reference[] = [];
    for (const { path, target } of model[dataset].references) {
      forEachAt(record, path, (id, pointer) => {
        if (typeof id === 'string') references.push({ pointer, target, id });
      });
    }
    return references;
  };

  /** The datasets each dataset's records refer to. */
  const referenceTargets = Object.fromEntries(
    DATASET_KEYS.map((key) => [key, [...new Set(model[key].references.map((reference) => reference.target))]]),
  ) as Record<DatasetKey, DatasetKey[]>;

  /** Checks whole datasets held in memory (the build's case). */
  const checkRules = (datasets: Datasets): RuleProblem[] => {
    const problems: RuleProblem[] = [];
    const idSets = new Map<DatasetKey, Set<string>>();
    for (const key of DATASET_KEYS) {
      const records = datasets[key];
      if (records === undefined) continue;
      const seen = new Map<string, number>();
      records.forEach((record, index) => {
        const first = seen.get(record.id);
        if (first === undefined) seen.set(record.id, index);
        else problems.push({ dataset: key, pointer: `/${index}/id`, code: 'duplicate-id', message: duplicateMessage(record.id, `/${first}`) });
      });
      idSets.set(key, new Set(seen.keys()));
    }
    for (const key of DATASET_KEYS) {
      datasets[key]?.forEach((record, index) => {
        for (const problem of recordRuleProblems(key, record)) problems.push({ ...problem, dataset: key, pointer: `/${index}${problem.pointer}` });
        for (const reference of referencesOf(key, record)) {
          const ids = idSets.get(reference.target);
          if (ids !== undefined && !ids.has(reference.id)) {
            problems.push({ dataset: key, pointer: `/${index}${reference.pointer}`, code: 'unresolved-reference', message: unresolvedMessage(reference) });
          }
        }
      });
    }
    return problems;
  };

  return { recordRuleProblems, recordRulePaths, recordRuleFields, referencesOf, referenceTargets, checkRules };
};

export type Rules = ReturnType<typeof createRules>;
