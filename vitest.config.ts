import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { compiledValidatorsPlugin, writeValidatorFromSource } from './scripts/compiler/validator-bundle.ts';

/** The validator as built from src/validate/ and the schemas for this test run (see test/validator-paths.ts). */
const validatorDir = fileURLToPath(new URL('./node_modules/.cache/china-st-meetings-test/validate/', import.meta.url));

export default defineConfig(async () => {
  // Built once per run, before any test: tests that use `china-st-meetings/validate` (or its CLI,
  // or its worker threads, which need real files) run the current source, not the committed dist/.
  await writeValidatorFromSource(validatorDir);
  return {
    plugins: [compiledValidatorsPlugin()],
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
