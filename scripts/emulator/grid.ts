// Grid operations on plain sheet state: cell access, user-entered parsing, row/column moves that carry metadata.
import type { Ctx } from './context';
import { dateToSerial, fromWallTime, isDateFormat, isTextFormat, serialToDate, isDate } from './dates';
import { fail } from './errors';
import type { CellState, CellValue, GridBox, SheetState, SpreadsheetState } from './state';

/** Default grid of a new sheet: 1000 rows × 26 columns (facts R10). */
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLS = 26;
/** Default column width in pixels (facts S6). */
export const DEFAULT_COL_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

/** A fresh sheet. */
export function newSheetState(id: number, name: string, rows = DEFAULT_ROWS, cols = DEFAULT_COLS): SheetState {
  return {
    id,
    name,
    maxRows: rows,
    maxCols: cols,
    rows: [],
    frozenRows: 0,
    frozenCols: 0,
    colWidths: {},
    rowHeights: {},
    hiddenCols: [],
    hiddenRows: [],
    hidden: false,
    tabColor: null,
    conditionalRules: [],
    charts: [],
    protections: [],
    bandings: [],
    merges: [],
  };
}

/** The cell at 1-based (row, col), or undefined. */
export function peek(sheet: SheetState, row: number, col: number): CellState | undefined {
  return sheet.rows[row - 1]?.[col - 1];
}

/** The cell at 1-based (row, col), created when missing. */
export function cellAt(sheet: SheetState, row: number, col: number): CellState {
  let r = sheet.rows[row - 1];
  if (!r) {
    r = [];
    sheet.rows[row - 1] = r;
  }
  let c = r[col - 1];
  if (!c) {
    c = {};
    r[col - 1] = c;
  }
  return c;
}

/** True when the cell has content (a value or a formula). */
export function hasContent(c: CellState | undefined): boolean {
  return !!c && ((c.v !== undefined && c.v !== '') || !!c.f);
}

/** Last row with content (0 on an empty sheet, facts R9). */
export function lastRow(sheet: SheetState): number {
  for (let r = sheet.rows.length; r >= 1; r--) {
    const row = sheet.rows[r - 1];
    if (row?.some((c) => hasContent(c))) return r;
  }
  return 0;
}

/** Last column with content (0 on an empty sheet). */
export function lastColumn(sheet: SheetState): number {
  let max = 0;
  for (const row of sheet.rows) {
    if (!row) continue;
    for (let c = row.length; c > max; c--) {
      if (hasContent(row[c - 1])) {
        max = c;
        break;
      }
    }
  }
  return max;
}

/** The value getValues() reports for a cell: '' when empty, Dates for date-formatted numbers. */
export function readValue(
  c: CellState | undefined,
  tz: string,
  mk: (ms: number) => Date = (ms) => new Date(ms),
): CellValue {
  if (!c || c.v === undefined) {
    // A checkbox never set reads as unchecked (facts V11).
    if (c?.dv?.criteria === 'CHECKBOX' && !c.f) return c.dv.values.length > 1 ? (c.dv.values[1] as CellValue) : false;
    return '';
  }
  const v = c.v;
  if (isDate(v)) {
    // A date in a cell with a plain number format reads back as its serial number.
    if (c.nf && !isDateFormat(c.nf) && !isTextFormat(c.nf) && c.nf.toLowerCase() !== 'general')
      return dateToSerial(v, tz);
    return mk(v.getTime());
  }
  if (typeof v === 'number' && c.nf && isDateFormat(c.nf)) return mk(serialToDate(v, tz).getTime());
  return v;
}

/** The locale's default date format applied when a Date lands in an unformatted cell. */
export function defaultDateFormat(locale: string): string {
  return /^en(_US)?$/i.test(locale) ? 'M/d/yyyy' : 'dd/MM/yyyy';
}

/**
 * Writes a value the way setValue/setValues/appendRow do. Strings are "user entered": a leading
 * '=' makes a formula (Range.setValues reference: "If a value begins with =, it is interpreted
 * as a formula"), numeric, boolean, percent and date-looking text is converted as the Sheets
 * editor would, a leading apostrophe forces text, and a plain-text ('@') cell keeps the string.
 * Text starting with '+' or '-' that is not a number is parsed as a formula by Sheets and
 * shows #ERROR! [inf, matches the editor]. Formulas are stored, never evaluated.
 */
/** Characters one cell holds (Google Sheets' limit). https://support.google.com/drive/answer/37603 */
export const CELL_CHAR_LIMIT = 50_000;

export function writeValue(cell: CellState, value: unknown, ss: SpreadsheetState): void {
  delete cell.f;
  if (value === null || value === undefined || value === '') {
    delete cell.v;
    return;
  }
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) fail('Invalid argument: value');
    cell.v = new Date(value.getTime());
    if (!cell.nf || cell.nf.toLowerCase() === 'general') cell.nf = defaultDateFormat(ss.locale);
    return;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail('Invalid argument: value');
    cell.v = value;
    return;
  }
  if (typeof value === 'boolean') {
    cell.v = value;
    return;
  }
  const s = typeof value === 'string' ? value : String(value);
  // Sheets refuses a cell of more than 50,000 characters, formulas included.
  if (s.length > CELL_CHAR_LIMIT)
    fail(`Your input contains more than the maximum of ${CELL_CHAR_LIMIT} characters in a single cell.`);
  if (isTextFormat(cell.nf)) {
    cell.v = s;
    return;
  }
  if (s.startsWith("'")) {
    cell.v = s.slice(1);
    return;
  }
  if (s.startsWith('=') && s.length > 1) {
    cell.f = s;
    delete cell.v;
    return;
  }
  const t = s.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) {
    cell.v = Number(t);
    return;
  }
  const pct = /^([+-]?(?:\d+\.?\d*|\.\d+))\s*%$/.exec(t);
  if (pct) {
    cell.v = Number(pct[1]) / 100;
    if (!cell.nf) cell.nf = pct[1].includes('.') ? '0.00%' : '0%';
    return;
  }
  if (/^(true|false)$/i.test(t)) {
    cell.v = t.toLowerCase() === 'true';
    return;
  }
  const date = parseDateText(t, ss);
  if (date) {
    cell.v = date;
    if (!cell.nf || cell.nf.toLowerCase() === 'general') cell.nf = defaultDateFormat(ss.locale);
    return;
  }
  if (/^[+-]/.test(t) && t.length > 1) {
    cell.f = s;
    cell.v = '#ERROR!';
    return;
  }
  cell.v = s;
}

/** Date-looking text as the spreadsheet locale reads it: yyyy-mm-dd, d/m/yyyy (vi) or m/d/yyyy (en_US). */
export function parseDateText(t: string, ss: SpreadsheetState): Date | null {
  let y: number, m: number, d: number;
  let mm = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (mm) {
    [y, m, d] = [Number(mm[1]), Number(mm[2]), Number(mm[3])];
  } else {
    mm = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
    if (!mm) return null;
    const monthFirst = /^en(_US)?$/i.test(ss.locale);
    [d, m, y] = monthFirst
      ? [Number(mm[2]), Number(mm[1]), Number(mm[3])]
      : [Number(mm[1]), Number(mm[2]), Number(mm[3])];
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCDate() !== d) return null;
  return fromWallTime(ss.timeZone, y, m, d);
}

/** Checks that a box lies inside the grid (facts R5). */
export function checkInGrid(sheet: SheetState, row: number, col: number, numRows: number, numCols: number): void {
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols) {
    fail('The coordinates of the range are outside the dimensions of the sheet.');
  }
}

function shiftBoxes(boxes: GridBox[], sheetId: number, dim: 'row' | 'col', at: number, delta: number): GridBox[] {
  const out: GridBox[] = [];
  for (const b of boxes) {
    if (b.sheetId !== sheetId) {
      out.push(b);
      continue;
    }
    const start = dim === 'row' ? b.row : b.col;
    const size = dim === 'row' ? b.numRows : b.numCols;
    let s = start;
    let n = size;
    if (delta > 0) {
      if (at <= start) s += delta;
      else if (at < start + size) n += delta;
    } else {
      const delStart = at;
      const delEnd = at - delta - 1;
      const end = start + size - 1;
      const overlap = Math.max(0, Math.min(end, delEnd) - Math.max(start, delStart) + 1);
      n = size - overlap;
      if (delStart < start) s = start - Math.min(-delta, start - delStart);
      if (n <= 0) continue;
    }
    out.push(dim === 'row' ? { ...b, row: s, numRows: n } : { ...b, col: s, numCols: n });
  }
  return out;
}

function shiftEverything(ctx: Ctx, sheet: SheetState, dim: 'row' | 'col', at: number, delta: number): void {
  const ss = ctx.state.spreadsheet;
  const type = dim === 'row' ? 'ROW' : 'COLUMN';
  // Metadata on a row/column moves with it; deleting the row/column deletes it (facts M6).
  ss.metadata = ss.metadata.filter((m) => {
    if (m.location.type !== type || m.location.sheetId !== sheet.id) return true;
    const i = m.location.index!;
    if (delta > 0) {
      if (i >= at) m.location.index = i + delta;
      return true;
    }
    if (i >= at && i < at - delta) return false;
    if (i >= at - delta) m.location.index = i + delta;
    return true;
  });
  for (const s of ss.sheets) {
    for (const r of s.conditionalRules) r.ranges = shiftBoxes(r.ranges, sheet.id, dim, at, delta);
    for (const c of s.charts) c.ranges = shiftBoxes(c.ranges, sheet.id, dim, at, delta);
  }
  sheet.protections = sheet.protections.filter((p) => {
    if (p.type === 'SHEET') return true;
    const [b] = shiftBoxes([p.box], sheet.id, dim, at, delta);
    if (!b) return false;
    p.box = b;
    return true;
  });
  sheet.merges = shiftBoxes(sheet.merges, sheet.id, dim, at, delta);
  sheet.bandings = sheet.bandings.filter((b) => {
    const [nb] = shiftBoxes([b.box], sheet.id, dim, at, delta);
    if (!nb) return false;
    b.box = nb;
    return true;
  });
  const remap = (rec: Record<number, number>) => {
    const out: Record<number, number> = {};
    for (const [k, v] of Object.entries(rec)) {
      const i = Number(k);
      if (delta > 0) out[i >= at ? i + delta : i] = v;
      else if (i < at) out[i] = v;
      else if (i >= at - delta) out[i + delta] = v;
    }
    return out;
  };
  const remapList = (list: number[]) =>
    list.flatMap((i) => (delta > 0 ? [i >= at ? i + delta : i] : i < at ? [i] : i >= at - delta ? [i + delta] : []));
  if (dim === 'row') {
    sheet.rowHeights = remap(sheet.rowHeights);
    sheet.hiddenRows = remapList(sheet.hiddenRows);
  } else {
    sheet.colWidths = remap(sheet.colWidths);
    sheet.hiddenCols = remapList(sheet.hiddenCols);
  }
}

/** Inserts `howMany` empty rows before row `before` (1-based); grows the grid (facts R13, M6). */
export function insertRows(ctx: Ctx, sheet: SheetState, before: number, howMany: number): void {
  if (before > sheet.rows.length) sheet.rows.length = Math.max(sheet.rows.length, before - 1);
  sheet.rows.splice(before - 1, 0, ...Array.from({ length: howMany }, () => [] as (CellState | undefined)[]));
  sheet.maxRows += howMany;
  shiftEverything(ctx, sheet, 'row', before, howMany);
}

/** Deletes rows [start, start+howMany) (facts R14, R17). */
export function deleteRows(ctx: Ctx, sheet: SheetState, start: number, howMany: number): void {
  if (start < 1 || howMany < 1 || start + howMany - 1 > sheet.maxRows) fail('Those rows are out of bounds.');
  if (sheet.maxRows - howMany <= sheet.frozenRows && start > sheet.frozenRows) {
    fail('Sorry, it is not possible to delete all non-frozen rows.');
  }
  if (howMany >= sheet.maxRows) fail('Sorry, it is not possible to delete all non-frozen rows.');
  sheet.rows.splice(start - 1, howMany);
  sheet.maxRows -= howMany;
  shiftEverything(ctx, sheet, 'row', start, -howMany);
}

/** Inserts `howMany` empty columns before column `before`. */
export function insertColumns(ctx: Ctx, sheet: SheetState, before: number, howMany: number): void {
  for (const row of sheet.rows) {
    if (!row || row.length < before) continue;
    row.splice(before - 1, 0, ...Array.from({ length: howMany }, () => undefined));
  }
  sheet.maxCols += howMany;
  shiftEverything(ctx, sheet, 'col', before, howMany);
}

/** Deletes columns [start, start+howMany). */
export function deleteColumns(ctx: Ctx, sheet: SheetState, start: number, howMany: number): void {
  if (start < 1 || howMany < 1 || start + howMany - 1 > sheet.maxCols) fail('Those columns are out of bounds.');
  if (howMany >= sheet.maxCols) fail('Sorry, it is not possible to delete all non-frozen columns.');
  for (const row of sheet.rows) if (row) row.splice(start - 1, howMany);
  sheet.maxCols -= howMany;
  shiftEverything(ctx, sheet, 'col', start, -howMany);
}

/**
 * Reorders rows `first..first+perm.length-1` so that new row i holds old row perm[i];
 * row metadata follows its row (sorting keeps metadata with the data, facts M6).
 */
export function permuteRows(
  ctx: Ctx,
  sheet: SheetState,
  first: number,
  perm: number[],
  col: number,
  numCols: number,
): void {
  const oldRows = perm.map((_, i) => sheet.rows[first - 1 + i]);
  const snapshot = oldRows.map((r) => (r ? r.slice(col - 1, col - 1 + numCols) : []));
  perm.forEach((src, i) => {
    let row = sheet.rows[first - 1 + i];
    if (!row) {
      row = [];
      sheet.rows[first - 1 + i] = row;
    }
    for (let c = 0; c < numCols; c++) row[col - 1 + c] = snapshot[src][c];
  });
  const fullWidth = col === 1 && numCols >= sheet.maxCols;
  if (!fullWidth) return;
  const inverse = new Map<number, number>();
  perm.forEach((src, i) => inverse.set(first + src, first + i));
  for (const m of ctx.state.spreadsheet.metadata) {
    if (m.location.type === 'ROW' && m.location.sheetId === sheet.id && inverse.has(m.location.index!)) {
      m.location.index = inverse.get(m.location.index!)!;
    }
  }
}

/** Order used by Range.sort: numbers < text < booleans, empties last [inf, matches the editor]. */
export function compareCells(a: CellValue, b: CellValue): number {
  const rank = (v: CellValue) =>
    v === '' ? 4 : typeof v === 'number' || isDate(v) ? 1 : typeof v === 'string' ? 2 : 3;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 1) return Number(isDate(a) ? a.getTime() : a) - Number(isDate(b) ? b.getTime() : b);
  if (ra === 2) return String(a).localeCompare(String(b), 'vi', { sensitivity: 'base' });
  if (ra === 3) return Number(a) - Number(b);
  return 0;
}
