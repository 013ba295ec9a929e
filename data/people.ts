/** People named in the source. Names and titles are as printed; everything under `editorial` is not. */
import type { Person } from '../schema/index.ts';
import { CONFERENCE_REPORT_ZH, WANG_ZHIGANG_USCBC } from './citations.ts';

export const people = [
  {
    id: 'wang-zhigang',
    name: 'Wang Zhigang',
    titles: [
      {
        title: 'Minister of Science and Technology',
        organizationId: 'most',
        sphere: 'state',
        evidence: 'Minister of Science and Technology Wang Zhigang',
        // The evidence is in the report of the meeting of 9 January 2020 (lines 119–121).
        observedOn: '2020-01-09',
        editorial: { heldFrom: { value: '2018-03', citation: WANG_ZHIGANG_USCBC } },
      },
    ],
    otherNames: [{ basis: 'editorial', name: '王志刚', language: 'zh-Hans', citation: `${CONFERENCE_REPORT_ZH}: “科技部党组书记、部长王志刚作工作报告”` }],
    // He is also named on line 14: the record's words are those of lines 119–121.
    quotationLocators: [{ lineStart: 119, lineEnd: 121 }],
  },
  {
    id: 'xi-jinping',
    name: 'Xi Jinping',
    titles: [
      // The text gives the title without saying of what body: no organizationId.
      // Where the post belongs is the editors' reading of the title: a party's General Secretary.
      { title: 'General Secretary', sphere: 'party', evidence: 'General Secretary Xi Jinping', observedOn: '2020-01-09' },
    ],
    // The same words stand on lines 133–135: the record's are those of line 125.
    quotationLocators: [{ lineStart: 125, lineEnd: 125 }],
    editorial: {
      wikidataId: { value: 'Q15031', citation: 'Wikidata (Wikimedia Foundation), item Q15031, Xi Jinping: https://www.wikidata.org/wiki/Q15031' },
    },
  },
] satisfies Person[];
