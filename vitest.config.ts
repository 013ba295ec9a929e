import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { buildInputsHash } from './test/build-inputs.ts';

const rootDir = fileURLToPath(new URL('./', import.meta.url));
/** The validator as built from src/validate/ and the schemas for this test run (see test/validator-paths.ts). */
const validatorDir = `${rootDir}node_modules/.cache/china-st-meetings-test/validate/`;
/** The hash of what the validator was built from, written once the build is complete. */
const stampPath = `${validatorDir}inputs.sha256`;

/** The validator bundle's module (esbuild, ajv, the schemas), loaded only when a run needs it. */
const validatorBundle = () => import('./scripts/compiler/validator-bundle.ts');

/**
 * The `virtual:` modules of the validator compiled from the schemas as they are now
 * (compiledValidatorsPlugin), for tests that import src/validate/ modules directly; the compiler is
 * loaded by the first such import.
 */
const compiledValidators = (): Plugin => {
  let plugin: ReturnType<Awaited<ReturnType<typeof validatorBundle>>['compiledValidatorsPlugin']> | undefined;
  return {
    name: 'compiled-validators',
    resolveId: async (id) => {
      if (!id.startsWith('virtual:')) return undefined;
      plugin ??= (await validatorBundle()).compiledValidatorsPlugin();
      return plugin.resolveId(id);
    },
    load: (id) => plugin?.load(id),
  };
};

export default defineConfig(async () => {
  // Built before any test, and again only when one of its inputs (test/build-inputs.ts) or this
  // file changed: tests that use `china-st-meetings/validate` (or its CLI, or its worker threads,
  // which need real files) run the current source, not the committed dist/.
  const inputs = buildInputsHash(rootDir, ['vitest.config.ts']);
  if (!existsSync(stampPath) || readFileSync(stampPath, 'utf8') !== inputs) {
    rmSync(stampPath, { force: true });
    await (await validatorBundle()).writeValidatorFromSource(validatorDir);
    writeFileSync(stampPath, inputs);
  }
  return {
    plugins: [compiledValidators()],
    resolve: {
      alias: [{ find: /^china-st-meetings\/validate$/u, replacement: `${validatorDir}index.js` }],
    },
    test: {
      include: ['test/**/*.test.ts'],
      // The test files share their workers' module cache: each compiler module, exceljs, sql.js and
      // zod is loaded once per worker instead of once per file (no test changes module state).
      isolate: false,
      // Many tests wait on other processes (the CLI, LibreOffice, Chromium, Python): more workers than
      // cores keep the cores busy.
      maxWorkers: 4,
      // The type tests (test/*.test-d.ts) are checked by tsc in `npm test`, once.
      testTimeout: 120_000,
      hookTimeout: 180_000,
    },
  };
});
