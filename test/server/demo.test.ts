// npm run demo's job on the emulator: it writes workbook.json and calls.json.
import { DAN_VAN_PLAN_FILE } from '../fixtures/index';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runDemo } from '../../scripts/demo';

const SEED_PLAN = DAN_VAN_PLAN_FILE;

it('imports the seed plan and writes the workbook and the counted service calls', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-tracker-demo-'));
  const lines: string[] = [];
  runDemo({ planFile: SEED_PLAN, outDir: join(dir, 'out') }, (line) => lines.push(line));
  const workbook = JSON.parse(readFileSync(join(dir, 'out/workbook.json'), 'utf8')) as {
    sheets: { values: unknown[][] }[];
  };
  const calls = JSON.parse(readFileSync(join(dir, 'out/calls.json'), 'utf8')) as {
    total: number;
    byMethod: Record<string, number>;
  };
  // The task sheet holds a header row and the seed's tasks.
  expect(Math.max(...workbook.sheets.map((sheet) => sheet.values.length))).toBeGreaterThan(5);
  expect(calls.total).toBeGreaterThan(0);
  expect(Object.values(calls.byMethod).reduce((a, b) => a + b, 0)).toBe(calls.total);
  expect(lines.map((line) => line.split(':')[0])).toEqual(
    expect.arrayContaining([
      'onOpen',
      'showSidebar',
      'getSidebarContext',
      'parsePlanText',
      'createTaskSheet',
      'checkOverdue',
    ]),
  );
  rmSync(dir, { recursive: true, force: true });
});
