/**
 * The meetings, as reported in data/source/most-newsletter-2020-01.txt.
 * Every quotation is copied verbatim (line breaks of the source folded to single spaces); a test
 * finds each one in the source and checks that together they cover all of its words.
 * Everything under an `editorial` key, and an organizer with basis "editorial", is not in the source.
 */
import type { Meeting } from '../schema/index.ts';
import { CONFERENCE_REPORT_ZH } from './citations.ts';

const BEIJING_EDITORIAL = {
  wikidataId: {
    value: 'Q956',
    citation: 'Wikidata (Wikimedia Foundation), item Q956, Beijing: https://www.wikidata.org/wiki/Q956',
  },
  timeZone: {
    value: 'Asia/Shanghai',
    citation: 'IANA Time Zone Database (tzdb), file zone.tab, row “CN +3114+12128 Asia/Shanghai Beijing Time”: https://www.iana.org/time-zones',
  },
} satisfies NonNullable<Meeting['place']>['editorial'];

/** The words that name the three plenary sessions, in the diplomats' meeting's second sentence and guidance. */
const PLENARY_SESSIONS_AS_PRINTED = '2nd, 3rd and 4th plenary sessions of the 19th CPC Committee';

export const meetings = [
  {
    id: 'national-st-work-conference-2020',
    name: '2020 National Science and Technology Work Conference',
    headline: '2020 National Science and Technology Work Conference Held in Beijing',
    kind: 'conference',
    startDate: '2020-01-10',
    endDate: '2020-01-11',
    dateText: 'January 10-11, 2020',
    place: { city: 'Beijing', countryCode: 'CN', countryCodeBasis: 'editorial', evidence: 'was held in Beijing', editorial: BEIJING_EDITORIAL },
    organizers: [
      {
        basis: 'editorial',
        organizationId: 'most',
        rationale:
          'The editors name the Ministry of Science and Technology: its minister delivered the work report (lines 14–16), and the article is credited to it (line 74).',
      },
    ],
    participants: [
      {
        kind: 'person',
        role: 'speaker',
        personId: 'wang-zhigang',
        titleAsPrinted: 'Minister',
        evidence: 'Minister Wang Zhigang delivered a work report at the conference.',
      },
    ],
    series: { seriesId: 'national-st-work-conference', ordinal: '2020', evidence: '2020 National Science and Technology Work Conference' },
    summary: [
      'On January 10-11, 2020, National Science and Technology Work Conference was held in Beijing.',
      'The conference reviewed the efforts and achievements accomplished in 2019, and set out the priorities for 2020.',
      'Minister Wang Zhigang delivered a work report at the conference.',
    ],
    workReport: {
      deliveredById: 'wang-zhigang',
      introduction: 'He outlined ten priorities for 2020:',
      priorities: [
        { number: 1, text: 'Advance R&D projects in a coordinated way, with an emphasis on key, core technologies and basic research.' },
        {
          number: 2,
          text: 'Formulate the Medium- and Long-term Scientific and Technological Development Program, and make systematic arrangements for China to be a leader among innovative countries.',
        },
        { number: 3, text: 'Better plan innovation bases to develop strong S&T forces led by state laboratories.' },
        {
          number: 4,
          text: 'Accelerate the translation and application of new technologies and research results to foster new growth drivers.',
        },
        { number: 5, text: 'Develop public wellbeing-related science and technology to ensure a better life of the people.' },
        {
          number: 6,
          text: 'Develop high-quality regional innovation hubs which are complementary to each other to increase innovation capacity of local areas.',
        },
        { number: 7, text: 'Deepen openness and cooperation in innovation to integrate into global innovation network.' },
        { number: 8, text: 'Deepen the reform of S&T system to increase the efficiency of innovation system.' },
        { number: 9, text: 'Unleash the people’s innovation vitality and develop high-caliber talent pool.' },
        { number: 10, text: 'Improve ethics and academic integrity to create an innovation-friendly ecosystem.' },
      ],
    },
    mentions: [
      { kind: 'series', pointer: '/summary/0', asPrinted: 'National Science and Technology Work Conference', seriesId: 'national-st-work-conference' },
      { kind: 'person', pointer: '/summary/2', asPrinted: 'Wang Zhigang', personId: 'wang-zhigang' },
      {
        kind: 'document',
        pointer: '/workReport/priorities/1/text',
        asPrinted: 'Medium- and Long-term Scientific and Technological Development Program',
        documentId: 'medium-and-long-term-st-development-program',
      },
    ],
    source: {
      sourceId: 'most-newsletter-2020-01',
      attribution: 'Ministry of Science and Technology',
      locator: { kind: 'lines', lineStart: 1, lineEnd: 74 },
    },
    otherNames: [{ basis: 'editorial', name: '2020年全国科技工作会议', language: 'zh-Hans', citation: CONFERENCE_REPORT_ZH }],
    // "Beijing" is also in the headline (line 3): the place is the one of the first sentence.
    quotationLocators: [{ pointer: '/place', lineStart: 8, lineEnd: 8 }],
  },
  {
    id: 'overseas-st-sections-heads-meeting-2020',
    name: '2020 Meeting with Heads for Science and Technology Sections in Overseas Diplomatic Missions',
    headline: '2020 Meeting with Heads for Science and Technology Sections in Overseas Diplomatic Missions Held in Beijing',
    kind: 'meeting',
    startDate: '2020-01-09',
    endDate: '2020-01-09',
    dateText: 'January 9, 2020',
    place: { city: 'Beijing', countryCode: 'CN', countryCodeBasis: 'editorial', evidence: 'Held in Beijing', editorial: BEIJING_EDITORIAL },
    organizers: [
      {
        basis: 'source',
        organizationId: 'most',
        evidence:
          'leaders of the Ministry of Science and Technology had a meeting with heads for science and technology sections in overseas diplomatic missions',
      },
    ],
    participants: [
      {
        kind: 'group',
        role: 'host',
        label: 'leaders of the Ministry of Science and Technology',
        organizationId: 'most',
        evidence:
          'leaders of the Ministry of Science and Technology had a meeting with heads for science and technology sections in overseas diplomatic missions',
      },
      {
        kind: 'group',
        role: 'attendee',
        label: 'heads for science and technology sections in overseas diplomatic missions',
        organizationId: 'overseas-diplomatic-missions',
        evidence:
          'leaders of the Ministry of Science and Technology had a meeting with heads for science and technology sections in overseas diplomatic missions',
      },
      {
        kind: 'group',
        role: 'presenter',
        label: 'The science and technology diplomats at the meeting',
        evidence: 'The science and technology diplomats at the meeting made presentations',
      },
      {
        kind: 'person',
        role: 'speaker',
        personId: 'wang-zhigang',
        titleAsPrinted: 'Minister of Science and Technology',
        evidence: 'Minister of Science and Technology Wang Zhigang emphasized that',
      },
    ],
    summary: [
      'On January 9, 2020, leaders of the Ministry of Science and Technology had a meeting with heads for science and technology sections in overseas diplomatic missions.',
      'The meeting, acting on the guiding principles of the 19th CPC Congress and the 2nd, 3rd and 4th plenary sessions of the 19th CPC Committee, and guided by Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era and Xi Jinping Thought on Diplomacy, set out arrangements for science and technology diplomacy in 2020.',
      'The science and technology diplomats at the meeting made presentations on the cooperation between China and the countries they are stationed in, the ways to deepen openness and collaboration in science, technology and innovation, and the building of a community with a shared future for mankind.',
    ],
    guidance: [
      {
        relation: 'acting-on-guiding-principles-of',
        kind: 'party-congress',
        text: 'the 19th CPC Congress',
        organizationId: 'cpc',
        organizationBasis: 'source',
        meetingIds: ['cpc-19th-congress'],
      },
      {
        relation: 'acting-on-guiding-principles-of',
        kind: 'plenary-sessions',
        text: 'the 2nd, 3rd and 4th plenary sessions of the 19th CPC Committee',
        // The text says "the 19th CPC Committee"; the editors read it as the party's Central Committee.
        organizationId: 'cpc-central-committee',
        organizationBasis: 'editorial',
        meetingIds: ['cpc-19th-committee-plenary-session-2', 'cpc-19th-committee-plenary-session-3', 'cpc-19th-committee-plenary-session-4'],
      },
      {
        relation: 'guided-by',
        kind: 'body-of-thought',
        text: 'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era',
        documentIds: ['xi-jinping-thought-new-era'],
      },
      { relation: 'guided-by', kind: 'body-of-thought', text: 'Xi Jinping Thought on Diplomacy', documentIds: ['xi-jinping-thought-on-diplomacy'] },
    ],
    purpose: 'set out arrangements for science and technology diplomacy in 2020',
    presentationTopics: [
      'the cooperation between China and the countries they are stationed in',
      'the ways to deepen openness and collaboration in science, technology and innovation',
      'the building of a community with a shared future for mankind',
    ],
    remarks: [
      {
        number: 1,
        speakerId: 'wang-zhigang',
        speakerBasis: 'source',
        reportedAs: 'emphasized',
        reportingClause: 'Minister of Science and Technology Wang Zhigang emphasized that',
        text: 'it is vital to fully implement the important instructions given by General Secretary Xi Jinping, uphold political integrity, keep in mind the bigger picture, follow the core Party leadership and its policies, have firm confidence in China’s path, theories, system and culture, uphold the core status of General Secretary Xi Jinping in the CPC Central Committee and the whole CPC members, the authority and centralized and unified leadership of the CPC Central Committee; it is vital to have strong political commitment, commitment to China and to enhancing science and technology cooperation with the rest of the world.',
      },
      {
        number: 2,
        speakerId: 'wang-zhigang',
        speakerBasis: 'source',
        reportedAs: 'noted',
        reportingClause: 'He noted that',
        text: 'China is pursuing an innovation-driven development strategy, and is at a crucial stage to enter the ranks of innovative countries.',
      },
      {
        number: 3,
        speakerId: 'wang-zhigang',
        speakerBasis: 'source',
        reportedAs: 'hoped',
        reportingClause: 'He hoped that',
        text: 'science diplomats contribute ideas and insights and work together with domestic colleagues to advance science, technology and innovation.',
        // The evidence stays inside the remark's words, so that the two places nest in the source's page.
        addressees: [{ kind: 'group', label: 'science diplomats', evidence: 'science diplomats contribute ideas and insights' }],
      },
      {
        number: 4,
        speakerId: 'wang-zhigang',
        speakerBasis: 'editorial',
        reportedAs: 'continued',
        text: 'It is imperative to continue to enhance openness and cooperation in science, technology and innovation, actively integrate into global innovation network, and tell good stories about China’s science, technology and innovation, contribute Chinese wisdom to tackling common challenges for human society.',
      },
    ],
    mentions: [
      { kind: 'organization', pointer: '/summary/0', asPrinted: 'Ministry of Science and Technology', organizationId: 'most' },
      { kind: 'organization', pointer: '/summary/0', asPrinted: 'overseas diplomatic missions', organizationId: 'overseas-diplomatic-missions' },
      { kind: 'meeting', pointer: '/summary/1', asPrinted: '19th CPC Congress', mentionedMeetingId: 'cpc-19th-congress' },
      { kind: 'meeting', pointer: '/summary/1', asPrinted: PLENARY_SESSIONS_AS_PRINTED, mentionedMeetingId: 'cpc-19th-committee-plenary-session-2' },
      { kind: 'meeting', pointer: '/summary/1', asPrinted: PLENARY_SESSIONS_AS_PRINTED, mentionedMeetingId: 'cpc-19th-committee-plenary-session-3' },
      { kind: 'meeting', pointer: '/summary/1', asPrinted: PLENARY_SESSIONS_AS_PRINTED, mentionedMeetingId: 'cpc-19th-committee-plenary-session-4' },
      { kind: 'document', pointer: '/summary/1', asPrinted: 'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era', documentId: 'xi-jinping-thought-new-era' },
      { kind: 'document', pointer: '/summary/1', asPrinted: 'Xi Jinping Thought on Diplomacy', documentId: 'xi-jinping-thought-on-diplomacy' },
      { kind: 'meeting', pointer: '/guidance/0/text', asPrinted: '19th CPC Congress', mentionedMeetingId: 'cpc-19th-congress' },
      { kind: 'meeting', pointer: '/guidance/1/text', asPrinted: PLENARY_SESSIONS_AS_PRINTED, mentionedMeetingId: 'cpc-19th-committee-plenary-session-2' },
      { kind: 'meeting', pointer: '/guidance/1/text', asPrinted: PLENARY_SESSIONS_AS_PRINTED, mentionedMeetingId: 'cpc-19th-committee-plenary-session-3' },
      { kind: 'meeting', pointer: '/guidance/1/text', asPrinted: PLENARY_SESSIONS_AS_PRINTED, mentionedMeetingId: 'cpc-19th-committee-plenary-session-4' },
      { kind: 'document', pointer: '/guidance/2/text', asPrinted: 'Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era', documentId: 'xi-jinping-thought-new-era' },
      { kind: 'document', pointer: '/guidance/3/text', asPrinted: 'Xi Jinping Thought on Diplomacy', documentId: 'xi-jinping-thought-on-diplomacy' },
      { kind: 'document', pointer: '/remarks/0/text', asPrinted: 'important instructions given by General Secretary Xi Jinping', documentId: 'xi-jinping-important-instructions' },
      { kind: 'person', pointer: '/remarks/0/text', asPrinted: 'General Secretary Xi Jinping', personId: 'xi-jinping' },
      { kind: 'organization', pointer: '/remarks/0/text', asPrinted: 'CPC Central Committee', organizationId: 'cpc-central-committee' },
      { kind: 'organization', pointer: '/remarks/0/text', asPrinted: 'CPC', organizationId: 'cpc' },
      { kind: 'document', pointer: '/remarks/1/text', asPrinted: 'innovation-driven development strategy', documentId: 'innovation-driven-development-strategy' },
    ],
    source: {
      sourceId: 'most-newsletter-2020-01',
      attribution: 'Ministry of Science and Technology',
      locator: { kind: 'lines', lineStart: 78, lineEnd: 177 },
    },
    // The ministry is also named in the first sentence (lines 85–87): the credit is the last line.
    quotationLocators: [{ pointer: '/source/attribution', lineStart: 177, lineEnd: 177 }],
  },
  // The meetings the diplomats' meeting acted on: the source names them and reports nothing of them.
  {
    id: 'cpc-19th-congress',
    name: '19th CPC Congress',
    kind: 'congress',
    series: { seriesId: 'cpc-congress', ordinal: '19th', evidence: 'the 19th CPC Congress' },
    source: { sourceId: 'most-newsletter-2020-01', role: 'mention', locator: { kind: 'lines', lineStart: 93, lineEnd: 93 } },
  },
  {
    id: 'cpc-19th-committee-plenary-session-2',
    kind: 'session',
    series: { seriesId: 'cpc-19th-committee-plenary-sessions', ordinal: '2nd', evidence: 'the 2nd, 3rd and 4th plenary sessions of the 19th CPC Committee' },
    source: { sourceId: 'most-newsletter-2020-01', role: 'mention', locator: { kind: 'lines', lineStart: 93, lineEnd: 97 } },
  },
  {
    id: 'cpc-19th-committee-plenary-session-3',
    kind: 'session',
    series: { seriesId: 'cpc-19th-committee-plenary-sessions', ordinal: '3rd', evidence: 'the 2nd, 3rd and 4th plenary sessions of the 19th CPC Committee' },
    source: { sourceId: 'most-newsletter-2020-01', role: 'mention', locator: { kind: 'lines', lineStart: 93, lineEnd: 97 } },
  },
  {
    id: 'cpc-19th-committee-plenary-session-4',
    kind: 'session',
    series: { seriesId: 'cpc-19th-committee-plenary-sessions', ordinal: '4th', evidence: 'the 2nd, 3rd and 4th plenary sessions of the 19th CPC Committee' },
    source: { sourceId: 'most-newsletter-2020-01', role: 'mention', locator: { kind: 'lines', lineStart: 93, lineEnd: 97 } },
  },
] satisfies Meeting[];
