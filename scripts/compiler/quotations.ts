/**
 * Every quotation of the records placed at its one span of its kept source: start and end in
 * Unicode code points of the file as published (W3C TextPositionSelector), the exact text as it
 * stands there (line breaks included), up to 32 code points before and after it (TextQuoteSelector),
 * and its first and last line.
 *
 * A quotation is looked for as whole words, its spaces matching any run of white space (the records
 * fold the source's line breaks), within its record's scope: a meeting's own source, cut to the
 * lines of its locator; a source document's own text; for anyone else, every kept source. Where
 * its words stand more than once there, a `quotationLocators` entry of the record says which lines
 * hold it; a quotation with no span, or with several, is a problem naming the record and pointer.
 */
import { datasetRegistry, type DatasetName } from '../../schema/index.ts';
import { forEachAt, type FieldPath } from '../../src/rules.ts';
import type { ValidDatasets } from './build-types.ts';
import type { JsonSchema } from './json-schema.ts';
import { verbatimPaths } from './rules-model.ts';

/** A kept source text, as published. */
export interface KeptText {
  readonly id: string;
  readonly text: string;
}

export interface Quotation {
  readonly dataset: DatasetName;
  readonly recordId: string;
  /** JSON Pointer of the value within its record (`/workReport/priorities/8/text`). */
  readonly pointer: string;
  readonly sourceId: string;
  /** Offsets in code points of the source text: `start` inclusive, `end` exclusive. */
  readonly start: number;
  readonly end: number;
  /** 1-based lines of the first and the last character. */
  readonly lineStart: number;
  readonly lineEnd: number;
  /** The span as it stands in the source, line breaks included. */
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/** A problem with a record's quotation: the record's index in its dataset and a pointer within it. */
export interface QuotationProblem {
  readonly dataset: DatasetName;
  readonly index: number;
  readonly pointer: string;
  readonly message: string;
}

/** At most this many code points of context on each side (the TextQuoteSelector's prefix and suffix). */
export const CONTEXT_CODE_POINTS = 32;

const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai, …): a quotation may begin
 * or end next to another character of them, so they never make a cut word.
 */
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;
/** True when two characters side by side would be one word ("inister Wang" cut from "Minister"). */
export const joins = (a: string, b: string) => WORD_CHAR.test(a) && WORD_CHAR.test(b) && !NO_SPACES.test(a) && !NO_SPACES.test(b);

/**
 * True when `text` stands in `folded` as whole words: at some place where it occurs, no letter or
 * digit runs on at either end ("inister Wang" is not a quotation of "Minister Wang").
 */
export const standsWhole = (folded: string, text: string): boolean => {
  for (let at = folded.indexOf(text); at !== -1; at = folded.indexOf(text, at + 1)) {
    const before = folded[at - 1] ?? ' ';
    const after = folded[at + text.length] ?? ' ';
    if (!joins(before, text[0] ?? '') && !joins(after, text.at(-1) ?? '')) return true;
  }
  return false;
};

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** A source text indexed for placing: its lines and code point offsets. */
class IndexedText {
  /** UTF-16 index where each line begins (line n at `lineStarts[n - 1]`). */
  readonly lineStarts: number[] = [0];
  /** Code points before each UTF-16 index. */
  readonly codePointsBefore: Int32Array;

  constructor(readonly id: string, readonly text: string) {
    for (const match of text.matchAll(/\r\n|\n|\r/gu)) this.lineStarts.push(match.index + match[0].length);
    this.codePointsBefore = new Int32Array(text.length + 1);
    let count = 0;
    for (let index = 0; index < text.length; index += 1) {
      this.codePointsBefore[index] = count;
      // The low half of a surrogate pair adds no code point (no span starts or ends inside a pair).
      if (!(isLowSurrogate(text.charCodeAt(index)) && index > 0 && isHighSurrogate(text.charCodeAt(index - 1)))) count += 1;
    }
    this.codePointsBefore[text.length] = count;
  }

  /** The 1-based line holding the UTF-16 index. */
  lineOf(index: number): number {
    let [low, high] = [0, this.lineStarts.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= index) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}

/** A part of a source a quotation may stand in. */
interface Scope {
  readonly text: IndexedText;
  readonly lineStart: number;
  readonly lineEnd: number;
}

const isWhole = (scope: Scope) => scope.lineStart === 1 && scope.lineEnd >= scope.text.lineCount;

/** `source X lines 1–74`, `its own text`, `any source document of the package (X, Y)`. */
const describeScope = (scopes: readonly Scope[], dataset?: DatasetName) => {
  if (dataset === 'sources') return 'its own text';
  if (dataset !== 'meetings' && scopes.every(isWhole)) {
    return `any source document of the package (${scopes.map((scope) => scope.text.id).join(', ')})`;
  }
  return scopes.map((scope) => (isWhole(scope) ? `source ${scope.text.id}` : `source ${scope.text.id} lines ${scope.lineStart}–${scope.lineEnd}`)).join(' or ');
};

/** `line 3, line 8`, with the source's id when they are in several. */
const describeSpans = (found: readonly { scope: Scope; from: number }[]) => {
  const oneSource = new Set(found.map(({ scope }) => scope.text.id)).size === 1;
  return found.map(({ scope, from }) => `${oneSource ? '' : `${scope.text.id} `}line ${scope.text.lineOf(from)}`).join(', ');
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Every span of `scope` where `value` stands as whole words (UTF-16 indexes). */
const spansIn = (value: string, scope: Scope): { from: number; to: number }[] => {
  const { text } = scope.text;
  const pattern = new RegExp(value.split(' ').map(escapeRegExp).join('\\s+'), 'gu');
  const spans: { from: number; to: number }[] = [];
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const [from, to] = [match.index, match.index + match[0].length];
    // Overlapping places count too ("a a" in "a a a"): go on from the next character.
    pattern.lastIndex = from + 1;
    const line = scope.text.lineOf(from);
    if (line < scope.lineStart || scope.text.lineOf(to - 1) > scope.lineEnd) continue;
    if (joins(text[from - 1] ?? ' ', text[from] ?? '') || joins(text[to - 1] ?? '', text[to] ?? ' ')) continue;
    spans.push({ from, to });
  }
  return spans;
};

const lastCodePoints = (text: string, count: number) => Array.from(text).slice(-count).join('');
const firstCodePoints = (text: string, count: number) => Array.from(text.slice(0, count * 2)).slice(0, count).join('');

/** Is `pointer` the locator's pointer or under it (token by token)? */
const covers = (locatorPointer: string | undefined, pointer: string) =>
  locatorPointer === undefined || pointer === locatorPointer || pointer.startsWith(`${locatorPointer}/`);

interface Locator {
  readonly pointer?: string;
  readonly lineStart: number;
  readonly lineEnd: number;
}

interface RecordInput {
  readonly dataset: DatasetName;
  readonly index: number;
  readonly record: Record<string, unknown>;
  readonly paths: readonly FieldPath[];
}

/** Where a record's quotations may stand, before its locators narrow it; undefined when no kept text holds them. */
const recordScopes = (input: RecordInput, texts: ReadonlyMap<string, IndexedText>): Scope[] | undefined => {
  const whole = (text: IndexedText): Scope => ({ text, lineStart: 1, lineEnd: text.lineCount });
  if (input.dataset === 'meetings') {
    const { source } = input.record as unknown as ValidDatasets['meetings'][number];
    const text = texts.get(source.sourceId);
    if (text === undefined) return undefined;
    const locator = source.locator;
    return [locator?.kind === 'lines' ? { text, lineStart: locator.lineStart, lineEnd: locator.lineEnd } : whole(text)];
  }
  if (input.dataset === 'sources') {
    const text = texts.get(String(input.record['id']));
    return text === undefined ? undefined : [whole(text)];
  }
  return texts.size === 0 ? undefined : [...texts.values()].map(whole);
};

/** Places one record's quotations, or says why it cannot. */
const placeRecord = (input: RecordInput, texts: ReadonlyMap<string, IndexedText>): { quotations: Quotation[]; problems: QuotationProblem[] } => {
  const quotations: Quotation[] = [];
  const problems: QuotationProblem[] = [];
  const problem = (pointer: string, message: string) => problems.push({ dataset: input.dataset, index: input.index, pointer, message });
  const scopes = recordScopes(input, texts);
  if (scopes === undefined) return { quotations, problems };
  const locators = (input.record['quotationLocators'] ?? []) as readonly Locator[];
  const used = new Set<number>();
  // Locators first: each must lie within the record's scope.
  const locatorScopes = locators.map((locator, position): Scope[] => {
    const at = `/quotationLocators/${position}`;
    const inside = scopes.filter((scope) => locator.lineStart >= scope.lineStart && locator.lineEnd <= scope.lineEnd && locator.lineStart <= locator.lineEnd);
    if (inside.length === 0) problem(at, `lines ${locator.lineStart}–${locator.lineEnd} are not within ${describeScope(scopes, input.dataset)}: give lines inside it, the first not after the last`);
    return inside.map((scope) => ({ text: scope.text, lineStart: locator.lineStart, lineEnd: locator.lineEnd }));
  });
  for (const path of input.paths) {
    forEachAt(input.record, path, (value, pointer) => {
      if (typeof value !== 'string') return;
      // The most specific locator that covers the value, if any.
      let chosen = -1;
      locators.forEach((locator, position) => {
        if (covers(locator.pointer, pointer) && (chosen === -1 || (locator.pointer ?? '').length > (locators[chosen]?.pointer ?? '').length)) chosen = position;
      });
      if (chosen !== -1) used.add(chosen);
      const where = chosen === -1 ? scopes : (locatorScopes[chosen] ?? []);
      if (where.length === 0) return;
      const spansOf = (scopes: readonly Scope[]) => scopes.flatMap((scope) => spansIn(value, scope).map((span) => ({ scope, ...span })));
      const found = spansOf(where);
      const excerpt = value.length > 80 ? `${value.slice(0, 77)}…` : value;
      if (found.length === 0) {
        // Not in the locator's lines: say where the words are, if they are in the record's scope at all.
        const elsewhere = chosen === -1 ? [] : spansOf(scopes);
        problem(
          pointer,
          elsewhere.length === 0
            ? `"${excerpt}" is not in ${describeScope(scopes, input.dataset)} as whole words: copy the words exactly as printed (line breaks folded to single spaces)`
            : `"${excerpt}" stands at ${describeSpans(elsewhere)}, not within lines ${where[0]?.lineStart}–${where[0]?.lineEnd} that /quotationLocators/${chosen} gives: fix the locator`,
        );
        return;
      }
      if (found.length > 1) {
        problem(
          pointer,
          `"${excerpt}" stands ${found.length} times in ${describeScope(where, input.dataset)} (at ${describeSpans(found)}): say which with quotationLocators: [{ pointer: '${pointer}', lineStart: …, lineEnd: … }] in the record, lines that hold only one of them`,
        );
        return;
      }
      const [{ scope, from, to }] = found as [(typeof found)[number]];
      const { text, codePointsBefore } = scope.text;
      quotations.push({
        dataset: input.dataset,
        recordId: String(input.record['id']),
        pointer,
        sourceId: scope.text.id,
        start: codePointsBefore[from] ?? 0,
        end: codePointsBefore[to] ?? 0,
        lineStart: scope.text.lineOf(from),
        lineEnd: scope.text.lineOf(to - 1),
        exact: text.slice(from, to),
        prefix: lastCodePoints(text.slice(Math.max(0, from - CONTEXT_CODE_POINTS * 2), from), CONTEXT_CODE_POINTS),
        suffix: firstCodePoints(text.slice(to), CONTEXT_CODE_POINTS),
      });
    });
  }
  // In reading order: by place in the source, then by pointer.
  quotations.sort((a, b) => a.start - b.start || a.end - b.end || (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
  locators.forEach((locator, position) => {
    if (!used.has(position)) problem(`/quotationLocators/${position}`, `${locator.pointer ?? '(the whole record)'} holds no quotation of the record: point at a quoted field, or remove the locator`);
  });
  return { quotations, problems };
};

/**
 * Places every quotation of the datasets (records in the order given) in the kept texts. The
 * quotations come in the registry's order of datasets, then records, then fields as the schema
 * orders them.
 */
export const placeQuotations = (
  datasets: ValidDatasets,
  recordJsonSchemas: ReadonlyMap<string, JsonSchema>,
  keptTexts: readonly KeptText[],
): { quotations: Quotation[]; problems: QuotationProblem[] } => {
  const texts = new Map(keptTexts.map((kept) => [kept.id, new IndexedText(kept.id, kept.text)]));
  const quotations: Quotation[] = [];
  const problems: QuotationProblem[] = [];
  for (const entry of datasetRegistry) {
    const schema = recordJsonSchemas.get(entry.recordKind);
    if (schema === undefined) throw new Error(`no JSON Schema for record kind ${entry.recordKind}`);
    const paths = verbatimPaths(schema);
    (datasets[entry.dataset] as readonly unknown[]).forEach((record, index) => {
      const placed = placeRecord({ dataset: entry.dataset, index, record: record as Record<string, unknown>, paths }, texts);
      quotations.push(...placed.quotations);
      problems.push(...placed.problems);
    });
  }
  return { quotations, problems };
};

/** The quotations of one record, by its dataset and id (for the typed lookup and the page). */
export const quotationsOf = (quotations: readonly Quotation[], dataset: DatasetName, recordId: string) =>
  quotations.filter((quotation) => quotation.dataset === dataset && quotation.recordId === recordId);

/** A stable name for a quotation: its dataset, record id and pointer (`meetings/ID/summary/0`). */
export const quotationKey = (quotation: Pick<Quotation, 'dataset' | 'recordId' | 'pointer'>) =>
  `${quotation.dataset}/${quotation.recordId}${quotation.pointer}`;
