/** People named in the source. Names and titles are as printed; everything under `editorial` is not. */
import type { Person } from '../schema/index.ts';
import { CONFERENCE_REPORT_ZH } from './citations.ts';

export const people = [
  {
    id: 'wang-zhigang',
    name: 'Wang Zhigang',
    titles: [
      {
        title: 'Minister of Science and Technology',
        organizationId: 'most',
        evidence: 'Minister of Science and Technology Wang Zhigang',
      },
    ],
    // He is also named on line 14: the record's words are those of lines 119–121.
    quotationLocators: [{ lineStart: 119, lineEnd: 121 }],
    editorial: {
      nameZh: {
        value: '王志刚',
        citation: `${CONFERENCE_REPORT_ZH}: “科技部党组书记、部长王志刚作工作报告”`,
      },
    },
  },
  {
    id: 'xi-jinping',
    name: 'Xi Jinping',
    titles: [
      // The text gives the title without saying of what body: no organizationId.
      { title: 'General Secretary', evidence: 'General Secretary Xi Jinping' },
    ],
    // The same words stand on lines 133–135: the record's are those of line 125.
    quotationLocators: [{ lineStart: 125, lineEnd: 125 }],
    editorial: {
      wikidataId: { value: 'Q15031', citation: 'Wikidata (Wikimedia Foundation), item Q15031, Xi Jinping: https://www.wikidata.org/wiki/Q15031' },
    },
  },
] satisfies Person[];
