// Row identity through the real bundle: every task row carries a hidden row id; a save from the
// sidebar lands on the row it loaded wherever that row moved, and a duplicated code is refused
// with the rows named instead of writing to the first match (another unit's task).
import { describe, expect, it } from 'vitest';
import { createSeedSheet, DEPARTMENTS, openAddOn, rpc, rpcError, taskRows } from '../../scripts/harness/add-on';
import { findRow, identityProblems, nextRowIds } from '../../src/core/row-identity';
import type { ProgressView, SaveProgressResult } from '../../src/shared/rpc';

const NOW = '2023-06-01T02:00:00Z';
const ROW_ID = 'Mã dòng';

function taskSheet(bundle: ReturnType<typeof openAddOn>['bundle']) {
  const sheet = bundle.emulator
    .workbook()
    .sheets.find((s) => s.metadata.some((m) => m.key === 'planTracker.taskSheet'))!;
  return { sheet, col: (header: string) => sheet.values[0].indexOf(header) + 1 };
}

const save = (planKey: string, code: string, rowId: string | null, baseline: string | null, result: string) => ({
  planKey,
  code,
  rowId,
  state: 'in_progress',
  percent: 30,
  completedOn: null,
  result,
  evidence: '',
  baseline,
});

describe('row identity', () => {
  it('gives every task row its own hidden id, r1… in order', () => {
    const { bundle } = openAddOn(NOW);
    createSeedSheet(bundle);
    const { sheet, col } = taskSheet(bundle);
    const rows = taskRows(bundle);
    expect(rows.map((r) => r[ROW_ID])).toEqual(rows.map((_, i) => `r${i + 1}`));
    expect(sheet.hiddenColumns).toContain(col(ROW_ID));
  });

  it('refuses a save by code when two rows carry that code, naming the rows, and writes nothing', () => {
    const { bundle } = openAddOn(NOW);
    const planKey = createSeedSheet(bundle);
    const view = rpc<ProgressView>(bundle, 'getProgressView', { planKey, unit: DEPARTMENTS });
    const [first, second] = view.tasks;
    const { sheet, col } = taskSheet(bundle);
    const secondRow = sheet.values.findIndex((r) => r[0] === second.code) + 1;
    // The office types the first task's code over the second one's.
    bundle.emulator.userEdit(sheet.name, `A${secondRow}`, first.code);
    const before = JSON.stringify(bundle.emulator.workbook());

    const error = rpcError(bundle, 'saveProgress', save(planKey, first.code, null, null, 'x'));
    expect(error).toContain(`Mã ${first.code} xuất hiện ở nhiều dòng`);
    expect(error).toContain(String(secondRow));
    expect(JSON.stringify(bundle.emulator.workbook())).toBe(before);

    // The sidebar sends the row id it loaded: the save lands on that row and no other.
    const saved = rpc<SaveProgressResult>(
      bundle,
      'saveProgress',
      save(planKey, first.code, first.rowId, first.baseline, 'kết quả của dòng đầu'),
    );
    expect(saved.task.rowId).toBe(first.rowId);
    const after = taskSheet(bundle).sheet;
    const resultCol = col('Kết quả') - 1;
    const written = after.values.filter((r) => r[resultCol] === 'kết quả của dòng đầu');
    expect(written).toHaveLength(1);
    expect(written[0][col(ROW_ID) - 1]).toBe(first.rowId);
    expect(after.values[secondRow - 1][resultCol]).toBe('');
  });

  it('refuses a save whose row now carries another code, and one whose row was copied', () => {
    const { bundle } = openAddOn(NOW);
    const planKey = createSeedSheet(bundle);
    const task = rpc<ProgressView>(bundle, 'getProgressView', { planKey, unit: DEPARTMENTS }).tasks[0];
    const { sheet, col } = taskSheet(bundle);
    const row = sheet.values.findIndex((r) => r[col(ROW_ID) - 1] === task.rowId) + 1;
    bundle.emulator.userEdit(sheet.name, `A${row}`, 'Z.9');
    expect(rpcError(bundle, 'saveProgress', save(planKey, task.code, task.rowId, task.baseline, 'x'))).toContain(
      'nay mang mã Z.9',
    );
    bundle.emulator.userEdit(sheet.name, `A${row}`, task.code);
    // A copy of the row pasted below (same hidden id).
    const copyRow = taskRows(bundle).length + 2;
    bundle.emulator.userEdit(sheet.name, `A${copyRow}`, 'Z.10');
    bundle.emulator.userEdit(sheet.name, `C${copyRow}`, 'bản sao');
    bundle.emulator.userEdit(sheet.name, `${String.fromCharCode(64 + col(ROW_ID))}${copyRow}`, task.rowId);
    expect(rpcError(bundle, 'saveProgress', save(planKey, task.code, task.rowId, task.baseline, 'x'))).toContain(
      'là bản sao của cùng một nhiệm vụ',
    );
  });
});

describe('core/row-identity', () => {
  const rows = [
    { row: 2, code: 'I.1', rowId: 'r1' },
    { row: 3, code: 'I.2', rowId: 'r2' },
    { row: 4, code: 'I.2', rowId: 'r3' },
    { row: 5, code: '', rowId: 'r3' },
    { row: 6, code: 'I.4', rowId: '' },
  ];
  it('names duplicated and missing codes and ids', () => {
    expect(identityProblems(rows, true)).toEqual([
      { kind: 'duplicateCode', code: 'I.2', rows: [3, 4] },
      { kind: 'missingCode', rows: [5] },
      { kind: 'duplicateRowId', code: 'I.2', rows: [4, 5] },
      { kind: 'missingRowId', rows: [6] },
    ]);
    expect(identityProblems(rows, false).map((p) => p.kind)).toEqual(['duplicateCode', 'missingCode']);
  });
  it('finds by id first, by a unique code otherwise, and never picks among several', () => {
    expect(findRow(rows, { rowId: 'r2', code: 'I.2' })).toEqual({ found: true, row: 3 });
    expect(findRow(rows, { code: 'I.2' })).toEqual({ found: false, reason: 'ambiguous', rows: [3, 4] });
    expect(findRow(rows, { rowId: 'r3', code: 'I.2' })).toEqual({ found: false, reason: 'ambiguous', rows: [4, 5] });
    expect(findRow(rows, { code: 'I.4' })).toEqual({ found: true, row: 6 });
    expect(findRow(rows, { rowId: 'r9', code: 'I.1' })).toEqual({ found: false, reason: 'notFound', rows: [] });
  });
  it('never reuses an id', () => {
    expect(nextRowIds(['r1', 'r7', 'x', ''], 2)).toEqual(['r8', 'r9']);
    expect(nextRowIds([], 1)).toEqual(['r1']);
  });
});
