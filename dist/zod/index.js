/**
 * The canonical zod schemas: the single source of truth for the data, the JSON Schemas, the
 * TypeScript types, the CSV tables, the codelists and the data dictionary.
 */
import { datasetRegistry } from './registry.js';
export * from './codelists.js';
export * from './common.js';
export * from './datasets.js';
export * from './document.js';
export * from './limits.js';
export * from './meeting.js';
export * from './meeting-links.js';
export * from './organization.js';
export * from './other-name.js';
export * from './person.js';
export * from './quotation-locator.js';
export * from './registry.js';
export * from './series.js';
export * from './source.js';
export * from './source-locator.js';
/** One schema per kind of record: the file name of its JSON Schema is `NAME.schema.json`. */
export const recordSchemas = Object.fromEntries(datasetRegistry.map((entry) => [entry.recordKind, entry.recordSchema]));
/** One schema per dataset file: `json/NAME.json` is valid against `schema/NAME.schema.json`. */
export const datasetSchemas = Object.fromEntries(datasetRegistry.map((entry) => [entry.dataset, entry.datasetSchema]));
