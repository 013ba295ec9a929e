/**
 * CITATION.cff: what the build makes of data/dataset.ts, the sources and package.json (fresh, as
 * test/fresh.test.ts checks dist/), and valid Citation File Format 1.2.0 by the cffjs package's
 * copy of the format's schema, read with its YAML reader.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateCFFFile } from 'cffjs';
import { afterAll, describe, expect, it } from 'vitest';
import { dataset } from '../data/dataset.ts';
import { validateDatasets } from '../scripts/compiler/check-records.ts';
import { CITATION_PATH, renderCitationCff } from '../scripts/compiler/citation-cff.ts';
import { loadDatasets } from '../scripts/compiler/load.ts';
import { rootDir } from './helpers.ts';

const citation = readFileSync(join(rootDir, CITATION_PATH), 'utf8');
// The records as the build has them: valid and in their published order.
const validated = validateDatasets(loadDatasets());
if (!validated.ok) throw new Error('the data must be valid for these tests');
const { sources, organizations } = validated.datasets;
const folder = mkdtempSync(join(tmpdir(), 'citation-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** cffjs's verdict on a CITATION.cff of this text: the file read back, or the error it throws. */
const verdict = (text: string) => {
  const file = join(folder, 'CITATION.cff');
  writeFileSync(file, text);
  try {
    return { cff: validateCFFFile(file) as Record<string, unknown> };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

describe('CITATION.cff (run `npm run build` when this fails)', () => {
  it('is what the build makes of the data set and its sources', () => {
    expect(citation).toBe(renderCitationCff(sources, organizations));
  });

  it('is valid Citation File Format 1.2.0, and reads back as the data set', () => {
    const { cff, error } = verdict(citation);
    expect(error).toBeUndefined();
    expect(cff?.['title']).toBe(dataset.title);
    expect(cff?.['version']).toBe(JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8')).version);
    expect(cff?.['references']).toEqual(sources.map((source) => expect.objectContaining({ title: source.title })));
  });

  it.each([
    ['no authors', (text: string) => text.replace(/^authors:\n(?: {2}- .*\n)+/mu, '')],
    ['an unknown type', (text: string) => text.replace('type: dataset', 'type: newsletter')],
    ['a reference without a title', (text: string) => text.replace(/^ {4}title: .*\n/mu, '')],
  ])('the schema check refuses a file with %s', (_name, change) => {
    const broken = change(citation);
    expect(broken).not.toBe(citation);
    expect(verdict(broken).error).toMatch(/^CFF validation failed/u);
  });
});
