// The progress tab's server side: a unit's task list, and saving one task's progress cells
// (found by row id, or by a code that only one row holds, at the moment of writing, under the
// document lock) with a change-log row, all in one transaction.
import { at } from '../../core/arrays';
import { columnHeader, stateLabel, type ColumnKey } from '../../core/columns';
import { formatDate, todayIn } from '../../core/dates';
import { dateCellsIn, recordsToRows, type CellValue } from '../../core/sheet-model';
import { normalizeUnitName, unitKey } from '../../core/statistics';
import { msg, type Locale } from '../../core/messages/index';
import type { TaskProgress, TaskRecord } from '../../core/types';
import type { ProgressUpdate, ProgressView, ProgressViewRequest, SaveProgressResult } from '../../shared/rpc';
import { listPlanSheets, openTaskSheet } from '../sheets/task-sheet';
import { transaction } from '../sheets/transaction';
import { blockingDescriptions, requireHealthy } from '../sheets/sheet-health';
import { userLocale as userLocaleOf } from '../locale';
import { rowList } from '../../core/row-identity';
import { readUnits } from '../sheets/units-sheet';
import { UserError } from '../rpc';
import { appendLog, type LogEntry } from './change-log';
import { withDocumentLock } from './lock';
import {
  changedFields,
  columnRuns,
  normalizeUpdate,
  progressBaseline,
  progressTask,
  sortByUrgency,
  type EnteredField,
} from './progress-model';
import { planLabel } from '../../core/plan-identity';
import { findUnit, resolveUnits } from '../../core/units';
import { accessOf, canUpdate } from '../people/access';
import { readExtensions, withExtensions } from '../extensions/extensions';
import { readMyUnit, readSettings, writeMyUnit } from './settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The plans, the units the user may pick (every registered unit for office staff, their own
 * units for members), and the chosen unit's tasks: as lead (overdue and due-soon first) and,
 * separately, as supporting unit.
 */
export function progressView(ss: Spreadsheet, request: ProgressViewRequest, now: Date): ProgressView {
  const { dueSoonDays } = readSettings();
  const timeZone = ss.getSpreadsheetTimeZone();
  const today = todayIn(timeZone, now);
  const plans = listPlanSheets(ss).map((p) => ({ key: p.planKey, title: p.label }));
  const registry = readUnits(ss);
  const access = accessOf(ss, registry);
  const allowed = access.office ? registry : access.units;
  if (request.unit !== undefined) writeMyUnit(normalizeUnitName(request.unit));
  let unit = request.unit !== undefined ? normalizeUnitName(request.unit) : readMyUnit();
  // A member sees only their own units, whatever they ask for.
  if (!access.office) unit = findUnit(access.units, unit)?.name ?? access.units[0]?.name ?? null;
  const base = { plans, units: allowed.map((u) => u.name), unit, office: access.office, today, dueSoonDays };
  const planKey = plans.some((p) => p.key === request.planKey) ? request.planKey! : (plans[0]?.key ?? null);
  if (planKey === null) return { ...base, planKey, tasks: [], supportTasks: [] };

  const taskSheet = openTaskSheet(ss, planKey);
  const taskRows = taskSheet.readRecords();
  const problems = blockingDescriptions(taskSheet, taskRows, 'read', userLocaleOf());
  if (problems.length > 0) return { ...base, planKey, tasks: [], supportTasks: [], sheetProblems: problems };
  // Records carry their extension request (an approved deadline is already their `due`).
  const records = withExtensions(taskRows.records, planKey, readExtensions(ss).entries);
  // Office staff also reach tasks led by a group no registered unit stands for ("các phòng …"):
  // those are the office's to follow up. Members' pickers hold their own units only.
  if (access.office) {
    const unregistered = records
      .map((r) => normalizeUnitName(r.leadUnit))
      .filter((n): n is string => n !== null && resolveUnits(registry, n).length === 0);
    base.units = [...base.units, ...new Set(unregistered)];
  }
  const entry = findUnit(registry, unit);
  // A registered unit is matched through the registry (any of its names, inside "A; B"); an
  // unregistered name only as written.
  const names = (raw: string | null): boolean =>
    entry
      ? resolveUnits(registry, raw).includes(entry)
      : raw !== null && normalizeUnitName(raw) !== null && unitKey(normalizeUnitName(raw)!) === unitKey(unit!);
  if (unit === null) return { ...base, planKey, tasks: [], supportTasks: [] };
  const lead = records.filter((r) => r.inPlan && names(r.leadUnit));
  const support = records.filter((r) => r.inPlan && !lead.includes(r) && r.supportUnits.some(names));
  const shown = (list: TaskRecord[]) => sortByUrgency(list.map((r) => progressTask(r, today, dueSoonDays, timeZone)));
  return { ...base, planKey, tasks: shown(lead), supportTasks: shown(support) };
}

/** The columns a save writes besides the entered ones. */
const STAMP_COLUMNS: ColumnKey[] = ['updatedAt', 'updatedBy', 'evaluation'];

/**
 * Saves one task's progress. Under the document lock it reads the sheet once, finds the task's
 * row by code, refuses when the row changed since `update.baseline`, and writes only the cells
 * that change (one write per contiguous run of columns), then logs each changed field.
 */
export function saveTaskProgress(
  ss: Spreadsheet,
  update: ProgressUpdate,
  now: Date,
  userEmail: string,
  userLocale: Locale,
): SaveProgressResult {
  const { dueSoonDays } = readSettings();
  const timeZone = ss.getSpreadsheetTimeZone();
  const today = todayIn(timeZone, now);
  const entered = normalizeUpdate(update, today);
  const code = String(update.code ?? '').trim();

  return withDocumentLock(() =>
    transaction((tx) => {
      const taskSheet = openTaskSheet(ss, update.planKey);
      const locale: Locale = taskSheet.locale;
      const rows = taskSheet.readRecords();
      requireHealthy(taskSheet, rows, 'save');
      const rowId = typeof update.rowId === 'string' ? update.rowId : null;
      const lookup = rows.find({ rowId, code });
      if (!lookup.found) {
        const sheet = taskSheet.sheet.getName();
        if (lookup.reason === 'notFound') throw new UserError('trkTaskNotFound', { code });
        if (rowId) throw new UserError('rowDuplicateRowId', { code, rows: rowList(lookup.rows), sheet });
        throw new UserError('rowDuplicateCode', { code, rows: rowList(lookup.rows), sheet });
      }
      const row = lookup.row;
      const record = at(rows.records, rows.rows.indexOf(row));
      // The row is this task's by its id, but its code was typed over: refuse rather than guess.
      if (code !== '' && record.code !== code) throw new UserError('rowTaskMoved', { code, now: record.code || '—' });
      // The server decides who may save: a member of the task's lead unit, or office staff.
      const registry = readUnits(ss);
      if (!canUpdate(accessOf(ss, registry), registry, record)) {
        throw new UserError('permNotYourUnit', { code, unit: record.leadUnit ?? '—' });
      }
      if (
        update.baseline !== null &&
        update.baseline !== undefined &&
        update.baseline !== progressBaseline(record.progress)
      ) {
        throw new UserError('trkEditedMeanwhile', {
          code,
          user: record.progress.updatedBy || msg('trkSomeone', userLocale),
        });
      }

      const changed = changedFields(record.progress, entered);
      if (changed.length === 0) return { task: progressTask(record, today, dueSoonDays, timeZone), changed: [] };
      const progress: TaskProgress = { ...entered, updatedAt: now.toISOString(), updatedBy: userEmail };
      const next: TaskRecord = { ...record, progress };
      const dates = dateCellsIn(timeZone);
      const after = at(
        recordsToRows([next], taskSheet.columnOrder, locale, dates, {
          cutoff: today,
          dueSoonDays,
          plainTextCells: true,
        }),
        0,
      );
      // Only this task's changed cells and its stamps: one write per run of adjacent columns.
      const keys: ColumnKey[] = [...changed, ...STAMP_COLUMNS];
      const indexes = keys.map((key) => taskSheet.columnOrder.indexOf(key)).filter((i) => i >= 0);
      const before = rows.values[row - taskSheet.firstDataRow] as CellValue[];
      for (const [start, end] of columnRuns(indexes)) {
        tx.setValues(
          taskSheet.sheet.getRange(row, start + 1, 1, end - start + 1),
          [before.slice(start, end + 1)],
          [after.slice(start, end + 1)],
        );
      }

      const entries: LogEntry[] = changed.map((field) => ({
        time: now,
        user: userEmail,
        code,
        field: columnHeader(field, locale),
        oldValue: shown(record.progress, field, locale),
        newValue: shown(progress, field, locale),
        plan: planLabel(taskSheet.plan, taskSheet.sheet.getName(), locale),
      }));
      appendLog(ss, entries, locale);
      return { task: progressTask(next, today, dueSoonDays, timeZone), changed };
    }),
  );
}

/** A progress field as the log shows it. */
function shown(progress: TaskProgress, field: EnteredField, locale: Locale): string {
  const value = progress[field];
  if (value === null || value === '') return '';
  if (field === 'state') return stateLabel(progress.state!, locale);
  if (field === 'completedOn') return formatDate(String(value));
  return String(value);
}
