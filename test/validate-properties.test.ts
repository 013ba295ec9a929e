/**
 * Property-based tests (fast-check): on generated valid and broken records the validator's
 * verdict is zod's (plus the record rules), and on generated garbage it never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateChunks, validateRecord } from 'china-st-meetings/validate';
import { Meeting, Person } from '../schema/index.ts';
import { buildJsonSchemas } from '../scripts/compiler/json-schema.ts';
import { buildRulesModel } from '../scripts/compiler/rules-model.ts';
import { createRules } from '../src/rules.ts';

const { recordRuleProblems } = createRules(buildRulesModel(buildJsonSchemas()));
import { clone, readDistJson, runs } from './helpers.ts';

const meetings = readDistJson('json/meetings.json') as Record<string, unknown>[];
const people = readDistJson('json/people.json') as Record<string, unknown>[];

/** Every path to a value inside a record. */
const paths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((item, index) => [index, item] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => paths(item, [...prefix, key]))];
};

type Mutation = { op: 'set' | 'delete' | 'add' | 'text'; at: number; value: unknown; key: string; text: string };

const mutate = (record: Record<string, unknown>, mutations: Mutation[]) => {
  const copy = clone(record);
  for (const { op, at, value, key, text } of mutations) {
    const all = paths(copy);
    const path = all[at % all.length] ?? [];
    const parent = path.slice(0, -1).reduce<any>((node, step) => node?.[step], copy);
    const last = path.at(-1);
    const target = path.reduce<any>((node, step) => node?.[step], copy);
    if (op === 'add' && target !== null && typeof target === 'object' && !Array.isArray(target)) target[key] = value;
    else if (last === undefined || parent === null || typeof parent !== 'object') continue;
    else if (op === 'delete') Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last];
    else if (op === 'text') parent[last] = text;
    else if (op === 'set') parent[last] = value;
  }
  return copy;
};

const mutation = fc.record({
  op: fc.constantFrom('set', 'delete', 'add', 'text') as fc.Arbitrary<Mutation['op']>,
  at: fc.nat(),
  value: fc.jsonValue({ maxDepth: 3 }),
  key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'id', 'kind', 'toString')),
  text: fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.constantFrom('', ' x', 'x ', 'a\nb', '2020-02-30', '2020-02-29', '2021-02-29', 'Q1', 'q1', 'CN', 'cn', 'wang-zhigang', 'Wang--Zhigang', '𠀋'.repeat(201), 'a'.repeat(4001)),
  ),
});

/** zod's verdict, with the rules JSON Schema cannot express that one record can break. */
const zodVerdict = (schema: typeof Meeting | typeof Person, value: unknown, dataset: 'meetings' | 'people') => {
  const result = schema.safeParse(value);
  return result.success && recordRuleProblems(dataset, value).length === 0;
};

describe('the validator agrees with zod', () => {
  it('on mutated meetings', () => {
    fc.assert(
      fc.property(fc.constantFrom(...meetings), fc.array(mutation, { minLength: 0, maxLength: 3 }), (meeting, mutations) => {
        const value = mutate(meeting, mutations);
        expect(validateRecord(value).valid).toBe(zodVerdict(Meeting, value, 'meetings'));
      }),
      { numRuns: runs(600) },
    );
  });

  it('on mutated people', () => {
    fc.assert(
      fc.property(fc.constantFrom(...people), fc.array(mutation, { minLength: 0, maxLength: 3 }), (person, mutations) => {
        const value = mutate(person, mutations);
        expect(validateRecord(value, { schema: 'person' }).valid).toBe(zodVerdict(Person, value, 'people'));
      }),
      { numRuns: runs(300) },
    );
  });

  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect(validateRecord(value).valid).toBe(zodVerdict(Meeting, value, 'meetings'));
      }),
      { numRuns: runs(300) },
    );
  });

  it('the generated cases include valid and invalid records (the property is not vacuous)', () => {
    const samples = fc.sample(fc.tuple(fc.constantFrom(...meetings), fc.array(mutation, { maxLength: 3 })), { numRuns: 300, seed: 7 });
    const verdicts = samples.map(([meeting, mutations]) => validateRecord(mutate(meeting, mutations)).valid);
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(10);
    expect(verdicts.filter((valid) => !valid).length).toBeGreaterThan(100);
  });
});

const chunksOf = (bytes: Uint8Array, size: number) =>
  (async function* () {
    for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
  })();

/**
 * Chunks copied, one after another, into one Node Buffer that is reused, as the file reader does
 * (a Buffer, because Buffer#slice makes a view where Uint8Array#slice makes a copy).
 */
const reusedChunksOf = (bytes: Uint8Array, size: number) =>
  (async function* () {
    const buffer = Buffer.alloc(size);
    for (let start = 0; start < bytes.length; start += size) {
      const part = bytes.subarray(start, start + size);
      buffer.set(part);
      yield buffer.subarray(0, part.length);
    }
  })();

describe('the validator never throws on garbage, and its counts add up', () => {
  const input = fc.oneof(
    fc.uint8Array({ maxLength: 600 }),
    fc.string({ unit: 'binary', maxLength: 600 }).map((text) => new TextEncoder().encode(text)),
    fc.array(fc.oneof(fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'null'), fc.constantFrom(JSON.stringify(meetings[0]), '{', '"', '[', ']', ',')), { maxLength: 8 }).map((lines) => new TextEncoder().encode(lines.join('\n'))),
  );
  it.each(['ndjson', 'json', 'csv'] as const)('%s, fed in chunks of any size', async (format) => {
    await fc.assert(
      fc.asyncProperty(input, fc.integer({ min: 1, max: 64 }), async (bytes, size) => {
        const report = await validateChunks(chunksOf(bytes, size), { format, file: `garbage.${format}` });
        expect(report.records).toBe(report.validRecords + report.invalidRecords);
        if (!report.valid) expect(report.errors.length).toBeGreaterThan(0);
        for (const error of report.errors) expect(error.message).not.toBe('');
      }),
      { numRuns: runs(300) },
    );
  });

  it.each(['ndjson', 'json'] as const)('a %s file split at any byte, into fresh or reused buffers, gives the same report as the whole file', async (format) => {
    const content = format === 'ndjson' ? `${meetings.map((meeting) => JSON.stringify(meeting)).join('\n')}\n{"bad": "’"}\n` : JSON.stringify([...meetings, { bad: '’' }], null, 1);
    const text = new TextEncoder().encode(content);
    const whole = await validateChunks(chunksOf(text, text.length), { format });
    expect(whole).toMatchObject({ records: meetings.length + 1, validRecords: meetings.length });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 200 }), fc.boolean(), async (size, reuse) => {
        const chunks = reuse ? reusedChunksOf(text, size) : chunksOf(text, size);
        expect(await validateChunks(chunks, { format })).toEqual(whole);
      }),
      { numRuns: runs(80) },
    );
  });
});
