/** What the build's steps hand each other: the validated datasets, and the problems that stop the build. */
import type * as z from 'zod';
import type { datasetRegistry } from '../../schema/registry.ts';

export interface BuildProblem {
  /** The data file the record is written in. */
  readonly file: string;
  /** JSON Pointer into the dataset (`/0/endDate`: the first record's endDate). */
  readonly pointer: string;
  readonly message: string;
  /** For a problem of a generated file rather than of a record: where in it (`line 3, column 7`). */
  readonly location?: string;
}

type Entry = (typeof datasetRegistry)[number];

/** Every dataset of the registry, its records parsed by its zod schema. */
export type ValidDatasets = { readonly [E in Entry as E['dataset']]: z.output<E['recordSchema']>[] };

export const formatProblem = (problem: BuildProblem) =>
  `${problem.file} ${problem.location ?? (problem.pointer === '' ? '(the whole dataset)' : problem.pointer)}: ${problem.message}`;
