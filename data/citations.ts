/**
 * Works the editorial additions cite more than once, each named as a reader can find it: title,
 * publisher, date and address, and the words that give the value.
 */

/** The Chinese report on the work conference: its name in Chinese, Wang Zhigang's name and the ministry's short name. */
export const CONFERENCE_REPORT_ZH =
  '“2020年全国科技工作会议在京召开”, 国家科技成果网 (National Science and Technology Achievements Network), 13 January 2020, as reprinted at http://www.ynforestry-tec.com/Article/Show/3228.html';

/** The ministry's names, in the infobox of English Wikipedia's article on it. */
export const MOST_WIKIPEDIA =
  'English Wikipedia (Wikimedia Foundation), “Ministry of Science and Technology (China)”, infobox: https://en.wikipedia.org/wiki/Ministry_of_Science_and_Technology_(China)';

/** When Wang Zhigang became minister, in the US-China Business Council's profile of him. */
export const WANG_ZHIGANG_USCBC =
  'The US-China Business Council (USCBC), “Minister of Science and Technology Wang Zhigang” (profile), “a position he has held since March 2018”: https://www.uschina.org/minister-science-and-technology-wang-zhigang';
