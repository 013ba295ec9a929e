/**
 * The one registry of datasets: for each, its name, the record schema and its file name, the id
 * schema of its records, its data file, and how the main entry names it. The build, the JSON
 * Schemas, the tables, the rules, the ESM entry and the validator all derive from this list.
 */
import type * as z from 'zod';
import { Documents, Meetings, Organizations, People, SeriesList, Sources } from './datasets.ts';
import { Document } from './document.ts';
import { Meeting } from './meeting.ts';
import { Organization } from './organization.ts';
import { Person } from './person.ts';
import { EventSeries } from './series.ts';
import { SourceDocument } from './source.ts';

export interface DatasetEntry {
  /** The dataset's name: `json/NAME.json`, `schema/NAME.schema.json`, and the JavaScript export. */
  readonly dataset: string;
  /** The record schema's file name: `schema/KIND.schema.json` (never a dataset's name, which names a file too). */
  readonly recordKind: string;
  readonly recordSchema: z.ZodType;
  readonly datasetSchema: z.ZodType;
  /** The `$defs` name of its records' id schema: a field typed with it refers to this dataset. */
  readonly idDef: string;
  /** The TypeScript type of a record. */
  readonly typeName: string;
  /** A record in words ("person", "source document"). */
  readonly label: string;
  /** The data file the records are written in (relative to the package root). */
  readonly dataFile: string;
  /** The field that orders the published records before their id, if any. */
  readonly sortField?: string;
}

export const datasetRegistry = [
  {
    dataset: 'meetings',
    recordKind: 'meeting',
    recordSchema: Meeting,
    datasetSchema: Meetings,
    idDef: 'MeetingId',
    typeName: 'Meeting',
    label: 'meeting',
    dataFile: 'data/meetings.ts',
    sortField: 'startDate',
  },
  {
    dataset: 'people',
    recordKind: 'person',
    recordSchema: Person,
    datasetSchema: People,
    idDef: 'PersonId',
    typeName: 'Person',
    label: 'person',
    dataFile: 'data/people.ts',
  },
  {
    dataset: 'organizations',
    recordKind: 'organization',
    recordSchema: Organization,
    datasetSchema: Organizations,
    idDef: 'OrganizationId',
    typeName: 'Organization',
    label: 'organization',
    dataFile: 'data/organizations.ts',
  },
  {
    dataset: 'sources',
    recordKind: 'source-document',
    recordSchema: SourceDocument,
    datasetSchema: Sources,
    idDef: 'SourceId',
    typeName: 'SourceDocument',
    label: 'source document',
    dataFile: 'data/sources.ts',
  },
  {
    dataset: 'documents',
    recordKind: 'document',
    recordSchema: Document,
    datasetSchema: Documents,
    idDef: 'DocumentId',
    typeName: 'Document',
    label: 'document',
    dataFile: 'data/documents.ts',
  },
  {
    dataset: 'series',
    // Not `series`: schema/series.schema.json is the dataset's file.
    recordKind: 'event-series',
    recordSchema: EventSeries,
    datasetSchema: SeriesList,
    idDef: 'SeriesId',
    typeName: 'EventSeries',
    label: 'series',
    dataFile: 'data/series.ts',
  },
] as const satisfies readonly DatasetEntry[];

export type DatasetName = (typeof datasetRegistry)[number]['dataset'];
/** A kind of record: the name of its record schema (`schema/KIND.schema.json`), the registry's `recordKind`. */
export type RecordKind = (typeof datasetRegistry)[number]['recordKind'];
/** @deprecated The former name of RecordKind. */
export type RecordSchemaName = RecordKind;

/** The dataset each id schema (a `$defs` name) refers to. */
export const idTargetDataset: Readonly<Record<string, DatasetName>> = Object.fromEntries(
  datasetRegistry.map((entry) => [entry.idDef, entry.dataset]),
);
