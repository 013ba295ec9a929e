/**
 * How the records become normalized CSV tables. A record kind's table is named after its dataset;
 * a child table is named `{parent}_{list}` from its parent's singular and the array's path
 * (`meeting.remarks` → `meeting_remarks`). Here: the singular of each table's rows, and the value
 * column of every array of plain values. The columns themselves are derived from the JSON Schemas
 * (scripts/compiler/tables.ts); the build fails when an array has no entry here.
 */
export declare const tableNaming: {
    readonly meeting: {
        readonly singular: 'meeting';
    };
    readonly 'meeting.organizers': {
        readonly singular: 'organizer';
    };
    readonly 'meeting.participants': {
        readonly singular: 'participant';
    };
    readonly 'meeting.summary': {
        readonly singular: 'sentence';
        readonly valueColumn: 'text';
    };
    readonly 'meeting.workReport.priorities': {
        readonly singular: 'priority';
    };
    readonly 'meeting.guidance': {
        readonly singular: 'guidance';
    };
    readonly 'meeting.presentationTopics': {
        readonly singular: 'topic';
        readonly valueColumn: 'text';
    };
    readonly 'meeting.remarks': {
        readonly singular: 'remark';
    };
    readonly 'meeting.quotationLocators': {
        readonly singular: 'locator';
    };
    readonly 'meeting.mentions': {
        readonly singular: 'mention';
    };
    readonly 'meeting.relatedSources': {
        readonly singular: 'source';
    };
    readonly 'meeting.otherNames': {
        readonly singular: 'name';
    };
    readonly 'meeting.guidance.meetingIds': {
        readonly singular: 'meeting';
        readonly valueColumn: 'named_meeting_id';
        readonly list: 'meetings';
    };
    readonly 'meeting.guidance.documentIds': {
        readonly singular: 'document';
        readonly valueColumn: 'document_id';
        readonly list: 'documents';
    };
    readonly 'meeting.remarks.addressees': {
        readonly singular: 'addressee';
    };
    readonly 'meeting.remarks.mentionedPersonIds': {
        readonly singular: 'mention';
        readonly valueColumn: 'person_id';
        readonly list: 'mentioned_people';
    };
    readonly 'meeting.remarks.mentionedOrganizationIds': {
        readonly singular: 'mention';
        readonly valueColumn: 'organization_id';
        readonly list: 'mentioned_organizations';
    };
    readonly person: {
        readonly singular: 'person';
    };
    readonly 'person.titles': {
        readonly singular: 'title';
    };
    readonly 'person.otherNames': {
        readonly singular: 'name';
    };
    readonly 'person.quotationLocators': {
        readonly singular: 'locator';
    };
    readonly organization: {
        readonly singular: 'organization';
    };
    readonly 'organization.quotationLocators': {
        readonly singular: 'locator';
    };
    readonly 'organization.otherNames': {
        readonly singular: 'name';
    };
    readonly 'source-document': {
        readonly singular: 'source';
    };
    readonly 'source-document.quotationLocators': {
        readonly singular: 'locator';
    };
    readonly document: {
        readonly singular: 'document';
    };
    readonly 'document.creators': {
        readonly singular: 'creator';
    };
    readonly 'document.otherNames': {
        readonly singular: 'name';
    };
    readonly 'document.quotationLocators': {
        readonly singular: 'locator';
    };
    readonly 'event-series': {
        readonly singular: 'series';
    };
    readonly 'event-series.otherNames': {
        readonly singular: 'name';
    };
    readonly 'event-series.quotationLocators': {
        readonly singular: 'locator';
    };
};
