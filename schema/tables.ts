/**
 * How the records become normalized CSV tables: a name for the table of every record kind and of
 * every array, and which table each id type points to. The columns themselves are derived from
 * the JSON Schemas (src/tables.ts); the build fails when an array has no table name here.
 */

/** Record kinds (schema file names) in the order their tables are written and documented. */
export const tableRecordKinds = ['meeting', 'person', 'organization', 'source-document'] as const;

export const tableNaming = {
  meeting: { table: 'meetings', singular: 'meeting' },
  'meeting.participants': { table: 'meeting_participants', singular: 'participant' },
  'meeting.summary': { table: 'meeting_summary_sentences', singular: 'sentence', valueColumn: 'text' },
  'meeting.workReport.priorities': { table: 'work_report_priorities', singular: 'priority' },
  'meeting.guidance': { table: 'meeting_guidance', singular: 'guidance' },
  'meeting.presentationTopics': { table: 'presentation_topics', singular: 'topic', valueColumn: 'text' },
  'meeting.remarks': { table: 'remarks', singular: 'remark' },
  'meeting.remarks.mentionedPersonIds': { table: 'remark_person_mentions', singular: 'mention', valueColumn: 'person_id' },
  'meeting.remarks.mentionedOrganizationIds': {
    table: 'remark_organization_mentions',
    singular: 'mention',
    valueColumn: 'organization_id',
  },
  person: { table: 'people', singular: 'person' },
  'person.titles': { table: 'person_titles', singular: 'title' },
  organization: { table: 'organizations', singular: 'organization' },
  'source-document': { table: 'sources', singular: 'source' },
} as const;

/** The table whose `id` column each shared id type refers to. */
export const idTargets = {
  MeetingId: 'meetings',
  PersonId: 'people',
  OrganizationId: 'organizations',
  SourceId: 'sources',
} as const;
