/**
 * The published JSON Schemas give our verdict in other validators (issue 20).
 *
 * In `npm test`: the committed matrix (docs/dev/portability.json) was made from the schemas,
 * corpus and verdicts of now, and every required set-up ran in it and agreed; hyperjump and
 * cfworker over the conformance suite and its broken copies; the harness finds a schema that
 * is not portable; what counts as agreement.
 *
 * In `npm run test:portability` (CHINA_ST_PORTABILITY=1), after scripts/portability/run.ts has
 * run every set-up on the published files and written the matrix: the quick set-ups once more, on
 * the schemas as built from schema/ now and the verdicts of the validator built from src/validate/
 * (less the rules JSON Schema cannot express, scripts/portability/verdict.ts), over the corpus
 * less its few large documents: ajv (defaults, and with ajv-formats), @hyperjump/json-schema
 * (format assertion off and on), @cfworker/json-schema, @exodus/schemasafe (default and spec mode)
 * in this process, and Debian's python-jsonschema (plain, and with rfc3987) in one Python process.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { validateRecord } from 'china-st-meetings/validate';
import { buildJsonSchemas } from '../scripts/compiler/json-schema.ts';
import { agrees, fullAgreement, summarize, type SetUpSummary } from '../scripts/portability/compare.ts';
import { buildCorpus, corpusDigest, isLarge } from '../scripts/portability/corpus.ts';
import { datasetRegistry } from '../schema/registry.ts';
import { publishedSchemaTexts, schemasDigest, SCHEMA_NAMES, type CorpusDocument, type JsonObject, type SchemaName } from '../scripts/portability/documents.ts';
import { FAMILIES, QUICK_FAMILIES } from '../scripts/portability/families.ts';
import { committedMatrix, readReport, renderMatrix } from '../scripts/portability/matrix.ts';
import type { SchemaSet, SetUpFamily } from '../scripts/portability/setup.ts';
import { cfworkerSetUps } from '../scripts/portability/setups/cfworker.ts';
import { hyperjumpSetUps } from '../scripts/portability/setups/hyperjump.ts';
import { debianPythonQuick } from '../scripts/portability/setups/python.ts';
import { ourVerdict, oursDigest, type OurVerdict } from '../scripts/portability/verdict.ts';
import { portability } from './helpers.ts';

/**
 * Set-ups that disagree with the schemas published today (issue 20), each with why: their tests
 * are `it.fails`, so that the suite stays green and turns red once the schemas are fixed. Remove an
 * entry when its test fails.
 */
const KNOWN_FAILURES: Readonly<Record<string, string>> = {};

const schemasOf = (entries: Iterable<readonly [string, JsonObject]>): SchemaSet => new Map([...entries].map(([name, schema]) => [name as SchemaName, schema]));

const runFamilies = async (families: readonly SetUpFamily[], schemas: SchemaSet, documents: readonly CorpusDocument[], ours: readonly OurVerdict[]) => {
  // Python runs in its own process while the JavaScript validators run here, one after the other
  // (hyperjump's format setting and schema registry are global).
  const python = families.filter((family) => family === debianPythonQuick).map((family) => family.run(schemas, documents));
  const results = [];
  for (const family of families.filter((candidate) => candidate !== debianPythonQuick)) results.push(...(await family.run(schemas, documents)));
  for (const pending of python) results.push(...(await pending));
  return new Map(results.map((result) => [result.info.id, summarize(result, documents, ours)]));
};

const problems = (summary: SetUpSummary | undefined) => [
  ...(summary?.status === 'skipped' ? [`skipped: ${summary.reason ?? ''}`] : []),
  ...Object.entries(summary?.loadErrors ?? {}).map(([name, error]) => `${name} did not load: ${error}`),
  ...(summary?.disagreements ?? []).map((item) => `${item.document}: ours ${item.ours} [${item.codes.join(', ')}], theirs ${item.theirs}${item.error === undefined ? '' : ` (${item.error})`}`),
];

const documents = buildCorpus();
const ours = documents.map((document) => ourVerdict(validateRecord, document));
const quick = documents.flatMap((document, index) => (isLarge(document) ? [] : [{ document, ours: ours[index] as OurVerdict }]));

describe('the corpus', () => {
  it('holds every kind of document, and our validator accepts and refuses some of each', () => {
    for (const group of ['published', 'conformance', 'broken', 'mutation'] as const) expect(quick.some(({ document }) => document.group === group), group).toBe(true);
    expect(documents.length - quick.length, 'large documents').toBeLessThan(40);
    expect(ours.filter((verdict) => verdict.verdict === 'valid').length).toBeGreaterThan(100);
    expect(ours.filter((verdict) => verdict.verdict === 'invalid').length).toBeGreaterThan(100);
    // A break of a rule beyond JSON Schema is valid for the schemas, however our validator reports it.
    const unknownZone = ours[documents.findIndex((document) => document.id.endsWith('(Mars/Olympus)'))];
    expect(unknownZone).toEqual({ verdict: 'valid', codes: ['unknown-time-zone'] });
  });
});

// In npm test, the two quickest ECMAScript validators (hyperjump, cfworker: about 0.5 s where ajv's
// and schemasafe's compilers took 2 s more) over the conformance suite and its broken copies
// (python-jsonschema reads them in conformance.test.ts, and ajv loads the schemas in
// schema-contract.test.ts); in test:portability, every quick set-up over the whole corpus but its
// large documents, after scripts/portability/run.ts has checked the published files.
const families = portability ? QUICK_FAMILIES : [hyperjumpSetUps, cfworkerSetUps];
const checked = portability ? quick : quick.filter(({ document }) => document.group === 'conformance' || document.group === 'broken');
describe(`the schemas of now in other validators, over ${portability ? 'the corpus less its large documents' : 'the conformance suite and its broken copies'}`, () => {
  let summaries: Map<string, SetUpSummary>;
  beforeAll(async () => {
    summaries = await runFamilies(
      families,
      schemasOf(buildJsonSchemas()),
      checked.map((item) => item.document),
      checked.map((item) => item.ours),
    );
  });

  it('checks valid and broken documents', () => {
    expect(checked.filter(({ ours }) => ours.verdict === 'valid').length).toBeGreaterThan(10);
    expect(checked.filter(({ ours }) => ours.verdict === 'invalid').length).toBeGreaterThan(10);
  });

  const ids = families.flatMap((family) => family.setUps.map((info) => info.id));
  const check = (id: string) => expect(problems(summaries.get(id))).toEqual([]);
  for (const id of ids) {
    if (KNOWN_FAILURES[id] === undefined) it(`${id} loads every schema and gives our verdict on every document`, () => check(id));
    else it.fails(`${id} loads every schema and gives our verdict on every document (known failure: ${KNOWN_FAILURES[id]})`, () => check(id));
  }
});

describe('the harness finds a schema that is not portable', () => {
  // Today's id and date patterns, a `format` and a dialect difference, on strings: where these
  // validators part ways, whatever the published schemas become.
  const variant = schemasOf([
    ['person', { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' }],
    ['organization', { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string', pattern: '^\\d{4}-[0-9]{2}$' }],
    ['meeting', { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'string', format: 'date' }],
  ]);
  const cases: readonly [SchemaName, string, OurVerdict['verdict']][] = [
    ['person', 'most', 'valid'],
    ['person', 'most\n', 'invalid'],
    ['organization', '2020-01', 'valid'],
    ['organization', '２０２０-01', 'invalid'],
    ['meeting', '2020-01-10', 'valid'],
  ];
  const variantDocuments: CorpusDocument[] = cases.map(([schema, instance], index) => ({ id: `variant/${index}`, group: 'mutation', schema, instance }));
  const expected = cases.map(([, , verdict]) => ({ verdict, codes: [] }));
  let found: Map<string, SetUpSummary>;
  beforeAll(async () => {
    found = await runFamilies(QUICK_FAMILIES, variant, variantDocuments, expected);
  });

  it('ajv in strict mode cannot load a schema with an unknown format: a load error, its documents unchecked', () => {
    expect(Object.keys(found.get('ajv')?.loadErrors ?? {})).toEqual(['meeting']);
    expect(found.get('ajv')?.notLoaded).toBe(1);
    expect(fullAgreement(found.get('ajv') as SetUpSummary)).toBe(false);
  });

  it("python-jsonschema lets a final line feed past `$` and takes Unicode digits for `\\d`: disagreements", () => {
    for (const id of ['python-debian', 'python-debian-rfc3987']) {
      expect(found.get(id)?.disagreements.map((item) => [item.document, item.ours, item.theirs])).toEqual([
        ['variant/1', 'invalid', 'valid'],
        ['variant/3', 'invalid', 'valid'],
      ]);
    }
  });

  it('the ECMAScript validators agree on the same documents', () => {
    for (const id of ['ajv-formats', 'hyperjump', 'hyperjump-formats', 'cfworker', 'schemasafe', 'schemasafe-spec']) expect(problems(found.get(id)), id).toEqual([]);
  });
});

describe('agreement', () => {
  const document = (instance: unknown): CorpusDocument => ({ id: 'x', group: 'mutation', schema: 'person', instance });
  it('an error agrees with our refusal, and on a document we accept only where it holds a lone surrogate', () => {
    const error = { error: 'cannot read' };
    expect(agrees(document('a'), { verdict: 'invalid', codes: ['bad-format'] }, error)).toBe(true);
    expect(agrees(document('a'), { verdict: 'valid', codes: [] }, error)).toBe(false);
    expect(agrees(document(['a\uD800']), { verdict: 'valid', codes: [] }, error)).toBe(true);
    expect(agrees(document(['\uD83D\uDE00']), { verdict: 'valid', codes: [] }, error)).toBe(false);
    expect(agrees(document('a'), { verdict: 'valid', codes: [] }, null)).toBe(false);
  });
});

describe('the committed matrix (docs/dev/portability.json, docs/validator.md)', () => {
  const report = readReport();
  const stale = 'run `npm run build`, then `npm run test:portability`, and commit docs/dev/portability.json and docs/validator.md';

  it('was made from the published schemas, the corpus and our verdicts as they are now', () => {
    expect(report.inputs.schemas, stale).toBe(schemasDigest(publishedSchemaTexts()));
    expect(report.inputs.corpus, stale).toBe(corpusDigest(documents));
    expect(report.inputs.ours, stale).toBe(oursDigest(documents, ours));
    expect(report.inputs.documents).toBe(documents.length);
  });

  it('is the table docs/validator.md shows', () => {
    expect(committedMatrix(), stale).toBe(renderMatrix(report));
  });

  it('lists every set-up of the script, each with its counts adding up', () => {
    expect(report.setUps.map((summary) => summary.id)).toEqual(FAMILIES.flatMap((family) => family.setUps.map((info) => info.id)));
    for (const summary of report.setUps) {
      if (summary.status === 'ran') expect(summary.agreements + summary.disagreements.length + summary.notLoaded, summary.id).toBe(summary.documents);
    }
    expect(SCHEMA_NAMES).toHaveLength(2 * datasetRegistry.length);
  });

  const everyRequiredAgrees = () => {
    const required = report.setUps.filter((summary) => summary.required);
    expect(required.length).toBeGreaterThan(0);
    expect(required.flatMap((summary) => (fullAgreement(summary) ? [] : [`${summary.id}: ${problems(summary).slice(0, 3).join('; ')}`]))).toEqual([]);
  };
  if (KNOWN_FAILURES['matrix'] === undefined) it('shows every required set-up run (none skipped), loading every schema and agreeing on every document', everyRequiredAgrees);
  else it.fails(`shows every required set-up run (none skipped), loading every schema and agreeing on every document (known failure: ${KNOWN_FAILURES['matrix']})`, everyRequiredAgrees);
});
