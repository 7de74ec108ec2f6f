// The task-sheet adapter: finds task sheets and their columns by developer metadata, reads
// their rows in one call, creates a sheet from a reviewed plan and applies a re-import, each
// in a constant number of service calls however many tasks the plan has.
import type { Plan, TaskRecord } from '../../core/types';
import type { PlanSheetSummary } from '../../shared/rpc';
import {
  COLUMNS,
  DATA_BORDER_COLOR,
  DATA_VERTICAL_ALIGNMENT,
  HEADER_STYLE,
  columnSpec,
  columnValidation,
  headerRow,
  isColumnKey,
  type ColumnKey,
  type ValidationSpec,
  type WrapKind,
} from '../../core/columns';
import { conditionalRules, type ConditionalRuleSpec } from '../../core/conditional-rules';
import { dateCellsIn, mergeRevision, planColumnKeys, recordsToRows, rowsToRecords, type CellDates, type CellValue, type RevisionDiff } from '../../core/sheet-model';
import { msg, type Locale } from '../../core/messages/index';
import { UserError } from '../rpc';
import { COLUMN_KEY, fingerprint, RULES_KEY, TASK_SHEET_KEY, taggedSheets } from './metadata';
import { headerRowOf, readHeaderRow, rememberedLayouts, rememberLayout, validLayout } from './column-layout';
import { fromStoredPlan, readStoredPlans, type StoredPlan } from './plan-store';
import { uniqueName } from './shared-sheets';
import { planLabel } from '../../core/plan-identity';
import type { ConditionalFormatRule, DataValidation, Range, Sheet, Spreadsheet } from './gas';

/** Row of the header; tasks start below it. */
const HEADER_ROW = 1;
const FIRST_DATA_ROW = 2;

/** A task sheet as the sidebar lists it (the RPC's own type). */
type PlanSheetInfo = PlanSheetSummary;

/** An open task sheet: where things are, and its rows on demand. */
interface TaskSheet {
  sheet: Sheet;
  planKey: string;
  /**
   * The stored plan: header, basis, reports, recipients, signer (tasks are the sheet's rows, so
   * `tasks` is empty). Read from the plan store when first used.
   */
  readonly plan: Plan;
  /** The language the sheet was made in (labels of states, recurrences). */
  locale: Locale;
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
interface TaskRows {
  records: TaskRecord[];
  /** Task code → sheet row (the first row holding that code). */
  rowOf: Map<string, number>;
  /** Sheet row of each record, in the same order as `records`. */
  rows: number[];
  /** The raw values of the data block (rows firstDataRow..lastRow, columns 1..columnOrder.length). */
  values: unknown[][];
}

/**
 * The key that identifies a plan across revisions: its number and year ("05/kh-bqlkkt@2023"),
 * or its title and year when it has no number.
 */
export function planKeyOf(plan: Pick<Plan, 'number' | 'title' | 'year' | 'date'>): string {
  const year = plan.year ?? (plan.date ? Number(plan.date.slice(0, 4)) : null);
  const name = (plan.number ?? '').trim() || plan.title.trim();
  return `${name.normalize('NFC').replace(/\s+/g, ' ').toLocaleLowerCase('vi').slice(0, 200)}@${year ?? ''}`;
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
      label: planLabel({ title: plan?.title ?? '', number: plan?.number ?? null, code: plan?.code ?? null }, sheet.getName(), plan?.locale ?? 'vi'),
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
  const tag = sheet
    .getDeveloperMetadata()
    .find((md) => md.getKey() === TASK_SHEET_KEY);
  return tag ? taskSheetOf(ss, sheet, sheetId, tag.getValue() ?? '', layouts) : null;
}

const NO_PLAN = (name: string): Plan => ({
  number: null, code: null, issuer: null, place: null, date: null, title: name, year: null,
  basis: [], objectives: [], tasks: [], reports: [], recipients: [], signer: { title: null, name: null, block: null }, warnings: [],
});

/**
 * The task sheet `sheet`: its columns from the remembered layout while the header row reads the
 * same, else from the column tags (then remembered). The stored plan is read when first used.
 */
function taskSheetOf(ss: Spreadsheet, sheet: Sheet, sheetId: number, planKey: string, layouts: ReturnType<typeof rememberedLayouts>): TaskSheet {
  const header = readHeaderRow(sheet);
  let stored: StoredPlan | undefined | null = null;
  const storedPlan = (): StoredPlan | undefined => {
    if (stored === null) stored = readStoredPlans(ss).get(planKey);
    return stored;
  };
  let layout = validLayout(layouts, sheetId, header);
  if (!layout || layout.planKey !== planKey) {
    layout = { planKey, locale: storedPlan()?.locale ?? 'vi', columnOrder: readColumnOrder(sheet, header.width) };
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
    columnOrder,
    columnOf,
    firstDataRow: FIRST_DATA_ROW,
    lastRow,
    dates,
    readRecords: () => readTaskRows(sheet, columnOrder, lastRow, dates),
  };
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

function readTaskRows(sheet: Sheet, columnOrder: (ColumnKey | null)[], lastRow: number, dates: CellDates): TaskRows {
  const count = lastRow - FIRST_DATA_ROW + 1;
  if (count < 1 || columnOrder.length === 0) return { records: [], rowOf: new Map(), rows: [], values: [] };
  const values = sheet.getRange(FIRST_DATA_ROW, 1, count, columnOrder.length).getValues();
  const records: TaskRecord[] = [];
  const rows: number[] = [];
  const rowOf = new Map<string, number>();
  values.forEach((row, i) => {
    const [record] = rowsToRecords([row], columnOrder, dates);
    if (!record) return;
    records.push(record);
    rows.push(FIRST_DATA_ROW + i);
    if (!rowOf.has(record.code)) rowOf.set(record.code, FIRST_DATA_ROW + i);
  });
  return { records, rowOf, rows, values };
}

// ---------------------------------------------------------------------------- writing

interface WriteOptions {
  /** Language of the header row and the dropdown labels. */
  locale: Locale;
  /** The plan key (see planKeyOf). */
  planKey: string;
}

/**
 * Creates the task sheet of `plan` with `records` (validated by the caller) in a new sheet,
 * tagged only once everything is written; a failure deletes the half-made sheet, so the
 * spreadsheet is left as it was. The number of service calls does not depend on the number
 * of records. Returns the new sheet.
 */
export function writeTaskSheet(ss: Spreadsheet, plan: Plan, records: readonly TaskRecord[], options: WriteOptions): Sheet {
  const { locale } = options;
  const columnOrder: ColumnKey[] = COLUMNS.map((c) => c.key);
  const width = columnOrder.length;
  const dates = dateCellsIn(ss.getSpreadsheetTimeZone());
  const values = recordsToRows(records, columnOrder, locale, dates, { plainTextCells: true });
  const sheet = ss.insertSheet(uniqueName(ss, sheetNameOf(plan, locale)));
  try {
    const maxRows = fitGrid(sheet, records.length + 1, width);
    const header = sheet.getRange(HEADER_ROW, 1, 1, width);
    const headerTexts = headerRow(columnOrder, locale);
    header.setValues([headerTexts]);
    header.setFontWeight(HEADER_STYLE.fontWeight);
    header.setBackground(HEADER_STYLE.background);
    header.setWrapStrategy(wrapStrategy(HEADER_STYLE.wrap));
    header.setHorizontalAlignment(HEADER_STYLE.horizontalAlignment);
    header.setVerticalAlignment(HEADER_STYLE.verticalAlignment);
    sheet.setFrozenRows(HEADER_ROW);
    columnOrder.forEach((key, i) => sheet.setColumnWidth(i + 1, columnSpec(key).width));

    // Formats and dropdowns cover every data row of the grid, so rows added later get them too.
    const body = sheet.getRange(FIRST_DATA_ROW, 1, maxRows - HEADER_ROW, width);
    formatBlock(body, columnOrder, maxRows - HEADER_ROW, locale);
    if (records.length > 0) {
      const data = sheet.getRange(FIRST_DATA_ROW, 1, records.length, width);
      data.setValues(values);
      data.setBorder(true, true, true, true, true, true, DATA_BORDER_COLOR, SpreadsheetApp.BorderStyle.SOLID);
    }
    writeRules(sheet, columnOrder, maxRows);
    columnOrder.forEach((key, i) => sheet.getRange(1, i + 1, maxRows, 1).addDeveloperMetadata(COLUMN_KEY, key));
    sheet.addDeveloperMetadata(TASK_SHEET_KEY, options.planKey);
    // The first edit or sidebar call then finds the columns without reading their tags.
    rememberLayout(sheet.getSheetId(), headerRowOf(headerTexts), { planKey: options.planKey, locale, columnOrder });
    return sheet;
  } catch (error) {
    ss.deleteSheet(sheet);
    throw error;
  }
}

/** A sheet name from the plan: its number and year, or a short title. */
function sheetNameOf(plan: Pick<Plan, 'number' | 'title' | 'year'>, locale: Locale): string {
  const year = plan.year ? ` (${plan.year})` : '';
  const base = (plan.number ?? '').trim() || plan.title.trim().slice(0, 60).trim() || msg('sheetPlanUntitled', locale);
  return `${base.replace(/[\[\]*?:\\]/g, ' ')}${year}`.slice(0, 90);
}

/** Empty rows kept below the last task of a new sheet, formatted and with dropdowns, for rows units add. */
const SPARE_ROWS = 100;

/**
 * Sizes the grid to `rows` plus the spare rows (never shrinking) and `columns`; returns the row
 * count. Rows are always inserted (at least one), so the call count never depends on `rows`.
 */
function fitGrid(sheet: Sheet, rows: number, columns: number): number {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  const extra = Math.max(1, rows + SPARE_ROWS - maxRows);
  sheet.insertRowsAfter(maxRows, extra);
  if (maxColumns > columns) sheet.deleteColumns(columns + 1, maxColumns - columns);
  else if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  return maxRows + extra;
}

/** The Sheets wrap strategy of a column's wrap kind. */
function wrapStrategy(kind: WrapKind): GoogleAppsScript.Spreadsheet.WrapStrategy {
  return kind === 'wrap' ? SpreadsheetApp.WrapStrategy.WRAP : SpreadsheetApp.WrapStrategy.CLIP;
}

/**
 * Number formats, wrap strategies, alignment and dropdowns of a block of data rows: one call
 * per kind. Columns the add-on does not own keep Sheets' defaults (overflow).
 */
function formatBlock(range: Range, columnOrder: readonly (ColumnKey | null)[], rowCount: number, locale: Locale): void {
  const formats = columnOrder.map((key) => (key ? columnSpec(key).numberFormat : 'General'));
  const wraps = columnOrder.map((key) => (key ? wrapStrategy(columnSpec(key).wrap) : SpreadsheetApp.WrapStrategy.OVERFLOW));
  const rules = new Map<ColumnKey, DataValidation>();
  for (const key of columnOrder) {
    if (!key || rules.has(key)) continue;
    const spec = columnValidation(key, locale);
    if (spec) rules.set(key, buildValidation(spec));
  }
  const validations = columnOrder.map((key) => (key ? rules.get(key) ?? null : null));
  range.setNumberFormats(Array.from({ length: rowCount }, () => formats));
  range.setWrapStrategies(Array.from({ length: rowCount }, () => wraps));
  range.setVerticalAlignment(DATA_VERTICAL_ALIGNMENT);
  range.setDataValidations(Array.from({ length: rowCount }, () => validations));
}

function buildValidation(spec: ValidationSpec): DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  if (spec.kind === 'list') builder.requireValueInList(spec.values, true);
  else if (spec.kind === 'numberBetween') builder.requireNumberBetween(spec.min, spec.max);
  else builder.requireDate();
  builder.setAllowInvalid(false);
  if (spec.helpText) builder.setHelpText(spec.helpText);
  return builder.build();
}

/**
 * Replaces the add-on's colour rules (recognised by the fingerprints it stored last time) with
 * rules for the sheet's current column order; the user's own rules are kept, ahead of ours.
 */
function writeRules(sheet: Sheet, columnOrder: readonly (ColumnKey | null)[], maxRows: number): void {
  const specs = conditionalRules({ columnOrder, firstRow: FIRST_DATA_ROW });
  const tag = sheet.getDeveloperMetadata().find((md) => md.getKey() === RULES_KEY) ?? null;
  const ours = new Set((tag?.getValue() ?? '').split(',').filter((f) => f !== ''));
  const kept = sheet.getConditionalFormatRules().filter((rule) => !ours.has(ruleFingerprint(rule)));
  const range = sheet.getRange(FIRST_DATA_ROW, 1, maxRows - HEADER_ROW, columnOrder.length);
  const built = specs.map((spec) => buildRule(spec, range));
  sheet.setConditionalFormatRules([...kept, ...built]);
  const value = specs.map((spec) => fingerprint(spec.formula)).join(',');
  if (tag) tag.setValue(value);
  else sheet.addDeveloperMetadata(RULES_KEY, value);
}

function ruleFingerprint(rule: ConditionalFormatRule): string {
  const values = rule.getBooleanCondition()?.getCriteriaValues() ?? [];
  return typeof values[0] === 'string' ? fingerprint(values[0]) : '';
}

function buildRule(spec: ConditionalRuleSpec, range: Range): ConditionalFormatRule {
  const builder = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(spec.formula).setBackground(spec.background);
  if (spec.fontColor) builder.setFontColor(spec.fontColor);
  if (spec.strikethrough) builder.setStrikethrough(true);
  return builder.setRanges([range]).build();
}

// ---------------------------------------------------------------------------- re-import

/** A computed re-import: what changes, and the records after it. */
export interface Reimport {
  taskSheet: TaskSheet;
  rows: TaskRows;
  merged: TaskRecord[];
  diff: RevisionDiff;
}

/** Merges `revised` into the sheet's records by task code (nothing is written). */
export function planReimport(taskSheet: TaskSheet, revised: readonly TaskRecord[]): Reimport {
  if (!taskSheet.columnOf.has('code')) {
    throw new UserError('importSheetDamaged', { sheet: taskSheet.sheet.getName(), column: 'code' });
  }
  const rows = taskSheet.readRecords();
  const { records, diff } = mergeRevision(rows.records, revised);
  return { taskSheet, rows, merged: records, diff };
}

/**
 * Writes a computed re-import: the plan columns of existing rows (one write per run of
 * adjacent plan columns, wherever the user moved them), new tasks appended below, colour rules
 * redone for the current column positions. Progress columns and the user's own columns are
 * never written for existing rows. Returns an undo that restores the plan cells it changed.
 */
export function applyReimportToSheet(reimport: Reimport, locale: Locale): () => void {
  const { taskSheet, rows, merged } = reimport;
  const { sheet, columnOrder, dates } = taskSheet;
  const width = columnOrder.length;
  const existingCount = rows.records.length;
  const newValues = recordsToRows(merged, columnOrder, locale, dates, { plainTextCells: true });
  const blockRows = rows.values.length;
  const undo: (() => void)[] = [];

  // Existing rows: the plan columns only, in runs of adjacent columns.
  if (blockRows > 0) {
    const recordAt = new Map<number, number>();
    rows.rows.forEach((row, i) => recordAt.set(row - FIRST_DATA_ROW, i));
    for (const run of planColumnRuns(columnOrder)) {
      const before = rows.values.map((row) => row.slice(run.start, run.end + 1) as CellValue[]);
      const after = before.map((old, r) => {
        const i = recordAt.get(r);
        return i === undefined ? old : newValues[i].slice(run.start, run.end + 1);
      });
      const range = sheet.getRange(FIRST_DATA_ROW, run.start + 1, blockRows, run.end - run.start + 1);
      const formats = run.keys.map((key) => columnSpec(key).numberFormat);
      range.setNumberFormats(Array.from({ length: blockRows }, () => formats));
      range.setValues(after);
      undo.push(() => range.setValues(before));
    }
  }

  // New tasks: whole rows appended under the last one.
  const added = newValues.slice(existingCount);
  let maxRows = sheet.getMaxRows();
  if (added.length > 0) {
    const first = taskSheet.lastRow + 1;
    // Always grow (by one row at least), so the call count does not depend on how full the grid was.
    const extra = Math.max(1, first + added.length - 1 - maxRows);
    sheet.insertRowsAfter(maxRows, extra);
    maxRows += extra;
    const block = sheet.getRange(first, 1, added.length, width);
    formatBlock(block, columnOrder, added.length, locale);
    block.setValues(added);
    block.setBorder(true, true, true, true, true, true, DATA_BORDER_COLOR, SpreadsheetApp.BorderStyle.SOLID);
    undo.push(() => block.clearContent());
  }
  writeRules(sheet, columnOrder, maxRows);
  return () => undo.reverse().forEach((fn) => fn());
}

/** Runs of adjacent plan columns (0-based inclusive positions) in the sheet's current order. */
function planColumnRuns(columnOrder: readonly (ColumnKey | null)[]): { start: number; end: number; keys: ColumnKey[] }[] {
  const plan = new Set(planColumnKeys(columnOrder));
  const runs: { start: number; end: number; keys: ColumnKey[] }[] = [];
  columnOrder.forEach((key, i) => {
    if (!key || !plan.has(key)) return;
    const last = runs[runs.length - 1];
    if (last && last.end === i - 1) {
      last.end = i;
      last.keys.push(key);
    } else runs.push({ start: i, end: i, keys: [key] });
  });
  return runs;
}
