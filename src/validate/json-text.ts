/**
 * Parses the JSON text of one record with `JSON.parse`, and catches what it silently accepts:
 * duplicate keys (it keeps the last) and absurd nesting. Positions become line and column.
 */
import type { InputProblem } from './bytes.ts';
import { excerpt } from './excerpt.ts';
import { MAX_DEPTH, MAX_MEMBERS } from './text-limits.ts';
import type { ErrorCode } from './types.ts';


export type ParseResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly code: ErrorCode; readonly message: string; readonly offset?: number };

/** One walk over a parsed value: whether `for…in` sees inherited keys (then skipped), and the keys it counted. */
interface Walk {
  readonly inherited: boolean;
  keys: number;
}

/**
 * The fewest characters of a JSON number token for `value`, or a lower bound: a safe integer with
 * fewer than three trailing zeros takes its digits and sign (an exponent saves nothing); any other, one.
 */
const shortestNumberLength = (value: number): number => {
  if (!Number.isSafeInteger(value) || value % 1000 === 0) return 1;
  let length = value < 0 ? 2 : 1;
  for (let rest = Math.abs(value); rest >= 10; rest = Math.floor(rest / 10)) length += 1;
  return length;
};

/** The fewest characters a JSON text can take for a value that is not an object or an array. */
const scalarLength = (value: unknown): number =>
  typeof value === 'string' ? value.length + 2 : typeof value === 'number' ? shortestNumberLength(value) : value === false ? 5 : 4;

/**
 * The fewest characters any JSON text of this parsed object or array can have (no white space, no
 * escapes); -1 when it nests deeper than MAX_DEPTH. Counts the keys into `walk`. (`for…in` is
 * twice as fast as Object.values here.)
 */
const shortestTextLength = (value: object, depth: number, walk: Walk): number => {
  if (depth > MAX_DEPTH) return -1;
  if (Array.isArray(value)) {
    // The brackets and a comma between each two items.
    let length = value.length === 0 ? 2 : value.length + 1;
    for (let index = 0; index < value.length; index += 1) {
      const inner = valueLength(value[index], depth + 1, walk);
      if (inner < 0) return -1;
      length += inner;
    }
    return length;
  }
  let members = 0;
  let length = 0;
  for (const key in value) {
    // A polluted Object.prototype lends every object its keys: they are not the text's.
    if (walk.inherited && !Object.hasOwn(value, key)) continue;
    members += 1;
    const inner = valueLength((value as Record<string, unknown>)[key], depth + 1, walk);
    if (inner < 0) return -1;
    // The key, its quotes and its colon, and the value.
    length += key.length + 3 + inner;
  }
  walk.keys += members;
  return length + (members === 0 ? 2 : members + 1);
};

/** The fewest characters of any JSON text of a value at `depth`; -1 when it nests deeper than MAX_DEPTH. */
const valueLength = (value: unknown, depth: number, walk: Walk): number =>
  typeof value === 'object' && value !== null ? shortestTextLength(value, depth, walk) : scalarLength(value);

/** Whether `Object.prototype` has a key that `for…in` would see on every parsed object (it was polluted). */
const prototypeHasKeys = (): boolean => {
  for (const _ in Object.prototype) return true;
  return false;
};

const newWalk = (): Walk => ({ inherited: prototypeHasKeys(), keys: 0 });

/** The fewest characters any JSON text of a parsed value can have (see shortestTextLength); -1 when too deep. */
export const shortestJsonLength = (value: unknown): number => valueLength(value, 0, newWalk());

/**
 * How many keys the text ends: a quote before a colon, with or without white space between (a colon
 * inside a string may count too, which only makes the exact check run).
 */
const countKeyEnds = (text: string): number => {
  let count = 0;
  for (let at = text.indexOf(':'); at !== -1; at = text.indexOf(':', at + 1)) {
    let before = at - 1;
    let char = text.charCodeAt(before);
    while (char === 0x20 || char === 0x0a || char === 0x0d || char === 0x09) char = text.charCodeAt(--before);
    if (char === 0x22) count += 1;
  }
  return count;
};

/** The exact check, when the cheap ones disagree: the first key seen twice in one object. */
export const findDuplicateKey = (text: string): { key: string; offset: number } | undefined => {
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text.charCodeAt(i);
    if (char === 0x22 /* " */) {
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) !== 0x22) end += text.charCodeAt(end) === 0x5c ? 2 : 1;
      const top = stack.at(-1);
      if (expectKey && top) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.has(key)) return { key, offset: i };
        top.add(key);
      }
      expectKey = false;
      i = end;
    } else if (char === 0x7b /* { */) {
      stack.push(new Set());
      expectKey = true;
    } else if (char === 0x5b /* [ */) {
      stack.push(null);
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) {
      stack.pop();
    } else if (char === 0x2c /* , */) {
      expectKey = stack.at(-1) instanceof Set;
    }
  }
  return undefined;
};

const POSITION = / in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/u;

/** The first place, outside strings, where `char` is: V8 names the token but not where it is (NaN, Infinity, …). */
const tokenOffset = (text: string, char: string): number | undefined => {
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i += 1;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (text[i] === char) return i;
  }
  return undefined;
};

const malformed = (error: unknown, text: string): ParseResult => {
  const raw = error instanceof Error ? error.message : String(error);
  if (raw.startsWith('Unexpected end of JSON input')) {
    return { ok: false, code: 'truncated', message: 'the JSON ends too early (truncated?)', offset: text.length };
  }
  const match = POSITION.exec(raw);
  const message = (match === null ? raw : raw.slice(0, match.index)).slice(0, 160);
  const token = match === null ? /^Unexpected token '(.)'/u.exec(raw)?.[1] : undefined;
  const offset = match === null ? (token === undefined ? undefined : tokenOffset(text, token)) : Number(match[1]);
  return offset === undefined
    ? { ok: false, code: 'malformed-json', message: `malformed JSON: ${message}` }
    : { ok: false, code: 'malformed-json', message: `malformed JSON: ${message}`, offset };
};

/**
 * A record's text of more characters is long, and guarded where a short one cannot hold enough to
 * matter: its nesting is measured before JSON.parse sees it (33 million levels of `[[[…]]]` take 50
 * times the text's size in memory), its lists are held to their bounds before the validator checks
 * every item (record-check.ts), and past the issue cap it is parsed without being told apart by
 * json-syntax.ts first (record-text.ts).
 */
export const LONG_TEXT = 64 * 1024;

export const TOO_DEEP_FAULT: InputProblem = { code: 'too-deep', message: `nested deeper than ${MAX_DEPTH} levels; no valid record is` };
const TOO_WIDE_FAULT: InputProblem = {
  code: 'too-large',
  message: `holds an object of more than ${MAX_MEMBERS} members (no object of a valid record has even 100); not checked`,
};

/**
 * Whether a record's text, or its UTF-8 bytes, opens more than MAX_DEPTH + 1 arrays or objects
 * inside each other (the limit of the parsed walk), or has an object of more than MAX_MEMBERS
 * members (parsed, 6 million keys took a gigabyte, and as many errors four more). It looks at
 * ASCII only, which UTF-8 never uses inside another character: bytes and text give one answer, so a
 * long line is refused unread.
 */
export const nestingFault = (text: string | Uint8Array): InputProblem | undefined => {
  const isText = typeof text === 'string';
  const at = (index: number) => (isText ? text.charCodeAt(index) : (text[index] as number));
  let depth = 0;
  // Per open container: its commas so far, or -1 for an array.
  const commas = new Int32Array(MAX_DEPTH + 3);
  for (let i = 0; i < text.length; i += 1) {
    const char = at(i);
    if (char === 0x22 /* " */) {
      // To the closing quote: one after an even number of backslashes.
      for (;;) {
        i = isText ? text.indexOf('"', i + 1) : text.indexOf(0x22, i + 1);
        if (i === -1) return undefined;
        let backslashes = 0;
        while (at(i - 1 - backslashes) === 0x5c) backslashes += 1;
        if (backslashes % 2 === 0) break;
      }
    } else if (char === 0x5b || char === 0x7b) {
      depth += 1;
      if (depth > MAX_DEPTH + 1) return TOO_DEEP_FAULT;
      commas[depth] = char === 0x7b ? 0 : -1;
    } else if (char === 0x5d || char === 0x7d) depth -= 1;
    else if (char === 0x2c && depth > 0 && (commas[depth] as number) >= 0 && ++(commas[depth] as number) >= MAX_MEMBERS) return TOO_WIDE_FAULT;
  }
  return undefined;
};

/** Lines of more bytes may hold a long text (LONG_TEXT characters): their nesting is measured on the bytes. */
export const LONG_TEXT_BYTES = 3 * LONG_TEXT;

/** V8's (Node's and Chromium's) Error, whose stack depth can be set; the DOM's types do not declare it. */
const V8Error = Error as ErrorConstructor & { stackTraceLimit: number };

/** Parses one record's JSON text; `scanned`: its nesting was measured already (on its bytes) and was within bounds. */
export const parseRecordText = (text: string, scanned = false): ParseResult => {
  const fault = !scanned && text.length > LONG_TEXT ? nestingFault(text) : undefined;
  if (fault !== undefined) return { ok: false, ...fault };
  let value: unknown;
  // Text that does not start with `{` most likely fails: a throw without a stack costs half as much.
  const likelyBroken = text.charCodeAt(0) !== 0x7b;
  const stackTraceLimit = V8Error.stackTraceLimit;
  if (likelyBroken) V8Error.stackTraceLimit = 0;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return malformed(error, text);
  } finally {
    if (likelyBroken) V8Error.stackTraceLimit = stackTraceLimit;
  }
  const walk = newWalk();
  const shortest = valueLength(value, 0, walk);
  if (shortest < 0) return { ok: false, ...TOO_DEEP_FAULT };
  // A key JSON.parse dropped makes the text longer than the shortest text of what it kept: a text of
  // that length has none. Else the key ends are counted. Keys of a polluted prototype would add to
  // the walk's length and keys, and could make up for a dropped one: then the exact check runs.
  if (walk.inherited || (text.length !== shortest && walk.keys !== countKeyEnds(text))) {
    const duplicate = findDuplicateKey(text);
    if (duplicate !== undefined) {
      return {
        ok: false,
        code: 'duplicate-json-key',
        message: `key "${excerpt(duplicate.key)}" appears twice in one object (a JSON parser keeps only one of them); remove one`,
        offset: duplicate.offset,
      };
    }
  }
  return { ok: true, value };
};

/** True when the first character after JSON white space is `{`. */
export const beginsObject = (text: string): boolean => {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x7b) return true;
    // Space, tab, line feed, carriage return: JSON's white space.
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return false;
  }
  return false;
};

/** 1-based line and column of a character offset in a text. */
export const lineAndColumn = (text: string, offset: number): { line: number; column: number } => {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
};
