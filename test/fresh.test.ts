/** dist/, the data dictionary (docs/data-dictionary.md) and the README's generated parts are what the build makes of the current sources. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARY_END, DICTIONARY_START } from '../scripts/compiler/dictionary.ts';
import { renderErrorCodes } from '../scripts/compiler/error-codes-doc.ts';
import { ERROR_CODES } from '../src/validate/error-codes.ts';
import { outputKinds } from '../scripts/compiler/outputs.ts';
import { buildInputs, keepBuild, keptBuild, type KeptBuild } from '../scripts/test-cache.ts';
import { distDir, rootDir } from './helpers.ts';

const listFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? listFiles(path) : [relative(distDir, path)];
  });

/**
 * What the build makes of the sources as they are now: kept under node_modules/.cache by the hash of
 * everything it reads (scripts/test-cache.ts), by `npm run build` or by an earlier run of this file.
 * A run builds again after any change to data/, schema/, src/, scripts/, package.json or the lock
 * file, and a fresh clone builds unless `npm run build` ran.
 */
const buildNow = async (): Promise<KeptBuild> => {
  const inputs = buildInputs(rootDir);
  const kept = keptBuild(rootDir, inputs);
  if (kept !== undefined) return kept;
  const { buildOutputs } = await import('../scripts/build.ts');
  const result = await buildOutputs();
  if (!result.ok) throw new Error('the build must succeed for these tests');
  keepBuild(rootDir, inputs, result);
  return result;
};

const result = await buildNow();

describe('dist/ is fresh (run `npm run build` when this fails)', () => {
  it('holds exactly the files the build makes', () => {
    expect(listFiles(distDir).sort()).toEqual([...result.files.keys()].sort());
  });

  it.each([...result.files.keys()])('%s is byte-for-byte what the build makes', (path) => {
    const content = result.files.get(path) ?? '';
    // Bytes, not text: the workbook and the database are binary files.
    expect(readFileSync(join(distDir, path)).equals(typeof content === 'string' ? Buffer.from(content, 'utf8') : content)).toBe(true);
  });

  // The files above were built by this run, by the test run that first saw these sources, or by the
  // last `npm run build`, compared byte for byte, binary files included. After a local build that
  // compares the build with itself: determinism is checked by `.ci/run`, which rebuilds and compares
  // with the committed dist/, and by `npm run test:stress`, which builds in a process of its own
  // (test/test-cache.test.ts).
  it('holds binary files, compared byte for byte above', () => {
    expect([...result.files].filter(([, content]) => typeof content !== 'string').map(([path]) => path)).toEqual(
      expect.arrayContaining(['xlsx/china-st-meetings.xlsx', 'sqlite/china-st-meetings.sqlite']),
    );
  });

  // The outputs catalogue, from which the README's files table, dist/README.md and the page's
  // downloads are made, names every file of dist/, and each of its kinds in dist/ has files.
  const pattern = (path: string) =>
    new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/gu, (character) => (character === '*' ? '\u0000' : `\\${character}`)).replace(/NAME|TABLE|\u0000/gu, '[^/]+')}${path.endsWith('/') ? '' : '$'}`, 'u');
  const distPatterns = outputKinds.flatMap((kind) => kind.paths.filter((path) => path.startsWith('dist/')).map((path) => ({ kind: kind.id, path, regex: pattern(path.slice('dist/'.length)) })));

  it.each([...result.files.keys()])('the outputs catalogue lists %s', (path) => {
    expect(distPatterns.some(({ regex }) => regex.test(path))).toBe(true);
  });

  it.each(distPatterns.map(({ kind, path, regex }) => [kind, path, regex] as const))('output kind %s: %s names files the build makes', (_kind, _path, regex) => {
    expect([...result.files.keys()].some((file) => regex.test(file))).toBe(true);
  });

  it("docs/validator.md's table of error codes is fresh, and lists every code", () => {
    const doc = readFileSync(join(rootDir, 'docs/validator.md'), 'utf8');
    const table = renderErrorCodes();
    expect(doc).toContain(table);
    for (const code of ERROR_CODES) expect(table).toContain(`\`${code}\``);
  });

  it("docs/data-dictionary.md's data dictionary is fresh", () => {
    const dictionary = readFileSync(join(rootDir, 'docs/data-dictionary.md'), 'utf8');
    const start = dictionary.indexOf(DICTIONARY_START);
    const end = dictionary.indexOf(DICTIONARY_END) + DICTIONARY_END.length;
    expect(start).toBeGreaterThan(-1);
    expect(dictionary.slice(start, end)).toBe(result.dictionary);
  });

  it.each(result.readme.map((part) => [part.start.replace(/ .*/su, ''), part] as const))("README.md's generated part %s is fresh", (_name, part) => {
    const readme = readFileSync(join(rootDir, 'README.md'), 'utf8');
    const start = readme.indexOf(part.start);
    const end = readme.indexOf(part.end) + part.end.length;
    expect(start).toBeGreaterThan(-1);
    expect(readme.slice(start, end)).toBe(part.content);
  });
});
