/** The members that are not undefined: an optional member is left out rather than set to undefined (exactOptionalPropertyTypes). */
export const definedOnly = <T extends Record<string, unknown>>(members: T): { [K in keyof T]?: Exclude<T[K], undefined> } =>
  Object.fromEntries(Object.entries(members).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
