/**
 * Remembers ids (or CSV keys) seen in a stream, exactly, in compact memory: per id a 32-bit hash,
 * the number kept with it (its line) and where its characters are in an arena of byte blocks,
 * instead of a string object each. A hash match is confirmed against the stored characters, so two
 * ids that share a hash are never taken for one another.
 */

import { TextArena } from './text-arena.ts';

/** 32 bits of cyrb53 (public domain, bryc): the top 8 pick the table, the rest the slot in it. */
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
  // 0 marks an empty slot.
  return (h1 ^ h2) >>> 0 || 1;
};


/** One of an index's tables: open addressing, linear probing, 0 for an empty slot. */
interface Segment {
  hashes: Uint32Array<ArrayBuffer>;
  values: Uint32Array<ArrayBuffer>;
  /** The input (file) each id came from, for messages that name it: made when an id of a second input comes (none for one file). */
  sources: Uint16Array<ArrayBuffer> | undefined;
  refs: Uint32Array<ArrayBuffer>;
  count: number;
}

/** An IdIndex's contents, as plain typed arrays that can be posted to a worker thread. */
export interface IdIndexSnapshot {
  readonly segments: readonly Readonly<Segment>[];
  readonly blocks: readonly Uint8Array<ArrayBuffer>[];
}

/**
 * The ids are spread over many small tables by their hash, and a table grows on its own: growing
 * never copies the whole index, nor leaves a copy of it for the garbage collector to find.
 */
const SEGMENTS = 256;
const FIRST_SLOTS = 16;

const emptySegment = (): Segment => ({ hashes: new Uint32Array(FIRST_SLOTS), values: new Uint32Array(FIRST_SLOTS), sources: undefined, refs: new Uint32Array(FIRST_SLOTS), count: 0 });

/**
 * Frees a buffer now rather than at the next full garbage collection, which a process that keeps
 * its heap small may not run for a long time: moved into a clone that nothing keeps, its memory
 * goes with the next minor collection.
 */
const release = (buffer: ArrayBuffer) => structuredClone(buffer, { transfer: [buffer] });

const grow = (segment: Segment) => {
  const { hashes, values, sources, refs } = segment;
  const slots = hashes.length * 2;
  const mask = slots - 1;
  segment.hashes = new Uint32Array(slots);
  segment.values = new Uint32Array(slots);
  segment.sources = sources === undefined ? undefined : new Uint16Array(slots);
  segment.refs = new Uint32Array(slots);
  hashes.forEach((slotHash, index) => {
    if (slotHash === 0) return;
    let slot = slotHash & mask;
    while (segment.hashes[slot] !== 0) slot = (slot + 1) & mask;
    segment.hashes[slot] = slotHash;
    segment.values[slot] = values[index] as number;
    if (segment.sources !== undefined) segment.sources[slot] = sources?.[index] as number;
    segment.refs[slot] = refs[index] as number;
  });
  release(hashes.buffer);
  release(values.buffer);
  if (sources !== undefined) release(sources.buffer);
  release(refs.buffer);
};

export class IdIndex {
  /** `hash` can be replaced, to test what happens when different ids share one. */
  constructor(private readonly hash: (text: string) => number = hashOf) {}

  private segments: Segment[] = Array.from({ length: SEGMENTS }, emptySegment);
  private arena = new TextArena();
  private count = 0;

  get size(): number {
    return this.count;
  }

  snapshot(): IdIndexSnapshot {
    return { segments: this.segments, blocks: this.arena.blocks };
  }

  static fromSnapshot(snapshot: IdIndexSnapshot, hash: (text: string) => number = hashOf): IdIndex {
    const index = new IdIndex(hash);
    index.segments = snapshot.segments.map((segment) => ({ ...segment }));
    index.arena.blocks = [...snapshot.blocks];
    index.count = snapshot.segments.reduce((sum, segment) => sum + segment.count, 0);
    return index;
  }

  /** The slot of `id` in its segment: where it is, or the empty slot where it would go. */
  private find(segment: Segment, slotHash: number, id: string): number {
    const { hashes, refs } = segment;
    const mask = hashes.length - 1;
    let slot = slotHash & mask;
    for (;;) {
      const found = hashes[slot];
      if (found === 0 || (found === slotHash && this.arena.equals(refs[slot] as number, id))) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** After `add` found an id seen before: the source it was added with. */
  firstSource = 0;

  /**
   * Adds an id with a number to remember (e.g. its line) and its source (a file's number); returns
   * the number kept for an id seen before (and sets `firstSource`).
   */
  add(id: string, value: number, source = 0): number | undefined {
    const slotHash = this.hash(id);
    const segment = this.segments[slotHash >>> 24] as Segment;
    // At most three quarters full: probes stay short.
    if (segment.count * 4 >= segment.hashes.length * 3) grow(segment);
    const slot = this.find(segment, slotHash, id);
    if (segment.hashes[slot] !== 0) {
      this.firstSource = segment.sources?.[slot] ?? 0;
      return segment.values[slot];
    }
    segment.hashes[slot] = slotHash;
    segment.values[slot] = value;
    if (source !== 0) (segment.sources ??= new Uint16Array(segment.hashes.length))[slot] = Math.min(source, 0xffff);
    segment.refs[slot] = this.arena.add(id);
    segment.count += 1;
    this.count += 1;
    return undefined;
  }

  has(id: string): boolean {
    const slotHash = this.hash(id);
    const segment = this.segments[slotHash >>> 24] as Segment;
    return segment.hashes[this.find(segment, slotHash, id)] !== 0;
  }
}
