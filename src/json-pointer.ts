/** JSON Pointers (RFC 6901), shared by the rules, the validator and the build. */

/**
 * A key as one token of a JSON Pointer: `~` becomes `~0`, `/` becomes `~1`. Most keys hold
 * neither and are returned as they are: the rules make a pointer for every reference of every
 * record, and two replaceAll calls per step were 7% of validating NDJSON.
 */
export const pointerToken = (key: string): string => (key.includes('~') || key.includes('/') ? key.replaceAll('~', '~0').replaceAll('/', '~1') : key);

/** The JSON Pointer of a path of keys and array indexes (`['place', 'city']` → `/place/city`). */
export const toPointer = (path: readonly PropertyKey[]): string => path.map((key) => `/${pointerToken(String(key))}`).join('');

/** The value at a JSON Pointer (undefined where there is none). */
export const valueAt = (root: unknown, pointer: string): unknown => {
  let value = root;
  for (const token of pointer.split('/').slice(1)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[token.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return value;
};
