import { Documents, Meetings, Organizations, People, SeriesList, Sources } from './datasets.js';
import { Document } from './document.js';
import { Meeting } from './meeting.js';
import { Organization } from './organization.js';
import { Person } from './person.js';
import { EventSeries } from './series.js';
import { SourceDocument } from './source.js';
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
];
/** The dataset each id schema (a `$defs` name) refers to. */
export const idTargetDataset = Object.fromEntries(datasetRegistry.map((entry) => [entry.idDef, entry.dataset]));
