/** Loads the canonical records from data/. */
import * as data from '../../data/index.ts';
import type { DatasetName } from '../../schema/index.ts';

/** The raw records of every dataset, as written in data/ (not yet validated). */
export type RawDatasets = Record<DatasetName, readonly unknown[]>;

/** The data file each dataset is written in, for error messages. */
export const dataFiles: Record<DatasetName, string> = {
  meetings: 'data/meetings.ts',
  people: 'data/people.ts',
  organizations: 'data/organizations.ts',
  sources: 'data/sources.ts',
};

export const loadDatasets = (): RawDatasets => ({
  meetings: data.meetings,
  people: data.people,
  organizations: data.organizations,
  sources: data.sources,
});
