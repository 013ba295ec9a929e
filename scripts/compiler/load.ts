/** Loads the canonical records from data/. */
import * as data from '../../data/index.ts';
import { datasetRegistry, type DatasetName } from '../../schema/index.ts';

/** The raw records of every dataset, as written in data/ (not yet validated). */
export type RawDatasets = Record<DatasetName, readonly unknown[]>;

/** The data file each dataset is written in, for error messages. */
export const dataFiles = Object.fromEntries(datasetRegistry.map((entry) => [entry.dataset, entry.dataFile])) as Record<DatasetName, string>;

export const loadDatasets = (): RawDatasets =>
  Object.fromEntries(datasetRegistry.map((entry) => [entry.dataset, data[entry.dataset] as readonly unknown[]])) as RawDatasets;
