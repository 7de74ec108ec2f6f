// Re-import of a revised plan into its task sheet: computed in memory (merge by task code),
// refused when rows cannot be told apart, then written in a constant number of calls inside
// the running transaction, so a failure puts the sheet back as it was.
import { at } from '../../core/arrays';
import { columnSpec, DATA_BORDER_COLOR, type ColumnKey } from '../../core/columns';
import {
  mergeRevision,
  planColumnKeys,
  recordsToRows,
  type CellValue,
  type RevisionDiff,
} from '../../core/sheet-model';
import { nextRowIds } from '../../core/row-identity';
import type { TaskRecord } from '../../core/types';
import type { Locale } from '../../core/messages/index';
import { requireHealthy } from './sheet-health';
import { FIRST_DATA_ROW, type TaskRows, type TaskSheet } from './task-sheet';
import { formatBlock, saveRules, writeRules } from './task-sheet-format';
import type { Transaction } from './transaction';

/** A computed re-import: what changes, and the records after it. */
export interface Reimport {
  taskSheet: TaskSheet;
  rows: TaskRows;
  merged: TaskRecord[];
  diff: RevisionDiff;
}

/**
 * Merges `revised` into the sheet's records by task code (nothing is written). Refused when a
 * plan column or the header row is gone, or a code is duplicated or missing (a row would be
 * matched by guess): see sheet-health.
 */
export function planReimport(taskSheet: TaskSheet, revised: readonly TaskRecord[]): Reimport {
  const rows = taskSheet.readRecords();
  requireHealthy(taskSheet, rows, 'reimport');
  const { records, diff } = mergeRevision(rows.records, revised);
  return { taskSheet, rows, merged: records, diff };
}

/**
 * Writes a computed re-import: the plan columns of existing rows (one write per run of
 * adjacent plan columns, wherever the user moved them), new tasks in rows inserted below the
 * last one (with fresh row ids), colour rules redone for the current column positions.
 * Progress columns and the user's own columns are never written for existing rows.
 */
export function applyReimportToSheet(tx: Transaction, reimport: Reimport, locale: Locale): void {
  const { taskSheet, rows, merged } = reimport;
  const { sheet, columnOrder, dates } = taskSheet;
  const width = columnOrder.length;
  const existingCount = rows.records.length;
  const ids = nextRowIds(
    rows.identity.map((r) => r.rowId),
    merged.length - existingCount,
  );
  const withIds = merged.map((record, i) =>
    i < existingCount ? record : { ...record, rowId: ids[i - existingCount] },
  );
  const newValues = recordsToRows(withIds, columnOrder, locale, dates, { plainTextCells: true });
  const blockRows = rows.values.length;
  // Saved first, so an undo deletes inserted rows before it restores the rules' old ranges.
  const savedRules = saveRules(sheet);

  // Existing rows: the plan columns only, in runs of adjacent columns.
  if (blockRows > 0) {
    const recordAt = new Map<number, number>();
    rows.rows.forEach((row, i) => recordAt.set(row - FIRST_DATA_ROW, i));
    for (const run of planColumnRuns(columnOrder)) {
      const before = rows.values.map((row) => row.slice(run.start, run.end + 1) as CellValue[]);
      const after = before.map((old, r) => {
        const i = recordAt.get(r);
        return i === undefined ? old : at(newValues, i).slice(run.start, run.end + 1);
      });
      if (JSON.stringify(before) === JSON.stringify(after)) continue;
      const range = sheet.getRange(FIRST_DATA_ROW, run.start + 1, blockRows, run.end - run.start + 1);
      const formatsBefore = range.getNumberFormats();
      const formats = run.keys.map((key) => columnSpec(key).numberFormat);
      range.setNumberFormats(Array.from({ length: blockRows }, () => formats));
      tx.onUndo(() => range.setNumberFormats(formatsBefore));
      tx.setValues(range, before, after);
    }
  }

  // New tasks: rows inserted under the last one (undone by deleting them).
  const added = newValues.slice(existingCount);
  let maxRows = sheet.getMaxRows();
  if (added.length > 0) {
    const first = taskSheet.lastRow + 1;
    sheet.insertRowsAfter(taskSheet.lastRow, added.length);
    tx.onUndo(() => sheet.deleteRows(first, added.length));
    maxRows += added.length;
    const block = sheet.getRange(first, 1, added.length, width);
    formatBlock(block, columnOrder, added.length, locale);
    block.setValues(added);
    block.setBorder(true, true, true, true, true, true, DATA_BORDER_COLOR, SpreadsheetApp.BorderStyle.SOLID);
  }
  writeRules(sheet, columnOrder, maxRows, savedRules);
}

/** Runs of adjacent plan columns (0-based inclusive positions) in the sheet's current order. */
function planColumnRuns(
  columnOrder: readonly (ColumnKey | null)[],
): { start: number; end: number; keys: ColumnKey[] }[] {
  const plan = new Set(planColumnKeys(columnOrder));
  const runs: { start: number; end: number; keys: ColumnKey[] }[] = [];
  columnOrder.forEach((key, i) => {
    if (!key || !plan.has(key)) return;
    const last = runs[runs.length - 1];
    if (last && last.end === i - 1) {
      last.end = i;
      last.keys.push(key);
    } else runs.push({ start: i, end: i, keys: [key] });
  });
  return runs;
}
