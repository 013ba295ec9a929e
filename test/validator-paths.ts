/** Where vitest.config.ts puts the validator built from src/validate/ for the tests (scripts/test-cache.ts). */
import { fileURLToPath } from 'node:url';
import { testValidatorDir } from '../scripts/test-cache.ts';

export const sourceValidatorDir = testValidatorDir(fileURLToPath(new URL('../', import.meta.url)));
export const sourceCli = `${sourceValidatorDir}cli.js`;
