/**
 * Rewrites of the code ajv's standalone generation emits, each safe for any schema: they change how
 * fast the code runs or how large it is, never what it decides. test/validator-bundle.test.ts holds
 * each to what it must do on code ajv emits.
 */

/**
 * With allErrors, ajv's code for a `$ref` adds the referenced validator's errors with
 * `vErrors.concat(…)`, which copies every error found so far: a list of n bad items costs n². This
 * appends them in place instead, in linear time. (When vErrors is null it takes the callee's array,
 * which the callee never touches again: each call of it makes a new one.)
 */
export const appendErrorsInPlace = (code: string): string => {
  const pattern = /vErrors = vErrors === null \? ([\w.]+)\.errors : vErrors\.concat\(\1\.errors\)/gu;
  if (!pattern.test(code)) return code;
  const helper = 'function appendErrors(to, from) { for (let i = 0; i < from.length; i++) to.push(from[i]); return to; }\n';
  return helper + code.replaceAll(pattern, 'vErrors = vErrors === null ? $1.errors : appendErrors(vErrors, $1.errors)');
};

/**
 * ajv counts code points (as JSON Schema requires) with a loop over every string, for minLength
 * and maxLength alike. A string's UTF-16 length bounds its code point count (cp ≤ length ≤ 2·cp),
 * so the loop is needed only when the length alone cannot decide; this guards each call with it.
 */
export const countCodePointsOnlyWhenNeeded = (code: string): string => {
  const name = /const (\w+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default/u.exec(code)?.[1];
  if (name === undefined) return code;
  return code
    .replaceAll(new RegExp(`${name}\\((\\w+)\\) > ([0-9.e]+)`, 'gu'), `($1.length > $2 && ${name}($1) > $2)`)
    .replaceAll(new RegExp(`${name}\\((\\w+)\\) < ([0-9.e]+)`, 'gu'), `($1.length < $2 || ($1.length < 2 * $2 && ${name}($1) < $2))`);
};

/**
 * Every string literal of the generated code (ajv writes them with JSON.stringify), and whether an
 * object key follows: matched one after another from the start, so no match begins inside one.
 */
const LITERAL = /"(?:[^"\\\n]|\\.)*"(\s*:)?/gu;
const worthAName = (literal: string, key: string | undefined) => key === undefined && literal.length >= 34;

/**
 * ajv writes a pattern into every error object of every field that has it (a pattern of 260
 * characters, used by most text fields, was written 247 times). Each string literal of 32
 * characters or more that is written more than once is written once, as a constant.
 */
export const nameRepeatedStrings = (code: string): string => {
  const counts = new Map<string, number>();
  for (const match of code.matchAll(LITERAL)) {
    const literal = match[0];
    if (worthAName(literal, match[1])) counts.set(literal, (counts.get(literal) ?? 0) + 1);
  }
  const names = new Map([...counts].filter(([, count]) => count > 1).map(([literal], index) => [literal, `string${index}`]));
  if (names.size === 0) return code;
  const declarations = [...names].map(([literal, name]) => `const ${name} = ${literal};`).join('\n');
  return `${declarations}\n${code.replace(LITERAL, (literal: string, key: string | undefined) => (worthAName(literal, key) ? (names.get(literal) ?? literal) : literal))}`;
};

/** Past this many errors a record's are no longer collected (src/validate/issues.ts says so). */
export const MAX_RECORD_ERRORS = 10_000;

/**
 * With allErrors, ajv builds an error object for every fault before the caller can cap the list: a
 * 58 MB line of 6 million unknown keys took 3.7 GB. This keeps the first MAX_RECORD_ERRORS of a
 * validator's errors and one more that says there were more (keyword `x-too-many-errors`). Verdicts
 * do not change: ajv decides by its `errors` count, which stays true (after a referenced validator
 * failed, it still grows though its errors were not all kept), and a branch that failed is still cut
 * from the list at that count, which is never beyond what is kept.
 */
export const capErrorsPerRecord = (code: string): string => {
  if (!code.includes('vErrors.push(')) return code;
  const helper = [
    `const tooManyErrors = { instancePath: "", schemaPath: "#", keyword: "x-too-many-errors", params: { limit: ${MAX_RECORD_ERRORS} } };`,
    `function pushError(to, error) { if (to.length < ${MAX_RECORD_ERRORS}) to.push(error); else if (to.length === ${MAX_RECORD_ERRORS}) to.push(tooManyErrors); }`,
  ].join('\n');
  return `${helper}\n${code
    .replaceAll(/\b(vErrors|to)\.push\(([\w[\]]+)\)/gu, 'pushError($1, $2)')
    .replaceAll(/vErrors\.length = (\w+);/gu, 'vErrors.length = Math.min($1, vErrors.length);')
    .replaceAll('errors = vErrors.length;', 'errors = Math.max(vErrors.length, errors + 1);')}`;
};

/** Every rewrite, in order. */
export const patchAjvCode = (code: string): string => nameRepeatedStrings(countCodePointsOnlyWhenNeeded(capErrorsPerRecord(appendErrorsInPlace(code))));
