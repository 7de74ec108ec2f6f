// Guards of the entry points that are not google.script.run targets: the daily check runs only
// for a real trigger event of this user's daily trigger, and text typed into a task sheet's text
// columns stays text (a typed "=IMPORTXML(…)" becomes the words, never a formula).
import { COLUMNS, type ColumnKey } from '../../core/columns';
import { neutraliseFormula } from '../../core/sheet-model';
import { openTaskSheetOf } from '../sheets/task-sheet';
import type { EditEvent } from '../tracking/on-edit';

/**
 * True when `e` is the event of one of this user's triggers in this spreadsheet that calls
 * `handler`. A google.script.run caller cannot pass one: trigger ids are never sent to the
 * sidebar, and an id of another user's trigger is not among this user's triggers.
 */
export function isOwnTriggerEvent(e: unknown, handler: string): boolean {
  if (!e || typeof e !== 'object') return false;
  const uid = (e as { triggerUid?: unknown }).triggerUid;
  if ((typeof uid !== 'string' && typeof uid !== 'number') || String(uid) === '') return false;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) return false;
  return ScriptApp.getUserTriggers(ss).some(
    (t) => t.getUniqueId() === String(uid) && t.getHandlerFunction() === handler,
  );
}

/** Columns whose cells hold plain text (number format "@"). */
const TEXT_COLUMNS = new Set<ColumnKey>(COLUMNS.filter((c) => c.numberFormat === '@').map((c) => c.key));

/**
 * Turns formulas typed into a task sheet's text columns back into their text (with the "@"
 * format again), whatever format the cell had: a paste that reset the format would otherwise
 * make "=IMPORTXML(…)" run. One read of the edited range's formulas; writes only when needed.
 */
export function neutraliseTypedFormulas(e: EditEvent | undefined): void {
  const range = e?.range;
  if (!range) return;
  // Most edits type no formula: one read tells, and only then is the task sheet opened.
  const formulas = range.getFormulas();
  if (!formulas.some((row) => row.some((formula) => formula !== ''))) return;
  const sheet = range.getSheet();
  const taskSheet = openTaskSheetOf(e?.source ?? sheet.getParent(), sheet);
  if (!taskSheet) return;
  const firstColumn = range.getColumn();
  const firstRow = range.getRow();
  const columns = new Set<number>();
  formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      const key = taskSheet.columnOrder[firstColumn - 1 + c];
      if (formula !== '' && key && TEXT_COLUMNS.has(key) && firstRow + r >= taskSheet.firstDataRow) columns.add(c);
    }),
  );
  for (const c of columns) {
    const column = sheet.getRange(firstRow, firstColumn + c, formulas.length, 1);
    const values = column.getValues();
    const texts = formulas.map((row, r) => {
      const formula = row[c] ?? '';
      return [formula !== '' ? neutraliseFormula(formula) : (values[r]?.[0] as string | number | boolean | Date)];
    });
    // The quote prefix keeps the text whatever the format; then the column's "@" comes back.
    column.setValues(texts).setNumberFormat('@');
  }
}
