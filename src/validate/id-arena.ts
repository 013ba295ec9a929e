/**
 * Ids with a number each (a line), front-coded in 1 MiB byte blocks: an entry is its number's
 * difference from the one before, how many characters it shares with the id before, and the rest of
 * its characters (a byte each when all are below U+0100, else two). Every GROUP-th entry, and a
 * block's first, starts a group and is whole; an entry is read from its group's start. An entry is
 * known by block × 2^20 + offset; one longer than a block gets a block of its own.
 */
import { grown } from './typed-arrays.ts';

/** Varints: 7 bits a byte, low first, by arithmetic, so that numbers up to 2^53 stay whole. */
const writeVarint = (bytes: Uint8Array, start: number, value: number): number => {
  let at = start;
  let rest = value;
  for (; rest >= 128; rest = Math.floor(rest / 128)) bytes[at++] = (rest % 128) | 0x80;
  bytes[at++] = rest;
  return at;
};

/** Reads varints one after another from `at`. */
class VarintReader {
  at = 0;

  read(bytes: Uint8Array): number {
    let value = 0;
    for (let scale = 1; ; scale *= 128) {
      const byte = bytes[this.at++] as number;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
    }
  }
}

const BLOCK_BYTES = 1 << 20;

/** Entries per group (see above): more makes a read slower, fewer saves less. */
const GROUP = 16;

/** The most bytes an entry's three numbers take (varints of up to 2^53). */
const HEADER_BYTES_AT_MOST = 3 * 8;

/** A delta as a non-negative number (0, -1, 1, -2 → 0, 1, 2, 3): numbers go down in a new file. */
const zigzag = (delta: number) => (delta >= 0 ? delta * 2 : -delta * 2 - 1);
const unzigzag = (value: number) => (value % 2 === 0 ? value / 2 : -(value + 1) / 2);

/** The arena as typed arrays that can be posted to a worker thread. */
export interface IdArenaSnapshot {
  readonly blocks: readonly Uint8Array<ArrayBuffer>[];
  readonly groups: Uint32Array<ArrayBuffer>;
}

export class IdArena {
  private blocks: Uint8Array<ArrayBuffer>[] = [];
  private used = BLOCK_BYTES;
  /** Where each group starts (entry numbers, rising), and how many there are. */
  private groups = new Uint32Array(64);
  private groupCount = 0;
  private inGroup = GROUP;
  private previousId = '';
  private previousNumber = 0;
  /** Where the last entry ends in its block, and where the entries of each earlier block end. */
  private lastEnd = 0;
  private readonly ends: number[] = [];
  private readonly reader = new VarintReader();

  /** The characters of the entry last decoded, and their count. */
  private chars = new Uint16Array(64);
  private textLength = 0;
  /** The entry last sought (its characters are in `chars`), its number and where the next begins: -1 when `chars` holds another. */
  private soughtRef = -1;
  private soughtNumber = 0;
  private soughtNext = 0;

  get byteLength(): number {
    return this.blocks.reduce((sum, block) => sum + block.byteLength, 0) + this.groups.byteLength;
  }

  snapshot(): IdArenaSnapshot {
    return { blocks: this.blocks, groups: this.groups.slice(0, this.groupCount) };
  }

  static fromSnapshot(snapshot: IdArenaSnapshot): IdArena {
    const arena = new IdArena();
    arena.blocks = [...snapshot.blocks];
    arena.groups = snapshot.groups;
    arena.groupCount = snapshot.groups.length;
    return arena;
  }

  /** Stores an id with its number; returns where (see above). */
  add(id: string, value: number): number {
    let shared = 0;
    let wide = false;
    if (this.inGroup < GROUP) {
      const previous = this.previousId;
      const most = Math.min(previous.length, id.length);
      while (shared < most && previous.charCodeAt(shared) === id.charCodeAt(shared)) shared += 1;
    }
    for (let i = shared; i < id.length && !wide; i += 1) wide = id.charCodeAt(i) > 0xff;
    let rest = id.length - shared;
    let size = HEADER_BYTES_AT_MOST + rest * (wide ? 2 : 1);
    if (this.used + size > BLOCK_BYTES) {
      if (shared > 0) {
        shared = 0;
        for (let i = 0; i < id.length && !wide; i += 1) wide = id.charCodeAt(i) > 0xff;
        rest = id.length;
        size = HEADER_BYTES_AT_MOST + rest * (wide ? 2 : 1);
      }
      if (this.blocks.length > 0) this.ends.push(this.lastEnd);
      this.blocks.push(new Uint8Array(Math.max(BLOCK_BYTES, size)));
      this.used = 0;
      this.inGroup = GROUP;
    }
    const block = this.blocks.length - 1;
    const bytes = this.blocks[block] as Uint8Array;
    const start = this.used;
    const ref = block * BLOCK_BYTES + start;
    const startsGroup = this.inGroup === GROUP;
    if (startsGroup) {
      this.groups = grown(this.groups, this.groupCount + 1);
      this.groups[this.groupCount++] = ref;
      this.inGroup = 0;
    }
    this.inGroup += 1;
    let at = writeVarint(bytes, start, zigzag(startsGroup ? value : value - this.previousNumber));
    at = writeVarint(bytes, at, shared);
    at = writeVarint(bytes, at, rest * 2 + (wide ? 1 : 0));
    if (wide) {
      for (let i = shared; i < id.length; i += 1, at += 2) {
        const unit = id.charCodeAt(i);
        bytes[at] = unit & 0xff;
        bytes[at + 1] = unit >>> 8;
      }
    } else for (let i = shared; i < id.length; i += 1) bytes[at++] = id.charCodeAt(i);
    // An entry in a block of its own fills it.
    this.used = size > BLOCK_BYTES ? BLOCK_BYTES : at;
    this.lastEnd = at;
    this.previousId = id;
    this.previousNumber = value;
    return ref;
  }

  /** Decodes the entry at the reader's place into `chars` and `textLength`; returns its number's delta. */
  private decode(bytes: Uint8Array): number {
    const reader = this.reader;
    const delta = unzigzag(reader.read(bytes));
    const shared = reader.read(bytes);
    const header = reader.read(bytes);
    const length = shared + Math.floor(header / 2);
    const chars = (this.chars = grown(this.chars, length));
    let at = reader.at;
    if (header % 2 === 1) {
      for (let i = shared; i < length; i += 1, at += 2) chars[i] = (bytes[at] as number) | ((bytes[at + 1] as number) << 8);
    } else for (let i = shared; i < length; i += 1) chars[i] = bytes[at++] as number;
    reader.at = at;
    this.textLength = length;
    return delta;
  }

  /**
   * The number of the entry at `ref`: decodes the entries of its group up to it (leaving its
   * characters decoded). Entries read in order (as the references held are resolved) go on from the
   * one sought before, in the same group.
   */
  number(ref: number): number {
    let low = 0;
    let high = this.groupCount - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((this.groups[middle] as number) <= ref) low = middle;
      else high = middle - 1;
    }
    const bytes = this.blocks[Math.floor(ref / BLOCK_BYTES)] as Uint8Array;
    const end = ref % BLOCK_BYTES;
    const groupStart = this.groups[low] as number;
    const goOn = this.soughtRef >= groupStart && this.soughtRef < ref;
    this.reader.at = goOn ? this.soughtNext : groupStart % BLOCK_BYTES;
    let value = goOn ? this.soughtNumber : 0;
    for (let first = !goOn; ; first = false) {
      const entry = this.reader.at;
      const delta = this.decode(bytes);
      value = first ? delta : value + delta;
      if (entry === end) break;
    }
    this.soughtRef = ref;
    this.soughtNumber = value;
    this.soughtNext = this.reader.at;
    return value;
  }

  /** The characters last decoded, as a string. */
  private decodedText(): string {
    let text = '';
    // In pieces: String.fromCharCode takes its arguments on the stack. (`apply` takes the typed
    // array as it is; spread syntax would iterate it, several times slower.)
    for (let start = 0; start < this.textLength; start += 8192) text += String.fromCharCode.apply(null, this.chars.subarray(start, Math.min(this.textLength, start + 8192)) as unknown as number[]);
    return text;
  }

  /** Every id with its number, in the order added (not on a snapshot's copy, which has no block ends). */
  forEach(visit: (id: string, value: number) => void): void {
    this.soughtRef = -1;
    let group = 0;
    let value = 0;
    this.blocks.forEach((bytes, block) => {
      const end = block === this.blocks.length - 1 ? this.lastEnd : (this.ends[block] ?? 0);
      this.reader.at = 0;
      while (this.reader.at < end) {
        const startsGroup = group < this.groupCount && this.groups[group] === block * BLOCK_BYTES + this.reader.at;
        if (startsGroup) group += 1;
        const delta = this.decode(bytes);
        value = startsGroup ? delta : value + delta;
        visit(this.decodedText(), value);
      }
    });
  }

  idAt(ref: number): string {
    this.number(ref);
    return this.decodedText();
  }

  /** Whether the entry at `ref` is `id`: its length and own characters first (hash collisions cost little), then the shared ones. */
  equals(ref: number, id: string): boolean {
    const bytes = this.blocks[Math.floor(ref / BLOCK_BYTES)] as Uint8Array;
    const reader = this.reader;
    reader.at = ref % BLOCK_BYTES;
    reader.read(bytes);
    const shared = reader.read(bytes);
    const header = reader.read(bytes);
    if (shared + Math.floor(header / 2) !== id.length) return false;
    let at = reader.at;
    if (header % 2 === 1) {
      for (let i = shared; i < id.length; i += 1, at += 2) if (((bytes[at] as number) | ((bytes[at + 1] as number) << 8)) !== id.charCodeAt(i)) return false;
    } else for (let i = shared; i < id.length; i += 1, at += 1) if (bytes[at] !== id.charCodeAt(i)) return false;
    if (shared === 0) return true;
    this.number(ref);
    const chars = this.chars;
    for (let i = 0; i < shared; i += 1) if (chars[i] !== id.charCodeAt(i)) return false;
    return true;
  }
}
