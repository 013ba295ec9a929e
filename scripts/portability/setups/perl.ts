/**
 * Perl's JSON::Validator (Debian libjson-validator-perl), optional: issue 20 welcomes it, does not
 * require it. Run by perl_check.pl in one process for every document; skipped where the module is
 * not installed (apt-get install libjson-validator-perl).
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CorpusDocument, SchemaName } from '../documents.ts';
import type { Outcome, SchemaSet, SetUpFamily } from '../setup.ts';

const CHECK = fileURLToPath(new URL('./perl_check.pl', import.meta.url));

const info = {
  id: 'perl-json-validator',
  validator: 'JSON::Validator (Perl, Debian libjson-validator-perl)',
  settings: '`JSON::Validator->new->schema($schema)`: the class its `$schema` picks',
  required: false,
};

interface PerlReply {
  readonly version: string;
  readonly class: string;
  readonly loadErrors: Partial<Record<SchemaName, string>>;
  readonly outcomes: Outcome[];
}

/**
 * JSON in ASCII: every other character as a `\\uXXXX` escape. Mojo::JSON refuses the noncharacters
 * U+FFFE and U+FFFF as UTF-8 (the schema files write them escaped for that reason; the documents
 * may hold them); escaped, the parsed values are the same.
 */
const asciiJson = (value: unknown) => JSON.stringify(value).replace(/[\u007f-\uffff]/gu, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);

const runCheck = (schemas: SchemaSet, documents: readonly CorpusDocument[]): Promise<PerlReply> =>
  new Promise((resolve, reject) => {
    const child = spawn('perl', [CHECK], { stdio: ['pipe', 'pipe', 'pipe'], timeout: 600_000 });
    const stdout: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status, signal) => {
      if (status !== 0) return reject(new Error(`perl perl_check.pl: ${signal ?? `exit ${String(status)}`}: ${stderr.trim().split('\n').at(-1) ?? ''}`));
      resolve(JSON.parse(Buffer.concat(stdout).toString('utf8')) as PerlReply);
    });
    // Perl stopping early (it reports why on close) must not end this process with EPIPE.
    child.stdin.on('error', () => undefined);
    // One line each: JSON.stringify escapes every line break inside strings.
    child.stdin.write(`${schemas.size}\n`);
    for (const [name, schema] of schemas) child.stdin.write(`${name}\t${asciiJson(schema)}\n`);
    for (const document of documents) child.stdin.write(`${asciiJson([document.schema, document.instance])}\n`);
    child.stdin.end();
  });

export const perlSetUps: SetUpFamily = {
  setUps: [info],
  run: async (schemas, documents) => {
    if (spawnSync('perl', ['-MJSON::Validator', '-e', '1'], { stdio: 'ignore' }).status !== 0) {
      return [{ info, status: 'skipped', reason: 'JSON::Validator is not installed (apt-get install libjson-validator-perl)' }];
    }
    const reply = await runCheck(schemas, documents);
    const settings = reply.class === '' ? info.settings : `${info.settings}: ${reply.class}`;
    return [{ info: { ...info, settings }, status: 'ran', version: reply.version, loadErrors: reply.loadErrors, outcomes: reply.outcomes }];
  },
};
