// Creating a task sheet from a reviewed plan: header, formats, dropdowns, rows with their
// hidden row ids, colour rules and tags, in a constant number of service calls however many
// tasks the plan has. The new sheet is registered with the running transaction, so a failure
// at any step deletes it again.
import type { Plan, TaskRecord } from '../../core/types';
import { COLUMNS, DATA_BORDER_COLOR, columnSpec, headerRow, type ColumnKey } from '../../core/columns';
import { dateCellsIn, recordsToRows } from '../../core/sheet-model';
import { nextRowIds } from '../../core/row-identity';
import { msg, type Locale } from '../../core/messages/index';
import { COLUMN_KEY, HEADER_ROW_KEY, TASK_SHEET_KEY } from './metadata';
import { headerRowOf, rememberLayout } from './column-layout';
import { uniqueName } from './shared-sheets';
import { FIRST_DATA_ROW, HEADER_ROW } from './task-sheet';
import { formatBlock, styleHeader, writeRules } from './task-sheet-format';
import type { Transaction } from './transaction';
import type { Sheet, Spreadsheet } from './gas';

interface WriteOptions {
  /** Language of the header row and the dropdown labels. */
  locale: Locale;
  /** The plan key (the plan's id). */
  planKey: string;
}

/**
 * Creates the task sheet of `plan` with `records` (validated by the caller) in a new sheet,
 * each row given its row id, tagged only once everything is written. The number of service
 * calls does not depend on the number of records. Returns the new sheet.
 */
export function writeTaskSheet(
  tx: Transaction,
  ss: Spreadsheet,
  plan: Plan,
  records: readonly TaskRecord[],
  options: WriteOptions,
): Sheet {
  const { locale } = options;
  const columnOrder: ColumnKey[] = COLUMNS.map((c) => c.key);
  const width = columnOrder.length;
  const dates = dateCellsIn(ss.getSpreadsheetTimeZone());
  const ids = nextRowIds([], records.length);
  const withIds = records.map((record, i) => ({ ...record, rowId: ids[i] }));
  const values = recordsToRows(withIds, columnOrder, locale, dates, { plainTextCells: true });
  const sheet = ss.insertSheet(uniqueName(ss, sheetNameOf(plan, locale)));
  tx.insertedSheet(ss, sheet);
  const maxRows = fitGrid(sheet, records.length + 1, width);
  const header = sheet.getRange(HEADER_ROW, 1, 1, width);
  const headerTexts = headerRow(columnOrder, locale);
  header.setValues([headerTexts]);
  styleHeader(header);
  sheet.setFrozenRows(HEADER_ROW);
  columnOrder.forEach((key, i) => sheet.setColumnWidth(i + 1, columnSpec(key).width));

  // Formats and dropdowns cover every data row of the grid, so rows added later get them too.
  const body = sheet.getRange(FIRST_DATA_ROW, 1, maxRows - HEADER_ROW, width);
  formatBlock(body, columnOrder, maxRows - HEADER_ROW, locale);
  if (records.length > 0) {
    const data = sheet.getRange(FIRST_DATA_ROW, 1, records.length, width);
    data.setValues(values);
    data.setBorder(true, true, true, true, true, true, DATA_BORDER_COLOR, SpreadsheetApp.BorderStyle.SOLID);
  }
  writeRules(sheet, columnOrder, maxRows);
  columnOrder.forEach((key, i) => sheet.getRange(1, i + 1, maxRows, 1).addDeveloperMetadata(COLUMN_KEY, key));
  columnOrder.forEach((key, i) => {
    if (columnSpec(key).hidden) sheet.hideColumns(i + 1);
  });
  sheet.getRange(`${HEADER_ROW}:${HEADER_ROW}`).addDeveloperMetadata(HEADER_ROW_KEY, 'v1');
  sheet.addDeveloperMetadata(TASK_SHEET_KEY, options.planKey);
  // The first edit or sidebar call then finds the columns without reading their tags.
  rememberLayout(sheet.getSheetId(), headerRowOf(headerTexts), {
    planKey: options.planKey,
    locale,
    columnOrder,
    headerRow: HEADER_ROW,
  });
  return sheet;
}

/** A sheet name from the plan: its number and year, or a short title. */
function sheetNameOf(plan: Pick<Plan, 'number' | 'title' | 'year'>, locale: Locale): string {
  const year = plan.year ? ` (${plan.year})` : '';
  const base = (plan.number ?? '').trim() || plan.title.trim().slice(0, 60).trim() || msg('sheetPlanUntitled', locale);
  return `${base.replace(/[[\]*?:\\]/g, ' ')}${year}`.slice(0, 90);
}

/** Empty rows kept below the last task of a new sheet, formatted and with dropdowns, for rows units add. */
const SPARE_ROWS = 100;

/**
 * Sizes the grid to `rows` plus the spare rows (never shrinking) and `columns`; returns the row
 * count. Rows are always inserted (at least one), so the call count never depends on `rows`.
 */
function fitGrid(sheet: Sheet, rows: number, columns: number): number {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  const extra = Math.max(1, rows + SPARE_ROWS - maxRows);
  sheet.insertRowsAfter(maxRows, extra);
  if (maxColumns > columns) sheet.deleteColumns(columns + 1, maxColumns - columns);
  else if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  return maxRows + extra;
}
