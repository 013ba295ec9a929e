/** JSON Pointers (RFC 6901), shared by the rules, the validator and the build. */

/** A key as one token of a JSON Pointer: `~` becomes `~0`, `/` becomes `~1`. */
export const pointerToken = (key: string): string => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** The JSON Pointer of a path of keys and array indexes (`['place', 'city']` → `/place/city`). */
export const toPointer = (path: readonly PropertyKey[]): string => path.map((key) => `/${pointerToken(String(key))}`).join('');
