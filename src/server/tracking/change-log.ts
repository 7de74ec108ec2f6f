// The change log sheet: rows of (time, user, task code, field, old value, new value, plan),
// appended in one write per batch of changes.
import type { CellValue } from '../../core/sheet-model';
import { DATETIME_FORMAT } from '../../core/columns';
import { CHANGE_LOG_HEADER } from '../../core/shared-sheets';
import { msg, type Locale } from '../../core/messages/index';
import { openSharedSheet } from '../sheets/shared-sheets';
import { currentTransaction } from '../sheets/transaction';

import type { Spreadsheet } from '../sheets/gas';
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One logged change. */
export interface LogEntry {
  time: Date;
  user: string;
  code: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
  /** The plan's name as shown everywhere; '' for entries about no plan. */
  plan?: string;
}

/** A cell value for the log: text, written into plain-text ("@") cells so "=…" stays text. */
function logCell(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/**
 * Appends the entries to the change log in one write (plus a grow when the sheet is full).
 * Inside a transaction the rows are removed again if the operation fails. When the log is made
 * now, `returnTo` (the sheet the user is on) becomes the active sheet again.
 */
export function appendLog(ss: Spreadsheet, entries: readonly LogEntry[], locale: Locale, returnTo?: Sheet): void {
  if (entries.length === 0) return;
  const tx = currentTransaction();
  const { sheet, created } = openSharedSheet(ss, 'changeLog', locale, { returnTo });
  const first = sheet.getLastRow() + 1;
  const maxRows = sheet.getMaxRows();
  const spare = maxRows - first + 1;
  const grow = Math.max(0, entries.length - spare);
  if (grow > 0) sheet.insertRowsAfter(maxRows, grow);
  const unknown = msg('logUnknownUser', locale);
  const rows = entries.map((e) => [
    e.time,
    e.user || unknown,
    logCell(e.code),
    logCell(e.field),
    logCell(e.oldValue),
    logCell(e.newValue),
    logCell(e.plan ?? ''),
  ]);
  const range = sheet.getRange(first, 1, rows.length, CHANGE_LOG_HEADER.length);
  if (tx && !created) {
    // The rows were empty: the undo clears them and puts their formats back, and drops added rows.
    const existing = Math.min(rows.length, spare);
    const kept = existing > 0 ? sheet.getRange(first, 1, existing, CHANGE_LOG_HEADER.length) : null;
    const formatsBefore = kept ? kept.getNumberFormats() : [];
    tx.onUndo(() => {
      if (grow > 0) sheet.deleteRows(maxRows + 1, grow);
      if (kept) {
        kept.clearContent();
        kept.setNumberFormats(formatsBefore);
      }
    });
  }
  range.setNumberFormats(rows.map(() => [DATETIME_FORMAT, '@', '@', '@', '@', '@', '@']));
  range.setValues(rows);
}
