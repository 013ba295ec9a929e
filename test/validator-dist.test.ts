/**
 * The other validator tests run the validator built from src/validate/ for the test run. This one
 * checks that the committed dist/validate/ (what npm ships) works and agrees with it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateFile as validateFileFromSource } from 'china-st-meetings/validate';
import { distDir } from './helpers.ts';

describe('the committed dist/validate', () => {
  it('validates the package’s own data, from the library and the command, as the source build does', async () => {
    const dist = (await import(join(distDir, 'validate/index.js'))) as typeof import('china-st-meetings/validate');
    const people = join(distDir, 'json/organizations.json');
    const fromDist = await dist.validateFile(people);
    expect(fromDist.valid).toBe(true);
    expect(fromDist.records).toBeGreaterThan(0);
    expect(fromDist).toEqual(await validateFileFromSource(people));
    const result = spawnSync(process.execPath, [join(distDir, 'validate/cli.js'), 'validate', people], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^valid: 1 file, \d+ records, no errors\n$/u);
    expect(result.status).toBe(0);
  });

  it('refuses a broken record, so the check above can fail', async () => {
    const dist = (await import(join(distDir, 'validate/index.js'))) as typeof import('china-st-meetings/validate');
    expect(dist.validateRecord({ id: 'x' }, { schema: 'person' }).valid).toBe(false);
  });
});
