/**
 * Writes a whole output tree at once: into a temporary sibling folder first, then swapped in, so
 * that a failing build never leaves a half-written dist/.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A file's content: text (written as UTF-8) or bytes (a workbook, a database). */
export type FileContent = string | Uint8Array;

export const writeTree = (outDir: string, files: ReadonlyMap<string, FileContent>): void => {
  const staging = `${outDir}.staging-${process.pid}`;
  const previous = `${outDir}.previous-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [path, content] of files) {
      const target = join(staging, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
  let hadPrevious = true;
  try {
    renameSync(outDir, previous);
  } catch {
    hadPrevious = false;
  }
  renameSync(staging, outDir);
  if (hadPrevious) rmSync(previous, { recursive: true, force: true });
};
