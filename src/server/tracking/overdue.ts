// The overdue check: recomputes every task's evaluation, writes each plan's evaluation column
// in one batched write, refreshes the dashboard, and lists the overdue and due-soon tasks.
import { at } from '../../core/arrays';
import { evaluationLabel } from '../../core/columns';
import { todayIn } from '../../core/dates';
import { dateCellsIn } from '../../core/sheet-model';
import { computeStatistics, evaluateRecords } from '../../core/statistics';
import type { Locale } from '../../core/messages/index';
import type { TaskRecord } from '../../core/types';
import type { OverdueItem, OverdueReport } from '../../shared/rpc';
import { listPlanSheets, openTaskSheet, type TaskRows, type TaskSheet } from '../sheets/task-sheet';
import { transaction, type Transaction } from '../sheets/transaction';
import { requireHealthy } from '../sheets/sheet-health';
import { rowList } from '../../core/row-identity';
import type { CellValue } from '../../core/sheet-model';
import { UserError } from '../rpc';
import { refreshDashboard } from './dashboard';
import { withDocumentLock } from './lock';
import { readDashboardPlan, readSettings, writeDashboardPlan } from './settings';
import type { Statistics } from '../../core/statistics';
import { distinctLabels, planLabel } from '../../core/plan-identity';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface CheckOptions {
  /** One plan, or every plan sheet when null. */
  planKey: string | null;
  now: Date;
  locale: Locale;
}

/**
 * Runs the check under the document lock. Every plan checked gets today's history row; the
 * dashboard shows the plan asked for (remembered), or, when the check covers them all, the plan
 * it showed last (the first plan when that one is gone).
 */
export function runOverdueCheck(ss: Spreadsheet, options: CheckOptions): OverdueReport {
  const { dueSoonDays } = readSettings();
  const timeZone = ss.getSpreadsheetTimeZone();
  const today = todayIn(timeZone, options.now);
  const dates = dateCellsIn(timeZone);
  const sheets = listPlanSheets(ss);
  const labels = distinctLabels(sheets);
  const plans = sheets.map((p, i) => ({ planKey: p.planKey, label: labels[i] ?? p.planKey }));
  const keys = options.planKey ? [options.planKey] : plans.map((p) => p.planKey);
  if (keys.length === 0) throw new UserError('trkNoPlan');

  return withDocumentLock(() =>
    transaction((tx) => {
      const items: OverdueItem[] = [];
      const snapshots: { planKey: string; planTitle: string; stats: Statistics; locale: Locale }[] = [];
      for (const planKey of keys) {
        const taskSheet = openTaskSheet(ss, planKey);
        const sheetLocale: Locale = taskSheet.locale;
        const taskRows = taskSheet.readRecords();
        requireHealthy(taskSheet, taskRows, 'check');
        const { records } = taskRows;
        const evaluated = evaluateRecords(records, today, dueSoonDays);
        writeEvaluationColumn(tx, taskSheet, taskRows, evaluated, sheetLocale);

        const planTitle = planLabel(taskSheet.plan, taskSheet.sheet.getName(), options.locale);
        evaluated.forEach((row, i) => {
          if (row.evaluation !== 'overdue' && row.evaluation !== 'due_soon') return;
          const record: TaskRecord = at(records, i);
          items.push({
            planKey,
            planTitle,
            code: row.code,
            rowId: record.rowId ?? null,
            title: record.title,
            unit: record.leadUnit,
            due: record.due!,
            row: at(taskRows.rows, i),
            category: row.evaluation,
          });
        });
        snapshots.push({ planKey, planTitle, stats: computeStatistics(evaluated), locale: sheetLocale });
      }
      const wanted = options.planKey ?? readDashboardPlan();
      const shown = snapshots.find((p) => p.planKey === wanted) ?? at(snapshots, 0);
      if (options.planKey && options.planKey !== readDashboardPlan()) writeDashboardPlan(options.planKey);
      refreshDashboard(ss, { shown, snapshots, plans, today, locale: shown.locale, dates });
      items.sort((a, b) =>
        a.category === b.category ? a.due.localeCompare(b.due) : a.category === 'overdue' ? -1 : 1,
      );
      return {
        today,
        dueSoonDays,
        items,
        overdue: items.filter((i) => i.category === 'overdue').length,
        dueSoon: items.filter((i) => i.category === 'due_soon').length,
      };
    }),
  );
}

/**
 * The evaluation column from the first data row to the last, in one write: each task's label
 * on its own row (by position, so a duplicated code cannot take another row's label); rows
 * without a task keep what they hold. Skipped when nothing changes.
 */
function writeEvaluationColumn(
  tx: Transaction,
  taskSheet: TaskSheet,
  taskRows: TaskRows,
  evaluated: ReturnType<typeof evaluateRecords>,
  locale: Locale,
): void {
  const column = taskSheet.columnOrder.indexOf('evaluation');
  const height = taskRows.values.length;
  if (column < 0 || height < 1) return;
  const before = taskRows.values.map((row) => [row[column] as CellValue]);
  const after = before.map((cell) => [...cell]);
  evaluated.forEach((row, i) => {
    after[at(taskRows.rows, i) - taskSheet.firstDataRow] = [evaluationLabel(row.evaluation, locale)];
  });
  if (after.every((cell, r) => cell[0] === before[r]?.[0])) return;
  tx.setValues(taskSheet.sheet.getRange(taskSheet.firstDataRow, column + 1, height, 1), before, after);
}

/** Selects a task's row in its sheet (the sidebar's "jump to row"): by row id when known, else by a code only one row holds. */
export function activateTask(ss: Spreadsheet, planKey: string, code: string, rowId: string | null = null): boolean {
  const taskSheet = openTaskSheet(ss, planKey);
  const lookup = taskSheet.readRecords().find({ rowId, code });
  if (!lookup.found) {
    if (lookup.reason === 'notFound') throw new UserError('trkTaskNotFound', { code });
    throw new UserError('rowDuplicateCode', { code, rows: rowList(lookup.rows), sheet: taskSheet.sheet.getName() });
  }
  const row = lookup.row;
  taskSheet.sheet.activate();
  taskSheet.sheet.getRange(row, 1, 1, Math.max(1, taskSheet.columnOrder.length)).activate();
  return true;
}
