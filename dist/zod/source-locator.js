/** Where in a source document a report stands: a range of lines or of pages. */
import * as z from 'zod';
import { LocatorKind } from './codelists.js';
import { lineNumber, pageNumber } from './common.js';
export const SourceLocator = z
    .discriminatedUnion('kind', [
    z.strictObject({
        kind: LocatorKind.literal('lines', { description: 'A range of lines of a plain-text source.' }),
        lineStart: lineNumber().meta({ description: 'First line of the report in the source file (1-based).' }),
        lineEnd: lineNumber().meta({
            description: 'Last line of the report in the source file (1-based, inclusive). It must not be before lineStart: JSON Schema cannot check that; `china-st-meetings validate` does.',
        }),
    }),
    z.strictObject({
        kind: LocatorKind.literal('pages', { description: 'A range of printed pages.' }),
        pageStart: pageNumber().meta({ description: 'First page of the report (1-based).' }),
        pageEnd: pageNumber().meta({
            description: 'Last page of the report (1-based, inclusive). It must not be before pageStart: JSON Schema cannot check that; `china-st-meetings validate` does.',
        }),
    }),
])
    .meta({ id: 'SourceLocator', title: 'Source locator', description: 'Where in the source document the report is.' });
