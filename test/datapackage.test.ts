/**
 * dist/datapackage.json: valid against the official Data Package v2 profile, true to the bytes of
 * the plain CSV files, derived from the same tables as the CSV files, with foreign keys that all
 * resolve, and loadable by a Frictionless implementation.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { buildJsonSchemas } from '../scripts/compiler/json-schema.ts';
import { deriveAllTables } from '../scripts/compiler/tables.ts';
import { csvPaths, publishedTables } from '../scripts/compiler/quotations-table.ts';
import { foreignKeyViolations, integrityProblems, parseCsv, type DataPackage, type DataResource } from './datapackage-checks.ts';
import { clone, distDir, readDistJson, rootDir } from './helpers.ts';

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const descriptor = readDistJson('datapackage.json') as DataPackage;
/** The CSV tables; the workbook and the database follow them as non-tabular resources (no `type`, no `schema`). */
const tabular: DataPackage = { ...descriptor, resources: descriptor.resources.filter((resource) => (resource as { type?: string }).type === 'table') };
const tables = publishedTables(deriveAllTables(buildJsonSchemas()));
const readBytes = (path: string) => readFileSync(join(distDir, path));
const rowsOf = (resource: DataResource) => parseCsv(readBytes(resource.path));
const resourceNamed = (name: string) => descriptor.resources.find((resource) => resource.name === name) as DataResource;
const publishedMeetings = readDistJson('json/meetings.json') as { id: string; startDate?: string; source: { locator?: { lineStart?: number } }; purpose?: string; remarks?: { number: number }[] }[];
const people = readDistJson('json/people.json') as { id: string }[];
/** A CSV line for a table (its columns in the order of its header; the others empty), to append to a copy of it. */
const csvLine = (table: string, values: Readonly<Record<string, string | number | undefined>>) => {
  const header = readBytes(resourceNamed(table).path).toString('utf8').split('\r\n')[0]?.split(',') ?? [];
  expect(header, table).toEqual(expect.arrayContaining(Object.keys(values)));
  return `${header.map((column) => String(values[column] ?? '')).join(',')}\r\n`;
};

// The profile uses keywords of its own (propertyOrder, context, options): draft-07 ajv, not strict.
const validateProfile = (() => {
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(rootDir, 'test/fixtures/frictionless-2.0/datapackage.json'), 'utf8')));
})();

describe('datapackage.json', () => {
  it('is valid against the official Data Package v2 profile', () => {
    expect(validateProfile(descriptor), JSON.stringify(validateProfile.errors)).toBe(true);
    expect(descriptor.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
  });

  const broken: [string, (copy: any) => void][] = [
    ['a hash that is not hex', (copy) => (copy.resources[0].hash = 'sha256:not-hex')],
    ['no resources', (copy) => (copy.resources = [])],
    ['a resource with neither path nor data', (copy) => delete copy.resources[0].path],
    ['a field of an unknown type', (copy) => (copy.resources[0].schema.fields[0].type = 'text')],
    ['a license with neither name nor path', (copy) => (copy.licenses = [{ title: 'MIT' }])],
    ['a foreign key without reference fields', (copy) => delete copy.resources[1].schema.foreignKeys[0].reference.fields],
    ['a path that climbs out of the package', (copy) => (copy.resources[0].path = '../secret.csv')],
  ];
  it.each(broken)('the profile check rejects %s', (_label, breakIt) => {
    const copy = clone(descriptor);
    breakIt(copy);
    expect(validateProfile(copy)).toBe(false);
  });

  it('describes every plain CSV file as a table (the derived ones in csv/derived/ too), then the workbook and the database, and no other', () => {
    const csvFiles = ['csv', 'csv/derived'].flatMap((folder) => readdirSync(join(distDir, folder)).filter((file) => file.endsWith('.csv')).map((file) => `${folder}/${file}`));
    expect(tabular.resources.map((resource) => resource.path).sort()).toEqual(csvFiles.sort());
    const others = descriptor.resources.slice(tabular.resources.length);
    expect(others.map((resource) => resource.path)).toEqual([...readdirSync(join(distDir, 'xlsx')).map((file) => `xlsx/${file}`), ...readdirSync(join(distDir, 'sqlite')).map((file) => `sqlite/${file}`)]);
  });

  it('gives the bytes and SHA-256 of each exact file it lists (the CSV files, the workbook, the database)', () => {
    expect(integrityProblems(descriptor, readBytes)).toEqual([]);
    const changed = (path: string) => (path === 'csv/people.csv' ? Buffer.concat([readBytes(path), Buffer.from('x')]) : readBytes(path));
    expect(integrityProblems(descriptor, changed)).toEqual([
      expect.stringMatching(/^csv\/people\.csv: \d+ bytes, descriptor says \d+$/),
      expect.stringMatching(/^csv\/people\.csv: sha256:[0-9a-f]{64}, descriptor says sha256:[0-9a-f]{64}$/),
    ]);
  });

  it('has the Table Schema of each table as the data dictionary describes it (one source: the zod schemas)', () => {
    for (const table of tables) {
      const resource = descriptor.resources.find((candidate) => candidate.name === table.name);
      expect(resource?.schema.fields.map(({ name, type, description }) => ({ name, type, description }))).toEqual(
        table.columns.map(({ name, type, description }) => ({ name, type, description })),
      );
      expect(resource?.schema.primaryKey).toEqual(table.primaryKey);
      const header = readBytes(csvPaths(table).plain).toString('utf8').split('\r\n')[0];
      expect(header).toBe(resource?.schema.fields.map((field) => field.name).join(','));
    }
  });

  it('has a foreign key for every parent key and every id column', () => {
    const keys = tabular.resources.flatMap((resource) =>
      (resource.schema.foreignKeys ?? []).map((key) => `${resource.name}(${key.fields.join(',')}) → ${key.reference.resource ?? resource.name}(${key.reference.fields.join(',')})`),
    );
    expect(keys).toContain('remark_mentioned_people(meeting_id,remark_number) → meeting_remarks(meeting_id,number)');
    expect(keys).toContain('remark_mentioned_people(person_id) → people(id)');
    expect(keys).toContain('organizations(parent_id) → organizations(id)');
    expect(keys).toContain('meeting_organizers(organization_id) → organizations(id)');
    // The links of the linked records: mentions, guidance, editions, creators, addressees.
    for (const key of [
      'meeting_mentions(mentioned_meeting_id) → meetings(id)',
      'meeting_mentions(document_id) → documents(id)',
      'meeting_mentions(series_id) → series(id)',
      'guidance_meetings(named_meeting_id) → meetings(id)',
      'guidance_documents(document_id) → documents(id)',
      'guidance_documents(meeting_id,guidance_position) → meeting_guidance(meeting_id,position)',
      'meetings(series_series_id) → series(id)',
      'document_creators(person_id) → people(id)',
      'remark_addressees(meeting_id,remark_number) → meeting_remarks(meeting_id,number)',
      'meeting_related_sources(source_id) → sources(id)',
    ]) {
      expect(keys).toContain(key);
    }
    const expected = tables.reduce(
      (count, table) => count + (table.parent === undefined ? 0 : 1) + table.columns.filter((column) => column.references !== undefined && column.role !== 'parent-key').length,
      0,
    );
    expect(keys).toHaveLength(expected);
  });

  it('every foreign key value resolves in the CSV files', () => {
    expect(foreignKeyViolations(tabular, rowsOf)).toEqual([]);
    const withDangling = (resource: DataResource) =>
      resource.name === 'meeting_remarks' ? rowsOf(resource).map((row, index) => (index === 0 ? { ...row, speaker_id: 'li-keqiang' } : row)) : rowsOf(resource);
    expect(foreignKeyViolations(tabular, withDangling)).toEqual(['meeting_remarks row 1: speaker_id=["li-keqiang"] not in people.id']);
  });
});

describe('a Frictionless implementation (datapackage-js) loading the plain CSV files', () => {
  const copyOfDist = () => {
    const dir = mkdtempSync(join(tmpdir(), 'datapackage-'));
    cpSync(distDir, dir, { recursive: true });
    return dir;
  };

  it('reads every table with typed values, checking constraints and foreign keys', async () => {
    const dataPackage = await Package.load(join(distDir, 'datapackage.json'), { basePath: distDir });
    expect(dataPackage.errors).toEqual([]);
    expect(dataPackage.valid).toBe(true);
    // Only the tables: datapackage-js (Data Package v1) would take the `xlsx` format for a table too.
    const tableNames = new Set(tabular.resources.map((resource) => resource.name));
    for (const resource of dataPackage.resources.filter((candidate) => tableNames.has(candidate.name))) {
      const rows = await resource.read({ keyed: true, relations: true });
      expect(rows.length, resource.name).toBe(rowsOf(descriptor.resources.find((candidate) => candidate.name === resource.name) as DataResource).length);
    }
    const [first] = publishedMeetings.filter((candidate) => candidate.startDate !== undefined);
    const meeting = (await (dataPackage.getResource('meetings') as NonNullable<ReturnType<Package['getResource']>>).read({ keyed: true })).find((row) => row['id'] === first?.id);
    expect(meeting?.['start_date']).toBeInstanceOf(Date);
    expect(meeting?.['source_locator_line_start']).toBe(first?.source.locator?.lineStart ?? null);
    expect(meeting?.['purpose']).toBe(first?.purpose ?? null);
  });

  it('rejects a row whose foreign key does not resolve', async () => {
    const dir = copyOfDist();
    const spoken = publishedMeetings.find((meeting) => (meeting.remarks?.length ?? 0) > 0);
    const nobody = 'no-such-person';
    expect(people.map((person) => person.id)).not.toContain(nobody);
    appendFileSync(join(dir, 'csv/remark_mentioned_people.csv'), csvLine('remark_mentioned_people', { meeting_id: spoken?.id, remark_number: spoken?.remarks?.[0]?.number, position: 1, person_id: nobody }));
    const dataPackage = await Package.load(join(dir, 'datapackage.json'), { basePath: dir });
    await expect(dataPackage.getResource('remark_mentioned_people')?.read({ keyed: true, relations: true })).rejects.toThrow(/Foreign key "person_id" violation/);
  });

  it('rejects a value outside its enum', async () => {
    const dir = copyOfDist();
    const [meeting] = publishedMeetings;
    const position = Math.max(0, ...rowsOf(resourceNamed('meeting_participants')).filter((row) => row['meeting_id'] === meeting?.id).map((row) => Number(row['position']))) + 1;
    appendFileSync(
      join(dir, 'csv/meeting_participants.csv'),
      csvLine('meeting_participants', { meeting_id: meeting?.id, position, kind: 'robot', role: 'chair', person_id: people[0]?.id, evidence: 'He chaired it.' }),
    );
    const dataPackage = await Package.load(join(dir, 'datapackage.json'), { basePath: dir });
    const error = await dataPackage.getResource('meeting_participants')?.read({ keyed: true }).then(() => undefined, (thrown: { errors?: Error[] }) => thrown);
    expect(error?.errors?.map((problem) => problem.message)).toEqual(['The value "robot" does not conform to the "enum" constraint for column "kind"']);
  });
});
