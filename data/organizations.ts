/** Organizations named in the source. Names are as printed; everything under `editorial` is not. */
import type { Organization } from '../schema/index.ts';

export const organizations = [
  {
    id: 'most',
    name: 'Ministry of Science and Technology',
    kind: 'government-ministry',
    evidence: '(Source: Ministry of Science and Technology)',
    editorial: {
      officialName: {
        value: "Ministry of Science and Technology of the People's Republic of China",
        citation: "The ministry's English website.",
      },
      nameZh: { value: '中华人民共和国科学技术部', citation: 'Encyclopedia entries on the ministry.' },
      shortNameZh: { value: '科技部', citation: 'Encyclopedia entries on the ministry.' },
    },
  },
  {
    id: 'cpc',
    name: 'CPC',
    kind: 'political-party',
    evidence: 'the 19th CPC Congress',
    editorial: {
      officialName: {
        value: 'Communist Party of China',
        citation: 'Wikidata item Q17427, as used in public data repositories.',
      },
      wikidataId: { value: 'Q17427', citation: 'Used for the Communist Party of China in public data repositories.' },
    },
  },
  {
    id: 'cpc-central-committee',
    name: 'CPC Central Committee',
    kind: 'party-body',
    parentId: 'cpc',
    evidence: 'General Secretary Xi Jinping in the CPC Central Committee',
  },
] satisfies Organization[];
