/**
 * What the tests keep under node_modules/.cache (scripts/test-cache.ts): the hashes that key it
 * cover what it is made from (every module of the repository that the validator's build or the
 * build imports lies in the folders hashed for it), and what `npm run build` leaves there is what
 * the tests would make.
 */
import { build } from 'esbuild';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_DIRS, keepTestValidator, keptVirtualModules, testValidatorDir, VALIDATOR_DIRS } from '../scripts/test-cache.ts';
import { distDir, rootDir, stress } from './helpers.ts';

/** The repository's files that these entries import, directly or not (packages aside), by path from the root. */
const importedFiles = async (entries: readonly string[]): Promise<string[]> => {
  const result = await build({
    entryPoints: entries.map((entry) => `${rootDir}${entry}`),
    absWorkingDir: rootDir,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    outdir: 'out',
    packages: 'external',
    logLevel: 'silent',
    // The generated validators (virtual: modules) are made from the schemas; esbuild's filters are Go regular expressions, without flags.
    plugins: [{ name: 'virtual', setup: (builder) => builder.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path, external: true })) }],
  });
  return Object.keys(result.metafile.inputs);
};
const outside = (files: readonly string[], dirs: readonly string[]) => files.filter((file) => !dirs.some((dir) => file.startsWith(`${dir}/`)));

const VALIDATOR_ENTRIES = ['scripts/compiler/validator-bundle.ts', 'src/validate/index.ts', 'src/validate/cli.ts'];

describe('what the tests keep, keyed by a hash of its inputs', () => {
  it('the validator built for the tests imports only modules of the folders its hash covers', async () => {
    const files = await importedFiles(VALIDATOR_ENTRIES);
    expect(files.length).toBeGreaterThan(20);
    expect(outside(files, VALIDATOR_DIRS)).toEqual([]);
  });

  it('the build imports only modules of the folders its hash covers', async () => {
    const files = await importedFiles(['scripts/build.ts']);
    expect(files.some((file) => file.startsWith('data/'))).toBe(true);
    expect(outside(files, BUILD_DIRS)).toEqual([]);
  });

  it('would notice a module outside them: the build reads data/, which the validator does not', async () => {
    expect(outside(await importedFiles(['scripts/build.ts']), VALIDATOR_DIRS).filter((file) => file.startsWith('data/')).length).toBeGreaterThan(0);
  });
});

describe('the validator kept for the tests', () => {
  it('holds no path of the root it was built in: a copy that shares node_modules, or a moved clone, serves its own', () => {
    const work = mkdtempSync(join(tmpdir(), 'test-cache-'));
    try {
      const [copy, moved] = [`${work}/copy/`, `${work}/moved/`];
      const modules = new Map([['virtual:validators', `import * as rules from ${JSON.stringify(`${copy}src/rules.ts`)};\nexport const x = require('ajv');\n`]]);
      keepTestValidator(copy, 'key', { scripts: new Map([['index.js', '']]), virtualModules: modules });
      expect(readFileSync(`${testValidatorDir(copy)}virtual-modules.json`, 'utf8')).not.toContain(copy);
      cpSync(`${work}/copy`, `${work}/moved`, { recursive: true });
      rmSync(`${work}/copy`, { recursive: true });
      const served = keptVirtualModules(moved, 'key')?.get('virtual:validators') ?? '';
      expect(served).toContain(`from ${JSON.stringify(`${moved}src/rules.ts`)}`);
      expect(served).toContain(`__createRequire(${JSON.stringify(`${moved}package.json`)})`);
      expect(served).not.toContain(copy);
      expect(keptVirtualModules(moved, 'another key')).toBeUndefined();
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('a build in a process of its own', () => {
  // A whole build and the validator built from source take seconds: run by `npm run test:stress`.
  it.runIf(stress)('makes dist/ byte for byte, and keeps for the tests the validator the tests build from source', async () => {
    const { buildOutputs } = await import('../scripts/build.ts');
    const { testValidatorFromBuild, testValidatorFromSource } = await import('../scripts/compiler/validator-bundle.ts');
    const result = await buildOutputs();
    if (!result.ok) throw new Error('the build must succeed for this test');
    const differing = [...result.files].filter(([path, content]) => !readFileSync(`${distDir}${path}`).equals(typeof content === 'string' ? Buffer.from(content, 'utf8') : content));
    expect(differing.map(([path]) => path)).toEqual([]);
    const fromBuild = testValidatorFromBuild(result.files, result.compiledValidators);
    const fromSource = await testValidatorFromSource();
    expect([...fromBuild.scripts.keys()].sort()).toEqual(['cli.js', 'index.js', 'validators.js']);
    expect(fromBuild.scripts).toEqual(fromSource.scripts);
    expect(fromBuild.virtualModules).toEqual(fromSource.virtualModules);
  });
});
