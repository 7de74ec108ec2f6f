// Sheet health through the real bundle: the hand edits of issue 11 (header row deleted or
// sorted into the data, the due or state column deleted, text pasted into a date column, a
// re-import after deleting the due column) are refused with a message naming the change and
// its repair, nothing written; "Sửa cấu trúc bảng" puts the structure back, progress kept.
import { describe, expect, it } from 'vitest';
import {
  createSeedSheet,
  DEPARTMENTS,
  openAddOn,
  reviewedSeedPlan,
  rpc,
  rpcError,
  taskRows,
} from '../../scripts/harness/add-on';
import type { OverdueReport, ProgressView, RepairResult, SaveProgressResult } from '../../src/shared/rpc';
import type { LoadedBundle } from '../../scripts/harness/load-bundle';

const NOW = '2023-06-01T02:00:00Z';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function taskSheet(bundle: LoadedBundle): Sheet {
  const ss = (
    bundle.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActiveSpreadsheet();
  const sheet = ss
    .getSheets()
    .find((s) => s.getDeveloperMetadata().some((m) => m.getKey() === 'planTracker.taskSheet'));
  if (!sheet) throw new Error('no task sheet');
  return sheet;
}

function columnOf(sheet: Sheet, header: string): number {
  return sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].indexOf(header) + 1;
}

/** A plan sheet with one saved progress entry; returns the plan key and the saved task's code. */
function withProgress(): { bundle: LoadedBundle; planKey: string; code: string } {
  const { bundle } = openAddOn(NOW);
  const planKey = createSeedSheet(bundle);
  const task = rpc<ProgressView>(bundle, 'getProgressView', { planKey, unit: DEPARTMENTS }).tasks[0];
  rpc<SaveProgressResult>(bundle, 'saveProgress', {
    planKey,
    code: task.code,
    rowId: task.rowId,
    state: 'in_progress',
    percent: 60,
    completedOn: null,
    result: 'Đã làm một nửa',
    evidence: '',
    baseline: task.baseline,
  });
  return { bundle, planKey, code: task.code };
}

const state = (bundle: LoadedBundle): string => JSON.stringify(bundle.emulator.workbook());

describe('a deleted due column', () => {
  it('is named in the refusal of the check (never "0 overdue"), and the repair puts its dates back from the plan', () => {
    const { bundle, planKey, code } = withProgress();
    const before = rpc<OverdueReport>(bundle, 'checkOverdue', planKey);
    expect(before.overdue).toBeGreaterThan(0);
    const sheet = taskSheet(bundle);
    const dueColumn = columnOf(sheet, 'Thời hạn');
    const dues = sheet.getRange(2, dueColumn, 10, 1).getDisplayValues();
    sheet.deleteColumn(dueColumn);
    const untouched = state(bundle);

    const error = rpcError(bundle, 'checkOverdue', planKey);
    expect(error).toContain("Cột 'Thời hạn' đã bị xoá");
    expect(error).toContain('Sửa cấu trúc bảng');
    expect(state(bundle)).toBe(untouched);
    const view = rpc<ProgressView>(bundle, 'getProgressView', { planKey, unit: DEPARTMENTS });
    expect(view.tasks).toEqual([]);
    expect(view.sheetProblems?.join(' ')).toContain("Cột 'Thời hạn' đã bị xoá");

    const repaired = rpc<RepairResult>(bundle, 'repairSheet', planKey);
    expect(repaired.message).toContain("thêm lại cột 'Thời hạn'");
    const again = taskSheet(bundle);
    expect(columnOf(again, 'Thời hạn')).toBe(dueColumn);
    expect(again.getRange(2, dueColumn, 10, 1).getDisplayValues()).toEqual(dues);
    expect(rpc<OverdueReport>(bundle, 'checkOverdue', planKey).overdue).toBe(before.overdue);
    const row = taskRows(bundle).find((r) => r['Mã'] === code);
    expect([row?.['Tiến độ (%)'], row?.['Kết quả']]).toEqual([60, 'Đã làm một nửa']);
  });

  it('refuses a re-import and writes nothing (no title rewritten, no row appended)', () => {
    const { bundle, planKey } = withProgress();
    const sheet = taskSheet(bundle);
    sheet.deleteColumn(columnOf(sheet, 'Thời hạn'));
    const untouched = state(bundle);
    const revised = reviewedSeedPlan(bundle);
    revised.tasks = revised.tasks.map((t) => ({ ...t, title: `${t.title} (sửa)` }));
    revised.tasks.push({ ...revised.tasks[0], ref: 'IX.9', title: 'Nhiệm vụ mới' });
    const error = rpcError(bundle, 'applyReimport', revised, planKey);
    expect(error).toContain("Cột 'Thời hạn' đã bị xoá");
    expect(state(bundle)).toBe(untouched);
  });
});

describe('a deleted state column', () => {
  it('refuses the save, naming the column; nothing is written', () => {
    const { bundle, planKey } = withProgress();
    const task = rpc<ProgressView>(bundle, 'getProgressView', { planKey, unit: DEPARTMENTS }).tasks[1];
    const sheet = taskSheet(bundle);
    sheet.deleteColumn(columnOf(sheet, 'Tình trạng'));
    const untouched = state(bundle);
    const error = rpcError(bundle, 'saveProgress', {
      planKey,
      code: task.code,
      rowId: task.rowId,
      state: 'done',
      percent: null,
      completedOn: null,
      result: 'x',
      evidence: '',
      baseline: task.baseline,
    });
    expect(error).toContain("Cột 'Tình trạng' đã bị xoá");
    expect(state(bundle)).toBe(untouched);
  });
});

describe('the header row', () => {
  it('deleted: every task is still counted after the repair, none vanishes or is duplicated', () => {
    const { bundle, planKey, code } = withProgress();
    const count = taskRows(bundle).length;
    taskSheet(bundle).deleteRow(1);
    const error = rpcError(bundle, 'checkOverdue', planKey);
    expect(error).toContain('Dòng tiêu đề (dòng 1) đã bị xoá');
    expect(rpcError(bundle, 'applyReimport', reviewedSeedPlan(bundle), planKey)).toContain('Dòng tiêu đề');
    rpc<RepairResult>(bundle, 'repairSheet', planKey);
    const rows = taskRows(bundle);
    expect(rows).toHaveLength(count);
    expect(rows.find((r) => r['Mã'] === code)?.['Kết quả']).toBe('Đã làm một nửa');
    rpc(bundle, 'applyReimport', reviewedSeedPlan(bundle), planKey);
    expect(taskRows(bundle)).toHaveLength(count);
  });

  it('sorted into the data: named with its row, and put back on row 1 by the repair', () => {
    const { bundle, planKey, code } = withProgress();
    const sheet = taskSheet(bundle);
    const count = taskRows(bundle).length;
    sheet.getRange(1, 1, count + 1, sheet.getMaxColumns()).sort(columnOf(sheet, 'Mã'));
    const headerAt =
      sheet
        .getRange(1, 1, count + 1, 1)
        .getValues()
        .findIndex((r) => r[0] === 'Mã') + 1;
    expect(headerAt).toBeGreaterThan(1);
    expect(rpcError(bundle, 'checkOverdue', planKey)).toContain(`nay ở dòng ${headerAt}`);
    rpc<RepairResult>(bundle, 'repairSheet', planKey);
    expect(sheet.getRange(1, 1).getValue()).toBe('Mã');
    const rows = taskRows(bundle);
    expect(rows).toHaveLength(count);
    expect(rows.find((r) => r['Mã'] === code)?.['Tiến độ (%)']).toBe(60);
    expect(rpc<OverdueReport>(bundle, 'checkOverdue', planKey).overdue).toBeGreaterThan(0);
  });
});

describe('text pasted into a date column', () => {
  it('is reported with its row and text instead of being read as "no deadline"', () => {
    const { bundle, planKey } = withProgress();
    const sheet = taskSheet(bundle);
    const due = sheet.getRange(3, columnOf(sheet, 'Thời hạn'));
    due.setNumberFormat('@');
    due.setValue('cuối tháng');
    const error = rpcError(bundle, 'checkOverdue', planKey);
    expect(error).toContain("Cột 'Thời hạn' có chữ thay vì ngày ở dòng 3");
    expect(error).toContain('cuối tháng');
  });
});
