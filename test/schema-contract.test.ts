/**
 * The published JSON Schemas as a contract for third parties' validators (schema/common.ts says
 * why each rule): no `format`, patterns in the subset every regex dialect reads alike, none that
 * `$` alone closes, none that backtracks, every bound from schema/limits.ts, and every pattern with
 * a message the validator can give. Each check is shown to fail on a schema that breaks it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { limits, patternMessages } from '../schema/index.ts';
import { distDir, readDistJson } from './helpers.ts';
import { redosVerdict } from './redos.ts';

type Node = { readonly [key: string]: unknown };

const schemaFiles = readdirSync(`${distDir}schema`).sort();
const schemas = schemaFiles.map((file) => [file, readDistJson(`schema/${file}`) as Node] as const);

/** Calls `visit` with every schema object in a schema, and its path. */
const walk = (node: unknown, path: string, visit: (node: Node, path: string) => void): void => {
  if (Array.isArray(node)) node.forEach((item, index) => walk(item, `${path}/${index}`, visit));
  if (node === null || typeof node !== 'object') return;
  visit(node as Node, path);
  for (const [key, value] of Object.entries(node)) if (key !== 'examples' && key !== 'const' && key !== 'enum') walk(value, `${path}/${key}`, visit);
};

/** Every pattern of a schema (in `pattern` or inside `not`), with where it is and its schema object. */
const patternsOf = (schema: Node) => {
  const found: { pattern: string; path: string; node: Node }[] = [];
  walk(schema, '', (node, path) => {
    if (typeof node['pattern'] === 'string') found.push({ pattern: node['pattern'], path, node });
  });
  return found;
};

const allPatterns = [...new Set(schemas.flatMap(([, schema]) => patternsOf(schema).map(({ pattern }) => pattern)))];

/** What a pattern uses that regex dialects read differently (empty when it keeps to the common subset). */
const nonPortable = (pattern: string): string[] => {
  const problems: string[] = [];
  const ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(pattern, 0, pattern.length, { unicode: true });
  visitRegExpAST(ast, {
    onCharacterSetEnter: (node) => {
      if (node.kind !== 'property') problems.push(`${node.raw}: ${node.kind} classes differ between dialects`);
      else problems.push(`${node.raw}: Unicode properties are not in every dialect`);
    },
    onAssertionEnter: (node) => {
      if (node.kind === 'lookahead' || node.kind === 'lookbehind') problems.push(`${node.raw}: look-around is not in Go's RE2`);
      if (node.kind === 'word') problems.push(`${node.raw}: word boundaries differ between dialects`);
    },
    onCharacterEnter: (node) => {
      if (/^\\u/u.test(node.raw)) problems.push(`${node.raw}: \\u escapes are read otherwise by Perl and Go (write the character)`);
      if (/^\\[vfcb0]/u.test(node.raw)) problems.push(`${node.raw}: an escape some dialects lack (write \\xHH)`);
      if (node.parent.type === 'CharacterClass' && node.raw === '[') problems.push('an unescaped [ in a class opens a nested class in Rust and Python');
    },
    onBackreferenceEnter: (node) => problems.push(`${node.raw}: back-references backtrack`),
  });
  return problems;
};

describe('the published schemas as a contract for any validator', () => {
  it('load in ajv with its defaults (strict mode, no formats added)', () => {
    for (const [file, schema] of schemas) expect(() => new Ajv2020().compile(schema), file).not.toThrow();
  });

  it('hold no noncharacter as such in their text (Perl’s JSON parser refuses the file): only as a JSON escape', () => {
    for (const file of schemaFiles) expect(readFileSync(`${distDir}schema/${file}`, 'utf8'), file).not.toMatch(/[\ufffe\uffff]/u);
  });

  it('use no `format` (validators disagree on whether and how it asserts)', () => {
    const formats: string[] = [];
    for (const [file, schema] of schemas) walk(schema, file, (node, path) => 'format' in node && formats.push(path));
    expect(formats).toEqual([]);
  });

  it('use only regex syntax that every dialect reads alike', () => {
    expect(allPatterns.length).toBeGreaterThan(8);
    expect(Object.fromEntries(allPatterns.map((pattern) => [pattern, nonPortable(pattern)] as const).filter(([, problems]) => problems.length > 0))).toEqual({});
  });

  it('would show a pattern that is not portable', () => {
    expect(nonPortable('^\\d{4}$')).toHaveLength(1);
    expect(nonPortable('^\\S+$')).toHaveLength(1);
    expect(nonPortable('^a(?!b)')).toHaveLength(1);
    expect(nonPortable('^[\\u0041-\\u005a]+$')).toHaveLength(2);
    expect(nonPortable('^[a[]$')).toHaveLength(1);
    expect(nonPortable('^[0-9]{4}$')).toEqual([]);
  });

  it('never close a pattern of variable length with `$` alone: a `not` refuses line breaks beside it', () => {
    const open: string[] = [];
    for (const [file, schema] of schemas) {
      for (const { pattern, path, node } of patternsOf(schema)) {
        if (!pattern.endsWith('$') || path.endsWith('/not')) continue;
        const fixed = typeof node['minLength'] === 'number' && node['minLength'] === node['maxLength'];
        const guard = (node['not'] as Node | undefined)?.['pattern'];
        const guarded = typeof guard === 'string' && ['x\n', 'x\r', 'x\u0085', 'x\u2028', 'x\u2029'].every((text) => new RegExp(guard, 'u').test(text));
        if (!fixed && !guarded) open.push(`${file}${path}: ${pattern}`);
      }
    }
    expect(open).toEqual([]);
  });

  it('have no pattern that backtracks (recheck, a ReDoS checker, finds none), and would find one', () => {
    const unsafe = allPatterns.map((pattern) => [pattern, redosVerdict(pattern)] as const).filter(([, status]) => status !== 'safe');
    expect(unsafe).toEqual([]);
    // The address pattern of 0.2.0: its host and path parts overlap (a 100 KB address took 21 s).
    const before = "^https?:\\/\\/[A-Za-z0-9\\-._~[\\]:@!$&'()*+,;=]+(?:[A-Za-z0-9\\-._~:/?#[\\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$";
    expect(redosVerdict(before)).toBe('vulnerable');
  });

  it('give every pattern a message the validator can quote', () => {
    const messages = patternMessages();
    expect(allPatterns.filter((pattern) => !messages.has(pattern))).toEqual([]);
  });

  it('take every bound from schema/limits.ts (the data dictionary gives each one its reason)', () => {
    const bounds = new Set<number>(Object.values(limits).map((limit) => limit.max));
    // Values of a fixed length: a country code (2), a date (10), a SHA-256 (64).
    for (const fixed of [2, 10, 64]) bounds.add(fixed);
    const stray: string[] = [];
    for (const [file, schema] of schemas) {
      walk(schema, file, (node, path) => {
        for (const keyword of ['maxLength', 'maxItems', 'maximum']) {
          const value = node[keyword];
          if (typeof value === 'number' && !bounds.has(value)) stray.push(`${path}/${keyword}: ${value}`);
        }
      });
    }
    expect(stray).toEqual([]);
  });
});
