/**
 * Texts (ids, keys) stored one after another in 1 MiB byte blocks instead of as a string object
 * each: a length header (the length times two, plus one when stored as UTF-16) and the
 * characters, one byte each when all are below U+0100, else two (UTF-16, lone surrogates kept).
 * A text is known by a number: block × 2^20 + offset (4 GiB of texts at most). A longer text gets a
 * block of its own. (The ids of an IdIndex are kept front-coded, with their lines: id-arena.ts.)
 */

import { VarintReader, varintBytes, writeVarint } from './bytes.ts';

const BLOCK_BYTES = 1 << 20;

export class TextArena {
  blocks: Uint8Array<ArrayBuffer>[] = [];
  private used = BLOCK_BYTES;
  private readonly reader = new VarintReader();

  /** The bytes of the blocks, to say how much memory the texts take. */
  get byteLength(): number {
    return this.blocks.reduce((sum, block) => sum + block.byteLength, 0);
  }

  /** Stores a text; returns where (block × 2^20 + offset: 4 GiB of texts at most). */
  add(id: string): number {
    // Ids are ASCII slugs: a text below U+0100 is the case to make fast, in one pass that writes
    // each character as it checks it (and starts again, two bytes each, at the first wider one).
    const narrowSize = varintBytes(id.length * 2) + id.length;
    if (this.used + narrowSize > BLOCK_BYTES || this.blocks.length === 0) this.newBlock(narrowSize);
    const bytes = this.blocks[this.blocks.length - 1] as Uint8Array;
    const start = this.used;
    const at = writeVarint(bytes, start, id.length * 2);
    for (let i = 0; i < id.length; i += 1) {
      const unit = id.charCodeAt(i);
      if (unit > 0xff) return this.addWide(id);
      bytes[at + i] = unit;
    }
    this.used = narrowSize > BLOCK_BYTES ? BLOCK_BYTES : at + id.length;
    return (this.blocks.length - 1) * BLOCK_BYTES + start;
  }

  private newBlock(size: number): void {
    this.blocks.push(new Uint8Array(Math.max(BLOCK_BYTES, size)));
    this.used = 0;
  }

  /** `add` for a text with a character above U+00FF: two bytes each (what `add` wrote is overwritten). */
  private addWide(id: string): number {
    const header = id.length * 2 + 1;
    const size = varintBytes(header) + id.length * 2;
    if (this.used + size > BLOCK_BYTES) this.newBlock(size);
    const block = this.blocks.length - 1;
    const bytes = this.blocks[block] as Uint8Array;
    const start = this.used;
    let at = writeVarint(bytes, start, header);
    for (let i = 0; i < id.length; i += 1, at += 2) {
      const unit = id.charCodeAt(i);
      bytes[at] = unit & 0xff;
      bytes[at + 1] = unit >>> 8;
    }
    this.used = size > BLOCK_BYTES ? BLOCK_BYTES : at;
    return block * BLOCK_BYTES + start;
  }

  /** The header of the text at `ref` and where its characters start. */
  private header(ref: number): { bytes: Uint8Array; header: number; at: number } {
    const bytes = this.blocks[Math.floor(ref / BLOCK_BYTES)] as Uint8Array;
    this.reader.at = ref % BLOCK_BYTES;
    const header = this.reader.read(bytes);
    return { bytes, header, at: this.reader.at };
  }

  /** The text stored at `ref`. */
  read(ref: number): string {
    const { bytes, header, at } = this.header(ref);
    const length = Math.floor(header / 2);
    let text = '';
    // In pieces: String.fromCharCode takes its arguments on the stack.
    for (let start = 0; start < length; start += 8192) {
      const end = Math.min(length, start + 8192);
      const units: number[] = [];
      for (let i = start; i < end; i += 1) units.push(header % 2 === 1 ? (bytes[at + 2 * i] as number) | ((bytes[at + 2 * i + 1] as number) << 8) : (bytes[at + i] as number));
      text += String.fromCharCode(...units);
    }
    return text;
  }
}
