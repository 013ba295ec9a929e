/**
 * Proves that adding a source and its meetings is data-only: in a temporary copy of the
 * repository, adds an invented source text with one meeting (an edition of a series, with its
 * person, organization and series) by editing data/ alone, then runs the build and the tests of the
 * data and its outputs there (the validator's and the page's tests do not depend on the data: `npm
 * test` runs them once).
 *
 *   npm run test:second-source               exit 0 when both pass; the copy is removed
 *   npm run test:second-source -- FILE…      the build, then only these test files
 *
 * Nothing here is published: the invented records exist only in the temporary copy.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const rootDir = fileURLToPath(new URL('..', import.meta.url));

export const INVENTED_SOURCE_TEXT = `2021 Fictional Forum on Open Research Data Held Online

On March 3, 2021, the Fictional Forum on Open Research Data was held online. Director Aino Example of the Fictional Open Science Office chaired the forum.
She stressed that open data needs care.

(Source: Fictional Open Science Office)
`;

const PATH = 'data/source/fictional-forum-2021.txt';

/** The records a contributor would add, as they would write them in data/. */
export const inventedRecords = (sha256: string) => ({
  sources: {
    id: 'fictional-forum-report-2021',
    title: 'Fictional: report on the Fictional Forum on Open Research Data, 2021',
    publisherId: 'fictional-open-science-office',
    attribution: '(Source: Fictional Open Science Office)',
    language: 'en',
    mediaType: 'text/plain',
    path: PATH,
    sha256,
  },
  organizations: {
    id: 'fictional-open-science-office',
    name: 'Fictional Open Science Office',
    kind: 'government-agency',
    evidence: 'the Fictional Open Science Office',
    // Its name stands again in the credit (line 6): the record's words are those of line 3.
    quotationLocators: [{ lineStart: 3, lineEnd: 3 }],
  },
  series: {
    id: 'fictional-forum-on-open-research-data',
    name: 'Fictional Forum on Open Research Data',
    kind: 'forum',
    evidence: 'the Fictional Forum on Open Research Data was held online',
    // The name stands in the headline too (line 1): the record's words are those of line 3.
    quotationLocators: [{ lineStart: 3, lineEnd: 3 }],
  },
  people: {
    id: 'aino-example',
    name: 'Aino Example',
    titles: [{ title: 'Director', organizationId: 'fictional-open-science-office', evidence: 'Director Aino Example of the Fictional Open Science Office' }],
  },
  meetings: {
    id: 'fictional-forum-on-open-research-data-2021',
    name: 'Fictional Forum on Open Research Data',
    headline: '2021 Fictional Forum on Open Research Data Held Online',
    kind: 'forum',
    startDate: '2021-03-03',
    endDate: '2021-03-03',
    dateText: 'March 3, 2021',
    attendanceMode: 'online',
    organizers: [{ basis: 'source', organizationId: 'fictional-open-science-office', evidence: 'Director Aino Example of the Fictional Open Science Office chaired the forum.' }],
    participants: [{ kind: 'person', role: 'chair', personId: 'aino-example', titleAsPrinted: 'Director', evidence: 'Director Aino Example of the Fictional Open Science Office chaired the forum.' }],
    // An edition of a series, as the next year's conference would be.
    series: { seriesId: 'fictional-forum-on-open-research-data', ordinal: '2021', evidence: '2021 Fictional Forum on Open Research Data' },
    summary: ['On March 3, 2021, the Fictional Forum on Open Research Data was held online.'],
    mentions: [{ kind: 'series', pointer: '/summary/0', asPrinted: 'Fictional Forum on Open Research Data', seriesId: 'fictional-forum-on-open-research-data' }],
    remarks: [{ number: 1, speakerId: 'aino-example', speakerBasis: 'source', reportedAs: 'stressed', reportingClause: 'She stressed that', text: 'open data needs care.' }],
    source: { sourceId: 'fictional-forum-report-2021', attribution: 'Fictional Open Science Office', locator: { kind: 'lines', lineStart: 1, lineEnd: 7 } },
    // The name is printed in the headline and again in line 3: the record's is the headline's;
    // the office is named in line 3 too: the credit is line 6.
    quotationLocators: [
      { pointer: '/name', lineStart: 1, lineEnd: 1 },
      { pointer: '/source/attribution', lineStart: 6, lineEnd: 6 },
    ],
  },
});

/** Appends a record to a data file's array (`] satisfies Type[];`), as a contributor would. */
const appendRecord = (file: string, record: unknown) => {
  const text = readFileSync(file, 'utf8');
  const end = text.lastIndexOf('] satisfies');
  if (end === -1) throw new Error(`${file}: no "] satisfies" to add a record before`);
  writeFileSync(file, `${text.slice(0, end)}  ${JSON.stringify(record, null, 2).replaceAll('\n', '\n  ')},\n${text.slice(end)}`);
};

/** A copy of the working tree (tracked and new files, not ignored ones), sharing node_modules. */
const copyRepository = (): string => {
  const copy = mkdtempSync(join(tmpdir(), 'second-source-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: rootDir, encoding: 'utf8' }).split('\0').filter((file) => file !== '');
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(rootDir, file), join(copy, file));
  }
  symlinkSync(join(rootDir, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
};

/** Adds the invented source and records to the copy by editing data/ only; returns the files written. */
export const addInventedSource = (copy: string): string[] => {
  writeFileSync(join(copy, PATH), INVENTED_SOURCE_TEXT);
  const sha256 = createHash('sha256').update(INVENTED_SOURCE_TEXT).digest('hex');
  const files = Object.entries(inventedRecords(sha256)).map(([dataset, record]) => {
    appendRecord(join(copy, `data/${dataset}.ts`), record);
    return `data/${dataset}.ts`;
  });
  return [PATH, ...files];
};

const run = (copy: string, command: string, args: string[]) => {
  console.log(`\n$ ${command} ${args.join(' ')}   (in ${copy})`);
  const result = spawnSync(command, args, { cwd: copy, stdio: 'inherit', env: { ...process.env, SECOND_SOURCE: '1' } });
  return result.status ?? 1;
};

/** The tests of the data and of the outputs made from it. */
export const DATA_TESTS = [
  'test/fidelity.test.ts',
  'test/schema.test.ts',
  'test/csv.test.ts',
  'test/excel-csv.test.ts',
  'test/datapackage.test.ts',
  'test/jsonld.test.ts',
  'test/sqlite.test.ts',
  'test/xlsx.test.ts',
  'test/fresh.test.ts',
  'test/validator-dist.test.ts',
];

export const main = (testFiles: readonly string[] = DATA_TESTS): number => {
  const copy = copyRepository();
  try {
    console.log(`Added in the copy, data/ only: ${addInventedSource(copy).join(', ')}`);
    const built = run(copy, 'npm', ['run', 'build']);
    if (built !== 0) return built;
    return run(copy, 'npx', ['vitest', 'run', ...testFiles]);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
};

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = process.argv.slice(2);
  process.exitCode = main(files.length === 0 ? DATA_TESTS : files);
}
