/**
 * The streaming CSV parser (src/validate/csv-parser.ts) against csv-parse 7 with the validator's
 * options: on generated CSV-ish text, cut into chunks anywhere (down to one byte), it must give the
 * same records, the record start lines the validator computes from csv-parse's records, and the
 * same verdict (the same error code, after the same records).
 */
import { parse } from 'csv-parse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordParser, detachString, type CsvSyntaxError } from '../src/validate/csv-parser.ts';
import { runs } from './helpers.ts';

interface Outcome {
  records: string[][];
  lines: number[];
  error?: { code: string; line: number };
}

/** csv-parse as csv.ts drives it (the same options, the same chunks), with csv.ts's line count. */
const csvParse = (chunks: readonly Uint8Array[], maxRecordSize = 64 * 1024 * 1024): Promise<Outcome> =>
  new Promise((resolve) => {
    const parser = parse({ relax_column_count: true, max_record_size: maxRecordSize });
    const records: string[][] = [];
    const lines: number[] = [];
    let nextLine = 1;
    parser.on('data', (record: string[]) => {
      records.push(record);
      lines.push(nextLine);
      nextLine += 1;
      for (const field of record) nextLine += field.split('\n').length - 1;
    });
    parser.on('error', (error: Error & { code: string; lines: number }) => resolve({ records, lines, error: { code: error.code, line: error.lines } }));
    parser.on('end', () => resolve({ records, lines }));
    for (const chunk of chunks) parser.write(Buffer.from(chunk));
    parser.end();
  });

const ours = (chunks: readonly (Uint8Array | string)[], maxRecordSize = 64 * 1024 * 1024): Outcome => {
  const records: string[][] = [];
  const lines: number[] = [];
  const parser = new CsvRecordParser(
    (record, line) => {
      records.push(record);
      lines.push(line);
    },
    maxRecordSize,
  );
  // Bytes are decoded as csv.ts's browser path decodes them (a streaming decoder keeps a character cut between chunks).
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  for (const chunk of chunks) if (parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })) !== undefined) break;
  const rest = decoder.decode();
  const error = parser.write(rest) ?? parser.end();
  return { records, lines, ...(error === undefined ? {} : { error: { code: error.code, line: error.line } }) };
};

/** `bytes` cut at the given offsets (sorted, deduplicated, within the input). */
const cut = <T extends Uint8Array | string>(whole: T, offsets: readonly number[]): T[] => {
  const at = [...new Set(offsets.map((offset) => offset % (whole.length + 1)))].sort((a, b) => a - b);
  const pieces: T[] = [];
  let start = 0;
  for (const end of [...at, whole.length]) {
    pieces.push(whole.slice(start, end) as T);
    start = end;
  }
  return pieces;
};

const encode = (text: string) => new TextEncoder().encode(text);

/** Text made of the characters that matter to CSV, and text that does not (incl. 2-, 3- and 4-byte UTF-8). */
const soup = (tokens: readonly string[], maxLength = 40) => fc.array(fc.constantFrom(...tokens), { maxLength }).map((parts) => parts.join(''));
const ALL_TOKENS = [',', '"', '""', '\r', '\n', '\r\n', 'a', 'bc', ' ', 'é', '中文', '😀', '\uFEFF'];

/** Well-formed CSV (the common case, where most records are accepted) with one record delimiter. */
const wellFormed = fc
  .tuple(
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.array(fc.array(fc.oneof(soup(['a', 'bc', ' ', 'é', '中文', '😀'], 6), soup(ALL_TOKENS, 8).map((text) => `"${text.replaceAll('"', '""')}"`)), { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
    fc.boolean(),
  )
  .map(([end, rows, trailing]) => rows.map((row) => row.join(',')).join(end) + (trailing ? end : ''));

/** Well-formed CSV with one random change: most are errors of some kind. */
const damaged = fc.tuple(wellFormed, fc.nat(), fc.constantFrom('"', ',', '\r', '\n', 'x', '""', '"x')).map(([text, at, token]) => {
  const place = at % (text.length + 1);
  return text.slice(0, place) + token + text.slice(place);
});

const anyCsv = fc.oneof(soup(ALL_TOKENS), wellFormed, damaged);
const offsets = fc.array(fc.nat({ max: 400 }), { maxLength: 12 });

const compare = async (text: string, byteOffsets: readonly number[]) => {
  const bytes = encode(text);
  const expected = await csvParse(cut(bytes, byteOffsets));
  // Bytes, cut anywhere (inside a character too): the validator's Node path.
  const got = ours(cut(bytes, byteOffsets));
  expect(got.records).toEqual(expected.records);
  expect(got.lines).toEqual(expected.lines);
  expect(got.error?.code).toEqual(expected.error?.code);
  // csv-parse counts a CR as a line and a quoted CRLF as two: where there is none, the lines agree.
  if (expected.error !== undefined && expected.error.code !== 'CSV_QUOTE_NOT_CLOSED' && !text.includes('\r')) {
    expect(got.error?.line).toBe(expected.error.line);
  }
  return { expected, got };
};

describe('the CSV parser gives what csv-parse gives', () => {
  it('on generated CSV-ish text, cut into chunks anywhere', async () => {
    await fc.assert(fc.asyncProperty(anyCsv, offsets, async (text, byteOffsets) => void (await compare(text, byteOffsets))), { numRuns: runs(3000) });
  });

  it('on text given as strings cut anywhere (the browser path), including inside a surrogate pair', async () => {
    await fc.assert(
      fc.asyncProperty(anyCsv, offsets, async (generated, stringOffsets) => {
        // Text decoded from bytes has no lone surrogate (the generator's changes may cut a pair).
        const text = new TextDecoder().decode(encode(generated));
        const expected = await csvParse([encode(text)]);
        const got = ours(cut(text, stringOffsets));
        expect(got.records).toEqual(expected.records);
        expect(got.lines).toEqual(expected.lines);
        expect(got.error?.code).toEqual(expected.error?.code);
      }),
      { numRuns: runs(2000) },
    );
  });

  it('given one byte at a time', async () => {
    await fc.assert(
      fc.asyncProperty(anyCsv, async (text) => {
        const bytes = encode(text);
        const expected = await csvParse([bytes]);
        const got = ours(Array.from(bytes, (byte) => Uint8Array.of(byte)));
        expect(got).toEqual({ ...expected, ...(expected.error === undefined ? {} : { error: got.error }) });
        expect(got.error?.code).toEqual(expected.error?.code);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('on the record size limit (ASCII, where csv-parse counts bytes and this parser UTF-16 units alike)', async () => {
    const ascii = fc.oneof(soup([',', '"', '""', '\r\n', '\n', 'a', 'bcdefg', ' ']), wellFormed.filter((text) => /^[\x00-\x7f]*$/u.test(text)));
    await fc.assert(
      fc.asyncProperty(ascii, fc.integer({ min: 1, max: 12 }), offsets, async (text, limit, byteOffsets) => {
        const bytes = encode(text);
        const expected = await csvParse(cut(bytes, byteOffsets), limit);
        const got = ours(cut(bytes, byteOffsets), limit);
        expect(got.records).toEqual(expected.records);
        expect(got.error?.code).toEqual(expected.error?.code);
      }),
      { numRuns: runs(1500) },
    );
  });
});

describe('each error, with its line', () => {
  const failure = (text: string) => {
    const parser = new CsvRecordParser(() => undefined);
    return parser.write(text) ?? parser.end();
  };
  it.each([
    ['a quote inside an unquoted field', 'id,name\r\nm,"ok"\r\nm,x"y\r\n', 'INVALID_OPENING_QUOTE', 3],
    ['text after a closing quote', 'id,name\n"a\nb",c\n"x"y\n', 'CSV_INVALID_CLOSING_QUOTE', 4],
    ['a space after a closing quote', 'id,name\n"x" ,y\n', 'CSV_INVALID_CLOSING_QUOTE', 2],
    ['a lone LF after a closing quote in a CRLF file', 'id,name\r\n"x"\ny\r\n', 'CSV_INVALID_CLOSING_QUOTE', 2],
    ['a quote never closed: the line where it opens', 'id,name\r\nm,"never\r\nclosed\r\n', 'CSV_QUOTE_NOT_CLOSED', 2],
    ['a quote never closed after a quoted field across lines', 'id,name\r\n"a\r\nb",c\r\nm,"open', 'CSV_QUOTE_NOT_CLOSED', 4],
  ])('%s', (_, text, code, line) => {
    expect(failure(text)).toMatchObject({ code, line });
  });

  it('a record over the size limit, at its first line, after the records before it', () => {
    const got = ours(['a,b\nccc,dddd\nee\n'], 5);
    expect(got.records).toEqual([['a', 'b']]);
    expect(got.error).toEqual({ code: 'CSV_MAX_RECORD_SIZE', line: 2 });
  });

  it('a field longer than the limit is refused while it streams in, without waiting for its end', () => {
    const records: string[][] = [];
    const parser = new CsvRecordParser((record) => records.push(record), 1000);
    expect(parser.write('id\n"')).toBeUndefined();
    let error: CsvSyntaxError | undefined;
    for (let chunk = 0; chunk < 20 && error === undefined; chunk += 1) error = parser.write('x'.repeat(100));
    expect(error?.code).toBe('CSV_MAX_RECORD_SIZE');
    expect(records).toEqual([['id']]);
  });

  it('stops at the first error: nothing is parsed after it', () => {
    const got = ours(['a\nb"c\n', 'd\n']);
    expect(got.records).toEqual([['a']]);
    expect(got.error?.code).toBe('INVALID_OPENING_QUOTE');
  });
});

describe('lines and records', () => {
  it('give each record the line it starts on, across quoted line ends of every kind', () => {
    const text = 'id,text\r\na,"one\r\ntwo"\r\nb,"x\ny"\r\n\r\nc,"lone\rcr"\r\nd,e';
    const got = ours([text]);
    expect(got.records).toEqual([['id', 'text'], ['a', 'one\r\ntwo'], ['b', 'x\ny'], [''], ['c', 'lone\rcr'], ['d', 'e']]);
    expect(got.lines).toEqual([1, 2, 4, 6, 7, 8]);
  });

  it('keep a BOM as text (the validator skips the file’s own) and non-ASCII text cut between chunks', () => {
    const bytes = encode('\uFEFFid\n中文😀\n');
    expect(ours([bytes.subarray(0, 1), bytes.subarray(1, 9), bytes.subarray(9)]).records).toEqual([['\uFEFFid'], ['中文😀']]);
  });

  it('decode bytes that are not UTF-8 as csv-parse does (U+FFFD), a character cut off at the end too', async () => {
    // The validator refuses such files before parsing them; the parser alone must still agree.
    for (const bytes of [Uint8Array.of(0x61, 0x0a, 0xe4, 0xb8), Uint8Array.of(0xe4, 0x2c, 0xff, 0x0a, 0x62), Uint8Array.of(0x22, 0xf0, 0x9f, 0x22, 0x0a)]) {
      const expected = await csvParse([bytes]);
      expect(ours([bytes.subarray(0, 2), bytes.subarray(2)])).toEqual(expected);
    }
  });

  it('hold a field that spans many chunks without reading it again (a long field is linear)', () => {
    const records: string[][] = [];
    const parser = new CsvRecordParser((record) => records.push(record));
    parser.write('id,text\n1,"');
    const piece = `${'y'.repeat(64 * 1024 - 2)}""`;
    for (let chunk = 0; chunk < 256; chunk += 1) parser.write(piece);
    parser.write('"\n2,b\n');
    expect(parser.end()).toBeUndefined();
    expect(records.map((record) => record[0])).toEqual(['id', '1', '2']);
    expect(records[1]?.[1]).toHaveLength(256 * (64 * 1024 - 1));
  });
});

describe('detachString', () => {
  it('gives the same text, short or long (what it saves is memory, measured in its comment)', () => {
    for (const text of ['', 'short', 'organization-number-123456', '中文😀'.repeat(10)]) expect(detachString(text)).toBe(text);
  });
});
