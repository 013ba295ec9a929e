/**
 * The validation run: checks records one at a time against the build-time compiled validators
 * and the rules JSON Schema cannot express, collects issues up to a cap, and counts everything.
 * Platform-neutral: it reads chunks of bytes, so Node (files, standard input) and browsers
 * (File streams) share it.
 */
import { DEFAULT_MAX_RECORD_BYTES, type InputProblem, type Utf8Decoder } from './bytes.ts';
import type { CompiledModule, DatasetKey, RecordKind, SchemaInfo } from './compiled.ts';
import { readCsv, type CsvInputStage, type CsvParserFactory } from './csv.ts';
import { IdIndex, type IdIndexSnapshot } from './id-index.ts';
import { issuesFromAjv } from './issues.ts';
import { JsonDocumentScanner } from './json-array.ts';
import { lineAndColumn, parseRecordText } from './json-text.ts';
import { NdjsonSplitter } from './ndjson.ts';
import { createRules, duplicateMessage, unresolvedMessage, type Rules } from '../rules.ts';
import type { ErrorCode, FileSummary, InputFormat, SchemaName, ValidationIssue, ValidationReport } from './types.ts';
import { InputError } from './types.ts';

export interface EngineDeps {
  readonly compiled: CompiledModule;
  readonly decode: Utf8Decoder;
  readonly csvParser: CsvParserFactory;
  readonly csvInput: () => CsvInputStage;
}

/** Where a record is: for issues. */
export interface RecordPlace {
  readonly file?: string;
  readonly line?: number;
  readonly record?: number;
  /** Prefix for pointers into the record (the element's index in a JSON array document). */
  readonly pointerPrefix?: string;
}

export interface ChunkInput {
  readonly file: string;
  readonly format: InputFormat;
  readonly schema: SchemaName;
  readonly table?: string;
  readonly chunks: AsyncIterable<Uint8Array>;
  readonly totalBytes?: number;
  readonly onProgress?: (bytesRead: number, totalBytes: number | undefined) => void;
  /** For CSV: a parser other than the platform's (one that parses in a worker thread). */
  readonly csvParser?: CsvParserFactory;
}

export const DEFAULT_MAX_ERRORS = 100;
const PROGRESS_EVERY = 16 * 1024 * 1024;

export const schemaInfo = (compiled: CompiledModule, name: string): SchemaInfo => {
  const info = compiled.schemas.find((schema) => schema.name === name);
  if (info === undefined) {
    throw new InputError(`unknown schema "${name}"; use one of: ${compiled.schemas.map((schema) => schema.name).join(', ')}`);
  }
  return info;
};

/** The rules of each compiled module, bound once to its model. */
const rulesCache = new WeakMap<CompiledModule, Rules>();
export const rulesOf = (compiled: CompiledModule): Rules => {
  let rules = rulesCache.get(compiled);
  if (rules === undefined) {
    rules = createRules(compiled.rules);
    rulesCache.set(compiled, rules);
  }
  return rules;
};

/** A reference into the record's own dataset, with the issue to report if it does not resolve. */
export interface SelfReference {
  readonly id: string;
  readonly issue: ValidationIssue;
}

/**
 * What a worker thread found in a part of an NDJSON file, compact to post: per record (in order)
 * its id (ids joined by line ends; an empty one when the schema rejected the record or it could
 * not be read), its line, and its own problems (-1 for a rejected record); the issues (at most
 * maxErrors; `dropped` when there were more). Lines and records count from the part's start.
 */
export interface PartOutcome {
  readonly records: number;
  readonly ids: string;
  readonly lines: Int32Array<ArrayBuffer>;
  readonly problems: Int32Array<ArrayBuffer>;
  readonly selfReferences: [number, SelfReference[]][];
  readonly issues: ValidationIssue[];
  readonly dropped: boolean;
  /** Line ends in the part: the next part starts this many lines further. */
  readonly lineEnds: number;
}

interface PendingRecord {
  readonly dataset: DatasetKey;
  readonly problems: number;
  readonly references: readonly SelfReference[];
}

/** Counts of one file, filled while it is read. */
interface FileCounts {
  records: number;
  validRecords: number;
  invalidRecords: number;
  inputErrors: number;
  bytes: number;
}

export class ValidationRun {
  private readonly issues: ValidationIssue[] = [];
  private errorsCapped = false;
  private readonly files: FileSummary[] = [];
  private readonly notes = new Set<string>();
  private readonly noted = new Set<string>();
  /** referencesCheckable's answers; forgotten whenever another dataset is complete. */
  private readonly checkable = new Map<DatasetKey, boolean>();
  /** Ids of each dataset seen in this run, with the line (or record number) of their first use. */
  private readonly ids = new Map<DatasetKey, IdIndex>();
  /** Datasets whose files were read completely: references into them can be checked. */
  private readonly complete = new Set<DatasetKey>();
  /** CSV keys seen per table, for duplicate keys and rows whose parent is missing. */
  readonly tableKeys = new Map<string, IdIndex>();
  /** Records with references into their own dataset, resolved when the input ends. */
  private pending: PendingRecord[] = [];
  private counts: FileCounts = { records: 0, validRecords: 0, invalidRecords: 0, inputErrors: 0, bytes: 0 };

  constructor(
    readonly deps: EngineDeps,
    readonly maxErrors = DEFAULT_MAX_ERRORS,
  ) {
    if (!Number.isInteger(maxErrors) || maxErrors < 1) throw new InputError('maxErrors must be a whole number of at least 1');
  }

  /** False in a run whose issues would all be dropped anyway (see threads.ts). */
  protected collecting = true;

  /** True once the issue list is full: from then on only the fast validators run. */
  get full(): boolean {
    return !this.collecting || this.issues.length >= this.maxErrors;
  }

  addIssue(issue: ValidationIssue): void {
    if (this.full) this.errorsCapped = true;
    else this.issues.push(issue);
  }

  /** An input problem that is not one record's: counted apart. */
  inputIssue(file: string, line: number | undefined, problem: InputProblem, column?: number): void {
    this.counts.inputErrors += 1;
    this.addIssue({ file, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }), pointer: '', ...problem });
  }

  /** A record that could not be parsed or read: counted as an invalid record. */
  recordProblem(place: RecordPlace, code: ErrorCode, message: string, column?: number): void {
    this.addIssue({ ...placeFields(place), ...(column === undefined ? {} : { column }), pointer: place.pointerPrefix ?? '', code, message });
    this.settleInvalid(place);
  }

  /** Checks one parsed record; returns whether it is valid. */
  checkRecord(value: unknown, kind: RecordKind, dataset: DatasetKey, place: RecordPlace): boolean {
    const selfReferences: SelfReference[] = [];
    const problems = this.checkOwnProblems(value, kind, dataset, place, selfReferences);
    if (problems < 0) {
      this.settleInvalid(place);
      return false;
    }
    return this.settle(dataset, (value as { id: string }).id, place, problems, selfReferences);
  }

  /**
   * What a record shows on its own: the schema, its own rules, and references into datasets read
   * before. Returns the number of problems, or -1 when the schema rejects it. References into its
   * own dataset are handed back in `selfReferences`: they can only be resolved when the input ends.
   * (Worker threads run this part; `settle` needs the whole input so far and runs in order.)
   */
  checkOwnProblems(value: unknown, kind: RecordKind, dataset: DatasetKey, place: RecordPlace, selfReferences: SelfReference[]): number {
    const { compiled } = this.deps;
    if (!compiled.fast[kind](value)) {
      if (this.full) {
        this.errorsCapped = true;
      } else {
        const validate = compiled.full[kind];
        validate(value);
        for (const issue of issuesFromAjv(validate.errors)) this.addIssue(issueAt(place, issue.pointer, issue.code, issue.message));
      }
      return -1;
    }
    let problems = 0;
    for (const problem of rulesOf(compiled).recordRuleProblems(dataset, value)) {
      problems += 1;
      this.addIssue(issueAt(place, problem.pointer, problem.code, problem.message));
    }
    if (this.referencesCheckable(dataset)) {
      for (const reference of rulesOf(compiled).referencesOf(dataset, value)) {
        if (reference.target === dataset) {
          // An id of the same dataset may come further down: checked when the input ends.
          selfReferences.push({ id: reference.id, issue: issueAt(place, reference.pointer, 'unresolved-reference', unresolvedMessage(reference)) });
        } else if (this.complete.has(reference.target) && !this.ids.get(reference.target)?.has(reference.id)) {
          problems += 1;
          this.addIssue(issueAt(place, reference.pointer, 'unresolved-reference', unresolvedMessage(reference)));
        }
      }
    }
    return problems;
  }

  /** Counts a record that the schema rejected or that could not be read. */
  settleInvalid(_place: RecordPlace): void {
    this.counts.records += 1;
    this.counts.invalidRecords += 1;
  }

  /**
   * Takes a record that passed the schema into the run, in input order: checks its id against
   * the ids before it, keeps references into its own dataset for the end, and counts it.
   */
  settle(dataset: DatasetKey, id: string, place: RecordPlace, ownProblems: number, selfReferences: readonly SelfReference[]): boolean {
    this.counts.records += 1;
    // Notes what cannot be checked, as soon as the first record that would need it comes.
    this.referencesCheckable(dataset);
    let problems = ownProblems;
    let index = this.ids.get(dataset);
    if (index === undefined) this.ids.set(dataset, (index = new IdIndex()));
    const first = index.add(id, place.line ?? (place.record ?? 0) + 1);
    if (first !== undefined) {
      problems += 1;
      this.addIssue(issueAt(place, '/id', 'duplicate-id', duplicateMessage(id, place.line === undefined ? `record ${first}` : `the record at line ${first}`)));
    }
    if (selfReferences.length > 0) this.pending.push({ dataset, problems, references: selfReferences });
    else if (problems === 0) this.counts.validRecords += 1;
    else this.counts.invalidRecords += 1;
    return problems === 0;
  }

  /**
   * Whether any dataset this one refers to can be checked (it was read before, or it is this
   * one); notes once for each that cannot. Saves looking at references that cannot be checked.
   */
  private referencesCheckable(dataset: DatasetKey): boolean {
    const known = this.checkable.get(dataset);
    if (known !== undefined) return known;
    let checkable = false;
    for (const target of rulesOf(this.deps.compiled).referenceTargets[dataset]) {
      if (target === dataset || this.complete.has(target)) checkable = true;
      else if (!this.noted.has(`${dataset}>${target}`)) {
        this.noted.add(`${dataset}>${target}`);
        this.notes.add(`References to ${target} were not checked: give the ${target} file before the ${dataset} file to check them.`);
      }
    }
    this.checkable.set(dataset, checkable);
    return checkable;
  }

  /** Resolves the references held back until the end of the input, and counts their records. */
  private resolvePending() {
    for (const record of this.pending) {
      let problems = record.problems;
      for (const { id, issue } of record.references) {
        if (!this.ids.get(record.dataset)?.has(id)) {
          problems += 1;
          this.addIssue(issue);
        }
      }
      if (problems === 0) this.counts.validRecords += 1;
      else this.counts.invalidRecords += 1;
    }
    this.pending = [];
  }

  /** Reads and checks one input (a file or a stream of bytes) in the given format. */
  async checkChunks(input: ChunkInput): Promise<void> {
    const schema = this.beginInput(input.schema);
    const sink = this.chunkSink(input, schema);
    const progress = this.progressReporter(input);
    for await (const chunk of input.chunks) {
      this.counts.bytes += chunk.length;
      const pending = sink.push(chunk);
      if (pending !== undefined) await pending;
      progress();
    }
    const table = await sink.end();
    this.endInput(input, schema, table);
  }

  /** Starts an input: its counts begin at zero. */
  beginInput(schemaName: SchemaName): SchemaInfo {
    const schema = schemaInfo(this.deps.compiled, schemaName);
    this.counts = { records: 0, validRecords: 0, invalidRecords: 0, inputErrors: 0, bytes: 0 };
    return schema;
  }

  /** Calls `onProgress` each time another PROGRESS_EVERY bytes have been read. */
  progressReporter(input: Pick<ChunkInput, 'onProgress' | 'totalBytes'>): () => void {
    let next = PROGRESS_EVERY;
    return () => {
      if (input.onProgress !== undefined && this.counts.bytes >= next) {
        next += PROGRESS_EVERY;
        input.onProgress(this.counts.bytes, input.totalBytes);
      }
    };
  }

  /** Ends an input read as chunks: an empty one is reported, and its dataset is complete. */
  endInput(input: Omit<ChunkInput, 'chunks'>, schema: SchemaInfo, table: string | undefined): void {
    const { file, format } = input;
    if (this.counts.bytes === 0 && this.counts.inputErrors === 0) {
      this.inputIssue(file, undefined, { code: 'empty-input', message: 'the file is empty' });
    } else if (format === 'ndjson' && this.counts.records === 0 && this.counts.inputErrors === 0) {
      this.inputIssue(file, undefined, { code: 'empty-input', message: 'the file holds no records (only blank lines)' });
    }
    input.onProgress?.(this.counts.bytes, input.totalBytes);
    if (format !== 'csv') {
      this.complete.add(schema.dataset);
      this.checkable.clear();
    }
    this.finishInput({ file, format, schema: input.schema, ...(table === undefined ? {} : { table }) });
  }

  /** Closes the counts of the input just read (a file, or records in memory) into its summary. */
  finishInput(summary: Pick<FileSummary, 'file' | 'schema'> & Partial<Pick<FileSummary, 'format' | 'table'>>): void {
    this.resolvePending();
    this.files.push({ ...summary, ...this.counts });
    this.counts = { records: 0, validRecords: 0, invalidRecords: 0, inputErrors: 0, bytes: 0 };
  }

  private chunkSink(input: ChunkInput, schema: SchemaInfo): { push(chunk: Uint8Array): Promise<void> | void; end(): Promise<string | undefined> } {
    const { decode } = this.deps;
    const { file } = input;
    const kind = schema.recordKind;
    if (input.format === 'ndjson') {
      const sink = this.ndjsonSink(file, schema, true);
      return {
        push: (chunk) => sink.push(chunk),
        end: async () => {
          sink.end();
          return undefined;
        },
      };
    }
    if (input.format === 'json') {
      let elements = 0;
      const scanner = new JsonDocumentScanner(
        decode,
        {
          element: (index, line, text) => {
            if (index === -1 && schema.isDataset) {
              this.recordProblem({ file, line, record: 0 }, 'wrong-type', `the ${schema.name} schema expects a JSON array of records, not one object`);
              return;
            }
            elements += 1;
            if (schema.isDataset && elements === 100_001) {
              this.inputIssue(file, line, { code: 'out-of-range', message: `a ${schema.name} dataset holds at most 100000 records` });
            }
            const place = index === -1 ? { file, line, record: 0 } : { file, line, record: index, pointerPrefix: `/${index}` };
            this.checkText(text, kind, schema.dataset, place, false);
          },
          elementProblem: (index, line, problem) =>
            this.recordProblem({ file, line, record: Math.max(index, 0), ...(index >= 0 ? { pointerPrefix: `/${index}` } : {}) }, problem.code, problem.message),
          inputProblem: (line, problem, column) => this.inputIssue(file, line, problem, column),
        },
        DEFAULT_MAX_RECORD_BYTES,
      );
      return {
        push: (chunk) => scanner.push(chunk),
        end: async () => {
          if (this.counts.bytes > 0) scanner.end();
          return undefined;
        },
      };
    }
    return readCsv(this, input);
  }

  /** Splits NDJSON into records and checks them; `sniffStart` is false for a part that does not start the file. */
  ndjsonSink(file: string, schema: SchemaInfo, sniffStart: boolean): NdjsonSplitter {
    let records = 0;
    return new NdjsonSplitter(
      this.deps.decode,
      {
        line: (line, text, last) => {
          records += 1;
          this.checkText(text, schema.recordKind, schema.dataset, { file, line, record: records - 1 }, last);
        },
        lineProblem: (line, problem) => {
          records += 1;
          this.recordProblem({ file, line, record: records - 1 }, problem.code, problem.message);
        },
        inputProblem: (line, problem) => this.inputIssue(file, line, problem),
      },
      DEFAULT_MAX_RECORD_BYTES,
      sniffStart,
    );
  }

  /** Parses one record's text and checks it; parse problems get a line and column. */
  private checkText(text: string, kind: RecordKind, dataset: DatasetKey, place: RecordPlace & { line: number }, last: boolean) {
    const parsed = parseRecordText(text);
    if (parsed.ok) {
      this.checkRecord(parsed.value, kind, dataset, place);
      return;
    }
    const { line, column } = parsed.offset === undefined ? { line: 1, column: undefined } : lineAndColumn(text, parsed.offset);
    // A last line without a line end that breaks off at its very end was cut short.
    const cut = last && (parsed.code === 'truncated' || parsed.offset === text.length);
    const code = cut ? 'truncated' : parsed.code;
    const message = cut ? 'the last line breaks off (the file was truncated?): it has no line end and its JSON is incomplete' : parsed.message;
    this.recordProblem({ ...place, line: place.line + line - 1 }, code, message, column);
  }

  /** The ids of the datasets read completely before, which records of `dataset` may refer to. */
  completeIds(dataset: DatasetKey): [DatasetKey, IdIndexSnapshot][] {
    return rulesOf(this.deps.compiled).referenceTargets[dataset].filter((target) => target !== dataset && this.complete.has(target)).map((target) => [target, (this.ids.get(target) ?? new IdIndex()).snapshot()]);
  }

  /** Takes a dataset read elsewhere (by the thread that posted these ids) as complete. */
  assumeComplete(dataset: DatasetKey, ids: IdIndexSnapshot): void {
    this.complete.add(dataset);
    this.ids.set(dataset, IdIndex.fromSnapshot(ids));
    this.checkable.clear();
  }

  /**
   * Takes in a part of an NDJSON file checked by a worker thread, in input order: its issues and
   * its records, whose lines and numbers are counted from the start of the part.
   */
  mergePart(part: PartOutcome, dataset: DatasetKey, file: string, linesBefore: number, recordsBefore: number): void {
    const shift = (issue: ValidationIssue): ValidationIssue => ({
      ...issue,
      ...(issue.line === undefined ? {} : { line: issue.line + linesBefore }),
      ...(issue.record === undefined ? {} : { record: issue.record + recordsBefore }),
    });
    const selfReferences = new Map(part.selfReferences);
    const ids = part.ids.split('\n');
    let next = 0;
    for (let record = 0; record < part.records; record += 1) {
      while (next < part.issues.length && (part.issues[next]?.record ?? record) <= record) this.addIssue(shift(part.issues[next++] as ValidationIssue));
      const place = { file, line: (part.lines[record] ?? 0) + linesBefore, record: record + recordsBefore };
      const problems = part.problems[record] ?? -1;
      if (problems < 0) this.settleInvalid(place);
      else {
        const references = (selfReferences.get(record) ?? []).map((reference) => ({ id: reference.id, issue: shift(reference.issue) }));
        this.settle(dataset, ids[record] ?? '', place, problems, references);
      }
    }
    while (next < part.issues.length) this.addIssue(shift(part.issues[next++] as ValidationIssue));
    if (part.dropped) this.errorsCapped = true;
  }

  /** Adds a note once (notes are kept in a set; the set check is cheap for repeated calls). */
  addNote(note: string): void {
    this.notes.add(note);
  }

  report(): ValidationReport {
    const totals = this.files.reduce(
      (sum, file) => ({
        records: sum.records + file.records,
        validRecords: sum.validRecords + file.validRecords,
        invalidRecords: sum.invalidRecords + file.invalidRecords,
        inputErrors: sum.inputErrors + file.inputErrors,
      }),
      { records: 0, validRecords: 0, invalidRecords: 0, inputErrors: 0 },
    );
    return {
      valid: totals.invalidRecords === 0 && totals.inputErrors === 0 && this.issues.length === 0,
      records: totals.records,
      validRecords: totals.validRecords,
      invalidRecords: totals.invalidRecords,
      errors: [...this.issues],
      errorsCapped: this.errorsCapped,
      files: [...this.files],
      notes: [...this.notes],
    };
  }

  /** The file being read: its counts, for the CSV reader. */
  get current(): FileCounts {
    return this.counts;
  }
}

/** An issue inside a record: where the record is, and the pointer into it. */
const issueAt = (place: RecordPlace, pointer: string, code: ErrorCode, message: string): ValidationIssue => ({
  ...placeFields(place),
  pointer: (place.pointerPrefix ?? '') + pointer,
  code,
  message,
});

const placeFields = (place: RecordPlace) => ({
  ...(place.file === undefined ? {} : { file: place.file }),
  ...(place.line === undefined ? {} : { line: place.line }),
  ...(place.record === undefined ? {} : { record: place.record }),
});
