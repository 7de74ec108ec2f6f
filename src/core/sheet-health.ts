// Sheet health: what a hand edit did to a task sheet's structure (header row deleted or sorted
// into the data, an add-on column deleted, text where a date or number belongs, rows that
// cannot be told apart), which of those block an operation, and the words that say what the
// user changed and how to repair it. Pure: the server adapter gathers the facts.
import { columnHeader, columnSpec, parseState, type ColumnKey } from './columns';
import { msg, type Locale } from './messages/index';
import { rowList, type IdentityProblem } from './row-identity';
import type { CellDates } from './sheet-model';

/** Something a hand edit broke. */
export type HealthProblem =
  | { kind: 'headerDeleted' }
  | { kind: 'headerMoved'; row: number }
  | { kind: 'columnDeleted'; key: ColumnKey }
  | { kind: 'badCells'; key: ColumnKey; rows: number[]; sample: string }
  | IdentityProblem;

/** What an operation needs of the sheet. */
export type HealthNeed = 'read' | 'save' | 'check' | 'reimport';

/** Columns each operation cannot do without (the header row is needed by all). */
const NEEDED_COLUMNS: Record<HealthNeed, readonly ColumnKey[]> = {
  read: ['code', 'title', 'leadUnit', 'due', 'state', 'percent', 'completedOn'],
  save: ['code', 'title', 'state', 'percent', 'completedOn', 'result', 'evidence', 'updatedAt', 'updatedBy'],
  check: ['code', 'title', 'leadUnit', 'due', 'state', 'percent', 'completedOn', 'inPlan'],
  reimport: ['code', 'title', 'leadUnit', 'due', 'inPlan'],
};

/** Cells whose type decides a figure: a wrong one is reported, never read as "no deadline". */
const TYPED_COLUMNS: readonly ColumnKey[] = ['due', 'completedOn', 'percent', 'state'];

/** Problems of the structure: the header row's place and the add-on's columns that are gone. */
export function structureProblems(
  headerRow: number | null,
  present: ReadonlySet<ColumnKey>,
  allColumns: readonly ColumnKey[],
): HealthProblem[] {
  const problems: HealthProblem[] = [];
  if (headerRow === null) problems.push({ kind: 'headerDeleted' });
  else if (headerRow !== 1) problems.push({ kind: 'headerMoved', row: headerRow });
  for (const key of allColumns) if (!present.has(key)) problems.push({ kind: 'columnDeleted', key });
  return problems;
}

/**
 * Cells of the typed columns that do not read as their type: text in a date column, a percent
 * that is not a number, a state not in the list. `rows` are the sheet rows of `values`.
 */
export function cellProblems(
  values: readonly (readonly unknown[])[],
  rows: readonly number[],
  columnOrder: readonly (ColumnKey | null)[],
  dates: CellDates,
): HealthProblem[] {
  const problems: HealthProblem[] = [];
  for (const key of TYPED_COLUMNS) {
    const at = columnOrder.indexOf(key);
    if (at < 0) continue;
    const bad: number[] = [];
    let sample = '';
    values.forEach((row, i) => {
      const cell = row[at];
      if (cell === '' || cell === null || cell === undefined) return;
      if (readsAs(key, cell, dates)) return;
      if (bad.length === 0) sample = String(cell).slice(0, 40);
      bad.push(rows[i]);
    });
    if (bad.length > 0) problems.push({ kind: 'badCells', key, rows: bad, sample });
  }
  return problems;
}

function readsAs(key: ColumnKey, cell: unknown, dates: CellDates): boolean {
  const kind = columnSpec(key).kind;
  if (kind === 'date') return dates.fromCell(cell) !== null;
  if (kind === 'percent') {
    const n = typeof cell === 'number' ? cell : Number(String(cell).replace('%', '').replace(',', '.').trim());
    return Number.isFinite(n) && n >= 0 && n <= 100;
  }
  if (kind === 'state') return parseState(cell) !== null;
  return true;
}

/** The problems that stop an operation needing `need`. */
export function blockingProblems(problems: readonly HealthProblem[], need: HealthNeed): HealthProblem[] {
  const columns = new Set(NEEDED_COLUMNS[need]);
  return problems.filter((p) => {
    switch (p.kind) {
      case 'headerDeleted':
      case 'headerMoved':
        return true;
      case 'columnDeleted':
        return columns.has(p.key);
      case 'badCells':
        return need === 'check';
      case 'duplicateCode':
      case 'missingCode':
        return need === 'reimport';
      default:
        return false;
    }
  });
}

/** What the user changed and how to repair it, one sentence per problem. */
export function describeProblem(problem: HealthProblem, locale: Locale): string {
  switch (problem.kind) {
    case 'headerDeleted':
      return msg('healthHeaderDeleted', locale);
    case 'headerMoved':
      return msg('healthHeaderMoved', locale, { row: problem.row });
    case 'columnDeleted':
      return msg('healthColumnDeleted', locale, { column: columnHeader(problem.key, locale) });
    case 'badCells': {
      const kind = columnSpec(problem.key).kind;
      const key = kind === 'date' ? 'healthBadDate' : kind === 'percent' ? 'healthBadPercent' : 'healthBadState';
      return msg(key, locale, {
        column: columnHeader(problem.key, locale),
        rows: rowList(problem.rows),
        sample: problem.sample,
      });
    }
    case 'duplicateCode':
      return msg('rowProblemDuplicateCode', locale, { code: problem.code, rows: rowList(problem.rows) });
    case 'missingCode':
      return msg('rowProblemMissingCode', locale, { rows: rowList(problem.rows) });
    case 'duplicateRowId':
      return msg('rowProblemDuplicateRowId', locale, { code: problem.code, rows: rowList(problem.rows) });
    case 'missingRowId':
      return msg('rowProblemMissingRowId', locale, { rows: rowList(problem.rows) });
  }
}

/** True when "Sửa cấu trúc bảng" can fix the problem (the header row and deleted columns). */
export function repairable(problem: HealthProblem): boolean {
  return (
    problem.kind === 'headerDeleted' ||
    problem.kind === 'headerMoved' ||
    problem.kind === 'columnDeleted' ||
    problem.kind === 'missingRowId'
  );
}
