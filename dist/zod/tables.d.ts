/**
 * How the records become normalized CSV tables: a name for the table of every record kind and of
 * every array, and which table each id type points to. The columns themselves are derived from
 * the JSON Schemas (src/tables.ts); the build fails when an array has no table name here.
 */
/** Record kinds (schema file names) in the order their tables are written and documented. */
export declare const tableRecordKinds: readonly ["meeting", "person", "organization", "source-document"];
export declare const tableNaming: {
    readonly meeting: {
        readonly table: "meetings";
        readonly singular: "meeting";
    };
    readonly 'meeting.participants': {
        readonly table: "meeting_participants";
        readonly singular: "participant";
    };
    readonly 'meeting.summary': {
        readonly table: "meeting_summary_sentences";
        readonly singular: "sentence";
        readonly valueColumn: "text";
    };
    readonly 'meeting.workReport.priorities': {
        readonly table: "work_report_priorities";
        readonly singular: "priority";
    };
    readonly 'meeting.guidance': {
        readonly table: "meeting_guidance";
        readonly singular: "guidance";
    };
    readonly 'meeting.presentationTopics': {
        readonly table: "presentation_topics";
        readonly singular: "topic";
        readonly valueColumn: "text";
    };
    readonly 'meeting.remarks': {
        readonly table: "remarks";
        readonly singular: "remark";
    };
    readonly 'meeting.remarks.mentionedPersonIds': {
        readonly table: "remark_person_mentions";
        readonly singular: "mention";
        readonly valueColumn: "person_id";
    };
    readonly 'meeting.remarks.mentionedOrganizationIds': {
        readonly table: "remark_organization_mentions";
        readonly singular: "mention";
        readonly valueColumn: "organization_id";
    };
    readonly person: {
        readonly table: "people";
        readonly singular: "person";
    };
    readonly 'person.titles': {
        readonly table: "person_titles";
        readonly singular: "title";
    };
    readonly organization: {
        readonly table: "organizations";
        readonly singular: "organization";
    };
    readonly 'source-document': {
        readonly table: "sources";
        readonly singular: "source";
    };
};
/** The table whose `id` column each shared id type refers to. */
export declare const idTargets: {
    readonly MeetingId: "meetings";
    readonly PersonId: "people";
    readonly OrganizationId: "organizations";
    readonly SourceId: "sources";
};
