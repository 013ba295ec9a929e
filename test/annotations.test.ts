/**
 * Where each quotation stands: dist/annotations/ checked by a program that shares no code with the
 * build (test/annotations_check.py: Python slicing the kept file by code points), read as JSON-LD
 * with the Web Annotation context, and the build refusing a quotation it cannot place at one span.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, validateDatasets } from '../scripts/compiler/check-records.ts';
import { loadDatasets } from '../scripts/compiler/load.ts';
import { ANNOTATION_CONTEXT, annotationsPath } from '../scripts/compiler/annotations.ts';
import { clone, distDir, keptSources, readDist, rootDir } from './helpers.ts';

const CHECK = join(rootDir, 'test/annotations_check.py');
/** The first source document kept in the package, and its annotations (the data, not these tests, says which). */
const [keptSource] = keptSources();
const collectionFile = annotationsPath(keptSource);

interface Annotation {
  id: string;
  body: { source: string; selector: { value: string } };
  target: { source: { id: string; 'schema:sha256': string }; selector: [{ start: number; end: number }, { exact: string; prefix: string; suffix: string }] };
}
interface Collection {
  '@context': string;
  total: number;
  first: { items: Annotation[] };
}

/** Runs the independent check on a dist folder; its exit code and what it printed. */
const check = (dist: string, root = rootDir): { status: number; output: string } => {
  try {
    return { status: 0, output: execFileSync('/usr/bin/python3', [CHECK, dist, root], { encoding: 'utf8' }).trim() };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { status: failed.status, output: failed.stdout.trim() };
  }
};

const copies: string[] = [];
afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
});

/** A copy of what the check reads (dist/ and the source), with `change` applied to it. */
const brokenCopy = (change: (dist: string, root: string) => void) => {
  const root = mkdtempSync(join(tmpdir(), 'annotations-'));
  copies.push(root);
  const dist = join(root, 'dist');
  for (const folder of ['annotations', 'json', 'schema', 'csv']) cpSync(join(distDir, folder), join(dist, folder), { recursive: true });
  mkdirSync(join(root, 'data'));
  cpSync(join(rootDir, 'data/source'), join(root, 'data/source'), { recursive: true });
  change(dist, root);
  return check(dist, root);
};

const editCollection = (dist: string, edit: (collection: Collection) => void) => {
  const path = join(dist, collectionFile);
  const collection = JSON.parse(readFileSync(path, 'utf8')) as Collection;
  edit(collection);
  writeFileSync(path, JSON.stringify(collection));
};

describe('dist/annotations/, checked by Python against the kept source', () => {
  it('places every verbatim value of every record exactly, as the quotations table does', () => {
    const { status, output } = check(distDir);
    expect(output).toMatch(/^ok \d+$/u);
    expect(status).toBe(0);
    const total = readdirSync(join(distDir, 'annotations')).reduce((sum, file) => sum + (JSON.parse(readDist(`annotations/${file}`)) as Collection).total, 0);
    expect(output).toBe(`ok ${total}`);
  });

  it.each([
    ['an offset one code point off', (dist: string) => editCollection(dist, (collection) => (collection.first.items[3]!.target.selector[0].start += 1)), 'code points'],
    ['a changed source file', (_dist: string, root: string) => writeFileSync(join(root, keptSource.path), `${readFileSync(join(rootDir, keptSource.path), 'utf8')} `), 'hashes to'],
    ['a shortened prefix', (dist: string) => editCollection(dist, (collection) => (collection.first.items[9]!.target.selector[1].prefix = 'x')), 'prefix or suffix'],
    [
      'a pointer to another value of the record',
      (dist: string) =>
        editCollection(dist, (collection) => {
          const [first, ...others] = collection.first.items;
          const other = others.find((item) => item.body.source === first!.body.source && item.body.selector.value !== first!.body.selector.value);
          first!.body.selector.value = other!.body.selector.value;
        }),
      'holds',
    ],
    ['a missing annotation', (dist: string) => editCollection(dist, (collection) => collection.first.items.pop()), 'no annotation for the verbatim value'],
    ['a table row that disagrees', (dist: string) => writeFileSync(join(dist, 'csv/derived/quotations.csv'), readDist('csv/derived/quotations.csv').replace(/,(\d+),(\d+),/u, (_match, start: string, end: string) => `,${Number(start) + 1},${end},`)), "is not the annotation's place"],
  ] as const)('fails on %s', (_name, change, message) => {
    const { status, output } = brokenCopy(change);
    expect(status).toBe(1);
    expect(output).toContain(message);
  });
});

describe('dist/annotations/ as JSON-LD', () => {
  // The Web Annotation context, as W3C publishes it at its address (test/w3c/anno.jsonld is a copy
  // of jsonld/anno.jsonld of the W3C's web-annotation repository): no network in the tests.
  const context = JSON.parse(readFileSync(join(rootDir, 'test/w3c/anno.jsonld'), 'utf8')) as object;
  const documentLoader = async (url: string) => {
    if (url !== ANNOTATION_CONTEXT) throw new Error(`network access refused: ${url}`);
    return { contextUrl: undefined, documentUrl: url, document: context };
  };
  const OA = 'http://www.w3.org/ns/oa#';

  const triplesOf = async (document: object) =>
    (await jsonld.toRDF(document as jsonld.JsonLdDocument, { documentLoader, safe: true, format: 'application/n-quads' } as Parameters<typeof jsonld.toRDF>[1])) as unknown as string;

  it('uses only terms of the Web Annotation vocabulary (safe mode drops nothing) and says what each annotation targets', async () => {
    const collection = JSON.parse(readDist(collectionFile)) as Collection;
    expect(collection['@context']).toBe(ANNOTATION_CONTEXT);
    const nquads = await triplesOf(collection);
    const count = (predicate: string) => nquads.split('\n').filter((line) => line.includes(`<${predicate}>`)).length;
    for (const predicate of [`${OA}hasBody`, `${OA}hasTarget`, `${OA}hasSource`, `${OA}hasSelector`, `${OA}start`, `${OA}end`, `${OA}exact`, `${OA}prefix`, `${OA}suffix`]) {
      expect(count(predicate), predicate).toBeGreaterThanOrEqual(collection.total);
    }
    // Every annotation targets the same file, one node: its hash is stated once in RDF.
    const { id, 'schema:sha256': sha256 } = collection.first.items[0]!.target.source;
    expect(nquads).toContain(`<${id}> <http://schema.org/sha256> "${sha256}" .`);
    expect(nquads).toContain(`<${OA}motivatedBy> <${OA}linking>`);
    expect(nquads).toContain('<http://purl.org/dc/terms/conformsTo> <http://tools.ietf.org/rfc/rfc6901>');
  });

  it('safe mode refuses a term the context does not define', async () => {
    const collection = JSON.parse(readDist(collectionFile)) as Collection;
    (collection.first.items[0] as unknown as Record<string, unknown>)['quotedFrom'] = 'somewhere';
    await expect(triplesOf(collection)).rejects.toThrow('Safe mode validation error.');
  });
});

describe('the build places each quotation at one span, or refuses it', () => {
  const raw = () => clone(loadDatasets()) as unknown as Record<string, any[]>;
  const problemsOf = (datasets: Record<string, any[]>) => {
    const result = validateDatasets(datasets as never);
    return result.ok ? [] : result.problems.map(formatProblem);
  };

  it('accepts the published records', () => {
    expect(problemsOf(raw())).toEqual([]);
  });

  // The messages name what the published records hold: read from them, and from the kept sources.
  const published = raw();
  const kept = keptSources().map(({ id, path }) => ({ id, text: readFileSync(join(rootDir, path), 'utf8') }));
  /** Each place where `words` stand as whole words in a kept source (any white space between two words), in reading order. */
  const placesOf = (words: string) =>
    kept.flatMap(({ id, text }) => {
      const escaped = words.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped.join('\\s+')}(?![\\p{L}\\p{N}])`, 'gu');
      return [...text.matchAll(pattern)].map((match) => ({ id, line: text.slice(0, match.index).split('\n').length }));
    });
  const linesOf = (places: readonly { id: string; line: number }[]) => places.map(({ id, line }) => `${kept.length === 1 ? '' : `${id} `}line ${line}`).join(', ');
  const anySource = `any source document of the package (${kept.map(({ id }) => id).join(', ')})`;

  // A person whose locator says which of the places their name stands at is theirs.
  const twice = published['people']!.findIndex((person) => person.quotationLocators !== undefined && placesOf(person.name).length > 1);
  const twiceName: string = published['people']![twice]?.name;
  // The first meeting's lines of its source, and lines just after them.
  const { sourceId, locator } = published['meetings']![0].source;
  const after = { lineStart: locator.lineEnd + 1, lineEnd: locator.lineEnd + 3 };
  // The first organization's name, and three lines of the source that do not hold it.
  const organizationName: string = published['organizations']![0].name;
  const organizationPlaces = placesOf(organizationName);
  let away = 1;
  while (organizationPlaces.some((place) => place.line >= away && place.line <= away + 2)) away += 1;
  const locators: number = published['meetings']![0].quotationLocators?.length ?? 0;
  const mention = published['meetings']![1].mentions[0];
  const cut = String(mention.asPrinted).slice(1);
  const { evidence: seriesEvidence } = published['meetings']![0].series;

  it('the records these cases break hold what they need', () => {
    expect(twice, 'a person whose name stands more than once, with a locator').toBeGreaterThanOrEqual(0);
    expect(organizationPlaces.length, organizationName).toBeGreaterThan(0);
    expect(locator.kind).toBe('lines');
    // Cut from a longer word: the mention's first word has two letters or more.
    expect(mention.asPrinted).toMatch(/^\p{L}{2}/u);
    expect(seriesEvidence).not.toContain('2021');
  });

  const cases: [string, (datasets: Record<string, any[]>) => unknown, string][] = [
    [
      'a quotation whose words stand twice in its scope, without a locator',
      (datasets: Record<string, any[]>) => delete datasets['people']![twice].quotationLocators,
      `data/people.ts /${twice}/name: "${twiceName}" stands ${placesOf(twiceName).length} times in ${anySource} (at ${linesOf(placesOf(twiceName))})`,
    ],
    [
      "a locator outside the meeting's lines",
      (datasets: Record<string, any[]>) => (datasets['meetings']![0].quotationLocators = [{ pointer: '/place', ...after }]),
      `data/meetings.ts /0/quotationLocators/0: lines ${after.lineStart}–${after.lineEnd} are not within source ${sourceId} lines ${locator.lineStart}–${locator.lineEnd}`,
    ],
    [
      'a locator whose lines hold none of the words',
      (datasets: Record<string, any[]>) => (datasets['organizations']![0].quotationLocators = [{ lineStart: away, lineEnd: away + 2 }]),
      `data/organizations.ts /0/name: "${organizationName}" stands at ${linesOf(organizationPlaces)}, not within lines ${away}–${away + 2} that /quotationLocators/0 gives: fix the locator`,
    ],
    [
      'a locator that points at no quotation',
      (datasets: Record<string, any[]>) => (datasets['meetings']![0].quotationLocators ??= []).push({ pointer: '/kind', lineStart: 1, lineEnd: 3 }),
      `data/meetings.ts /0/quotationLocators/${locators}: /kind holds no quotation of the record`,
    ],
    [
      "a mention whose words are not in its text",
      (datasets: Record<string, any[]>) => (datasets['meetings']![1].mentions[0].asPrinted = 'Ministry of Foreign Affairs'),
      `data/meetings.ts /1/mentions/0/asPrinted: "Ministry of Foreign Affairs" does not stand as whole words in the text at ${mention.pointer}`,
    ],
    [
      'a mention whose words are cut from a longer word',
      (datasets: Record<string, any[]>) => (datasets['meetings']![1].mentions[0].asPrinted = cut),
      `data/meetings.ts /1/mentions/0/asPrinted: "${cut}" does not stand as whole words`,
    ],
    [
      'a mention that points at no quoted text',
      (datasets: Record<string, any[]>) => (datasets['meetings']![1].mentions[0].pointer = '/kind'),
      'data/meetings.ts /1/mentions/0/pointer: /kind is not a quoted text of the record',
    ],
    [
      "an edition's ordinal that its evidence does not print",
      (datasets: Record<string, any[]>) => (datasets['meetings']![0].series.ordinal = '2021'),
      `data/meetings.ts /0/series/ordinal: "2021" does not stand as whole words in evidence "${seriesEvidence}"`,
    ],
  ];
  it.each(cases)('refuses %s, naming the data file and pointer', (_name, change, message) => {
    const datasets = raw();
    change(datasets);
    expect(problemsOf(datasets)).toEqual(expect.arrayContaining([expect.stringContaining(message)]));
  });
});
