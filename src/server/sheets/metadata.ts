// Developer-metadata keys of the add-on and the look-ups over them: sheets and columns are
// found by these tags, never by sheet name, column letter or header text.
import type { SharedSheetKind } from '../../core/shared-sheets';
import type { Spreadsheet, Sheet } from './gas';

/** Sheet-level tag of a task sheet; its value is the plan key. */
export const TASK_SHEET_KEY = 'planTracker.taskSheet';
/** Column-level tag of a task-sheet column; its value is the column key. */
export const COLUMN_KEY = 'planTracker.column';
/** Row-level tag of a task sheet's header row: found wherever a sort or a delete moved it. */
export const HEADER_ROW_KEY = 'planTracker.headerRow';
/** Sheet-level tag of a task sheet: fingerprints of the colour rules the add-on wrote last. */
export const RULES_KEY = 'planTracker.rules';
/** Sheet-level tag of each shared sheet (see core/shared-sheets), one key per kind. */
export const SHARED_SHEET_KEYS: Readonly<Record<SharedSheetKind, string>> = {
  units: 'planTracker.unitsSheet',
  planStore: 'planTracker.planStore',
  changeLog: 'planTracker.changeLog',
  history: 'planTracker.history',
  dashboard: 'planTracker.dashboard',
  reports: 'planTracker.reportsLog',
  extensions: 'planTracker.extensions',
};

/** Every sheet carrying the sheet-level tag `key`, with the tag's value (one finder, a few calls per sheet). */
export function taggedSheets(ss: Spreadsheet, key: string): { sheet: Sheet; value: string }[] {
  const found: { sheet: Sheet; value: string }[] = [];
  const seen = new Set<number>();
  for (const md of ss.createDeveloperMetadataFinder().withKey(key).find()) {
    const sheet = md.getLocation().getSheet();
    if (!sheet) continue;
    const id = sheet.getSheetId();
    if (seen.has(id)) continue;
    seen.add(id);
    found.push({ sheet, value: md.getValue() ?? '' });
  }
  return found;
}

/** The first sheet tagged `key`, or null (three calls, plus two for the tag found). */
export function taggedSheet(ss: Spreadsheet, key: string): Sheet | null {
  for (const md of ss.createDeveloperMetadataFinder().withKey(key).find()) {
    const sheet = md.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return null;
}

/** A 32-bit FNV-1a hash in base 36: a short fingerprint to recognise the add-on's own rules. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
