/** People named in the source. Names and titles are as printed; everything under `editorial` is not. */
import type { Person } from '../schema/index.ts';

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
    editorial: {
      nameZh: {
        value: '王志刚',
        citation:
          'Chinese report of 13 January 2020 on the conference, reprinted from China\'s national S&T achievements network ("科技部党组书记、部长王志刚作工作报告").',
      },
    },
  },
  {
    id: 'xi-jinping',
    name: 'Xi Jinping',
    titles: [
      {
        title: 'General Secretary',
        organizationId: 'cpc-central-committee',
        evidence: 'General Secretary Xi Jinping in the CPC Central Committee',
      },
    ],
    editorial: {
      wikidataId: { value: 'Q15031', citation: 'Used for Xi Jinping in several public data repositories.' },
    },
  },
] satisfies Person[];
