/**
 * What a validator set-up is and what running one gives. A set-up is one validator with one set of
 * settings; each file of setups/ runs the set-ups of one validator (which may share a process).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CorpusDocument, JsonObject, SchemaName } from './documents.ts';

/** The published schemas by name, as parsed JSON. */
export type SchemaSet = ReadonlyMap<SchemaName, JsonObject>;

/**
 * What a set-up said about one document: `error` when it threw or refused the document's text
 * instead of giving a verdict; `null` when the document's schema did not load.
 */
export type Outcome = 'valid' | 'invalid' | { readonly error: string } | null;

export interface SetUpInfo {
  /** Stable: the tests and the committed matrix name set-ups by it. */
  readonly id: string;
  /** The validator as a user would name it (the package, the command, the library). */
  readonly validator: string;
  /** What was set, in the words of its documentation. */
  readonly settings: string;
  /** Whether issue 20 requires the schemas to agree with ours in it (the optional ones only report). */
  readonly required: boolean;
}

export type SetUpResult =
  | {
      readonly info: SetUpInfo;
      readonly status: 'ran';
      readonly version: string;
      /** Each schema that could not be loaded, with the validator's message. */
      readonly loadErrors: Partial<Record<SchemaName, string>>;
      /** One per document, in corpus order. */
      readonly outcomes: readonly Outcome[];
    }
  | { readonly info: SetUpInfo; readonly status: 'skipped'; readonly reason: string };

/** The set-ups of one validator, run together. */
export interface SetUpFamily {
  readonly setUps: readonly SetUpInfo[];
  readonly run: (schemas: SchemaSet, documents: readonly CorpusDocument[]) => Promise<SetUpResult[]>;
}

const require = createRequire(import.meta.url);

/** The installed version of an npm package (from its own package.json, found from its entry). */
export const npmVersion = (name: string): string => {
  let dir = dirname(require.resolve(name));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === name && manifest.version !== undefined) return manifest.version;
    } catch {
      // not this folder: look in its parent
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json of ${name} above its entry`);
    dir = parent;
  }
};

export const message = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 300) ?? '';

/**
 * Runs a synchronous validator: `compile` loads one schema (and throws when it cannot), the
 * function it returns gives a verdict on one instance.
 */
export const runCompiled = (
  info: SetUpInfo,
  version: string,
  schemas: SchemaSet,
  documents: readonly CorpusDocument[],
  compile: (schema: JsonObject) => (instance: unknown) => boolean,
): SetUpResult => {
  const loadErrors: Partial<Record<SchemaName, string>> = {};
  const validators = new Map<SchemaName, (instance: unknown) => boolean>();
  for (const [name, schema] of schemas) {
    try {
      validators.set(name, compile(structuredClone(schema)));
    } catch (error) {
      loadErrors[name] = message(error);
    }
  }
  const outcomes = documents.map((document): Outcome => {
    const validate = validators.get(document.schema);
    if (validate === undefined) return null;
    try {
      return validate(document.instance) ? 'valid' : 'invalid';
    } catch (error) {
      return { error: message(error) };
    }
  });
  return { info, status: 'ran', version, loadErrors, outcomes };
};
