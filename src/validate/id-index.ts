/**
 * The ids (or CSV keys) seen, exactly and compactly: per id 24 bits of a hash (8 pick its table, 16
 * are kept in it) and its place in an arena (id-arena.ts) that holds its line and characters.
 */
import { release } from './bytes.ts';
import { IdArena, type IdArenaSnapshot } from './id-arena.ts';

/** What an id takes beyond its characters, at most. */
export const ID_INDEX_BYTES_PER_ID = 16;

/** The memory the ids of a file of `totalBytes` will take, from the `ids` ids of `units` UTF-16 units in its first `bytesRead` bytes. */
export const projectedIdBytes = (units: number, ids: number, bytesRead: number, totalBytes: number): number =>
  ((units + ID_INDEX_BYTES_PER_ID * ids) * totalBytes) / Math.max(bytesRead, 1);

/** 32 bits of cyrb53 (public domain, bryc). */
const hashOf = (text: string): number => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ char, 2654435761);
    h2 = Math.imul(h2 ^ char, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
};

/** One of an index's tables: open addressing, linear probing, key 0 for an empty slot. */
interface Segment {
  keys: Uint16Array<ArrayBuffer>;
  /** Where each id is in the arena. */
  refs: Uint32Array<ArrayBuffer>;
  /** The input each id came from: made when a second input comes. */
  sources: Uint16Array<ArrayBuffer> | undefined;
  count: number;
}

/** An IdIndex as typed arrays that can be posted to a worker thread. */
export interface IdIndexSnapshot {
  readonly segments: readonly Readonly<Segment>[];
  readonly arena: IdArenaSnapshot;
}

/** Many small tables, each growing on its own: growing never copies the whole index. */
const SEGMENTS = 256;
const FIRST_SLOTS = 16;

/** A table grows by a quarter when four fifths full. */
const isFull = (segment: Segment) => segment.count * 5 >= segment.keys.length * 4;
const grownSlots = (slots: number) => Math.ceil(slots * 1.25);

/** The 16 bits of a hash below the table's 8 that a slot keeps (never 0). */
const keyOf = (hash: number) => (hash >>> 8) & 0xffff || 1;

/** The key scaled to the table: a table grows from its keys alone. */
const homeSlot = (key: number, slots: number) => ((key * slots) / 0x10000) >>> 0;

const emptySegment = (): Segment => ({ keys: new Uint16Array(FIRST_SLOTS), refs: new Uint32Array(FIRST_SLOTS), sources: undefined, count: 0 });

const grow = (segment: Segment) => {
  const { keys, sources, refs } = segment;
  const slots = grownSlots(keys.length);
  segment.keys = new Uint16Array(slots);
  segment.sources = sources === undefined ? undefined : new Uint16Array(slots);
  segment.refs = new Uint32Array(slots);
  const { keys: grownKeys, refs: grownRefs, sources: grownSources } = segment;
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index] as number;
    if (key === 0) continue;
    let slot = homeSlot(key, slots);
    while (grownKeys[slot] !== 0) slot = slot + 1 === slots ? 0 : slot + 1;
    grownKeys[slot] = key;
    if (grownSources !== undefined) grownSources[slot] = sources?.[index] as number;
    grownRefs[slot] = refs[index] as number;
  }
  release(keys.buffer);
  if (sources !== undefined) release(sources.buffer);
  release(refs.buffer);
};

export class IdIndex {
  /** `hash` can be replaced, to test what happens when different ids share one. */
  constructor(private readonly hash: (text: string) => number = hashOf) {}

  private segments: Segment[] = Array.from({ length: SEGMENTS }, emptySegment);
  private arena = new IdArena();
  private count = 0;

  get size(): number {
    return this.count;
  }

  snapshot(): IdIndexSnapshot {
    return { segments: this.segments, arena: this.arena.snapshot() };
  }

  static fromSnapshot(snapshot: IdIndexSnapshot, hash: (text: string) => number = hashOf): IdIndex {
    const index = new IdIndex(hash);
    index.segments = snapshot.segments.map((segment) => ({ ...segment }));
    index.arena = IdArena.fromSnapshot(snapshot.arena);
    index.count = snapshot.segments.reduce((sum, segment) => sum + segment.count, 0);
    return index;
  }

  get byteLength(): number {
    let bytes = this.arena.byteLength;
    for (const { keys, refs, sources } of this.segments) bytes += keys.byteLength + refs.byteLength + (sources?.byteLength ?? 0);
    return bytes;
  }

  /** The slot of `id` in its segment: where it is, or the empty slot where it would go. */
  private find(segment: Segment, key: number, id: string): number {
    const { keys, refs } = segment;
    const slots = keys.length;
    let slot = homeSlot(key, slots);
    for (;;) {
      const found = keys[slot];
      if (found === 0 || (found === key && this.arena.equals(refs[slot] as number, id))) return slot;
      slot = slot + 1 === slots ? 0 : slot + 1;
    }
  }

  /** After `add` found an id seen before: the source it was added with. */
  firstSource = 0;

  /** Adds an id with its number and source (a file's); returns the number kept for an id seen before, and sets `firstSource`. */
  add(id: string, value: number, source = 0): number | undefined {
    const hash = this.hash(id);
    const segment = this.segments[hash >>> 24] as Segment;
    if (isFull(segment)) grow(segment);
    const key = keyOf(hash);
    const slot = this.find(segment, key, id);
    if (segment.keys[slot] !== 0) {
      this.firstSource = segment.sources?.[slot] ?? 0;
      return this.arena.number(segment.refs[slot] as number);
    }
    const ref = this.arena.add(id, value);
    segment.keys[slot] = key;
    if (source !== 0) (segment.sources ??= new Uint16Array(segment.keys.length))[slot] = Math.min(source, 0xffff);
    segment.refs[slot] = ref;
    segment.count += 1;
    this.count += 1;
    return undefined;
  }

  /** Every id with the number kept with it, in the order they were added. */
  forEach(visit: (id: string, value: number) => void): void {
    this.arena.forEach(visit);
  }

  has(id: string): boolean {
    const hash = this.hash(id);
    const segment = this.segments[hash >>> 24] as Segment;
    return segment.keys[this.find(segment, keyOf(hash), id)] !== 0;
  }
}
