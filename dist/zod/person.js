/** A person named in the source document. */
import * as z from 'zod';
import { PostSphere } from './codelists.js';
import { beyondJsonSchema, deprecated, editorial, editorialFacts, name, PartialDate, printedName, OrganizationId, PersonId, quote, wikidataId } from './common.js';
import { limits } from './limits.js';
import { otherNames } from './other-name.js';
import { quotationLocators } from './quotation-locator.js';
export const PersonTitle = z
    .strictObject({
    title: printedName().meta({
        description: 'The title as printed in the source.',
        examples: ['Minister of Science and Technology'],
    }),
    organizationId: OrganizationId.exactOptional().meta({
        description: 'The organization the title belongs to, when the source makes it clear.',
    }),
    sphere: PostSphere.exactOptional().meta({
        description: 'Where the post belongs: "party" and "state" keep apart posts such as a party\'s General Secretary and a state\'s President.',
    }),
    evidence: quote().meta({
        description: 'The words of the source that give the title, verbatim.',
        examples: ['Minister of Science and Technology Wang Zhigang'],
    }),
    observedOn: PartialDate.exactOptional().meta({
        description: 'The day (or month, or year) the source shows the person holding the post: the date of the meeting whose report gives the title in evidence.',
        examples: ['2020-01-09'],
    }),
    editorial: editorialFacts('post', {
        heldFrom: editorial(PartialDate, 'when the person took up the post (a day, a month or a year).').exactOptional(),
        heldUntil: editorial(PartialDate, 'when the person left the post (a day, a month or a year).').exactOptional(),
    }),
})
    .meta({
    id: 'PersonTitle',
    title: 'Person title',
    description: 'A title the source gives a person: a post, where it belongs, the date the source shows it held and, from other works, when it was held.',
});
export const Person = z
    .strictObject({
    id: PersonId,
    name: printedName().meta({
        description: 'The name as printed in the source (in the order it is printed).',
        examples: ['Wang Zhigang'],
    }),
    titles: z.array(PersonTitle).max(limits.references.max).meta({ description: 'Titles the source gives the person, in order of first appearance.' }),
    otherNames: otherNames(),
    quotationLocators: quotationLocators(),
    editorial: editorialFacts('person', {
        nameZh: editorial(name(), 'the name in Chinese characters.')
            .exactOptional()
            .meta(deprecated('Editorial (not in the source document): the name in Chinese characters.', '`otherNames` (basis "editorial", language "zh-Hans")')),
        wikidataId: editorial(wikidataId(), 'the Wikidata item of the person.').exactOptional(),
    }),
})
    .meta({
    id: 'Person',
    title: 'Person',
    description: `A person named in a source document.${beyondJsonSchema([
        'its id is unique among the people',
        'every organizationId is the id of a record of organizations',
    ])}`,
});
