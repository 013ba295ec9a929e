/**
 * The command's one setting of its own process's memory (Node only; the library never sets V8
 * flags: it runs in other people's processes).
 *
 * Over a long run V8 grows the main thread's young generation to 32 MB. For inputs of 1 GiB or
 * more, where a run may hold millions of ids, it is kept at its first size instead: 4 million ids
 * peaked at 177 MB instead of 208. It costs about 6% more time, so smaller inputs keep V8's
 * default. Only on the V8 that was measured (11, Node 20): a V8 that lacks the flag prints an error
 * on standard output, which would spoil a `--json` report.
 */
import { stat } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';

export const LARGE_INPUT_BYTES = 1024 ** 3;

/** Whether to keep the young generation small, for inputs of `totalBytes` on V8 `v8Version`. */
export const boundsYoungGeneration = (totalBytes: number, v8Version: string): boolean => v8Version.split('.')[0] === '11' && totalBytes >= LARGE_INPUT_BYTES;

/** Keeps the young generation small when the files (standard input is not counted) are large. */
export const boundYoungGenerationFor = async (files: readonly string[]): Promise<void> => {
  let total = 0;
  for (const file of files) if (file !== '-') total += await stat(file).then((stats) => (stats.isFile() ? stats.size : 0), () => 0);
  if (boundsYoungGeneration(total, process.versions.v8)) setFlagsFromString('--semi-space-growth-factor=1');
};
