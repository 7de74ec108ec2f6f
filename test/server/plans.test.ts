// Plans as an office has them, through the built add-on: untitled plans never collide, a
// re-import finds its plan by number + issuer + date (never the title), every list names the
// plan, and the dashboard's chooser cell switches the plan shown, with an all-plans table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/harness/load-bundle';
import { openAddOn, rpc, rpcError, sheetValues } from '../../scripts/harness/add-on';
import type { CreatedSheet, ParsedPlan, PlanSheetSummary } from '../../src/shared/rpc';

const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/office', name), 'utf8');

function importPlan(bundle: ReturnType<typeof openAddOn>['bundle'], file: string): CreatedSheet {
  const parsed = rpc<ParsedPlan>(bundle, 'parsePlanText', fixture(file));
  return rpc<CreatedSheet>(bundle, 'createTaskSheet', parsed.plan);
}

describe('plan identity', () => {
  it('two plans without a title each get their own sheet, id and name', () => {
    const { bundle } = openAddOn('2026-04-01T02:00:00Z');
    const first = importPlan(bundle, 'untitled-a.txt');
    const parsedB = rpc<ParsedPlan>(bundle, 'parsePlanText', fixture('untitled-b.txt'));
    // Nothing identifies the second plan as the first: the review offers no sheet to update.
    expect(parsedB.existing).toBeNull();
    const second = rpc<CreatedSheet>(bundle, 'createTaskSheet', parsedB.plan);
    expect(second.planKey).not.toBe(first.planKey);
    expect(second.sheetName).not.toBe(first.sheetName);
    expect(second.label).not.toBe(first.label);
    const plans = rpc<PlanSheetSummary[]>(bundle, 'listPlans');
    expect(plans.map((p) => p.label).sort()).toEqual([first.label, second.label].sort());
    // The first plan's tasks are untouched: still in the plan.
    const rows = sheetValues(bundle, first.sheetName);
    expect(rows.slice(1).filter((r) => r[0] !== '').length).toBe(2);
  });

  it('the same plan imported twice may get a second sheet, and a revision finds it by number, issuer and date', () => {
    const { bundle } = openAddOn('2026-04-01T02:00:00Z');
    const first = importPlan(bundle, 'numbered.txt');
    expect(first.label).toBe('Cải thiện chỉ số hài lòng của người dân năm 2026 — Số 27/KH-UBND');
    // A revision with a new title is still the same issued plan.
    const revised = fixture('numbered.txt').replace('Cải thiện chỉ số hài lòng', 'Nâng cao chỉ số hài lòng');
    const parsed = rpc<ParsedPlan>(bundle, 'parsePlanText', revised);
    expect(parsed.existing?.planKey).toBe(first.planKey);
    // A plan with the same title from another issuer is not.
    const other = fixture('numbered.txt').replace('TỈNH HÀ NAM NINH', 'TỈNH BẮC NAM');
    expect(rpc<ParsedPlan>(bundle, 'parsePlanText', other).existing).toBeNull();
    // "(tạo trang mới)" works even for the same plan: a second, separate sheet.
    const copy = rpc<CreatedSheet>(bundle, 'createTaskSheet', parsed.plan);
    expect(copy.planKey).not.toBe(first.planKey);
    expect(rpc<PlanSheetSummary[]>(bundle, 'listPlans')).toHaveLength(2);
  });

  it('a re-import with no sheet picked and no matching plan is refused, nothing written', () => {
    const { bundle } = openAddOn('2026-04-01T02:00:00Z');
    importPlan(bundle, 'untitled-a.txt');
    const parsed = rpc<ParsedPlan>(bundle, 'parsePlanText', fixture('untitled-b.txt'));
    const before = bundle.emulator.save();
    expect(rpcError(bundle, 'applyReimport', parsed.plan, null)).toContain('Không tìm thấy kế hoạch cùng số');
    expect(bundle.emulator.save()).toBe(before);
  });
});

describe('many plans on the dashboard', () => {
  it('the overdue list, change log and history name each plan; the chooser switches the plan shown', () => {
    const { bundle } = openAddOn('2026-07-01T02:00:00Z');
    const a = importPlan(bundle, 'untitled-a.txt');
    const b = importPlan(bundle, 'numbered.txt');
    rpc(bundle, 'saveProgress', {
      planKey: b.planKey,
      code: 'I.3',
      state: 'in_progress',
      percent: 40,
      completedOn: null,
      result: 'Đang khảo sát',
      evidence: '',
      baseline: null,
    });
    const report = rpc<{ items: { planKey: string; planTitle: string; code: string }[] }>(bundle, 'checkOverdue', null);
    // I.1 is overdue in both plans: each item names its plan.
    const i1 = report.items.filter((i) => i.code === 'I.1');
    expect(i1.map((i) => i.planTitle).sort()).toEqual([a.label, b.label].sort());

    const log = sheetValues(bundle, 'Nhật ký');
    expect(log[0]).toContain('Kế hoạch');
    expect(
      log
        .slice(1)
        .filter((r) => r[2] === 'I.3')
        .every((r) => r[6] === b.label),
    ).toBe(true);
    const history = sheetValues(bundle, 'Lịch sử');
    expect(
      history
        .slice(1)
        .map((r) => r[1])
        .sort(),
    ).toEqual([a.label, b.label].sort());
    expect(history.slice(1).every((r) => !String(r[1]).includes('@'))).toBe(true);

    const dashboard = () => sheetValues(bundle, 'Tổng hợp');
    const shown = dashboard();
    const all = shown.findIndex((r) => r[0] === 'Tất cả kế hoạch');
    expect(all).toBeGreaterThan(0);
    expect(
      shown
        .slice(all + 1, all + 3)
        .map((r) => r[0])
        .sort(),
    ).toEqual([a.label, b.label].sort());
    // The leader picks the other plan in the chooser cell: the unit table follows.
    const other = String(shown[1][1]) === a.label ? b : a;
    const event = bundle.emulator.userEdit('Tổng hợp', 'B2', other.label);
    bundle.emulator.runAsSimpleTrigger(() => bundle.run('onEdit', event));
    const after = dashboard();
    expect(after[0][0]).toContain(other.label);
    expect(after[1][1]).toBe(other.label);
    const units = after
      .slice(
        3,
        after.findIndex((r) => r[0] === 'Toàn kế hoạch'),
      )
      .map((r) => r[0]);
    const expected =
      other === b ? ['Sở Nội vụ', 'Sở Tư pháp', 'Văn phòng UBND tỉnh'] : ['Công an xã', 'Phòng Văn hóa - Xã hội'];
    expect([...units].sort()).toEqual(expected);
  });
});
