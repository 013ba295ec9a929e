/**
 * Remembers ids seen in a stream in constant memory per id: a 53-bit hash and the record number,
 * in typed arrays, instead of the id strings. Two different ids share a hash with a probability
 * of about n²/2⁵⁴ (5·10⁻⁵ for a million ids), which would report a false duplicate; no duplicate
 * is ever missed.
 */

/** cyrb53: a fast, well-mixed 53-bit string hash (public domain, bryc). */
const hash53 = (text: string): number => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ char, 2654435761);
    h2 = Math.imul(h2 ^ char, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  // 0 marks an empty slot; map a zero hash to 1.
  return 4294967296 * (2097151 & h2) + (h1 >>> 0) || 1;
};

/** One of an index's tables: open addressing, linear probing, 0 for an empty slot. */
interface Segment {
  hashes: Float64Array<ArrayBuffer>;
  values: Uint32Array<ArrayBuffer>;
  count: number;
}

/** An IdIndex's contents, as plain typed arrays that can be posted to a worker thread. */
export type IdIndexSnapshot = readonly Readonly<Segment>[];

/**
 * The ids are spread over many small tables by their hash, and a table grows on its own: growing
 * never copies the whole index, nor leaves a copy of it for the garbage collector to find.
 */
const SEGMENTS = 256;
const FIRST_SLOTS = 16;

const segmentOf = (hash: number) => (hash % 4294967296) >>> 24;

const find = (hashes: Float64Array, hash: number): number => {
  const mask = hashes.length - 1;
  let slot = (hash % 4294967296) & mask;
  while (hashes[slot] !== 0 && hashes[slot] !== hash) slot = (slot + 1) & mask;
  return slot;
};

const emptySegment = (): Segment => ({ hashes: new Float64Array(FIRST_SLOTS), values: new Uint32Array(FIRST_SLOTS), count: 0 });

/**
 * Frees a buffer now rather than at the next full garbage collection, which a process that keeps
 * its heap small may not run for a long time: moved into a clone that nothing keeps, its memory
 * goes with the next minor collection.
 */
const release = (buffer: ArrayBuffer) => structuredClone(buffer, { transfer: [buffer] });

const grow = (segment: Segment) => {
  const { hashes, values } = segment;
  segment.hashes = new Float64Array(hashes.length * 2);
  segment.values = new Uint32Array(hashes.length * 2);
  hashes.forEach((hash, index) => {
    if (hash === 0) return;
    const slot = find(segment.hashes, hash);
    segment.hashes[slot] = hash;
    segment.values[slot] = values[index] as number;
  });
  release(hashes.buffer);
  release(values.buffer);
};

export class IdIndex {
  private segments: Segment[] = Array.from({ length: SEGMENTS }, emptySegment);
  private count = 0;

  get size(): number {
    return this.count;
  }

  snapshot(): IdIndexSnapshot {
    return this.segments;
  }

  static fromSnapshot(snapshot: IdIndexSnapshot): IdIndex {
    const index = new IdIndex();
    index.segments = snapshot.map((segment) => ({ ...segment }));
    index.count = snapshot.reduce((sum, segment) => sum + segment.count, 0);
    return index;
  }

  /** Adds an id with a number to remember (e.g. its line); returns the number kept for an id seen before. */
  add(id: string, value: number): number | undefined {
    const hash = hash53(id);
    const segment = this.segments[segmentOf(hash)] as Segment;
    // At most three quarters full: probes stay short.
    if (segment.count * 4 >= segment.hashes.length * 3) grow(segment);
    const slot = find(segment.hashes, hash);
    if (segment.hashes[slot] === hash) return segment.values[slot];
    segment.hashes[slot] = hash;
    segment.values[slot] = value;
    segment.count += 1;
    this.count += 1;
    return undefined;
  }

  has(id: string): boolean {
    const hash = hash53(id);
    const { hashes } = this.segments[segmentOf(hash)] as Segment;
    return hashes[find(hashes, hash)] === hash;
  }
}
