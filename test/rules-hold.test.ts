/**
 * The validator first asks the build's written-out rules (scripts/compiler/rules-hold.ts) whether a
 * record breaks none, and runs src/rules.ts only when they are not sure. Whatever the record, the
 * problems found must be those the rules alone find.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import compiled from 'virtual:compiled-validators';
import { countryExists, createRules, DATASET_KEYS, timeZoneExists, type DatasetKey, type RulesHoldFactory, type RulesModel } from '../src/rules.ts';
import { rulesHoldModule } from '../scripts/compiler/rules-hold.ts';
import { readDistJson } from './helpers.ts';

const rules = createRules(compiled.rules);
const withHold = createRules(compiled.rules, compiled.rulesHold);
const hold = compiled.rulesHold({ timeZoneExists, countryExists });

const published = (dataset: DatasetKey) => readDistJson(`json/${dataset}.json`) as Record<string, unknown>[];

/**
 * Any value, of any type. (Not objects with a key `valueOf` or `toString`: comparing one throws, in
 * the rules as in JavaScript; records reach the rules only once their schema passed them.)
 */
const anything = fc.anything({ maxDepth: 1, key: fc.constantFrom('a', 'number', 'value', '__proto__') });

/** A value for a field the rules read: right, wrong, or of another type. */
const anyOf = <T>(...values: T[]) => fc.oneof(fc.constantFrom(undefined, ...values), anything);
const date = anyOf('2020-01-10', '2020-01-11', '2019-12-31');
const lineNumber = anyOf(1, 5, 74);
const numbered = fc.oneof(
  fc.array(fc.record({ number: anyOf(1, 2, 3), text: fc.constant('x') }), { maxLength: 4 }),
  fc.array(anything, { maxLength: 3 }),
  anything,
);

/** A published meeting with the fields the rules read replaced (an undefined value removes the field). */
const meeting = fc
  .record({
    base: fc.constantFrom(...published('meetings')),
    startDate: date,
    endDate: date,
    lines: fc.record({ lineStart: lineNumber, lineEnd: lineNumber, pageStart: lineNumber, pageEnd: lineNumber }),
    priorities: numbered,
    remarks: numbered,
    countryCode: anyOf('CN', 'FI', 'XX', 'cn'),
    timeZone: anyOf('Asia/Shanghai', 'UTC', 'Mars/Olympus'),
    place: fc.boolean(),
  })
  .map(({ base, startDate, endDate, lines, priorities, remarks, countryCode, timeZone, place }) => {
    const record: Record<string, unknown> = structuredClone({ ...base, startDate, endDate, remarks });
    record['source'] = { ...(base['source'] as object), locator: { kind: 'lines', ...lines } };
    record['workReport'] = { ...(base['workReport'] as object), priorities };
    record['place'] = place ? { city: 'Beijing', countryCode, editorial: { timeZone: { value: timeZone, citation: 'x' } } } : countryCode;
    return JSON.parse(JSON.stringify(record)) as unknown;
  });

const organization = fc.record({ base: fc.constantFrom(...published('organizations')), countryCode: anyOf('CN', 'XX') }).map(({ base, countryCode }) => JSON.parse(JSON.stringify({ ...base, countryCode })) as unknown);

describe('the written-out rules', () => {
  it('clear every published record (so the rules below them are skipped)', () => {
    for (const dataset of DATASET_KEYS) {
      for (const record of published(dataset)) {
        expect(hold[dataset](record), `${dataset} ${String(record['id'])}`).toBe(true);
        expect(rules.recordRuleProblems(dataset, record)).toEqual([]);
      }
    }
  });

  it('never clear a record the rules find a problem in, and change nothing that is reported', () => {
    const answers = { cleared: 0, unsure: 0, problems: 0 };
    fc.assert(
      fc.property(fc.oneof(meeting.map((record) => ['meetings', record] as const), organization.map((record) => ['organizations', record] as const)), ([dataset, record]) => {
        const problems = rules.recordRuleProblems(dataset, record);
        const cleared = hold[dataset](record);
        answers[cleared ? 'cleared' : 'unsure'] += 1;
        if (problems.length > 0) answers.problems += 1;
        if (cleared) expect(problems).toEqual([]);
        expect(withHold.recordRuleProblems(dataset, record)).toEqual(problems);
      }),
      { numRuns: 5000 },
    );
    // Both answers were given often, so the property tested something either way.
    expect(answers.cleared).toBeGreaterThan(100);
    expect(answers.problems).toBeGreaterThan(1000);
  });

  it.each([
    ['an end date before the start date', { startDate: '2020-01-11', endDate: '2020-01-10' }],
    ['a line range the wrong way round', { source: { sourceId: 's', locator: { kind: 'lines', lineStart: 9, lineEnd: 3 } } }],
    ['priorities numbered 2, 1', { workReport: { priorities: [{ number: 2 }, { number: 1 }] } }],
    ['an unknown time zone', { place: { editorial: { timeZone: { value: 'Mars/Olympus' } } } }],
    ['an unknown country', { place: { countryCode: 'XX' } }],
  ])('do not clear %s', (_what, record) => {
    expect(hold.meetings(record)).toBe(false);
    expect(rules.recordRuleProblems('meetings', record)).not.toEqual([]);
  });
});

describe('rules on fields inside lists (no schema has them yet)', () => {
  const none = { references: [], numbered: [], timeZones: [], countries: [] };
  const model: RulesModel = {
    meetings: { references: [], numbered: [['groups', '*', 'entries']], timeZones: [['stops', '*', 'zones', '*']], countries: [['stops', '*', 'countryCode']] },
    people: none,
    organizations: none,
    sources: none,
  };
  /** The module as the build writes it, run as a function body. */
  const holdOf = (module: string) => (new Function(module.replace('export default', 'return'))() as RulesHoldFactory)({ timeZoneExists, countryExists });
  const listRules = createRules(model);
  const listHold = holdOf(rulesHoldModule(model));

  it('leave a range over a list to the rules (plain loads could find another last value)', () => {
    const hold = holdOf(rulesHoldModule(model, (dataset) => ({ ranges: dataset === 'meetings' ? [{ start: ['stops', '*', 'from'], end: ['stops', '*', 'to'] }] : [], timeZones: [], countries: [], numbered: [] })));
    expect(hold.meetings({})).toBe(false);
    expect(hold.people({})).toBe(true);
  });

  it('clear exactly the records the rules find nothing in', () => {
    const entries = fc.array(fc.record({ number: anyOf(1, 2) }), { maxLength: 3 });
    const stop = fc.record({ zones: fc.oneof(fc.array(anyOf('UTC', 'Mars/Olympus'), { maxLength: 2 }), anything), countryCode: anyOf('CN', 'XX') });
    const record = fc.record({ groups: fc.oneof(fc.array(fc.record({ entries }), { maxLength: 3 }), anything), stops: fc.oneof(fc.array(stop, { maxLength: 3 }), anything) });
    let cleared = 0;
    fc.assert(
      fc.property(record, (value) => {
        const problems = listRules.recordRuleProblems('meetings', value);
        if (listHold.meetings(value)) {
          cleared += 1;
          expect(problems).toEqual([]);
        } else expect(problems).not.toEqual([]);
      }),
      { numRuns: 3000 },
    );
    expect(cleared).toBeGreaterThan(100);
  });
});
