/**
 * Fidelity, enforced by the build for every source document kept in the package (`path`): the
 * file is there and has its recorded SHA-256, and every quotation stands at exactly one place of
 * its source as whole words (quotations.ts): a meeting's in its own source (within the locator's
 * lines, when it gives lines), a person's or an organization's in one of the package's sources. A
 * misquote, or a quotation whose place is not clear, fails the build with the data file and the
 * JSON Pointer of the quotation, and nothing is written.
 *
 * Sources given only by `url` cannot be checked here; third parties' records are checked by the
 * validator, which has no source text.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../../schema/index.ts';
import type { BuildProblem, ValidDatasets } from './build-types.ts';
import type { JsonSchema } from './json-schema.ts';
import { dataFiles } from './load.ts';
import { printedWithinProblems } from './printed-within.ts';
import { placeQuotations, type KeptText, type Quotation } from './quotations.ts';

export { standsWhole } from './quotations.ts';

/** Line breaks and runs of white space folded to one space, as the quotations are stored. */
export const fold = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** Reads every source kept in the package that is text, checking its file and hash. */
export const readKeptTexts = (sources: readonly SourceDocument[], rootDir: string, problems: BuildProblem[] = []): KeptText[] => {
  const texts: KeptText[] = [];
  sources.forEach((source, index) => {
    if (source.path === undefined) return;
    const file = join(rootDir, source.path);
    if (!existsSync(file)) {
      problems.push({ file: dataFiles.sources, pointer: `/${index}/path`, message: `${source.path} does not exist: add the file or fix the path` });
      return;
    }
    const bytes = readFileSync(file);
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (source.sha256 === undefined) {
      problems.push({ file: dataFiles.sources, pointer: `/${index}`, message: `a source kept in the package needs its sha256, so that a changed file is noticed: add sha256: '${actual}'` });
    } else if (source.sha256 !== actual) {
      problems.push({
        file: dataFiles.sources,
        pointer: `/${index}/sha256`,
        message: `is ${source.sha256}, but ${source.path} hashes to ${actual}: the file changed, or the hash is wrong`,
      });
    }
    // Only a text can be searched for quotations (a PDF copy cannot, as such).
    if (source.mediaType.toLowerCase().startsWith('text/')) texts.push({ id: source.id, text: bytes.toString('utf8') });
  });
  return texts;
};

/** Every problem of fidelity in the datasets (as parsed, in the order of the data files). */
export const fidelityProblems = (datasets: ValidDatasets, recordJsonSchemas: ReadonlyMap<string, JsonSchema>, rootDir: string): BuildProblem[] => {
  const problems: BuildProblem[] = [];
  const texts = readKeptTexts(datasets.sources, rootDir, problems);
  for (const problem of [...placeQuotations(datasets, recordJsonSchemas, texts).problems, ...printedWithinProblems(datasets, recordJsonSchemas)]) {
    problems.push({ file: dataFiles[problem.dataset], pointer: `/${problem.index}${problem.pointer}`, message: problem.message });
  }
  return problems;
};

/** The quotations of valid datasets, placed (the build's outputs are made from these). */
export const placedQuotations = (datasets: ValidDatasets, recordJsonSchemas: ReadonlyMap<string, JsonSchema>, rootDir: string): Quotation[] => {
  const { quotations, problems } = placeQuotations(datasets, recordJsonSchemas, readKeptTexts(datasets.sources, rootDir));
  // validateDatasets has reported these already; reaching here with one is a bug of the build.
  if (problems.length > 0) throw new Error(`quotations could not be placed: ${problems.map((problem) => problem.message).join('; ')}`);
  return quotations;
};
