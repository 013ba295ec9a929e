/**
 * The arena of ids (src/validate/id-arena.ts): front-coded entries read back exactly, whether they
 * are sought in the order they were added (as held references are resolved) or in any other.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { IdArena } from '../src/validate/id-arena.ts';
import { runs } from './helpers.ts';

it('reads back every id and number, in any order of seeking and comparing', () => {
  const id = fc.array(fc.constantFrom('a', 'b', '-', '1', '\u00ff', '\u0100', '中', 'x'.repeat(40)), { maxLength: 10 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(fc.array(fc.tuple(id, fc.nat(1000)), { minLength: 1, maxLength: 100, size: 'max' }), fc.array(fc.tuple(fc.nat(), fc.nat(2)), { maxLength: 200, size: 'max' }), (entries, visits) => {
      const arena = new IdArena();
      const refs = entries.map(([text, value]) => arena.add(text, value));
      // In order first, then in the order drawn; each visit reads the text, the number or compares.
      // (Lists of full size: the arena starts a group every 16 entries.)
      const order = [...entries.keys(), ...visits.map(([at]) => at % entries.length)].map((at, step) => [at, visits[step]?.[1] ?? step % 3] as const);
      const read = () => {
        for (const [at, how] of order) {
          const [text, value] = entries[at] as [string, number];
          const ref = refs[at] as number;
          if (how === 0) expect(arena.idAt(ref)).toBe(text);
          else if (how === 1) expect(arena.number(ref)).toBe(value);
          else expect(arena.equals(ref, text)).toBe(true);
        }
      };
      read();
      const seen: [string, number][] = [];
      arena.forEach((text, value) => seen.push([text, value]));
      expect(seen).toEqual(entries);
      read();
      // A walk of every entry between two seeks in order leaves the next seek nothing to go on from.
      for (const [at, [text]] of entries.entries()) {
        if (at > 0) arena.idAt(refs[at - 1] as number);
        arena.forEach(() => undefined);
        expect(arena.idAt(refs[at] as number)).toBe(text);
      }
    }),
    { numRuns: runs(1000) },
  );
});
