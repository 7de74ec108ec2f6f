// The units sheet (units list): read for the sidebar's unit pickers, and extended with the
// units a plan names, never duplicating one already listed.
import { mergeUnits, rowsToUnits, unitsToRows, UNITS_COLUMN_WIDTHS, type UnitEntry } from '../../core/units';
import type { Locale } from '../../core/messages/index';
import { findSharedSheet, openSharedSheet } from './shared-sheets';
import type { Sheet, Spreadsheet } from './gas';

/** The units list (empty when the sheet does not exist yet). */
export function readUnits(ss: Spreadsheet): UnitEntry[] {
  const sheet = findSharedSheet(ss, 'units');
  return sheet ? readRows(sheet) : [];
}

/**
 * Adds the units in `names` that the list lacks (creating the sheet if needed). Returns the
 * names added and an undo function that removes what this call wrote.
 */
export function addUnits(ss: Spreadsheet, names: readonly (string | null)[], locale: Locale): { added: string[]; undo: () => void } {
  const found = findSharedSheet(ss, 'units');
  const existing = found ? readRows(found) : [];
  const { added } = mergeUnits(existing, names);
  if (added.length === 0) return { added, undo: () => undefined };
  const { sheet: target, created } = found ? { sheet: found, created: false } : openSharedSheet(ss, 'units', locale);
  const first = Math.max(target.getLastRow(), 1) + 1;
  const needed = first + added.length - 1;
  const maxRows = target.getMaxRows();
  const grow = Math.max(0, needed - maxRows);
  if (grow > 0) target.insertRowsAfter(maxRows, grow);
  const range = target.getRange(first, 1, added.length, UNITS_COLUMN_WIDTHS.length);
  const formatsBefore = created ? [] : range.getNumberFormats();
  range.setNumberFormat('@');
  range.setValues(unitsToRows(added.map((name) => ({ name, shortName: '', emails: [] }))));
  return {
    added,
    // The rows below the list were empty: clearing them and their format puts the sheet back.
    undo: () => {
      if (created) return ss.deleteSheet(target);
      if (grow > 0) target.deleteRows(maxRows + 1, grow);
      const kept = target.getRange(first, 1, Math.min(added.length, maxRows - first + 1), UNITS_COLUMN_WIDTHS.length);
      if (maxRows >= first) {
        kept.clearContent();
        kept.setNumberFormats(formatsBefore.slice(0, maxRows - first + 1));
      }
    },
  };
}

function readRows(sheet: Sheet): UnitEntry[] {
  const lastRow = sheet.getLastRow();
  if (lastRow < 2) return [];
  return rowsToUnits(sheet.getRange(2, 1, lastRow - 1, UNITS_COLUMN_WIDTHS.length).getValues());
}
