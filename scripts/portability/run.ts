/**
 * `npm run test:portability`: every validator set-up of the matrix over the whole corpus, each
 * compared with our verdict. Writes docs/dev/portability.json and the matrix in docs/validator.md,
 * and the corpus with our verdicts to node_modules/.cache/china-st-meetings-portability/corpus.jsonl.
 * Exits 1 when a required set-up that ran failed to load a schema or disagreed on a document; a
 * set-up that cannot be installed here is skipped with the reason, which is not a failure, and an
 * optional one (Perl's) only reports.
 *
 * It checks what is published: dist/schema/ against dist/validate/ (run `npm run build` first).
 *
 *   npx tsx scripts/portability/run.ts [--only ID,ID] [--no-write]
 *
 * `--only` runs the families holding those set-ups and writes nothing.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fullAgreement, summarize, type SetUpSummary } from './compare.ts';
import { buildCorpus, corpusDigest } from './corpus.ts';
import { publishedSchemaTexts, rootDir, schemasDigest, type DocumentGroup, type JsonObject, type SchemaName } from './documents.ts';
import { FAMILIES, RUN_ORDER } from './families.ts';
import { writeReport, type PortabilityReport } from './matrix.ts';
import type { SetUpFamily } from './setup.ts';
import { EXCLUDED_CODES, ourVerdict, oursDigest, type ValidateRecord } from './verdict.ts';

const CACHE = join(rootDir, 'node_modules/.cache/china-st-meetings-portability');

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : (process.argv[at + 1] ?? '');
};

const line = (summary: SetUpSummary, seconds: number) => {
  if (summary.status === 'skipped') return `SKIPPED  ${summary.id}: ${summary.reason ?? ''}`;
  const failedLoads = Object.keys(summary.loadErrors);
  const verdict = fullAgreement(summary) ? 'AGREES  ' : summary.required ? 'DIFFERS ' : 'differs (optional)';
  const parts = [`${summary.agreements}/${summary.documents} agree`];
  if (summary.disagreements.length > 0) parts.push(`${summary.disagreements.length} disagree (first: ${summary.disagreements[0]?.document ?? ''})`);
  if (failedLoads.length > 0) parts.push(`${summary.notLoaded} unchecked: ${failedLoads.join(', ')} did not load`);
  return `${verdict} ${summary.id} ${summary.version ?? ''} (${seconds.toFixed(1)} s): ${parts.join('; ')}`;
};

export const main = async (): Promise<number> => {
  const only = option('--only')?.split(',');
  const write = only === undefined && !process.argv.includes('--no-write');
  const texts = publishedSchemaTexts();
  const schemas = new Map<SchemaName, JsonObject>([...texts].map(([name, text]) => [name, JSON.parse(text) as JsonObject]));
  const documents = buildCorpus();
  const { validateRecord } = (await import(pathToFileURL(join(rootDir, 'dist/validate/index.js')).href)) as { validateRecord: ValidateRecord };
  const ours = documents.map((document) => ourVerdict(validateRecord, document));

  mkdirSync(CACHE, { recursive: true });
  // The corpus as run, for reading a disagreement's document whole.
  writeFileSync(join(CACHE, 'corpus.jsonl'), documents.map((document, index) => `${JSON.stringify({ id: document.id, schema: document.schema, ours: ours[index], instance: document.instance })}\n`).join(''));

  const families = only === undefined ? RUN_ORDER : RUN_ORDER.filter((family) => family.setUps.some((info) => only.includes(info.id)));
  // Two families at a time: most run in processes of their own (Python, the Sourcemeta CLI), so
  // one of them works on the second core while another runs here. The record keeps FAMILIES' order.
  const byFamily = new Map<SetUpFamily, SetUpSummary[]>(families.map((family) => [family, []]));
  let next = 0;
  const worker = async () => {
    while (next < families.length) {
      const index = next++;
      const family = families[index] as (typeof families)[number];
      const started = performance.now();
      const results = await family.run(schemas, documents);
      const seconds = (performance.now() - started) / 1000;
      for (const result of results) {
        const summary = summarize(result, documents, ours);
        byFamily.get(family)?.push(summary);
        console.log(line(summary, seconds));
      }
    }
  };
  await Promise.all([worker(), worker()]);
  const summaries = FAMILIES.flatMap((family) => byFamily.get(family) ?? []);

  const groups: Partial<Record<DocumentGroup, number>> = {};
  for (const document of documents) groups[document.group] = (groups[document.group] ?? 0) + 1;
  const report: PortabilityReport = {
    generatedBy: 'npm run test:portability (scripts/portability/run.ts); do not edit',
    inputs: { schemas: schemasDigest(texts), corpus: corpusDigest(documents), ours: oursDigest(documents, ours), documents: documents.length, groups },
    excludedCodes: EXCLUDED_CODES,
    setUps: summaries,
  };
  if (write) {
    writeReport(report);
    console.log('Wrote docs/dev/portability.json and the matrix in docs/validator.md.');
  }
  const ran = summaries.filter((summary) => summary.status === 'ran' && summary.required);
  const failed = ran.filter((summary) => !fullAgreement(summary));
  const skipped = summaries.filter((summary) => summary.status === 'skipped' && summary.required).length;
  console.log(`portability: ${ran.length - failed.length} passed, ${failed.length} failed, ${skipped} skipped (required set-ups over ${documents.length} documents)`);
  return failed.length === 0 ? 0 : 1;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main();
