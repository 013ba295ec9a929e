/** A document, doctrine, strategy, plan or set of instructions that a source names. */
import * as z from 'zod';
import { DocumentKind } from './codelists.js';
import { beyondJsonSchema, DocumentId, editorial, editorialFacts, optionalList, OrganizationId, PersonId, printedName, quote, requireOneOf, wikidataId } from './common.js';
import { otherNames } from './other-name.js';
import { quotationLocators } from './quotation-locator.js';
const CREATOR_NAMED = 'must name who made it: a personId, an organizationId, or both';
export const DocumentCreator = z
    .strictObject({
    personId: PersonId.exactOptional().meta({ description: 'The person the source says gave or wrote it.', examples: ['xi-jinping'] }),
    organizationId: OrganizationId.exactOptional().meta({ description: 'The organization the source says issued it (or the one a person gave it for).' }),
    evidence: quote().meta({
        description: 'The words of the source that say who made it, verbatim.',
        examples: ['the important instructions given by General Secretary Xi Jinping'],
    }),
})
    .refine((creator) => creator.personId !== undefined || creator.organizationId !== undefined, { message: CREATOR_NAMED })
    .meta({
    id: 'DocumentCreator',
    title: 'Document creator',
    description: 'Who made, gave or issued the document, where the source says so.',
    anyOf: requireOneOf(['personId', 'organizationId']),
});
export const Document = z
    .strictObject({
    id: DocumentId,
    name: printedName().meta({
        description: 'The name as printed in the source, without an article the sentence puts before it ("the", "an").',
        examples: ['Xi Jinping Thought on Diplomacy'],
    }),
    kind: DocumentKind,
    creators: optionalList(DocumentCreator).meta({ description: 'Who made it, only where the source says so, in order of mention.' }),
    evidence: quote().exactOptional().meta({
        description: 'The first words of the source that name it, verbatim; absent when only the editors name it.',
        examples: ['guided by Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era'],
    }),
    otherNames: otherNames(),
    quotationLocators: quotationLocators(),
    editorial: editorialFacts('document', {
        wikidataId: editorial(wikidataId(), 'the Wikidata item of the document.').exactOptional(),
    }),
})
    .meta({
    id: 'Document',
    title: 'Document',
    description: `A document, doctrine, strategy, plan or set of instructions that a source names: meetings act on it, are guided by it or mention it.${beyondJsonSchema([
        'its id is unique among the documents',
        'every personId and organizationId is the id of a record of people or organizations',
    ])}`,
});
