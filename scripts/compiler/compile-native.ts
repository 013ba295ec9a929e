/**
 * Runs TypeScript 7's native compiler (the `typescript-native` alias) on files as they lie on disk,
 * into a temporary folder that is read back and removed, in one thread (its parallel checkers cost
 * more CPU and time on schema/ than they save). It is much faster than TypeScript 5.9's compiler in
 * memory (compile-typescript.ts), which the build keeps for what must be compiled with another text
 * than the file holds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMIT_OPTIONS } from './emit-options.ts';

const tsc = fileURLToPath(new URL('../../node_modules/typescript-native/bin/tsc', import.meta.url));

/**
 * Compiles `rootNames` (EMIT_OPTIONS) with `extra` options on top; returns the emitted files by path
 * relative to `rootDir`, sorted. Any diagnostic fails the build with the compiler's report.
 */
export const compileNative = (what: string, rootNames: readonly string[], rootDir: string, extra: Record<string, unknown>): Map<string, string> => {
  const work = mkdtempSync(join(tmpdir(), 'china-st-meetings-tsc-'));
  try {
    const outDir = join(work, 'out');
    const compilerOptions = { ...EMIT_OPTIONS, ...extra, rootDir, outDir };
    const project = join(work, 'tsconfig.json');
    writeFileSync(project, JSON.stringify({ compilerOptions, files: rootNames }));
    try {
      execFileSync(process.execPath, [tsc, '-p', project, '--pretty', 'false', '--singleThreaded'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`compiling ${what} failed:\n${stdout}${stderr}`);
    }
    const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    const emitted = files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(outDir.length + 1), readFileSync(path, 'utf8')] as const;
    });
    return new Map(emitted.sort(([a], [b]) => (a < b ? -1 : 1)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};
