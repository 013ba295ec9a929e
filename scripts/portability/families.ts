/** Every validator set-up of the matrix, in its order: issue 20's required ones, then Perl's (welcome, not required). */
import type { SetUpFamily } from './setup.ts';
import { ajvSetUps } from './setups/ajv.ts';
import { cfworkerSetUps } from './setups/cfworker.ts';
import { hyperjumpSetUps } from './setups/hyperjump.ts';
import { perlSetUps } from './setups/perl.ts';
import { debianPythonQuick, debianPythonSetUps, jsonschemaRsSetUps, pipPythonSetUps } from './setups/python.ts';
import { schemasafeSetUps } from './setups/schemasafe.ts';
import { sourcemetaSetUps } from './setups/sourcemeta.ts';

export const FAMILIES: readonly SetUpFamily[] = [
  ajvSetUps,
  hyperjumpSetUps,
  cfworkerSetUps,
  schemasafeSetUps,
  sourcemetaSetUps,
  debianPythonSetUps,
  pipPythonSetUps,
  jsonschemaRsSetUps,
  perlSetUps,
];

/**
 * The order `npm run test:portability` starts them in, two at a time: pip's Python first (the
 * longest, in processes of its own), while the others run beside it.
 */
export const RUN_ORDER: readonly SetUpFamily[] = [pipPythonSetUps, ...FAMILIES.filter((family) => family !== pipPythonSetUps)];

/**
 * What `npm test` runs (test/portability.test.ts), in a few seconds: the JavaScript validators in
 * its own process, and Debian's python-jsonschema (plain and with rfc3987) in one Python process.
 */
export const QUICK_FAMILIES: readonly SetUpFamily[] = [debianPythonQuick, ajvSetUps, hyperjumpSetUps, cfworkerSetUps, schemasafeSetUps];
