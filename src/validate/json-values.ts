/**
 * Values JSON cannot hold (in memory: a BigInt, a function, a symbol, a cycle), and strings holding
 * a lone surrogate (in memory, or from a JSON `\uD800` escape): half of a UTF-16 pair, no character,
 * on which JSON Schema validators disagree. Found before the validators see the value.
 */
import type { RecordIssue } from './issues.ts';
import { MAX_DEPTH } from './json-text.ts';
import { excerpt } from './excerpt.ts';
import { pointerToken } from '../json-pointer.ts';

/** A surrogate without its pair (written without the `u` flag, so that each half is one unit). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const loneSurrogate = (text: string, pointer: string): RecordIssue | undefined => {
  if (!LONE_SURROGATE.test(text)) return undefined;
  const shown = excerpt(text).replace(LONE_SURROGATE, (half) => `\\u${half.charCodeAt(0).toString(16).toUpperCase()}`);
  return { pointer, code: 'lone-surrogate', message: `"${shown}" holds half of a surrogate pair, which is no character (a JSON \\uD800 escape without its pair): write the character itself, or remove the escape` };
};

/** The first value JSON cannot hold or that is no text of characters, as an issue; undefined when there is none. */
export const notJsonProblem = (value: unknown): RecordIssue | undefined => {
  const ancestors: object[] = [];
  const visit = (node: unknown, pointer: string): RecordIssue | undefined => {
    const type = typeof node;
    if (type === 'bigint' || type === 'function' || type === 'symbol') {
      return { pointer, code: 'wrong-type', message: `must be a JSON value, not a ${type === 'bigint' ? 'BigInt' : type}` };
    }
    if (type === 'string') return loneSurrogate(node as string, pointer);
    if (type !== 'object' || node === null) return undefined;
    if (ancestors.includes(node as object)) return { pointer, code: 'wrong-type', message: 'refers back to an object that holds it (a cycle), which JSON cannot hold' };
    if (ancestors.length > MAX_DEPTH) return { pointer, code: 'too-deep', message: `nested deeper than ${MAX_DEPTH} levels; no valid record is` };
    ancestors.push(node as object);
    try {
      if (Array.isArray(node)) {
        for (let index = 0; index < node.length; index += 1) {
          const found = visit(node[index], `${pointer}/${index}`);
          if (found !== undefined) return found;
        }
        return undefined;
      }
      for (const key of Object.keys(node as object)) {
        const found = loneSurrogate(key, `${pointer}/${pointerToken(key)}`) ?? visit((node as Record<string, unknown>)[key], `${pointer}/${pointerToken(key)}`);
        if (found !== undefined) return found;
      }
      return undefined;
    } finally {
      ancestors.pop();
    }
  };
  return visit(value, '');
};
