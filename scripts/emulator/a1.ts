// A1 notation: parsing "Sheet!B2:D5", "D:F", "5:7", "A2:2" and formatting ranges back (facts R7, R18).
import { fail } from './errors';

/** A parsed A1 reference; open ends (whole columns or rows) are null and resolved against the grid. */
export interface A1Ref {
  sheetName: string | null;
  startRow: number | null;
  startCol: number | null;
  endRow: number | null;
  endCol: number | null;
}

/** 1 → 'A', 27 → 'AA'. */
export function columnLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 'A' → 1, 'aa' → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parsePart(part: string): { row: number | null; col: number | null } {
  const m = CELL.exec(part);
  if (!m || (!m[1] && !m[2])) fail('Range not found');
  return { col: m[1] ? columnNumber(m[1]) : null, row: m[2] ? Number(m[2]) : null };
}

/** Splits off a sheet name ("'Kế hoạch'!A1" or "Tasks!A1"). */
export function splitSheetName(a1: string): { sheetName: string | null; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, ref: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: a1.slice(bang + 1) };
}

/**
 * Parses an A1 reference. A bare column ('B') or row ('5') is "Range not found" on the real
 * service, while 'B:B', '5:5', 'B1:B' and 'A2:2' are accepted (facts R18). Inverted corners
 * are normalized ('C5:B2' → 'B2:C5').
 */
export function parseA1(a1: string): A1Ref {
  if (typeof a1 !== 'string' || a1.trim() === '') fail('Range not found');
  const { sheetName, ref } = splitSheetName(a1.trim());
  const parts = ref.split(':');
  if (parts.length > 2) fail('Range not found');
  const a = parsePart(parts[0]);
  if (parts.length === 1) {
    if (a.row === null || a.col === null) fail('Range not found');
    return { sheetName, startRow: a.row, startCol: a.col, endRow: a.row, endCol: a.col };
  }
  const b = parsePart(parts[1]);
  // Whole columns 'D:F' / whole rows '5:7' / open-ended 'B1:B', 'A2:2'.
  if (a.row === null && a.col === null) fail('Range not found');
  let startRow = a.row;
  let endRow = b.row;
  let startCol = a.col;
  let endCol = b.col;
  if (startCol === null && endCol !== null) fail('Range not found');
  if (startRow === null && endRow !== null) fail('Range not found');
  if (startRow !== null && endRow === null && endCol === null) fail('Range not found');
  if (startCol !== null && endCol === null && endRow === null) fail('Range not found');
  if (startRow !== null && endRow !== null && startRow > endRow) [startRow, endRow] = [endRow, startRow];
  if (startCol !== null && endCol !== null && startCol > endCol) [startCol, endCol] = [endCol, startCol];
  return { sheetName, startRow, startCol, endRow, endCol };
}

/** How a range was addressed: whole rows ('5:7'), whole columns ('D:F') or cells. */
export type A1Form = 'rows' | 'cols' | 'cells' | 'sheet';

/**
 * Formats a block of cells as A1 ('B2:D5', 'C3'). Ranges addressed as whole rows or columns
 * print as '5:7' / 'D:F' (facts R7); cell-addressed ones always name both corners.
 */
export function formatA1(row: number, col: number, numRows: number, numCols: number, form: A1Form = 'cells'): string {
  if (form === 'sheet') return ''; // a SHEET protection's range (facts P3)
  if (form === 'rows') return `${row}:${row + numRows - 1}`;
  if (form === 'cols') return `${columnLetters(col)}:${columnLetters(col + numCols - 1)}`;
  const start = `${columnLetters(col)}${row}`;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${columnLetters(col + numCols - 1)}${row + numRows - 1}`;
}
