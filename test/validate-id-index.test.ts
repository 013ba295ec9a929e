/**
 * The index of ids (src/validate/id-index.ts): exact whatever the hashes, across the growth of its
 * tables and the blocks of its arena.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdIndex } from '../src/validate/id-index.ts';
import { runs, stress } from './helpers.ts';

const idOf = (index: number) => `org-${index}`;

describe('the index of ids', () => {
  it('finds every id with its number, and no other, while its tables grow', () => {
    const index = new IdIndex();
    const count = stress ? 200_000 : 40_000;
    const wrong: string[] = [];
    for (let i = 0; i < count; i += 1) {
      if (index.add(idOf(i), i + 1) !== undefined) wrong.push(`${idOf(i)} was there before it was added`);
      // Right after each add (and so right after each growth), an older id is still there with its number.
      if (index.add(idOf(i >>> 1), 0) !== (i >>> 1) + 1) wrong.push(`${idOf(i >>> 1)} lost after adding ${idOf(i)}`);
    }
    for (let i = 0; i < count; i += 1) {
      if (!index.has(idOf(i))) wrong.push(`${idOf(i)} missing`);
      if (index.has(`org-x${i}`)) wrong.push(`org-x${i} found`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(index.size).toBe(count);
    expect(index.add(idOf(count - 1), 0)).toBe(count);
  });

  it('keeps ids of any characters exactly, a wide one first, inside or last, across arena blocks', () => {
    // One hash for all: every lookup compares the stored characters (and so looks at every id before
    // it: quadratic, which is why there are few). Ids of 1 to 70 000 characters cross the arena's
    // 1 MiB blocks (125 ids fill more than two; test:stress adds 1,875); U+00FF and U+0100 sit at
    // the border of one byte per character.
    const index = new IdIndex(() => 0x12345678);
    const ids: string[] = [];
    for (let i = 0; i < (stress ? 400 : 25); i += 1) {
      const narrow = `${'x'.repeat(i % 5 === 0 ? 70_000 : i)}${i}\u00ff`;
      ids.push(narrow, `\u0100${narrow}`, `${narrow.slice(0, 1)}\u0100${narrow.slice(1)}`, `${narrow}\u0100`, `${narrow}\u{1F600}`);
    }
    ids.forEach((id, at) => expect(index.add(id, at + 1)).toBeUndefined());
    ids.forEach((id, at) => expect(index.add(id, 0)).toBe(at + 1));
    expect(index.byteLength, 'ids across more than two blocks').toBeGreaterThan(2 * 2 ** 20);
    expect(index.has(`${'x'.repeat(3)}3\u00fe`)).toBe(false);
    expect(index.has(`x\u0100`)).toBe(false);
  });

  it('keeps the whole 32-bit number and the source of each id', () => {
    const index = new IdIndex();
    const values = [0, 1, 0x7fffffff, 0x80000000, 0xffffffff];
    values.forEach((value, at) => index.add(`id-${at}`, value, at === 2 ? 0 : at + 1));
    values.forEach((value, at) => {
      expect(index.add(`id-${at}`, 5)).toBe(value);
      expect(index.firstSource).toBe(at === 2 ? 0 : at + 1);
    });
  });

  it('tells ids apart when many share a hash, a table or a key, across growth', () => {
    const hashes: [string, (id: string) => number][] = [
      ['one hash for all', () => 0x12345678],
      ['one table, few keys', (id) => 0x7f000000 | ((id.length % 3) << 8)],
      ['keys 0 and 1, which share a slot key', (id) => 0x01000000 | ((id.charCodeAt(id.length - 1) & 1) << 8)],
      ['one key, every table', (id) => ((id.charCodeAt(id.length - 1) * 31) & 0xff) << 24],
      ['two hash values', (id) => (id.length % 2 === 0 ? 0 : 0xffffffff)],
    ];
    for (const [, hash] of hashes) {
      const index = new IdIndex(hash);
      const ids = Array.from({ length: stress ? 1500 : 400 }, (_, i) => (i % 7 === 0 ? `中${i}` : `x${i}`));
      ids.forEach((id, at) => expect(index.add(id, at + 1)).toBeUndefined());
      ids.forEach((id, at) => expect(index.add(id, 0)).toBe(at + 1));
      expect(index.has(`x${ids.length}`)).toBe(false);
      expect(index.has(`中${ids.length + 1}`)).toBe(false);
      const copy = IdIndex.fromSnapshot(index.snapshot(), hash);
      expect(copy.size).toBe(ids.length);
      expect(ids.every((id) => copy.has(id))).toBe(true);
      expect(copy.has('x0')).toBe(false);
    }
  });

  it('finds every id with its number whatever ids and numbers come, one after another (front-coded)', () => {
    // Ids from a few characters, so that many share a beginning; numbers that rise, fall and jump.
    // (A long part makes ids longer than the buffer an entry is first read into.)
    const id = fc.array(fc.constantFrom('a', 'b', '-', '1', '\u00ff', '\u0100', '中', '\ud83d', 'x'.repeat(50)), { maxLength: 12 }).map((parts) => parts.join(''));
    const number = fc.oneof(fc.nat(100), fc.constantFrom(0, 0x7fffffff, 0x80000000, 0xffffffff));
    fc.assert(
      fc.property(fc.array(fc.tuple(id, number), { maxLength: 120 }), fc.boolean(), (entries, oneHash) => {
        const hash = oneHash ? () => 0x12345678 : undefined;
        const index = new IdIndex(hash);
        const kept = new Map<string, number>();
        for (const [text, value] of entries) {
          expect(index.add(text, value)).toBe(kept.get(text));
          if (!kept.has(text)) kept.set(text, value);
        }
        const copy = IdIndex.fromSnapshot(index.snapshot(), hash);
        for (const [text, value] of kept) {
          expect(copy.has(text)).toBe(true);
          expect(index.add(text, 1)).toBe(value);
        }
        for (const [text] of entries) expect(index.has(`${text}x`)).toBe(kept.has(`${text}x`));
        // The copy keeps the numbers too, and takes more ids (even the copy of an empty index).
        for (const [text, value] of kept) expect(copy.add(text, 1)).toBe(value);
        for (const [text, value] of entries) {
          const added = `${text}+`;
          expect(copy.add(added, value)).toBe(kept.get(added));
          if (!kept.has(added)) kept.set(added, value);
        }
        for (const [text, value] of kept) expect(copy.add(text, 0)).toBe(value);
      }),
      { numRuns: runs(2000) },
    );
  });

  it('gives an id of 700 000 characters below U+0100 one byte a character (a block of 1 MiB, not 1.4 MB)', () => {
    const index = new IdIndex();
    index.add('x'.repeat(700_000), 1);
    expect(index.byteLength).toBeLessThan(1.1 * 2 ** 20);
    expect(index.add('x'.repeat(700_000), 2)).toBe(1);
  });

  it('takes more ids in a copy of an empty index', () => {
    const copy = IdIndex.fromSnapshot(new IdIndex().snapshot());
    for (let i = 0; i < 100; i += 1) expect(copy.add(`new-${i}`, i + 5)).toBeUndefined();
    for (let i = 0; i < 100; i += 1) expect(copy.add(`new-${i}`, 0)).toBe(i + 5);
  });
});
