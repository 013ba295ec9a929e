/**
 * A run's ledger, settling records in input order: the issues (up to the cap), the counts per file,
 * the ids (keys) seen (one set per dataset, whatever format its records came in), references into a
 * file's own dataset held until it ends, and notes. Readers and checks never count or cap.
 */
import { detachString } from './csv-parser.ts';
import { definedOnly } from './defined.ts';
import { IdIndex } from './id-index.ts';
import { PendingReferences, type HeldReference } from './pending-references.ts';
import type { RecordIssue } from './issues.ts';
import type { FileSummary, ValidationIssue, ValidationReport } from './types.ts';
import { InputError } from './types.ts';
import type { InputProblem } from './bytes.ts';

export const DEFAULT_MAX_ERRORS = 100;

/** Where a record is; `pointerPrefix`: a JSON array element's index. */
export interface RecordPlace {
  readonly file?: string;
  readonly line?: number;
  readonly record?: number;
  readonly pointerPrefix?: string;
}

const zeroCounts = () => ({ records: 0, validRecords: 0, invalidRecords: 0, inputErrors: 0, bytes: 0 });

/** A record's key, checked for uniqueness in its key space (a dataset's ids, or a CSV table's keys). */
export interface RecordKey {
  readonly space: string;
  readonly value: string;
  /** Quoted when the key comes again (a line, or a record number). */
  readonly at: number;
  duplicate(place: RecordPlace, value: string, first: number, firstFile: string | undefined): ValidationIssue;
  /** Where the duplicate issue goes among the record's own (default: after them). */
  readonly issueIndex?: number;
}

/** An issue inside a record: where the record is, and the pointer into it. */
export const issueAt = (place: RecordPlace, issue: RecordIssue): ValidationIssue => ({
  ...placeFields(place),
  pointer: (place.pointerPrefix ?? '') + issue.pointer,
  code: issue.code,
  message: issue.message,
});

/** The issue of a record that could not be read: at the record (an array element's index), or at `column`. */
export const unreadableIssue = (place: RecordPlace, { code, message }: InputProblem, column?: number): ValidationIssue => ({
  ...placeFields(place),
  ...(column === undefined ? {} : { column }),
  pointer: place.pointerPrefix ?? '',
  code,
  message,
});

export const placeFields = (place: RecordPlace) => definedOnly({ file: place.file, line: place.line, record: place.record });

export class Ledger {
  private readonly issues: ValidationIssue[] = [];
  private capped = false;
  private readonly files: FileSummary[] = [];
  private readonly notes = new Set<string>();
  private readonly keys = new Map<string, IdIndex>();
  /** Key spaces read completely: references into them can be checked. */
  private readonly completeSpaces = new Set<string>();
  private readonly tablesRead = new Set<string>();
  private pending: PendingReferences | undefined;
  private counts = zeroCounts();

  constructor(readonly maxErrors = DEFAULT_MAX_ERRORS) {
    if (!Number.isInteger(maxErrors) || maxErrors < 1) throw new InputError('maxErrors must be a whole number of at least 1');
  }

  /** True once the issue list is full: from then on only the fast validators need run. */
  get full(): boolean {
    return this.issues.length >= this.maxErrors;
  }

  /** The file being read: its counts. */
  get current() {
    return this.counts;
  }

  addIssue(issue: ValidationIssue): void {
    if (this.full) this.capped = true;
    // Copies: a CSV field in them would keep its whole piece of text (see detachString).
    else this.issues.push({ ...issue, pointer: detachString(issue.pointer), message: detachString(issue.message) });
  }

  /** Issues were found but not kept (a worker thread did not build them). */
  markCapped(): void {
    this.capped = true;
  }

  note(text: string): void {
    this.notes.add(detachString(text));
  }

  /** An input problem, not one record's: counted apart. */
  inputIssue(file: string, line: number | undefined, problem: InputProblem, column?: number): void {
    this.counts.inputErrors += 1;
    this.addIssue({ file, ...definedOnly({ line, column }), pointer: '', code: problem.code, message: problem.message });
  }

  /** An input problem once the issue list is full: counted, and not built. */
  countInputIssue(): void {
    this.counts.inputErrors += 1;
    this.capped = true;
  }

  /** A record that could not be read or that the schema rejected: its issues, counted invalid. */
  settleRejected(issues: readonly ValidationIssue[]): void {
    for (const issue of issues) this.addIssue(issue);
    this.counts.records += 1;
    this.counts.invalidRecords += 1;
  }

  /** Settles a checked record: its issues, its key, its references into its key's space. */
  settle(place: RecordPlace, issues: readonly ValidationIssue[], key: RecordKey, selfReferences: readonly HeldReference[], problemCount = issues.length): void {
    this.counts.records += 1;
    // More problems than issues when a worker built only those under the cap.
    let problems = problemCount;
    const duplicateAt = key.issueIndex ?? issues.length;
    for (let index = 0; index < duplicateAt; index += 1) this.addIssue(issues[index] as ValidationIssue);
    const keys = this.keysOf(key.space);
    const first = keys.add(key.value, key.at, this.fileNames.length);
    if (first !== undefined) {
      problems += 1;
      this.addIssue(key.duplicate(place, key.value, first, keys.firstSource === this.fileNames.length ? undefined : (this.fileNames[keys.firstSource] ?? 'an earlier file')));
    }
    for (let index = duplicateAt; index < issues.length; index += 1) this.addIssue(issues[index] as ValidationIssue);
    // Valid or not is told once its references into its own key space resolve.
    if (selfReferences.length > 0) this.pendingFor(place.file, key.space).add(problems, place.line, place.record, place.pointerPrefix ?? '', selfReferences);
    else this.counted(problems === 0);
  }

  private readonly counted = (valid: boolean): void => {
    if (valid) this.counts.validRecords += 1;
    else this.counts.invalidRecords += 1;
  };

  /** Held references are of one file and key space at a time. */
  private pendingFor(file: string | undefined, space: string): PendingReferences {
    if (this.pending === undefined || this.pending.size === 0) {
      this.pending = new PendingReferences(file, { exists: (id) => this.keys.get(space)?.has(id) === true, counted: this.counted });
    }
    return this.pending;
  }

  /** The memory of every key space's ids and the references held. */
  get heldBytes(): number {
    let bytes = this.pending?.byteLength ?? 0;
    for (const index of this.keys.values()) bytes += index.byteLength;
    return bytes;
  }

  keysOf(space: string): IdIndex {
    let index = this.keys.get(space);
    if (index === undefined) this.keys.set(space, (index = new IdIndex()));
    return index;
  }

  /** The keys of a space read completely before; undefined while it is not. */
  completeKeys(space: string): IdIndex | undefined {
    return this.completeSpaces.has(space) ? this.keysOf(space) : undefined;
  }

  /** Takes a key space as read completely: references into it are checked from now on. `table`: read as that CSV table's rows. */
  complete(space: string, table = false): void {
    this.completeSpaces.add(space);
    if (table) this.tablesRead.add(space);
  }

  /** Whether the rows of a CSV table were read (a table's keys may also be a dataset's ids read as JSON). */
  tableRead(table: string): boolean {
    return this.tablesRead.has(table);
  }

  /** The files ended, by number (the file being read is the next). */
  private readonly fileNames: string[] = [];

  beginFile(): void {
    this.counts = zeroCounts();
  }

  /** Resolves the file's held references and closes its counts into a summary. */
  endFile(summary: Pick<FileSummary, 'file' | 'schema'> & Partial<Pick<FileSummary, 'format' | 'table'>>): void {
    this.pending?.resolve((issue) => this.addIssue(issue));
    this.files.push({ ...summary, ...this.counts });
    this.fileNames.push(summary.file);
    this.counts = zeroCounts();
  }

  report(): ValidationReport {
    const total = (count: 'records' | 'validRecords' | 'invalidRecords' | 'inputErrors') => this.files.reduce((sum, file) => sum + file[count], 0);
    const invalidRecords = total('invalidRecords');
    return {
      valid: invalidRecords === 0 && total('inputErrors') === 0 && this.issues.length === 0,
      records: total('records'),
      validRecords: total('validRecords'),
      invalidRecords,
      errors: [...this.issues],
      errorsCapped: this.capped,
      files: [...this.files],
      notes: [...this.notes],
    };
  }
}
