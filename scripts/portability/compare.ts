/**
 * Each set-up's outcomes against our verdicts: what agrees, what does not, and what could not be
 * checked because its schema did not load.
 */
import { hasLoneSurrogate, type CorpusDocument, type SchemaName } from './documents.ts';
import type { Outcome, SetUpResult } from './setup.ts';
import type { OurVerdict, Verdict } from './verdict.ts';

export interface Disagreement {
  readonly document: string;
  readonly schema: SchemaName;
  /** Our verdict, and every code our validator reported (excluded ones too). */
  readonly ours: Verdict;
  readonly codes: readonly string[];
  /** The set-up's: its verdict, or `error` with what it said. */
  readonly theirs: Verdict | 'error';
  readonly error?: string;
}

export interface SetUpSummary {
  readonly id: string;
  readonly validator: string;
  readonly settings: string;
  readonly required: boolean;
  readonly status: 'ran' | 'skipped';
  readonly reason?: string;
  readonly version?: string;
  readonly documents: number;
  readonly agreements: number;
  /** Documents of a schema that did not load, which were not checked at all. */
  readonly notLoaded: number;
  readonly loadErrors: Partial<Record<SchemaName, string>>;
  readonly disagreements: readonly Disagreement[];
  /** Documents refused with an error where that agrees (see `agrees`): counted in `agreements`, listed to be seen. */
  readonly refused: readonly { readonly document: string; readonly error: string }[];
}

/**
 * Whether a set-up's outcome is our verdict. An error (the validator threw, crashed or could not
 * read the document) accepts nothing, so it agrees with our `invalid`; on a document we accept it
 * disagrees, except where the document holds a lone surrogate: such a text is not Unicode, and
 * RFC 8259 leaves what a parser does with it open.
 */
export const agrees = (document: CorpusDocument, ours: OurVerdict, outcome: Outcome): boolean =>
  outcome !== null && (typeof outcome === 'object' ? ours.verdict === 'invalid' || hasLoneSurrogate(document.instance) : outcome === ours.verdict);

export const summarize = (result: SetUpResult, documents: readonly CorpusDocument[], ours: readonly OurVerdict[]): SetUpSummary => {
  const { info } = result;
  const base = { id: info.id, validator: info.validator, settings: info.settings, required: info.required, documents: documents.length };
  if (result.status === 'skipped') return { ...base, status: 'skipped', reason: result.reason, agreements: 0, notLoaded: 0, loadErrors: {}, disagreements: [], refused: [] };
  if (result.outcomes.length !== documents.length) throw new Error(`${info.id} gave ${result.outcomes.length} outcomes for ${documents.length} documents`);
  let agreements = 0;
  let notLoaded = 0;
  const disagreements: Disagreement[] = [];
  const refused: { document: string; error: string }[] = [];
  documents.forEach((document, index) => {
    const outcome = result.outcomes[index] ?? null;
    const our = ours[index] as OurVerdict;
    if (outcome === null) notLoaded += 1;
    else if (agrees(document, our, outcome)) {
      agreements += 1;
      if (typeof outcome === 'object') refused.push({ document: document.id, error: outcome.error });
    }
    else
      disagreements.push({
        document: document.id,
        schema: document.schema,
        ours: our.verdict,
        codes: our.codes,
        theirs: typeof outcome === 'object' ? 'error' : outcome,
        ...(typeof outcome === 'object' ? { error: outcome.error } : {}),
      });
  });
  return { ...base, status: 'ran', version: result.version, agreements, notLoaded, loadErrors: result.loadErrors, disagreements, refused };
};

/** Whether a set-up loaded every schema and gave our verdict on every document. */
export const fullAgreement = (summary: SetUpSummary): boolean => summary.status === 'ran' && summary.agreements === summary.documents;
