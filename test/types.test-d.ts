/**
 * The published declarations (dist/esm/index.d.ts, generated from the JSON Schemas) are exactly
 * the read-only form of `z.infer` of the zod schemas, and the id types catch unknown ids.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import {
  getMeeting,
  getPerson,
  getQuotations,
  isPersonId,
  quotations,
  meetings,
  people,
  type Meeting,
  type PublishedMeeting,
  type PublishedPerson,
  type PersonId,
  type MeetingId,
  type Organization,
  type Person,
  type SourceDocument,
  type Participant,
  type Quotation,
  type Remark,
  type SourceId,
  type Document,
  type DocumentId,
  type EventSeries,
  type Mention,
  type OtherName,
  type SeriesId,
  type PublishedDocument,
  documents,
  getDocument,
  getSeries,
  isSeriesId,
} from '../dist/esm/index.js';
import type * as schemas from '../schema/index.ts';

/** What the published types promise: z.infer with every property and array read-only. */
type DeepReadonly<T> = T extends readonly (infer Item)[]
  ? ReadonlyArray<DeepReadonly<Item>>
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

describe('published types equal z.infer of the schemas (read-only)', () => {
  it('record types', () => {
    expectTypeOf<Meeting>().toEqualTypeOf<DeepReadonly<z.infer<typeof schemas.Meeting>>>();
    expectTypeOf<Person>().toEqualTypeOf<DeepReadonly<z.infer<typeof schemas.Person>>>();
    expectTypeOf<Organization>().toEqualTypeOf<DeepReadonly<z.infer<typeof schemas.Organization>>>();
    expectTypeOf<SourceDocument>().toEqualTypeOf<DeepReadonly<z.infer<typeof schemas.SourceDocument>>>();
    expectTypeOf<Participant>().toEqualTypeOf<DeepReadonly<z.infer<typeof schemas.Participant>>>();
    expectTypeOf<Remark>().toEqualTypeOf<DeepReadonly<z.infer<typeof schemas.Remark>>>();
    expectTypeOf<Document>().toEqualTypeOf<DeepReadonly<z.infer<typeof schemas.Document>>>();
    expectTypeOf<EventSeries>().toEqualTypeOf<DeepReadonly<z.infer<typeof schemas.EventSeries>>>();
    expectTypeOf<Mention>().toEqualTypeOf<DeepReadonly<z.infer<typeof schemas.Mention>>>();
    expectTypeOf<OtherName>().toEqualTypeOf<DeepReadonly<z.infer<typeof schemas.OtherName>>>();
  });

  it('the linked records: documents and series with their getters and guards', () => {
    expectTypeOf(documents).toEqualTypeOf<readonly PublishedDocument[]>();
    expectTypeOf(getDocument).parameter(0).toEqualTypeOf<DocumentId>();
    expectTypeOf<'xi-jinping-thought-on-diplomacy'>().toExtend<DocumentId>();
    expectTypeOf<'national-st-work-conference'>().toExtend<SeriesId>();
    // @ts-expect-error: not a published series id
    getSeries('national-st-work-conference-2020');
    const fromUrl: string = 'cpc-congress';
    if (isSeriesId(fromUrl)) expectTypeOf(getSeries(fromUrl).name).toEqualTypeOf<string>();
    // A meeting's mention names its record by a field its kind fixes.
    const mention = {} as Mention;
    if (mention.kind === 'document') expectTypeOf(mention.documentId).toEqualTypeOf<string>();
  });

  it('are not trivially equal: a changed field would differ', () => {
    expectTypeOf<Meeting>().not.toEqualTypeOf<DeepReadonly<Omit<z.infer<typeof schemas.Meeting>, 'purpose'>>>();
    expectTypeOf<Meeting>().not.toEqualTypeOf<z.infer<typeof schemas.Meeting>>();
  });
});

describe('the data and its getters', () => {
  it('are read-only and typed', () => {
    expectTypeOf(meetings).toEqualTypeOf<readonly PublishedMeeting[]>();
    expectTypeOf(people).toEqualTypeOf<readonly PublishedPerson[]>();
    expectTypeOf(getMeeting).parameter(0).toEqualTypeOf<MeetingId>();
    expectTypeOf(getMeeting('national-st-work-conference-2020')).toEqualTypeOf<PublishedMeeting>();
    // The published ids are literal types (a union that grows when meetings are added), not `string`.
    expectTypeOf<'national-st-work-conference-2020'>().toExtend<MeetingId>();
    expectTypeOf<'overseas-st-sections-heads-meeting-2020'>().toExtend<MeetingId>();
    expectTypeOf<string>().not.toExtend<MeetingId>();
    expectTypeOf<'national-st-work-conference-2021'>().not.toExtend<MeetingId>();
  });

  it('reject an unknown id and writes at compile time', () => {
    // @ts-expect-error: not a published meeting id
    getMeeting('national-st-work-conference-2021');
    // @ts-expect-error: not a published person id
    getPerson('li-keqiang');
    const [first] = meetings;
    if (first !== undefined) {
      // @ts-expect-error: the data is read-only
      first.name = 'Another name';
      // @ts-expect-error: arrays are read-only too
      first.summary.push('Another sentence.');
    }
  });
});

describe('general types for anyone\'s records, exact types for the published ones', () => {
  it('a record of another meeting type-checks as a Meeting', () => {
    const other = {
      id: 'fictional-helsinki-symposium-2021',
      name: 'Helsinki Symposium on Research Ethics',
      kind: 'symposium',
      startDate: '2021-12-30',
      endDate: '2022-01-02',
      dateText: '30 December 2021 to 2 January 2022',
      attendanceMode: 'mixed',
      organizers: [{ basis: 'source', organizationId: 'fictional-university', evidence: 'organized by the university' }],
      participants: [{ kind: 'person', role: 'rapporteur', personId: 'fictional-person', evidence: 'the rapporteur said' }],
      summary: ['The symposium discussed research ethics.'],
      remarks: [{ number: 1, speakerId: 'fictional-person', speakerBasis: 'source', reportedAs: 'pointed out', text: 'Ethics matter.' }],
      source: { sourceId: 'fictional-report', locator: { kind: 'pages', pageStart: 3, pageEnd: 4 } },
    } as const;
    expectTypeOf(other).toExtend<Meeting>();
  });

  it('published records are Meetings, with references narrowed to the published ids', () => {
    expectTypeOf<PublishedMeeting>().toExtend<Meeting>();
    expectTypeOf<NonNullable<PublishedMeeting['workReport']>['deliveredById']>().toEqualTypeOf<PersonId>();
    const [conference] = meetings;
    if (conference?.workReport !== undefined) expectTypeOf(getPerson(conference.workReport.deliveredById)).toEqualTypeOf<PublishedPerson>();
  });

  it('a wrong id in a reference of the published data is a type error', () => {
    const [first] = meetings;
    if (first?.workReport !== undefined) {
      // @ts-expect-error: not a published person id
      const broken: PublishedMeeting = { ...first, workReport: { ...first.workReport, deliveredById: 'li-keqiang' } };
      expectTypeOf(broken).toEqualTypeOf<PublishedMeeting>();
    }
  });

  it('type guards narrow a string to a published id', () => {
    const value: unknown = 'wang-zhigang';
    if (isPersonId(value)) expectTypeOf(getPerson(value)).toEqualTypeOf<PublishedPerson>();
  });
});

describe('the quotations', () => {
  it('are looked up by a dataset and one of its published ids, and say which record and source they belong to', () => {
    expectTypeOf(quotations).toEqualTypeOf<readonly Quotation[]>();
    const [first] = getQuotations('meetings', 'national-st-work-conference-2020');
    if (first !== undefined) {
      expectTypeOf(first.dataset).toEqualTypeOf<'meetings'>();
      expectTypeOf(first.recordId).toEqualTypeOf<MeetingId>();
      expectTypeOf(first.sourceId).toEqualTypeOf<SourceId>();
      expectTypeOf(first.start).toEqualTypeOf<number>();
      expectTypeOf(getMeeting(first.recordId)).toEqualTypeOf<PublishedMeeting>();
    }
    const [title] = getQuotations('people', 'xi-jinping');
    if (title !== undefined) expectTypeOf(getPerson(title.recordId)).toEqualTypeOf<PublishedPerson>();
    // @ts-expect-error: a person's id is not a meeting's
    getQuotations('meetings', 'xi-jinping');
    // @ts-expect-error: no such dataset
    getQuotations('events', 'national-st-work-conference-2020');
  });
});
