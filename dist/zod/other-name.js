/**
 * Names of a record in other languages or scripts: printed in a kept source (with the words that
 * print it), or added by the editors (with where they saw it). Every record kind may carry them.
 */
import * as z from 'zod';
import { Basis } from './codelists.js';
import { LanguageTag, name, note, optionalList, printedWithin, quote } from './common.js';
/** One description for both variants, so that the name's one column says what each holds. */
const otherNameMeta = {
    description: 'The name in that language or script. With basis "source", as printed: it must stand, as whole words, in evidence (JSON Schema cannot check that; this package\'s build does for its own records). With basis "editorial", as the editors saw it (not in the source document).',
    examples: ['王志刚'],
};
const language = () => LanguageTag.meta({ description: 'The language and script of the name (BCP 47), such as "zh-Hans" for Chinese in simplified characters.', examples: ['zh-Hans'] });
export const OtherName = z
    .discriminatedUnion('basis', [
    z.strictObject({
        basis: Basis.literal('source', { description: 'A kept source prints the name.' }),
        name: printedWithin().meta(otherNameMeta),
        language: language(),
        evidence: quote().meta({ description: 'The words of the source that print the name, verbatim.' }),
    }),
    z.strictObject({
        basis: Basis.literal('editorial', { description: 'No kept source prints the name; the editors add it, saying where they saw it.' }),
        name: name().meta(otherNameMeta),
        language: language(),
        citation: note().meta({ description: 'Where the editors saw the name: a specific work (title and publisher, with a URL or an identifier where one is known).' }),
    }),
])
    .meta({
    id: 'OtherName',
    title: 'Other name',
    description: 'A name of the record in another language or script, printed in a kept source or added by the editors.',
});
/** The list every record kind may carry. */
export const otherNames = () => optionalList(OtherName).meta({ description: 'Names in other languages or scripts, each with its language tag, and where it is printed or was seen.' });
