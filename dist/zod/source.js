/** A document the records are taken from: a file in the package, or a document on the web. */
import * as z from 'zod';
import { beyondJsonSchema, LanguageTag, MediaType, name, note, OrganizationId, packagePath, PartialDate, quote, requireOneOf, sha256, SourceId, webUrl } from './common.js';
import { Basis } from './codelists.js';
import { quotationLocators } from './quotation-locator.js';
export const SourceDocument = z
    .strictObject({
    id: SourceId,
    title: name().meta({
        description: 'The title of the document, or a descriptive title given by the editors when it has none.',
        examples: ['MOST English newsletter, January 2020'],
    }),
    titleBasis: Basis.exactOptional().meta({
        description: '"source": the document prints this title; "editorial": it prints none, and the title is the editors\' description of it.',
    }),
    publisherId: OrganizationId.exactOptional().meta({
        description: 'The organization credited as the source of the text.',
        examples: ['most'],
    }),
    publisherBasis: Basis.exactOptional().meta({
        description: '"source": the document names its publisher; "editorial": it does not, and the editors name the publisher (rationale says from what).',
    }),
    rationale: note()
        .exactOptional()
        .meta({ description: 'Why the editors give what is marked editorial here (the title, the publisher), and from what.' }),
    attribution: quote()
        .exactOptional()
        .meta({
        description: 'The attribution line as printed, verbatim.',
        examples: ['(Source: Ministry of Science and Technology)'],
    }),
    language: LanguageTag.meta({ description: 'Language of the text (BCP 47).' }),
    mediaType: MediaType.meta({ description: 'Media type of the document (RFC 6838).' }),
    path: packagePath()
        .exactOptional()
        .meta({
        description: 'Path of an unchanged copy of the document inside the package (relative, "/"-separated).',
        examples: ['data/source/most-newsletter-2020-01.txt'],
    }),
    url: webUrl()
        .exactOptional()
        .meta({ description: 'Where the document is published on the web (http or https).' }),
    datePublished: PartialDate.exactOptional().meta({
        description: 'When the document was published, to the precision known (a day, a month or a year): a relative date in it ("last Tuesday") counts from this day.',
        examples: ['2020-01-13', '2020-01'],
    }),
    sha256: sha256()
        .exactOptional()
        .meta({ description: 'SHA-256 of the document (of the file at `path`, or of the bytes served at `url`), in lower-case hexadecimal.' }),
    quotationLocators: quotationLocators(),
})
    .refine((source) => source.path !== undefined || source.url !== undefined, {
    message: 'must give a path inside the package or an https url (or both)',
})
    .meta({
    id: 'SourceDocument',
    title: 'Source document',
    description: `A document the records are taken from: a file in the package, a document on the web, or both.${beyondJsonSchema([
        'its id is unique among the sources',
        'publisherId is the id of a record of organizations',
    ])}`,
    anyOf: requireOneOf(['path', 'url']),
});
