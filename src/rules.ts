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

export const checkRules = (datasets: Datasets): RuleProblem[] => {
  const problems: RuleProblem[] = [];
  const report = (dataset: DatasetKey, pointer: string, code: RuleCode, message: string) =>
    problems.push({ dataset, pointer, code, message });

  const idSets = new Map<DatasetKey, Set<string>>();
  for (const key of ['meetings', 'people', 'organizations', 'sources'] as const) {
    const records = datasets[key];
    if (records === undefined) continue;
    const seen = new Map<string, number>();
    records.forEach((record, index) => {
      const first = seen.get(record.id);
      if (first === undefined) seen.set(record.id, index);
      else report(key, `/${index}/id`, 'duplicate-id', `id "${record.id}" is already used by /${first}; give each record its own id`);
    });
    idSets.set(key, new Set(seen.keys()));
  }

  const reference = (dataset: DatasetKey, pointer: string, kind: ReferenceKind, id: string | undefined) => {
    if (id === undefined) return;
    const target = REFERENCE_TARGET[kind];
    const ids = idSets.get(target);
    if (ids !== undefined && !ids.has(id)) {
      report(dataset, pointer, 'unresolved-reference', `${kind} "${id}" is not in ${target}; add it there or fix the id`);
    }
  };

  const numbering = (dataset: DatasetKey, pointer: string, items: readonly { readonly number: number }[]) =>
    items.forEach((item, index) => {
      if (item.number !== index + 1) {
        report(dataset, `${pointer}/${index}/number`, 'numbering', `is ${item.number} but must be ${index + 1}: number the items 1..n in order, without gaps`);
      }
    });

  datasets.meetings?.forEach((meeting, index) => {
    const at = `/${index}`;
    if (meeting.endDate < meeting.startDate) {
      report('meetings', `${at}/endDate`, 'date-order', `${meeting.endDate} is before startDate ${meeting.startDate}; the end date must not be before the start date`);
    }
    if (meeting.source.lineEnd < meeting.source.lineStart) {
      report('meetings', `${at}/source/lineEnd`, 'line-order', `line ${meeting.source.lineEnd} is before lineStart ${meeting.source.lineStart}`);
    }
    reference('meetings', `${at}/organizer/organizationId`, 'organization', meeting.organizer.organizationId);
    meeting.participants.forEach((participant, i) => {
      reference('meetings', `${at}/participants/${i}/personId`, 'person', participant.personId);
      reference('meetings', `${at}/participants/${i}/organizationId`, 'organization', participant.organizationId);
    });
    if (meeting.workReport !== undefined) {
      reference('meetings', `${at}/workReport/deliveredById`, 'person', meeting.workReport.deliveredById);
      numbering('meetings', `${at}/workReport/priorities`, meeting.workReport.priorities);
    }
    meeting.guidance?.forEach((guidance, i) =>
      reference('meetings', `${at}/guidance/${i}/organizationId`, 'organization', guidance.organizationId),
    );
    numbering('meetings', `${at}/remarks`, meeting.remarks);
    meeting.remarks.forEach((remark, i) => {
      reference('meetings', `${at}/remarks/${i}/speakerId`, 'person', remark.speakerId);
      remark.mentionedPersonIds?.forEach((id, j) => reference('meetings', `${at}/remarks/${i}/mentionedPersonIds/${j}`, 'person', id));
      remark.mentionedOrganizationIds?.forEach((id, j) =>
        reference('meetings', `${at}/remarks/${i}/mentionedOrganizationIds/${j}`, 'organization', id),
      );
    });
    reference('meetings', `${at}/source/sourceId`, 'source', meeting.source.sourceId);
  });
  datasets.people?.forEach((person, index) =>
    person.titles.forEach((title, i) => reference('people', `/${index}/titles/${i}/organizationId`, 'organization', title.organizationId)),
  );
  datasets.organizations?.forEach((organization, index) =>
    reference('organizations', `/${index}/parentId`, 'organization', organization.parentId),
  );
  datasets.sources?.forEach((source, index) => reference('sources', `/${index}/publisherId`, 'organization', source.publisherId));
  return problems;
};
