/**
 * The JSON Schema CLI of Sourcemeta (npm @sourcemeta/jsonschema, a C++ engine whose binaries come
 * inside the npm package): `jsonschema validate SCHEMA FILE.jsonl`, without and with
 * `--format-assertion`. One command per schema checks every document of that schema, one per
 * JSONL line (`--fast`: the verdict without the annotations). Each schema is first compiled
 * (`jsonschema compile`): a schema it cannot compile is a load error.
 *
 * Its JSON parser refuses a whole file that holds a lone surrogate, and a number it cannot hold
 * (1e21) ends the run, so such documents (and whatever a run left unreported) are each checked
 * again in a file of their own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasLoneSurrogate, rootDir, type SchemaName } from '../documents.ts';
import { npmVersion, type Outcome, type SetUpFamily, type SetUpInfo, type SetUpResult } from '../setup.ts';

const annotation = {
  id: 'sourcemeta',
  validator: '@sourcemeta/jsonschema (CLI)',
  settings: '`jsonschema validate --fast`: `format` an annotation (the default)',
  required: true,
};
const assertion = { id: 'sourcemeta-formats', validator: '@sourcemeta/jsonschema (CLI)', settings: '`jsonschema validate --fast --format-assertion`', required: true };

const CLI = join(rootDir, 'node_modules/@sourcemeta/jsonschema/npm/cli.js');

/** Runs the CLI; its status is 0 (all valid), 2 (some invalid), or another on an error it prints. */
const cli = (args: readonly string[]) => {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
};

/** The verdicts `--verbose` prints, `ok: FILE (entry #N)` or `fail: …`, by entry (from 1): in the order checked, which is not the input's. */
const verdicts = (output: string): Map<number, boolean> =>
  new Map([...output.matchAll(/^(ok|fail): .* \(entry #(\d+)\)$/gmu)].map((match) => [Number(match[2]), match[1] === 'ok']));

const lastWords = (run: { stdout: string; stderr: string }) =>
  `${run.stderr}\n${run.stdout}`
    .split('\n')
    .filter((text) => /^(unexpected )?error: /u.test(text))
    .map((text) => text.slice(0, 300))
    .at(-1) ?? `${run.stderr}${run.stdout}`.trim().split('\n')[0] ?? '';

export const sourcemetaSetUps: SetUpFamily = {
  setUps: [annotation, assertion],
  run: async (schemas, documents) => {
    if (!existsSync(CLI)) return [annotation, assertion].map((info) => ({ info, status: 'skipped', reason: '@sourcemeta/jsonschema is not installed (npm ci)' }));
    const version = npmVersion('@sourcemeta/jsonschema');
    const dir = mkdtempSync(join(tmpdir(), 'portability-sourcemeta-'));
    try {
      const runWith = (info: SetUpInfo, flags: readonly string[]): SetUpResult => {
        const loadErrors: Partial<Record<SchemaName, string>> = {};
        const outcomes: Outcome[] = documents.map(() => null);
        /**
         * Checks documents in one JSONL file; what a run leaves unreported (it broke off) is
         * checked again in halves, down to the one document that breaks it, an error.
         */
        const check = (schemaPath: string, indices: readonly number[]): void => {
          const file = join(dir, 'documents.jsonl');
          writeFileSync(file, indices.map((index) => `${JSON.stringify(documents[index]?.instance)}\n`).join(''));
          const run = cli(['validate', schemaPath, file, '--continue', '--fast', '--verbose', ...flags]);
          const said = verdicts(`${run.stderr}\n${run.stdout}`);
          indices.forEach((index, at) => {
            const valid = said.get(at + 1);
            if (valid !== undefined) outcomes[index] = valid ? 'valid' : 'invalid';
          });
          const left = indices.filter((index) => outcomes[index] === null);
          if (left.length === 0) return;
          if (indices.length === 1) {
            outcomes[indices[0] as number] = { error: lastWords(run) };
            return;
          }
          const half = Math.ceil(left.length / 2);
          check(schemaPath, left.slice(0, half));
          if (left.length > 1) check(schemaPath, left.slice(half));
        };
        for (const [name, schema] of schemas) {
          const schemaPath = join(dir, `${name}.schema.json`);
          writeFileSync(schemaPath, JSON.stringify(schema));
          const compiled = cli(['compile', schemaPath, '--fast', ...flags]);
          if (compiled.status !== 0) {
            loadErrors[name] = lastWords(compiled);
            continue;
          }
          const indices = documents.flatMap((document, index) => (document.schema === name ? [index] : []));
          check(
            schemaPath,
            indices.filter((index) => !hasLoneSurrogate(documents[index]?.instance)),
          );
          for (const index of indices.filter((candidate) => hasLoneSurrogate(documents[candidate]?.instance))) check(schemaPath, [index]);
        }
        return { info, status: 'ran', version, loadErrors, outcomes };
      };
      return [runWith(annotation, []), runWith(assertion, ['--format-assertion'])];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
