/** The worker's bundled code as a string, made by scripts/compiler/site/bundle.ts. */
declare module 'virtual:worker-source' {
  const source: string;
  export default source;
}
