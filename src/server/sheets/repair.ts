// "Sửa cấu trúc bảng": puts a task sheet's structure back after hand edits, as one transaction.
// The header row returns to row 1 (re-inserted, tagged); each deleted add-on column is inserted
// again at its place, tagged, formatted, and filled: plan columns from the stored plan (rows
// matched by a code only one row holds), row ids for rows without one, progress columns empty.
// Progress cells that exist are never written. Typed-cell and identity problems are reported.
import { at as itemAt } from '../../core/arrays';
import { COLUMNS, columnSpec, headerRow, type ColumnKey } from '../../core/columns';
import { describeProblem, repairable } from '../../core/sheet-health';
import { nextRowIds } from '../../core/row-identity';
import { planToRecords, recordsToRows, type CellValue } from '../../core/sheet-model';
import { msg, type Locale } from '../../core/messages/index';
import type { TaskRecord } from '../../core/types';
import type { RepairResult } from '../../shared/rpc';
import { COLUMN_KEY, HEADER_ROW_KEY } from './metadata';
import { importedPlan, readStoredPlans } from './plan-store';
import { sheetProblems } from './sheet-health';
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  listPlanSheets,
  openTaskSheet,
  openTaskSheetOf,
  type TaskSheet,
} from './task-sheet';
import { formatBlock, styleHeader, writeRules } from './task-sheet-format';
import { transaction, type Transaction } from './transaction';
import { userLocale } from '../locale';
import { describeError, UserError } from '../rpc';
import { withDocumentLock } from '../tracking/lock';
import type { Sheet, Spreadsheet } from './gas';

/** google.script.run target "Sửa cấu trúc bảng", under the document lock. */
export function repairSheet(planKey: unknown): RepairResult {
  if (typeof planKey !== 'string' || planKey === '' || planKey.length > 300) throw new UserError('importPlanNotFound');
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(() => repairTaskSheet(ss, planKey, userLocale()));
}

/**
 * Menu item "Sửa cấu trúc bảng": repairs the active sheet when it is a task sheet, else every
 * task sheet, and says in an alert what was done and what is left to correct by hand.
 */
export function repairSheetFromMenu(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const locale = userLocale();
  const active = openTaskSheetOf(ss, ss.getActiveSheet());
  const keys = active ? [active.planKey] : listPlanSheets(ss).map((p) => p.planKey);
  const lines: string[] = [];
  for (const planKey of keys) {
    try {
      const result = withDocumentLock(() => repairTaskSheet(ss, planKey, locale));
      lines.push([result.message, ...result.remaining].join(' '));
    } catch (error) {
      lines.push(describeError(error, locale));
    }
  }
  SpreadsheetApp.getUi().alert(lines.length > 0 ? lines.join('\n\n') : msg('repairNotTaskSheet', locale));
}

/** Repairs the sheet of `planKey`; says what it did and what is left to correct by hand. */
export function repairTaskSheet(ss: Spreadsheet, planKey: string, userLocale: Locale): RepairResult {
  return transaction((tx) => {
    const done: string[] = [];
    let taskSheet = openTaskSheet(ss, planKey);
    const { sheet } = taskSheet;
    if (taskSheet.headerRow !== HEADER_ROW) {
      restoreHeaderRow(tx, taskSheet);
      done.push(msg('repairHeader', userLocale));
      taskSheet = openTaskSheet(ss, planKey);
    }
    const missing = COLUMNS.map((c) => c.key).filter((key) => !taskSheet.columnOf.has(key));
    if (missing.length > 0) {
      insertColumns(tx, taskSheet, missing);
      taskSheet = openTaskSheet(ss, planKey);
      fillColumns(tx, ss, taskSheet, missing);
      writeRules(sheet, taskSheet.columnOrder, sheet.getMaxRows());
      for (const key of missing)
        if (key !== 'rowId')
          done.push(msg('repairColumn', userLocale, { column: headerRow([key], userLocale)[0] ?? key }));
    }
    const idsGiven = giveMissingRowIds(tx, taskSheet, missing.includes('rowId'));
    if (idsGiven > 0) done.push(msg('repairRowIds', userLocale, { count: idsGiven }));

    const remaining = sheetProblems(taskSheet, taskSheet.readRecords())
      .filter((p) => !repairable(p))
      .map((p) => describeProblem(p, userLocale));
    const name = sheet.getName();
    return {
      message:
        done.length > 0
          ? msg('repairDone', userLocale, { sheet: name, done: done.join(', ') })
          : msg('repairNothing', userLocale, { sheet: name }),
      remaining,
    };
  });
}

/**
 * Puts the header row back on row 1: a header sorted into the data is removed from there (an
 * undo inserts it again), then a new row 1 gets the headers, the header look and the tag.
 */
function restoreHeaderRow(tx: Transaction, taskSheet: TaskSheet): void {
  const { sheet, columnOrder, locale } = taskSheet;
  const texts = headerRow(columnOrder, locale);
  const stray = taskSheet.headerRow;
  if (stray !== null) {
    sheet.deleteRow(stray);
    tx.onUndo(() => {
      sheet.insertRowBefore(stray);
      writeHeader(sheet, stray, texts);
    });
  }
  const frozen = sheet.getFrozenRows();
  sheet.insertRowBefore(HEADER_ROW);
  tx.onUndo(() => sheet.deleteRow(HEADER_ROW));
  writeHeader(sheet, HEADER_ROW, texts);
  if (frozen !== HEADER_ROW) {
    sheet.setFrozenRows(HEADER_ROW);
    tx.onUndo(() => sheet.setFrozenRows(frozen));
  }
}

function writeHeader(sheet: Sheet, row: number, texts: string[]): void {
  const range = sheet.getRange(row, 1, 1, texts.length);
  range.setValues([texts]);
  styleHeader(range);
  sheet.getRange(`${row}:${row}`).addDeveloperMetadata(HEADER_ROW_KEY, 'v1');
}

/**
 * Inserts each missing column after the nearest column that comes before it in the add-on's
 * order (or first), with its tag, header, width and hidden state. Undone by deleting it.
 */
function insertColumns(tx: Transaction, taskSheet: TaskSheet, missing: readonly ColumnKey[]): void {
  const { sheet, locale } = taskSheet;
  const order = [...taskSheet.columnOrder];
  const keys = COLUMNS.map((c) => c.key);
  for (const key of missing) {
    const earlier = keys
      .slice(0, keys.indexOf(key))
      .reverse()
      .find((k) => order.includes(k));
    const position = earlier ? order.indexOf(earlier) + 2 : 1;
    if (position === 1) sheet.insertColumnBefore(1);
    else sheet.insertColumnAfter(position - 1);
    tx.onUndo(() => sheet.deleteColumn(position));
    order.splice(position - 1, 0, key);
    sheet.getRange(1, position, sheet.getMaxRows(), 1).addDeveloperMetadata(COLUMN_KEY, key);
    const header = sheet.getRange(HEADER_ROW, position);
    header.setValue(headerRow([key], locale)[0]);
    styleHeader(header);
    sheet.setColumnWidth(position, columnSpec(key).width);
    if (columnSpec(key).hidden) sheet.hideColumns(position);
  }
}

/**
 * Formats the new columns' data rows and fills them: plan columns from the stored plan (a row
 * whose code is on no other row gets its task's values), the "in plan" marker, row ids; the
 * progress and computed columns stay empty (what was deleted with them is gone).
 */
function fillColumns(tx: Transaction, ss: Spreadsheet, taskSheet: TaskSheet, added: readonly ColumnKey[]): void {
  const { sheet, columnOrder, locale, dates } = taskSheet;
  const rows = taskSheet.readRecords();
  const stored = readStoredPlans(ss).get(taskSheet.planKey);
  const planned = new Map<string, TaskRecord>();
  if (stored)
    for (const record of planToRecords(importedPlan(stored), { defaultDueToYearEnd: false, locale }))
      planned.set(record.code, record);
  const duplicated = new Set(rows.problems.flatMap((p) => (p.kind === 'duplicateCode' ? [p.code] : [])));
  const ids = nextRowIds(
    rows.identity.map((r) => r.rowId),
    rows.records.length,
  );
  const height = sheet.getMaxRows() - HEADER_ROW;
  for (const key of added) {
    const at = columnOrder.indexOf(key);
    if (at < 0) continue;
    formatBlock(sheet.getRange(FIRST_DATA_ROW, at + 1, height, 1), [key], height, locale);
    if (rows.values.length === 0) continue;
    const cells: CellValue[][] = rows.values.map(() => ['']);
    rows.records.forEach((record, i) => {
      const r = itemAt(rows.rows, i) - FIRST_DATA_ROW;
      if (key === 'rowId') cells[r] = [itemAt(ids, i)];
      else if (columnSpec(key).role === 'plan') {
        const source = duplicated.has(record.code) ? undefined : planned.get(record.code);
        if (key === 'inPlan')
          cells[r] = itemAt(
            recordsToRows([{ ...record, inPlan: source !== undefined }], [key], locale, dates, {
              plainTextCells: true,
            }),
            0,
          );
        else if (source) cells[r] = itemAt(recordsToRows([source], [key], locale, dates, { plainTextCells: true }), 0);
      }
    });
    const range = sheet.getRange(FIRST_DATA_ROW, at + 1, cells.length, 1);
    tx.setValues(
      range,
      cells.map(() => ['']),
      cells,
    );
  }
}

/** Gives a row id to task rows that have none (rows added by hand); returns how many. */
function giveMissingRowIds(tx: Transaction, taskSheet: TaskSheet, columnJustAdded: boolean): number {
  if (columnJustAdded) return taskSheet.readRecords().records.length;
  const at = taskSheet.columnOrder.indexOf('rowId');
  if (at < 0) return 0;
  const rows = taskSheet.readRecords();
  const without = rows.identity.filter((r) => r.rowId === '');
  if (without.length === 0) return 0;
  const ids = nextRowIds(
    rows.identity.map((r) => r.rowId),
    without.length,
  );
  const before = rows.values.map((row) => [row[at] as CellValue]);
  const after = before.map((cell) => [...cell]);
  without.forEach((r, i) => {
    after[r.row - FIRST_DATA_ROW] = [itemAt(ids, i)];
  });
  tx.setValues(taskSheet.sheet.getRange(FIRST_DATA_ROW, at + 1, before.length, 1), before, after);
  return without.length;
}
