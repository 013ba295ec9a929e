/** The validators the build compiles and bundles in (scripts/compiler/compiled-module.ts). */
declare module 'virtual:compiled-validators' {
  const compiled: import('./compiled.ts').CompiledModule;
  export default compiled;
}
