/** What a file's name says: its format from the extension, its schema from the base name. */
import type { InputFormat, SchemaName } from './types.ts';

const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = { json: 'json', ndjson: 'ndjson', jsonl: 'ndjson', csv: 'csv' };

export const formatOfName = (name: string): InputFormat | undefined => {
  const extension = /\.([a-z]+)$/iu.exec(name)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : FORMAT_BY_EXTENSION[extension];
};

/** A CSV file named after a table (`meetings.csv`) holds its rows. */
export const tableOfName = <T extends { readonly name: string }>(name: string, tables: readonly T[]): T | undefined => {
  const base = name.replace(/^.*[\\/]/u, '').replace(/\.csv$/iu, '');
  return tables.find((table) => table.name === base);
};

/** A file named after a schema (`people.json`, `meeting.ndjson`) follows it; others follow `meeting`. */
export const schemaOfName = (name: string, known: readonly string[]): SchemaName => {
  const base = name.replace(/^.*[\\/]/u, '').replace(/\.[^.]*$/u, '');
  return (known.includes(base) ? base : 'meeting') as SchemaName;
};
