/**
 * The validator library (as built in dist/) on every class of bad input: each gets a clear issue
 * with a stable code and a place, nothing throws, and good records around a bad one still count.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, tables, validateFile, validateFiles, validateRecord, validateRecords } from 'china-st-meetings/validate';
import { datasetRegistry, limits, TEXT_FAULT } from '../schema/index.ts';
import { patternMessages } from '../scripts/compiler/pattern-messages.ts';
import { buildJsonSchemas } from '../scripts/compiler/json-schema.ts';
import { toCsv } from '../scripts/compiler/csv.ts';
import { recordsToRows } from '../scripts/compiler/rows.ts';
import { deriveAllTables } from '../scripts/compiler/tables.ts';
import { clone, distDir, readDistJson, sampleMeeting, sampleMeetings, sampleRecords, stress } from './helpers.ts';

// Full, valid, fictional meetings that refer to no other meeting (test/helpers.ts): the published
// data is tested end to end in 'the published datasets pass together' alone.
const meetings = sampleMeetings();
const [meeting] = meetings as [Record<string, any>];
const jsonSchemas = buildJsonSchemas();
const meetingTables = deriveAllTables(jsonSchemas).filter((table) => table.recordKind === 'meeting');
/** Meetings as one of the package's CSV tables, made as the build makes them. */
const csvOf = (tableName: string, records: readonly Record<string, any>[]) => {
  const table = meetingTables.find((candidate) => candidate.name === tableName);
  if (table === undefined) throw new Error(`no table ${tableName}`);
  return toCsv(table, recordsToRows(meetingTables, records).get(tableName) ?? []);
};
const line = (value: unknown) => JSON.stringify(value);

const dir = mkdtempSync(join(tmpdir(), 'validate-'));
let count = 0;
/** Writes a file under its own name (names choose schemas and tables) in a folder of its own. */
const file = (name: string, content: string | Uint8Array) => {
  count += 1;
  mkdirSync(join(dir, String(count)));
  const path = join(dir, String(count), name);
  writeFileSync(path, content);
  return path;
};

const codes = (report: { errors: readonly { code: string }[] }) => report.errors.map((error) => error.code);

describe('valid input', () => {
  it('a JSON array, NDJSON and a single JSON object all pass', async () => {
    for (const path of [
      file('meetings.json', JSON.stringify(meetings)),
      file('meetings.ndjson', meetings.map(line).join('\n')),
      file('one.json', line(meeting)),
    ]) {
      const report = await validateFile(path);
      expect(report.errors).toEqual([]);
      expect(report.valid).toBe(true);
    }
  });

  it('the published datasets pass together, every dataset, as JSON, as NDJSON and as CSV tables', async () => {
    const datasets = datasetRegistry.map(({ dataset }) => ({ dataset, records: readDistJson(`json/${dataset}.json`) as unknown[] }));
    const records = datasets.reduce((count, { records }) => count + records.length, 0);
    const csvDir = join(distDir, 'csv');
    const csv = readdirSync(csvDir).filter((name) => name.endsWith('.csv')).map((name) => join(csvDir, name));
    const rows = csv.reduce((count, path) => count + readFileSync(path, 'utf8').split('\r\n').filter((row) => row !== '').length - 1, 0);
    // validateFiles reads them in dependency order, so that every reference is checked: nothing is left to a note.
    for (const [files, count] of [
      [datasets.map(({ dataset }) => join(distDir, 'json', `${dataset}.json`)), records],
      [datasets.map(({ dataset, records }) => file(`${dataset}.ndjson`, records.map(line).join('\n'))), records],
      [csv, rows],
    ] as const) {
      const report = await validateFiles(files);
      expect(report.errors).toEqual([]);
      expect(report.notes).toEqual([]);
      expect(report).toMatchObject({ valid: true, records: count });
    }
  });

  it('counts lines that are no object the same once the issue list is full (they are not parsed then)', async () => {
    const lines = [line(meetings[0]), 'x', '[1]', ' "text"', '{"id": 1', '  \t{"bad": true}', line(meetings[1]), 'nul', '7'];
    const content = `${Array.from({ length: 50 }, () => lines.join('\n')).join('\n')}\n`;
    const all = await validateFile(file('many.ndjson', content), { maxErrors: 10_000 });
    const capped = await validateFile(file('many-capped.ndjson', content), { maxErrors: 1 });
    expect(all.errorsCapped).toBe(false);
    expect(capped).toMatchObject({ errorsCapped: true, records: all.records, validRecords: all.validRecords, invalidRecords: all.invalidRecords, valid: false });
    const where = (errors: typeof all.errors) => errors.map(({ line, column, code, message }) => ({ line, column, code, message }));
    expect(where(capped.errors)).toEqual(where(all.errors.slice(0, 1)));
  });

  it('accepts a UTF-8 byte order mark', async () => {
    const report = await validateFile(file('bom.ndjson', `\uFEFF${meetings.map(line).join('\n')}\n`));
    expect(report).toMatchObject({ valid: true, records: meetings.length });
  });

  it('skips blank lines and accepts CRLF line ends and a last line without a line end', async () => {
    const report = await validateFile(file('crlf.ndjson', `${line(meetings[0])}\r\n\r\n  \r\n${line(meetings[1])}`));
    expect(report).toMatchObject({ valid: true, records: 2 });
  });

  it('checks references against the files given before', async () => {
    const broken = clone(sampleMeeting('participants', 'remarks'));
    broken.remarks = [{ number: 1, speakerId: 'li-keqiang', speakerBasis: 'source', reportedAs: 'noted', text: 'Something.' }];
    // Each file is named after its schema: people.json, then meetings.ndjson. The meeting's other people are there.
    const report = await validateFiles([file('people.json', JSON.stringify(sampleRecords('people'))), file('meetings.ndjson', line(broken))]);
    expect(report.errors.map((error) => [error.code, error.pointer])).toEqual([['unresolved-reference', '/remarks/0/speakerId']]);
  });
});

describe('bad records among good ones', () => {
  it('reports a bad NDJSON line with its line number and keeps validating the rest', async () => {
    const bad = { ...meeting, endDate: '2020-13-01' };
    const report = await validateFile(file('mixed.ndjson', [line(meetings[0]), line(bad), 'not json', line(meetings[1])].join('\n')));
    expect(report).toMatchObject({ valid: false, records: 4, validRecords: 2, invalidRecords: 2 });
    expect(report.errors.map((error) => [error.line, error.pointer, error.code])).toEqual([
      [2, '/endDate', 'bad-format'],
      [3, '', 'malformed-json'],
    ]);
  });

  it('points into a JSON array with the element index and its line', async () => {
    const report = await validateFile(file('array.json', JSON.stringify([meetings[0], { ...meeting, attendanceMode: 'hybrid' }], null, 2)));
    const [error] = report.errors;
    expect(error).toMatchObject({ pointer: '/1/attendanceMode', code: 'not-allowed-value', record: 1 });
    expect(error?.line).toBeGreaterThan(50);
  });

  it('checks the rules JSON Schema cannot express: duplicate ids, date order, numbering', async () => {
    const late = { ...clone(meeting), id: 'other', startDate: '2020-02-01', endDate: '2020-01-01' };
    const gap = clone(sampleMeeting('workReport'));
    gap['id'] = 'with-a-gap';
    gap['workReport'].priorities[2].number = 7;
    const report = await validateFile(file('rules.ndjson', [line(meetings[0]), line(meetings[0]), line(late), line(gap)].join('\n')));
    expect(report.errors.map((error) => [error.line, error.code, error.pointer])).toEqual([
      [2, 'duplicate-id', '/id'],
      [3, 'date-order', '/endDate'],
      [4, 'numbering', '/workReport/priorities/2/number'],
    ]);
  });
});

describe('malformed input', () => {
  const cases: [string, string, string | Uint8Array, string, RegExp][] = [
    ['an empty JSON file', 'empty.json', '', 'empty-input', /empty/],
    ['an empty NDJSON file', 'empty.ndjson', '', 'empty-input', /empty/],
    ['an NDJSON file of blank lines', 'blank.ndjson', '\n \n\n', 'empty-input', /no records/],
    ['malformed JSON', 'bad.json', '{"id": "x",, }', 'malformed-json', /malformed JSON/],
    ['a truncated last NDJSON line', 'cut.ndjson', `${line(meeting)}\n${line(meeting).slice(0, 100)}`, 'truncated', /last line breaks off/],
    ['a truncated JSON array', 'cut.json', `[${line(meeting)},${line(meeting).slice(0, 50)}`, 'truncated', /ends inside the array/],
    ['a trailing comma in an array', 'comma.json', `[${line(meeting)},]`, 'malformed-json', /comma before the closing bracket/],
    ['data after the JSON value', 'after.json', `${line(meeting)} {}`, 'malformed-json', /more data after/],
    ['a JSON file that is not an object or array', 'text.json', 'hello', 'malformed-json', /must hold an object/],
    ['UTF-16 text', 'utf16.ndjson', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(line(meeting), 'utf16le')]), 'unsupported-encoding', /UTF-16/],
    ['Latin-1 text', 'latin1.ndjson', Buffer.from(line({ ...meeting, name: 'Café Conférence' }), 'latin1'), 'invalid-utf8', /not valid UTF-8.*Latin-1/],
    ['binary garbage', 'garbage.ndjson', Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256), 'binary-input', /binary/],
    ['duplicate keys', 'dup.ndjson', `{"id": "a", "id": "b", ${line(meeting).slice(1)}`, 'duplicate-json-key', /key "id" appears twice/],
    ['deep nesting', 'deep.ndjson', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'too-deep', /nested deeper/],
    ['a deeply nested array element', 'deep.json', `[${'['.repeat(100_000)}${']'.repeat(100_000)}]`, 'too-deep', /nested deeper/],
  ];
  it.each(cases)('%s: a clear issue, no exception', async (_label, name, content, code, message) => {
    const report = await validateFile(file(name, content));
    expect(report.valid).toBe(false);
    expect(codes(report)).toContain(code);
    expect(report.errors.find((error) => error.code === code)?.message).toMatch(message);
  });

  it('gives malformed JSON a line and a column', async () => {
    const report = await validateFile(file('pos.ndjson', `${line(meeting)}\n{"id": "x" "name": 1}\n`));
    expect(report.errors).toEqual([expect.objectContaining({ line: 2, column: 12, code: 'malformed-json' })]);
  });

  it('reports __proto__ and constructor keys as unknown fields and leaves Object.prototype alone', async () => {
    const text = `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, ${line(meeting).slice(1)}`;
    const report = await validateFile(file('proto.ndjson', text));
    expect(report.errors.map((error) => [error.pointer, error.code])).toEqual([
      ['/__proto__', 'unknown-field'],
      ['/constructor', 'unknown-field'],
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('rejects a huge string by its length bound', async () => {
    const report = await validateFile(file('huge.ndjson', line({ ...meeting, name: 'x'.repeat(5_000_000) })));
    expect(report.errors).toEqual([expect.objectContaining({ pointer: '/name', code: 'out-of-range', message: `must be at most ${limits.name.max} characters long` })]);
  });

  // 65 MiB written and read from disk: test:stress (validate-hostile's tests cut such lines in memory).
  it.runIf(stress)('skips a line longer than any valid record (64 MiB) in bounded memory, and reads on', async () => {
    const path = join(dir, 'long.ndjson');
    const long = Buffer.alloc(65 * 1024 * 1024, 0x61);
    writeFileSync(path, Buffer.concat([Buffer.from(`${line(meeting)}\n"`), long, Buffer.from(`"\n${line(meetings[1])}\n`)]));
    const report = await validateFile(path);
    expect(report).toMatchObject({ records: 3, validRecords: 2, invalidRecords: 1 });
    expect(report.errors).toEqual([expect.objectContaining({ line: 2, code: 'too-large' })]);
  });
});

describe('files that cannot be read', () => {
  it('a missing file is an InputError that names it', async () => {
    await expect(validateFile(join(dir, 'nope.json'))).rejects.toThrow(new InputError(`${join(dir, 'nope.json')}: no such file`));
  });

  it('a directory is an InputError', async () => {
    const folder = join(dir, 'folder.json');
    mkdirSync(folder);
    await expect(validateFile(folder)).rejects.toThrow(/is a directory/);
  });

  it('an unknown extension asks for --format', async () => {
    await expect(validateFile(file('data.txt', '{}'))).rejects.toThrow(/pass --format json, ndjson or csv/);
  });
});

describe('CSV', () => {
  const header = 'meeting_id,number,text';
  const csvCases: [string, string, string, RegExp][] = [
    ['a ragged row', `${header}\r\nm,1,Text.\r\nm,2\r\n`, 'csv-ragged-row', /has 2 fields but the header has 3/],
    ['an unclosed quote', `${header}\r\nm,1,"Text.\r\n`, 'truncated', /quoted field is never closed/],
    ['a header of no table', 'a,b,c\r\n1,2,3\r\n', 'csv-unknown-table', /matches no table/],
    ['a wrong type', `${header}\r\nm,one,Text.\r\n`, 'wrong-type', /must be integer/],
    ['a duplicate key', `${header}\r\nm,1,Text.\r\nm,1,Other.\r\n`, 'duplicate-key', /meeting_id=m, number=1 is already used at line 2/],
    ['an empty required cell', `${header}\r\nm,1,\r\n`, 'missing-field', /missing required field "text"/],
  ];
  it.each(csvCases)('%s', async (label, content, code, message) => {
    // A file named after a table is that table; the header alone must match otherwise.
    const report = await validateFile(file(label === 'a header of no table' ? 'data.csv' : 'meeting_work_report_priorities.csv', content));
    expect(report.valid).toBe(false);
    expect(report.errors.find((error) => error.code === code)?.message).toMatch(message);
  });

  it('reports the line a row starts on, after quoted fields that span lines (CRLF or LF)', async () => {
    for (const end of ['\r\n', '\n']) {
      const content = ['id,name', 'foo,"a', 'b"', 'BAD1,x', '', 'BAD2,y', ''].join(end);
      const report = await validateFile(file('people.csv', content));
      expect(report.errors.map((error) => [error.line, error.pointer])).toEqual([
        [2, '/name'],
        [4, '/id'],
        [6, '/id'],
      ]);
    }
  });

  it('says what is wrong with a header: another separator, a repeated column, UTF-16', async () => {
    expect((await validateFile(file('people.csv', 'id;name\r\na;b\r\n'))).errors[0]?.message).toMatch(/separated by semicolons.*save the file as comma-separated/);
    expect((await validateFile(file('people.csv', 'id,name,id\r\na,b,c\r\n'))).errors[0]).toMatchObject({ code: 'csv-duplicate-column' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,name\r\n', 'utf16le')]);
    expect((await validateFile(file('people.csv', utf16))).errors[0]).toMatchObject({ code: 'unsupported-encoding' });
  });

  it('notes an optional id column it could not check even when its first cells are empty', async () => {
    // Each meeting's groups before its people: the first rows leave person_id empty.
    const groupsFirst = meetings.map((record) => ({ ...record, participants: record['participants']?.toSorted((a: any, b: any) => Number(a.kind === 'person') - Number(b.kind === 'person')) }));
    const participants = csvOf('meeting_participants', groupsFirst);
    expect(participants.split('\r\n')[1]).toMatch(/^[^,]+,1,group,/u);
    const report = await validateFile(file('meeting_participants.csv', participants));
    expect(report.notes).toContain('Ids in meeting_participants.person_id were not checked: give people.csv before meeting_participants.csv to check them.');
  });

  it('an unknown column is reported on the header, with its column number', async () => {
    const report = await validateFile(file('meeting_work_report_priorities.csv', `${header},extra\r\nm,1,Text.,x\r\n`));
    expect(report.errors).toEqual([expect.objectContaining({ line: 1, column: 4, code: 'csv-unknown-column' })]);
  });

  it('numbered rows count 1..n within each parent, as the lists of a record do', async () => {
    const rows = ['a,1,One.', 'a,3,Three.', 'b,1,One.', 'a,4,Four.', 'b,3,Three.'];
    const report = await validateFile(file('meeting_work_report_priorities.csv', `${header}\r\n${rows.join('\r\n')}\r\n`));
    expect(report.errors.map((error) => [error.line, error.code, error.message])).toEqual([
      [3, 'numbering', 'is 3 but must be 2: number the items 1..n in order, without gaps'],
      [6, 'numbering', 'is 3 but must be 2: number the items 1..n in order, without gaps'],
    ]);
  });

  it('rows whose parent is missing are reported when the parent table comes first', async () => {
    const parent = file('meetings.csv', csvOf('meetings', meetings));
    const priorities = csvOf('meeting_work_report_priorities', meetings);
    const child = file('meeting_work_report_priorities.csv', `${priorities}nowhere,1,Text.\r\n`);
    const report = await validateFiles([parent, child]);
    expect(report.errors).toEqual([expect.objectContaining({ code: 'csv-orphan-row', line: priorities.split('\r\n').length, column: 1 })]);
  });

  it('accepts a BOM, as Excel writes it, and rejects invalid UTF-8', async () => {
    expect((await validateFile(file('meeting_work_report_priorities.csv', `\uFEFF${header}\r\nm,1,Text.\r\n`))).valid).toBe(true);
    const latin1 = Buffer.concat([Buffer.from(`${header}\r\nm,1,`), Buffer.from('Caf\u00e9.\r\n', 'latin1')]);
    expect(codes(await validateFile(file('meeting_work_report_priorities.csv', latin1)))).toEqual(['invalid-utf8']);
  });

  it('reads characters that the ends of pieces cut in two (the reader hands the parser 64 KiB at a time)', async () => {
    // Rows of 3-byte and 4-byte characters: whatever their start, some fall across a piece's end.
    for (const padding of ['', 'x', 'xx', 'xxx']) {
      const rows = Array.from({ length: 3000 }, (_, index) => `m${padding},${index + 1},Text ${'’'.repeat(20)} ${'𠀀'.repeat(5)}.`);
      const report = await validateFile(file('meeting_work_report_priorities.csv', `${header}\r\n${rows.join('\r\n')}\r\n`));
      expect(report.files[0]?.bytes).toBeGreaterThan(3 * 64 * 1024);
      expect(report).toMatchObject({ valid: true, records: 3000 });
    }
    // A bad byte far into the file is still found.
    const rows = Array.from({ length: 3000 }, (_, index) => `m,${index + 1},Text ${'’'.repeat(20)}.`);
    const bad = Buffer.concat([Buffer.from(`${header}\r\n${rows.join('\r\n')}\r\nm,3001,`), Buffer.from([0xe2, 0x80]), Buffer.from('.\r\n')]);
    expect(codes(await validateFile(file('meeting_work_report_priorities.csv', bad)))).toEqual(['invalid-utf8']);
  });
});

describe('records in memory', () => {
  it('validateRecord: a record, or an array for a dataset schema', () => {
    expect(validateRecord(meeting)).toEqual({ valid: true, errors: [] });
    expect(validateRecord(meetings, { schema: 'meetings' })).toEqual({ valid: true, errors: [] });
    expect(validateRecord(meeting, { schema: 'meetings' }).errors[0]).toMatchObject({ code: 'wrong-type' });
    expect(validateRecord(null).errors[0]).toMatchObject({ code: 'wrong-type', message: 'must be object, not null' });
  });

  it('validateRecords: any iterable, with issues per record and the error cap', async () => {
    async function* generate() {
      for (let index = 0; index < 50; index += 1) yield { ...meeting, id: `m-${index}`, attendanceMode: 'hybrid' };
    }
    const report = await validateRecords(generate(), { maxErrors: 5 });
    expect(report).toMatchObject({ valid: false, records: 50, validRecords: 0, invalidRecords: 50, errorsCapped: true });
    expect(report.errors).toHaveLength(5);
  });

  it('an unknown schema is an InputError', () => {
    expect(() => validateRecord(meeting, { schema: 'meetingz' as never })).toThrow(InputError);
  });
});

describe('a value that breaks a pattern', () => {
  /** Every pattern of the published JSON Schemas. */
  const patterns = new Set<string>();
  const collect = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    const { pattern } = value as { pattern?: unknown };
    if (typeof pattern === 'string') patterns.add(pattern);
    Object.values(value).forEach(collect);
  };
  for (const name of readdirSync(`${distDir}schema`)) collect(readDistJson(`schema/${name}`));

  it('is told what the pattern asks for in words, for every pattern of the schemas', () => {
    expect(patterns.size).toBeGreaterThan(8);
    const messages = patternMessages(buildJsonSchemas());
    expect(Object.keys(messages).sort()).toEqual([...patterns].sort());
    for (const pattern of patterns) expect(messages[pattern], pattern).not.toMatch(/^must match the pattern/u);
    // A pattern with no message of its own is named as it is: the check above can fail.
    expect(patternMessages(new Map([['x', { pattern: '^x+$' }]]))).toEqual({ '^x+$': 'must match the pattern ^x+$' });
  });

  it('a line break in a one-line text says so, not the pattern', () => {
    const report = validateRecord({ ...clone(meeting), dateText: 'on 9\nJanuary' });
    expect(report.errors.map((error) => error.message)).toContain(`"on 9\\nJanuary" ${TEXT_FAULT.message}`);
  });
});

describe('what every format and validator must agree on (issue 20)', () => {
  it('refuses a lone surrogate from a JSON escape, in a value or a key, and keeps a pair', async () => {
    const withCity = (city: string) => line({ ...meeting, place: { ...meeting['place'], city: 'CITY' } }).replace('"CITY"', `"${city}"`);
    const report = await validateFile(file('lone.ndjson', `${withCity('Beijing\\uD800')}\n${withCity('Beijing\\uD83D\\uDE00')}\n${line(meeting).replace('"id":', '"\\uDC00x":1,"id":')}\n`));
    expect(report.errors.map(({ line: at, pointer, code }) => ({ line: at, pointer, code }))).toEqual([
      { line: 1, pointer: '/place/city', code: 'lone-surrogate' },
      { line: 3, pointer: '/\uDC00x', code: 'lone-surrogate' },
    ]);
    expect(report.errors[0]?.message).toBe('"Beijing\\uD800" holds half of a surrogate pair, which is no character (a JSON \\uD800 escape without its pair): write the character itself, or remove the escape');
    expect(report.validRecords).toBe(1);
    const array = await validateFile(file('lone.json', `[${withCity('x\\udfff')}]`));
    expect(array.errors.map((error) => [error.pointer, error.code])).toEqual([['/0/place/city', 'lone-surrogate']]);
  });

  it('refuses a lone surrogate in a record given in memory', () => {
    const { errors } = validateRecord({ ...meeting, place: { ...meeting['place'], city: 'Beijing\uD800' } });
    expect(errors.map((error) => [error.pointer, error.code])).toEqual([['/place/city', 'lone-surrogate']]);
    expect(validateRecord({ ...meeting, place: { ...meeting['place'], city: 'Beijing\uD83D\uDE00' } }).valid).toBe(true);
  });

  it('accepts XK (Kosovo) as a country, and still refuses an unassigned code', () => {
    expect(validateRecord({ ...meeting, place: { ...meeting['place'], countryCode: 'XK' } }).valid).toBe(true);
    expect(validateRecord({ ...meeting, place: { ...meeting['place'], countryCode: 'XZ' } }).errors.map((error) => error.code)).toEqual(['unknown-country']);
  });

  it('counts the child rows of each parent row against its list’s bounds when both tables are given, and says when the child table is not', async () => {
    // A work report's priorities (a list its object requires, minItems 1): two meetings with a work report, one without.
    const table = 'meeting_work_report_priorities';
    const max = tables().find((candidate) => candidate.name === table)?.maxItems ?? 0;
    const [first, second] = ['report-a', 'report-b'];
    const parents = [{ ...sampleMeeting('workReport'), id: first }, { ...sampleMeeting('workReport'), id: second }, meetings.find((record) => record['workReport'] === undefined) as Record<string, any>];
    const [header = '', ...rows] = csvOf(table, parents).split('\r\n').filter((row) => row !== '');
    const ofSecond = (row: string) => row.startsWith(`${second},`);
    const meetingsCsv = file('meetings.csv', csvOf('meetings', parents));
    const prioritiesOf = (kept: string[]) => file(`${table}.csv`, `${[header, ...kept].join('\r\n')}\r\n`);
    expect(await validateFiles([meetingsCsv, prioritiesOf(rows)])).toMatchObject({ valid: true });
    // The meeting without a work report needs no rows; the second, with one, needs one at least.
    const missing = await validateFiles([meetingsCsv, prioritiesOf(rows.filter((row) => !ofSecond(row)))]);
    expect(missing.errors).toEqual([
      expect.objectContaining({ code: 'out-of-range', message: `the meetings row with the key ${second} (line 3) has 0 rows in ${table}; it must have 1 to ${max}, since it fills one of work_report_delivered_by_id, work_report_introduction` }),
    ]);
    expect(missing.valid).toBe(false);
    const many = Array.from({ length: max + 1 }, (_, index) => `${first},${index + 1},Priority ${index + 1}.`);
    const over = await validateFiles([meetingsCsv, prioritiesOf([...many, ...rows.filter(ofSecond)])]);
    expect(over.errors.map((error) => error.message)).toEqual([expect.stringContaining(`has ${max + 1} rows in ${table}`)]);
    const alone = await validateFiles([meetingsCsv]);
    expect(alone.notes).toContain(`The rows of ${table} of each meetings row that fills one of work_report_delivered_by_id, work_report_introduction were not counted (each needs at least 1): give ${table}.csv after meetings.csv to check them.`);
    // Without a work report, no row needs one: nothing to note.
    const noReports = file('meetings.csv', csvOf('meetings', parents.slice(2)));
    expect((await validateFiles([noReports])).notes.filter((note) => note.includes(table))).toEqual([]);
    // Meetings read as JSON hold their priorities themselves: nothing to count, nothing to note.
    const meetingsJson = file('meetings.json', JSON.stringify(parents));
    expect((await validateFiles([meetingsJson])).notes.filter((note) => note.includes(table))).toEqual([]);
    expect(await validateFiles([meetingsJson, prioritiesOf(rows.filter((row) => !ofSecond(row)))])).toMatchObject({ valid: true });
  });

  describe('a CSV row is held to what its record is held to', () => {
    type Meeting = Record<string, any>;
    /** The records' ids that a mention may name, one per kind of record. */
    const mentionIds = ['personId', 'organizationId', 'mentionedMeetingId', 'documentId', 'seriesId'];
    const firstMention = (meeting: Meeting) => meeting['mentions'][0];
    const sourceOrganizer = (meeting: Meeting) => meeting['organizers']?.find((organizer: Meeting) => organizer['basis'] === 'source');
    const group = (meeting: Meeting) => meeting['participants']?.find((participant: Meeting) => participant['kind'] === 'group');
    // The break, the meeting it needs, the table it is in, the error's code and the cell it is on.
    const cases: [string, (meeting: Meeting) => unknown, (meeting: Meeting) => void, string, string, string][] = [
      ['a mention that names no record', (meeting) => meeting['mentions'], (meeting) => mentionIds.forEach((key) => delete firstMention(meeting)[key]), 'meeting_mentions', 'missing-field', '/document_id'],
      ['a mention that names two records', (meeting) => meeting['mentions'], (meeting) => Object.assign(firstMention(meeting), { seriesId: 'fictional-other' }), 'meeting_mentions', 'unknown-field', '/series_id'],
      ['an edition of a series without its evidence', (meeting) => meeting['series'], (meeting) => delete meeting['series'].evidence, 'meetings', 'missing-field', '/series_evidence'],
      ['a range of pages without its end', (meeting) => meeting['source'].locator?.pageEnd, (meeting) => delete meeting['source'].locator.pageEnd, 'meetings', 'missing-field', '/source_locator_page_end'],
      ['an organizer the source names, with a rationale', sourceOrganizer, (meeting) => Object.assign(sourceOrganizer(meeting), { rationale: 'Also this.' }), 'meeting_organizers', 'unknown-field', '/rationale'],
      ['a group of participants with a title', group, (meeting) => Object.assign(group(meeting), { titleAsPrinted: 'Chair' }), 'meeting_participants', 'unknown-field', '/title_as_printed'],
    ];
    it.each(cases)('%s: as JSON and as CSV, the same error', async (_name, has, breakIt, table, code, cell) => {
      const record = clone(meetings.find((candidate) => has(candidate) !== undefined) as Meeting);
      breakIt(record);
      const json = validateRecord(record);
      const files = [file('meetings.csv', csvOf('meetings', [record])), ...(table === 'meetings' ? [] : [file(`${table}.csv`, csvOf(table, [record]))])];
      const csv = await validateFiles(files);
      expect(json.errors.map((error) => error.code)).toEqual([code]);
      expect(csv.errors.map(({ pointer, code }) => [pointer, code])).toEqual([[cell, code]]);
      if (code === 'unknown-field') expect(csv.errors[0]?.message).toBe('must be empty: a row of this kind has no such field');
    });
  });
});
