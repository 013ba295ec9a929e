/**
 * The published declarations (dist/esm/index.d.ts, generated from the JSON Schemas) are exactly
 * the read-only form of `z.infer` of the zod schemas, and the id types catch unknown ids.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import {
  getMeeting,
  getPerson,
  meetings,
  people,
  type Meeting,
  type MeetingId,
  type Organization,
  type Person,
  type SourceDocument,
  type Participant,
  type Remark,
} from '../dist/esm/index.js';
import type * as schemas from '../schema/index.ts';

/** What the published types promise: z.infer with every property and array read-only. */
type DeepReadonly<T> = T extends readonly (infer Item)[]
  ? ReadonlyArray<DeepReadonly<Item>>
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

describe('published types equal z.infer of the schemas (read-only)', () => {
  it('record types', () => {
    expectTypeOf<Meeting>().toEqualTypeOf<DeepReadonly<z.infer<typeof schemas.Meeting>>>();
    expectTypeOf<Person>().toEqualTypeOf<DeepReadonly<z.infer<typeof schemas.Person>>>();
    expectTypeOf<Organization>().toEqualTypeOf<DeepReadonly<z.infer<typeof schemas.Organization>>>();
    expectTypeOf<SourceDocument>().toEqualTypeOf<DeepReadonly<z.infer<typeof schemas.SourceDocument>>>();
    expectTypeOf<Participant>().toEqualTypeOf<DeepReadonly<z.infer<typeof schemas.Participant>>>();
    expectTypeOf<Remark>().toEqualTypeOf<DeepReadonly<z.infer<typeof schemas.Remark>>>();
  });

  it('are not trivially equal: a changed field would differ', () => {
    expectTypeOf<Meeting>().not.toEqualTypeOf<DeepReadonly<Omit<z.infer<typeof schemas.Meeting>, 'purpose'>>>();
    expectTypeOf<Meeting>().not.toEqualTypeOf<z.infer<typeof schemas.Meeting>>();
  });
});

describe('the data and its getters', () => {
  it('are read-only and typed', () => {
    expectTypeOf(meetings).toEqualTypeOf<readonly Meeting[]>();
    expectTypeOf(people).toEqualTypeOf<readonly Person[]>();
    expectTypeOf(getMeeting).parameter(0).toEqualTypeOf<MeetingId>();
    expectTypeOf(getMeeting('national-st-work-conference-2020')).toEqualTypeOf<Meeting>();
    expectTypeOf<MeetingId>().toEqualTypeOf<'overseas-st-sections-heads-meeting-2020' | 'national-st-work-conference-2020'>();
  });

  it('reject an unknown id and writes at compile time', () => {
    // @ts-expect-error: not a published meeting id
    getMeeting('national-st-work-conference-2021');
    // @ts-expect-error: not a published person id
    getPerson('li-keqiang');
    const [first] = meetings;
    if (first !== undefined) {
      // @ts-expect-error: the data is read-only
      first.name = 'Another name';
      // @ts-expect-error: arrays are read-only too
      first.summary.push('Another sentence.');
    }
  });
});
