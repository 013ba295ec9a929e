/**
 * Every dataset of the registry, parsed. `ValidDatasets` (check-records.ts) still names the four
 * datasets it was written for; validateDatasets returns every dataset of the registry, so the
 * outputs that show the documents and the series read them through this type.
 */
import type * as z from 'zod';
import type { datasetRegistry } from '../../schema/registry.ts';
import type { ValidDatasets } from './check-records.ts';

type Entry = (typeof datasetRegistry)[number];

export type AllDatasets = { readonly [E in Entry as E['dataset']]: z.output<E['recordSchema']>[] };

/** The datasets the build validated, with the ones ValidDatasets does not name. */
export const allDatasets = (datasets: ValidDatasets): AllDatasets => datasets as unknown as AllDatasets;
