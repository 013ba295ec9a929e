/** Where vitest.config.ts puts the validator built from src/validate/ for the tests. */
import { fileURLToPath } from 'node:url';

export const sourceValidatorDir = fileURLToPath(new URL('../node_modules/.cache/china-st-meetings-test/validate/', import.meta.url));
export const sourceCli = `${sourceValidatorDir}cli.js`;
