// The units sheet (the units registry): read for the pickers, permissions and the digest,
// extended with the units a plan names (never duplicating one already listed, by any of its
// names), and rewritten whole when two units are merged.
import {
  mergeUnits,
  newUnit,
  rowsToUnits,
  unitsHeader,
  unitsToRows,
  UNITS_COLUMN_WIDTHS,
  type UnitEntry,
} from '../../core/units';
import type { Locale } from '../../core/messages/index';
import { findSharedSheet, openSharedSheet } from './shared-sheets';
import { currentTransaction } from './transaction';
import type { Sheet, Spreadsheet } from './gas';

const WIDTH = UNITS_COLUMN_WIDTHS.length;

/** The units registry (empty when the sheet does not exist yet). */
export function readUnits(ss: Spreadsheet): UnitEntry[] {
  const sheet = findSharedSheet(ss, 'units');
  return sheet ? readRows(sheet) : [];
}

/**
 * Adds the units in `names` that the registry lacks (creating the sheet if needed). Returns the
 * names added. Inside a transaction, what it writes is undone if the operation fails.
 */
export function addUnits(ss: Spreadsheet, names: readonly (string | null)[], locale: Locale): { added: string[] } {
  const found = findSharedSheet(ss, 'units');
  const existing = found ? readRows(found) : [];
  const { added } = mergeUnits(existing, names);
  if (added.length === 0) return { added };
  const { sheet: target, created } = found ? { sheet: found, created: false } : openSharedSheet(ss, 'units', locale);
  const first = Math.max(target.getLastRow(), 1) + 1;
  const needed = first + added.length - 1;
  const maxRows = target.getMaxRows();
  const grow = Math.max(0, needed - maxRows);
  if (grow > 0) {
    target.insertRowsAfter(maxRows, grow);
    if (!created) currentTransaction()?.onUndo(() => target.deleteRows(maxRows + 1, grow));
  }
  // A registry made before units had other names and members gets the new columns' headers.
  const header = found && target.getLastColumn() < WIDTH ? target.getRange(1, 1, 1, WIDTH) : null;
  const headerBefore = header?.getValues() ?? null;
  const range = target.getRange(first, 1, added.length, WIDTH);
  const formatsBefore = created ? [] : range.getNumberFormats();
  // The rows below the list were empty: clearing them and their format puts the sheet back (a
  // new sheet is deleted by the transaction itself). Registered before the first write.
  if (!created) {
    currentTransaction()?.onUndo(() => {
      if (header && headerBefore) header.setValues(headerBefore);
      if (maxRows >= first) {
        const kept = target.getRange(first, 1, Math.min(added.length, maxRows - first + 1), WIDTH);
        kept.clearContent();
        kept.setNumberFormats(formatsBefore.slice(0, maxRows - first + 1));
      }
    });
  }
  header?.setValues([unitsHeader(locale)]);
  range.setNumberFormat('@');
  range.setValues(unitsToRows(added.map(newUnit)));
  return { added };
}

/**
 * Rewrites the whole registry (header and rows) in one write, clearing rows left over below;
 * returns an undo that puts the previous rows back.
 */
export function writeUnits(ss: Spreadsheet, units: readonly UnitEntry[], locale: Locale): () => void {
  const { sheet, created } = openSharedSheet(ss, 'units', locale);
  const lastRow = Math.max(sheet.getLastRow(), 1);
  const height = Math.max(lastRow, units.length + 1);
  if (sheet.getMaxRows() < height) sheet.insertRowsAfter(sheet.getMaxRows(), height - sheet.getMaxRows());
  if (sheet.getMaxColumns() < WIDTH) sheet.insertColumnsAfter(sheet.getMaxColumns(), WIDTH - sheet.getMaxColumns());
  const range = sheet.getRange(1, 1, height, WIDTH);
  const before = range.getValues();
  const rows = [unitsHeader(locale), ...unitsToRows(units)];
  while (rows.length < height) rows.push(Array(WIDTH).fill(''));
  range.setNumberFormat('@');
  range.setValues(rows);
  return () => {
    // Inside a transaction a sheet made here is deleted by the transaction itself.
    if (created) {
      if (!currentTransaction()) ss.deleteSheet(sheet);
    } else range.setValues(before);
  };
}

function readRows(sheet: Sheet): UnitEntry[] {
  const lastRow = sheet.getLastRow();
  if (lastRow < 2) return [];
  return rowsToUnits(sheet.getRange(2, 1, lastRow - 1, WIDTH).getValues());
}
