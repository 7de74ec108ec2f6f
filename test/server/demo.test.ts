// npm run demo's job on the emulator: it writes workbook.json and calls.json.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runDemo } from '../../scripts/demo';

it('writes the workbook and the counted service calls to the out folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-tracker-demo-'));
  const planFile = join(dir, 'plan.txt');
  writeFileSync(planFile, 'KE HOACH\nI. MUC DICH\n');
  const lines: string[] = [];
  runDemo({ planFile, outDir: join(dir, 'out') }, (line) => lines.push(line));
  const workbook = JSON.parse(readFileSync(join(dir, 'out/workbook.json'), 'utf8')) as { sheets: unknown[] };
  const calls = JSON.parse(readFileSync(join(dir, 'out/calls.json'), 'utf8')) as { total: number; byMethod: Record<string, number> };
  expect(Array.isArray(workbook.sheets)).toBe(true);
  expect(calls.total).toBeGreaterThan(0);
  expect(Object.values(calls.byMethod).reduce((a, b) => a + b, 0)).toBe(calls.total);
  expect(lines.some((line) => line.startsWith('showSidebar:'))).toBe(true);
  rmSync(dir, { recursive: true, force: true });
});
