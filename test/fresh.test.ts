/** dist/, the data dictionary (docs/data-dictionary.md) and the README's generated parts are what the build makes of the current sources. */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARY_END, DICTIONARY_START } from '../scripts/compiler/dictionary.ts';
import { renderErrorCodes } from '../scripts/compiler/error-codes-doc.ts';
import type { GeneratedPart } from '../scripts/compiler/readme-files.ts';
import { ERROR_CODES } from '../src/validate/error-codes.ts';
import { outputKinds } from '../scripts/compiler/outputs.ts';
import { BUILD_DIRS, inputsHash } from './build-inputs.ts';
import { distDir, rootDir } from './helpers.ts';

const listFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? listFiles(path) : [relative(distDir, path)];
  });

interface Built {
  readonly files: Map<string, string | Uint8Array>;
  readonly dictionary: string;
  readonly readme: readonly GeneratedPart[];
}

/**
 * What the build makes of the sources as they are now. The build takes seconds, so its outputs are
 * kept under node_modules/.cache by the hash of everything it reads (test/build-inputs.ts): a run
 * builds again after any change to data/, schema/, src/, scripts/, package.json or the lock file,
 * and a fresh clone builds.
 */
const buildNow = async (): Promise<Built> => {
  const cacheDir = `${rootDir}node_modules/.cache/china-st-meetings-test/build/`;
  const name = `${inputsHash(rootDir, BUILD_DIRS)}.json`;
  type Saved = { files: [string, { text: string } | { base64: string }][]; dictionary: string; readme: GeneratedPart[] };
  let saved: Saved | undefined;
  try {
    saved = JSON.parse(readFileSync(`${cacheDir}${name}`, 'utf8')) as Saved;
  } catch {
    saved = undefined;
  }
  if (saved !== undefined) {
    const files = new Map(saved.files.map(([path, content]) => [path, 'text' in content ? content.text : new Uint8Array(Buffer.from(content.base64, 'base64'))]));
    return { files, dictionary: saved.dictionary, readme: saved.readme };
  }
  const { buildOutputs } = await import('../scripts/build.ts');
  const result = await buildOutputs();
  if (!result.ok) throw new Error('the build must succeed for these tests');
  const files = [...result.files].map(([path, content]) => [path, typeof content === 'string' ? { text: content } : { base64: Buffer.from(content).toString('base64') }]);
  // Written whole, then renamed, so that no run reads half of it; the three newest builds are kept
  // (test:second-source builds a copy with more data, whose node_modules is this one).
  mkdirSync(cacheDir, { recursive: true });
  const temporary = `${cacheDir}${name}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ files, dictionary: result.dictionary, readme: result.readme }));
  renameSync(temporary, `${cacheDir}${name}`);
  const byAge = readdirSync(cacheDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ file, time: statSync(`${cacheDir}${file}`).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { file } of byAge.slice(3)) rmSync(`${cacheDir}${file}`, { force: true });
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

  // Determinism: the files above were built by this run or by the test run that first saw these
  // sources, dist/ by `npm run build` (another day, process and time zone); byte-for-byte equality
  // of the two is the check, binary files included.
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
