/**
 * The examples of the README and of the docs it links to run as written, in a project where the
 * package and the libraries the examples name are installed, and print what the page says they print
 * (`// → ` and `# → ` lines); the JavaScript and TypeScript ones type-check, as a consumer of the
 * published types, under the repository's strict options, with no cast. Every code block is of a
 * kind this test (or test/sqlite.test.ts) knows how to check. Every relative link of those pages
 * points at a file that exists.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { transformSync } from 'esbuild';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { rootDir } from './helpers.ts';

/** The pages for users and contributors, by path from the repository root. */
const pages = ['README.md', 'CONTRIBUTING.md', ...readdirSync(join(rootDir, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
const texts = new Map(pages.map((page) => [page, readFileSync(join(rootDir, page), 'utf8')]));
/** Every fenced code block of the pages, whatever its language (`''` for none). */
const blocks = pages.flatMap((page) =>
  [...(texts.get(page) ?? '').matchAll(/^```([^\n]*)\n([\s\S]*?)^```$/gmu)].map((match, index) => ({
    page,
    index,
    name: `${page} block ${index}`,
    language: (match[1] ?? '').trim(),
    code: match[2] ?? '',
  })),
);
/** What is done with a block of each language: a block of any other language fails the test, so that no example goes unchecked. */
const checks: Readonly<Record<string, string>> = {
  js: 'type-checked as JavaScript (checkJs) with the strict options, run with node',
  ts: 'type-checked with the strict options, run with node once esbuild has stripped its types',
  python: 'run with /usr/bin/python3',
  sql: 'run by test/sqlite.test.ts on the published database',
  sh: 'shell commands (install, build, the validator command): not run',
  text: 'text to copy (the citation, a report): not run',
};
const blocksOf = (page: string, language: string) => blocks.filter((block) => block.page === page && block.language === language);
const typed = blocks.filter((block) => block.language === 'js' || block.language === 'ts');
const fileOf = (block: (typeof blocks)[number]) => `example-${block.name.replace(/[^\w]+/gu, '-')}.${block.language}`;
const expectedOutput = (code: string) =>
  code
    .split('\n')
    .filter((line) => /^(\/\/|#) → /u.test(line))
    .map((line) => line.replace(/^(\/\/|#) → /u, ''))
    .join('\n');

/**
 * The compiler options a consumer of the package checks with: the repository's own (strict,
 * exactOptionalPropertyTypes, noUncheckedIndexedAccess, …), without those that only its sources
 * need (relative `.ts` imports); JavaScript is checked too. As in the repository, declaration files
 * are not checked themselves (skipLibCheck: checking @types/node took 1 s more): package.test.ts
 * checks the package's own, with TypeScript 7 and 5.9.
 */
const consumerOptions = () => {
  const { compilerOptions } = JSON.parse(readFileSync(join(rootDir, 'tsconfig.json'), 'utf8')) as { compilerOptions: Record<string, unknown> };
  const { allowImportingTsExtensions: _imports, rewriteRelativeImportExtensions: _rewrite, ...options } = compilerOptions;
  expect(options).toMatchObject({ strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true });
  return { ...options, allowJs: true, checkJs: true, noEmit: true, pretty: false };
};

let project = '';
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'readme-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'readme-examples', private: true, type: 'module' }));
  mkdirSync(join(project, 'node_modules/@types'), { recursive: true });
  symlinkSync(rootDir, join(project, 'node_modules/china-st-meetings'), 'dir');
  for (const name of ['ajv', 'ajv-formats', 'jsonld', 'zod', '@types/node', '@types/jsonld']) {
    symlinkSync(join(rootDir, 'node_modules', name), join(project, 'node_modules', name), 'dir');
  }
  for (const block of typed) writeFileSync(join(project, fileOf(block)), block.code);
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: consumerOptions(), files: typed.map(fileOf) }));
});

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trimEnd();

/**
 * The type errors of every JavaScript and TypeScript example, by file: one run of TypeScript 7's
 * native tsc over them all (as `npm test`'s type check). What is not an error of an example counts
 * for every example: a line that names another file or none (a missing file, a bad option, a
 * package's declarations), and a tsc that did not run (not found, crashed, killed) or failed with
 * no error in an example to show for it.
 */
let typeErrors: { byFile: Map<string, string[]>; everywhere: string[] } | undefined;
const typeErrorsOf = (file: string) => {
  if (typeErrors === undefined) {
    const tsc = join(rootDir, 'node_modules/typescript-native/bin/tsc');
    const result = spawnSync('node', [tsc, '-p', '.', '--singleThreaded'], { cwd: project, encoding: 'utf8' });
    const examples = new Set(typed.map(fileOf));
    const byFile = new Map<string, string[]>();
    const everywhere: string[] = [];
    let inFile: string | undefined;
    for (const line of (result.stdout ?? '').split('\n').filter((candidate) => candidate.trim() !== '')) {
      // A message's further lines are indented and belong to the line above.
      if (!/^\s/u.test(line)) {
        const named = /^([^(\s]+)\(\d+,\d+\): /u.exec(line)?.[1];
        inFile = named !== undefined && examples.has(named) ? named : undefined;
      }
      if (inFile === undefined) everywhere.push(line);
      else byFile.set(inFile, [...(byFile.get(inFile) ?? []), line]);
    }
    if (result.error !== undefined || result.status === null || (result.status !== 0 && byFile.size === 0)) {
      const how = result.error?.message ?? (result.status === null ? `killed by ${result.signal}` : `exit status ${result.status}`);
      everywhere.push(`tsc failed with no error in an example (${how}): ${(result.stderr ?? '').trim() || '(nothing on stderr)'}`);
    }
    typeErrors = { byFile, everywhere };
  }
  return [...typeErrors.everywhere, ...(typeErrors.byFile.get(file) ?? [])];
};

/**
 * What hides from a user the error they meet without it, found in the example's syntax tree (parsed
 * only, not checked): a cast (`x as Meeting`, `x as { id: string }`, `<T>x`; `as const` stays
 * allowed), a non-null assertion (`x!.y`, `f(x!)`), JSDoc's cast in JavaScript
 * (`/** @type {T} *\/ (value)`) or a silenced check (a `@ts-ignore` or `@ts-nocheck` comment).
 * `@ts-expect-error` stays allowed: tsc fails when the error it expects is gone.
 */
const castsIn = (code: string, language: 'js' | 'ts'): string[] => {
  const file = ts.createSourceFile(`example.${language}`, code, ts.ScriptTarget.Latest, true, language === 'js' ? ts.ScriptKind.JS : ts.ScriptKind.TS);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) => {
    const { line, character } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push(`${line + 1}:${character + 1} ${what}: ${node.getText(file).replace(/\s+/gu, ' ').slice(0, 60)}`);
  };
  const comments = new Map<number, string>();
  const visit = (node: ts.Node): void => {
    // JSDoc's own nodes lie inside a comment, which the token after it brings.
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode) return;
    if (ts.isAsExpression(node) && !ts.isConstTypeReference(node.type)) at(node, 'cast');
    else if (ts.isTypeAssertionExpression(node)) at(node, 'cast');
    else if (ts.isNonNullExpression(node)) at(node, 'non-null assertion');
    else if (ts.isParenthesizedExpression(node) && language === 'js' && ts.getJSDocTypeTag(node) !== undefined) at(node, 'JSDoc cast');
    // Every comment lies before some token (the end of the file's included): on its line, or on lines of its own.
    if (node.kind < ts.SyntaxKind.FirstNode || node.kind === ts.SyntaxKind.EndOfFileToken) {
      for (const range of [...(ts.getLeadingCommentRanges(code, node.pos) ?? []), ...(ts.getTrailingCommentRanges(code, node.pos) ?? [])]) {
        comments.set(range.pos, code.slice(range.pos, range.end));
      }
    }
    for (const child of node.getChildren(file)) visit(child);
  };
  visit(file);
  for (const [pos, comment] of comments) {
    if (/@ts-(?:ignore|nocheck)\b/u.test(comment)) found.push(`${file.getLineAndCharacterOfPosition(pos).line + 1}: silenced check: ${comment}`);
  }
  return found;
};

describe('README and docs examples', () => {
  it('are there: JavaScript, TypeScript and Python, where the pages show them', () => {
    expect(blocksOf('README.md', 'js').length).toBeGreaterThanOrEqual(2);
    expect(blocksOf('docs/usage.md', 'js').length).toBeGreaterThanOrEqual(2);
    expect(blocksOf('docs/usage.md', 'ts')).toHaveLength(1);
    expect(blocksOf('docs/formats.md', 'js')).toHaveLength(2);
    expect(blocksOf('docs/validator.md', 'js').length).toBeGreaterThanOrEqual(2);
    expect(blocksOf('docs/validator.md', 'python')).toHaveLength(1);
    for (const block of blocks.filter((candidate) => ['js', 'ts', 'python'].includes(candidate.language))) {
      expect(expectedOutput(block.code), `${block.name} must show its output`).not.toBe('');
    }
  });

  it('are each of a language this test knows how to check (or says why not)', () => {
    const unknown = blocks.filter((block) => !Object.hasOwn(checks, block.language)).map((block) => `${block.name}: \`\`\`${block.language}`);
    expect(unknown, `add the language to \`checks\` with how its blocks are checked`).toEqual([]);
  });

  it('the cast check finds every cast, and nothing else', () => {
    const castsTs = [
      'x as Meeting',
      'x as { id: string }',
      'x as [string]',
      'x as (typeof y)',
      "x as 'lit'",
      'x as  Meeting',
      'x as\nMeeting',
      'x as unknown as Meeting',
      'x as const as Meeting',
      'x as any',
      '<Meeting>x',
      '<{ id: string }>x',
      'x!.id',
      'f(x!)',
      'x![0]',
      '// @ts-ignore\nf(x)',
      'f(x) // @ts-ignore',
      '/* @ts-ignore */ f(x)',
      '// @ts-nocheck\nf(x)',
      'f(x);\n// @ts-nocheck',
      'const a = `${x as Meeting}`',
    ];
    for (const code of castsTs) expect(castsIn(code, 'ts'), code).not.toEqual([]);
    const castsJs = ['/** @type {Meeting} */ (x)', 'f(/** @type {any} */ (x))', '/**\n * @type {Meeting}\n */\n(x)', '// @ts-ignore\nf(x)', 'f(x) /* @ts-nocheck */'];
    for (const code of castsJs) expect(castsIn(code, 'js'), code).not.toEqual([]);
    const allowed = [
      'const a = [1, 2] as const',
      'const a = { id: 1 } as  const',
      'const a = x satisfies Meeting',
      'if (x !== y && !z) f(x != y)',
      'const f = <T>(value: T) => value',
      'function g<T>(value: Array<T>): T[] { return value; }',
      'const a = 1 < 2 > false',
      'const s = "x as any, x!, // @ts-ignore"',
      'const t = `as Meeting ${"<T>x"}`',
      '// @ts-expect-error\nf(1)',
      'const cast = 1; const as = cast; f(as)',
    ];
    for (const code of allowed) expect(castsIn(code, 'ts'), code).toEqual([]);
    expect(castsIn('/** @type {Meeting} */\nconst a = x;\n/** @param {string} s */\nconst f = (s) => (s);', 'js')).toEqual([]);
  });

  it.each(typed.map((block) => [block.name, block]))('%s type-checks strictly, with no cast (its @ts-expect-error included)', (name, block) => {
    expect(castsIn(block.code, block.language === 'js' ? 'js' : 'ts'), name).toEqual([]);
    expect(typeErrorsOf(fileOf(block))).toEqual([]);
  });

  it.each(blocks.filter((block) => block.language === 'js').map((block) => [block.name, block.code]))(
    'JavaScript: %s prints what the page shows',
    (_name, code) => {
      expect(run('node', ['--input-type=module', '-e', code])).toBe(expectedOutput(code));
    },
  );

  it.each(blocks.filter((block) => block.language === 'ts').map((block) => [block.name, block.code]))(
    'TypeScript: %s prints what the page shows',
    (_name, code) => {
      const javascript = transformSync(code, { loader: 'ts', format: 'esm', target: 'es2022' }).code;
      expect(run('node', ['--input-type=module', '-e', javascript])).toBe(expectedOutput(code));
    },
  );

  // Debian's python3-jsonschema, which .ci/run installs; the test fails rather than skips without it.
  it.each(blocks.filter((block) => block.language === 'python').map((block) => [block.name, block.code]))(
    'Python: %s prints what the page shows',
    (_name, code) => {
      expect(existsSync('/usr/bin/python3'), 'needs /usr/bin/python3 with python3-jsonschema').toBe(true);
      expect(run('/usr/bin/python3', ['-c', code])).toBe(expectedOutput(code));
    },
  );
});

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/gu, '-');
const anchorsOf = (text: string) => new Set([...text.replace(/^```[\s\S]*?^```$/gmu, '').matchAll(/^#{1,6} (.+)$/gmu)].map((match) => anchor(match[1] ?? '')));

describe('links between the README, CONTRIBUTING.md and docs/', () => {
  const links = pages.flatMap((page) =>
    [...(texts.get(page) ?? '').replace(/^```[\s\S]*?^```$/gmu, '').matchAll(/\]\(([^)\s]+)\)/gu)]
      .map((match) => match[1] ?? '')
      .filter((target) => !/^[a-z][a-z0-9+.-]*:/iu.test(target))
      .map((target) => [page, target] as const),
  );

  it('are there', () => {
    expect(links.length).toBeGreaterThan(20);
  });

  it.each(links)('%s → %s points at a file that exists (and a heading in it)', (page, target) => {
    const [path = '', fragment] = target.split('#');
    const file = path === '' ? join(rootDir, page) : join(rootDir, dirname(page), path);
    expect(existsSync(file), `${page} links to ${target}`).toBe(true);
    if (fragment !== undefined && fragment !== '') {
      expect(anchorsOf(readFileSync(file, 'utf8')).has(fragment), `${page} links to #${fragment} of ${path || page}`).toBe(true);
    }
  });
});
