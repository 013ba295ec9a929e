/** A person named in the source document. */
import * as z from 'zod';
import { beyondJsonSchema, editorial, name, nonEmptyObject, printedName, OrganizationId, PersonId, quote, wikidataId } from "./common.js";
import { limits } from "./limits.js";
import { quotationLocators } from "./quotation-locator.js";
export const PersonTitle = z
    .strictObject({
    title: printedName().meta({
        description: 'The title as printed in the source.',
        examples: ['Minister of Science and Technology'],
    }),
    organizationId: OrganizationId.exactOptional().meta({
        description: 'The organization the title belongs to, when the source makes it clear.',
    }),
    evidence: quote().meta({
        description: 'The words of the source that give the title, verbatim.',
        examples: ['Minister of Science and Technology Wang Zhigang'],
    }),
})
    .meta({ id: 'PersonTitle', title: 'Person title', description: 'A title the source gives a person.' });
export const Person = z
    .strictObject({
    id: PersonId,
    name: printedName().meta({
        description: 'The name as printed in the source (in the order it is printed).',
        examples: ['Wang Zhigang'],
    }),
    titles: z.array(PersonTitle).max(limits.references.max).meta({ description: 'Titles the source gives the person, in order of first appearance.' }),
    quotationLocators: quotationLocators(),
    editorial: nonEmptyObject({
        nameZh: editorial(name(), 'the name in Chinese characters.').exactOptional(),
        wikidataId: editorial(wikidataId(), 'the Wikidata item of the person.').exactOptional(),
    })
        .exactOptional()
        .meta({ description: 'Facts about the person that are not in the source document, each with where it was seen.' }),
})
    .meta({
    id: 'Person',
    title: 'Person',
    description: `A person named in a source document.${beyondJsonSchema([
        'its id is unique among the people',
        'every organizationId is the id of a record of organizations',
    ])}`,
});
