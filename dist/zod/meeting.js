/** A meeting: when and where it was held, who took part, what it did and what was said. */
import * as z from 'zod';
import { editorial, isoDate, MeetingId, name, nonEmptyObject, printedName, OrganizationId, ordinal, PersonId, quote, SourceId, text, wikidataId, } from "./common.js";
export const Place = z
    .strictObject({
    city: printedName().meta({ description: 'The city, as printed in the source.', examples: ['Beijing'] }),
    countryCode: z
        .string()
        .length(2)
        .regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as "CN"' })
        .meta({
        description: "ISO 3166-1 alpha-2 code of the city's country. Derived by the editors from the city: the source names the city only.",
        examples: ['CN'],
    }),
    evidence: quote().meta({
        description: 'The words of the source that name the place, verbatim.',
        examples: ['was held in Beijing'],
    }),
    editorial: nonEmptyObject({
        wikidataId: editorial(wikidataId(), 'the Wikidata item of the city.').exactOptional(),
        timeZone: editorial(z.enum(['Asia/Shanghai']), 'the IANA time zone of the city (UTC+08:00, no daylight saving time).').exactOptional(),
    })
        .exactOptional()
        .meta({ description: 'Facts about the place that are not in the source document, each with where it was seen.' }),
})
    .meta({ id: 'Place', title: 'Place', description: 'Where the meeting was held.' });
export const Organizer = z
    .discriminatedUnion('basis', [
    z.strictObject({
        basis: z.literal('source').meta({ description: 'The source names the organizer.' }),
        organizationId: OrganizationId.meta({ description: 'The organizer.', examples: ['most'] }),
        evidence: quote().meta({ description: 'The words of the source that name the organizer, verbatim.' }),
    }),
    z.strictObject({
        basis: z.literal('editorial').meta({ description: 'The source does not name the organizer; the editors do.' }),
        organizationId: OrganizationId.meta({ description: 'The organizer.', examples: ['most'] }),
        source: text(500).meta({ description: 'Why the editors name this organizer, and from what.' }),
    }),
])
    .meta({
    id: 'Organizer',
    title: 'Organizer',
    description: 'Who organized or hosted the meeting, and whether the source says so or the editors add it.',
});
export const ParticipantRole = z
    .enum(['speaker', 'host', 'attendee', 'presenter'])
    .meta({
    id: 'ParticipantRole',
    description: 'What the participant did: speaker (delivered a report or remarks), host (held the meeting), attendee (was met or attended), presenter (made presentations).',
});
export const Participant = z
    .discriminatedUnion('kind', [
    z.strictObject({
        kind: z.literal('person').meta({ description: 'A named person.' }),
        role: ParticipantRole,
        personId: PersonId.meta({ description: 'The person.', examples: ['wang-zhigang'] }),
        titleAsPrinted: printedName()
            .exactOptional()
            .meta({ description: 'The title the source gives the person here.', examples: ['Minister'] }),
        evidence: quote().meta({ description: 'The words of the source that show the participation, verbatim.' }),
    }),
    z.strictObject({
        kind: z.literal('group').meta({ description: 'A group of people the source describes without naming them.' }),
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
        .max(100)
        .meta({ description: 'The priorities, in the printed order, numbered 1..n without gaps.' }),
})
    .meta({ id: 'WorkReport', title: 'Work report', description: 'A work report delivered at the meeting.' });
export const Guidance = z
    .strictObject({
    relation: z
        .enum(['acting-on-guiding-principles-of', 'guided-by'])
        .meta({ description: 'How the source relates the meeting to it ("acting on the guiding principles of", "guided by").' }),
    kind: z
        .enum(['party-congress', 'plenary-sessions', 'body-of-thought'])
        .meta({ description: 'What it is.' }),
    text: quote().meta({ description: 'Its name as printed, verbatim.', examples: ['the 19th CPC Congress'] }),
    organizationId: OrganizationId.exactOptional().meta({ description: 'The organization that held it.' }),
})
    .meta({
    id: 'Guidance',
    title: 'Guidance',
    description: 'A principle or document the meeting acted on or was guided by.',
});
export const Remark = z
    .strictObject({
    number: ordinal().meta({ description: 'Order of the remark in the source (1, 2, …).', examples: [1] }),
    speakerId: PersonId.meta({ description: 'Who made the remark.', examples: ['wang-zhigang'] }),
    speakerBasis: z.enum(['source', 'editorial']).meta({
        description: '"source": the source names the speaker in the remark\'s reporting clause (or its "He" refers back to one); "editorial": the sentence names no speaker and the editors attribute it to the speaker of the remarks before it.',
    }),
    reportedAs: z.enum(['emphasized', 'noted', 'hoped', 'continued']).meta({
        description: 'The reporting verb the source uses; "continued" when the sentence has none and carries on the same speaker\'s reported remarks.',
    }),
    reportingClause: quote()
        .exactOptional()
        .meta({ description: 'The words that introduce the remark, verbatim.', examples: ['He noted that'] }),
    text: quote().meta({ description: 'What was said, as reported, verbatim.' }),
    mentionedPersonIds: z
        .array(PersonId)
        .min(1)
        .max(50)
        .exactOptional()
        .meta({ description: 'People the remark names.' }),
    mentionedOrganizationIds: z
        .array(OrganizationId)
        .min(1)
        .max(50)
        .exactOptional()
        .meta({ description: 'Organizations the remark names.' }),
})
    .meta({ id: 'Remark', title: 'Remark', description: 'A remark made at the meeting, as the source reports it.' });
export const MeetingSourceRef = z
    .strictObject({
    sourceId: SourceId.meta({ description: 'The source document.', examples: ['most-newsletter-2020-01'] }),
    attribution: quote().meta({
        description: 'Who the source credits for the article, verbatim.',
        examples: ['Ministry of Science and Technology'],
    }),
    lineStart: ordinal().meta({ description: 'First line of the article in the source file (1-based).' }),
    lineEnd: ordinal().meta({ description: 'Last line of the article in the source file (1-based, inclusive).' }),
})
    .meta({ id: 'MeetingSourceRef', title: 'Source reference', description: 'Where in the source document the meeting is reported.' });
export const MeetingKind = z
    .enum(['conference', 'meeting'])
    .meta({ id: 'MeetingKind', description: 'What the source calls the event: a conference or a meeting.' });
export const Meeting = z
    .strictObject({
    id: MeetingId,
    name: printedName().meta({
        description: 'The name of the meeting as printed.',
        examples: ['2020 National Science and Technology Work Conference'],
    }),
    headline: quote().meta({
        description: 'The headline of the article as printed.',
        examples: ['2020 National Science and Technology Work Conference Held in Beijing'],
    }),
    kind: MeetingKind,
    startDate: isoDate().meta({ description: 'First day of the meeting (ISO 8601).', examples: ['2020-01-10'] }),
    endDate: isoDate().meta({
        description: 'Last day of the meeting (ISO 8601), the same as startDate for a one-day meeting.',
        examples: ['2020-01-11'],
    }),
    dateText: quote().meta({ description: 'The dates as printed, verbatim.', examples: ['January 10-11, 2020'] }),
    place: Place,
    organizer: Organizer,
    participants: z.array(Participant).min(1).max(200).meta({ description: 'Who took part, in order of first mention.' }),
    summary: z
        .array(quote())
        .min(1)
        .max(50)
        .meta({ description: 'The sentences that report what the meeting did, verbatim, in order.' }),
    workReport: WorkReport.exactOptional(),
    guidance: z
        .array(Guidance)
        .min(1)
        .max(50)
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
        .max(50)
        .exactOptional()
        .meta({ description: 'Topics of the presentations made at the meeting, verbatim, in order.' }),
    remarks: z
        .array(Remark)
        .max(200)
        .meta({ description: 'Remarks reported from the meeting, in order, numbered 1..n without gaps (may be empty).' }),
    source: MeetingSourceRef,
    editorial: nonEmptyObject({
        nameZh: editorial(name(), 'the name of the meeting in Chinese.').exactOptional(),
    })
        .exactOptional()
        .meta({ description: 'Facts about the meeting that are not in the source document, each with where it was seen.' }),
})
    .meta({
    id: 'Meeting',
    title: 'Meeting',
    description: 'A meeting reported in the source document, with its content.',
});
