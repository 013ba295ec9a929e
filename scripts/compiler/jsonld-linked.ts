/**
 * The linked parts of the JSON-LD (jsonld.ts): the series of meetings (schema.org EventSeries, with
 * `subEvent` to its editions), the documents (a body of thought as a DefinedTerm, a law as
 * Legislation, any other as a CreativeWork), the names in other languages as language-tagged
 * strings, and what each source mentions and is about.
 */
import type { Document, EventSeries, Meeting, SourceDocument } from '../../schema/index.ts';
import { datasetRegistry, type DatasetName } from '../../schema/registry.ts';
import type { ValidDatasets } from './build-types.ts';
import { packageName } from './package-info.ts';

type Node = Record<string, unknown>;

export const recordIri = (dataset: DatasetName, id: string) => `https://unpkg.com/${packageName}/dist/json/${dataset}.json#${id}`;

export const ref = (iri: string) => ({ '@id': iri });

/** One value as itself, several as a list, none as nothing: `{ [property]: … }` or `{}`. */
export const property = (name: string, values: readonly unknown[]): Node =>
  values.length === 0 ? {} : { [name]: values.length === 1 ? values[0] : values };

export const wikidata = (editorial: { wikidataId?: { value: string } } | undefined) =>
  editorial?.wikidataId === undefined ? {} : { sameAs: `http://www.wikidata.org/entity/${editorial.wikidataId.value}` };

/** Names in other languages and scripts, as language-tagged strings. */
export const alternateNames = (record: { otherNames?: readonly { name: string; language: string }[] | undefined }) =>
  property(
    'alternateName',
    (record.otherNames ?? []).map((other) => ({ '@value': other.name, '@language': other.language })),
  );

/** A source reports a meeting unless it says it only mentions it. */
export const reports = (meeting: Meeting) => meeting.source.role !== 'mention';

/** The records a mention names, as IRIs. */
const mentionIri = (mention: NonNullable<Meeting['mentions']>[number]): string => {
  switch (mention.kind) {
    case 'person':
      return recordIri('people', mention.personId);
    case 'organization':
      return recordIri('organizations', mention.organizationId);
    case 'meeting':
      return recordIri('meetings', mention.mentionedMeetingId);
    case 'document':
      return recordIri('documents', mention.documentId);
    case 'series':
      return recordIri('series', mention.seriesId);
  }
};

/** `about` (the meetings it reports) and `mentions` (every record their texts name, and the meetings it only mentions), in order of first appearance. */
export const sourceLinks = (source: SourceDocument, meetings: readonly Meeting[]): Node => {
  const own = meetings.filter((meeting) => meeting.source.sourceId === source.id);
  const mentioned = [
    ...new Set([
      ...own.flatMap((meeting) => (meeting.mentions ?? []).map(mentionIri)),
      ...own.filter((meeting) => !reports(meeting)).map((meeting) => recordIri('meetings', meeting.id)),
    ]),
  ];
  return {
    ...property('about', own.filter(reports).map((meeting) => ref(recordIri('meetings', meeting.id)))),
    ...property('mentions', mentioned.map(ref)),
  };
};

/** What a meeting links to beyond the Event's own terms: its series, the records it acted on, its names in other languages. */
export const eventLinks = (meeting: Meeting): Node => ({
  ...alternateNames(meeting),
  ...(meeting.series === undefined ? {} : { superEvent: ref(recordIri('series', meeting.series.seriesId)) }),
  ...property('about', [
    ...new Set((meeting.guidance ?? []).flatMap((item) => [...(item.meetingIds ?? []).map((id) => recordIri('meetings', id)), ...(item.documentIds ?? []).map((id) => recordIri('documents', id))])),
  ].map(ref)),
});

const seriesNode = (record: EventSeries, meetings: readonly Meeting[]): Node => ({
  '@id': recordIri('series', record.id),
  '@type': 'EventSeries',
  name: record.name,
  ...alternateNames(record),
  ...(record.organizationId === undefined ? {} : { organizer: ref(recordIri('organizations', record.organizationId)) }),
  ...property('subEvent', meetings.filter((meeting) => meeting.series?.seriesId === record.id).map((meeting) => ref(recordIri('meetings', meeting.id)))),
  ...wikidata(record.editorial),
});

/** schema.org's type for each document kind: a body of thought is a defined term, not a work. */
const documentType = (kind: string) => (kind === 'body-of-thought' ? 'DefinedTerm' : kind === 'law' ? 'Legislation' : 'CreativeWork');

const documentNode = (record: Document): Node => {
  const type = documentType(record.kind);
  const creators = (record.creators ?? []).flatMap((creator) => [
    ...(creator.personId === undefined ? [] : [ref(recordIri('people', creator.personId))]),
    ...(creator.organizationId === undefined ? [] : [ref(recordIri('organizations', creator.organizationId))]),
  ]);
  return {
    '@id': recordIri('documents', record.id),
    '@type': type,
    name: record.name,
    ...alternateNames(record),
    // schema.org gives a creator to creative works only.
    ...(type === 'DefinedTerm' ? {} : property('creator', creators)),
    ...wikidata(record.editorial),
  };
};

/** The nodes of the documents and the series. */
export const linkedNodes = (datasets: ValidDatasets): Node[] => [
  ...datasets.documents.map(documentNode),
  ...datasets.series.map((record) => seriesNode(record, datasets.meetings)),
];

/** The ids of the records whose names in other languages the editors add (for the Dataset node's note). */
export const editorialNames = (datasets: ValidDatasets): string[] =>
  datasetRegistry.flatMap(({ dataset }) =>
    (datasets[dataset] as readonly { id: string; otherNames?: readonly { basis: string }[] }[])
      .filter((record) => record.otherNames?.some((other) => other.basis === 'editorial') ?? false)
      .map((record) => record.id),
  );
