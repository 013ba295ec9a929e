/** Shared by the tests: the repository's paths and the source text. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const rootDir = fileURLToPath(new URL('..', import.meta.url));
export const distDir = `${rootDir}dist/`;
export const sourcePath = `${rootDir}data/source/most-newsletter-2020-01.txt`;

export { fold } from '../scripts/compiler/fidelity.ts';

export const readSource = () => readFileSync(sourcePath, 'utf8');
export const readDist = (path: string) => readFileSync(`${distDir}${path}`, 'utf8');
export const readDistJson = (path: string): unknown => JSON.parse(readDist(path));

/** A deep copy that a test may break without touching the shared record. */
export const clone = <T>(value: T): T => structuredClone(value);

/** The bytes cut at the given offsets (sorted, deduplicated), as chunks arrive from a stream. */
export async function* cutAt(bytes: Uint8Array, cuts: readonly number[]) {
  let start = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= start || cut >= bytes.length) continue;
    yield bytes.slice(start, cut);
    start = cut;
  }
  yield bytes.slice(start);
}

/** True in `npm run test:stress`, which runs the full-size cases and the long property runs. */
export const stress = process.env['CHINA_ST_STRESS'] === '1';

/** Runs of a property test: `full` under test:stress, a tenth of it (at least 25, or all when fewer) in `npm test`. */
export const runs = (full: number): number => (stress ? full : Math.max(Math.min(full, 25), Math.ceil(full / 10)));
