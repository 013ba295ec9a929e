import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { keepTestValidator, keptVirtualModules, testValidatorDir, validatorInputs } from './scripts/test-cache.ts';

const rootDir = fileURLToPath(new URL('./', import.meta.url));

/** Serves the `virtual:` modules of the compiled validators to tests that import src/validate/ modules directly. */
const compiledValidators = (modules: ReadonlyMap<string, string>): Plugin => {
  const prefix = '\0compiled:';
  return {
    name: 'compiled-validators',
    resolveId: (id) => (id.startsWith('virtual:') ? prefix + id : undefined),
    load: (id) => (id.startsWith(prefix) ? modules.get(id.slice(prefix.length)) : undefined),
  };
};

export default defineConfig(async () => {
  // The validator built from src/validate/ and the schemas as they are now (scripts/test-cache.ts):
  // tests that use `china-st-meetings/validate` (or its CLI, or its worker threads, which need real
  // files) run the current source, not the committed dist/. Kept by `npm run build` or an earlier
  // run for the same sources; built here, before any test, when none is.
  const inputs = validatorInputs(rootDir);
  if (keptVirtualModules(rootDir, inputs) === undefined) {
    keepTestValidator(rootDir, inputs, await (await import('./scripts/compiler/validator-bundle.ts')).testValidatorFromSource());
  }
  const modules = keptVirtualModules(rootDir, inputs);
  if (modules === undefined) throw new Error(`the tests' validator could not be kept in ${testValidatorDir(rootDir)}`);
  return {
    plugins: [compiledValidators(modules)],
    resolve: {
      alias: [{ find: /^china-st-meetings\/validate$/u, replacement: `${testValidatorDir(rootDir)}index.js` }],
    },
    test: {
      include: ['test/**/*.test.ts'],
      // The test files share their workers' module cache: each compiler module, exceljs, sql.js and
      // zod is loaded once per worker instead of once per file (no test changes module state).
      isolate: false,
      // One worker a core: the processes the tests start (the CLI, LibreOffice, Chromium, Python)
      // keep the cores busy while a worker waits on them; a third worker loads and transforms every
      // module once more, for no gain in time on two cores.
      maxWorkers: 2,
      // The type tests (test/*.test-d.ts) are checked by tsc in `npm test`, once.
      testTimeout: 120_000,
      hookTimeout: 180_000,
      experimental: {
        // Vitest keeps each module as transformed, keyed by a hash of its text and of this config,
        // so that a run transforms only the files that changed (a `virtual:` module's key is its
        // text, and the whole record is dropped when the lock file changes).
        fsModuleCache: true,
        fsModuleCachePath: `${rootDir}node_modules/.cache/china-st-meetings-test/vitest-modules`,
      },
    },
  };
});
