/** An organization named in the source document. */
import * as z from 'zod';
import { OrganizationKind } from './codelists.js';
import { beyondJsonSchema, CountryCode, deprecated, editorial, editorialFacts, name, printedName, OrganizationId, quote, wikidataId } from './common.js';
import { otherNames } from './other-name.js';
import { quotationLocators } from './quotation-locator.js';
export const Organization = z
    .strictObject({
    id: OrganizationId,
    name: printedName().meta({
        description: 'The name as printed in the source.',
        examples: ['Ministry of Science and Technology'],
    }),
    kind: OrganizationKind,
    countryCode: CountryCode.exactOptional().meta({
        description: 'ISO 3166-1 alpha-2 code of the country the organization belongs to, when the source makes it clear; absent for an international organization.',
    }),
    parentId: OrganizationId.exactOptional().meta({
        description: 'The organization this one is part of.',
        examples: ['cpc'],
    }),
    evidence: quote().exactOptional().meta({
        description: 'The first words of the source that name the organization, verbatim; absent when only the editors name it (as an editorial organizer).',
        examples: ['leaders of the Ministry of Science and Technology'],
    }),
    otherNames: otherNames(),
    quotationLocators: quotationLocators(),
    editorial: editorialFacts('organization', {
        officialName: editorial(name(), 'the full official English name.').exactOptional(),
        nameZh: editorial(name(), 'the name in Chinese characters.')
            .exactOptional()
            .meta(deprecated('Editorial (not in the source document): the name in Chinese characters.', '`otherNames` (basis "editorial", language "zh-Hans")')),
        shortNameZh: editorial(name(), 'the short Chinese name.').exactOptional(),
        wikidataId: editorial(wikidataId(), 'the Wikidata item of the organization.').exactOptional(),
    }),
})
    .meta({
    id: 'Organization',
    title: 'Organization',
    description: `An organization named in a source document.${beyondJsonSchema([
        'its id is unique among the organizations',
        'parentId is the id of a record of organizations',
        'a country code is assigned (or XK)',
    ])}`,
});
