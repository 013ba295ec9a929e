/** Series of meetings named in the source, whose editions the meetings are. Names are as printed. */
import type { EventSeries } from '../schema/index.ts';

export const series = [
  {
    id: 'national-st-work-conference',
    name: 'National Science and Technology Work Conference',
    kind: 'conference',
    evidence: 'National Science and Technology Work Conference was held in Beijing',
    // The headline (lines 1–3) prints the name with its edition, "2020": the record's are the words of the first sentence.
    quotationLocators: [{ lineStart: 6, lineEnd: 8 }],
  },
  {
    id: 'cpc-congress',
    name: 'CPC Congress',
    kind: 'congress',
    organizationId: 'cpc',
    organizationBasis: 'source',
    evidence: 'the 19th CPC Congress',
  },
  {
    id: 'cpc-19th-committee-plenary-sessions',
    name: 'plenary sessions of the 19th CPC Committee',
    kind: 'plenary-sessions',
    // The text says "the 19th CPC Committee" and does not say which body that is: no organizationId.
    evidence: 'the 2nd, 3rd and 4th plenary sessions of the 19th CPC Committee',
  },
] satisfies EventSeries[];
