/**
 * The package as a user gets it: `npm pack`, installed into an empty project with no network and
 * nothing else, then imported from plain ESM and type-checked from TypeScript without zod.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetRegistry } from '../schema/index.ts';
import { runtimeExportNames } from '../scripts/compiler/esm.ts';
import packageJson from '../package.json' with { type: 'json' };
import { keptSources, readDistJson, rootDir } from './helpers.ts';

const publishedMeetings = readDistJson('json/meetings.json') as { id: string; workReport?: { priorities: unknown[] } }[];
/** The sources whose text the package keeps (`path`), with the SHA-256 the records cite. */
/** The kept source copies, each with the path a consumer imports it by. */
const sourceCopies = keptSources().map((source) => ({ ...source, importPath: `china-st-meetings/source/${source.path.replace(/^data\/source\//u, '')}` }));

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A TypeScript consumer of the main entry: typed data, ids as literal unions. */
const consumerSource = `import { getMeeting, meetings, type Meeting, type MeetingId } from 'china-st-meetings';
const id: MeetingId = ${JSON.stringify(publishedMeetings[0]?.id)};
const meeting: Meeting = getMeeting(id);
const texts: readonly string[] = meeting.workReport?.priorities.map((priority) => priority.text) ?? [];
export const count: number = meetings.length + texts.length;
// @ts-expect-error: an unknown id is a type error for the consumer too
getMeeting('no-such-meeting');
`;

let consumer = '';
let packedFiles: string[] = [];

beforeAll(() => {
  const work = mkdtempSync(join(tmpdir(), 'consumer-'));
  const packOutput = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], rootDir)) as [
    { filename: string; files: { path: string }[] },
  ];
  packedFiles = packOutput[0].files.map((file) => file.path).sort();
  consumer = join(work, 'app');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(work, packOutput[0].filename)], consumer);
});

describe('the packed package', () => {
  it('ships the outputs, the source text and no build or test code', () => {
    expect(packedFiles).toContain('dist/esm/index.js');
    expect(packedFiles).toContain('dist/esm/index.d.ts');
    expect(packedFiles).toContain('dist/zod/index.js');
    expect(packedFiles).toContain('dist/schema/meeting.schema.json');
    expect(packedFiles).toContain('dist/json/meetings.json');
    expect(packedFiles).toContain('dist/csv/meeting_work_report_priorities.csv');
    expect(packedFiles).toContain('dist/csv/excel/meeting_work_report_priorities.csv');
    expect(packedFiles).toContain('dist/datapackage.json');
    expect(packedFiles).toContain('dist/jsonld/meetings.jsonld');
    expect(packedFiles).toContain('dist/xlsx/china-st-meetings.xlsx');
    expect(packedFiles).toContain('dist/sqlite/china-st-meetings.sqlite');
    expect(sourceCopies.length).toBeGreaterThan(0);
    for (const source of sourceCopies) {
      expect(packedFiles).toContain(`dist/annotations/${source.id}.jsonld`);
      expect(packedFiles).toContain(source.path);
    }
    expect(packedFiles).toContain('CITATION.cff');
    expect(packedFiles.filter((file) => /^(scripts|test|schema|src)\//.test(file) || file.startsWith('data/') && !file.startsWith('data/source/'))).toEqual([]);
  });

  it('has no runtime dependencies and no install scripts', () => {
    expect(packageJson).not.toHaveProperty('dependencies');
    expect(Object.keys(packageJson.scripts)).not.toEqual(expect.arrayContaining(['preinstall', 'install', 'postinstall', 'prepare']));
    expect(readdirSync(join(consumer, 'node_modules')).sort()).toEqual(['.bin', '.package-lock.json', 'china-st-meetings']);
    expect(readdirSync(join(consumer, 'node_modules/.bin'))).toEqual(['china-st-meetings']);
  });

  it('imports as ESM and exports exactly the pinned names; the data is deep-frozen', () => {
    const script = `
      import * as pkg from 'china-st-meetings';
      const m = pkg.meetings.find((meeting) => meeting.workReport !== undefined);
      let threw = '';
      try { pkg.getMeeting('nope'); } catch (error) { threw = error.constructor.name + ': ' + error.message; }
      let writeThrew = false;
      try { m.workReport.priorities[0].text = 'changed'; } catch { writeThrew = true; }
      console.log(JSON.stringify({
        exports: Object.keys(pkg),
        priorities: m.workReport.priorities.length,
        frozen: Object.isFrozen(pkg.meetings) && Object.isFrozen(m.workReport.priorities[0]) && Object.isFrozen(pkg.people[0].titles),
        writeThrew, threw,
        ids: pkg.meetingIds,
      }));`;
    const out = JSON.parse(run('node', ['--input-type=module', '-e', script], consumer));
    expect(out.exports.sort()).toEqual([...runtimeExportNames].sort());
    expect(out.priorities).toBe(publishedMeetings.find((meeting) => meeting.workReport !== undefined)?.workReport?.priorities.length);
    expect(out.frozen).toBe(true);
    expect(out.writeThrew).toBe(true);
    const meetingIds = publishedMeetings.map((meeting) => meeting.id);
    expect(out.threw).toBe(`RangeError: Unknown meeting id "nope"; known ids: ${meetingIds.join(', ')}`);
    expect(out.ids).toEqual(meetingIds);
  });

  it('exposes the JSON Schemas, JSON, CSV, Data Package, JSON-LD, annotations, XLSX and SQLite files through its exports', () => {
    const script = `
      import { createRequire } from 'node:module';
      import { createHash } from 'node:crypto';
      import { readFileSync } from 'node:fs';
      const require = createRequire(import.meta.url);
      const read = (path) => readFileSync(require.resolve(path), 'utf8');
      console.log(JSON.stringify({
        schema: JSON.parse(read('china-st-meetings/schema/meeting.schema.json')).title,
        json: JSON.parse(read('china-st-meetings/json/meetings.json')).length,
        csv: read('china-st-meetings/csv/meeting_work_report_priorities.csv').split('\\r\\n')[0],
        excelCsv: read('china-st-meetings/csv/excel/meeting_work_report_priorities.csv').split('\\r\\n')[0],
        datapackage: JSON.parse(read('china-st-meetings/datapackage.json')).resources.map((resource) => resource.type ?? resource.format),
        jsonld: JSON.parse(read('china-st-meetings/jsonld/meetings.jsonld'))['@graph'][1]['@type'],
        xlsx: readFileSync(require.resolve('china-st-meetings/xlsx/china-st-meetings.xlsx')).subarray(0, 2).toString('latin1'),
        sqlite: readFileSync(require.resolve('china-st-meetings/sqlite/china-st-meetings.sqlite')).subarray(0, 15).toString('latin1'),
        sources: ${JSON.stringify(sourceCopies.map(({ importPath }) => importPath))}.map((path) => createHash('sha256').update(readFileSync(require.resolve(path))).digest('hex')),
        annotations: ${JSON.stringify(sourceCopies.map(({ id }) => `china-st-meetings/annotations/${id}.jsonld`))}.map((path) => JSON.parse(read(path)).type),
        version: JSON.parse(read('china-st-meetings/package.json')).version,
      }));`;
    expect(JSON.parse(run('node', ['--input-type=module', '-e', script], consumer))).toEqual({
      schema: 'Meeting',
      json: publishedMeetings.length,
      csv: 'meeting_id,number,text',
      excelCsv: '\uFEFFmeeting_id,number,text',
      datapackage: [...Array(['dist/csv', 'dist/csv/derived'].flatMap((folder) => readdirSync(join(rootDir, folder)).filter((name) => name.endsWith('.csv'))).length).fill('table'), 'xlsx', 'sqlite'],
      jsonld: 'Event',
      xlsx: 'PK',
      sqlite: 'SQLite format 3',
      // The source texts as the records cite them (their SHA-256), and one annotation collection each.
      sources: sourceCopies.map(({ sha256 }) => sha256),
      annotations: sourceCopies.map(() => 'AnnotationCollection'),
      version: packageJson.version,
    });
  });

  it("lets a bundler keep only what is imported: each getter brings its own dataset's records and no other's", async () => {
    const installed = join(consumer, 'node_modules/china-st-meetings/dist/esm/');
    // The getters and the datasets, as the installed package declares them: a getter goes with the
    // dataset whose record type it returns (getQuotations with quotations).
    const declarations = readFileSync(join(installed, 'index.d.ts'), 'utf8');
    const arrays = [...declarations.matchAll(/^export declare const (\w+): readonly (\w+)\[\];$/gmu)].map(([, name = '', type = '']) => ({ name, type }));
    const getters = [...new Set([...declarations.matchAll(/^export declare function (get\w+)\(/gmu)].map(([, name = '']) => name))].map((getter) => {
      const returns = [...declarations.matchAll(new RegExp(`^export declare function ${getter}\\(.*\\): (.+);$`, 'gmu'))].map(([, type = '']) => type).join(' ');
      const datasets = arrays.filter(({ type }) => new RegExp(`\\b${type}\\b`, 'u').test(returns)).map(({ name }) => name);
      expect(datasets, `the dataset ${getter} returns records of`).toHaveLength(1);
      return { getter, dataset: datasets[0] ?? '' };
    });
    expect(getters.map(({ getter }) => getter).sort()).toEqual(runtimeExportNames.filter((name) => name.startsWith('get')).sort());
    expect(getters.map(({ dataset }) => dataset)).toEqual(expect.arrayContaining(datasetRegistry.map((entry) => entry.dataset)));
    const data = (await import(pathToFileURL(join(installed, 'index.js')).href)) as Record<string, readonly object[]>;

    // Every text of a dataset's records, as a minified bundle writes it: a string literal in double
    // quotes (those with a quote, a backslash, a control or a line separator are left out: a minifier
    // may write them another way; non-ASCII is kept as it is: charset utf8).
    const textsOf = (value: unknown): string[] =>
      typeof value === 'string'
        ? /^[^"'`\\\x00-\x1f\u2028\u2029]+$/u.test(value) ? [`"${value}"`] : []
        : value !== null && typeof value === 'object' ? Object.values(value).flatMap(textsOf) : [];
    const texts = new Map(getters.map(({ dataset }) => [dataset, new Set(textsOf(data[dataset]))]));
    const labels = new Set(datasetRegistry.map((entry) => `"${entry.label}"`));

    // One esbuild run, one entry per getter and one that imports everything.
    const entries = [...getters.map(({ getter }) => ({ name: getter, code: `import { ${getter} } from 'china-st-meetings';\nconsole.log(${getter});\n` })), { name: 'everything', code: `import * as all from 'china-st-meetings';\nconsole.log(all);\n` }];
    const entryDir = mkdtempSync(join(consumer, 'bundle-'));
    for (const { name, code } of entries) writeFileSync(join(entryDir, `${name}.js`), code);
    const result = await build({ entryPoints: entries.map(({ name }) => join(entryDir, `${name}.js`)), outdir: join(entryDir, 'out'), bundle: true, minify: true, write: false, format: 'esm', charset: 'utf8', logLevel: 'silent' });
    const bundles = new Map(result.outputFiles.map((file) => [basename(file.path, '.js'), file.text]));
    const everything = bundles.get('everything') ?? '';
    for (const { dataset } of getters) for (const text of texts.get(dataset) ?? []) expect(everything, `${dataset}: ${text}`).toContain(text);

    for (const { getter, dataset } of getters) {
      const bundle = bundles.get(getter) ?? '';
      const own = texts.get(dataset) ?? new Set<string>();
      expect(own.size, dataset).toBeGreaterThan(0);
      for (const text of own) expect(bundle, `${getter} keeps ${dataset}: ${text}`).toContain(text);
      // The texts of every other dataset that its own records do not hold: none is in the bundle.
      for (const { dataset: other } of getters.filter((candidate) => candidate.dataset !== dataset)) {
        // A getter's code names its records ("person" in its error): not a record of another dataset.
        const foreign = [...(texts.get(other) ?? [])].filter((text) => !own.has(text) && !labels.has(text));
        expect(foreign.length, `${other} has texts that ${dataset} does not hold`).toBeGreaterThan(0);
        expect(foreign.filter((text) => bundle.includes(text)), `${getter} brings records of ${other}`).toEqual([]);
      }
      expect(bundle.length, getter).toBeLessThan(everything.length);
    }
  });

  // TypeScript 7 (native), what `npm install typescript` gives now; TypeScript 5.9 reads the same
  // consumer below, beside zod.
  it('type-checks a TypeScript consumer with nothing else installed (no zod, no @types), with TypeScript 7', () => {
    writeFileSync(join(consumer, 'main.ts'), consumerSource);
    // The package's declarations are checked (skipLibCheck off); TypeScript's own lib files are not
    // checked again (skipDefaultLibCheck).
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, types: [], skipLibCheck: false, skipDefaultLibCheck: true } }),
    );
    expect(run('node', [join(rootDir, 'node_modules/typescript-native/bin/tsc'), '-p', consumer, '--singleThreaded'], consumer)).toBe('');
  });
});

describe('the validator, installed with nothing else (no ajv, no zod, no csv-parse)', () => {
  it('validates through the library entry', () => {
    const script = `
      import { validateRecord } from 'china-st-meetings/validate';
      import { meetings } from 'china-st-meetings';
      const good = validateRecord(meetings[0]);
      const bad = validateRecord({ ...meetings[0], attendanceMode: 'hybrid' });
      console.log(JSON.stringify([good.valid, bad.valid, bad.errors.map((error) => error.code + ' ' + error.pointer)]));`;
    expect(JSON.parse(run('node', ['--input-type=module', '-e', script], consumer))).toEqual([true, false, ['not-allowed-value /attendanceMode']]);
  });

  it('runs as the package bin, with the documented exit codes', () => {
    const bin = join(consumer, 'node_modules/.bin/china-st-meetings');
    const meetings = join(consumer, 'node_modules/china-st-meetings/dist/json/meetings.json');
    expect(run(bin, ['validate', '--quiet', meetings], consumer)).toBe(`valid: 1 file, ${publishedMeetings.length} records, no errors\n`);
    const bad = join(consumer, 'bad.ndjson');
    writeFileSync(bad, '{"id": "x"}\n');
    const failed = (() => {
      try {
        run(bin, ['validate', bad], consumer);
        return { status: 0, stdout: '' };
      } catch (error) {
        return error as { status: number; stdout: string };
      }
    })();
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain(`${bad}:1: /kind: missing required field "kind" [missing-field]`);
  });
});

describe('the zod entry (china-st-meetings/zod)', () => {
  // Its declarations are printed by TypeScript 7 (scripts/compiler/zod-module.ts): a consumer on
  // TypeScript 5.9 with zod installed resolves them and gets `Meeting` typed (a wrong field is an
  // error, not `any`), and reads the main entry as the consumer above does. Errors inside the
  // declarations themselves are left to TypeScript 7's check (skipLibCheck: zod's own are slow to check).
  it('type-checks as installed, beside zod, with TypeScript 5.9, the main entry too', () => {
    const app = join(consumer, '..', 'zod-app');
    mkdirSync(join(app, 'node_modules'), { recursive: true });
    symlinkSync(join(consumer, 'node_modules/china-st-meetings'), join(app, 'node_modules/china-st-meetings'));
    symlinkSync(join(rootDir, 'node_modules/zod'), join(app, 'node_modules/zod'));
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'zod-app', private: true, type: 'module' }));
    writeFileSync(
      join(app, 'main.ts'),
      `${consumerSource}
import { Meeting as MeetingSchema } from 'china-st-meetings/zod';
export const parsedId = (value: unknown): string => MeetingSchema.parse(value).id;
// @ts-expect-error: a field the schema does not have
export const wrong = (value: unknown): string => MeetingSchema.parse(value).noSuchField;
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, exactOptionalPropertyTypes: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, types: [], skipLibCheck: true, preserveSymlinks: true } }),
    );
    // The package and zod are links, resolved where they are linked (preserveSymlinks), as an install would place them.
    expect(run('node', [join(rootDir, 'node_modules/typescript/bin/tsc'), '-p', app], app)).toBe('');
  });

  it('exports the schemas, which accept the published data', async () => {
    const zodEntry = await import('china-st-meetings/zod');
    const { meetings } = await import('china-st-meetings');
    expect(zodEntry.Meetings.safeParse(meetings).success).toBe(true);
    expect(zodEntry.Meeting.safeParse({ ...meetings[0], id: 'Bad Id' }).success).toBe(false);
  });
});
