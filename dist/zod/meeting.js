/** A meeting: when and where it was held, who took part, what it did and what was said. */
import * as z from 'zod';
import { AttendanceMode, Basis, GuidanceKind, GuidanceRelation, MeetingKind, ParticipantKind, ParticipantRole, ReportingVerb, SourceRole, } from './codelists.js';
import { beyondJsonSchema, CountryCode, deprecated, editorial, editorialFacts, DocumentId, isoDate, MeetingId, name, note, printedName, OrganizationId, optionalList, ordinal, PersonId, quote, requireOneOf, SourceId, TimeZone, wikidataId, } from './common.js';
import { limits } from './limits.js';
import { Addressee, Mention, RelatedSource, SeriesEdition } from './meeting-links.js';
import { otherNames } from './other-name.js';
import { quotationLocators } from './quotation-locator.js';
import { SourceLocator } from './source-locator.js';
/** What a numbered list's description says of the rule JSON Schema cannot check. */
const NUMBERED = 'JSON Schema cannot check the numbering; `china-st-meetings validate` does.';
export const Place = z
    .strictObject({
    name: printedName()
        .exactOptional()
        .meta({ description: 'The venue, as printed in the source.', examples: ['Great Hall of the People'] }),
    city: printedName()
        .exactOptional()
        .meta({ description: 'The city, as printed in the source.', examples: ['Beijing'] }),
    countryCode: CountryCode.exactOptional().meta({
        description: "ISO 3166-1 alpha-2 code of the place's country (the editors may derive it from the city).",
    }),
    countryCodeBasis: Basis.exactOptional().meta({
        description: '"source": the source names the country; "editorial": it does not, and the editors derive the code from the city or venue it names.',
    }),
    evidence: quote().meta({
        description: 'The words of the source that name the place, verbatim.',
        examples: ['was held in Beijing'],
    }),
    editorial: editorialFacts('place', {
        wikidataId: editorial(wikidataId(), 'the Wikidata item of the place.').exactOptional(),
        timeZone: editorial(TimeZone, 'the IANA time zone of the place.').exactOptional(),
    }),
})
    .refine((place) => place.name !== undefined || place.city !== undefined || place.countryCode !== undefined, {
    message: 'must name the venue, the city or the country',
})
    .meta({
    id: 'Place',
    title: 'Place',
    description: 'Where the meeting was held, as far as the source says: the venue, the city, the country.',
    anyOf: requireOneOf(['name', 'city', 'countryCode']),
});
/** Who organized: an organization, a person, or a person on behalf of an organization. */
const organizerWho = {
    organizationId: OrganizationId.exactOptional().meta({ description: 'The organizer, or the organization a person organized it for.', examples: ['most'] }),
    personId: PersonId.exactOptional().meta({ description: 'The organizer, when the source names a person.', examples: ['wang-zhigang'] }),
};
const ORGANIZER_NAMED = 'must name the organizer: an organizationId, a personId, or both';
const namesOrganizer = (organizer) => organizer.organizationId !== undefined || organizer.personId !== undefined;
const WHO = requireOneOf(['organizationId', 'personId']);
export const Organizer = z
    .discriminatedUnion('basis', [
    z
        .strictObject({
        basis: Basis.literal('source', { description: 'The source names the organizer.' }),
        ...organizerWho,
        evidence: quote().meta({ description: 'The words of the source that name the organizer, verbatim.' }),
    })
        .refine(namesOrganizer, { message: ORGANIZER_NAMED })
        .meta({ anyOf: WHO }),
    z
        .strictObject({
        basis: Basis.literal('editorial', { description: 'The source does not name the organizer; the editors do.' }),
        ...organizerWho,
        rationale: note().meta({ description: 'Why the editors name this organizer, and from what.' }),
    })
        .refine(namesOrganizer, { message: ORGANIZER_NAMED })
        .meta({ anyOf: WHO }),
])
    .meta({
    id: 'Organizer',
    title: 'Organizer',
    description: 'Who organized or hosted the meeting (an organization, a person, or both), and whether the source says so or the editors add it.',
});
export const Participant = z
    .discriminatedUnion('kind', [
    z.strictObject({
        kind: ParticipantKind.literal('person', { description: 'A named person.' }),
        role: ParticipantRole,
        personId: PersonId.meta({ description: 'The person.', examples: ['wang-zhigang'] }),
        titleAsPrinted: printedName()
            .exactOptional()
            .meta({ description: 'The title the source gives the person here.', examples: ['Minister'] }),
        evidence: quote().meta({ description: 'The words of the source that show the participation, verbatim.' }),
    }),
    z.strictObject({
        kind: ParticipantKind.literal('group', { description: 'A group of people the source describes without naming them.' }),
        role: ParticipantRole,
        label: quote().meta({
            description: 'The group as the source describes it, verbatim.',
            examples: ['heads for science and technology sections in overseas diplomatic missions'],
        }),
        organizationId: OrganizationId.exactOptional().meta({ description: 'The organization the group belongs to.' }),
        evidence: quote().meta({ description: 'The words of the source that show the participation, verbatim.' }),
    }),
])
    .meta({ id: 'Participant', title: 'Participant', description: 'A person or a group that took part in the meeting.' });
export const Priority = z
    .strictObject({
    number: ordinal().meta({ description: 'The number printed before the priority (1, 2, …).', examples: [1] }),
    text: quote().meta({ description: 'The priority, verbatim.' }),
})
    .meta({ id: 'Priority', title: 'Priority', description: 'One numbered priority of a work report.' });
export const WorkReport = z
    .strictObject({
    deliveredById: PersonId.meta({ description: 'Who delivered the work report.', examples: ['wang-zhigang'] }),
    introduction: quote().meta({
        description: 'The sentence that introduces the priorities, verbatim.',
        examples: ['He outlined ten priorities for 2020:'],
    }),
    priorities: z
        .array(Priority)
        .min(1)
        .max(limits.paragraphs.max)
        .meta({ description: `The priorities, in the printed order, numbered 1..n without gaps. ${NUMBERED}` }),
})
    .meta({ id: 'WorkReport', title: 'Work report', description: 'A work report delivered at the meeting.' });
export const Guidance = z
    .strictObject({
    relation: GuidanceRelation,
    kind: GuidanceKind,
    text: quote().meta({ description: 'Its name as printed, verbatim.', examples: ['the 19th CPC Congress'] }),
    organizationId: OrganizationId.exactOptional().meta({ description: 'The organization that held it.' }),
    organizationBasis: Basis.exactOptional().meta({
        description: '"source": the name as printed names the organization that held it; "editorial": the editors identify the organization from a name that does not quite give it.',
    }),
    meetingIds: optionalList(MeetingId).meta({ description: 'The meetings its name names, in printed order: "the 2nd, 3rd and 4th plenary sessions …" names three.', examples: [['cpc-19th-congress']] }),
    documentIds: optionalList(DocumentId).meta({ description: 'The documents, doctrines, strategies or plans its name names, in printed order.', examples: [['xi-jinping-thought-on-diplomacy']] }),
})
    .meta({
    id: 'Guidance',
    title: 'Guidance',
    description: 'A principle or document the meeting acted on or was guided by.',
});
export const Remark = z
    .strictObject({
    number: ordinal().meta({ description: 'Order of the remark in the source (1, 2, …).', examples: [1] }),
    speakerId: PersonId.exactOptional().meta({ description: 'Who made the remark: a named person.', examples: ['wang-zhigang'] }),
    speakerLabel: quote()
        .exactOptional()
        .meta({
        description: 'Who made the remark, when the source names no person: the group as the source describes it, verbatim.',
        examples: ['the participants'],
    }),
    speakerBasis: Basis.meta({
        description: '"source": the source names the speaker in the remark\'s reporting clause (or its "He" refers back to one); "editorial": the sentence names no speaker and the editors attribute it to the speaker of the remarks before it.',
    }),
    reportedAs: ReportingVerb.meta({
        description: 'The reporting verb the source uses, in its own words ("pointed out"); "continued" when the sentence has none and carries on the same speaker\'s reported remarks.',
        examples: ['noted'],
    }),
    reportingClause: quote()
        .exactOptional()
        .meta({ description: 'The words that introduce the remark, verbatim.', examples: ['He noted that'] }),
    text: quote().meta({ description: 'What was said, as reported, verbatim.' }),
    addressees: optionalList(Addressee).meta({ description: 'Whom the remark is addressed to, where the source says so, in order of mention.' }),
    mentionedPersonIds: optionalList(PersonId).meta(deprecated('People the remark names.', 'the meeting\'s `mentions` (kind "person", pointer "/remarks/N/text")')),
    mentionedOrganizationIds: optionalList(OrganizationId).meta(deprecated('Organizations the remark names.', 'the meeting\'s `mentions` (kind "organization", pointer "/remarks/N/text")')),
})
    .refine((remark) => remark.speakerId !== undefined || remark.speakerLabel !== undefined, {
    message: 'must name its speaker: a speakerId, or a speakerLabel for a group the source does not name',
})
    .meta({
    id: 'Remark',
    title: 'Remark',
    description: 'A remark made at the meeting, as the source reports it.',
    anyOf: requireOneOf(['speakerId', 'speakerLabel']),
});
export const MeetingSourceRef = z
    .strictObject({
    sourceId: SourceId.meta({ description: 'The source document.', examples: ['most-newsletter-2020-01'] }),
    attribution: quote()
        .exactOptional()
        .meta({
        description: 'Who the source credits for the report, verbatim.',
        examples: ['Ministry of Science and Technology'],
    }),
    role: SourceRole.exactOptional().meta({
        description: 'What the source is to the meeting: "report" (the default: it reports the meeting) or "mention" (it only names a meeting it does not report).',
    }),
    locator: SourceLocator.exactOptional(),
})
    .meta({
    id: 'MeetingSourceRef',
    title: 'Source reference',
    description: 'Which source document reports the meeting (or only names it: role "mention"), and where in it; the quotations of the meeting are from its text.',
});
export const Meeting = z
    .strictObject({
    id: MeetingId,
    name: printedName().exactOptional().meta({
        description: 'The name of the meeting as printed; absent when the source gives it none ("the minister met the delegation").',
        examples: ['2020 National Science and Technology Work Conference'],
    }),
    headline: quote().exactOptional().meta({
        description: 'The headline of the report as printed.',
        examples: ['2020 National Science and Technology Work Conference Held in Beijing'],
    }),
    kind: MeetingKind,
    startDate: isoDate()
        .exactOptional()
        .meta({ description: 'First day of the meeting (ISO 8601); absent when the source gives no date that fixes it (dateText says what it gives).', examples: ['2020-01-10'] }),
    endDate: isoDate().exactOptional().meta({
        description: 'Last day of the meeting (ISO 8601), the same as startDate for a one-day meeting; it may fall in a later month or year. It must not be before startDate: JSON Schema cannot check that; `china-st-meetings validate` does.',
        examples: ['2020-01-11'],
    }),
    dateText: quote()
        .exactOptional()
        .meta({ description: 'The dates as printed, verbatim; absent when the source gives none (a meeting it only mentions).', examples: ['January 10-11, 2020'] }),
    attendanceMode: AttendanceMode.exactOptional(),
    place: Place.exactOptional(),
    organizers: z
        .array(Organizer)
        .min(1)
        .max(limits.references.max)
        .exactOptional()
        .meta({ description: 'Who organized or hosted the meeting, in order of mention.' }),
    participants: z
        .array(Participant)
        .min(1)
        .max(limits.participants.max)
        .exactOptional()
        .meta({ description: 'Who took part, in order of first mention.' }),
    series: SeriesEdition.exactOptional(),
    summary: z
        .array(quote())
        .min(1)
        .max(limits.paragraphs.max)
        .exactOptional()
        .meta({ description: 'The sentences that report what the meeting did, verbatim, in order; absent when the source does not report it (it only mentions it).' }),
    workReport: WorkReport.exactOptional(),
    guidance: z
        .array(Guidance)
        .min(1)
        .max(limits.references.max)
        .exactOptional()
        .meta({ description: 'Principles and documents the meeting acted on or was guided by, in printed order.' }),
    purpose: quote()
        .exactOptional()
        .meta({
        description: 'What the meeting set out to do, verbatim.',
        examples: ['set out arrangements for science and technology diplomacy in 2020'],
    }),
    presentationTopics: z
        .array(quote())
        .min(1)
        .max(limits.paragraphs.max)
        .exactOptional()
        .meta({ description: 'Topics of the presentations made at the meeting, verbatim, in order.' }),
    remarks: z
        .array(Remark)
        .max(limits.remarks.max)
        .exactOptional()
        .meta({
        description: `Remarks reported from the meeting, in order, numbered 1..n without gaps. Absent or empty: the source reports none (the CSV tables cannot tell the two apart). ${NUMBERED}`,
    }),
    mentions: optionalList(Mention).meta({
        description: 'The records that the quoted texts of the meeting name (summary sentences, the work report, priorities, guidance, purpose, presentation topics, remarks), by the text\'s JSON Pointer, in the order of the texts and of the names in each. Not listed: the names in the meeting\'s own name and headline and in the evidence of fields that link a record themselves (a participant, a speaker).',
    }),
    source: MeetingSourceRef,
    relatedSources: optionalList(RelatedSource).meta({ description: 'Other source documents about the meeting, beside `source` (whose text the quotations are from): the original it translates, translations, reprints.' }),
    otherNames: otherNames(),
    quotationLocators: quotationLocators(),
    editorial: editorialFacts('meeting', {
        nameZh: editorial(name(), 'the name of the meeting in Chinese.')
            .exactOptional()
            .meta(deprecated('Editorial (not in the source document): the name of the meeting in Chinese.', '`otherNames` (basis "editorial", language "zh-Hans")')),
    }),
})
    .meta({
    id: 'Meeting',
    title: 'Meeting',
    description: `A meeting as a news report or an official text reports it: when and where it was held, who took part, what it did and what was said.${beyondJsonSchema([
        'its id is unique among the meetings',
        'every id it refers to (people, organizations, other meetings, documents, series, its sources) is the id of a record of that dataset',
        'endDate is not before startDate, and a locator does not end before it starts',
        'the priorities and the remarks are numbered 1..n in order',
        'a time zone is one of the tz database, a country code is assigned (or XK)',
    ])}`,
});
