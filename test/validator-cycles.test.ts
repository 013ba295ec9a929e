/**
 * No module imports one that imports it, type imports included, anywhere in the code: src/, scripts/
 * and schema/ (checked by dependency-cruiser).
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

describe('imports', () => {
  it('have no cycle in src/, scripts/ or schema/', async () => {
    const { violations, modules } = await cycles(['src', 'scripts', 'schema']);
    expect(modules).toBeGreaterThan(100);
    expect(violations).toEqual([]);
  });

  it('would show one, of type imports too (the check is not blind)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cycle-'));
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b.ts';\nexport const a = () => b;\nexport type A = string;\n");
    writeFileSync(join(dir, 'b.ts'), "import type { A } from './a.ts';\nexport const b = (): A => 'b';\n");
    const { violations } = await cycles([dir]);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/a\.ts -> .*b\.ts|b\.ts -> .*a\.ts/u);
  });
});
