// The scenario runner: steps run in order on one spreadsheet, each as its user on its day; answers,
// refusals and the files it writes are what the add-on produced.
import { mkdtempSync, readFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseScenario, runScenario, writeScenario, type StepResult } from '../../scripts/scenario';
import { FIXTURES_DIR } from '../fixtures/index';

const SCENARIO = join(FIXTURES_DIR, 'scenarios/office-and-units.json');
const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});

const answer = <T>(result: StepResult): T => {
  const a = result.answer as { ok: boolean; value: T; error?: string };
  if (!a?.ok) throw new Error(`step ${result.step} answered ${JSON.stringify(a)}`);
  return a.value;
};

describe('runScenario', () => {
  it('runs the office, two units and the report on one spreadsheet, each step as its user on its day', () => {
    const steps = parseScenario(readFileSync(SCENARIO, 'utf8'));
    const { results, bundle } = runScenario(steps, { baseDir: join(FIXTURES_DIR, 'scenarios') });
    const office = 'vanphong@example.gov.vn';
    const member = 'phongtochuc@example.gov.vn';
    const outsider = 'phongketoan@example.gov.vn';
    expect(results.map((r) => [r.user, r.today])).toEqual([
      [office, '2023-02-01'],
      [office, '2023-02-01'],
      [office, '2023-02-01'],
      [office, '2023-02-01'],
      [member, '2023-03-15'],
      [member, '2023-03-15'],
      [outsider, '2023-04-20'],
      [outsider, '2023-04-20'],
      [office, '2023-05-12'],
      [office, '2023-05-12'],
      [office, '2023-05-12'],
    ]);
    const created = answer<{ planKey: string; sheetName: string; tasks: number }>(results[1]);
    expect(created.tasks).toBeGreaterThan(0);
    // The office typed the member's e-mail into the units sheet; the member's save is stamped
    // with their e-mail and the scenario's day.
    expect(results[3]).toMatchObject({ ok: true });
    expect(answer<{ task: { percent: number | null } }>(results[5]).task.percent).toBe(40);
    const sheet = bundle.emulator.workbook().sheets.find((s) => s.name === created.sheetName)!;
    const header = sheet.displayValues[0];
    const row = sheet.displayValues.find((r) => r[0] === 'III.1')!;
    expect(row[header.indexOf('Người cập nhật')]).toBe(member);
    expect(row[header.indexOf('Cập nhật lúc')]).toContain('15/03/2023');
    // Someone outside the unit is refused, in the user's language, and nothing changes.
    const refused = results[6].answer as { ok: boolean; error: string };
    expect(refused.ok).toBe(false);
    expect(refused.error).toContain('III.1');
    expect(row[header.indexOf('Tình trạng')]).not.toBe('Hoàn thành');
    // 150 typed into the percent cell is refused by its rule, and the cell keeps its value.
    expect(results[7]).toMatchObject({ ok: false });
    expect(results[7].error).toContain('violates the data validation rules');
    expect(row[header.indexOf('Tiến độ (%)')]).toBe('40');
    // The check on 12/05 finds the 6-month report (due 10/05) overdue; the report is a Doc.
    const check = answer<{ overdue: number; today: string }>(results[8]);
    expect(check.today).toBe('2023-05-12');
    expect(check.overdue).toBeGreaterThan(0);
    const report = answer<{ id: string }>(results[10]);
    expect(bundle.emulator.documents().map((d) => (d as { id: string }).id)).toEqual([report.id]);
  });

  it('writes results.json, workbook.json and the Docs, and records a failing step without stopping', () => {
    const out = mkdtempSync(join(tmpdir(), 'plan-tracker-scenario-'));
    dirs.push(out);
    const run = runScenario(
      parseScenario(
        JSON.stringify([
          { user: 'vanphong@example.gov.vn', today: '2023-02-01', call: 'noSuchFunction', args: [] },
          { call: 'getSidebarContext' },
        ]),
      ),
    );
    expect(run.results[0]).toMatchObject({ ok: false, error: 'Script function not found: noSuchFunction' });
    expect(answer<{ userEmail: string }>(run.results[1]).userEmail).toBe('vanphong@example.gov.vn');
    writeScenario(run, out);
    expect(readdirSync(out).sort()).toEqual(['docs', 'documents.json', 'results.json', 'workbook.json']);
    expect(JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'))).toHaveLength(2);
  });

  it('refuses a malformed scenario naming the step', () => {
    expect(() => parseScenario('{}')).toThrow('A scenario is a JSON list of steps');
    expect(() => parseScenario('[{"call":"x","edit":{"sheet":"a","range":"A1"}}]')).toThrow(
      'Step 0: needs either "call" or "edit"',
    );
    expect(() => parseScenario('[{"call":"x","today":"1/2/2023"}]')).toThrow('Step 0: "today" is YYYY-MM-DD');
  });
});
