/**
 * A hash of everything the build reads: the records and source texts (data/), the schemas, the
 * code (src/, scripts/), the package's name and version, and the locked versions of the tools that
 * write the outputs (package-lock.json). What the tests make from these once (the validator built
 * from src/ in vitest.config.ts, the build in test/fresh.test.ts) is kept under node_modules/.cache
 * with this hash, and made again when it changes.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

const DIRS = ['data', 'schema', 'scripts', 'src'];
const FILES = ['package.json', 'package-lock.json'];

/** The hex SHA-256 of every file of the build's inputs under `rootDir` (ending in /), and of `more` files. */
export const buildInputsHash = (rootDir: string, more: readonly string[] = []): string => {
  const hash = createHash('sha256');
  const add = (path: string) => hash.update(`${path}\0`).update(readFileSync(`${rootDir}${path}`)).update('\0');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(`${rootDir}${dir}`, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) add(path);
    }
  };
  DIRS.forEach(walk);
  [...FILES, ...more].forEach(add);
  return hash.digest('hex');
};
