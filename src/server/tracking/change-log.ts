// The "Nhật ký" change log: rows of (time, user, task code, field, old value, new value),
// appended in one write per batch of changes.
import type { CellValue } from '../../core/sheet-model';
import { DATETIME_FORMAT } from '../../core/columns';
import { msg, msgBoth, type Locale, type MessageKey } from '../../core/messages/index';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** One logged change. */
export interface LogEntry {
  time: Date;
  user: string;
  code: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

const LOG_HEADER: MessageKey[] = ['logTime', 'logUser', 'logCode', 'logField', 'logOld', 'logNew'];

/**
 * A shared sheet by its name in either language; created with `header` (bold, frozen) when
 * missing. Two lookups at most, and four calls to create it.
 */
export function sharedSheet(ss: Spreadsheet, nameKey: MessageKey, locale: Locale, header: string[]): Sheet {
  const names = msgBoth(nameKey);
  const found = ss.getSheetByName(names[locale]) ?? ss.getSheetByName(names[locale === 'vi' ? 'en' : 'vi']);
  if (found) return found;
  const sheet = ss.insertSheet(names[locale]);
  if (header.length === 0) return sheet;
  sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return sheet;
}

/** A cell value for the log: text, written into plain-text ("@") cells so "=…" stays text. */
function logCell(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** Appends the entries to the change log in one write (plus a grow when the sheet is full). */
export function appendLog(ss: Spreadsheet, entries: readonly LogEntry[], locale: Locale): void {
  if (entries.length === 0) return;
  const sheet = sharedSheet(ss, 'sheetChangeLog', locale, LOG_HEADER.map((key) => msg(key, locale)));
  const first = sheet.getLastRow() + 1;
  const spare = sheet.getMaxRows() - first + 1;
  if (spare < entries.length) sheet.insertRowsAfter(sheet.getMaxRows(), entries.length - spare);
  const unknown = msg('logUnknownUser', locale);
  const rows = entries.map((e) => [e.time, e.user || unknown, logCell(e.code), logCell(e.field), logCell(e.oldValue), logCell(e.newValue)]);
  const range = sheet.getRange(first, 1, rows.length, LOG_HEADER.length);
  range.setNumberFormats(rows.map(() => [DATETIME_FORMAT, '@', '@', '@', '@', '@']));
  range.setValues(rows);
}
