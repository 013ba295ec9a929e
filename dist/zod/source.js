/** The document every fact in this package comes from. */
import * as z from 'zod';
import { name, OrganizationId, quote, SourceId, text } from "./common.js";
export const SourceDocument = z
    .strictObject({
    id: SourceId,
    title: name().meta({
        description: 'A descriptive title given by this package (the text itself has no title).',
        examples: ['MOST English newsletter, January 2020'],
    }),
    publisherId: OrganizationId.meta({
        description: 'The organization credited as the source of the text.',
        examples: ['most'],
    }),
    attribution: quote().meta({
        description: 'The attribution line as printed after each article, verbatim.',
        examples: ['(Source: Ministry of Science and Technology)'],
    }),
    language: z.enum(['en']).meta({ description: 'Language of the text (BCP 47).' }),
    mediaType: z.enum(['text/plain']).meta({ description: 'Media type of the file.' }),
    path: text(200)
        .regex(/^data\/source\/[a-z0-9][a-z0-9.-]*\.txt$/, { message: 'must be a file under data/source/' })
        .meta({
        description: 'Path of the unchanged copy of the text inside this package.',
        examples: ['data/source/most-newsletter-2020-01.txt'],
    }),
    sha256: z
        .string()
        .length(64)
        .regex(/^[0-9a-f]{64}$/, { message: 'must be 64 lower-case hexadecimal digits' })
        .meta({ description: 'SHA-256 of the file, in lower-case hexadecimal.' }),
})
    .meta({ id: 'SourceDocument', title: 'Source document', description: 'The document the records are taken from.' });
