/**
 * Codelists, kept as OCDS keeps them: each has a name, codes with a title and a description, and is
 * either closed or open.
 *
 * - A *closed* codelist is complete: the schema allows its codes and nothing else (`enum`).
 * - An *open* codelist recommends codes: the schema takes any bounded, single-line text, and a
 *   value outside the recommended codes is as valid as one of them.
 *
 * Each codelist is a named schema (`$defs/NAME` in the JSON Schemas), or, where it tells the
 * variants of a union apart (participant kind, locator kind, an organizer's basis), literals titled
 * with its name. The build writes every one to `dist/codelists/NAME.csv` and into the data
 * dictionary. The codes are written only here; how a codelist is made is in codelist-kinds.ts.
 */
import { closedCodelist, codelists, codeTitle, openCodelist } from './codelist-kinds.js';
export { codelists, codeTitle };
const code = (value, title, description) => ({ code: value, title, description });
// ---- Closed codelists.
export const Basis = closedCodelist('basis', 'Whether a statement is in the source document or added by the editors.', [
    code('source', 'Source', 'the source document says it'),
    code('editorial', 'Editorial', 'the source does not say it; the editors add it and say why'),
]);
export const ParticipantKind = closedCodelist('participant-kind', 'What a participant entry names.', [
    code('person', 'Person', 'a named person'),
    code('group', 'Group', 'a group of people the source describes without naming them'),
]);
export const LocatorKind = closedCodelist('locator-kind', 'How a place inside a source document is given.', [
    code('lines', 'Lines', 'a range of lines of a plain-text file (1-based, inclusive)'),
    code('pages', 'Pages', 'a range of printed pages (1-based, inclusive)'),
]);
export const MentionKind = closedCodelist('mention-kind', 'What kind of record a text names.', [
    code('person', 'Person', 'a person (people)'),
    code('organization', 'Organization', 'an organization (organizations)'),
    code('meeting', 'Meeting', 'a meeting (meetings)'),
    code('document', 'Document', 'a document, doctrine, strategy, plan or instructions (documents)'),
    code('series', 'Series', 'a series of meetings (series)'),
]);
export const AddresseeKind = closedCodelist('addressee-kind', 'Whom a remark is addressed to.', [
    code('person', 'Person', 'a named person'),
    code('organization', 'Organization', 'an organization'),
    code('group', 'Group', 'a group of people the source describes without naming them'),
]);
export const AttendanceMode = closedCodelist('attendance-mode', "How people attended the meeting, as schema.org's eventAttendanceMode (Offline, Online, Mixed).", [
    code('in-person', 'In person', 'attended at a physical place (schema.org OfflineEventAttendanceMode)'),
    code('online', 'Online', 'attended over the internet (schema.org OnlineEventAttendanceMode)'),
    code('mixed', 'Mixed', 'some in person, some online (schema.org MixedEventAttendanceMode)'),
]);
// ---- Open codelists.
export const MeetingKind = openCodelist('meeting-kind', 'What the source calls the event.', [
    code('conference', 'Conference', 'a conference'),
    code('meeting', 'Meeting', 'a meeting'),
    code('forum', 'Forum', 'a forum'),
    code('symposium', 'Symposium', 'a symposium'),
    code('summit', 'Summit', 'a summit'),
    code('workshop', 'Workshop', 'a workshop'),
    code('seminar', 'Seminar', 'a seminar'),
    code('session', 'Session', 'a session of a standing body, such as a plenary session'),
    code('dialogue', 'Dialogue', 'a dialogue between parties'),
    code('congress', 'Congress', 'a congress of a political party or other body'),
]);
export const ParticipantRole = openCodelist('participant-role', 'What the participant did at the meeting.', [
    code('speaker', 'Speaker', 'delivered a report, a speech or remarks'),
    code('host', 'Host', 'held or hosted the meeting'),
    code('attendee', 'Attendee', 'attended, or was met'),
    code('presenter', 'Presenter', 'made presentations'),
    code('chair', 'Chair', 'chaired or presided over the meeting'),
    code('moderator', 'Moderator', 'moderated a session or discussion'),
    code('panelist', 'Panelist', 'sat on a panel'),
    code('guest', 'Guest', 'attended as an invited guest'),
]);
export const ReportingVerb = openCodelist('reporting-verb', 'The verb the source uses to report a remark, verbatim (its own words, such as "pointed out").', [
    code('said', 'Said', 'the source says the speaker said it'),
    code('noted', 'Noted', 'the source says the speaker noted it'),
    code('emphasized', 'Emphasized', 'the source says the speaker emphasized it'),
    code('stressed', 'Stressed', 'the source says the speaker stressed it'),
    code('pointed out', 'Pointed out', 'the source says the speaker pointed it out'),
    code('hoped', 'Hoped', 'the source says the speaker hoped for it'),
    code('called for', 'Called for', 'the source says the speaker called for it'),
    code('urged', 'Urged', 'the source says the speaker urged it'),
    code('continued', 'Continued', 'the sentence has no reporting verb and carries on the same speaker\'s reported remarks'),
]);
export const GuidanceRelation = openCodelist('guidance-relation', 'How the source relates the meeting to a principle or document.', [
    code('acting-on-guiding-principles-of', 'Acting on the guiding principles of', 'the source says the meeting acted on its guiding principles'),
    code('guided-by', 'Guided by', 'the source says the meeting was guided by it'),
    code('implementing', 'Implementing', 'the source says the meeting implemented or carried it out'),
    code('in-line-with', 'In line with', 'the source says the meeting was in line with it'),
]);
export const GuidanceKind = openCodelist('guidance-kind', 'What kind of principle or document guided the meeting.', [
    code('party-congress', 'Party congress', 'a congress of a political party'),
    code('plenary-sessions', 'Plenary sessions', 'plenary sessions of a party or state body'),
    code('body-of-thought', 'Body of thought', 'a named body of political thought'),
    code('law', 'Law', 'a law or regulation'),
    code('plan', 'Plan', 'a plan or programme'),
    code('policy-document', 'Policy document', 'a policy document, guideline or strategy'),
    code('speech', 'Speech', 'a speech or instruction'),
]);
export const OrganizationKind = openCodelist('organization-kind', 'What kind of organization it is.', [
    code('government-ministry', 'Government ministry', 'a ministry of a national government'),
    code('government-agency', 'Government agency', 'another body of a government, national or local'),
    code('political-party', 'Political party', 'a political party'),
    code('party-body', 'Party body', 'a body of a political party, such as its central committee'),
    code('legislature', 'Legislature', 'a parliament or other legislature'),
    code('university', 'University', 'a university or other institution of higher education'),
    code('research-institute', 'Research institute', 'a research institute or academy'),
    code('international-organization', 'International organization', 'an organization of states, such as a UN agency'),
    code('diplomatic-mission', 'Diplomatic mission', 'an embassy, consulate or mission'),
    code('company', 'Company', 'a business'),
    code('non-profit', 'Non-profit', 'an association, foundation or other non-profit body'),
]);
export const DocumentKind = openCodelist('document-kind', 'What kind of document, doctrine or text it is.', [
    code('body-of-thought', 'Body of thought', 'a named body of political thought or doctrine'),
    code('strategy', 'Strategy', 'a named strategy'),
    code('plan', 'Plan', 'a plan or programme'),
    code('law', 'Law', 'a law or regulation'),
    code('policy-document', 'Policy document', 'a policy document or guideline'),
    code('instructions', 'Instructions', 'instructions given by a person or body'),
    code('speech', 'Speech', 'a speech'),
    code('resolution', 'Resolution', 'a resolution or decision of a body'),
]);
export const SeriesKind = openCodelist('series-kind', 'What the editions of a series of meetings are, in the words of its name.', [
    code('conference', 'Conference', 'editions of a conference'),
    code('meeting', 'Meeting', 'editions of a recurring meeting'),
    code('congress', 'Congress', 'congresses of a political party or other body'),
    code('plenary-sessions', 'Plenary sessions', 'the plenary sessions of a body, numbered within its term'),
    code('forum', 'Forum', 'editions of a forum'),
]);
export const SourceRole = openCodelist('source-role', 'What a source document is to the meeting it is cited for.', [
    code('report', 'Report', 'it reports the meeting (the default of a meeting\'s source)'),
    code('mention', 'Mention', 'it only mentions the meeting, which it does not report'),
    code('original', 'Original', 'it is the original text of which another source is a translation'),
    code('translation', 'Translation', 'it is a translation of another source'),
    code('reprint', 'Reprint', 'it reprints another source'),
]);
export const PostSphere = openCodelist('post-sphere', 'Where a post belongs, so that posts of the same title in a party and in the state are kept apart.', [
    code('party', 'Party', 'a post of a political party or one of its bodies'),
    code('state', 'State', 'a post of the state: its government, legislature, courts or administration'),
    code('military', 'Military', 'a military post'),
    code('academic', 'Academic', 'a post of a university, academy or research institute'),
    code('business', 'Business', 'a post of a company'),
    code('civil-society', 'Civil society', 'a post of an association, foundation or other non-profit body'),
]);
