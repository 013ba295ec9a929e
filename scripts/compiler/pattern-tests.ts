/**
 * Patterns checked by functions instead of regular expressions, in the code the build generates.
 */

/**
 * Hand-written tests for the patterns of most values, which decide exactly what the regular
 * expression decides (without the u flag, as the compiled validators run it) in a few character
 * comparisons: the date pattern's alternation, the number and slug patterns and the single-line
 * text pattern (checked on every string of every record) cost more per call as regular
 * expressions. Any other pattern is run as a regular expression. Each is emitted into the
 * generated modules as it is written here: the CSV row checks (row-cells.ts) and ajv's validators
 * (patternsAsFunctions). test/csv-fast-path.test.ts and test/validator-bundle.test.ts check each
 * against its pattern.
 */
export const PATTERN_TESTS: ReadonlyMap<string, { readonly name: string; readonly source: string }> = new Map([
  [
    '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$',
    {
      name: 'isDate',
      source: `const digitAt = (v, i) => { const c = v.charCodeAt(i) - 48; return c >= 0 && c <= 9 ? c : -1; };
const isDate = (v) => {
  if (v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false;
  const y0 = digitAt(v, 0), y1 = digitAt(v, 1), y2 = digitAt(v, 2), y3 = digitAt(v, 3);
  const m0 = digitAt(v, 5), m1 = digitAt(v, 6), d0 = digitAt(v, 8), d1 = digitAt(v, 9);
  if (y0 < 0 || y1 < 0 || y2 < 0 || y3 < 0 || m0 < 0 || m1 < 0 || d0 < 0 || d1 < 0) return false;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2) return day <= (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28);
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
};`,
    },
  ],
  [
    '^-?\\d+(?:\\.\\d+)?$',
    {
      name: 'isNumeric',
      source: `const isNumeric = (v) => {
  const n = v.length;
  let i = v.charCodeAt(0) === 45 ? 1 : 0;
  const start = i;
  while (i < n && v.charCodeAt(i) >= 48 && v.charCodeAt(i) <= 57) i += 1;
  if (i === start) return false;
  if (i === n) return true;
  if (v.charCodeAt(i) !== 46) return false;
  const fraction = (i += 1);
  while (i < n && v.charCodeAt(i) >= 48 && v.charCodeAt(i) <= 57) i += 1;
  return i > fraction && i === n;
};`,
    },
  ],
  [
    '^[a-z0-9]+(?:-[a-z0-9]+)*$',
    {
      name: 'isSlug',
      source: `const isSlug = (v) => {
  const n = v.length;
  if (n === 0 || v.charCodeAt(0) === 45 || v.charCodeAt(n - 1) === 45) return false;
  let dash = false;
  for (let i = 0; i < n; i += 1) {
    const c = v.charCodeAt(i);
    if (c === 45) {
      if (dash) return false;
      dash = true;
    } else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) dash = false;
    else return false;
  }
  return true;
};`,
    },
  ],
]);

/** What a module of validators exports to run one of them on a record parsed from a JSON text without line breaks. */
export const IN_TEXT_WITHOUT_LINE_BREAKS = 'validateInTextWithoutLineBreaks';

/**
 * Appends IN_TEXT_WITHOUT_LINE_BREAKS to a module of validators: `(validate, data)` runs `validate`
 * on a record parsed from a JSON text with no backslash and no U+0085, U+2028 or U+2029 in it
 * (src/validate/json-text.ts, textHasNoLineBreaks). None of the record's strings can then hold a
 * line break (JSON allows none unescaped, and every escape begins with a backslash), so the
 * single-line test looks only at a string's ends: its five `indexOf` took 7% of a one-thread run.
 */
export const withTextWithoutLineBreaks = (code: string): string =>
  code.includes('let inTextWithoutLineBreaks = false;')
    ? `${code}\nexport const ${IN_TEXT_WITHOUT_LINE_BREAKS} = (validate, data) => {\n  inTextWithoutLineBreaks = true;\n  try {\n    return validate(data);\n  } finally {\n    inTextWithoutLineBreaks = false;\n  }\n};\n`
    : `${code}\nexport const ${IN_TEXT_WITHOUT_LINE_BREAKS} = (validate, data) => validate(data);\n`;

/** Replaces ajv's `new RegExp(…)` of each pattern of PATTERN_TESTS in generated code with its function. */
export const patternsAsFunctions = (code: string): string => {
  const used: string[] = [];
  let replaced = code;
  for (const [pattern, { name, source }] of PATTERN_TESTS) {
    const regExp = `new RegExp(${JSON.stringify(pattern)}, "")`;
    if (!replaced.includes(regExp)) continue;
    used.push(source);
    replaced = replaced.replaceAll(regExp, `{ test: ${name} }`);
  }
  return used.length === 0 ? code : `${used.join('\n')}\n${replaced}`;
};
