// Where each task sheet's columns are, remembered in the document properties: reading the
// column tags costs four service calls per column, reading this costs one. An entry holds while
// the sheet's header row reads the same; moving, inserting or deleting a column, or renaming a
// header changes that row, and the next call reads the tags again and remembers them anew.
import { COLUMN_KEYS, isColumnKey, type ColumnKey } from '../../core/columns';
import type { Locale } from '../../core/messages/index';
import { fingerprint } from './metadata';
import { currentTransaction } from './transaction';
import type { Sheet } from './gas';

/** What is remembered of a task sheet. */
interface ColumnLayout {
  planKey: string;
  locale: Locale;
  /** Column keys by position (index 0 = column A); null for columns that are not the add-on's. */
  columnOrder: (ColumnKey | null)[];
  /** The row carrying the header tag (1 when intact), or null when the header row was deleted. */
  headerRow: number | null;
}

/** The header row as it reads now: its width and a fingerprint of its texts. */
interface HeaderRow {
  width: number;
  fingerprint: string;
  /** The texts of row 1. */
  texts: string[];
}

interface Entry extends ColumnLayout {
  /** Format version of the entry: changes with this format and with the column keys. */
  v: string;
  header: string;
}

const PREFIX = 'planTracker.layout.';
const VERSION = `1.${fingerprint(COLUMN_KEYS.join(','))}`;

/** The header row of `sheet` (three calls: its width, the range, one read). */
export function readHeaderRow(sheet: Sheet): HeaderRow {
  const width = sheet.getLastColumn();
  return headerRowOf(width > 0 ? (sheet.getRange(1, 1, 1, width).getValues()[0] ?? []) : []);
}

/** The header row made of `cells` (as a writer knows it, or as read back). */
export function headerRowOf(cells: readonly unknown[]): HeaderRow {
  const texts = cells.map((v) => String(v ?? ''));
  return { width: texts.length, fingerprint: `${texts.length}:${fingerprint(texts.join('\u0001'))}`, texts };
}

/** Every remembered layout by sheet id (one read of the document properties). */
export function rememberedLayouts(): Map<number, ColumnLayout & { header: string }> {
  const layouts = new Map<number, ColumnLayout & { header: string }>();
  const all = PropertiesService.getDocumentProperties().getProperties();
  for (const [key, text] of Object.entries(all)) {
    if (!key.startsWith(PREFIX)) continue;
    const entry = parseEntry(text);
    if (entry) layouts.set(Number(key.slice(PREFIX.length)), entry);
  }
  return layouts;
}

/** The layout of `sheetId` when the header still reads as it did; null otherwise. */
export function validLayout(
  layouts: Map<number, ColumnLayout & { header: string }>,
  sheetId: number,
  header: HeaderRow,
): ColumnLayout | null {
  const entry = layouts.get(sheetId);
  return entry && entry.header === header.fingerprint ? entry : null;
}

/** Remembers the layout read from the tags, under the header row it was read with (one call; two inside a transaction). */
export function rememberLayout(sheetId: number, header: HeaderRow, layout: ColumnLayout): void {
  const entry: Entry = { v: VERSION, header: header.fingerprint, ...layout };
  const props = PropertiesService.getDocumentProperties();
  const tx = currentTransaction();
  // Inside a write operation the entry is undone with it (one more read), so a failed write leaves no trace.
  if (tx) tx.setProperty(props, `${PREFIX}${sheetId}`, JSON.stringify(entry));
  else props.setProperty(`${PREFIX}${sheetId}`, JSON.stringify(entry));
}

function parseEntry(text: string): (ColumnLayout & { header: string }) | null {
  try {
    const entry = JSON.parse(text) as Partial<Entry>;
    if (entry.v !== VERSION || typeof entry.header !== 'string' || typeof entry.planKey !== 'string') return null;
    if (!Array.isArray(entry.columnOrder) || !entry.columnOrder.every((k) => k === null || isColumnKey(k))) return null;
    const headerRow = entry.headerRow === null ? null : typeof entry.headerRow === 'number' ? entry.headerRow : 1;
    return {
      header: entry.header,
      planKey: entry.planKey,
      locale: entry.locale === 'en' ? 'en' : 'vi',
      columnOrder: entry.columnOrder,
      headerRow,
    };
  } catch {
    return null;
  }
}
