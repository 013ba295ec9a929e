/**
 * The `china-st-meetings/zod` entry: the zod schemas of schema/, compiled to JavaScript with
 * declarations by TypeScript 7's native compiler.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileNative } from './compile-native.ts';

const schemaDir = fileURLToPath(new URL('../../schema/', import.meta.url));

/** Compiles schema/*.ts; returns the emitted files by name (`index.js`, `index.d.ts`, …). */
export const compileZodModule = (): Map<string, string> => {
  const rootNames = readdirSync(schemaDir)
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => join(schemaDir, file));
  return compileNative('schema/ for the zod entry', rootNames, schemaDir, { types: [] });
};
