/**
 * The build: load → validate → derive → serialize → check → write.
 *
 *   npm run build        writes dist/, the README's files table and citation, CITATION.cff and docs/data-dictionary.md
 *
 * It validates every record first, and refuses any CSV or workbook cell a spreadsheet would run as
 * a formula, and any value the workbook or the database cannot hold exactly;
 * on any problem it prints them all, exits with 1 and leaves dist/ untouched. The output is
 * byte-for-byte reproducible (no timestamps, fixed orders).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { recordSchemas } from '../schema/index.ts';
import { checkDatasetsAgainstSchemas } from './compiler/ajv.ts';
import { annotationsPath, buildAnnotationCollection } from './compiler/annotations.ts';
import { CITATION_PATH, renderCitationCff } from './compiler/citation-cff.ts';
import { tableCells, toCsv, toExcelCsv } from './compiler/csv.ts';
import { codelistFiles } from './compiler/codelists.ts';
import { buildDataPackage } from './compiler/datapackage.ts';
import { renderDictionary, spliceDictionary } from './compiler/dictionary.ts';
import { renderErrorCodes, spliceErrorCodes } from './compiler/error-codes-doc.ts';
import { emitIndexDts, emitIndexJs } from './compiler/esm.ts';
import { placedQuotations } from './compiler/fidelity.ts';
import { formulaInjectionProblems } from './compiler/formula-guard.ts';
import { buildJsonLd } from './compiler/jsonld.ts';
import { buildJsonSchemas, schemaFileText } from './compiler/json-schema.ts';
import { loadDatasets, type RawDatasets } from './compiler/load.ts';
import { distReadme } from './compiler/dist-readme.ts';
import { readmeParts, spliceReadme, type GeneratedPart } from './compiler/readme-files.ts';
import { deriveAllTables, tableRows } from './compiler/tables.ts';
import { csvPaths, publishedTables, QUOTATIONS_TABLE, quotationRows } from './compiler/quotations-table.ts';
import { formatProblem, validateDatasets, type BuildProblem } from './compiler/check-records.ts';
import { buildDatabase, SQLITE_DESCRIPTION, SQLITE_MEDIATYPE, SQLITE_PATH } from './compiler/sqlite.ts';
import { writeTree, type FileContent } from './compiler/write.ts';
import { buildWorkbook, XLSX_DESCRIPTION, XLSX_MEDIATYPE, XLSX_PATH } from './compiler/xlsx.ts';
import { buildValidatorFiles, testValidatorFromBuild, wideCharacterProblems } from './compiler/validator-bundle.ts';
import { compiledModules } from './compiler/compiled-module.ts';
import { buildInputs, keepBuild, keepTestValidator, validatorInputs } from './test-cache.ts';
import { uncarriedCharacterProblems } from './compiler/character-guard.ts';
import { buildSite } from './compiler/site/index.ts';
import { compileZodModule } from './compiler/zod-module.ts';

export const rootDir = fileURLToPath(new URL('..', import.meta.url));

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export type BuildResult =
  | {
      readonly ok: true;
      readonly files: Map<string, FileContent>;
      readonly dictionary: string;
      readonly readme: readonly GeneratedPart[];
      /** CITATION.cff at the repository's root. */
      readonly citation: string;
      /** The `virtual:` modules of the validators ajv compiled from the schemas, which dist/validate/ bundles. */
      readonly compiledValidators: ReadonlyMap<string, string>;
    }
  | { readonly ok: false; readonly problems: readonly BuildProblem[] };

/**
 * Everything the build writes, in memory: `files` for dist/, `dictionary` for docs/data-dictionary.md,
 * `readme` for the README's generated parts, `citation` for CITATION.cff.
 */
export const buildOutputs = async (raw: RawDatasets = loadDatasets()): Promise<BuildResult> => {
  const schemas = buildJsonSchemas();
  const validated = validateDatasets(raw, schemas);
  if (!validated.ok) return { ok: false, problems: validated.problems };
  const { datasets } = validated;

  // The record tables, then the derived table of where each quotation stands in its source.
  const recordTables = deriveAllTables(schemas);
  const quotations = placedQuotations(datasets, schemas, rootDir);
  const tables = publishedTables(recordTables);
  const rows = tableRows(recordTables, datasets);
  rows.set(QUOTATIONS_TABLE, quotationRows(quotations));

  const files = new Map<string, FileContent>();
  files.set('README.md', distReadme(schemas, tables));
  for (const [name, schema] of schemas) files.set(`schema/${name}.schema.json`, schemaFileText(schema));
  for (const [name, records] of Object.entries(datasets)) files.set(`json/${name}.json`, json(records));
  const plainCsv = new Map<string, string>();
  const unsafeCells: BuildProblem[] = [];
  for (const table of tables) {
    const tableRows = rows.get(table.name) ?? [];
    const { plain, excel } = csvPaths(table);
    // Both files hold exactly these cells; the guard sees them as a spreadsheet would.
    unsafeCells.push(...formulaInjectionProblems(table.name, [plain, excel], tableCells(table, tableRows)));
    const csv = toCsv(table, tableRows);
    plainCsv.set(table.name, csv);
    files.set(plain, csv);
    files.set(excel, toExcelCsv(table, tableRows));
  }
  // The same tables as one workbook and one database; each refuses what it cannot hold exactly.
  const workbook = await buildWorkbook({ tables, rows, sources: datasets.sources });
  const database = await buildDatabase(tables, rows);
  const tableProblems = [...unsafeCells, ...(workbook.ok ? [] : workbook.problems), ...(database.ok ? [] : database.problems)];
  if (!workbook.ok || !database.ok || tableProblems.length > 0) return { ok: false, problems: tableProblems };
  for (const [name, content] of codelistFiles()) files.set(name, content);
  files.set(XLSX_PATH, workbook.bytes);
  files.set(SQLITE_PATH, database.bytes);
  const otherFiles = [
    { name: 'xlsx-workbook', path: XLSX_PATH, title: 'The tables as an Excel workbook', description: XLSX_DESCRIPTION, format: 'xlsx', mediatype: XLSX_MEDIATYPE, content: workbook.bytes },
    { name: 'sqlite-database', path: SQLITE_PATH, title: 'The tables as a SQLite database', description: SQLITE_DESCRIPTION, format: 'sqlite', mediatype: SQLITE_MEDIATYPE, content: database.bytes },
  ];
  files.set('datapackage.json', json(buildDataPackage(tables, plainCsv, datasets.sources, otherFiles)));
  files.set('jsonld/meetings.jsonld', json(buildJsonLd(datasets)));
  for (const source of datasets.sources.filter((candidate) => quotations.some((quotation) => quotation.sourceId === candidate.id))) {
    files.set(annotationsPath(source), json(buildAnnotationCollection(source, quotations)));
  }
  files.set('README.md', distReadme(schemas, tables, [...files.keys()]));
  files.set('esm/index.js', emitIndexJs(datasets, quotations));
  files.set('esm/index.d.ts', emitIndexDts(datasets, Object.keys(recordSchemas).map((name) => schemas.get(name) ?? {})));
  for (const [name, content] of compileZodModule()) files.set(`zod/${name}`, content);
  // The validator checks records: it takes the record tables, not the derived one.
  for (const [name, content] of await buildValidatorFiles(schemas, recordTables)) files.set(name, content);
  const compiledValidators = compiledModules(schemas, recordTables);
  // Last: the landing page lists the files above with their sizes.
  for (const [name, content] of await buildSite({ datasets, schemas, tables, recordTables, quotations, files: new Map(files) })) files.set(`site/${name}`, content);

  // Check what was produced before anything is written.
  const problems = checkDatasetsAgainstSchemas(schemas, new Map(Object.entries(datasets)));
  if (problems.length > 0) {
    return { ok: false, problems: problems.map((message) => ({ file: 'dist', pointer: '', message })) };
  }
  const wideScripts = wideCharacterProblems(files);
  if (wideScripts.length > 0) return { ok: false, problems: wideScripts };
  const uncarried = uncarriedCharacterProblems(files);
  if (uncarried.length > 0) return { ok: false, problems: uncarried };
  return {
    ok: true,
    files,
    dictionary: renderDictionary(tables),
    readme: readmeParts(datasets.sources),
    citation: renderCitationCff(datasets.sources, datasets.organizations),
    compiledValidators,
  };
};

export interface MainOptions {
  readonly raw?: RawDatasets;
  readonly distDir?: string;
  readonly readmePath?: string;
  /** Default: docs/data-dictionary.md beside the README. */
  readonly dictionaryPath?: string;
  /** Default: docs/validator.md beside the README (its table of error codes). */
  readonly validatorDocPath?: string;
  readonly log?: (line: string) => void;
  readonly error?: (line: string) => void;
  /** Called with what was built, once it is written. */
  readonly built?: (result: Extract<BuildResult, { ok: true }>) => void;
}

/** Builds and writes; returns the exit code (0 written, 1 invalid records, nothing written). */
export const main = async ({
  raw = loadDatasets(),
  distDir = `${rootDir}dist`,
  readmePath = `${rootDir}README.md`,
  dictionaryPath = join(dirname(readmePath), 'docs/data-dictionary.md'),
  validatorDocPath = join(dirname(readmePath), 'docs/validator.md'),
  log = console.log,
  error = console.error,
  built,
}: MainOptions = {}): Promise<number> => {
  const result = await buildOutputs(raw);
  if (!result.ok) {
    error(`Build failed: ${result.problems.length} problem(s); dist/, README.md and docs/ were not changed.`);
    for (const problem of result.problems) error(`  ${formatProblem(problem)}`);
    error('Fix what is named above (a record, the schema, or code under src/) and run `npm run build` again.');
    return 1;
  }
  const readme = spliceReadme(readFileSync(readmePath, 'utf8'), result.readme);
  const dictionary = spliceDictionary(readFileSync(dictionaryPath, 'utf8'), result.dictionary);
  const validatorDoc = spliceErrorCodes(readFileSync(validatorDocPath, 'utf8'), renderErrorCodes());
  writeTree(distDir, result.files);
  writeFileSync(readmePath, readme);
  writeFileSync(dictionaryPath, dictionary);
  writeFileSync(validatorDocPath, validatorDoc);
  writeFileSync(join(dirname(readmePath), CITATION_PATH), result.citation);
  built?.(result);
  log(
    `Wrote ${result.files.size} files to dist/, the files table and citation in README.md, ${CITATION_PATH}, the data dictionary in docs/data-dictionary.md and the error codes in docs/validator.md.`,
  );
  return 0;
};

/** A failure of the file system (missing, read-only or full), as opposed to a bug. */
const isSystemError = (error: unknown): boolean => typeof error === 'object' && error !== null && 'syscall' in error;

/**
 * Leaves the build and the tests' validator where the tests look for them (scripts/test-cache.ts),
 * under the hashes of the sources as they were before the build read them. Only a cache: when the
 * file system refuses it (no lock file to hash, node_modules/ missing, read-only or full), the tests
 * make both themselves; a bug in making them fails the build.
 */
const keepForTests = (): MainOptions['built'] => {
  const attempt = <T>(step: () => T): T | undefined => {
    try {
      return step();
    } catch (error) {
      if (isSystemError(error)) return undefined;
      throw error;
    }
  };
  const inputs = attempt(() => ({ build: buildInputs(rootDir), validator: validatorInputs(rootDir) }));
  if (inputs === undefined) return undefined;
  return (result) => {
    const validator = testValidatorFromBuild(result.files, result.compiledValidators);
    attempt(() => keepBuild(rootDir, inputs.build, result));
    attempt(() => keepTestValidator(rootDir, inputs.validator, validator));
  };
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const built = keepForTests();
  process.exitCode = await main(built === undefined ? {} : { built });
}
