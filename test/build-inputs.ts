/**
 * A hash of what the tests make something from once, to keep it under node_modules/.cache and make
 * it again when that changes: the validator built from src/ (vitest.config.ts: the code, the
 * schemas and the compiler) and the build (test/fresh.test.ts: the same and data/). The package's
 * name and version, and the locked versions of the tools that write the outputs (package-lock.json),
 * count for both.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

/** What the validator is built from (test/build-inputs.test.ts: the modules it imports are there). */
export const VALIDATOR_DIRS = ['schema', 'scripts', 'src'] as const;
/** What the build reads (the same test: the modules it imports are there). */
export const BUILD_DIRS = ['data', ...VALIDATOR_DIRS] as const;

/** The hex SHA-256 of every file under these folders of `rootDir` (ending in /), of package.json and the lock file, and of `more` files. */
export const inputsHash = (rootDir: string, dirs: readonly string[], more: readonly string[] = []): string => {
  const hash = createHash('sha256');
  const add = (path: string) => hash.update(`${path}\0`).update(readFileSync(`${rootDir}${path}`)).update('\0');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(`${rootDir}${dir}`, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) add(path);
    }
  };
  dirs.forEach(walk);
  ['package.json', 'package-lock.json', ...more].forEach(add);
  return hash.digest('hex');
};
