/** The source document. Its text is kept unchanged in data/source/; a test pins its hash. */
import type { SourceDocument } from '../schema/index.ts';

export const sources = [
  {
    id: 'most-newsletter-2020-01',
    title: 'Newsletter of the Ministry of Science and Technology, January 2020 (English text)',
    publisherId: 'most',
    attribution: '(Source: Ministry of Science and Technology)',
    language: 'en',
    mediaType: 'text/plain',
    path: 'data/source/most-newsletter-2020-01.txt',
    sha256: '58bfdf326e90a44cbf7c9fb04e0db0cbcd38b47487d8493a175eac6140ae06c5',
  },
] satisfies SourceDocument[];
