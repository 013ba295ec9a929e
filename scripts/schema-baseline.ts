/**
 * The schema's compatibility baseline: the conformance fixtures of the version that made the
 * schemas a contract (and of every major version since) are kept valid until the next major
 * version (the next minor while the version is 0.x), as semantic versioning of a schema asks.
 * `test/schema-compatibility.test.ts` holds the schemas to it.
 *
 *   npm run schema-baseline     records the fixtures' SHA-256 with the package version, in
 *                               test/fixtures/schema-baseline.json; run it only with a major bump
 *
 * The fixtures themselves stay where they are (test/fixtures/conformance/): the baseline pins their
 * bytes, so that one cannot be edited to fit a schema that no longer takes it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageVersion } from './compiler/package-info.ts';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
export const CONFORMANCE_DIR = join(rootDir, 'test/fixtures/conformance');
export const BASELINE_FILE = join(rootDir, 'test/fixtures/schema-baseline.json');

export interface Baseline {
  readonly version: string;
  /** Path under test/fixtures/conformance/ → SHA-256 of the file. */
  readonly files: Readonly<Record<string, string>>;
}

/** Every JSON file of the conformance fixtures, with its SHA-256, in a stable order. */
export const fixtureHashes = (): Record<string, string> => {
  const files: Record<string, string> = {};
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.json')) files[relative(CONFORMANCE_DIR, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  visit(CONFORMANCE_DIR);
  return files;
};

/** The line of versions a baseline holds for: `1` for 1.x.y, `0.3` for 0.3.y. */
export const compatibilityLine = (version: string): string => {
  const [major, minor] = version.split('.');
  return major === '0' ? `0.${minor ?? ''}` : (major ?? '');
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const baseline: Baseline = { version: packageVersion, files: fixtureHashes() };
  writeFileSync(BASELINE_FILE, `${JSON.stringify(baseline, null, 2)}\n`);
  console.log(`Recorded ${Object.keys(baseline.files).length} fixture files as the baseline of ${packageVersion} in ${relative(rootDir, BASELINE_FILE)}.`);
}
