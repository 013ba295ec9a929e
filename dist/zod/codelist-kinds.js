/**
 * How a codelist is made: closed (an enum of its codes) or open (bounded text, codes recommended),
 * and the registry every codelist enters. Build-time helpers: the `china-st-meetings/zod` entry
 * exports the codelists (schema/codelists.ts), not these.
 */
import * as z from 'zod';
import { text } from './common.js';
import { limits } from './limits.js';
/** Every codelist, in the order the dictionary lists them (filled by `closedCodelist`/`openCodelist`). */
const registry = [];
/** Every codelist, in the order the dictionary lists them. */
export const codelists = registry;
const register = (codelist) => {
    if (registry.some((known) => known.name === codelist.name))
        throw new Error(`codelist ${codelist.name} is defined twice`);
    const codes = codelist.codes.map((entry) => entry.code);
    if (new Set(codes).size !== codes.length)
        throw new Error(`codelist ${codelist.name} lists a code twice`);
    registry.push(codelist);
};
/** The title of a code, or the value itself when the codelist does not list it (an open codelist). */
export const codeTitle = (codelistName, value) => codelists.find((codelist) => codelist.name === codelistName)?.codes.find((entry) => entry.code === value)?.title ?? value;
const pascal = (name) => name.replace(/(^|-)([a-z])/gu, (_, _dash, letter) => letter.toUpperCase());
const summary = (codes) => codes.map((entry) => `"${entry.code}" (${entry.description})`).join('; ');
/** A closed codelist: the schema is an enum of its codes. */
export const closedCodelist = (name, description, codes) => {
    register({ name, defName: pascal(name), open: false, description, codes });
    const values = codes.map((entry) => entry.code);
    const schema = z.enum(values).meta({
        id: pascal(name),
        title: pascal(name),
        description: `${description} Closed codelist \`${name}\`: ${summary(codes)}.`,
    });
    return Object.assign(schema, {
        codelistName: name,
        /** The literal for one code, as a discriminator in a union (fails at build time on an unknown code). */
        literal: (code, meta) => {
            if (!codes.some((entry) => entry.code === code))
                throw new Error(`"${code}" is not in codelist ${name}`);
            // The title names the codelist, so that the tables and the dictionary can tell which it is.
            return z.literal(code).meta({ ...meta, title: pascal(name) });
        },
    });
};
/**
 * An open codelist: any non-empty, trimmed, single-line text of at most `maxLength` characters;
 * the recommended codes are listed as `examples` and in the description.
 */
export const openCodelist = (name, description, codes, maxLength = limits.code.max) => {
    register({ name, defName: pascal(name), open: true, description, codes });
    return text(maxLength).meta({
        id: pascal(name),
        title: pascal(name),
        description: `${description} Open codelist \`${name}\`: use a recommended code where one fits, otherwise your own words. Recommended: ${summary(codes)}.`,
        examples: codes.map((entry) => entry.code),
    });
};
