/** The dataset files: each is a JSON array of one kind of record. */
import * as z from 'zod';
import { Document } from './document.js';
import { Meeting } from './meeting.js';
import { Organization } from './organization.js';
import { Person } from './person.js';
import { EventSeries } from './series.js';
import { SourceDocument } from './source.js';
import { limits } from './limits.js';
const MAX_RECORDS = limits.records.max;
export const Meetings = z
    .array(Meeting)
    .max(MAX_RECORDS)
    .meta({ title: 'Meetings', description: 'All meetings, each with its nested content.' });
export const People = z
    .array(Person)
    .max(MAX_RECORDS)
    .meta({ title: 'People', description: 'All people named in the source.' });
export const Organizations = z
    .array(Organization)
    .max(MAX_RECORDS)
    .meta({ title: 'Organizations', description: 'All organizations named in the source.' });
export const Sources = z
    .array(SourceDocument)
    .max(MAX_RECORDS)
    .meta({ title: 'Sources', description: 'The source documents the records are taken from.' });
export const Documents = z
    .array(Document)
    .max(MAX_RECORDS)
    .meta({ title: 'Documents', description: 'All documents, doctrines, strategies, plans and instructions named in the source.' });
export const SeriesList = z
    .array(EventSeries)
    .max(MAX_RECORDS)
    .meta({ title: 'Series', description: 'All series of meetings named in the source.' });
