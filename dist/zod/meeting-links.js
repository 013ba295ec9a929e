/**
 * What links a meeting to other records: the series it is an edition of, the records its texts
 * name (mentions), the other sources about it, and whom a remark is addressed to.
 */
import * as z from 'zod';
import { AddresseeKind, MentionKind, SourceRole } from './codelists.js';
import { DocumentId, jsonPointer, MeetingId, OrganizationId, PersonId, printedWithin, quote, SeriesId, SourceId } from './common.js';
import { SourceLocator } from './source-locator.js';
export const SeriesEdition = z
    .strictObject({
    seriesId: SeriesId.meta({ description: 'The series the meeting is an edition of.', examples: ['national-st-work-conference'] }),
    ordinal: printedWithin()
        .exactOptional()
        .meta({
        description: 'The edition as printed ("2020", "19th", "2nd"); absent when the source gives none. It must stand, as whole words, in evidence: JSON Schema cannot check that; this package\'s build does for its own records.',
        examples: ['2020'],
    }),
    evidence: quote().meta({
        description: 'The words of the source that name the meeting as an edition of the series, verbatim.',
        examples: ['2020 National Science and Technology Work Conference'],
    }),
})
    .meta({ id: 'SeriesEdition', title: 'Series edition', description: 'The series a meeting belongs to, and which edition of it the meeting is.' });
/** What every mention says besides the record: where the words stand and what they are. */
const mentionPlace = {
    pointer: jsonPointer().meta({
        description: 'JSON Pointer (RFC 6901) of the quoted text value of the meeting that names the record ("/summary/1", "/remarks/0/text"). It must point at a quoted text of the meeting: JSON Schema cannot check that; this package\'s build does for its own records.',
        examples: ['/summary/1'],
    }),
    asPrinted: printedWithin().meta({
        description: 'The words that name the record, as printed: its name or a printed variant of it. They must stand, as whole words, in the text value at pointer: JSON Schema cannot check that; this package\'s build does for its own records.',
        examples: ['Xi Jinping Thought on Diplomacy'],
    }),
};
const mentionKind = (code, description) => MentionKind.literal(code, { description });
export const Mention = z
    .discriminatedUnion('kind', [
    z.strictObject({ kind: mentionKind('person', 'The text names a person.'), ...mentionPlace, personId: PersonId.meta({ description: 'The person the text names.' }) }),
    z.strictObject({
        kind: mentionKind('organization', 'The text names an organization.'),
        ...mentionPlace,
        organizationId: OrganizationId.meta({ description: 'The organization the text names.' }),
    }),
    z.strictObject({
        kind: mentionKind('meeting', 'The text names another meeting.'),
        ...mentionPlace,
        // Not `meetingId`: in the mentions table its column would take the name of the key column
        // `meeting_id`, which says whose mention it is.
        mentionedMeetingId: MeetingId.meta({ description: 'The meeting the text names (another meeting than the one that mentions it).', examples: ['cpc-19th-congress'] }),
    }),
    z.strictObject({
        kind: mentionKind('document', 'The text names a document, doctrine, strategy, plan or instructions.'),
        ...mentionPlace,
        documentId: DocumentId.meta({ description: 'The document the text names.' }),
    }),
    z.strictObject({ kind: mentionKind('series', 'The text names a series of meetings.'), ...mentionPlace, seriesId: SeriesId.meta({ description: 'The series the text names.' }) }),
])
    .meta({
    id: 'Mention',
    title: 'Mention',
    description: 'A record that a quoted text of the meeting names, by its name or a printed variant of it: one entry for each record a text value names, with the first words that name it there.',
});
export const RelatedSource = z
    .strictObject({
    sourceId: SourceId.meta({ description: 'The other source document.', examples: ['fictional-renmin-ribao-2021-03-04'] }),
    role: SourceRole.meta({ description: 'What it is: the original of the quoted source, a translation or a reprint of it, a report or a mention.' }),
    locator: SourceLocator.exactOptional(),
})
    .meta({
    id: 'RelatedSource',
    title: 'Related source',
    description: 'Another source document about the meeting, beside the one its quotations come from: the original, a translation, a reprint.',
});
export const Addressee = z
    .discriminatedUnion('kind', [
    z.strictObject({
        kind: AddresseeKind.literal('person', { description: 'A named person.' }),
        personId: PersonId.meta({ description: 'The person the remark is addressed to.' }),
        evidence: quote().meta({ description: 'The words of the source that address the remark, verbatim.' }),
    }),
    z.strictObject({
        kind: AddresseeKind.literal('organization', { description: 'An organization.' }),
        organizationId: OrganizationId.meta({ description: 'The organization the remark is addressed to.' }),
        evidence: quote().meta({ description: 'The words of the source that address the remark, verbatim.' }),
    }),
    z.strictObject({
        kind: AddresseeKind.literal('group', { description: 'A group of people the source describes without naming them.' }),
        label: quote().meta({ description: 'The group as the source describes it, verbatim.', examples: ['science diplomats'] }),
        organizationId: OrganizationId.exactOptional().meta({ description: 'The organization the group belongs to.' }),
        evidence: quote().meta({ description: 'The words of the source that address the remark, verbatim.', examples: ['He hoped that science diplomats'] }),
    }),
])
    .meta({ id: 'Addressee', title: 'Addressee', description: 'Whom a remark is addressed to: a person, an organization, or a group the source describes.' });
