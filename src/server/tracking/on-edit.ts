// Edits made directly in a task sheet: stamps "updated at/by" on the edited rows and appends
// the change to the log. Runs as a simple trigger (LIMITED auth, 30 s, no mail), so it reads
// only the edited rows, writes in batches, and never throws.
import { at } from '../../core/arrays';
import { columnHeader, type ColumnKey } from '../../core/columns';
import { formatDate } from '../../core/dates';
import { msg, type Locale } from '../../core/messages/index';
import { listPlanSheets, openTaskSheetOf } from '../sheets/task-sheet';
import { SHARED_SHEET_KEYS } from '../sheets/metadata';
import { userLocale } from '../locale';
import { CHOOSER_CELL } from './dashboard';
import { runOverdueCheck } from './overdue';
import { currentTransaction, transaction } from '../sheets/transaction';
import { appendLog, type LogEntry } from './change-log';
import { ENTERED_FIELDS, columnRuns } from './progress-model';
import { distinctLabels, planLabel } from '../../core/plan-identity';
import { addressChanges } from '../people/addresses';
import { readUnits } from '../sheets/units-sheet';

/** The part of the onEdit event the handler reads. */
export interface EditEvent {
  range?: GoogleAppsScript.Spreadsheet.Range;
  source?: GoogleAppsScript.Spreadsheet.Spreadsheet;
  user?: { getEmail(): string } | null;
  value?: unknown;
  oldValue?: unknown;
}

const TRACKED = new Set<ColumnKey>(ENTERED_FIELDS);

/** Handles one edit event; anything unexpected is logged to the console, never thrown. */
export function handleEdit(e: EditEvent | undefined, now: Date = new Date()): void {
  try {
    // All or nothing: stamps and log rows are undone together if any step fails.
    transaction(() => stampEdit(e, now));
  } catch (error) {
    console.error(error);
  }
}

function stampEdit(e: EditEvent | undefined, now: Date): void {
  const range = e?.range;
  if (!range) return;
  const sheet = range.getSheet();
  const ss = e?.source ?? sheet.getParent();
  const firstRow = range.getRow();
  const firstColumn = range.getColumn();
  const numRows = range.getNumRows();
  const numColumns = range.getNumColumns();

  if (
    firstRow === CHOOSER_CELL.row &&
    firstColumn === CHOOSER_CELL.column &&
    numRows === 1 &&
    numColumns === 1 &&
    isDashboard(sheet)
  ) {
    showChosenPlan(ss, String(range.getValue() ?? ''), now);
    return;
  }
  const taskSheet = openTaskSheetOf(ss, sheet);
  if (!taskSheet) {
    // The units registry's addresses (contacts C, members E): a change is logged with who made it.
    if (firstColumn <= 5 && firstColumn + numColumns - 1 >= 3 && firstRow + numRows - 1 >= 2 && isUnitsSheet(sheet)) {
      const locale = userLocale();
      const who = e?.user?.getEmail?.() || safeActiveEmail() || msg('logUnknownUser', locale);
      appendLog(ss, addressChanges(readUnits(ss), now, who, locale), locale);
    }
    return;
  }
  const { columnOrder } = taskSheet;
  // The tracked columns the edit touched (0-based positions).
  const touched: number[] = [];
  for (let c = firstColumn - 1; c < firstColumn - 1 + numColumns && c < columnOrder.length; c++) {
    const key = columnOrder[c];
    if (key && TRACKED.has(key)) touched.push(c);
  }
  const top = Math.max(firstRow, taskSheet.firstDataRow);
  const bottom = firstRow + numRows - 1;
  if (touched.length === 0 || bottom < top) return;

  const height = bottom - top + 1;
  const rows = sheet.getRange(top, 1, height, columnOrder.length).getValues();
  const codeAt = columnOrder.indexOf('code');
  const user = e?.user?.getEmail?.() || safeActiveEmail();
  const locale: Locale = taskSheet.locale;
  const single = numRows === 1 && numColumns === 1;

  const plan = planLabel(taskSheet.plan, sheet.getName(), locale);
  const entries: LogEntry[] = [];
  const stamped: number[] = [];
  rows.forEach((row, r) => {
    const code = codeAt >= 0 ? String(row[codeAt] ?? '').trim() : '';
    if (code === '' && touched.every((c) => row[c] === '')) return;
    stamped.push(r);
    for (const c of touched) {
      entries.push({
        time: now,
        user,
        code,
        field: columnHeader(columnOrder[c]!, locale),
        oldValue: single ? (e?.oldValue ?? '') : '',
        newValue: shownCell(row[c], taskSheet.dates.fromCell(row[c])),
        plan,
      });
    }
  });
  if (stamped.length === 0) return;

  // Stamp the edited rows' update columns: one write per run of adjacent stamp columns.
  const stampColumns = (['updatedAt', 'updatedBy'] as ColumnKey[])
    .map((k) => columnOrder.indexOf(k))
    .filter((i) => i >= 0);
  for (const [start, end] of columnRuns(stampColumns)) {
    const cells = rows.map((row, r) =>
      columnOrder.slice(start, end + 1).map((key, i) => {
        if (!stamped.includes(r)) return row[start + i] as string | number | boolean | Date;
        // A simple trigger sees the editor's e-mail only inside the developer's domain: say
        // "unknown" rather than leave the previous editor's name beside the new time.
        return key === 'updatedAt' ? now : user || msg('logUnknownUser', locale);
      }),
    );
    const before = rows.map((row) => row.slice(start, end + 1) as (string | number | boolean | Date)[]);
    writeStamps(sheet.getRange(top, start + 1, height, end - start + 1), before, cells);
  }
  appendLog(ss, entries, locale, sheet);
}

/** Writes stamp cells inside the running transaction (registering their undo). */
function writeStamps(
  range: GoogleAppsScript.Spreadsheet.Range,
  before: (string | number | boolean | Date)[][],
  after: (string | number | boolean | Date)[][],
): void {
  const tx = currentTransaction();
  if (tx) tx.setValues(range, before, after);
  else range.setValues(after);
}

function isUnitsSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  return sheet.getDeveloperMetadata().some((md) => md.getKey() === SHARED_SHEET_KEYS.units);
}

function isDashboard(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  return sheet.getDeveloperMetadata().some((md) => md.getKey() === SHARED_SHEET_KEYS.dashboard);
}

/** A leader picked a plan in the dashboard's chooser: the dashboard and its charts now show that plan. */
function showChosenPlan(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, chosen: string, now: Date): void {
  const sheets = listPlanSheets(ss);
  const labels = distinctLabels(sheets);
  const index = labels.indexOf(chosen.trim());
  if (index < 0) return;
  runOverdueCheck(ss, { planKey: at(sheets, index).planKey, now, locale: userLocale() });
}

/** A changed cell as the log shows it: dates as dd/MM/yyyy, the rest as text. */
function shownCell(value: unknown, asDate: string | null): string {
  if (value instanceof Date && asDate) return formatDate(asDate);
  return value === null || value === undefined ? '' : String(value);
}

function safeActiveEmail(): string {
  try {
    return Session.getActiveUser().getEmail();
  } catch {
    return '';
  }
}
