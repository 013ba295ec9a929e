/**
 * What the CLI infers from a file's name, for the page: the format from the extension, and the
 * schema from the base name (`people.json` → people, otherwise meeting). Kept in step with
 * src/validate/node-input.ts (formatOf) and src/validate/index.ts (schemaOfFileName), which are
 * Node-only modules; test/site.test.ts checks the page against the Node library on the same files.
 */
import type { InputFormat, SchemaName } from '../validate/browser.ts';

const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = { json: 'json', ndjson: 'ndjson', jsonl: 'ndjson', csv: 'csv' };

export const formatOfName = (name: string): InputFormat | undefined => {
  const extension = /\.([a-z]+)$/iu.exec(name)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : FORMAT_BY_EXTENSION[extension];
};

export const schemaOfName = (name: string, known: readonly string[]): SchemaName => {
  const base = name.replace(/^.*[\\/]/u, '').replace(/\.[^.]*$/u, '');
  return (known.includes(base) ? base : 'meeting') as SchemaName;
};
