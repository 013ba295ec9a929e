/**
 * Lists longer than their schema allows, found before the validator collects every error of every
 * item of such a list (which costs time for nothing). Walks only the properties that lead to lists,
 * so its cost is bounded by the lists the schema allows.
 */
import type { RecordIssue } from './issues.ts';
import { pointerToken } from '../json-pointer.ts';

/** Where a record's lists are and how long each may be (the build derives it from the schema's maxItems). */
export interface ItemLimits {
  readonly maxItems?: number;
  readonly items?: ItemLimits;
  readonly properties?: Readonly<Record<string, ItemLimits>>;
}

/** The first list in `value` longer than its limit, as an issue; undefined when there is none. */
export const tooManyItems = (value: unknown, limits: ItemLimits, pointer = ''): RecordIssue | undefined => {
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
