// The task-sheet adapter's reading side: finds task sheets and their columns by developer
// metadata and reads their rows in one call, with each row's identity (core/row-identity).
// Writing lives beside it: task-sheet-create.ts, reimport.ts, task-sheet-format.ts.
import { at } from '../../core/arrays';
import type { Plan, TaskRecord } from '../../core/types';
import type { PlanSheetSummary } from '../../shared/rpc';
import { isColumnKey, isHeaderText, type ColumnKey } from '../../core/columns';
import { dateCellsIn, rowsToRecords, type CellDates } from '../../core/sheet-model';
import {
  findRow,
  identityProblems,
  type IdentityProblem,
  type IdentityRow,
  type RowLookup,
} from '../../core/row-identity';
import type { Locale } from '../../core/messages/index';
import { UserError } from '../rpc';
import { COLUMN_KEY, HEADER_ROW_KEY, TASK_SHEET_KEY, taggedSheets } from './metadata';
import { readHeaderRow, rememberedLayouts, rememberLayout, validLayout } from './column-layout';
import { fromStoredPlan, readStoredPlans, type StoredPlan } from './plan-store';
import { planLabel } from '../../core/plan-identity';
import type { Sheet, Spreadsheet } from './gas';

/** Row of the header; tasks start below it. */
export const HEADER_ROW = 1;
export const FIRST_DATA_ROW = 2;

/** A task sheet as the sidebar lists it (the RPC's own type). */
type PlanSheetInfo = PlanSheetSummary;

/** An open task sheet: where things are, and its rows on demand. */
export interface TaskSheet {
  sheet: Sheet;
  planKey: string;
  /**
   * The stored plan: header, basis, reports, recipients, signer (tasks are the sheet's rows, so
   * `tasks` is empty). Read from the plan store when first used.
   */
  readonly plan: Plan;
  /** The language the sheet was made in (labels of states, recurrences). */
  locale: Locale;
  /** The row the header tag is on: 1 when intact, another row when sorted into the data, null when deleted. */
  headerRow: number | null;
  /** Column keys by position (index 0 = column A), found through column metadata; null for columns that are not the add-on's. */
  columnOrder: (ColumnKey | null)[];
  /** 1-based column of each add-on column present in the sheet. */
  columnOf: Map<ColumnKey, number>;
  firstDataRow: number;
  /** Last row with content (the header row when there are no tasks). */
  lastRow: number;
  /** Reads every data row in one getValues. */
  readRecords(): TaskRows;
  /** The spreadsheet's date cells (its time zone). */
  dates: CellDates;
}

/** The rows of a task sheet as records. */
export interface TaskRows {
  records: TaskRecord[];
  /** Sheet row of each record, in the same order as `records`. */
  rows: number[];
  /** The raw values of the data block (rows firstDataRow..lastRow, columns 1..columnOrder.length). */
  values: unknown[][];
  /** Each record's row, code and row id, in the same order as `records`. */
  identity: IdentityRow[];
  /** Duplicated or missing codes and row ids: reported to the office, never guessed. */
  problems: IdentityProblem[];
  /** Finds one task's row by row id (when given) or code; ambiguous answers are not guessed. */
  find(wanted: { rowId?: string | null; code: string }): RowLookup;
}

/** Every task sheet of the spreadsheet (found by sheet metadata; renamed sheets included). */
export function listPlanSheets(ss: Spreadsheet): PlanSheetInfo[] {
  const tagged = taggedSheets(ss, TASK_SHEET_KEY);
  if (tagged.length === 0) return [];
  const stored = readStoredPlans(ss);
  return tagged.map(({ sheet, value }) => {
    const plan = stored.get(value);
    return {
      planKey: value,
      sheetName: sheet.getName(),
      sheetId: sheet.getSheetId(),
      title: plan?.title ?? '',
      number: plan?.number ?? null,
      year: plan?.year ?? null,
      code: plan?.code ?? null,
      issuer: plan?.issuer ?? null,
      date: plan?.date ?? null,
      label: planLabel(
        { title: plan?.title ?? '', number: plan?.number ?? null, code: plan?.code ?? null },
        sheet.getName(),
        plan?.locale ?? 'vi',
      ),
    };
  });
}

/** Opens the task sheet of `planKey`; throws a user-facing error when there is none. */
export function openTaskSheet(ss: Spreadsheet, planKey: string): TaskSheet {
  const found = findTaskSheet(ss, planKey);
  if (!found) throw new UserError('importPlanNotFound');
  return found;
}

/**
 * The task sheet of `planKey`, or null. The remembered layout finds the sheet by id and its
 * columns in a few calls; when there is none, or the sheet is gone, the tags are read.
 */
export function findTaskSheet(ss: Spreadsheet, planKey: string): TaskSheet | null {
  const layouts = rememberedLayouts();
  for (const [sheetId, layout] of layouts) {
    if (layout.planKey !== planKey) continue;
    const sheet = ss.getSheetById(sheetId);
    if (sheet) return taskSheetOf(ss, sheet, sheetId, planKey, layouts);
  }
  const hit = taggedSheets(ss, TASK_SHEET_KEY).find((t) => t.value === planKey);
  return hit ? taskSheetOf(ss, hit.sheet, hit.sheet.getSheetId(), planKey, layouts) : null;
}

/** Opens `sheet` as a task sheet (e.g. the sheet of an edit event); null when it is not one. */
export function openTaskSheetOf(ss: Spreadsheet, sheet: Sheet): TaskSheet | null {
  const sheetId = sheet.getSheetId();
  const layouts = rememberedLayouts();
  const known = layouts.get(sheetId);
  if (known) return taskSheetOf(ss, sheet, sheetId, known.planKey, layouts);
  const tag = sheet.getDeveloperMetadata().find((md) => md.getKey() === TASK_SHEET_KEY);
  return tag ? taskSheetOf(ss, sheet, sheetId, tag.getValue() ?? '', layouts) : null;
}

const NO_PLAN = (name: string): Plan => ({
  number: null,
  code: null,
  issuer: null,
  place: null,
  date: null,
  title: name,
  year: null,
  basis: [],
  objectives: [],
  tasks: [],
  reports: [],
  recipients: [],
  signer: { title: null, name: null, block: null },
  warnings: [],
});

/**
 * The task sheet `sheet`: its columns from the remembered layout while the header row reads the
 * same, else from the column tags (then remembered). The stored plan is read when first used.
 */
function taskSheetOf(
  ss: Spreadsheet,
  sheet: Sheet,
  sheetId: number,
  planKey: string,
  layouts: ReturnType<typeof rememberedLayouts>,
): TaskSheet {
  const header = readHeaderRow(sheet);
  let stored: StoredPlan | undefined | null = null;
  const storedPlan = (): StoredPlan | undefined => {
    if (stored === null) stored = readStoredPlans(ss).get(planKey);
    return stored;
  };
  let layout = validLayout(layouts, sheetId, header);
  if (!layout || layout.planKey !== planKey) {
    const columnOrder = readColumnOrder(sheet, header.width);
    const locale = storedPlan()?.locale ?? 'vi';
    layout = { planKey, locale, columnOrder, headerRow: readHeaderTag(sheet, header.texts, columnOrder) };
    rememberLayout(sheetId, header, layout);
  }
  const columnOrder = layout.columnOrder;
  const columnOf = new Map<ColumnKey, number>();
  columnOrder.forEach((key, i) => {
    if (key && !columnOf.has(key)) columnOf.set(key, i + 1);
  });
  const lastRow = Math.max(sheet.getLastRow(), HEADER_ROW);
  const dates = dateCellsIn(ss.getSpreadsheetTimeZone());
  let plan: Plan | null = null;
  return {
    sheet,
    planKey,
    get plan(): Plan {
      if (!plan) {
        const found = storedPlan();
        plan = found ? fromStoredPlan(found) : NO_PLAN(sheet.getName());
      }
      return plan;
    },
    locale: layout.locale,
    headerRow: layout.headerRow,
    columnOrder,
    columnOf,
    firstDataRow: FIRST_DATA_ROW,
    lastRow,
    dates,
    readRecords: () => readTaskRows(sheet, columnOrder, lastRow, dates),
  };
}

/**
 * The row of the header tag (a finder and three calls). A sheet made before the tag existed has
 * none: its row 1 is the header while it still reads as one (half the add-on's headers or more).
 */
function readHeaderTag(
  sheet: Sheet,
  row1: readonly string[],
  columnOrder: readonly (ColumnKey | null)[],
): number | null {
  const tags = sheet.createDeveloperMetadataFinder().withKey(HEADER_ROW_KEY).find();
  const [tag] = tags;
  if (tag) return tag.getLocation().getRow()?.getRow() ?? null;
  const expected = columnOrder
    .map((key, i) => (key ? isHeaderText(key, row1[i] ?? '') : null))
    .filter((hit) => hit !== null);
  return expected.filter(Boolean).length * 2 >= expected.length && expected.length > 0 ? HEADER_ROW : null;
}

/** Column keys by position, from the column tags (one finder; a few calls per tagged column). */
function readColumnOrder(sheet: Sheet, lastColumn: number): (ColumnKey | null)[] {
  const columnOf = new Map<ColumnKey, number>();
  for (const md of sheet.createDeveloperMetadataFinder().withKey(COLUMN_KEY).find()) {
    const key = md.getValue();
    const column = md.getLocation().getColumn();
    if (isColumnKey(key) && column && !columnOf.has(key)) columnOf.set(key, column.getColumn());
  }
  const width = Math.max(lastColumn, ...columnOf.values(), 0);
  const columnOrder: (ColumnKey | null)[] = Array.from({ length: width }, () => null);
  for (const [key, column] of columnOf) columnOrder[column - 1] = key;
  return columnOrder;
}

/** The rows of a data block read earlier: records, their rows and identities. */
export function taskRowsOf(
  values: unknown[][],
  columnOrder: readonly (ColumnKey | null)[],
  dates: CellDates,
): TaskRows {
  const records: TaskRecord[] = [];
  const rows: number[] = [];
  values.forEach((row, i) => {
    const [record] = rowsToRecords([row], columnOrder, dates);
    if (!record) return;
    records.push(record);
    rows.push(FIRST_DATA_ROW + i);
  });
  const identity = records.map((r, i): IdentityRow => ({ row: at(rows, i), code: r.code, rowId: r.rowId ?? '' }));
  const problems = identityProblems(identity, columnOrder.includes('rowId'));
  return { records, rows, values, identity, problems, find: (wanted) => findRow(identity, wanted) };
}

function readTaskRows(sheet: Sheet, columnOrder: (ColumnKey | null)[], lastRow: number, dates: CellDates): TaskRows {
  const count = lastRow - FIRST_DATA_ROW + 1;
  if (count < 1 || columnOrder.length === 0) return taskRowsOf([], columnOrder, dates);
  return taskRowsOf(sheet.getRange(FIRST_DATA_ROW, 1, count, columnOrder.length).getValues(), columnOrder, dates);
}
