/**
 * How a codelist is made: closed (an enum of its codes) or open (bounded text, codes recommended),
 * and the registry every codelist enters. Build-time helpers: the `china-st-meetings/zod` entry
 * exports the codelists (schema/codelists.ts), not these.
 */
import * as z from 'zod';
import { text } from './common.ts';
import { limits } from './limits.ts';

export interface Code {
  readonly code: string;
  readonly title: string;
  readonly description: string;
}

export interface Codelist {
  /** The file name (`meeting-kind` → `codelists/meeting-kind.csv`). */
  readonly name: string;
  /** The `$defs` name of its schema in the JSON Schemas. */
  readonly defName: string;
  readonly open: boolean;
  readonly description: string;
  readonly codes: readonly Code[];
}

/** Every codelist, in the order the dictionary lists them (filled by `closedCodelist`/`openCodelist`). */
const registry: Codelist[] = [];

/** Every codelist, in the order the dictionary lists them. */
export const codelists: readonly Codelist[] = registry;

const register = (codelist: Codelist) => {
  if (registry.some((known) => known.name === codelist.name)) throw new Error(`codelist ${codelist.name} is defined twice`);
  const codes = codelist.codes.map((entry) => entry.code);
  if (new Set(codes).size !== codes.length) throw new Error(`codelist ${codelist.name} lists a code twice`);
  registry.push(codelist);
};

/** The title of a code, or the value itself when the codelist does not list it (an open codelist). */
export const codeTitle = (codelistName: string, value: string): string =>
  codelists.find((codelist) => codelist.name === codelistName)?.codes.find((entry) => entry.code === value)?.title ?? value;

const pascal = (name: string) => name.replace(/(^|-)([a-z])/gu, (_, _dash: string, letter: string) => letter.toUpperCase());

const summary = (codes: readonly Code[]) => codes.map((entry) => `"${entry.code}" (${entry.description})`).join('; ');

/** A closed codelist: the schema is an enum of its codes. */
export const closedCodelist = <const Codes extends readonly [Code, ...Code[]]>(name: string, description: string, codes: Codes) => {
  register({ name, defName: pascal(name), open: false, description, codes });
  const values = codes.map((entry) => entry.code) as { [K in keyof Codes]: Codes[K]['code'] };
  const schema = z.enum(values as unknown as [Codes[number]['code'], ...Codes[number]['code'][]]).meta({
    id: pascal(name),
    title: pascal(name),
    description: `${description} Closed codelist \`${name}\`: ${summary(codes)}.`,
  });
  return Object.assign(schema, {
    codelistName: name,
    /** The literal for one code, as a discriminator in a union (fails at build time on an unknown code). */
    literal: <C extends Codes[number]['code']>(code: C, meta: { description: string }) => {
      if (!codes.some((entry) => entry.code === code)) throw new Error(`"${code}" is not in codelist ${name}`);
      // The title names the codelist, so that the tables and the dictionary can tell which it is.
      return z.literal(code).meta({ ...meta, title: pascal(name) });
    },
  });
};

/**
 * An open codelist: any non-empty, trimmed, single-line text of at most `maxLength` characters;
 * the recommended codes are listed as `examples` and in the description.
 */
export const openCodelist = (name: string, description: string, codes: readonly [Code, ...Code[]], maxLength: number = limits.code.max) => {
  register({ name, defName: pascal(name), open: true, description, codes });
  return text(maxLength).meta({
    id: pascal(name),
    title: pascal(name),
    description: `${description} Open codelist \`${name}\`: use a recommended code where one fits, otherwise your own words. Recommended: ${summary(codes)}.`,
    examples: codes.map((entry) => entry.code),
  });
};

