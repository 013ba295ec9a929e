/**
 * The canonical zod schemas: the single source of truth for the data, the JSON Schemas, the
 * TypeScript types, the CSV tables and the data dictionary.
 */
import { Meetings, Organizations, People, Sources } from "./datasets.js";
import { Meeting } from "./meeting.js";
import { Organization } from "./organization.js";
import { Person } from "./person.js";
import { SourceDocument } from "./source.js";
export * from "./common.js";
export * from "./datasets.js";
export * from "./meeting.js";
export * from "./organization.js";
export * from "./person.js";
export * from "./source.js";
/** One schema per kind of record: the file name of its JSON Schema is `NAME.schema.json`. */
export const recordSchemas = {
    meeting: Meeting,
    person: Person,
    organization: Organization,
    'source-document': SourceDocument,
};
/** One schema per dataset file: `json/NAME.json` is valid against `schema/NAME.schema.json`. */
export const datasetSchemas = {
    meetings: Meetings,
    people: People,
    organizations: Organizations,
    sources: Sources,
};
