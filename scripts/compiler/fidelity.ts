/**
 * Fidelity, enforced by the build for every source document kept in the package (`path`):
 * the file is there and has its recorded SHA-256, and every quotation stands in its source as
 * whole words: a meeting's in its own source (within the locator's lines, when it gives lines),
 * a person's or an organization's in one of the package's sources. A misquote fails the build with
 * the data file and the JSON Pointer of the quotation, and nothing is written.
 *
 * Sources given only by `url` cannot be checked here; third parties' records are checked by the
 * validator, which has no source text.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetRegistry, type DatasetName } from '../../schema/index.ts';
import { forEachAt, type FieldPath } from '../../src/rules.ts';
import type { JsonSchema } from './json-schema.ts';
import { dataFiles } from './load.ts';
import { verbatimPaths } from './rule-sites.ts';
import type { BuildProblem, ValidDatasets } from './build-types.ts';

/** Line breaks and runs of white space folded to one space, as the quotations are stored. */
export const fold = (text: string) => text.replace(/\s+/gu, ' ').trim();

const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai, …): a quotation may begin
 * or end next to another character of them, so they never make a cut word.
 */
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
const joins = (a: string, b: string) => WORD_CHAR.test(a) && WORD_CHAR.test(b) && !NO_SPACES.test(a) && !NO_SPACES.test(b);

/**
 * True when `text` stands in `folded` as whole words: at some place where it occurs, no letter or
 * digit runs on at either end ("inister Wang" is not a quotation of "Minister Wang").
 */
export const standsWhole = (folded: string, text: string): boolean => {
  for (let at = folded.indexOf(text); at !== -1; at = folded.indexOf(text, at + 1)) {
    const before = folded[at - 1] ?? ' ';
    const after = folded[at + text.length] ?? ' ';
    const cutBefore = joins(before, text[0] ?? '');
    const cutAfter = joins(after, text.at(-1) ?? '');
    if (!cutBefore && !cutAfter) return true;
  }
  return false;
};

interface SourceText {
  readonly id: string;
  /** The whole text, folded. */
  readonly folded: string;
  /** The text's lines (1-based: `lines[0]` is line 1), unfolded. */
  readonly lines: readonly string[];
}

const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/** Reads every source kept in the package, checking its file and hash. */
const readSources = (datasets: ValidDatasets, rootDir: string, problems: BuildProblem[]): Map<string, SourceText> => {
  const texts = new Map<string, SourceText>();
  datasets.sources.forEach((source, index) => {
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
    if (!source.mediaType.toLowerCase().startsWith('text/')) return;
    const text = bytes.toString('utf8');
    texts.set(source.id, { id: source.id, folded: fold(text), lines: text.split(/\r\n|\n|\r/u) });
  });
  return texts;
};

/** The text a meeting's quotations must stand in: its source, cut to its lines when it gives them. */
const meetingScope = (meeting: ValidDatasets['meetings'][number], texts: ReadonlyMap<string, SourceText>): string | undefined => {
  const source = texts.get(meeting.source.sourceId);
  if (source === undefined) return undefined;
  const { locator } = meeting.source;
  return locator?.kind === 'lines' ? fold(source.lines.slice(locator.lineStart - 1, locator.lineEnd).join('\n')) : source.folded;
};

/** Every problem of fidelity in the datasets (as parsed, in the order of the data files). */
export const fidelityProblems = (
  datasets: ValidDatasets,
  recordJsonSchemas: ReadonlyMap<string, JsonSchema>,
  rootDir: string,
): BuildProblem[] => {
  const problems: BuildProblem[] = [];
  const texts = readSources(datasets, rootDir, problems);
  if (texts.size === 0) return problems;
  const everySource = [...texts.values()];
  for (const entry of datasetRegistry) {
    const schema = recordJsonSchemas.get(entry.recordKind);
    if (schema === undefined) throw new Error(`no JSON Schema for record kind ${entry.recordKind}`);
    const paths: readonly FieldPath[] = verbatimPaths(schema);
    const records = datasets[entry.dataset as DatasetName] as readonly unknown[];
    records.forEach((record, index) => {
      // A meeting quotes its own source; a source document its own text; anything else one of them.
      const scopes = scopesOf(entry.dataset, record, texts, everySource);
      if (scopes === undefined) return;
      for (const path of paths) {
        forEachAt(record, path, (value, pointer) => {
          if (typeof value !== 'string' || scopes.texts.some((text) => standsWhole(text, value))) return;
          problems.push({
            file: dataFiles[entry.dataset],
            pointer: `/${index}${pointer}`,
            message: `"${excerpt(value)}" is not in ${scopes.where} as whole words: copy the words exactly as printed (line breaks folded to single spaces)`,
          });
        });
      }
    });
  }
  return problems;
};

const scopesOf = (
  dataset: DatasetName,
  record: unknown,
  texts: ReadonlyMap<string, SourceText>,
  everySource: readonly SourceText[],
): { texts: string[]; where: string } | undefined => {
  if (dataset === 'meetings') {
    const meeting = record as ValidDatasets['meetings'][number];
    const scope = meetingScope(meeting, texts);
    if (scope === undefined) return undefined;
    const { locator } = meeting.source;
    const lines = locator?.kind === 'lines' ? ` lines ${locator.lineStart}–${locator.lineEnd}` : '';
    return { texts: [scope], where: `source ${meeting.source.sourceId}${lines}` };
  }
  if (dataset === 'sources') {
    const own = texts.get((record as { id: string }).id);
    return own === undefined ? undefined : { texts: [own.folded], where: `its own text` };
  }
  // An organization only the editors name (an editorial organizer) has no evidence: nothing to quote.
  if (dataset === 'organizations' && (record as { evidence?: string }).evidence === undefined) return undefined;
  return { texts: everySource.map((source) => source.folded), where: `any source document of the package (${everySource.map((source) => source.id).join(', ')})` };
};
