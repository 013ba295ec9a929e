/**
 * The JSON Schema CLI of Sourcemeta (npm @sourcemeta/jsonschema, a C++ engine whose binaries come
 * inside the npm package), run through the package's own `spawn`: `jsonschema validate SCHEMA
 * FILE.jsonl`, without and with `--format-assertion` (`--fast`: the verdict without annotations).
 * Each schema is first compiled (`jsonschema compile`): one it cannot compile is a load error.
 *
 * How the documents are given, for speed and because of what it does with some of them:
 * - the small documents of a schema in one JSONL file, read back from `--verbose` lines
 *   (`ok: FILE (entry #N)`, in the order the entries were checked, which is not the file's);
 * - a large document (its text prints in full when it fails, which takes seconds) alone, with
 *   `--json` (`{ "valid": … }`);
 * - a document holding a lone surrogate alone too: the parser refuses the whole file;
 * - what a batch left unreported (a number it cannot hold, 1e21, ends the run) checked again in
 *   halves, down to the document that ends it, an error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isLarge } from '../corpus.ts';
import { hasLoneSurrogate, type CorpusDocument, type SchemaName } from '../documents.ts';
import { npmVersion, type Outcome, type SetUpFamily, type SetUpInfo, type SetUpResult } from '../setup.ts';

const annotation = {
  id: 'sourcemeta',
  validator: '@sourcemeta/jsonschema (CLI)',
  settings: '`jsonschema validate --fast`: `format` an annotation (the default)',
  required: true,
};
const assertion = { id: 'sourcemeta-formats', validator: '@sourcemeta/jsonschema (CLI)', settings: '`jsonschema validate --fast --format-assertion`', required: true };

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

type Spawn = (args: readonly string[]) => Promise<Run>;

const require = createRequire(import.meta.url);

/** The package's `spawn`, or why it cannot be had. */
const loadSpawn = (): Spawn | string => {
  try {
    const { spawn } = require('@sourcemeta/jsonschema') as { spawn: (args: string[], options?: object) => Promise<Run> };
    return (args) => spawn([...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    return `@sourcemeta/jsonschema is not installed (npm ci): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  }
};

/** The verdicts `--verbose` prints, by entry (from 1). */
const verboseVerdicts = (output: string): Map<number, boolean> =>
  new Map([...output.matchAll(/^(ok|fail): .* \(entry #(\d+)\)$/gmu)].map((match) => [Number(match[2]), match[1] === 'ok']));

/** The verdict `--json` prints for a file of one document. */
const jsonVerdict = (stdout: string): boolean | undefined => {
  const found = [...stdout.matchAll(/^ {2}"valid": (true|false)$/gmu)];
  return found.length === 1 ? found[0]?.[1] === 'true' : undefined;
};

const lastWords = (run: Run) =>
  `${run.stderr}\n${run.stdout}`
    .split('\n')
    .filter((text) => /^(unexpected )?error: /u.test(text))
    .map((text) => text.slice(0, 300))
    .at(-1) ?? (`${run.stderr}${run.stdout}`.trim().split('\n')[0] ?? `exit ${String(run.code)}`);

export const sourcemetaSetUps: SetUpFamily = {
  setUps: [annotation, assertion],
  run: async (schemas, documents) => {
    const spawn = loadSpawn();
    if (typeof spawn === 'string') return [annotation, assertion].map((info) => ({ info, status: 'skipped', reason: spawn }));
    const version = npmVersion('@sourcemeta/jsonschema');
    const dir = mkdtempSync(join(tmpdir(), 'portability-sourcemeta-'));
    const texts = documents.map((document) => JSON.stringify(document.instance));
    try {
      const runWith = async (info: SetUpInfo, flags: readonly string[]): Promise<SetUpResult> => {
        const loadErrors: Partial<Record<SchemaName, string>> = {};
        const outcomes: Outcome[] = documents.map(() => null);
        const file = join(dir, `${info.id}.jsonl`);
        const alone = async (schemaPath: string, index: number) => {
          writeFileSync(file, `${texts[index] ?? ''}\n`);
          const run = await spawn(['validate', schemaPath, file, '--continue', '--fast', '--json', ...flags]);
          const valid = run.code === 0 || run.code === 2 ? jsonVerdict(run.stdout) : undefined;
          outcomes[index] = valid === undefined ? { error: lastWords(run) } : valid ? 'valid' : 'invalid';
        };
        const together = async (schemaPath: string, indices: readonly number[]): Promise<void> => {
          if (indices.length === 1) return alone(schemaPath, indices[0] as number);
          writeFileSync(file, indices.map((index) => `${texts[index] ?? ''}\n`).join(''));
          const run = await spawn(['validate', schemaPath, file, '--continue', '--fast', '--verbose', ...flags]);
          const said = verboseVerdicts(`${run.stderr}\n${run.stdout}`);
          indices.forEach((index, at) => {
            const valid = said.get(at + 1);
            if (valid !== undefined) outcomes[index] = valid ? 'valid' : 'invalid';
          });
          const left = indices.filter((index) => outcomes[index] === null);
          if (left.length === 0) return;
          const half = Math.ceil(left.length / 2);
          await together(schemaPath, left.slice(0, half));
          if (left.length > half) await together(schemaPath, left.slice(half));
        };
        for (const [name, schema] of schemas) {
          const schemaPath = join(dir, `${name}.schema.json`);
          writeFileSync(schemaPath, JSON.stringify(schema));
          const compiled = await spawn(['compile', schemaPath, '--fast', ...flags]);
          if (compiled.code !== 0) {
            loadErrors[name] = lastWords(compiled);
            continue;
          }
          const indices = documents.flatMap((document, index) => (document.schema === name ? [index] : []));
          const single = (index: number) => isLarge(documents[index] as CorpusDocument) || hasLoneSurrogate(documents[index]?.instance);
          const batch = indices.filter((index) => !single(index));
          if (batch.length > 0) await together(schemaPath, batch);
          for (const index of indices.filter(single)) await alone(schemaPath, index);
        }
        return { info, status: 'ran', version, loadErrors, outcomes };
      };
      return [await runWith(annotation, []), await runWith(assertion, ['--format-assertion'])];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
