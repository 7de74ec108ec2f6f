// Row identity of a task sheet: every task row carries a hidden row id (the "rowId" column)
// given when the row is written first; saves, checks, re-import and reports find rows by it.
// Pure: which rows are ambiguous (duplicated or missing code or id) is decided here, never guessed.

/** Prefix of a row id: "r1", "r2", … (never reused within a sheet). */
const ROW_ID_PREFIX = 'r';

/** A row as identity sees it: its sheet row, its code and its row id (both trimmed, "" when blank). */
export interface IdentityRow {
  row: number;
  code: string;
  rowId: string;
}

/** A problem of row identity the office has to fix by hand. */
export type IdentityProblem =
  | { kind: 'duplicateCode'; code: string; rows: number[] }
  | { kind: 'missingCode'; rows: number[] }
  | { kind: 'duplicateRowId'; code: string; rows: number[] }
  | { kind: 'missingRowId'; rows: number[] };

/** The n-th row id. */
export function rowIdOf(n: number): string {
  return `${ROW_ID_PREFIX}${n}`;
}

/** The number of a row id ("r12" → 12); 0 when it is not one of ours. */
function rowIdNumber(rowId: string): number {
  const match = /^r(\d{1,9})$/.exec(rowId.trim());
  return match ? Number(match[1]) : 0;
}

/** `count` fresh row ids following the highest id in `existing` (none reused, even after deletes). */
export function nextRowIds(existing: readonly string[], count: number): string[] {
  const highest = existing.reduce((max, id) => Math.max(max, rowIdNumber(id)), 0);
  return Array.from({ length: count }, (_, i) => rowIdOf(highest + i + 1));
}

/**
 * The identity problems of a sheet's rows: a code on two rows, a task row without a code, a row
 * id on two rows (a copied row), a row without a row id (added by hand). `hasRowIds` is false
 * for a sheet with no row-id column, which then relies on codes alone.
 */
export function identityProblems(rows: readonly IdentityRow[], hasRowIds: boolean): IdentityProblem[] {
  const problems: IdentityProblem[] = [];
  const byCode = groupBy(
    rows.filter((r) => r.code !== ''),
    (r) => r.code,
  );
  for (const [code, group] of byCode)
    if (group.length > 1) problems.push({ kind: 'duplicateCode', code, rows: group.map((r) => r.row) });
  const noCode = rows.filter((r) => r.code === '').map((r) => r.row);
  if (noCode.length > 0) problems.push({ kind: 'missingCode', rows: noCode });
  if (hasRowIds) {
    const byId = groupBy(
      rows.filter((r) => r.rowId !== ''),
      (r) => r.rowId,
    );
    for (const group of byId.values()) {
      if (group.length > 1)
        problems.push({ kind: 'duplicateRowId', code: group[0].code, rows: group.map((r) => r.row) });
    }
    const noId = rows.filter((r) => r.rowId === '').map((r) => r.row);
    if (noId.length > 0) problems.push({ kind: 'missingRowId', rows: noId });
  }
  return problems;
}

/** Where a task is: its sheet row, or why it cannot be told. */
export type RowLookup =
  | { found: true; row: number }
  | { found: false; reason: 'notFound' | 'ambiguous'; rows: number[] };

/**
 * Finds one task's row: by row id when the caller knows it (the sidebar does), else by code.
 * Two rows answering to the same id or code are ambiguous: the caller refuses, never picks one.
 */
export function findRow(rows: readonly IdentityRow[], wanted: { rowId?: string | null; code: string }): RowLookup {
  const rowId = (wanted.rowId ?? '').trim();
  const code = wanted.code.trim();
  const hits =
    rowId !== '' ? rows.filter((r) => r.rowId === rowId) : rows.filter((r) => r.code === code && code !== '');
  if (hits.length === 1) return { found: true, row: hits[0].row };
  return { found: false, reason: hits.length === 0 ? 'notFound' : 'ambiguous', rows: hits.map((r) => r.row) };
}

/** Row numbers as the office reads them: "5, 9, 12" (at most ten, then "…"). */
export function rowList(rows: readonly number[]): string {
  const shown = rows.slice(0, 10).join(', ');
  return rows.length > 10 ? `${shown}, …` : shown;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
