/** An organization named in the source document. */
import * as z from 'zod';
import { editorial, name, nonEmptyObject, printedName, OrganizationId, quote, wikidataId } from './common.ts';

export const OrganizationKind = z
  .enum(['government-ministry', 'political-party', 'party-body'])
  .meta({ id: 'OrganizationKind', description: 'What kind of organization it is.' });

export const Organization = z
  .strictObject({
    id: OrganizationId,
    name: printedName().meta({
      description: 'The name as printed in the source.',
      examples: ['Ministry of Science and Technology'],
    }),
    kind: OrganizationKind,
    parentId: OrganizationId.exactOptional().meta({
      description: 'The organization this one is part of.',
      examples: ['cpc'],
    }),
    evidence: quote().meta({
      description: 'The first words of the source that name the organization, verbatim.',
      examples: ['leaders of the Ministry of Science and Technology'],
    }),
    editorial: nonEmptyObject({
      officialName: editorial(name(), 'the full official English name.').exactOptional(),
      nameZh: editorial(name(), 'the name in Chinese characters.').exactOptional(),
      shortNameZh: editorial(name(), 'the short Chinese name.').exactOptional(),
      wikidataId: editorial(wikidataId(), 'the Wikidata item of the organization.').exactOptional(),
    })
      .exactOptional()
      .meta({ description: 'Facts about the organization that are not in the source document, each with where it was seen.' }),
  })
  .meta({ id: 'Organization', title: 'Organization', description: 'An organization named in the source document.' });

export type Organization = z.infer<typeof Organization>;
