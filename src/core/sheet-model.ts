// The task sheet as values: plan → records, records ↔ rows in the sheet's current column
// order, and the merge of a revised plan into the records a sheet already holds.
import type { IsoDate, Plan, TaskProgress, TaskRecord } from './types';
import {
  columnSpec,
  evaluationLabel,
  inPlanLabel,
  parseInPlan,
  parseRecurrence,
  parseState,
  recurrenceLabel,
  stateLabel,
  type ColumnKey,
} from './columns';
import { dateToInstant, endOfYear, fromSerial, instantToDate, isIsoDate, parseDisplayDate, toSerial } from './dates';
import { evaluateTask, DEFAULT_DUE_SOON_DAYS } from './evaluation';
import { msg, type Locale } from './messages/index';

/** A value as `Range.setValues` takes it and `Range.getValues` returns it. */
export type CellValue = string | number | boolean | Date;

/**
 * How calendar dates become cell values and back. Core does not guess a time zone: the
 * adapter builds this from the spreadsheet's zone (see `dateCellsIn`).
 */
export interface CellDates {
  toCell(date: IsoDate): CellValue;
  /** The date a cell holds, or null when it holds no date. */
  fromCell(value: unknown): IsoDate | null;
}

/**
 * Date cells of a spreadsheet in `timeZone`: a date is written as the Date of its midnight in
 * that zone, and a Date read back means the calendar day it falls on there. Serial numbers,
 * ISO strings and "dd/MM/yyyy" text (a date typed into a plain-text cell) are read too.
 */
export function dateCellsIn(timeZone: string): CellDates {
  return {
    toCell: (date) => dateToInstant(date, timeZone),
    fromCell: (value) => readDate(value, (d) => instantToDate(d, timeZone)),
  };
}

/** Date cells as serial numbers (what a formula engine or an exported sheet holds). */
export const serialDateCells: CellDates = {
  toCell: (date) => toSerial(date),
  fromCell: (value) => readDate(value, () => null),
};

function readDate(value: unknown, fromDate: (d: Date) => IsoDate | null): IsoDate | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : fromDate(value);
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? fromSerial(value) : null;
  if (typeof value === 'string') {
    const text = value.trim();
    return isIsoDate(text) ? text : parseDisplayDate(text);
  }
  return null;
}

interface PlanToRecordsOptions {
  /** Give a task with no deadline the end of the plan year (DESIGN.md, "Domain"). */
  defaultDueToYearEnd: boolean;
  /** Language of the section label of report rows; Vietnamese by default. */
  locale?: Locale;
}

/** Code prefix of the rows made from the plan's reporting duties ("BC.1", "BC.2", …). */
const REPORT_CODE_PREFIX = 'BC.';

/**
 * The rows a new task sheet starts with: the plan's tasks, then its reporting duties (code
 * "BC.n", lead = the reporting unit). Codes are made unique: a repeated code gets "-2", "-3"….
 */
export function planToRecords(plan: Plan, options: PlanToRecordsOptions): TaskRecord[] {
  const year = plan.year ?? (plan.date ? Number(plan.date.slice(0, 4)) : null);
  const defaultDue = options.defaultDueToYearEnd && year ? endOfYear(year) : null;
  const codes = new Set<string>();
  const unique = (wanted: string): string => {
    let code = wanted;
    for (let n = 2; codes.has(code); n += 1) code = `${wanted}-${n}`;
    codes.add(code);
    return code;
  };
  const tasks = plan.tasks.map(
    (task, i): TaskRecord => ({
      code: unique(task.ref.trim() || String(i + 1)),
      kind: 'task',
      section: task.section,
      title: task.title,
      text: task.text,
      leadUnit: task.leadUnit,
      supportUnits: [...task.supportUnits],
      due: task.due ?? defaultDue,
      dueText: task.dueText,
      recurrence: task.recurrence,
      inPlan: true,
      progress: emptyProgress(),
    }),
  );
  const reportSection = msg('reportSection', options.locale ?? 'vi');
  const reports = plan.reports.map(
    (report, i): TaskRecord => ({
      code: unique(`${REPORT_CODE_PREFIX}${i + 1}`),
      kind: 'report',
      section: reportSection,
      title: report.text,
      text: report.text,
      leadUnit: report.unit,
      supportUnits: [],
      due: report.due ?? defaultDue,
      dueText: null,
      recurrence: report.period,
      inPlan: true,
      progress: emptyProgress(),
    }),
  );
  return [...tasks, ...reports];
}

/** Progress of a task nobody has touched yet. */
export function emptyProgress(): TaskProgress {
  return { state: null, percent: null, completedOn: null, result: '', evidence: '', updatedAt: null, updatedBy: '' };
}

/** Separator of supporting units in one cell. */
const UNIT_SEPARATOR = '; ';

/** Characters that make Sheets read typed or `setValues` text as a formula (or risk it). */
const FORMULA_START = /^[=+\-@]/;

/**
 * Text safe to hand to `setValues`: text starting with = + - @ gets a leading apostrophe,
 * which Sheets stores as a "quote prefix" (shown and read back without the apostrophe), so
 * it stays text. Text columns also carry the "@" plain-text number format (see COLUMNS).
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes `neutraliseFormula` on a value read back (in case the apostrophe survives). */
function readText(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

interface RowOptions {
  /** When given, the evaluation column is filled at this cut-off; otherwise left empty. */
  cutoff?: IsoDate | null;
  dueSoonDays?: number;
  /**
   * The text cells already carry the "@" plain-text format (set before the values), which
   * keeps = + - @ text as text: write it as is, since a plain-text cell would keep the apostrophe.
   */
  plainTextCells?: boolean;
}

/**
 * The cell values of `records`, one row each, in `columnOrder` (the sheet's actual order,
 * found through developer metadata; null marks a column that is not the add-on's and is
 * written as ""). Text is neutralised against formulas; dates become `dates.toCell` values.
 */
export function recordsToRows(
  records: readonly TaskRecord[],
  columnOrder: readonly (ColumnKey | null)[],
  locale: Locale,
  dates: CellDates,
  options: RowOptions = {},
): CellValue[][] {
  return records.map((record) => columnOrder.map((key) => (key ? cellOf(record, key, locale, dates, options) : '')));
}

function cellOf(record: TaskRecord, key: ColumnKey, locale: Locale, dates: CellDates, options: RowOptions): CellValue {
  const p = record.progress;
  const date = (d: IsoDate | null): CellValue => (d ? dates.toCell(d) : '');
  const text = (t: string | null): CellValue => (options.plainTextCells ? (t ?? '') : neutraliseFormula(t ?? ''));
  switch (key) {
    case 'code':
      return text(record.code);
    case 'section':
      return text(record.section);
    case 'title':
      return text(record.title);
    case 'text':
      return text(record.text);
    case 'leadUnit':
      return text(record.leadUnit);
    case 'supportUnits':
      return text(record.supportUnits.join(UNIT_SEPARATOR));
    case 'due':
      return date(record.due);
    case 'dueText':
      return text(record.dueText);
    case 'recurrence':
      return record.recurrence ? recurrenceLabel(record.recurrence, locale) : '';
    case 'state':
      return p.state ? stateLabel(p.state, locale) : '';
    case 'percent':
      return p.percent ?? '';
    case 'completedOn':
      return date(p.completedOn);
    case 'result':
      return text(p.result);
    case 'evidence':
      return text(p.evidence);
    case 'evaluation':
      if (!options.cutoff) return '';
      return evaluationLabel(
        evaluateTask(
          { due: record.due, state: p.state, completedOn: p.completedOn },
          options.cutoff,
          options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS,
        ),
        locale,
      );
    case 'updatedAt':
      return p.updatedAt ? new Date(p.updatedAt) : '';
    case 'updatedBy':
      return text(p.updatedBy);
    case 'inPlan':
      return inPlanLabel(record.inPlan, locale);
    case 'rowId':
      return record.rowId ?? '';
  }
}

/**
 * Records from a task sheet's data rows (header excluded), columns found by `columnOrder`.
 * Rows with neither code nor title are skipped; a column missing from the order reads as
 * empty; unreadable states, recurrences, percents or dates read as null.
 */
export function rowsToRecords(
  values: readonly (readonly unknown[])[],
  columnOrder: readonly (ColumnKey | null)[],
  dates: CellDates,
): TaskRecord[] {
  const index = new Map<ColumnKey, number>();
  columnOrder.forEach((key, i) => {
    if (key && !index.has(key)) index.set(key, i);
  });
  const records: TaskRecord[] = [];
  for (const row of values) {
    const raw = (key: ColumnKey): unknown => (index.has(key) ? row[index.get(key)!] : '');
    const text = (key: ColumnKey): string => readText(raw(key)).trim();
    const code = text('code');
    const title = text('title');
    if (code === '' && title === '') continue;
    const rowId = text('rowId');
    records.push({
      ...(rowId !== '' ? { rowId } : {}),
      code,
      kind: code.startsWith(REPORT_CODE_PREFIX) ? 'report' : 'task',
      section: text('section'),
      title,
      text: readText(raw('text')),
      leadUnit: text('leadUnit') || null,
      supportUnits: text('supportUnits')
        .split(/[;\n]/)
        .map((u) => u.trim())
        .filter((u) => u !== ''),
      due: dates.fromCell(raw('due')),
      dueText: text('dueText') || null,
      recurrence: parseRecurrence(raw('recurrence')),
      inPlan: parseInPlan(raw('inPlan')),
      progress: {
        state: parseState(raw('state')),
        percent: readPercent(raw('percent')),
        completedOn: dates.fromCell(raw('completedOn')),
        result: readText(raw('result')),
        evidence: readText(raw('evidence')),
        updatedAt: readDateTime(raw('updatedAt')),
        updatedBy: text('updatedBy'),
      },
    });
  }
  return records;
}

function readPercent(value: unknown): number | null {
  const n =
    typeof value === 'number'
      ? value
      : Number(
          String(value ?? '')
            .replace('%', '')
            .replace(',', '.')
            .trim(),
        );
  if (value === '' || value === null || value === undefined || !Number.isFinite(n)) return null;
  return Math.min(100, Math.max(0, n));
}

function readDateTime(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  const text = String(value ?? '').trim();
  return text === '' ? null : text;
}

/** The plan columns compared and copied by a re-import (TaskRecord field names). */
const PLAN_FIELDS = [
  'kind',
  'section',
  'title',
  'text',
  'leadUnit',
  'supportUnits',
  'due',
  'dueText',
  'recurrence',
  'inPlan',
] as const;
type PlanField = (typeof PLAN_FIELDS)[number];

/** What a re-import changes, for the sidebar to show before it is applied. */
export interface RevisionDiff {
  /** Codes of tasks the revision adds (appended at the end). */
  added: string[];
  /** Tasks whose plan columns change, with the changed field names. */
  changed: { code: string; fields: PlanField[] }[];
  /** Codes of tasks no longer in the plan (marked, never deleted). */
  removed: string[];
  /** Tasks the revision leaves as they are. */
  unchanged: number;
}

/**
 * Merges a revised plan's records into a sheet's records by task code. Existing rows keep
 * their order and all their progress; their plan fields take the revision's values; tasks
 * absent from the revision are marked inPlan=false; new tasks are appended in the revision's
 * order. A task that was dropped and comes back is marked in plan again ("inPlan" changes).
 */
export function mergeRevision(
  existing: readonly TaskRecord[],
  revised: readonly TaskRecord[],
): { records: TaskRecord[]; diff: RevisionDiff } {
  const revisedByCode = new Map<string, TaskRecord>();
  for (const record of revised) {
    if (!revisedByCode.has(record.code.trim())) revisedByCode.set(record.code.trim(), record);
  }
  const diff: RevisionDiff = { added: [], changed: [], removed: [], unchanged: 0 };
  const seen = new Set<string>();
  const records = existing.map((current): TaskRecord => {
    const code = current.code.trim();
    const next = seen.has(code) ? undefined : revisedByCode.get(code);
    seen.add(code);
    if (!next) {
      if (current.inPlan) diff.removed.push(current.code);
      else diff.unchanged += 1;
      return { ...current, inPlan: false };
    }
    const merged: TaskRecord = {
      ...current,
      kind: next.kind,
      section: next.section,
      title: next.title,
      text: next.text,
      leadUnit: next.leadUnit,
      supportUnits: [...next.supportUnits],
      due: next.due,
      dueText: next.dueText,
      recurrence: next.recurrence,
      inPlan: true,
    };
    const fields = PLAN_FIELDS.filter((f) => !sameValue(current[f], merged[f]));
    if (fields.length > 0) diff.changed.push({ code: current.code, fields });
    else diff.unchanged += 1;
    return merged;
  });
  for (const [code, record] of revisedByCode) {
    if (seen.has(code)) continue;
    diff.added.push(record.code);
    records.push({ ...record, code, inPlan: true, progress: { ...record.progress } });
  }
  return { records, diff };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/** The columns a re-import may write: the plan columns (progress columns are never touched). */
export function planColumnKeys(columnOrder: readonly (ColumnKey | null)[]): ColumnKey[] {
  return columnOrder.filter((key): key is ColumnKey => key !== null && columnSpec(key).role === 'plan');
}
