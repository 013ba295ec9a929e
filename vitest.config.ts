import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import { inputsHash, VALIDATOR_DIRS } from './test/build-inputs.ts';

const rootDir = fileURLToPath(new URL('./', import.meta.url));
/** The validator as built from src/validate/ and the schemas for this test run (see test/validator-paths.ts). */
const validatorDir = `${rootDir}node_modules/.cache/china-st-meetings-test/validate/`;
/** The hash of what the validator was built from, written once the build is complete. */
const stampPath = `${validatorDir}inputs.sha256`;

/** The validator bundle's module (esbuild, ajv, the schemas), loaded only when a run needs it. */
const validatorBundle = () => import('./scripts/compiler/validator-bundle.ts');

/** The `virtual:` modules served below, as compiledValidatorsPlugin gave them, with the hash of their inputs. */
const virtualModulesPath = `${validatorDir}virtual-modules.json`;

/**
 * The `virtual:` modules of the validator compiled from the schemas as they are now, for tests that
 * import src/validate/ modules directly: those compiledValidatorsPlugin (validator-bundle.ts) gives,
 * kept in virtual-modules.json beside the validator for the same inputs, so that a run whose inputs
 * did not change neither loads the compiler nor compiles.
 */
const compiledValidators = (inputs: string): Plugin => {
  const prefix = '\0cached-compiled:';
  const saved = (() => {
    try {
      const file = JSON.parse(readFileSync(virtualModulesPath, 'utf8')) as { inputs: string; modules: Record<string, string> };
      return new Map(file.inputs === inputs ? Object.entries(file.modules) : []);
    } catch {
      return new Map<string, string>();
    }
  })();
  return {
    name: 'compiled-validators',
    resolveId: (id) => (id.startsWith('virtual:') ? prefix + id : undefined),
    load: async (id) => {
      if (!id.startsWith(prefix)) return undefined;
      const name = id.slice(prefix.length);
      if (!saved.has(name)) {
        const plugin = (await validatorBundle()).compiledValidatorsPlugin();
        const text = await plugin.load(plugin.resolveId(name) ?? name);
        if (typeof text !== 'string') return undefined;
        saved.set(name, text);
        writeFileSync(virtualModulesPath, JSON.stringify({ inputs, modules: Object.fromEntries(saved) }));
      }
      return saved.get(name);
    },
  };
};

export default defineConfig(async () => {
  // Built before any test, and again only when one of its inputs (test/build-inputs.ts) or this
  // file changed: tests that use `china-st-meetings/validate` (or its CLI, or its worker threads,
  // which need real files) run the current source, not the committed dist/.
  const inputs = inputsHash(rootDir, VALIDATOR_DIRS, ['vitest.config.ts']);
  if (!existsSync(stampPath) || readFileSync(stampPath, 'utf8') !== inputs) {
    rmSync(stampPath, { force: true });
    await (await validatorBundle()).writeValidatorFromSource(validatorDir);
    writeFileSync(stampPath, inputs);
  }
  return {
    plugins: [compiledValidators(inputs)],
    resolve: {
      alias: [{ find: /^china-st-meetings\/validate$/u, replacement: `${validatorDir}index.js` }],
    },
    test: {
      include: ['test/**/*.test.ts'],
      // The test files share their workers' module cache: each compiler module, exceljs, sql.js and
      // zod is loaded once per worker instead of once per file (no test changes module state).
      isolate: false,
      // One worker a core: the processes the tests start (the CLI, LibreOffice, Chromium, Python)
      // keep the cores busy while a worker waits on them, and each worker more loads the modules
      // again, for no gain in time on two cores.
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
