/** Shared by the tests: the repository's paths, the source text, and sample records for the validator's tests. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const rootDir = fileURLToPath(new URL('..', import.meta.url));
export const distDir = `${rootDir}dist/`;
export const sourcePath = `${rootDir}data/source/most-newsletter-2020-01.txt`;

export { fold } from '../scripts/compiler/fidelity.ts';

export const readSource = () => readFileSync(sourcePath, 'utf8');

/** The code files under a folder of the repository (its path from the root), declarations aside. */
export const codeFiles = (dir: string): string[] =>
  readdirSync(`${rootDir}${dir}`, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return codeFiles(path);
    return /\.(?:ts|mts|mjs|cjs|js)$/u.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
export const readDist = (path: string) => readFileSync(`${distDir}${path}`, 'utf8');
export const readDistJson = (path: string): unknown => JSON.parse(readDist(path));

/** A source document the package keeps a copy of: its id, the copy's path from the package root, and its SHA-256. */
export interface KeptSource {
  readonly id: string;
  readonly path: string;
  readonly sha256?: string;
}

/** The source documents whose text the package keeps (those of dist/json/sources.json with a `path`), in order: at least one. */
export const keptSources = (): [KeptSource, ...KeptSource[]] => {
  const [first, ...rest] = (readDistJson('json/sources.json') as { id: string; path?: string; sha256?: string }[]).flatMap(({ id, path, sha256 }) =>
    path === undefined ? [] : [{ id, path, ...(sha256 === undefined ? {} : { sha256 }) }],
  );
  if (first === undefined) throw new Error('no source document is kept in the package: dist/json/sources.json has none with a path');
  return [first, ...rest];
};

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

/** True in `npm run test:portability`, which runs the other validators over the whole corpus. */
export const portability = process.env['CHINA_ST_PORTABILITY'] === '1';

/** Runs of a property test: `full` under test:stress, a tenth of it (at least 25, or all when fewer) in `npm test`. */
export const runs = (full: number): number => (stress ? full : Math.max(Math.min(full, 25), Math.ceil(full / 10)));

// ---- Sample records for the validator's tests (issue 21: the published data is pinned in the fidelity tests only).

type SampleRecord = Record<string, any>;
const conformanceDir = `${rootDir}test/fixtures/conformance/`;
/** The conformance fixtures small enough to copy many times (real-scale holds one meeting of 0.5 MB). */
const sampleFixtures = readdirSync(conformanceDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'real-scale' && existsSync(`${conformanceDir}${entry.name}/meetings.json`))
  .map((entry) => entry.name)
  .sort();
const fixtureRecords = (dataset: string): SampleRecord[] =>
  sampleFixtures.flatMap((name) => {
    const path = `${conformanceDir}${name}/${dataset}.json`;
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SampleRecord[]) : [];
  });

/** The fields of a meeting that refer to another meeting: those its JSON Schema types as a MeetingId, its own id aside. */
const meetingReferenceFields = (() => {
  const fields = new Set<string>();
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const { properties } = node as { properties?: Record<string, { $ref?: string; items?: { $ref?: string } }> };
    for (const [key, field] of Object.entries(properties ?? {})) if (key !== 'id' && (field.$ref ?? field.items?.$ref) === '#/$defs/MeetingId') fields.add(key);
    Object.values(node).forEach(walk);
  };
  walk(readDistJson('schema/meeting.schema.json'));
  return fields;
})();
const refersToAMeeting = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && Object.entries(value).some(([key, inner]) => meetingReferenceFields.has(key) || refersToAMeeting(inner));

/**
 * Full, valid, fictional meetings (those of the conformance fixtures) that refer to no other
 * meeting, so that each is valid alone in a file: their references to people, organizations,
 * sources, documents and series are only noted as unchecked unless those files are given too
 * (`sampleRecords`). The largest first, so that the first holds most of the schema. Fresh copies.
 */
export const sampleMeetings = (): SampleRecord[] =>
  fixtureRecords('meetings')
    .filter((meeting) => !refersToAMeeting(meeting))
    .sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length);

/** The first sample meeting that has every one of these fields. */
export const sampleMeeting = (...fields: string[]): SampleRecord => {
  const found = sampleMeetings().find((meeting) => fields.every((field) => meeting[field] !== undefined));
  if (found === undefined) throw new Error(`no sample meeting has ${fields.join(', ')}`);
  return found;
};

/** Every record of a dataset in the conformance fixtures that sampleMeetings come from (their ids are unique across them). */
export const sampleRecords = (dataset: string): SampleRecord[] => fixtureRecords(dataset);
