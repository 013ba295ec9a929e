/**
 * Ranges, found by their fields' names: in one object, `startX` and `endX`, or `xStart` and `xEnd`
 * (`startDate`/`endDate`, `lineStart`/`lineEnd`). The end must not come before the start: the
 * validator checks it in records (rule-sites.ts) and in table rows (flatten.ts) alike.
 */

/** The pairs of fields among `keys` that make a range, in the order of their start fields. */
export const rangePairs = (keys: readonly string[]): { start: string; end: string }[] =>
  keys.flatMap((start) => {
    const end = /^start[A-Z]/u.test(start) ? `end${start.slice('start'.length)}` : /[a-z]Start$/u.test(start) ? `${start.slice(0, -'Start'.length)}End` : undefined;
    return end !== undefined && keys.includes(end) ? [{ start, end }] : [];
  });
