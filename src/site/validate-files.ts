/**
 * Several files checked in one run, as the command checks them: read in the order that puts what
 * others refer to first (organizations, then people and sources, then meetings; a parent table
 * before its child tables), all settled in one ledger, so that references between the files are
 * checked and each file's records are counted together.
 *
 * `china-st-meetings/validate` has no public call for several inputs yet (its `validateChunks`
 * takes one): this does what its `validateChunks` and the command's `validateFiles` do, with the
 * same modules, for the browser. When the library exports such a call, this file becomes it.
 */
import compiled from 'virtual:compiled-validators';
import { decodeUtf8 } from '../validate/browser.ts';
import { decodingStage } from '../validate/csv.ts';
import { datasetModel } from '../validate/datasets.ts';
import { checkChunks, type ChunkInput } from '../validate/input.ts';
import { DEFAULT_MAX_ERRORS, Ledger } from '../validate/ledger.ts';
import type { ValidationReport } from '../validate/types.ts';

const deps = { compiled, decode: decodeUtf8, csvInput: decodingStage };
const model = datasetModel(compiled);

/** 9 for a dataset the model does not know: after every known one. */
const datasetRank = (dataset: string | undefined) => (dataset === undefined ? 9 : (model.rank.get(dataset) ?? 9));

const tableDepth = (name: string): number => {
  const table = model.table(name);
  return table?.parent === undefined ? 0 : 1 + tableDepth(table.parent);
};

/** The table a CSV file is named after (`people.csv`), if any. */
const tableOfName = (file: string) => model.table(file.replace(/^.*[\\/]/u, '').replace(/\.csv$/iu, ''))?.name;

type Ordered = Pick<ChunkInput, 'file' | 'format' | 'schema' | 'table'>;

/** The rank of an input in the reading order (lower first), as the command orders its files. */
const rankOf = (input: Ordered): number => {
  if (input.format !== 'csv') return datasetRank(compiled.schemas.find((schema) => schema.name === input.schema)?.dataset) * 10;
  const name = input.table ?? tableOfName(input.file);
  const table = name === undefined ? undefined : model.table(name);
  if (name === undefined || table === undefined) return 99;
  return datasetRank(model.datasetOfTable(table)) * 10 + tableDepth(name);
};

/** The inputs in reading order; the sort is stable, so the given order stays among equals. */
export const inReadingOrder = <T extends Ordered>(inputs: readonly T[]): T[] =>
  inputs.map((input, index) => ({ input, index, rank: rankOf(input) })).sort((a, b) => a.rank - b.rank || a.index - b.index).map(({ input }) => input);

/** Checks the inputs in reading order, in one run. */
export const validateInputs = async (inputs: readonly ChunkInput[]): Promise<ValidationReport> => {
  const ledger = new Ledger(DEFAULT_MAX_ERRORS);
  for (const input of inReadingOrder(inputs)) await checkChunks(ledger, deps, input);
  return ledger.report();
};
