/**
 * Checks a reader of a Data Package would make, written against the descriptor alone (not against
 * scripts/compiler/flatten.ts), so that they test what datapackage.json promises: the file bytes and hash, and
 * that every foreign key value is found in the table it refers to.
 */
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';

export interface ForeignKey {
  readonly fields: readonly string[];
  readonly reference: { readonly resource?: string; readonly fields: readonly string[] };
}

export interface DataResource {
  readonly name: string;
  readonly path: string;
  readonly bytes: number;
  readonly hash: string;
  readonly schema: {
    readonly fields: readonly { name: string; type: string; description: string; example?: string; constraints: Record<string, unknown> }[];
    readonly primaryKey: readonly string[];
    readonly foreignKeys?: readonly ForeignKey[];
  };
}

export interface DataPackage {
  readonly $schema: string;
  readonly resources: readonly DataResource[];
  readonly [key: string]: unknown;
}

export const parseCsv = (bytes: Buffer): Record<string, string>[] => parse(bytes, { columns: true, bom: false });

/** Problems with `bytes` and `hash` (sha256) of each resource, given the files' bytes. */
export const integrityProblems = (descriptor: DataPackage, readBytes: (path: string) => Buffer): string[] =>
  descriptor.resources.flatMap((resource) => {
    const bytes = readBytes(resource.path);
    const hash = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    return [
      ...(bytes.length === resource.bytes ? [] : [`${resource.path}: ${bytes.length} bytes, descriptor says ${resource.bytes}`]),
      ...(hash === resource.hash ? [] : [`${resource.path}: ${hash}, descriptor says ${resource.hash}`]),
    ];
  });

/** Every foreign key value (all fields filled) that is not a key of the table it refers to. */
export const foreignKeyViolations = (descriptor: DataPackage, rowsOf: (resource: DataResource) => Record<string, string>[]): string[] => {
  const byName = new Map(descriptor.resources.map((resource) => [resource.name, resource]));
  const keyOf = (row: Record<string, string>, fields: readonly string[]) => JSON.stringify(fields.map((field) => row[field] ?? ''));
  return descriptor.resources.flatMap((resource) =>
    (resource.schema.foreignKeys ?? []).flatMap((foreignKey) => {
      const target = byName.get(foreignKey.reference.resource ?? resource.name);
      if (target === undefined) return [`${resource.name}: foreign key to unknown resource ${foreignKey.reference.resource}`];
      const keys = new Set(rowsOf(target).map((row) => keyOf(row, foreignKey.reference.fields)));
      return rowsOf(resource).flatMap((row, index) => {
        if (foreignKey.fields.some((field) => (row[field] ?? '') === '')) return [];
        const key = keyOf(row, foreignKey.fields);
        return keys.has(key) ? [] : [`${resource.name} row ${index + 1}: ${foreignKey.fields.join(',')}=${key} not in ${target.name}.${foreignKey.reference.fields.join(',')}`];
      });
    }),
  );
};
