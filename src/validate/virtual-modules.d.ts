/** The validators the build compiles with ajv's standalone code and bundles in (see scripts/compiler/validator-bundle.ts). */
declare module 'virtual:compiled-validators' {
  const compiled: import('./compiled.ts').CompiledModule;
  export default compiled;
}
/** The CSV fast path's row checks (scripts/compiler/row-cells.ts), and the pattern tests they use (for the tests). */
declare module 'virtual:validators-row-cells' {
  const rowCells: Readonly<Record<string, import('./compiled.ts').RowCellsFactory>>;
  export default rowCells;
  export const patternTests: readonly (readonly [pattern: string, test: (value: string) => boolean])[];
}
