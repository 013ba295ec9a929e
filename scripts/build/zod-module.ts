/**
 * The `china-st-meetings/zod` entry: the zod schemas of schema/, compiled to JavaScript with
 * declarations by the TypeScript compiler, in memory (the build writes everything in one step).
 */
import ts from 'typescript';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';

const schemaDir = fileURLToPath(new URL('../../schema/', import.meta.url));

/** Compiles schema/*.ts; returns the emitted files by name (`index.js`, `index.d.ts`, …). */
export const compileZodModule = (): Map<string, string> => {
  const rootNames = readdirSync(schemaDir)
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => join(schemaDir, file));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    exactOptionalPropertyTypes: true,
    declaration: true,
    rewriteRelativeImportExtensions: true,
    skipLibCheck: true,
    types: [],
    newLine: ts.NewLineKind.LineFeed,
    rootDir: schemaDir,
    outDir: '/virtual-out',
  };
  const host = ts.createCompilerHost(options);
  const files = new Map<string, string>();
  host.writeFile = (fileName, text) => files.set(relative('/virtual-out', fileName), text);
  const program = ts.createProgram({ rootNames, options, host });
  const result = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  if (diagnostics.length > 0) {
    const message = ts.formatDiagnostics(diagnostics, {
      getCanonicalFileName: (name) => name,
      getCurrentDirectory: () => process.cwd(),
      getNewLine: () => '\n',
    });
    throw new Error(`compiling schema/ for the zod entry failed:\n${message}`);
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
};
