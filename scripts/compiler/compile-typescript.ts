/** Runs the TypeScript compiler in memory: the build writes every output itself, in one step. */
import ts from 'typescript';
import { relative } from 'node:path';
import { EMIT_OPTIONS } from './emit-options.ts';

const OUT = '/virtual-out';

/**
 * Compiles `rootNames` (EMIT_OPTIONS) with `extra` options on top, spelled as in a tsconfig.json;
 * returns the emitted files by path relative to `rootDir`, sorted. Any diagnostic fails the build.
 * `texts`: files compiled with other text than they hold, by absolute path.
 */
export const compileInMemory = (
  what: string,
  rootNames: readonly string[],
  rootDir: string,
  extra: Record<string, unknown>,
  texts: ReadonlyMap<string, string> = new Map(),
): Map<string, string> => {
  const converted = ts.convertCompilerOptionsFromJson({ ...EMIT_OPTIONS, ...extra }, rootDir);
  if (converted.errors.length > 0) throw new Error(`compiling ${what}: ${converted.errors.map((error) => ts.flattenDiagnosticMessageText(error.messageText, '\n')).join('; ')}`);
  const options: ts.CompilerOptions = { ...converted.options, rootDir, outDir: OUT };
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
