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

/** An IdIndex's contents, as plain typed arrays that can be posted to a worker thread. */
export interface IdIndexSnapshot {
  readonly hashes: Float64Array<ArrayBuffer>;
  readonly values: Uint32Array<ArrayBuffer>;
  readonly count: number;
}

export class IdIndex {
  private hashes = new Float64Array(1024);
  private values = new Uint32Array(1024);
  private count = 0;

  snapshot(): IdIndexSnapshot {
    return { hashes: this.hashes, values: this.values, count: this.count };
  }

  static fromSnapshot(snapshot: IdIndexSnapshot): IdIndex {
    const index = new IdIndex();
    index.hashes = snapshot.hashes;
    index.values = snapshot.values;
    index.count = snapshot.count;
    return index;
  }

  get size(): number {
    return this.count;
  }

  /** Adds an id with a number to remember (e.g. its line); returns the number kept for an id seen before. */
  add(id: string, value: number): number | undefined {
    if (this.count * 2 >= this.hashes.length) this.grow();
    const hash = hash53(id);
    const slot = this.find(this.hashes, hash);
    if (this.hashes[slot] === hash) return this.values[slot];
    this.hashes[slot] = hash;
    this.values[slot] = value;
    this.count += 1;
    return undefined;
  }

  has(id: string): boolean {
    const hash = hash53(id);
    return this.hashes[this.find(this.hashes, hash)] === hash;
  }

  private find(hashes: Float64Array, hash: number): number {
    const mask = hashes.length - 1;
    let slot = (hash % 4294967296) & mask;
    while (hashes[slot] !== 0 && hashes[slot] !== hash) slot = (slot + 1) & mask;
    return slot;
  }

  private grow() {
    const { hashes, values } = this;
    this.hashes = new Float64Array(hashes.length * 2);
    this.values = new Uint32Array(hashes.length * 2);
    hashes.forEach((hash, index) => {
      if (hash === 0) return;
      const slot = this.find(this.hashes, hash);
      this.hashes[slot] = hash;
      this.values[slot] = values[index] as number;
    });
  }
}
