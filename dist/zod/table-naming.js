/**
 * How the records become normalized CSV tables. A record kind's table is named after its dataset;
 * a child table is named `{parent}_{list}` from its parent's singular and the array's path
 * (`meeting.remarks` → `meeting_remarks`). Here: the singular of each table's rows, and the value
 * column of every array of plain values. The columns themselves are derived from the JSON Schemas
 * (scripts/compiler/tables.ts); the build fails when an array has no entry here.
 */
export const tableNaming = {
    meeting: { singular: 'meeting' },
    'meeting.organizers': { singular: 'organizer' },
    'meeting.participants': { singular: 'participant' },
    'meeting.summary': { singular: 'sentence', valueColumn: 'text' },
    'meeting.workReport.priorities': { singular: 'priority' },
    'meeting.guidance': { singular: 'guidance' },
    'meeting.presentationTopics': { singular: 'topic', valueColumn: 'text' },
    'meeting.remarks': { singular: 'remark' },
    'meeting.quotationLocators': { singular: 'locator' },
    'meeting.mentions': { singular: 'mention' },
    'meeting.relatedSources': { singular: 'source' },
    'meeting.otherNames': { singular: 'name' },
    // The value column cannot be `meeting_id`: the key column of the meeting that acted on it has that name.
    'meeting.guidance.meetingIds': { singular: 'meeting', valueColumn: 'named_meeting_id', list: 'meetings' },
    'meeting.guidance.documentIds': { singular: 'document', valueColumn: 'document_id', list: 'documents' },
    'meeting.remarks.addressees': { singular: 'addressee' },
    // `remark_mentioned_organization_ids` would be 33 characters: more than a spreadsheet's sheet name takes.
    'meeting.remarks.mentionedPersonIds': { singular: 'mention', valueColumn: 'person_id', list: 'mentioned_people' },
    'meeting.remarks.mentionedOrganizationIds': { singular: 'mention', valueColumn: 'organization_id', list: 'mentioned_organizations' },
    person: { singular: 'person' },
    'person.titles': { singular: 'title' },
    'person.otherNames': { singular: 'name' },
    'person.quotationLocators': { singular: 'locator' },
    organization: { singular: 'organization' },
    'organization.quotationLocators': { singular: 'locator' },
    'organization.otherNames': { singular: 'name' },
    'source-document': { singular: 'source' },
    'source-document.quotationLocators': { singular: 'locator' },
    document: { singular: 'document' },
    'document.creators': { singular: 'creator' },
    'document.otherNames': { singular: 'name' },
    'document.quotationLocators': { singular: 'locator' },
    'event-series': { singular: 'series' },
    'event-series.otherNames': { singular: 'name' },
    'event-series.quotationLocators': { singular: 'locator' },
};
