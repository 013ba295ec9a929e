/**
 * The canonical zod schemas: the single source of truth for the data, the JSON Schemas, the
 * TypeScript types, the CSV tables and the data dictionary.
 */
import { Meetings, Organizations, People, Sources } from './datasets.ts';
import { Meeting } from './meeting.ts';
import { Organization } from './organization.ts';
import { Person } from './person.ts';
import { SourceDocument } from './source.ts';

export * from './common.ts';
export * from './datasets.ts';
export * from './meeting.ts';
export * from './organization.ts';
export * from './person.ts';
export * from './source.ts';

/** One schema per kind of record: the file name of its JSON Schema is `NAME.schema.json`. */
export const recordSchemas = {
  meeting: Meeting,
  person: Person,
  organization: Organization,
  'source-document': SourceDocument,
} as const;

/** One schema per dataset file: `json/NAME.json` is valid against `schema/NAME.schema.json`. */
export const datasetSchemas = {
  meetings: Meetings,
  people: People,
  organizations: Organizations,
  sources: Sources,
} as const;

export type RecordSchemaName = keyof typeof recordSchemas;
export type DatasetName = keyof typeof datasetSchemas;
