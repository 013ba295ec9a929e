/**
 * The portability corpus: every document each validator set-up is run on, in a fixed order.
 *
 * - published: dist/json/NAME.json against its dataset schema, and its records (the first 20) against their record schema;
 * - conformance: the same for each fixture of test/fixtures/conformance/ (all valid);
 * - broken: the conformance fixtures broken as test/conformance.test.ts breaks them (but for the
 *   large datasets of the real-scale fixture);
 * - mutation: the published records changed where validators part ways (mutations.ts).
 *
 * Nothing is random: the corpus and its digest change only when the data, the fixtures or these
 * files do.
 */
import { createHash } from 'node:crypto';
import { brokenDocuments } from './conformance-breaks.ts';
import { conformanceFixtures, datasetDocuments, publishedDatasets, type CorpusDocument } from './documents.ts';
import { mutationDocuments } from './mutations.ts';

/** The conformance suite and its broken copies: what `npm test` runs every JavaScript validator and python-jsonschema on. */
export const conformanceCorpus = (): CorpusDocument[] => {
  const fixtures = conformanceFixtures();
  // A break has the same effect on a record whatever the size of its dataset: the broken copies of
  // the real-scale fixture's meetings (half a megabyte each) would repeat the small fixtures' breaks
  // at a hundred times their time (seconds each in python-jsonschema). The fixture itself stays, whole.
  const broken = brokenDocuments(fixtures).filter((document) => !isLarge(document));
  return [...fixtures.flatMap((fixture) => datasetDocuments(`conformance/${fixture.name}`, 'conformance', fixture.datasets)), ...broken];
};

export const buildCorpus = (): CorpusDocument[] => {
  const published = publishedDatasets();
  const documents = [...datasetDocuments('published', 'published', published), ...conformanceCorpus(), ...mutationDocuments(published)];
  const seen = new Set<string>();
  for (const document of documents) {
    if (seen.has(document.id)) throw new Error(`two corpus documents are named ${document.id}`);
    seen.add(document.id);
  }
  return documents;
};

/** One line of JSON per document: what the corpus file holds and its digest is taken over. */
export const corpusLines = (documents: readonly CorpusDocument[]): string[] =>
  documents.map((document) => JSON.stringify({ id: document.id, schema: document.schema, instance: document.instance }));

export const corpusDigest = (documents: readonly CorpusDocument[]): string => {
  const hash = createHash('sha256');
  for (const line of corpusLines(documents)) hash.update(`${line}\n`);
  return hash.digest('hex');
};

/**
 * Past this many characters of JSON a document is large: the real-scale fixture's datasets, which
 * take seconds in python-jsonschema and print slowly in the Sourcemeta CLI. `npm test` leaves them
 * to `npm run test:portability`.
 */
export const LARGE_DOCUMENT = 64 * 1024;

export const isLarge = (document: CorpusDocument): boolean => JSON.stringify(document.instance).length > LARGE_DOCUMENT;
