/**
 * Lists longer than their schema allows, found before the full validator runs: collecting every
 * error of every item of a list far over its maxItems costs time for nothing (and ajv's error
 * lists grow with it). Walks only the properties that lead to lists, so its cost is bounded by the
 * lists the schema allows.
 */
import type { ItemLimits } from './compiled.ts';
import type { PointedIssue } from './issues.ts';
import { pointerToken } from '../json-pointer.ts';


/** The first list in `value` longer than its limit, as an issue; undefined when there is none. */
export const tooManyItems = (value: unknown, limits: ItemLimits, pointer = ''): PointedIssue | undefined => {
  if (Array.isArray(value)) {
    if (limits.maxItems !== undefined && value.length > limits.maxItems) {
      return { pointer, code: 'out-of-range', message: `must have at most ${limits.maxItems} items (it has ${value.length}); its items were not checked` };
    }
    if (limits.items === undefined) return undefined;
    for (let index = 0; index < value.length; index += 1) {
      const found = tooManyItems(value[index], limits.items, `${pointer}/${index}`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof value !== 'object' || value === null || limits.properties === undefined) return undefined;
  for (const [key, inner] of Object.entries(limits.properties)) {
    if (!Object.hasOwn(value, key)) continue;
    const found = tooManyItems((value as Record<string, unknown>)[key], inner, `${pointer}/${pointerToken(key)}`);
    if (found !== undefined) return found;
  }
  return undefined;
};
