/**
 * Every dataset of the registry, parsed: what the outputs that show the documents and the series
 * read. `ValidDatasets` comes from build-types.ts, not check-records.ts, which imports (through
 * fidelity.ts and quotations.ts) this module.
 */
import type * as z from 'zod';
import type { datasetRegistry } from '../../schema/registry.ts';
import type { ValidDatasets } from './build-types.ts';

type Entry = (typeof datasetRegistry)[number];

export type AllDatasets = { readonly [E in Entry as E['dataset']]: z.output<E['recordSchema']>[] };

/** The datasets the build validated, with the ones ValidDatasets does not name. */
export const allDatasets = (datasets: ValidDatasets): AllDatasets => datasets as unknown as AllDatasets;
