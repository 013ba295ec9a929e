/**
 * The README's examples run as written, in a project where the package and the libraries the
 * examples name are installed, and print what the README says they print (`// → ` and `# → ` lines).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rootDir } from './helpers.ts';

const readme = readFileSync(join(rootDir, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gmu)].map((match, index) => ({
  index,
  language: match[1] ?? '',
  code: match[2] ?? '',
}));
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

describe('README examples', () => {
  it('are there: JavaScript, TypeScript and Python', () => {
    expect(blocks.filter((block) => block.language === 'js').length).toBeGreaterThanOrEqual(4);
    expect(blocks.filter((block) => block.language === 'ts')).toHaveLength(1);
    expect(blocks.filter((block) => block.language === 'python')).toHaveLength(1);
    for (const block of blocks.filter((candidate) => ['js', 'python'].includes(candidate.language))) {
      expect(expectedOutput(block.code), `block ${block.index} must show its output`).not.toBe('');
    }
  });

  it.each(blocks.filter((block) => block.language === 'js').map((block) => [block.index, block.code]))(
    'JavaScript block %i prints what the README shows',
    (_index, code) => {
      expect(run('node', ['--input-type=module', '-e', code])).toBe(expectedOutput(code));
    },
  );

  it.each(blocks.filter((block) => block.language === 'ts').map((block) => [block.index, block.code]))(
    'TypeScript block %i type-checks (its @ts-expect-error included)',
    (index, code) => {
      const file = join(project, `example-${index}.ts`);
      writeFileSync(file, code);
      const tsc = join(rootDir, 'node_modules/typescript/bin/tsc');
      const options = ['--strict', '--noEmit', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022'];
      expect(run('node', [tsc, ...options, file])).toBe('');
    },
  );

  // Debian's python3-jsonschema, which .ci/run installs; the test fails rather than skips without it.
  it.each(blocks.filter((block) => block.language === 'python').map((block) => [block.index, block.code]))(
    'Python block %i prints what the README shows',
    (_index, code) => {
      expect(existsSync('/usr/bin/python3'), 'needs /usr/bin/python3 with python3-jsonschema').toBe(true);
      expect(run('/usr/bin/python3', ['-c', code])).toBe(expectedOutput(code));
    },
  );
});
