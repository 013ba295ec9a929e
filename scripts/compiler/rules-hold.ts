/**
 * The record rules (src/rules.ts, recordRuleProblems) written out per dataset as one function with
 * the field names in its code, for the validator: true when a record breaks none of them.
 *
 * The rules walk their field paths by name (`value[step]`), a property load that sees every field
 * of every path and so runs at the slowest, megamorphic speed: 6% of validating generated meetings
 * in one thread. Here each load names its field and stays fast. The messages are not repeated:
 * when a function says false, recordRuleProblems runs as written and says what is wrong.
 *
 * A function may be wrong only one way: saying false where the rules find nothing (plain property
 * loads read what `Object.hasOwn` would skip). test/rules-hold.test.ts holds them to the rules.
 */
import { createRules, DATASET_KEYS, type FieldPath, type Rules, type RulesModel } from '../../src/rules.ts';

/** Code that runs `body` on each value at `path` below `expression` that is not undefined. */
const eachValueAt = (path: FieldPath, expression: string, body: (value: string) => string, names: () => string): string => {
  const [step, ...rest] = path;
  if (step === undefined) {
    const value = names();
    return `{ const ${value} = ${expression}; if (${value} !== undefined) { ${body(value)} } }`;
  }
  if (step !== '*') return eachValueAt(rest, `${expression}?.[${JSON.stringify(step)}]`, body, names);
  const items = names();
  const index = names();
  return `{ const ${items} = ${expression}; if (Array.isArray(${items})) for (let ${index} = 0; ${index} < ${items}.length; ${index} += 1) ${eachValueAt(rest, `${items}[${index}]`, body, names)} }`;
};

/**
 * The module: a factory given the rules' own look-ups of time zones and countries. `fields`: the
 * fields the rules read, by rule (the tests give others).
 */
export const rulesHoldModule = (model: RulesModel, fields: Rules['recordRuleFields'] = createRules(model).recordRuleFields): string => {
  const functions = DATASET_KEYS.map((dataset) => {
    let count = 0;
    const names = () => `v${(count += 1)}`;
    const { ranges, numbered, timeZones, countries } = fields(dataset);
    const checks = [
      // An end before its start (the last value found on each path, as valueAt takes it). A path
      // through a list could find a different last value than valueAt (plain loads read more): no
      // range has one, and one that had would be left to the rules.
      ...ranges.map(({ start, end }) => {
        if ([...start, ...end].includes('*')) return 'return false;';
        const [first, last] = [names(), names()];
        return `let ${first}, ${last}; ${eachValueAt(start, 'record', (value) => `${first} = ${value};`, names)} ${eachValueAt(end, 'record', (value) => `${last} = ${value};`, names)} if (${first} !== undefined && ${last} !== undefined && ${last} < ${first}) return false;`;
      }),
      ...numbered.map((path) =>
        eachValueAt(path, 'record', (items) => {
          const index = names();
          return `if (Array.isArray(${items})) for (let ${index} = 0; ${index} < ${items}.length; ${index} += 1) if (${items}[${index}]?.number !== ${index} + 1) return false;`;
        }, names),
      ),
      ...timeZones.map((path) => eachValueAt(path, 'record', (value) => `if (typeof ${value} === 'string' && !timeZoneExists(${value})) return false;`, names)),
      ...countries.map((path) => eachValueAt(path, 'record', (value) => `if (typeof ${value} === 'string' && !countryExists(${value})) return false;`, names)),
    ];
    return `  ${JSON.stringify(dataset)}: (record) => {\n${checks.map((check) => `    ${check}\n`).join('')}    return true;\n  },`;
  });
  return ['export default ({ timeZoneExists, countryExists }) => ({', ...functions, '});', ''].join('\n');
};
