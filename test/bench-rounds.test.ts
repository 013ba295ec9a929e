/** The bench's rounds: each round starts one contender later, so each contender takes every place in turn. */
import { describe, expect, it } from 'vitest';
import { rounds, type Measure } from '../scripts/bench/measure.ts';

describe("the bench's rounds", () => {
  it('vary the order of the contenders, and give each the median of its runs', async () => {
    const order: string[] = [];
    const contender = (name: string, seconds: number[]) => {
      let run = 0;
      return async (): Promise<Measure> => {
        order.push(name);
        return { seconds: seconds[run++] ?? Number.NaN, cpuSeconds: 1, maxRssMb: 10 * run, ok: true };
      };
    };
    const result = await rounds(3, { a: contender('a', [3, 1, 2]), b: contender('b', [5, 4, 6]), c: contender('c', [7, 7, 9]) });
    // Each round runs every contender once, and each contender takes every place in turn.
    const byRound = [order.slice(0, 3), order.slice(3, 6), order.slice(6, 9)];
    for (const round of byRound) expect([...round].sort()).toEqual(['a', 'b', 'c']);
    for (const name of ['a', 'b', 'c']) expect(new Set(byRound.map((round) => round.indexOf(name))), name).toEqual(new Set([0, 1, 2]));
    expect([result.a.seconds, result.b.seconds, result.c.seconds]).toEqual([2, 5, 7]);
    expect(result.a.maxRssMb).toBe(30);
  });
});
