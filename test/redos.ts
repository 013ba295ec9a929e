/**
 * recheck's verdict on a regular expression, the same on every run and machine: its fuzzer draws
 * its strings at random and stops on time limits, so the seed is fixed and the limits are in steps
 * (with neither, it called the language-tag pattern polynomial on a busy machine and safe on a
 * quiet one; V8 and Python match that string in linear time). `g` and `y` change no match.
 *
 * Being deterministic, each verdict is kept under node_modules/.cache/ by recheck's version, the
 * options below, the flags and the source: a run checks only the expressions it has not seen
 * (recheck takes seconds over the schemas' patterns and the code's regexes).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { checkSync as CheckSync } from 'recheck';
import { rootDir } from './helpers.ts';

const OPTIONS = { randomSeed: 42, attackTimeout: null, incubationTimeout: null, seedingTimeout: null, timeout: null } as const;
const require = createRequire(import.meta.url);
const recheckVersion = (require('recheck/package.json') as { version: string }).version;
const cacheDir = `${rootDir}node_modules/.cache/china-st-meetings-test/`;
const cacheFile = `${cacheDir}recheck-${createHash('sha256').update(`${recheckVersion}\u0000${JSON.stringify(OPTIONS)}`).digest('hex').slice(0, 16)}.json`;

const readCache = (): Record<string, string> => {
  try {
    return JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
};

/** The verdicts known when this module loaded: read once, not for every expression. */
const known = readCache();

export const redosVerdict = (source: string, flags = 'u'): string => {
  const checked = flags.replace(/[gy]/gu, '');
  const key = `${checked}/${source}`;
  const cached = known[key];
  if (cached !== undefined) return cached;
  // Loaded only when needed: recheck is a large module.
  const { checkSync } = require('recheck') as { checkSync: typeof CheckSync };
  const status = checkSync(source, checked, OPTIONS).status;
  mkdirSync(cacheDir, { recursive: true });
  // Written whole under another name, then renamed: a file read by a test beside it is never half-written.
  const temporary = `${cacheFile}.${process.pid}`;
  // Read again to write: another test file may have added verdicts since.
  writeFileSync(temporary, JSON.stringify({ ...readCache(), [key]: status }));
  renameSync(temporary, cacheFile);
  known[key] = status;
  return status;
};
