/** The bench's rounds: each round starts one contender later, so no contender always follows the same one. */
import { describe, expect, it } from 'vitest';
import { rounds, type Measure } from '../scripts/bench/measure.ts';

describe("the bench's rounds", () => {
  it('rotate the order of the contenders, and give each the median of its runs', async () => {
    const order: string[] = [];
    const contender = (name: string, seconds: number[]) => {
      let run = 0;
      return async (): Promise<Measure> => {
        order.push(name);
        return { seconds: seconds[run++] ?? Number.NaN, cpuSeconds: 1, maxRssMb: 10 * run, ok: true };
      };
    };
    const result = await rounds(3, { a: contender('a', [3, 1, 2]), b: contender('b', [5, 4, 6]), c: contender('c', [7, 7, 9]) });
    expect(order).toEqual(['a', 'b', 'c', 'b', 'c', 'a', 'c', 'a', 'b']);
    expect([result.a.seconds, result.b.seconds, result.c.seconds]).toEqual([2, 5, 7]);
    expect(result.a.maxRssMb).toBe(30);
  });
});
