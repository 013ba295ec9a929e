/**
 * The canonical zod schemas: the single source of truth for the data, the JSON Schemas, the
 * TypeScript types, the CSV tables, the codelists and the data dictionary.
 */
import { datasetRegistry, type DatasetName, type RecordKind } from './registry.ts';

export * from './codelists.ts';
export * from './common.ts';
export * from './datasets.ts';
export * from './document.ts';
export * from './limits.ts';
export * from './meeting.ts';
export * from './meeting-links.ts';
export * from './organization.ts';
export * from './other-name.ts';
export * from './person.ts';
export * from './quotation-locator.ts';
export * from './registry.ts';
export * from './series.ts';
export * from './source.ts';
export * from './source-locator.ts';

/** One schema per kind of record: the file name of its JSON Schema is `NAME.schema.json`. */
export const recordSchemas = Object.fromEntries(datasetRegistry.map((entry) => [entry.recordKind, entry.recordSchema])) as {
  readonly [K in RecordKind]: (typeof datasetRegistry)[number]['recordSchema'];
};

/** One schema per dataset file: `json/NAME.json` is valid against `schema/NAME.schema.json`. */
export const datasetSchemas = Object.fromEntries(datasetRegistry.map((entry) => [entry.dataset, entry.datasetSchema])) as {
  readonly [K in DatasetName]: (typeof datasetRegistry)[number]['datasetSchema'];
};
