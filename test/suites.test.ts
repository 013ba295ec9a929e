/**
 * The named suites run what they claim: every test file whose sizes follow `stress` or `runs()`
 * (test/helpers.ts), or whose cases follow CHINA_ST_VERDICT_RUNS, is among the files
 * `npm run test:stress` gives vitest (else its full-size runs would run nowhere), and `.ci/run` runs
 * the named suites.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rootDir } from './helpers.ts';

const scripts = (JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
/** The test files, this one aside (it names what it looks for). */
const testFiles = readdirSync(join(rootDir, 'test')).filter((name) => name.endsWith('.test.ts') && name !== 'suites.test.ts');

/** The test files whose sizes follow the stress switch. */
const sizedByStress = testFiles.filter((name) => {
  const text = readFileSync(join(rootDir, 'test', name), 'utf8');
  return /import \{[^}]*\b(?:stress|runs)\b[^}]*\} from '\.\/helpers\.ts'/u.test(text) || text.includes("process.env['CHINA_ST_VERDICT_RUNS']");
});

/** The file filters a `vitest run` command line gives (vitest runs the files whose path contains one). */
const filtersOf = (command: string): string[] => (command.split('vitest run')[1] ?? '').split(/\s+/u).filter((word) => word !== '' && !word.startsWith('-'));

describe('the named suites', () => {
  it('test:stress runs every test file whose sizes follow the stress switch', () => {
    const filters = filtersOf(scripts['test:stress'] ?? '');
    expect(sizedByStress.length).toBeGreaterThan(5);
    expect(sizedByStress.filter((name) => !filters.some((filter) => `test/${name}`.includes(filter)))).toEqual([]);
  });

  it('are run by .ci/run', () => {
    const ci = readFileSync(join(rootDir, '.ci/run'), 'utf8');
    for (const suite of ['test:stress', 'test:portability', 'test:second-source']) expect(ci).toMatch(new RegExp(`npm run (?:--if-present )?${suite}\\b`, 'u'));
  });
});
