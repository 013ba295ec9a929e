/**
 * Links from a meeting's texts to the records they name (its `mentions`): inside a quoted text,
 * the words that name a record link to it; after the texts, a list of every record named, with
 * where. Each record shows on the main page under an anchor of its own (recordAnchor).
 */
import type { Meeting, Mention } from '../../../schema/index.ts';
import { datasetRegistry, type DatasetName } from '../../../schema/registry.ts';
import type { ValidDatasets } from '../build-types.ts';
import { joins, quotationKey } from '../quotations.ts';
import { html, type Html } from './html.ts';

/** Where a record shows on the main page, by dataset. */
export const RECORD_ANCHOR: Readonly<Record<DatasetName, (id: string) => string>> = {
  meetings: (id) => id,
  people: (id) => `person-${id}`,
  organizations: (id) => `organization-${id}`,
  sources: (id) => id,
  documents: (id) => `document-${id}`,
  series: (id) => `series-${id}`,
};

/** A record of each dataset by its id. */
export type Lookup = { readonly [D in DatasetName]: (id: string) => ValidDatasets[D][number] };

export const lookup = (datasets: ValidDatasets): Lookup =>
  Object.fromEntries(
    datasetRegistry.map(({ dataset, label }) => {
      const records: readonly { id: string }[] = datasets[dataset];
      const find = (id: string) => {
        const found = records.find((record) => record.id === id);
        // The build has checked every reference; this guards the page against a rule being dropped.
        if (found === undefined) throw new Error(`the page refers to ${label} "${id}", which is not in the data`);
        return found;
      };
      return [dataset, find];
    }),
  ) as Lookup;

/** A meeting by its name, or, for one the source does not name, by its edition of a series. */
export const meetingLabel = (meeting: Meeting, find: Lookup): string => {
  if (meeting.name !== undefined) return meeting.name;
  if (meeting.series !== undefined) return `${meeting.series.ordinal ?? 'an edition'} of “${find.series(meeting.series.seriesId).name}”`;
  return meeting.headline ?? meeting.dateText ?? meeting.id;
};

/** The record a mention names: its dataset, id and name. */
export const mentioned = (mention: Mention, find: Lookup): { dataset: DatasetName; id: string; name: string } => {
  switch (mention.kind) {
    case 'person':
      return { dataset: 'people', id: mention.personId, name: find.people(mention.personId).name };
    case 'organization':
      return { dataset: 'organizations', id: mention.organizationId, name: find.organizations(mention.organizationId).name };
    case 'meeting':
      return { dataset: 'meetings', id: mention.mentionedMeetingId, name: meetingLabel(find.meetings(mention.mentionedMeetingId), find) };
    case 'document':
      return { dataset: 'documents', id: mention.documentId, name: find.documents(mention.documentId).name };
    case 'series':
      return { dataset: 'series', id: mention.seriesId, name: find.series(mention.seriesId).name };
  }
};

const recordHref = (mention: Mention, find: Lookup) => {
  const record = mentioned(mention, find);
  return `#${RECORD_ANCHOR[record.dataset](record.id)}`;
};

/** The first place of `words` in `text` as whole words that overlaps no place already taken, or -1. */
const freePlace = (text: string, words: string, taken: readonly { from: number; to: number }[]): number => {
  for (let from = text.indexOf(words); from !== -1; from = text.indexOf(words, from + 1)) {
    const to = from + words.length;
    const whole = !joins(text[from - 1] ?? ' ', text[from] ?? '') && !joins(text[to - 1] ?? '', text[to] ?? ' ');
    if (whole && taken.every((place) => to <= place.from || from >= place.to)) return from;
  }
  return -1;
};

/**
 * A quoted text with the words of each of its mentions linked to the record they name. Longer
 * words are placed first ("CPC Central Committee" before "CPC"); words that name several records
 * ("the 2nd, 3rd and 4th plenary sessions …") link to the first, and the list of names has all.
 */
export const linkMentions = (text: string, mentions: readonly Mention[], find: Lookup): Html => {
  const places: { from: number; to: number; href: string }[] = [];
  for (const mention of [...mentions].sort((a, b) => b.asPrinted.length - a.asPrinted.length)) {
    if (places.some((place) => text.slice(place.from, place.to) === mention.asPrinted)) continue;
    const from = freePlace(text, mention.asPrinted, places);
    if (from !== -1) places.push({ from, to: from + mention.asPrinted.length, href: recordHref(mention, find) });
  }
  places.sort((a, b) => a.from - b.from);
  const parts: (Html | string)[] = [];
  let at = 0;
  for (const place of places) {
    parts.push(text.slice(at, place.from), html`<a class="mention" href="${place.href}">${text.slice(place.from, place.to)}</a>`);
    at = place.to;
  }
  parts.push(text.slice(at));
  return html`${parts}`;
};

/** The part of a meeting a JSON Pointer names, in words: `/summary/1` is "summary sentence 2". */
export const pointerLabel = (pointer: string): string => {
  const [field, index, next] = pointer.split('/').slice(1);
  const nth = (value: string | undefined) => Number(value ?? 0) + 1;
  if (field === 'summary') return `summary sentence ${nth(index)}`;
  if (field === 'remarks') return `remark ${nth(index)}`;
  if (field === 'guidance') return `guidance ${nth(index)}`;
  if (field === 'presentationTopics') return `presentation topic ${nth(index)}`;
  if (field === 'workReport' && index === 'priorities' && next !== undefined) return `priority ${nth(next)}`;
  if (field === 'workReport') return 'work report';
  return field ?? pointer;
};

/** Every record the meeting's texts name, each once, with links to the texts that name it. */
export const namesList = (meeting: Meeting, find: Lookup): Html[] => {
  const byRecord = new Map<string, { mention: Mention; pointers: string[] }>();
  for (const mention of meeting.mentions ?? []) {
    const record = mentioned(mention, find);
    const key = `${record.dataset}/${record.id}`;
    const entry = byRecord.get(key) ?? { mention, pointers: [] };
    if (!entry.pointers.includes(mention.pointer)) entry.pointers.push(mention.pointer);
    byRecord.set(key, entry);
  }
  return [...byRecord.values()].map(({ mention, pointers }) => {
    const where = pointers.map((pointer, index) => html`${index > 0 ? ', ' : ''}<a href="#${quotationKey({ dataset: 'meetings', recordId: meeting.id, pointer })}">${pointerLabel(pointer)}</a>`);
    return html`<a href="${recordHref(mention, find)}">${mentioned(mention, find).name}</a> (${mention.kind}): in ${where}`;
  });
};
