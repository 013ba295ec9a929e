/**
 * The rules JSON Schema cannot express: unique ids, references that resolve, end date not before
 * start date, and numbered lists numbered 1..n without gaps. They run on records that already
 * passed the schema, in the build and for anyone validating a dataset of their own.
 *
 * Plain TypeScript over plain objects (no zod, no ajv) so that it can ship at run time.
 */

/** A problem found in a dataset: which dataset, where (JSON Pointer), what rule, and what to do. */
export interface RuleProblem {
  readonly dataset: DatasetKey;
  readonly pointer: string;
  readonly code: RuleCode;
  readonly message: string;
}

export type RuleCode = 'duplicate-id' | 'unresolved-reference' | 'date-order' | 'numbering' | 'line-order';
export type DatasetKey = 'meetings' | 'people' | 'organizations' | 'sources';

interface Identified {
  readonly id: string;
}
interface MeetingLike extends Identified {
  readonly startDate: string;
  readonly endDate: string;
  readonly organizer: { readonly organizationId: string };
  readonly participants: readonly { readonly personId?: string; readonly organizationId?: string }[];
  readonly workReport?: { readonly deliveredById: string; readonly priorities: readonly { readonly number: number }[] };
  readonly guidance?: readonly { readonly organizationId?: string }[];
  readonly remarks: readonly {
    readonly number: number;
    readonly speakerId: string;
    readonly mentionedPersonIds?: readonly string[];
    readonly mentionedOrganizationIds?: readonly string[];
  }[];
  readonly source: { readonly sourceId: string; readonly lineStart: number; readonly lineEnd: number };
}
interface PersonLike extends Identified {
  readonly titles: readonly { readonly organizationId?: string }[];
}
interface OrganizationLike extends Identified {
  readonly parentId?: string;
}
interface SourceLike extends Identified {
  readonly publisherId: string;
}

/** The datasets to check together; a reference is checked only when its target dataset is given. */
export interface Datasets {
  readonly meetings?: readonly MeetingLike[];
  readonly people?: readonly PersonLike[];
  readonly organizations?: readonly OrganizationLike[];
  readonly sources?: readonly SourceLike[];
}

const REFERENCE_TARGET = { person: 'people', organization: 'organizations', source: 'sources' } as const;
type ReferenceKind = keyof typeof REFERENCE_TARGET;

/** A problem inside one record, with a pointer relative to that record (`/endDate`). */
export interface RecordProblem {
  readonly pointer: string;
  readonly code: RuleCode;
  readonly message: string;
}

/** An id one record refers to, with where it is (relative to the record) and which dataset it names. */
export interface Reference {
  readonly pointer: string;
  readonly kind: ReferenceKind;
  readonly target: DatasetKey;
  readonly id: string;
}

const NO_PROBLEMS: readonly RecordProblem[] = Object.freeze([]);

const numbering = (problems: RecordProblem[], pointer: string, items: readonly { readonly number: number }[]) => {
  for (let index = 0; index < items.length; index += 1) {
    const number = items[index]?.number;
    if (number !== index + 1) {
      problems.push({ pointer: `${pointer}/${index}/number`, code: 'numbering', message: `is ${String(number)} but must be ${index + 1}: number the items 1..n in order, without gaps` });
    }
  }
};

/** The rules that one record can break on its own: date order, line order, numbering. */
export const recordRuleProblems = (dataset: DatasetKey, record: unknown): readonly RecordProblem[] => {
  if (dataset !== 'meetings') return NO_PROBLEMS;
  const meeting = record as MeetingLike;
  const problems: RecordProblem[] = [];
  if (meeting.endDate < meeting.startDate) {
    problems.push({ pointer: '/endDate', code: 'date-order', message: `${meeting.endDate} is before startDate ${meeting.startDate}; the end date must not be before the start date` });
  }
  if (meeting.source.lineEnd < meeting.source.lineStart) {
    problems.push({ pointer: '/source/lineEnd', code: 'line-order', message: `line ${meeting.source.lineEnd} is before lineStart ${meeting.source.lineStart}` });
  }
  if (meeting.workReport !== undefined) numbering(problems, '/workReport/priorities', meeting.workReport.priorities);
  numbering(problems, '/remarks', meeting.remarks);
  return problems.length === 0 ? NO_PROBLEMS : problems;
};

/** Every id a record refers to, in document order. */
export const referencesOf = (dataset: DatasetKey, record: unknown): Reference[] => {
  const references: Reference[] = [];
  const add = (pointer: string, kind: ReferenceKind, id: string | undefined) => {
    if (id !== undefined) references.push({ pointer, kind, target: REFERENCE_TARGET[kind], id });
  };
  switch (dataset) {
    case 'meetings': {
      const meeting = record as MeetingLike;
      add('/organizer/organizationId', 'organization', meeting.organizer.organizationId);
      meeting.participants.forEach((participant, i) => {
        add(`/participants/${i}/personId`, 'person', participant.personId);
        add(`/participants/${i}/organizationId`, 'organization', participant.organizationId);
      });
      if (meeting.workReport !== undefined) add('/workReport/deliveredById', 'person', meeting.workReport.deliveredById);
      meeting.guidance?.forEach((guidance, i) => add(`/guidance/${i}/organizationId`, 'organization', guidance.organizationId));
      meeting.remarks.forEach((remark, i) => {
        add(`/remarks/${i}/speakerId`, 'person', remark.speakerId);
        remark.mentionedPersonIds?.forEach((id, j) => add(`/remarks/${i}/mentionedPersonIds/${j}`, 'person', id));
        remark.mentionedOrganizationIds?.forEach((id, j) => add(`/remarks/${i}/mentionedOrganizationIds/${j}`, 'organization', id));
      });
      add('/source/sourceId', 'source', meeting.source.sourceId);
      break;
    }
    case 'people':
      (record as PersonLike).titles.forEach((title, i) => add(`/titles/${i}/organizationId`, 'organization', title.organizationId));
      break;
    case 'organizations':
      add('/parentId', 'organization', (record as OrganizationLike).parentId);
      break;
    case 'sources':
      add('/publisherId', 'organization', (record as SourceLike).publisherId);
      break;
  }
  return references;
};

export const unresolvedMessage = (reference: Reference) =>
  `${reference.kind} "${reference.id}" is not in ${reference.target}; add it there or fix the id`;

export const duplicateMessage = (id: string, firstAt: string) => `id "${id}" is already used by ${firstAt}; give each record its own id`;

const DATASET_KEYS = ['meetings', 'people', 'organizations', 'sources'] as const;

/** Checks whole datasets held in memory (the build's case). */
export const checkRules = (datasets: Datasets): RuleProblem[] => {
  const problems: RuleProblem[] = [];
  const idSets = new Map<DatasetKey, Set<string>>();
  for (const key of DATASET_KEYS) {
    const records = datasets[key];
    if (records === undefined) continue;
    const seen = new Map<string, number>();
    records.forEach((record, index) => {
      const first = seen.get(record.id);
      if (first === undefined) seen.set(record.id, index);
      else problems.push({ dataset: key, pointer: `/${index}/id`, code: 'duplicate-id', message: duplicateMessage(record.id, `/${first}`) });
    });
    idSets.set(key, new Set(seen.keys()));
  }
  for (const key of DATASET_KEYS) {
    datasets[key]?.forEach((record, index) => {
      for (const problem of recordRuleProblems(key, record)) problems.push({ ...problem, dataset: key, pointer: `/${index}${problem.pointer}` });
      for (const reference of referencesOf(key, record)) {
        const ids = idSets.get(reference.target);
        if (ids !== undefined && !ids.has(reference.id)) {
          problems.push({ dataset: key, pointer: `/${index}${reference.pointer}`, code: 'unresolved-reference', message: unresolvedMessage(reference) });
        }
      }
    });
  }
  return problems;
};
