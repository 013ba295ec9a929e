/** A series of meetings (schema.org EventSeries): the yearly conference, a party's congresses. */
import * as z from 'zod';
import { Basis, SeriesKind } from './codelists.js';
import { beyondJsonSchema, editorial, editorialFacts, OrganizationId, printedName, quote, SeriesId, wikidataId } from './common.js';
import { otherNames } from './other-name.js';
import { quotationLocators } from './quotation-locator.js';
export const EventSeries = z
    .strictObject({
    id: SeriesId,
    name: printedName().meta({
        description: 'The name of the series as printed, without an edition ("National Science and Technology Work Conference", not "2020 …").',
        examples: ['National Science and Technology Work Conference'],
    }),
    kind: SeriesKind.exactOptional(),
    organizationId: OrganizationId.exactOptional().meta({ description: 'The organization that holds the meetings of the series.', examples: ['cpc'] }),
    organizationBasis: Basis.exactOptional().meta({
        description: '"source": the name as printed names the organization that holds the meetings; "editorial": the editors identify it from a name that does not quite give it.',
    }),
    evidence: quote().meta({
        description: 'The first words of the source that name the series, verbatim.',
        examples: ['National Science and Technology Work Conference was held in Beijing'],
    }),
    otherNames: otherNames(),
    quotationLocators: quotationLocators(),
    editorial: editorialFacts('series', {
        wikidataId: editorial(wikidataId(), 'the Wikidata item of the series.').exactOptional(),
    }),
})
    .meta({
    id: 'EventSeries',
    title: 'Series of meetings',
    description: `A series of meetings, each an edition of it (schema.org EventSeries): its name as printed, and who holds it. A meeting names its series and its edition in \`series\`.${beyondJsonSchema([
        'its id is unique among the series',
        'organizationId is the id of a record of organizations',
    ])}`,
});
