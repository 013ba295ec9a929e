/**
 * The examples of the README and of the docs it links to run as written, in a project where the
 * package and the libraries the examples name are installed, and print what the page says they print
 * (`// → ` and `# → ` lines). Every relative link of those pages points at a file that exists.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rootDir } from './helpers.ts';

/** The pages for users and contributors, by path from the repository root. */
const pages = ['README.md', 'CONTRIBUTING.md', ...readdirSync(join(rootDir, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
const texts = new Map(pages.map((page) => [page, readFileSync(join(rootDir, page), 'utf8')]));
const blocks = pages.flatMap((page) =>
  [...(texts.get(page) ?? '').matchAll(/^```(\w+)\n([\s\S]*?)^```$/gmu)].map((match, index) => ({
    page,
    index,
    name: `${page} block ${index}`,
    language: match[1] ?? '',
    code: match[2] ?? '',
  })),
);
const blocksOf = (page: string, language: string) => blocks.filter((block) => block.page === page && block.language === language);
const expectedOutput = (code: string) =>
  code
    .split('\n')
    .filter((line) => /^(\/\/|#) → /u.test(line))
    .map((line) => line.replace(/^(\/\/|#) → /u, ''))
    .join('\n');

let project = '';
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'readme-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'readme-examples', private: true, type: 'module' }));
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(rootDir, join(project, 'node_modules/china-st-meetings'), 'dir');
  for (const name of ['ajv', 'ajv-formats', 'jsonld', 'zod']) symlinkSync(join(rootDir, 'node_modules', name), join(project, 'node_modules', name), 'dir');
});

const run = (command: string, args: string[]) =>
  execFileSync(command, args, { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trimEnd();

describe('README and docs examples', () => {
  it('are there: JavaScript, TypeScript and Python, where the pages show them', () => {
    expect(blocksOf('README.md', 'js').length).toBeGreaterThanOrEqual(2);
    expect(blocksOf('docs/usage.md', 'js').length).toBeGreaterThanOrEqual(2);
    expect(blocksOf('docs/usage.md', 'ts')).toHaveLength(1);
    expect(blocksOf('docs/formats.md', 'js')).toHaveLength(2);
    expect(blocksOf('docs/validator.md', 'js').length).toBeGreaterThanOrEqual(2);
    expect(blocksOf('docs/validator.md', 'python')).toHaveLength(1);
    for (const block of blocks.filter((candidate) => ['js', 'python'].includes(candidate.language))) {
      expect(expectedOutput(block.code), `${block.name} must show its output`).not.toBe('');
    }
  });

  it.each(blocks.filter((block) => block.language === 'js').map((block) => [block.name, block.code]))(
    'JavaScript: %s prints what the page shows',
    (_name, code) => {
      expect(run('node', ['--input-type=module', '-e', code])).toBe(expectedOutput(code));
    },
  );

  it.each(blocks.filter((block) => block.language === 'ts').map((block) => [block.name, block.code]))(
    'TypeScript: %s type-checks strictly, with no cast (its @ts-expect-error included)',
    (name, code) => {
      // A cast would hide what a user meets without one (`as Meeting`, `as any`, `<T>value`, `!`).
      expect(code, name).not.toMatch(/\bas (?!const\b)\w|<\w+>\w|\w!\./u);
      const file = join(project, `example-${name.replace(/[^\w]+/gu, '-')}.ts`);
      writeFileSync(file, code);
      // TypeScript 7's native tsc, as `npm test`'s type check; the package's declarations are checked
      // with 5.9 as well in package.test.ts.
      const tsc = join(rootDir, 'node_modules/typescript-native/bin/tsc');
      // TypeScript's own lib files are not checked again (--skipDefaultLibCheck): the package's declarations are.
      const options = ['--strict', '--noEmit', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022', '--skipDefaultLibCheck', '--singleThreaded'];
      expect(run('node', [tsc, ...options, file])).toBe('');
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
