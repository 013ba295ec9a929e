/** The source document. Its text is kept unchanged in data/source/; a test pins its hash. */
import type { SourceDocument } from '../schema/index.ts';

export const sources = [
  {
    id: 'most-newsletter-2020-01',
    title: 'Newsletter of the Ministry of Science and Technology, January 2020 (English text)',
    titleBasis: 'editorial',
    publisherId: 'most',
    publisherBasis: 'editorial',
    rationale:
      'The text prints no title and names no publisher. The title describes it: an English text of the ministry, on meetings of January 2020. It credits the ministry (“(Source: Ministry of Science and Technology)”); the mastheads of the ministry’s English “China S&T Newsletter” (2017–2018 issues) name its Department of International Cooperation as publisher. This issue’s masthead was not seen.',
    attribution: '(Source: Ministry of Science and Technology)',
    language: 'en',
    mediaType: 'text/plain',
    path: 'data/source/most-newsletter-2020-01.txt',
    sha256: '58bfdf326e90a44cbf7c9fb04e0db0cbcd38b47487d8493a175eac6140ae06c5',
    // The credit closes both articles (lines 74 and 177): the record quotes the first.
    quotationLocators: [{ pointer: '/attribution', lineStart: 74, lineEnd: 74 }],
  },
] satisfies SourceDocument[];
