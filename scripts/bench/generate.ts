// Realistic, seeded test records for the benchmark: meetings shaped like the published ones,
// with random words, about 1.6 kB each as compact JSON. Written as NDJSON, a JSON array and CSV.
import { createWriteStream, type WriteStream } from 'node:fs';
import { limits } from '../../schema/limits.ts';
import { once } from 'node:events';

const WORDS = ('science technology innovation cooperation openness research development program priorities ' +
  'ministry conference meeting report strategy capacity regional hubs talent ethics integrity ecosystem ' +
  'diplomacy missions overseas sections heads leaders presentations community future mankind wisdom ' +
  'challenges society network global efficiency reform system vitality people’s wellbeing growth drivers')
  .split(' ');

/** mulberry32: a small seeded PRNG, so that every run writes the same records. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

export const recordMaker = (seed = 1) => {
  const next = random(seed);
  const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)] ?? '';
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
  const sentence = (count: number) => {
    const text = words(count);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  return (index: number) => {
    const day = 1 + (index % 28);
    const date = `20${String(10 + (index % 15)).padStart(2, '0')}-${String(1 + (index % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const priorities = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, i) => ({ number: i + 1, text: sentence(10 + Math.floor(next() * 8)) }));
    return {
      id: `meeting-${index}`,
      name: `${words(5)} ${index}`,
      headline: `${words(7)} held in Beijing`,
      kind: next() < 0.5 ? 'conference' : 'meeting',
      startDate: date,
      endDate: date,
      dateText: `day ${day}`,
      place: { city: 'Beijing', countryCode: 'CN', evidence: 'was held in Beijing' },
      organizers: [{ basis: 'source', organizationId: 'most', evidence: `leaders of the ${words(3)}` }],
      participants: [
        { kind: 'person', role: 'speaker', personId: 'wang-zhigang', titleAsPrinted: 'Minister', evidence: sentence(8) },
        { kind: 'group', role: 'attendee', label: words(6), evidence: sentence(10) },
      ],
      summary: [sentence(14), sentence(10)],
      workReport: { deliveredById: 'wang-zhigang', introduction: 'He outlined the priorities:', priorities },
      remarks: [{ number: 1, speakerId: 'wang-zhigang', speakerBasis: 'source', reportedAs: 'noted', reportingClause: 'He noted that', text: sentence(20) }],
      source: { sourceId: 'most-newsletter-2020-01', attribution: 'Ministry of Science and Technology', locator: { kind: 'lines', lineStart: 1, lineEnd: 74 } },
    };
  };
};

const write = async (stream: WriteStream, text: string) => {
  if (!stream.write(text)) await once(stream, 'drain');
};

/** Writes `head`, the texts of items 0 to count - 1 and `tail` to a file, in pieces of about 1 MiB. */
const writeText = async (path: string, head: string, count: number, tail: string, item: (index: number) => string) => {
  const stream = createWriteStream(path);
  let batch = head;
  for (let index = 0; index < count; index += 1) {
    batch += item(index);
    if (batch.length > 1 << 20) {
      await write(stream, batch);
      batch = '';
    }
  }
  await write(stream, batch + tail);
  stream.end();
  await once(stream, 'close');
};

/**
 * Errors put into chosen records, for checking that each contender that validates catches them:
 * a field no schema has (in CSV, a cell no column has), an impossible date, a string over its
 * maximum length, and (CSV) a line break in a one-line text, inside quotes, so rows span lines.
 */
export type BrokenRecord = 'unknown-field' | 'bad-date' | 'long-string' | 'line-break';

/** Writes `count` records as NDJSON (`ndjson`), a JSON array (`json`) or rows of meetings.csv (`csv`). */
export const writeRecords = async (
  path: string,
  count: number,
  format: 'ndjson' | 'json' | 'csv',
  { invalid = false, seed = 1, broken = new Map<number, BrokenRecord>() }: { invalid?: boolean; seed?: number; broken?: ReadonlyMap<number, BrokenRecord> } = {},
) => {
  const make = recordMaker(seed);
  const columns = ['id', 'name', 'headline', 'kind', 'start_date', 'end_date', 'date_text', 'attendance_mode', 'place_city', 'place_country_code', 'place_evidence', 'source_source_id', 'source_attribution', 'source_locator_kind', 'source_locator_line_start', 'source_locator_line_end'];
  const head = format === 'json' ? '[\n' : format === 'csv' ? `${columns.join(',')}\r\n` : '';
  await writeText(path, head, count, format === 'json' ? '\n]\n' : '', (index) => {
    const record: ReturnType<typeof make> & { attendanceMode?: string } = make(index);
    // Not one of the closed codelist's codes: every record fails its schema.
    if (invalid) record.attendanceMode = 'hybrid';
    const damage = broken.get(index);
    if (damage === 'bad-date') record.startDate = record.endDate = '2020-02-30';
    if (damage === 'long-string') record.name = `${'long '.repeat(Math.ceil(limits.name.max / 5))}name`;
    if (damage === 'line-break') record.headline = `${record.headline}\nacross two lines`;
    if (damage === 'unknown-field' && format !== 'csv') Object.assign(record, { unknownField: 'x' });
    if (format === 'csv') {
      const { locator } = record.source;
      const cells = [record.id, record.name, record.headline, record.kind, record.startDate, record.endDate, record.dateText, record.attendanceMode ?? '', record.place.city, record.place.countryCode, record.place.evidence, record.source.sourceId, record.source.attribution, locator.kind, locator.lineStart, locator.lineEnd, ...(damage === 'unknown-field' ? ['x'] : [])];
      return `${cells.map((cell: string | number) => (/[",\r\n]/u.test(String(cell)) ? `"${String(cell).replaceAll('"', '""')}"` : String(cell))).join(',')}\r\n`;
    }
    return format === 'json' ? `${index === 0 ? '' : ',\n'}${JSON.stringify(record)}` : `${JSON.stringify(record)}\n`;
  });
};

/**
 * Writes `count` records or a few more of the package's own shape and size: the published meetings, cycled, each
 * copy of them with ids of its own. The meetings refer to one another (the diplomats' meeting to the
 * congress and the plenary sessions), so the ids they refer to get the copy's suffix too, and every
 * record stays valid: a shaped file whose references do not resolve measures error reports instead.
 */
export const writePublishedShape = (path: string, count: number, meetings: readonly Record<string, unknown>[]) => {
  const ids = meetings.map((meeting) => JSON.stringify(String(meeting['id'])));
  // Whole copies only: a copy cut short would leave references to the meetings it lacks.
  const whole = Math.ceil(count / meetings.length) * meetings.length;
  return writeText(path, '', whole, '', (index) => {
    const copy = Math.floor(index / meetings.length);
    let text = JSON.stringify(meetings[index % meetings.length]);
    for (const id of ids) text = text.replaceAll(id, `${id.slice(0, -1)}-${copy}"`);
    return `${text}\n`;
  });
};
