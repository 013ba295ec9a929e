/**
 * Values given in memory (validateRecord, validateRecords) may hold what no JSON file can: a
 * BigInt, a function, a symbol, a cycle. The compiled validators and the messages are written for
 * JSON values, so such a value is reported as `wrong-type` (or `too-deep`) before they see it.
 */
import type { RecordIssue } from './issues.ts';
import { MAX_DEPTH } from './json-text.ts';
import { pointerToken } from '../json-pointer.ts';


/** The first value JSON cannot hold, as an issue; undefined when the value is all JSON. */
export const notJsonProblem = (value: unknown): RecordIssue | undefined => {
  const ancestors: object[] = [];
  const visit = (node: unknown, pointer: string): RecordIssue | undefined => {
    const type = typeof node;
    if (type === 'bigint' || type === 'function' || type === 'symbol') {
      return { pointer, code: 'wrong-type', message: `must be a JSON value, not a ${type === 'bigint' ? 'BigInt' : type}` };
    }
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
        const found = visit((node as Record<string, unknown>)[key], `${pointer}/${pointerToken(key)}`);
        if (found !== undefined) return found;
      }
      return undefined;
    } finally {
      ancestors.pop();
    }
  };
  return visit(value, '');
};
