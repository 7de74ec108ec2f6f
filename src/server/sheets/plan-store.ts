// The hidden sheet that keeps each plan's header, basis, reports, recipients and signer (for
// the report) and its tasks as imported (for "Sửa cấu trúc bảng", which puts a deleted plan
// column back from them), one row per plan: the plan key, then the JSON in chunks of a cell.
// Developer metadata values have size limits, so the plan itself lives in cells.
import { at } from '../../core/arrays';
import type { Plan } from '../../core/types';
import type { Locale } from '../../core/messages/index';
import { findSharedSheet, openSharedSheet } from './shared-sheets';
import { currentTransaction } from './transaction';
import type { Sheet, Spreadsheet } from './gas';
import { parseStored, StoredPlanSchema } from '../../shared/schemas';

/**
 * What is stored of a plan: everything but the parser's warnings, plus the sheet's language.
 * `tasks` are the tasks as last imported (absent in rows stored before they were kept).
 */
export type StoredPlan = Omit<Plan, 'tasks' | 'warnings'> & { locale: Locale; tasks?: Plan['tasks'] };

/** Characters per cell (a cell holds at most 50 000). */
const CHUNK = 40_000;

/** The plan as stored: warnings left out. */
export function toStoredPlan(plan: Plan, locale: Locale): StoredPlan {
  const { warnings: _warnings, ...rest } = plan;
  return { ...rest, locale };
}

/** A Plan (with no tasks: they are the sheet's rows) from what is stored. */
export function fromStoredPlan(stored: StoredPlan): Plan {
  const { locale: _locale, tasks: _tasks, ...rest } = stored;
  return { ...rest, tasks: [], warnings: [] };
}

/** The plan as last imported, tasks included (none for a row stored before tasks were kept). */
export function importedPlan(stored: StoredPlan): Plan {
  return { ...fromStoredPlan(stored), tasks: stored.tasks ?? [] };
}

/** Every stored plan by plan key (one read of the store sheet). */
export function readStoredPlans(ss: Spreadsheet): Map<string, StoredPlan> {
  const sheet = findSharedSheet(ss, 'planStore');
  return sheet ? parseRows(readAll(sheet)) : new Map();
}

/**
 * Stores `plan` under `planKey`, replacing its earlier row. Inside a transaction the store is
 * put back as it was if the operation fails.
 */
export function writeStoredPlan(ss: Spreadsheet, planKey: string, stored: StoredPlan, locale: Locale): void {
  const { sheet: store, created } = openSharedSheet(ss, 'planStore', locale);
  const json = JSON.stringify(stored);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) chunks.push(json.slice(i, i + CHUNK));
  const rows = readAll(store);
  const index = rows.findIndex((row) => String(row[0]) === planKey);
  const row = index >= 0 ? index + 1 : rows.length + 1;
  const existingRow = index >= 0 ? at(rows, index) : null;
  const width = Math.max(chunks.length + 1, existingRow ? existingRow.length : 0);
  const cells = [planKey, ...chunks];
  while (cells.length < width) cells.push('');
  const maxColumns = store.getMaxColumns();
  const maxRows = store.getMaxRows();
  const growColumns = Math.max(0, width - maxColumns);
  const growRows = Math.max(0, row - maxRows);
  // Inside a transaction each change is undone if the operation fails (a new store sheet is
  // deleted by the transaction itself); each undo is registered right after its change.
  const tx = created ? null : currentTransaction();
  if (growColumns > 0) {
    store.insertColumnsAfter(maxColumns, growColumns);
    tx?.onUndo(() => store.deleteColumns(maxColumns + 1, growColumns));
  }
  if (growRows > 0) {
    store.insertRowsAfter(maxRows, growRows);
    tx?.onUndo(() => store.deleteRows(maxRows + 1, growRows));
  }
  const range = store.getRange(row, 1, 1, width);
  const before = existingRow ? [existingRow.concat(Array(width - existingRow.length).fill(''))] : null;
  if (tx && growRows === 0) {
    const formatsBefore = range.getNumberFormats();
    tx.onUndo(() => {
      if (before) range.setValues(before);
      else range.clearContent();
      range.setNumberFormats(formatsBefore);
    });
  }
  range.setNumberFormat('@');
  range.setValues([cells]);
}

function readAll(sheet: Sheet): unknown[][] {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < 1 || lastColumn < 1) return [];
  return sheet.getRange(1, 1, lastRow, lastColumn).getValues();
}

function parseRows(rows: unknown[][]): Map<string, StoredPlan> {
  const plans = new Map<string, StoredPlan>();
  for (const row of rows) {
    const key = String(row[0] ?? '');
    if (!key) continue;
    // A damaged or reshaped row is skipped: the task sheet still works without its stored header.
    const stored = parseStored(
      StoredPlanSchema,
      row
        .slice(1)
        .map((c) => String(c ?? ''))
        .join(''),
    );
    if (stored) plans.set(key, stored as unknown as StoredPlan);
  }
  return plans;
}
