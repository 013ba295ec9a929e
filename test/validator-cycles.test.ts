/**
 * The validator's modules import each other without cycles (a cycle made the engine and the CSV
 * reader impossible to read apart). Checked by dependency-cruiser on src/validate and src/site.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cruise } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const cycles = async (paths: string[]) => {
  const result = await cruise(paths, {
    validate: true,
    ruleSet: { forbidden: [{ name: 'no-circular', severity: 'error', from: {}, to: { circular: true } }] },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    tsPreCompilationDeps: true,
  });
  const output = result.output as { summary: { violations: { from: string; to: string }[] }; modules: unknown[] };
  return { violations: output.summary.violations.map(({ from, to }) => `${from} -> ${to}`), modules: output.modules.length };
};

describe('the validator’s imports', () => {
  it('have no cycle', async () => {
    const { violations, modules } = await cycles(['src/validate', 'src/site']);
    expect(modules).toBeGreaterThan(20);
    expect(violations).toEqual([]);
  });

  it('would show one (the check is not blind)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cycle-'));
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b.ts';\nexport const a = () => b;\n");
    writeFileSync(join(dir, 'b.ts'), "import { a } from './a.ts';\nexport const b = () => a;\n");
    const { violations } = await cycles([dir]);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/a\.ts -> .*b\.ts|b\.ts -> .*a\.ts/u);
  });
});
