/** JSON Pointers (RFC 6901) as the rules, the validator and the build write and read them. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pointerKeys, pointerToken, setAtPath, toPointer, valueAt, valueAtPath } from '../src/json-pointer.ts';

describe('JSON Pointers', () => {
  it('escape `~` as `~0` and `/` as `~1` (RFC 6901 section 3), and leave other keys as they are', () => {
    expect(pointerToken('a/b~c')).toBe('a~1b~0c');
    expect(pointerToken('~1')).toBe('~01');
    expect(pointerToken('place')).toBe('place');
    expect(toPointer(['remarks', 0, 'text'])).toBe('/remarks/0/text');
  });

  it('find the value they were made for, whatever the keys hold', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), fc.jsonValue(), (keys, leaf) => {
        const root = keys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), leaf);
        expect(valueAt(root, toPointer(keys))).toEqual(leaf);
        expect(pointerKeys(toPointer(keys))).toEqual(keys);
      }),
    );
  });

  it('set a value where a path of keys leads, making the objects on the way, and read it back there', () => {
    const record: Record<string, unknown> = { place: 'a text, replaced by an object' };
    setAtPath(record, pointerKeys('/place/a~1b~0c'), 1);
    expect(record).toEqual({ place: { 'a/b~c': 1 } });
    fc.assert(
      fc.property(fc.array(fc.string().filter((key) => key !== '__proto__'), { minLength: 1, maxLength: 4 }), fc.jsonValue(), (keys, leaf) => {
        const root: Record<string, unknown> = {};
        setAtPath(root, keys, leaf);
        expect(valueAtPath(root, keys)).toEqual(leaf);
        expect(valueAt(root, toPointer(keys))).toEqual(leaf);
      }),
    );
  });
});
