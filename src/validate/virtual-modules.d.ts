/** The validators the build compiles with ajv's standalone code and bundles in (see scripts/compiler/validator-bundle.ts). */
declare module 'virtual:compiled-validators' {
  const compiled: import('./compiled.ts').CompiledModule;
  export default compiled;
}
