/**
 * Mutations of the published records aimed at where validators part ways (issue 20): line ends
 * that Python's `$` lets through, Unicode digits that Python's `\d` takes, dates and URLs that
 * `format` checkers judge differently, lone surrogates, lengths and counts at their bounds, wrong
 * types, unknown fields, and breaks of the rules JSON Schema cannot express (which every validator
 * must then accept). Each is one record (or dataset) against its schema; none is random, so the
 * corpus is the same on every run.
 */
import { pointerKeys, toPointer, valueAtPath } from '../../src/json-pointer.ts';
import { RECORD_SCHEMA, type CorpusDocument, type DatasetName, type Datasets, type JsonObject } from './documents.ts';

/**
 * The record each base names, and its dataset (whose schemas the registry names): the overseas
 * meeting (remarks, guidance), the conference (work report), and the first of each other dataset.
 */
const BASES = {
  meeting: { dataset: 'meetings', id: 'overseas-st-sections-heads-meeting-2020' },
  conference: { dataset: 'meetings', id: 'national-st-work-conference-2020' },
  person: { dataset: 'people' },
  organization: { dataset: 'organizations' },
  source: { dataset: 'sources' },
} as const satisfies Readonly<Record<string, { readonly dataset: DatasetName; readonly id?: string }>>;

type Base = keyof typeof BASES;

const baseRecord = (datasets: Datasets, base: Base): JsonObject => {
  const chosen: { readonly dataset: DatasetName; readonly id?: string } = BASES[base];
  const list = datasets[chosen.dataset];
  const record = (chosen.id === undefined ? undefined : list.find((item) => item['id'] === chosen.id)) ?? list[0];
  if (record === undefined) throw new Error(`no published record for the ${base} mutations`);
  return structuredClone(record);
};

/**
 * The object or array that holds the value a JSON Pointer names, and the value's key in it. A
 * pointer whose parent is not there (a mistyped step, an index past the end) throws: made up, the
 * parent would quietly turn the mutation into another case than its name says.
 */
const parentAt = (record: JsonObject, pointer: string): { parent: Record<string, unknown>; key: string } => {
  const keys = pointerKeys(pointer);
  const key = keys.pop();
  const parent = valueAtPath(record, keys);
  const where = `mutation pointer ${JSON.stringify(pointer)}`;
  if (key === undefined) throw new Error(`${where} names the whole record`);
  if (parent === null || typeof parent !== 'object') throw new Error(`${where}: the record has no object or array at ${JSON.stringify(toPointer(keys))}`);
  if (Array.isArray(parent) && !(/^(?:0|[1-9]\d*)$/u.test(key) && Number(key) <= parent.length)) {
    throw new Error(`${where}: ${JSON.stringify(key)} is not an index of the array at ${JSON.stringify(toPointer(keys))} (0 to ${parent.length})`);
  }
  return { parent: parent as Record<string, unknown>, key };
};

/** Sets the value at a JSON Pointer, whose parent must exist (a new key is fine); a function gets the old value. */
const set =
  (pointer: string, value: unknown) =>
  (record: JsonObject): void => {
    const { parent, key } = parentAt(record, pointer);
    parent[key] = typeof value === 'function' ? (value as (old: any) => unknown)(parent[key]) : value;
  };

/** Removes the values at JSON Pointers, each of which must name a key of an object. */
const remove =
  (...pointers: string[]) =>
  (record: JsonObject): void => {
    for (const pointer of pointers) {
      const { parent, key } = parentAt(record, pointer);
      if (Array.isArray(parent) || !Object.hasOwn(parent, key)) throw new Error(`mutation pointer ${JSON.stringify(pointer)}: the record has no key there to remove`);
      delete parent[key];
    }
  };

const both =
  (...edits: ((record: JsonObject) => void)[]) =>
  (record: JsonObject): void => {
    for (const edit of edits) edit(record);
  };

const withUrl = (url: unknown) => set('/url', url);
const newline = (text: string) => `${text}\n`;
const times = <T>(count: number, make: (index: number) => T): T[] => Array.from({ length: count }, (_, index) => make(index));

interface Mutation {
  readonly name: string;
  readonly base: Base;
  /** Changes the record in place, or returns the instance to use instead (a whole value of another type). */
  readonly edit: (record: JsonObject) => unknown;
  /** The dataset schema instead of the record schema: the edited record as the only item of its dataset. */
  readonly asDataset?: boolean;
}

const mutation = (name: string, base: Base, edit: (record: JsonObject) => unknown, asDataset = false): Mutation => ({ name, base, edit, asDataset });

/** An own, enumerable key that an object literal or Object.assign would take as the prototype. */
const ownKey = (key: string, value: unknown) => (record: JsonObject) => void Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });

export const MUTATIONS: readonly Mutation[] = [
  // A final line feed: Python's `$` matches before it.
  mutation('line feed after the meeting id', 'meeting', set('/id', newline)),
  mutation('line feed after the person id', 'person', set('/id', newline)),
  mutation('line feed after the organization id', 'organization', set('/id', newline)),
  mutation('line feed after the source id', 'source', set('/id', newline)),
  mutation('line feed after an organizer organizationId', 'meeting', set('/organizers/0/organizationId', newline)),
  mutation('line feed after a remark speakerId', 'meeting', set('/remarks/0/speakerId', newline)),
  // The published remarks list their mentions in the meeting's `mentions` now; the old field stays valid.
  mutation('line feed after a mentioned person id', 'meeting', set('/remarks/0/mentionedPersonIds', ['xi-jinping\n'])),
  mutation('line feed after source.sourceId', 'meeting', set('/source/sourceId', newline)),
  mutation('line feed after workReport.deliveredById', 'conference', set('/workReport/deliveredById', newline)),
  mutation('line feed after the time zone', 'meeting', set('/place/editorial/timeZone/value', 'Asia/Shanghai\n')),
  mutation('line feed after the language tag', 'source', set('/language', 'en\n')),
  mutation('line feed after the media type', 'source', set('/mediaType', 'text/html\n')),
  mutation('line feed after the city', 'meeting', set('/place/city', 'Beijing\n')),
  mutation('line feed after a summary sentence', 'meeting', set('/summary/0', newline)),
  mutation('line feed after the meeting name', 'meeting', set('/name', newline)),
  mutation('line feed after the meeting kind', 'meeting', set('/kind', newline)),
  mutation('line feed after a Wikidata id', 'meeting', set('/place/editorial/wikidataId/value', 'Q956\n')),
  mutation('line feed after the country code', 'meeting', set('/place/countryCode', 'CN\n')),
  mutation('line feed after the start date', 'meeting', set('/startDate', newline)),
  mutation('line feed after the SHA-256', 'source', set('/sha256', newline)),
  mutation('line feed after the path', 'source', set('/path', newline)),
  mutation('line feed after the URL', 'source', withUrl('https://example.org/news\n')),
  mutation('line feed after a remark text', 'meeting', set('/remarks/0/text', newline)),
  mutation('line feed after a person title', 'person', set('/titles/0/title', newline)),
  mutation('line feed after the organization kind', 'organization', set('/kind', newline)),
  mutation('carriage return and line feed after the meeting id', 'meeting', set('/id', (id: string) => `${id}\r\n`)),
  mutation('line feed before the meeting id', 'meeting', set('/id', (id: string) => `\n${id}`)),
  mutation('two line feeds after the time zone', 'meeting', set('/place/editorial/timeZone/value', 'Asia/Shanghai\n\n')),
  mutation('carriage return after the city', 'meeting', set('/place/city', 'Beijing\r')),
  mutation('line separator (U+2028) after the city', 'meeting', set('/place/city', 'Beijing\u2028')),
  mutation('next line (U+0085) after the city', 'meeting', set('/place/city', 'Beijing\u0085')),

  // Digits of other scripts: Python's `\d` takes them.
  mutation('full-width digits in the start date (２０２０-01-09)', 'meeting', set('/startDate', '２０２０-01-09')),
  mutation('Arabic-Indic digits in the start date', 'meeting', set('/startDate', '٢٠٢٠-٠١-٠٩')),
  mutation('Devanagari digits in the year of the end date', 'meeting', set('/endDate', '२०२०-01-09')),
  mutation('a full-width digit in the day of the end date', 'conference', set('/endDate', '2020-01-1１')),
  mutation('full-width digits in datePublished', 'source', set('/datePublished', '２０２０-01-13')),
  mutation('full-width digits on 29 February of a leap year', 'conference', both(set('/startDate', '２０２０-02-29'), set('/endDate', '2020-03-01'))),

  // Dates at the edges of the calendar and of `format: date`.
  mutation('year 0000 (0000-01-01)', 'meeting', set('/startDate', '0000-01-01')),
  mutation('29 February of year 0000', 'meeting', set('/startDate', '0000-02-29')),
  mutation('30 February (2020-02-30)', 'meeting', both(set('/startDate', '2020-02-30'), set('/endDate', '2020-03-01'))),
  mutation('29 February of a common year (2019-02-29)', 'meeting', both(set('/startDate', '2019-02-29'), set('/endDate', '2019-03-01'))),
  mutation('29 February 1900 (not a leap year)', 'meeting', both(set('/startDate', '1900-02-29'), set('/endDate', '1900-03-01'))),
  mutation('29 February 2000 (a leap year)', 'meeting', both(set('/startDate', '2000-02-29'), set('/endDate', '2000-03-01'))),
  mutation('the last day of year 9999', 'meeting', both(set('/startDate', '9999-12-31'), set('/endDate', '9999-12-31'))),
  mutation('a date without leading zeros (2020-1-9)', 'meeting', set('/startDate', '2020-1-9')),
  mutation('a date and time (2020-01-09T00:00:00Z)', 'meeting', set('/startDate', '2020-01-09T00:00:00Z')),
  mutation('a basic-format date (20200109)', 'meeting', set('/startDate', '20200109')),
  mutation('month 13', 'meeting', set('/startDate', '2020-13-01')),
  mutation('a month-only datePublished (2020-01)', 'source', set('/datePublished', '2020-01')),
  mutation('an expanded year (+2020-01-09)', 'meeting', set('/startDate', '+2020-01-09')),

  // URLs: where `format: uri` checkers and the pattern part ways.
  mutation('URL with brackets in the path (news[1].html)', 'source', withUrl('https://example.org/news[1].html')),
  mutation('URL with a bracket in the host (exa[mple.org)', 'source', withUrl('https://exa[mple.org/news')),
  mutation('URL with two fragments (#a#b)', 'source', withUrl('https://example.org/news#a#b')),
  mutation('URL with a port that is not a number (:port)', 'source', withUrl('https://example.org:port/news')),
  mutation('IRI with Chinese characters in the path', 'source', withUrl('https://example.org/新闻/2020.html')),
  mutation('IRI with an internationalized host name', 'source', withUrl('https://例え.jp/news')),
  mutation('URL, plain https', 'source', withUrl('https://example.org/news/2020/01.html')),
  mutation('URL, plain http with a trailing slash', 'source', withUrl('http://example.org/')),
  mutation('URL with an ftp scheme', 'source', withUrl('ftp://example.org/news')),
  mutation('URL with a space', 'source', withUrl('https://example.org/a b.html')),
  mutation('URL with an unescaped percent sign', 'source', withUrl('https://example.org/100%.html')),
  mutation('URL with percent-encoded UTF-8', 'source', withUrl('https://example.org/%E6%96%B0%E9%97%BB')),
  mutation('URL with an IPv6 host', 'source', withUrl('https://[2001:db8::1]/news')),
  mutation('URL with user information', 'source', withUrl('https://user:secret@example.org/news')),
  mutation('URL with a vertical bar in the query', 'source', withUrl('https://example.org/news?q=a|b')),
  mutation('URL with an upper-case scheme', 'source', withUrl('HTTPS://EXAMPLE.ORG/NEWS')),
  mutation('URL without the two slashes (https:example.org)', 'source', withUrl('https:example.org/news')),
  mutation('URL with nothing after the scheme (https://)', 'source', withUrl('https://')),
  mutation('URL with a backslash', 'source', withUrl('https://example.org\\news')),
  mutation('URL with a numeric port', 'source', withUrl('https://example.org:8080/news')),
  mutation('URL with an empty query and fragment', 'source', withUrl('https://example.org/news?#')),
  mutation('URL with braces', 'source', withUrl('https://example.org/a{b}')),
  mutation('URL of 2,000 characters', 'source', withUrl(`https://example.org/${'a'.repeat(2000 - 20)}`)),
  mutation('URL of 2,001 characters', 'source', withUrl(`https://example.org/${'a'.repeat(2001 - 20)}`)),
  mutation('URL that is a number', 'source', withUrl(42)),
  mutation('URL ending in a lone percent sign', 'source', withUrl('https://example.org/news%')),
  mutation('URL ending in half a percent escape (%4)', 'source', withUrl('https://example.org/news%4')),
  mutation('URL with a percent escape of a non-hex digit (%4g)', 'source', withUrl('https://example.org/%4g.html')),
  mutation('URL with a percent escape in the host', 'source', withUrl('https://ex%41mple.org/news')),
  // Engines that backtrack through a repeated group give up past a thousand or so repetitions.
  mutation('URL of 1,500 path segments', 'source', withUrl(`https://example.org/${'a/'.repeat(1500)}`)),
  mutation('URL of 9,000 characters', 'source', withUrl(`https://example.org/${'a'.repeat(9000 - 20)}`)),

  // Language tags and media types.
  mutation('language tag with script and region (zh-Hans-CN)', 'source', set('/language', 'zh-Hans-CN')),
  mutation('language tag with an underscore (zh_CN)', 'source', set('/language', 'zh_CN')),
  mutation('private-use language tag (x-internal)', 'source', set('/language', 'x-internal')),
  mutation('language tag ending in a hyphen (en-)', 'source', set('/language', 'en-')),
  mutation('full-width language tag (ｅｎ)', 'source', set('/language', 'ｅｎ')),
  mutation('media type with a parameter (text/html; charset=utf-8)', 'source', set('/mediaType', 'text/html; charset=utf-8')),
  mutation('media type with a quoted parameter', 'source', set('/mediaType', 'text/html;charset="utf-8"')),
  mutation('media type without a subtype (html)', 'source', set('/mediaType', 'html')),
  mutation('media type with a trailing space', 'source', set('/mediaType', 'text/html ')),

  // Time zones and country codes: their shape is JSON Schema's, their existence is not.
  mutation('time zone with three parts (America/Argentina/Buenos_Aires)', 'meeting', set('/place/editorial/timeZone/value', 'America/Argentina/Buenos_Aires')),
  mutation('time zone Etc/GMT+8', 'meeting', set('/place/editorial/timeZone/value', 'Etc/GMT+8')),
  mutation('time zone as an offset (UTC+08:00)', 'meeting', set('/place/editorial/timeZone/value', 'UTC+08:00')),
  mutation('time zone of the right shape that does not exist (Mars/Olympus)', 'meeting', set('/place/editorial/timeZone/value', 'Mars/Olympus')),
  mutation('country code XK (Kosovo, user-assigned)', 'meeting', set('/place/countryCode', 'XK')),
  mutation('country code ZZ (unassigned)', 'meeting', set('/place/countryCode', 'ZZ')),
  mutation('lower-case country code (cn)', 'meeting', set('/place/countryCode', 'cn')),
  mutation('full-width country code (ＣＮ)', 'meeting', set('/place/countryCode', 'ＣＮ')),

  // The single-line text pattern: white space at the ends, line breaks inside.
  mutation('name with a leading space', 'meeting', set('/name', (name: string) => ` ${name}`)),
  mutation('name with a trailing no-break space', 'meeting', set('/name', (name: string) => `${name}\u00A0`)),
  mutation('name with a tab inside', 'meeting', set('/name', 'Science\tConference')),
  mutation('name with a leading byte order mark', 'meeting', set('/name', (name: string) => `\uFEFF${name}`)),
  mutation('name with a leading file separator (U+001C)', 'meeting', set('/name', (name: string) => `\u001C${name}`)),
  mutation('name with a trailing ideographic space', 'meeting', set('/name', (name: string) => `${name}\u3000`)),
  mutation('summary sentence with a line feed inside', 'meeting', set('/summary/0', (text: string) => text.replace(' ', '\n'))),
  mutation('empty name', 'meeting', set('/name', '')),
  mutation('name of one character', 'meeting', set('/name', 'X')),
  mutation('name with an emoji', 'meeting', set('/name', 'Science Forum 🔬')),
  mutation('name of 200 characters outside the BMP', 'meeting', set('/name', '\u{20BB7}'.repeat(200))),
  mutation('name of 201 characters outside the BMP', 'meeting', set('/name', '\u{20BB7}'.repeat(201))),
  mutation('name with Arabic-Indic digits', 'meeting', set('/name', 'Science Forum ٢٠٢٠')),
  // Noncharacters: Unicode text, but Perl's strict UTF-8 decoder (Mojo::JSON) refuses them.
  mutation('name with the noncharacter U+FFFE', 'meeting', set('/name', (name: string) => `${name} \uFFFE`)),
  mutation('URL with the noncharacter U+FFFF', 'source', withUrl('https://example.org/\uFFFF.html')),

  // Lone surrogates: not Unicode, so parsers differ (some refuse the JSON text, some keep the unit).
  mutation('lone high surrogate after the city (Beijing\\uD800)', 'meeting', set('/place/city', 'Beijing\uD800')),
  mutation('lone low surrogate after the name', 'meeting', set('/name', (name: string) => `${name}\uDC00`)),
  mutation('lone high surrogate at the start of a summary sentence', 'meeting', set('/summary/0', (text: string) => `\uD83D${text}`)),
  mutation('lone surrogate inside a remark text', 'meeting', set('/remarks/0/text', (text: string) => text.replace(' ', ' \uDFFF '))),
  mutation('lone surrogate in a person name', 'person', set('/name', (name: string) => `${name}\uDBFF`)),

  // Lengths and counts at their bounds.
  mutation('name of 200 characters', 'meeting', set('/name', 'N'.repeat(200))),
  mutation('name of 201 characters', 'meeting', set('/name', 'N'.repeat(201))),
  mutation('remark text of 4,001 characters', 'meeting', set('/remarks/0/text', 'r'.repeat(4001))),
  mutation('meeting id of 81 characters', 'meeting', set('/id', 'a'.repeat(81))),
  mutation('201 participants', 'meeting', set('/participants', (list: unknown[]) => times(201, (index) => list[index % list.length]))),
  mutation('201 remarks', 'meeting', set('/remarks', (list: JsonObject[]) => times(201, (index) => ({ ...list[index % list.length], number: index + 1 })))),
  mutation('51 summary sentences', 'meeting', set('/summary', (list: string[]) => times(51, (index) => list[index % list.length]))),
  mutation('line 10,001 of the source', 'meeting', set('/source/locator/lineEnd', 10001)),
  mutation('21 titles of a person', 'person', set('/titles', (list: unknown[]) => times(21, (index) => list[index % list.length]))),
  mutation('attribution of 4,001 characters', 'source', set('/attribution', 'a'.repeat(4001))),
  mutation('person name of 201 characters', 'person', set('/name', 'P'.repeat(201))),

  // Wrong types.
  mutation('line number as a string', 'meeting', set('/source/locator/lineStart', '78')),
  mutation('line number with a fraction', 'meeting', set('/source/locator/lineStart', 78.5)),
  mutation('line number 0', 'meeting', set('/source/locator/lineStart', 0)),
  mutation('negative line number', 'meeting', set('/source/locator/lineStart', -1)),
  mutation('line number 1e21', 'meeting', set('/source/locator/lineEnd', 1e21)),
  mutation('remarks as an object', 'meeting', set('/remarks', {})),
  mutation('name null', 'meeting', set('/name', null)),
  mutation('start date as a number', 'meeting', set('/startDate', 20200109)),
  mutation('participants as a string', 'meeting', set('/participants', 'all')),
  mutation('remark number true', 'meeting', set('/remarks/0/number', true)),
  mutation('summary of numbers', 'meeting', set('/summary', [1])),
  mutation('the record inside an array', 'meeting', (record) => [record]),
  mutation('the record as a string', 'person', (record) => JSON.stringify(record)),
  mutation('a dataset that is an object', 'person', (record) => ({ [record['id']]: record }), true),
  mutation('a dataset of numbers', 'organization', () => [1, 2], true),
  mutation('an empty dataset', 'organization', () => [], true),

  // Unknown fields, at every level.
  mutation('unknown field on a meeting (venue)', 'meeting', set('/venue', 'Great Hall')),
  mutation('unknown field on a place (address)', 'meeting', set('/place/address', 'Great Hall of the People')),
  mutation('unknown field on a remark (speaker)', 'meeting', set('/remarks/0/speaker', 'Wang Zhigang')),
  mutation('unknown field on an editorial value (offset)', 'meeting', set('/place/editorial/timeZone/offset', '+08:00')),
  mutation('unknown field on a locator (page)', 'meeting', set('/source/locator/page', 1)),
  mutation('unknown field on a person (born)', 'person', set('/born', '1957')),
  mutation('unknown field on an organization (website)', 'organization', set('/website', 'https://example.org/')),
  mutation('unknown field on a source (doi)', 'source', set('/doi', '10.1000/1')),
  mutation('own key __proto__ on a meeting', 'meeting', ownKey('__proto__', { polluted: true })),
  mutation('own key constructor on a person', 'person', ownKey('constructor', 'Object')),

  // Shapes: unions, required fields, empty lists.
  mutation('place with none of name, city and countryCode', 'meeting', remove('/place/city', '/place/countryCode')),
  mutation('organizer with both evidence and rationale', 'meeting', set('/organizers/0/rationale', 'Named by the editors.')),
  mutation('person participant with a label', 'conference', set('/participants/0/label', 'the minister')),
  mutation('locator by pages', 'meeting', set('/source/locator', { kind: 'pages', pageStart: 2, pageEnd: 3 })),
  mutation('remark by a speaker label', 'meeting', both(remove('/remarks/0/speakerId'), set('/remarks/0/speakerLabel', 'a minister'))),
  mutation('remark with no speaker', 'meeting', remove('/remarks/0/speakerId')),
  mutation('no organizers', 'meeting', set('/organizers', [])),
  mutation('empty editorial object', 'person', set('/editorial', {})),
  mutation('source with a URL and no path', 'source', both(remove('/path', '/sha256'), withUrl('https://example.org/news/2020/01.html'))),
  mutation('missing start date with an end date', 'meeting', remove('/startDate')),

  // Rules JSON Schema cannot express: our validator refuses these, every JSON Schema validator must accept them.
  mutation('end date before the start date', 'conference', set('/endDate', '2020-01-01')),
  mutation('last line before the first', 'meeting', set('/source/locator/lineEnd', 2)),
  mutation('remarks numbered 2, 1', 'meeting', set('/remarks', (list: JsonObject[]) => [{ ...list[1], number: 2 }, { ...list[0], number: 1 }])),
  mutation('a first priority numbered 11', 'conference', set('/workReport/priorities/0/number', 11)),
  mutation('the same person twice in a dataset', 'person', (record) => [record, record], true),
];

/** Every mutation as a document: `mutation/BASE/name`. */
export const mutationDocuments = (datasets: Datasets): CorpusDocument[] =>
  MUTATIONS.map((item) => {
    const record = baseRecord(datasets, item.base);
    const replaced = item.edit(record);
    const instance = replaced === undefined ? record : replaced;
    const { dataset } = BASES[item.base];
    const schema = item.asDataset === true ? dataset : RECORD_SCHEMA[dataset];
    return { id: `mutation/${item.base}/${item.name}`, group: 'mutation', schema, instance };
  });
