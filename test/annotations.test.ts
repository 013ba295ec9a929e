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
import { ANNOTATION_CONTEXT } from '../scripts/compiler/annotations.ts';
import { clone, distDir, readDist, rootDir } from './helpers.ts';

const CHECK = join(rootDir, 'test/annotations_check.py');
const collectionFile = 'annotations/most-newsletter-2020-01.jsonld';

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
    ['a changed source file', (_dist: string, root: string) => writeFileSync(join(root, 'data/source/most-newsletter-2020-01.txt'), `${readFileSync(join(rootDir, 'data/source/most-newsletter-2020-01.txt'), 'utf8')} `), 'hashes to'],
    ['a shortened prefix', (dist: string) => editCollection(dist, (collection) => (collection.first.items[9]!.target.selector[1].prefix = 'x')), 'prefix or suffix'],
    ['a pointer to another value', (dist: string) => editCollection(dist, (collection) => (collection.first.items[0]!.body.selector.value = '/dateText')), 'holds'],
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

  const cases: [string, (datasets: Record<string, any[]>) => unknown, string][] = [
    [
      'a quotation whose words stand twice in its scope, without a locator',
      (datasets: Record<string, any[]>) => delete datasets['people']![1].quotationLocators,
      'data/people.ts /1/name: "Xi Jinping" stands 4 times in any source document of the package (',
    ],
    [
      "a locator outside the meeting's lines",
      (datasets: Record<string, any[]>) => (datasets['meetings']![0].quotationLocators = [{ pointer: '/place', lineStart: 80, lineEnd: 82 }]),
      'data/meetings.ts /0/quotationLocators/0: lines 80–82 are not within source most-newsletter-2020-01 lines 1–74',
    ],
    [
      'a locator whose lines hold none of the words',
      (datasets: Record<string, any[]>) => (datasets['organizations']![0].quotationLocators = [{ lineStart: 10, lineEnd: 12 }]),
      'data/organizations.ts /0/name: "Ministry of Science and Technology" stands at line 74, line 85, line 177, not within lines 10–12 that /quotationLocators/0 gives: fix the locator',
    ],
    [
      'a locator that points at no quotation',
      (datasets: Record<string, any[]>) => datasets['meetings']![0].quotationLocators.push({ pointer: '/kind', lineStart: 1, lineEnd: 3 }),
      'data/meetings.ts /0/quotationLocators/1: /kind holds no quotation of the record',
    ],
    [
      "a mention whose words are not in its text",
      (datasets: Record<string, any[]>) => (datasets['meetings']![1].mentions[0].asPrinted = 'Ministry of Foreign Affairs'),
      'data/meetings.ts /1/mentions/0/asPrinted: "Ministry of Foreign Affairs" does not stand as whole words in the text at /summary/0',
    ],
    [
      'a mention whose words are cut from a longer word',
      (datasets: Record<string, any[]>) => (datasets['meetings']![1].mentions[0].asPrinted = 'inistry of Science'),
      'data/meetings.ts /1/mentions/0/asPrinted: "inistry of Science" does not stand as whole words',
    ],
    [
      'a mention that points at no quoted text',
      (datasets: Record<string, any[]>) => (datasets['meetings']![1].mentions[0].pointer = '/kind'),
      'data/meetings.ts /1/mentions/0/pointer: /kind is not a quoted text of the record',
    ],
    [
      "an edition's ordinal that its evidence does not print",
      (datasets: Record<string, any[]>) => (datasets['meetings']![0].series.ordinal = '2021'),
      'data/meetings.ts /0/series/ordinal: "2021" does not stand as whole words in evidence "2020 National Science and Technology Work Conference"',
    ],
  ];
  it.each(cases)('refuses %s, naming the data file and pointer', (_name, change, message) => {
    const datasets = raw();
    change(datasets);
    expect(problemsOf(datasets)).toEqual(expect.arrayContaining([expect.stringContaining(message)]));
  });
});
