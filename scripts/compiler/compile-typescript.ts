/** Runs the TypeScript compiler in memory: the build writes every output itself, in one step. */
import ts from 'typescript';
import { relative } from 'node:path';

const OUT = '/virtual-out';

/**
 * Compiles `rootNames` (ES2022 modules for Node, strict) with `extra` options on top; returns the
 * emitted files by path relative to `rootDir`, sorted. Any diagnostic fails the build. `texts`:
 * files compiled with other text than they hold, by absolute path.
 */
export const compileInMemory = (
  what: string,
  rootNames: readonly string[],
  rootDir: string,
  extra: ts.CompilerOptions,
  texts: ReadonlyMap<string, string> = new Map(),
): Map<string, string> => {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    exactOptionalPropertyTypes: true,
    declaration: true,
    rewriteRelativeImportExtensions: true,
    skipLibCheck: true,
    newLine: ts.NewLineKind.LineFeed,
    rootDir,
    outDir: OUT,
    ...extra,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => texts.get(fileName) ?? readFile(fileName);
  const files = new Map<string, string>();
  host.writeFile = (fileName, text) => files.set(relative(OUT, fileName), text);
  const program = ts.createProgram({ rootNames, options, host });
  const result = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  if (diagnostics.length > 0) {
    const message = ts.formatDiagnostics(diagnostics, {
      getCanonicalFileName: (name) => name,
      getCurrentDirectory: () => rootDir,
      getNewLine: () => '\n',
    });
    throw new Error(`compiling ${what} failed:\n${message}`);
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
};
