/** src/validate/csv-parser.ts bundled alone, as plain JavaScript, for the bench's parse-only contender. */
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const rootDir = fileURLToPath(new URL('../../', import.meta.url));

export const bundleCsvParser = async (outFile: string): Promise<void> => {
  const result = await build({ entryPoints: [`${rootDir}src/validate/csv-parser.ts`], bundle: true, write: false, format: 'esm', platform: 'node', target: 'node20', outfile: 'out.js', logLevel: 'silent' });
  const [file] = result.outputFiles;
  if (file === undefined) throw new Error('esbuild produced nothing for the CSV parser');
  writeFileSync(outFile, file.text);
};
