/**
 * Several files checked in one run, as the command checks them: read in the command's order (what
 * others refer to first; `inReadingOrder`), all settled in one ledger, so that references between
 * the files are checked and each file's records are counted together.
 *
 * `china-st-meetings/validate` has no public call for several inputs yet (its `validateChunks`
 * takes one): this does what its `validateChunks` and the command's `validateFiles` do, with the
 * same modules, for the browser.
 */
import compiled from 'virtual:compiled-validators';
import { decodeUtf8 } from '../validate/browser.ts';
import { decodingStage } from '../validate/csv.ts';
import { noteUncountedLists } from '../validate/csv-table.ts';
import { datasetModel, inReadingOrder } from '../validate/datasets.ts';
import { tableOfName } from '../validate/file-kind.ts';
import { checkChunks, type ChunkInput } from '../validate/input.ts';
import { DEFAULT_MAX_ERRORS, Ledger } from '../validate/ledger.ts';
import type { ValidationReport } from '../validate/types.ts';

const deps = { compiled, decode: decodeUtf8, csvInput: decodingStage };
const model = datasetModel(compiled);

/** The table a CSV input holds, as the command finds it: the one it names, else its file name's. */
const tableOf = (input: ChunkInput) => (input.format === 'csv' ? (input.table ?? tableOfName(input.file, compiled.tables)?.name) : undefined);

/** Checks the inputs in reading order, in one run; then notes the child tables that were not given. */
export const validateInputs = async (inputs: readonly ChunkInput[]): Promise<ValidationReport> => {
  const ledger = new Ledger(DEFAULT_MAX_ERRORS);
  for (const input of inReadingOrder(model, inputs, (given) => ({ schema: given.schema, format: given.format, table: tableOf(given) }))) await checkChunks(ledger, deps, input);
  noteUncountedLists(compiled, ledger);
  return ledger.report();
};
