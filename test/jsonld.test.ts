/**
 * dist/jsonld/meetings.jsonld read by a JSON-LD processor (the `jsonld` package) with no network
 * access: it expands and converts to RDF, and the triples that matter are there.
 */
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import type { Document, EventSeries, Meeting, Mention, Organization, Person } from '../schema/index.ts';
import { clone, readDistJson } from './helpers.ts';

const SCHEMA = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const XSD_DATE = 'http://www.w3.org/2001/XMLSchema#date';
const BASE = 'https://unpkg.com/china-st-meetings/dist/json/';

const document = readDistJson('jsonld/meetings.jsonld') as { '@context': Record<string, unknown>; '@graph': Record<string, unknown>[] };
const meetings = readDistJson('json/meetings.json') as Meeting[];
const people = readDistJson('json/people.json') as Person[];
const organizations = readDistJson('json/organizations.json') as Organization[];
const documents = readDistJson('json/documents.json') as Document[];
const series = readDistJson('json/series.json') as EventSeries[];

/** Refuses every remote document: the file must carry its whole context. */
const offline = async (url: string): Promise<never> => {
  throw new Error(`network access refused: ${url}`);
};
const options = { documentLoader: offline, safe: true } as Parameters<typeof jsonld.toRDF>[1];

interface Triple {
  readonly subject: string;
  readonly predicate: string;
  readonly object: string;
}

/** N-Quads lines as triples; an IRI object is `<iri>`, a literal keeps its quotes and datatype. */
const toTriples = async (input: object): Promise<Triple[]> => {
  const nquads = (await jsonld.toRDF(input as jsonld.JsonLdDocument, { ...options, format: 'application/n-quads' })) as unknown as string;
  return nquads
    .trim()
    .split('\n')
    .map((line) => {
      const match = /^(<[^>]*>|_:\S+) <([^>]*)> (.*) \.$/u.exec(line);
      if (match === null) throw new Error(`unexpected N-Quads line: ${line}`);
      return { subject: match[1] ?? '', predicate: match[2] ?? '', object: match[3] ?? '' };
    });
};

const literal = (value: string, datatype?: string) => `${JSON.stringify(value)}${datatype === undefined ? '' : `^^<${datatype}>`}`;

/** The statements a reader of the meetings needs; returns those that are missing. */
const missingStatements = (triples: readonly Triple[]): string[] => {
  const has = (subject: string, predicate: string, object: string) =>
    triples.some((triple) => triple.subject === subject && triple.predicate === predicate && triple.object === object);
  const objects = (subject: string, predicate: string) =>
    triples.filter((triple) => triple.subject === subject && triple.predicate === predicate).map((triple) => triple.object);
  const missing: string[] = [];
  const expect = (ok: boolean, statement: string) => {
    if (!ok) missing.push(statement);
  };
  for (const person of people) {
    const node = `<${BASE}people.json#${person.id}>`;
    expect(has(node, `${SCHEMA}name`, literal(person.name)), `${person.id} is named ${person.name}`);
    for (const { title } of person.titles) expect(has(node, `${SCHEMA}jobTitle`, literal(title)), `${person.id} has the title ${title}`);
  }
  for (const meeting of meetings) {
    const event = `<${BASE}meetings.json#${meeting.id}>`;
    expect(has(event, RDF_TYPE, `<${SCHEMA}Event>`), `${meeting.id} is an Event`);
    if (meeting.name !== undefined) expect(has(event, `${SCHEMA}name`, literal(meeting.name)), `${meeting.id} has its name`);
    if (meeting.startDate !== undefined) expect(has(event, `${SCHEMA}startDate`, literal(meeting.startDate, XSD_DATE)), `${meeting.id} starts ${meeting.startDate} (xsd:date)`);
    if (meeting.endDate !== undefined) expect(has(event, `${SCHEMA}endDate`, literal(meeting.endDate, XSD_DATE)), `${meeting.id} ends ${meeting.endDate} (xsd:date)`);
    const places = objects(event, `${SCHEMA}location`);
    const placeName = meeting.place?.name ?? meeting.place?.city ?? meeting.place?.countryCode;
    if (placeName !== undefined) {
      expect(
        places.some((place) => has(place, RDF_TYPE, `<${SCHEMA}Place>`) && has(place, `${SCHEMA}name`, literal(placeName))),
        `${meeting.id} is located at a Place named ${placeName}`,
      );
    }
    for (const { organizationId } of meeting.organizers ?? []) {
      const organizer = `<${BASE}organizations.json#${organizationId}>`;
      const organizerName = organizations.find((organization) => organization.id === organizationId)?.name ?? '';
      expect(has(event, `${SCHEMA}organizer`, organizer) && has(organizer, `${SCHEMA}name`, literal(organizerName)), `${meeting.id} is organized by ${organizerName}`);
    }
    for (const participant of meeting.participants ?? []) {
      if (participant.kind !== 'person' || (participant.role !== 'speaker' && participant.role !== 'presenter')) continue;
      const performer = `<${BASE}people.json#${participant.personId}>`;
      expect(has(event, `${SCHEMA}performer`, performer), `${meeting.id} has ${participant.personId} as a performer (${participant.role})`);
    }
  }
  return missing;
};

/** The IRI of the record a mention names, as N-Quads writes it. */
const mentionIri = (mention: Mention) => {
  switch (mention.kind) {
    case 'person':
      return `<${BASE}people.json#${mention.personId}>`;
    case 'organization':
      return `<${BASE}organizations.json#${mention.organizationId}>`;
    case 'meeting':
      return `<${BASE}meetings.json#${mention.mentionedMeetingId}>`;
    case 'document':
      return `<${BASE}documents.json#${mention.documentId}>`;
    case 'series':
      return `<${BASE}series.json#${mention.seriesId}>`;
  }
};

/** A language-tagged literal as N-Quads writes it (JSON-LD processors lower-case the tag, which BCP 47 compares case-insensitively). */
const tagged = (other: { name: string; language: string }) => `${JSON.stringify(other.name)}@${other.language.toLowerCase()}`;

/** The links of the linked records: series and editions, what a meeting acted on, what a source mentions, names in other languages. */
const missingLinks = (triples: readonly Triple[]): string[] => {
  const has = (subject: string, predicate: string, object: string) =>
    triples.some((triple) => triple.subject === subject && triple.predicate === predicate && triple.object === object);
  const missing: string[] = [];
  const expect = (ok: boolean, statement: string) => {
    if (!ok) missing.push(statement);
  };
  for (const record of series) {
    const node = `<${BASE}series.json#${record.id}>`;
    expect(has(node, RDF_TYPE, `<${SCHEMA}EventSeries>`), `${record.id} is an EventSeries`);
    for (const meeting of meetings.filter((candidate) => candidate.series?.seriesId === record.id)) {
      const event = `<${BASE}meetings.json#${meeting.id}>`;
      expect(has(node, `${SCHEMA}subEvent`, event) && has(event, `${SCHEMA}superEvent`, node), `${meeting.id} is an edition of ${record.id}, both ways`);
    }
  }
  for (const record of documents) {
    const node = `<${BASE}documents.json#${record.id}>`;
    expect(has(node, RDF_TYPE, `<${SCHEMA}${record.kind === 'body-of-thought' ? 'DefinedTerm' : 'CreativeWork'}>`), `${record.id} is typed for its kind`);
    for (const creator of record.creators ?? []) if (creator.personId !== undefined) expect(has(node, `${SCHEMA}creator`, `<${BASE}people.json#${creator.personId}>`), `${record.id} has its creator`);
  }
  for (const meeting of meetings) {
    const event = `<${BASE}meetings.json#${meeting.id}>`;
    for (const item of meeting.guidance ?? []) {
      for (const id of item.meetingIds ?? []) expect(has(event, `${SCHEMA}about`, `<${BASE}meetings.json#${id}>`), `${meeting.id} is about ${id}`);
      for (const id of item.documentIds ?? []) expect(has(event, `${SCHEMA}about`, `<${BASE}documents.json#${id}>`), `${meeting.id} is about ${id}`);
    }
    const source = `<${BASE}sources.json#${meeting.source.sourceId}>`;
    for (const mention of meeting.mentions ?? []) expect(has(source, `${SCHEMA}mentions`, mentionIri(mention)), `${meeting.source.sourceId} mentions ${mentionIri(mention)}`);
    for (const other of meeting.otherNames ?? []) expect(has(event, `${SCHEMA}alternateName`, tagged(other)), `${meeting.id} is also named ${other.name} (${other.language})`);
  }
  for (const person of people) {
    for (const other of person.otherNames ?? []) expect(has(`<${BASE}people.json#${person.id}>`, `${SCHEMA}alternateName`, tagged(other)), `${person.id} is also named ${other.name}`);
  }
  for (const organization of organizations) {
    for (const other of organization.otherNames ?? []) {
      expect(has(`<${BASE}organizations.json#${organization.id}>`, `${SCHEMA}alternateName`, tagged(other)), `${organization.id} is also named ${other.name}`);
    }
  }
  return missing;
};

describe('meetings.jsonld in a JSON-LD processor', () => {
  it('carries its whole context: expanding needs no network', async () => {
    const expanded = await jsonld.expand(document as jsonld.JsonLdDocument, options);
    expect(expanded.length).toBe(document['@graph'].length);
  });

  it('refuses a document whose context is remote (the loader really is offline)', async () => {
    const error = await jsonld.expand({ ...document, '@context': 'https://schema.org/' } as jsonld.JsonLdDocument, options).then(
      () => undefined,
      (thrown: { details?: { cause?: Error } }) => thrown,
    );
    expect(error?.details?.cause?.message).toBe('network access refused: https://schema.org/');
  });

  it('loses nothing on the way to RDF (safe mode), and safe mode does reject a lossy document', async () => {
    await expect(toTriples(document)).resolves.not.toEqual([]);
    const lossy = clone(document);
    // A relative IRI has no RDF form: without safe mode the statement would vanish silently.
    (lossy['@graph'][1] as Record<string, unknown>)['organizer'] = { '@id': 'organizations.json#most' };
    await expect(toTriples(lossy)).rejects.toThrow('Safe mode validation error.');
  });

  it('gives each person a name and titles, each event its name, dates, location and organizer, and the minister as a participant', async () => {
    expect(missingStatements(await toTriples(document))).toEqual([]);
  });

  it('the statement check finds what a broken document lacks', async () => {
    const broken = clone(document);
    const context = broken['@context'];
    context['startDate'] = { '@id': 'schema:startDate' };
    context['jobTitle'] = { '@id': 'schema:title' };
    const [, firstEvent] = broken['@graph'];
    delete firstEvent?.['organizer'];
    const organizationName = (id: string) => organizations.find((organization) => organization.id === id)?.name ?? '';
    expect(await toTriples(broken).then(missingStatements)).toEqual([
      ...people.flatMap((person) => person.titles.map(({ title }) => `${person.id} has the title ${title}`)),
      ...meetings.flatMap((meeting, index) => [
        ...(meeting.startDate === undefined ? [] : [`${meeting.id} starts ${meeting.startDate} (xsd:date)`]),
        ...(index === 0 ? (meeting.organizers ?? []).map((organizer) => `${meeting.id} is organized by ${organizationName(organizer.organizationId ?? '')}`) : []),
      ]),
    ]);
  });

  it('links the series and their editions, what each meeting acted on, what the source mentions, and names in other languages (language-tagged)', async () => {
    expect(missingLinks(await toTriples(document))).toEqual([]);
    // Not vacuous: there are editions, mentions and other names to check.
    expect(meetings.filter((meeting) => meeting.series !== undefined).length).toBeGreaterThan(0);
    expect(meetings.flatMap((meeting) => meeting.mentions ?? []).length).toBeGreaterThan(0);
    expect(people.some((person) => (person.otherNames?.length ?? 0) > 0)).toBe(true);
  });

  it('the link check finds what a broken document lacks', async () => {
    const broken = clone(document);
    const node = (id: string) => broken['@graph'].find((candidate) => candidate['@id'] === id) as Record<string, unknown>;
    // A series with editions loses its links to them, a document its type, a person's other names their language.
    const edited = series.find((record) => meetings.some((meeting) => meeting.series?.seriesId === record.id));
    const [typed] = documents;
    const named = people.find((person) => (person.otherNames?.length ?? 0) > 0);
    if (edited === undefined || typed === undefined || named === undefined) throw new Error('the data has no series with editions, no document or no person with other names');
    delete node(`${BASE}series.json#${edited.id}`)['subEvent'];
    delete node(`${BASE}documents.json#${typed.id}`)['@type'];
    for (const name of [node(`${BASE}people.json#${named.id}`)['alternateName']].flat() as Record<string, unknown>[]) name['@language'] = 'zxx';
    expect(await toTriples(broken).then(missingLinks)).toEqual([
      ...meetings.filter((meeting) => meeting.series?.seriesId === edited.id).map((meeting) => `${meeting.id} is an edition of ${edited.id}, both ways`),
      `${typed.id} is typed for its kind`,
      ...(named.otherNames ?? []).map((other) => `${named.id} is also named ${other.name}`),
    ]);
  });

  it('has a node for every record, and every reference into the package resolves to one', async () => {
    const triples = await toTriples(document);
    const subjects = new Set(triples.map((triple) => triple.subject));
    const records = [
      ...meetings.map((record) => `meetings.json#${record.id}`),
      ...people.map((record) => `people.json#${record.id}`),
      ...organizations.map((record) => `organizations.json#${record.id}`),
      ...documents.map((record) => `documents.json#${record.id}`),
      ...series.map((record) => `series.json#${record.id}`),
    ];
    for (const record of records) expect(subjects.has(`<${BASE}${record}>`), record).toBe(true);
    const references = triples.map((triple) => triple.object).filter((object) => object.startsWith(`<${BASE}`));
    for (const reference of references) expect(subjects.has(reference), reference).toBe(true);
  });

  it('marks its editorial statements as such: every sameAs is to Wikidata, and the Dataset says they are editorial', async () => {
    const triples = await toTriples(document);
    const sameAs = triples.filter((triple) => triple.predicate === `${SCHEMA}sameAs`).map((triple) => triple.object);
    expect(sameAs.length).toBeGreaterThan(0);
    for (const object of sameAs) expect(object).toMatch(/^<http:\/\/www\.wikidata\.org\/entity\/Q[1-9][0-9]*>$/);
    const description = triples.find((triple) => triple.predicate === `${SCHEMA}description` && triple.object.includes('Editorial statements'));
    expect(description?.object).toContain('every sameAs link to Wikidata');
  });
});
