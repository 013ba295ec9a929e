/**
 * The names of the datasets and of their record schemas, from the one registry (schema/registry.ts).
 * The build declares them for the published types with the names written out (validator-bundle.ts),
 * so that those need nothing of schema/.
 */
import type { DatasetName, RecordKind } from '../../schema/registry.ts';

export type { DatasetName, RecordKind };

/** A record schema (one record) or a dataset schema (a JSON array of records). */
export type SchemaName = RecordKind | DatasetName;
