/**
 * Bundles for the benchmark, built from src/ the way `npm run build` builds dist/validate/index.js
 * (the same esbuild options and compiled validators), so that what is measured is the library as
 * it would be built from the working tree.
 */
import { build, type Plugin } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildJsonSchemas } from '../compiler/json-schema.ts';
import { deriveAllTables } from '../compiler/tables.ts';
import { compiledModules, virtualModules } from '../compiler/validator-bundle.ts';

const rootDir = fileURLToPath(new URL('../../', import.meta.url));

const bundle = async (entry: string, outFile: string, plugins: Plugin[]) => {
  const result = await build({
    entryPoints: [`${rootDir}${entry}`],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile: 'out.js',
    plugins,
    define: { __PACKAGE_VERSION__: '"bench"' },
    logLevel: 'silent',
  });
  const [file] = result.outputFiles;
  if (file === undefined) throw new Error(`esbuild produced nothing for ${entry}`);
  writeFileSync(outFile, file.text);
};

/** The library from src/. */
export const bundleLibrary = async (outFile: string) => {
  const schemas = buildJsonSchemas();
  const modules = compiledModules(schemas, deriveAllTables(schemas));
  await bundle('src/validate/index.ts', outFile, [virtualModules(modules)]);
};

/** src/validate/csv-parser.ts alone, as plain JavaScript. */
export const bundleCsvParser = (outFile: string) => bundle('src/validate/csv-parser.ts', outFile, []);
