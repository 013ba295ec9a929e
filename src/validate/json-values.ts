/**
 * A value read as JSON data before the validators see it: what JSON cannot hold (a BigInt, a
 * function, a symbol, a cycle, a getter or Proxy that throws), strings holding a lone surrogate (half
 * of a UTF-16 pair, no character, on which JSON Schema validators disagree), and values whose JSON
 * text would pass the 64 MiB any record may take, are issues, never exceptions.
 *
 * Given in memory, a value is copied with the keys the validators would read, less those a polluted
 * `Object.prototype` lends, into objects that do not inherit from it, holes of sparse arrays as
 * `undefined` (the same for validateRecord and validateRecords), each getter run once. A sub-object
 * used in many places is read once and its size counted at each (a DAG of 41 objects can stand for
 * 2^40 in JSON): the work is linear in the objects, and the validators walk at most what 64 MiB of
 * text would hold.
 */
import type { RecordIssue } from './issues.ts';
import { TOO_DEEP_FAULT } from './json-text.ts';
import { DEFAULT_MAX_RECORD_BYTES, MAX_DEPTH } from './text-limits.ts';
import { excerpt } from './excerpt.ts';
import { toPointer } from '../json-pointer.ts';

/** A surrogate without its pair (written without the `u` flag, so that each half is one unit). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Properties of `Object.prototype` in every engine; another makes parsed objects inherit it. */
const STANDARD_OBJECT_PROTOTYPE: ReadonlySet<string> = new Set([
  'constructor',
  '__defineGetter__',
  '__defineSetter__',
  'hasOwnProperty',
  '__lookupGetter__',
  '__lookupSetter__',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toString',
  'valueOf',
  '__proto__',
  'toLocaleString',
]);

/** Whether `Object.prototype` holds more than the standard properties (it was polluted): `{}` would then seem to have them. */
export const objectPrototypeExtended = (): boolean => Object.getOwnPropertyNames(Object.prototype).some((name) => !STANDARD_OBJECT_PROTOTYPE.has(name));

/**
 * The prototype of copied objects: none of Object.prototype's keys (a polluted one lends nothing,
 * and a key `__proto__` is an own key), but what the rules need to compare values of a wrong type
 * (`end < start` on two objects) without throwing.
 */
const COPY_PROTOTYPE: object = Object.freeze(Object.create(null, { valueOf: { value: Object.prototype.valueOf }, toString: { value: Object.prototype.toString } }));

/**
 * An object's keys as the schemas' validators read them (`for…in`: its own and what its prototypes
 * lend), less what Object.prototype lends: a polluted one gives no record a field.
 */
const keysOf = (object: object): string[] => {
  const keys: string[] = [];
  for (const key in object) if (Object.hasOwn(object, key) || !Object.hasOwn(Object.prototype, key)) keys.push(key);
  return keys;
};

type Read = { readonly value: unknown; readonly size: number } | { readonly issue: RecordIssue };

const thrown = (error: unknown): string => {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return 'an error';
  }
};

/** Walks (and copies, when asked) one value, depth first, keeping the path only as tokens. */
class ValueReader {
  private readonly path: (string | number)[] = [];
  private readonly ancestors = new Set<object>();
  private readonly seen = new Map<object, { value: unknown; size: number }>();

  constructor(private readonly copy: boolean) {}

  private issue(code: RecordIssue['code'], message: string): { issue: RecordIssue } {
    return { issue: { pointer: toPointer(this.path), code, message } };
  }

  private text(text: string): Read | undefined {
    if (!LONE_SURROGATE.test(text)) return undefined;
    const shown = excerpt(text).replace(LONE_SURROGATE, (half) => `\\u${half.charCodeAt(0).toString(16).toUpperCase()}`);
    return this.issue('lone-surrogate', `"${shown}" holds half of a surrogate pair, which is no character (a JSON \\uD800 escape without its pair): write the character itself, or remove the escape`);
  }

  read(node: unknown): Read {
    const type = typeof node;
    if (type === 'string') return this.text(node as string) ?? { value: node, size: (node as string).length + 2 };
    if (type === 'bigint' || type === 'function' || type === 'symbol') return this.issue('wrong-type', `must be a JSON value, not a ${type === 'bigint' ? 'BigInt' : type}`);
    if (type !== 'object' || node === null) return { value: node, size: type === 'number' ? 1 : 4 };
    const object = node as object;
    const known = this.seen.get(object);
    if (known !== undefined) return known;
    if (this.ancestors.has(object)) return this.issue('wrong-type', 'refers back to an object that holds it (a cycle), which JSON cannot hold');
    if (this.ancestors.size > MAX_DEPTH) return this.issue(TOO_DEEP_FAULT.code, TOO_DEEP_FAULT.message);
    this.ancestors.add(object);
    try {
      const read = this.members(object);
      // Parsed text holds no shared objects: only values given in memory are remembered.
      if (this.copy && 'value' in read) this.seen.set(object, read);
      return read;
    } catch (error) {
      return this.issue('wrong-type', `could not be read: reading it threw ${excerpt(thrown(error))} (a getter or a Proxy?); give plain data`);
    } finally {
      this.ancestors.delete(object);
    }
  }

  /** An object's or an array's members; throws what a getter or a Proxy throws. */
  private members(object: object): Read {
    const isArray = Array.isArray(object);
    const keys: readonly string[] | undefined = isArray ? undefined : keysOf(object);
    const count = keys === undefined ? (object as unknown[]).length : keys.length;
    // Each item takes at least a character and a comma: a long array is refused by its length alone.
    if (count > DEFAULT_MAX_RECORD_BYTES / 2) return this.tooLarge();
    const out: unknown[] | Record<string, unknown> | undefined = this.copy ? (isArray ? [] : (Object.create(COPY_PROTOTYPE) as Record<string, unknown>)) : undefined;
    let size = 2 + Math.max(0, count - 1);
    for (let index = 0; index < count; index += 1) {
      const key = keys === undefined ? index : (keys[index] as string);
      this.path.push(key);
      const read = typeof key === 'string' ? (this.text(key) ?? this.read((object as Record<string, unknown>)[key])) : this.read(Object.hasOwn(object, key) ? (object as unknown[])[key] : undefined);
      this.path.pop();
      if (!('value' in read)) return read;
      size += read.size + (typeof key === 'string' ? key.length + 3 : 0);
      if (size > DEFAULT_MAX_RECORD_BYTES) return this.tooLarge();
      if (out !== undefined) (out as Record<string | number, unknown>)[key] = read.value;
    }
    return { value: out ?? object, size };
  }

  private tooLarge(): { issue: RecordIssue } {
    return this.issue('too-large', `as JSON text it would be longer than ${DEFAULT_MAX_RECORD_BYTES} characters (an object used in several places counts in each), more than any valid record; not checked`);
  }
}

/** A value given in memory, copied as JSON data, or its first problem. */
export const readJsonValue = (value: unknown): { readonly value: unknown; readonly issue?: undefined } | { readonly value?: undefined; readonly issue: RecordIssue } => {
  const read = new ValueReader(true).read(value);
  return 'issue' in read ? read : { value: read.value };
};

/** The first problem of a parsed value (a lone surrogate from a `\u` escape), or undefined. */
export const notJsonProblem = (value: unknown): RecordIssue | undefined => {
  const read = new ValueReader(false).read(value);
  return 'issue' in read ? read.issue : undefined;
};
