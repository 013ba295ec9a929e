/**
 * The verdict does not depend on how the bytes arrive (issue 13, item 11): every bad-input fixture
 * fed to validateChunks split at random byte boundaries (1-byte chunks included) gives the report
 * it gives in one piece.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateChunks, type InputFormat, type SchemaName } from 'china-st-meetings/validate';
import { distDir, readDistJson, cutAt, runs } from './helpers.ts';

const meetings = readDistJson('json/meetings.json') as Record<string, unknown>[];
const [organization] = readDistJson('json/organizations.json') as Record<string, unknown>[];
const line = (value: unknown) => `${JSON.stringify(value)}\n`;
const utf8 = (text: string) => Buffer.from(text, 'utf8');
const good = line(meetings[0]);
const csv = (name: string) => readFileSync(join(distDir, `csv/${name}.csv`));

interface Fixture {
  readonly name: string;
  readonly format: InputFormat;
  readonly bytes: Uint8Array;
  readonly schema?: SchemaName;
  readonly table?: string;
  /** Good input that chunking used to break (all other fixtures are bad). */
  readonly valid?: true;
}

const fixtures: Fixture[] = [
  { name: 'NDJSON, UTF-16 with a BOM', format: 'ndjson', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good, 'utf16le')]) },
  { name: 'NDJSON, a UTF-8 BOM and CRLF', format: 'ndjson', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(good.replace('\n', '\r\n') + good.replace('\n', '\r\n'))]) },
  { name: 'NDJSON, Latin-1 among good lines', format: 'ndjson', bytes: Buffer.concat([utf8(good), Buffer.from(line({ ...meetings[0], name: 'Café' }), 'latin1'), utf8(good)]) },
  { name: 'NDJSON, NUL bytes after good lines', format: 'ndjson', bytes: Buffer.concat([utf8(good.repeat(3)), Buffer.alloc(100), utf8(good)]) },
  { name: 'NDJSON, binary garbage', format: 'ndjson', bytes: Uint8Array.from({ length: 5000 }, (_, index) => (index * 7919) % 256) },
  {
    name: 'NDJSON, every kind of bad line',
    format: 'ndjson',
    bytes: utf8(
      [good, '{"a":1,"a" :2}\n', 'not json\n', '[[[[[[[[[[\n', `${'['.repeat(70)}${']'.repeat(70)}\n`, '\n  \n', line({ ...meetings[0], kind: 'summit', name: '中文 é' }), good, '{"id":'].join(''),
    ),
  },
  { name: 'NDJSON, organizations referring forward and to nothing', format: 'ndjson', schema: 'organization', bytes: utf8([{ ...organization, id: 'a', parentId: 'b' }, { ...organization, id: 'b', parentId: 'zz' }, { ...organization, id: 'a' }].map(line).join('')) },
  { name: 'JSON array, broken half way', format: 'json', schema: 'meetings', bytes: utf8(`[${JSON.stringify(meetings[0])},${JSON.stringify({ ...meetings[1], endDate: '1999-01-01' })},{"x":1}}]`) },
  { name: 'JSON, UTF-16', format: 'json', bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('{}', 'utf16le')]) },
  { name: 'JSON, NUL after the document started', format: 'json', schema: 'meetings', bytes: Buffer.concat([utf8(`[${JSON.stringify(meetings[0])},`), Buffer.alloc(5000), utf8(']')]) },
  { name: 'CSV, Excel (BOM, CRLF): valid', format: 'csv', table: 'meeting_remarks', valid: true, bytes: readFileSync(join(distDir, 'csv/excel/meeting_remarks.csv')) },
  { name: 'CSV, UTF-16', format: 'csv', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,name\r\n', 'utf16le')]) },
  { name: 'CSV, a bad byte half way', format: 'csv', bytes: Buffer.concat([csv('people').subarray(0, 200), Buffer.from([0xff]), csv('people').subarray(200)]) },
  { name: 'CSV, a quote never closed', format: 'csv', bytes: Buffer.concat([csv('organizations'), utf8('x,"never closed\n')]) },
  { name: 'CSV, ragged rows and a duplicate key', format: 'csv', table: 'organizations', bytes: Buffer.concat([csv('organizations'), utf8('a,b\n'), csv('organizations').subarray(csv('organizations').indexOf(10) + 1)]) },
];

const options = (fixture: Fixture) => ({
  format: fixture.format,
  ...(fixture.schema === undefined ? {} : { schema: fixture.schema }),
  ...(fixture.table === undefined ? {} : { table: fixture.table }),
});

describe('validateChunks, however the bytes are cut', () => {
  it.each(fixtures)('$name', async (fixture) => {
    const whole = await validateChunks(cutAt(fixture.bytes, []), options(fixture));
    // A bad fixture's report says so; that report is what every cut must give.
    expect(whole.valid).toBe(fixture.valid === true);
    const oneByte = await validateChunks(cutAt(fixture.bytes, Array.from({ length: fixture.bytes.length }, (_, index) => index)), options(fixture));
    expect(oneByte).toEqual(whole);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: fixture.bytes.length }), { maxLength: 12 }), async (cuts) => {
        expect(await validateChunks(cutAt(fixture.bytes, cuts), options(fixture))).toEqual(whole);
      }),
      { numRuns: runs(25) },
    );
  });
});
