/**
 * Schema compatibility, kept by CI: the conformance fixtures recorded as the baseline
 * (test/fixtures/schema-baseline.json, see scripts/schema-baseline.ts) stay valid against the
 * published JSON Schemas and the validator until a major version (a minor one while 0.x). A change
 * that rejects one of them, or edits one to fit, fails here unless the version says it breaks.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { validateFiles } from 'china-st-meetings/validate';
import { datasetRegistry } from '../schema/index.ts';
import { type Baseline, BASELINE_FILE, compatibilityLine, CONFORMANCE_DIR } from '../scripts/schema-baseline.ts';
import { packageVersion } from '../scripts/compiler/package-info.ts';
import { clone, readDistJson } from './helpers.ts';

const baseline = JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Baseline;
const baselineFiles = Object.keys(baseline.files);
const datasetOf = (file: string) => datasetRegistry.find((entry) => file.endsWith(`/${entry.dataset}.json`));

type Schema = Record<string, unknown>;
const publishedSchemas = new Map(datasetRegistry.map((entry) => [entry.dataset, readDistJson(`schema/${entry.dataset}.schema.json`) as Schema]));

/** The baseline files a set of dataset schemas rejects, with ajv's first error for each. */
const rejected = (schemas: ReadonlyMap<string, Schema>): string[] => {
  const validators = new Map([...schemas].map(([name, schema]) => [name, new Ajv2020().compile(schema)]));
  return baselineFiles.flatMap((file) => {
    const validate = validators.get(datasetOf(file)?.dataset ?? '');
    if (validate === undefined) return [];
    const data: unknown = JSON.parse(readFileSync(join(CONFORMANCE_DIR, file), 'utf8'));
    return validate(data) ? [] : [`${file}: ${validate.errors?.[0]?.instancePath ?? ''} ${validate.errors?.[0]?.message ?? ''}`];
  });
};

const compatible = compatibilityLine(packageVersion) === compatibilityLine(baseline.version);

describe(`the schema baseline (${baseline.version})`, () => {
  it('belongs to this version line: after a major bump, record a new one (npm run schema-baseline)', () => {
    expect(compatibilityLine(packageVersion)).toBe(compatibilityLine(baseline.version));
    expect(baselineFiles.length).toBeGreaterThanOrEqual(40);
  });

  it.runIf(compatible)('keeps its fixtures as they were: editing one to fit the schemas breaks it for its users', () => {
    const changed = baselineFiles.filter((file) => {
      let hash: string;
      try {
        hash = createHash('sha256').update(readFileSync(join(CONFORMANCE_DIR, file))).digest('hex');
      } catch {
        return true;
      }
      return hash !== baseline.files[file];
    });
    expect(changed, 'restore these, or bump the major version (minor while 0.x) and record a new baseline').toEqual([]);
  });

  it.runIf(compatible)('is valid against the published JSON Schemas', () => {
    expect(rejected(publishedSchemas)).toEqual([]);
  });

  it.runIf(compatible)('is valid with the validator, rules included', async () => {
    const fixtures = [...new Set(baselineFiles.map((file) => file.split('/').slice(0, -1).join('/')))];
    for (const fixture of fixtures) {
      const files = baselineFiles.filter((file) => file.startsWith(`${fixture}/`)).map((file) => join(CONFORMANCE_DIR, file));
      const report = await validateFiles(files);
      expect(report.errors, fixture).toEqual([]);
    }
  });

  it('would catch a schema that rejects what the baseline holds (a shorter bound for quotations)', () => {
    const tightened = new Map([...publishedSchemas].map(([name, schema]) => {
      const copy = clone(schema);
      ((copy['$defs'] as Record<string, Schema> | undefined)?.['Quote'] ?? {})['maxLength'] = 30;
      return [name, copy];
    }));
    expect(rejected(tightened).length).toBeGreaterThan(0);
  });
});
