/**
 * dist/jsonld/meetings.jsonld: the records as schema.org linked data (JSON-LD 1.1), with an inline
 * `@context` so that it needs no network access.
 *
 * Identifiers: every record gets the IRI `https://unpkg.com/china-st-meetings/dist/json/DATASET.json#ID`:
 * the JSON file that holds the record, without a version, so that the IRI stays the same across
 * releases as long as the id does (ids change only in a major release). A place is a blank node.
 * The meetings have dates and no times, so `startDate`/`endDate` are `xsd:date` without an offset.
 * Editorial facts are used only as `sameAs` links to Wikidata, the editorial organizer, a country
 * the editors derive and a source's name and publisher the editors give; the Dataset node's
 * description says which statements are editorial. Groups of people the source
 * does not name are left out (schema.org has no type for them; dist/json/ has them). The series,
 * the documents, the mentions and the names in other languages: jsonld-linked.ts.
 */
import type { Meeting, Organization, Person, SourceDocument } from '../../schema/index.ts';
import type { ValidDatasets } from './check-records.ts';
import { alternateNames, editorialNames, eventLinks, linkedNodes, recordIri, ref, reports, sourceLinks, wikidata } from './jsonld-linked.ts';
import { packageLicense, packageName, packageVersion, versionedFileUrl } from './package-info.ts';
import { DATAPACKAGE_TITLE } from './datapackage.ts';

export { recordIri } from './jsonld-linked.ts';

type Node = Record<string, unknown>;

export const JSONLD_CONTEXT = {
  '@version': 1.1,
  '@vocab': 'http://schema.org/',
  schema: 'http://schema.org/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  startDate: { '@id': 'schema:startDate', '@type': 'xsd:date' },
  endDate: { '@id': 'schema:endDate', '@type': 'xsd:date' },
  sameAs: { '@id': 'schema:sameAs', '@type': '@id' },
  url: { '@id': 'schema:url', '@type': '@id' },
  license: { '@id': 'schema:license', '@type': '@id' },
} as const;

/**
 * Which schema.org Event property a named person's participation role becomes: those who speak or
 * present perform; every other role, recommended or not, attends.
 */
const rolePropertyOf = (role: string) => (role === 'speaker' || role === 'presenter' ? 'performer' : 'attendee');

/** schema.org's eventAttendanceMode values for the attendance-mode codelist. */
const ATTENDANCE_MODE = {
  'in-person': 'OfflineEventAttendanceMode',
  online: 'OnlineEventAttendanceMode',
  mixed: 'MixedEventAttendanceMode',
} as const satisfies Record<NonNullable<Meeting['attendanceMode']>, string>;

const location = (place: Meeting['place']): Node => {
  if (place === undefined) return {};
  const address = {
    ...(place.city === undefined ? {} : { addressLocality: place.city }),
    ...(place.countryCode === undefined ? {} : { addressCountry: place.countryCode }),
  };
  return {
    location: {
      '@type': 'Place',
      name: place.name ?? place.city ?? place.countryCode,
      ...(Object.keys(address).length === 0 ? {} : { address: { '@type': 'PostalAddress', ...address } }),
      ...wikidata(place.editorial),
    },
  };
};

const event = (meeting: Meeting): Node => {
  const people = new Map<string, string[]>();
  for (const participant of meeting.participants ?? []) {
    if (participant.kind !== 'person') continue;
    const property = rolePropertyOf(participant.role);
    people.set(property, [...(people.get(property) ?? []), participant.personId]);
  }
  // schema.org's organizer is a Person or an Organization: a person organizing for an organization is both.
  const organizers = (meeting.organizers ?? []).flatMap((item) => [
    ...(item.personId === undefined ? [] : [ref(recordIri('people', item.personId))]),
    ...(item.organizationId === undefined ? [] : [ref(recordIri('organizations', item.organizationId))]),
  ]);
  const sources = [meeting.source, ...(meeting.relatedSources ?? [])].map((source) => ref(recordIri('sources', source.sourceId)));
  return {
    '@id': recordIri('meetings', meeting.id),
    '@type': 'Event',
    ...(meeting.name === undefined ? {} : { name: meeting.name }),
    ...(meeting.summary === undefined ? {} : { description: meeting.summary.join(' ') }),
    ...(meeting.startDate === undefined ? {} : { startDate: meeting.startDate }),
    ...(meeting.endDate === undefined ? {} : { endDate: meeting.endDate }),
    ...(meeting.attendanceMode === undefined ? {} : { eventAttendanceMode: `schema:${ATTENDANCE_MODE[meeting.attendanceMode]}` }),
    ...location(meeting.place),
    ...(organizers.length === 0 ? {} : { organizer: organizers.length === 1 ? organizers[0] : organizers }),
    ...Object.fromEntries([...people].sort().map(([property, ids]) => [property, ids.map((id) => ref(recordIri('people', id)))])),
    ...eventLinks(meeting),
    subjectOf: sources.length === 1 ? sources[0] : sources,
  };
};

const person = (record: Person): Node => ({
  '@id': recordIri('people', record.id),
  '@type': 'Person',
  name: record.name,
  ...alternateNames(record),
  ...(record.titles.length === 0 ? {} : { jobTitle: record.titles.map((title) => title.title) }),
  ...(record.titles.some((title) => title.organizationId !== undefined)
    ? { affiliation: [...new Set(record.titles.flatMap((title) => title.organizationId ?? []))].map((id) => ref(recordIri('organizations', id))) }
    : {}),
  ...wikidata(record.editorial),
});

const organization = (record: Organization): Node => ({
  '@id': recordIri('organizations', record.id),
  '@type': 'Organization',
  name: record.name,
  ...alternateNames(record),
  ...(record.parentId === undefined ? {} : { parentOrganization: ref(recordIri('organizations', record.parentId)) }),
  ...wikidata(record.editorial),
});

const sourceDocument = (record: SourceDocument, meetings: readonly Meeting[]): Node => ({
  '@id': recordIri('sources', record.id),
  '@type': 'CreativeWork',
  name: record.title,
  ...(record.publisherId === undefined ? {} : { publisher: ref(recordIri('organizations', record.publisherId)) }),
  inLanguage: record.language,
  encodingFormat: record.mediaType,
  url: record.path === undefined ? record.url : versionedFileUrl(record.path),
  ...sourceLinks(record, meetings),
});

/** States in the data itself which statements are editorial, so that they are not mistaken for the source's. */
const editorialNote = (datasets: ValidDatasets) => {
  const idsWhere = <T extends { id: string }>(records: readonly T[], editorial: (record: T) => boolean) => records.filter(editorial).map((record) => record.id);
  const organizers = idsWhere(datasets.meetings, (meeting) => meeting.organizers?.some((item) => item.basis === 'editorial') ?? false);
  const countries = idsWhere(datasets.meetings, (meeting) => meeting.place?.countryCodeBasis === 'editorial');
  const titles = idsWhere(datasets.sources, (source) => source.titleBasis === 'editorial');
  const publishers = idsWhere(datasets.sources, (source) => source.publisherBasis === 'editorial');
  const names = editorialNames(datasets);
  const parts = [
    'every sameAs link to Wikidata',
    ...(organizers.length === 0 ? [] : [`the organizer of ${organizers.join(', ')}`]),
    ...(countries.length === 0 ? [] : [`the addressCountry of ${countries.join(', ')}`]),
    ...(titles.length === 0 ? [] : [`the name of ${titles.join(', ')}`]),
    ...(publishers.length === 0 ? [] : [`the publisher of ${publishers.join(', ')}`]),
    ...(names.length === 0 ? [] : [`the alternateName of ${names.join(', ')}`]),
  ];
  const listed = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
  return `Editorial statements (not in the source document; dist/json/ says where the editors saw each): ${listed}.`;
};

export const buildJsonLd = (datasets: ValidDatasets): Node => ({
  '@context': JSONLD_CONTEXT,
  '@graph': [
    {
      '@id': versionedFileUrl('dist/jsonld/meetings.jsonld'),
      '@type': 'Dataset',
      name: DATAPACKAGE_TITLE,
      description: `Generated from the records of the ${packageName} package. ${editorialNote(datasets)}`,
      version: packageVersion,
      license: `https://opensource.org/licenses/${packageLicense}`,
      isBasedOn: datasets.sources.map((source) => ref(recordIri('sources', source.id))),
      about: datasets.meetings.filter(reports).map((meeting) => ref(recordIri('meetings', meeting.id))),
    },
    ...datasets.meetings.map(event),
    ...datasets.people.map(person),
    ...datasets.organizations.map(organization),
    ...datasets.sources.map((source) => sourceDocument(source, datasets.meetings)),
    ...linkedNodes(datasets),
  ],
});
