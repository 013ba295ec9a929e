/** Organizations named in the source. Names are as printed; everything under `editorial` is not. */
import type { Organization } from '../schema/index.ts';
import { CONFERENCE_REPORT_ZH, MOST_WIKIPEDIA } from './citations.ts';

export const organizations = [
  {
    id: 'most',
    name: 'Ministry of Science and Technology',
    kind: 'government-ministry',
    evidence: '(Source: Ministry of Science and Technology)',
    otherNames: [{ basis: 'editorial', name: '中华人民共和国科学技术部', language: 'zh-Hans', citation: MOST_WIKIPEDIA }],
    // The same credit closes both articles (lines 74 and 177): the record's is the first.
    quotationLocators: [{ lineStart: 74, lineEnd: 74 }],
    editorial: {
      officialName: { value: "Ministry of Science and Technology of the People's Republic of China", citation: MOST_WIKIPEDIA },
      shortNameZh: { value: '科技部', citation: `${CONFERENCE_REPORT_ZH}: “科技部党组书记、部长王志刚作工作报告”` },
    },
  },
  {
    id: 'cpc',
    name: 'CPC',
    kind: 'political-party',
    evidence: 'the 19th CPC Congress',
    // "CPC" stands five times in the text: the record's is in the words of line 93.
    quotationLocators: [{ lineStart: 93, lineEnd: 93 }],
    editorial: {
      officialName: {
        value: 'Communist Party of China',
        citation:
          'Xinhua, “Major previous revisions to CPC Constitution”, 24 October 2017, “the 19th National Congress of the Communist Party of China (CPC)”: http://www.xinhuanet.com/english/special/2017-10/24/c_136702622.htm',
      },
      wikidataId: { value: 'Q17427', citation: 'Wikidata (Wikimedia Foundation), item Q17427, the Communist Party of China: https://www.wikidata.org/wiki/Q17427' },
    },
  },
  {
    id: 'cpc-central-committee',
    name: 'CPC Central Committee',
    kind: 'party-body',
    parentId: 'cpc',
    evidence: 'the CPC Central Committee',
    // It is named again on lines 139–141: the record's words are the first, on line 135.
    quotationLocators: [{ lineStart: 135, lineEnd: 135 }],
  },
  {
    id: 'overseas-diplomatic-missions',
    name: 'overseas diplomatic missions',
    kind: 'diplomatic-mission',
    evidence: 'heads for science and technology sections in overseas diplomatic missions',
  },
] satisfies Organization[];
