// The shared sheets (units, plan store, change log, history, dashboard, reports log): each is
// found by its developer-metadata tag, so renaming it breaks nothing, and created with its
// header from core the first time it is needed.
import { SHARED_SHEETS, type SharedSheetKind } from '../../core/shared-sheets';
import { HEADER_STYLE } from '../../core/columns';
import { msg, type Locale } from '../../core/messages/index';
import { SHARED_SHEET_KEYS, taggedSheet } from './metadata';
import { currentTransaction } from './transaction';
import type { Sheet, Spreadsheet } from './gas';

export type { SharedSheetKind } from '../../core/shared-sheets';

/** The shared sheet of `kind`, or null when it was never made (or was deleted). */
export function findSharedSheet(ss: Spreadsheet, kind: SharedSheetKind): Sheet | null {
  return taggedSheet(ss, SHARED_SHEET_KEYS[kind]);
}

/**
 * The shared sheet of `kind`, created when missing: named in `locale` (made unique), header row
 * bold on grey and frozen, widths set, hidden when it holds the add-on's data, tagged last.
 * `created` tells the caller it is new. A sheet half made when a step fails is deleted again,
 * and inside a transaction a new sheet is deleted when the operation fails later. insertSheet
 * makes the new sheet the active one; `returnTo` is activated again after it (a hand edit that
 * starts the change log must not take the user away from the sheet they typed in).
 */
export function openSharedSheet(
  ss: Spreadsheet,
  kind: SharedSheetKind,
  locale: Locale,
  options: { returnTo?: Sheet } = {},
): { sheet: Sheet; created: boolean } {
  const found = findSharedSheet(ss, kind);
  if (found) return { sheet: found, created: false };
  const spec = SHARED_SHEETS[kind];
  const sheet = ss.insertSheet(uniqueName(ss, msg(spec.name, locale)));
  const tx = currentTransaction();
  if (tx) tx.insertedSheet(ss, sheet);
  try {
    options.returnTo?.activate();
    const header = spec.header(locale);
    if (header.length > 0) {
      const range = sheet.getRange(1, 1, 1, header.length);
      range.setValues([header]);
      range.setFontWeight(HEADER_STYLE.fontWeight);
      range.setBackground(HEADER_STYLE.background);
      sheet.setFrozenRows(1);
    }
    spec.widths.forEach((width, i) => sheet.setColumnWidth(i + 1, width));
    if (spec.hidden) sheet.hideSheet();
    sheet.addDeveloperMetadata(SHARED_SHEET_KEYS[kind], 'v1');
  } catch (error) {
    if (!tx) ss.deleteSheet(sheet);
    throw error;
  }
  return { sheet, created: true };
}

/** `wanted`, or `wanted (2)`, `(3)`… so it does not clash with a sheet name (compared ignoring case). */
export function uniqueName(ss: Spreadsheet, wanted: string): string {
  const taken = new Set(ss.getSheets().map((s) => s.getName().toLowerCase()));
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted} (${n})`;
  return name;
}
