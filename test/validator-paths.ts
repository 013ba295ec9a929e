/** Where the tests' validator lies, put there by vitest.config.ts or `npm run build` (scripts/test-cache.ts). */
import { fileURLToPath } from 'node:url';
import { testValidatorDir } from '../scripts/test-cache.ts';

export const sourceValidatorDir = testValidatorDir(fileURLToPath(new URL('../', import.meta.url)));
export const sourceCli = `${sourceValidatorDir}cli.js`;
