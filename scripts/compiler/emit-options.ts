/**
 * The compiler options of every TypeScript the build compiles (ES2022 modules for Node, strict,
 * with declarations), spelled as in a tsconfig.json: for TypeScript 5.9 in memory
 * (compile-typescript.ts) and TypeScript 7 on disk (compile-native.ts).
 */
export const EMIT_OPTIONS = {
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  strict: true,
  exactOptionalPropertyTypes: true,
  declaration: true,
  rewriteRelativeImportExtensions: true,
  skipLibCheck: true,
  newLine: 'lf',
} as const;
