/**
 * References into a record's own dataset (an organization's `parentId`), held until the input ends,
 * in typed arrays: per reference its id (in an arena), line, record and an index into the few shapes
 * of issue it would become; per record the problems it had before. As the store grows, records whose
 * references resolve by then are dropped (`compact`), so only those still open are held.
 */
import { definedOnly } from './defined.ts';
import { excerpt } from './excerpt.ts';
import { IdArena } from './id-arena.ts';
import { grown } from './typed-arrays.ts';
import type { ValidationIssue } from './types.ts';

/** Held references below this many are never compacted (a small file resolves them at its end). */
const COMPACT_FROM = 1 << 16;

/** Stands for the id in a message template. */
export const ID_SLOT = '\u0000';

/** A reference held: its id, and its issue's pointer, column and message with ID_SLOT for the id. */
export interface HeldReference {
  readonly id: string;
  readonly pointer: string;
  readonly column?: number;
  readonly template: string;
}

/** What tells a reference's shape (all but its id) from another's. */
export const shapeKey = (shape: Omit<HeldReference, 'id'>): string => `${shape.pointer}\u0000${shape.column ?? ''}\u0000${shape.template}`;

/** No references held: one frozen array, shared. */
export const NO_REFERENCES: readonly never[] = Object.freeze([]);

/** What a reference's issue says apart from its place and id. */
interface IssueShape {
  readonly prefixed: boolean;
  readonly pointer: string;
  readonly column?: number;
  readonly template: string;
}

/** Per reference, FIELDS numbers in one array: its id's place in the arena, its line and record number plus one (0: none), its shape, its record's serial. */
const FIELDS = 5;
const [ID, LINE, RECORD, SHAPE, SERIAL] = [0, 1, 2, 3, 4] as const;

export class PendingReferences {
  private ids = new IdArena();
  private held = new Uint32Array(64 * FIELDS);
  private count = 0;
  /** Per record: problems found before. */
  private problems = new Int32Array(64);
  private recordCount = 0;
  private readonly shapes: IssueShape[] = [];
  private readonly shapeIndex = new Map<string, number>();

  private compactAt = COMPACT_FROM;

  /** `known`: whether an id is known (so far, or at the end), and where a record is counted once its references resolve. */
  constructor(
    private readonly file: string | undefined,
    private readonly known: { readonly exists: (id: string) => boolean; readonly counted: (valid: boolean) => void },
  ) {}

  get size(): number {
    return this.recordCount;
  }

  get byteLength(): number {
    return this.ids.byteLength + this.held.byteLength + this.problems.byteLength;
  }

  /** Counts and drops the records whose references all resolve by now; run when the store doubled, so linear over a file. */
  private compact(): void {
    const { held, known } = this;
    const ids = new IdArena();
    let kept = 0;
    let keptRecords = 0;
    let at = 0;
    for (let serial = 0; serial < this.recordCount; serial += 1) {
      const first = kept;
      for (; at < this.count && held[at * FIELDS + SERIAL] === serial; at += 1) {
        const id = this.ids.idAt(held[at * FIELDS + ID] as number);
        if (known.exists(id)) continue;
        held.copyWithin(kept * FIELDS, at * FIELDS, (at + 1) * FIELDS);
        held[kept * FIELDS + ID] = ids.add(id, 0);
        held[kept * FIELDS + SERIAL] = keptRecords;
        kept += 1;
      }
      if (kept === first) {
        known.counted(this.problems[serial] === 0);
        continue;
      }
      this.problems[keptRecords] = this.problems[serial] as number;
      keptRecords += 1;
    }
    this.ids = ids;
    this.count = kept;
    this.recordCount = keptRecords;
    this.compactAt = Math.max(COMPACT_FROM, kept * 2);
  }

  /** Holds the references of one record, found with `problems` problems so far. */
  add(problems: number, line: number | undefined, record: number | undefined, pointerPrefix: string, references: readonly HeldReference[]): void {
    if (this.count >= this.compactAt) this.compact();
    const serial = this.recordCount++;
    this.problems = grown(this.problems, serial + 1);
    this.problems[serial] = problems;
    for (const reference of references) {
      const at = this.count++ * FIELDS;
      const held = (this.held = grown(this.held, at + FIELDS));
      held[at + ID] = this.ids.add(reference.id, 0);
      held[at + LINE] = line === undefined ? 0 : line + 1;
      held[at + RECORD] = record === undefined ? 0 : record + 1;
      held[at + SHAPE] = this.shape(pointerPrefix, reference);
      held[at + SERIAL] = serial;
    }
  }

  /** A JSON array's element index (the prefix) is the record number: kept out of the shape. */
  private shape(pointerPrefix: string, reference: HeldReference): number {
    const prefixed = pointerPrefix !== '';
    const key = `${prefixed ? 1 : 0}${shapeKey(reference)}`;
    let index = this.shapeIndex.get(key);
    if (index === undefined) {
      index = this.shapes.push({ prefixed, pointer: reference.pointer, ...(reference.column === undefined ? {} : { column: reference.column }), template: reference.template }) - 1;
      this.shapeIndex.set(key, index);
    }
    return index;
  }

  /** Resolves every reference held, in order: `issue` for each unknown id, and each record counted. Empties the store. */
  resolve(issue: (issue: ValidationIssue) => void): void {
    const { exists, counted } = this.known;
    let at = 0;
    for (let serial = 0; serial < this.recordCount; serial += 1) {
      let problems = this.problems[serial] as number;
      for (const held = this.held; at < this.count && held[at * FIELDS + SERIAL] === serial; at += 1) {
        const id = this.ids.idAt(held[at * FIELDS + ID] as number);
        if (exists(id)) continue;
        problems += 1;
        const shape = this.shapes[held[at * FIELDS + SHAPE] as number] as IssueShape;
        const [line, record] = [held[at * FIELDS + LINE] as number, held[at * FIELDS + RECORD] as number].map((plusOne) => (plusOne === 0 ? undefined : plusOne - 1));
        issue({
          ...definedOnly({ file: this.file, line, record, column: shape.column }),
          pointer: shape.prefixed ? `/${record}${shape.pointer}` : shape.pointer,
          code: 'unresolved-reference',
          message: shape.template.split(ID_SLOT).join(excerpt(id)),
        });
      }
      counted(problems === 0);
    }
    this.ids = new IdArena();
    this.count = 0;
    this.recordCount = 0;
    this.compactAt = COMPACT_FROM;
  }
}
