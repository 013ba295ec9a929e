/**
 * The validator stays in proportion to the data it serves: everything published under
 * dist/validate/ (the library, its generated validators, the command and the declarations) fits in
 * 900 KB. A schema change that makes ajv generate much more code shows here first.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from './helpers.ts';

const MAX_VALIDATOR_BYTES = 900_000;

const bytesUnder = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    return sum + (entry.isDirectory() ? bytesUnder(path) : statSync(path).size);
  }, 0);

describe('the published validator', () => {
  it(`fits in ${MAX_VALIDATOR_BYTES.toLocaleString('en')} bytes, its declarations included`, () => {
    expect(bytesUnder(join(distDir, 'validate'))).toBeLessThanOrEqual(MAX_VALIDATOR_BYTES);
  });

  it('would notice a validator over the budget (the measure counts nested files)', () => {
    expect(bytesUnder(join(distDir, 'validate'))).toBeGreaterThan(bytesUnder(join(distDir, 'validate', 'types')));
  });
});
