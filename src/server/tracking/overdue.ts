// The overdue check: recomputes every task's evaluation, writes each plan's evaluation column
// in one batched write, refreshes the dashboard, and lists the overdue and due-soon tasks.
import { evaluationLabel } from '../../core/columns';
import { todayIn } from '../../core/dates';
import { dateCellsIn } from '../../core/sheet-model';
import { computeStatistics, evaluateRecords } from '../../core/statistics';
import type { Locale } from '../../core/messages/index';
import type { TaskRecord } from '../../core/types';
import type { OverdueItem, OverdueReport } from '../../shared/rpc';
import { listPlanSheets, openTaskSheet } from '../sheets/task-sheet';
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
  const plans = sheets.map((p, i) => ({ planKey: p.planKey, label: labels[i] }));
  const keys = options.planKey ? [options.planKey] : plans.map((p) => p.planKey);
  if (keys.length === 0) throw new UserError('trkNoPlan');

  return withDocumentLock(() => {
    const items: OverdueItem[] = [];
    const snapshots: { planKey: string; planTitle: string; stats: Statistics; locale: Locale }[] = [];
    for (const planKey of keys) {
      const taskSheet = openTaskSheet(ss, planKey);
      const sheetLocale: Locale = taskSheet.locale;
      const { records, rowOf } = taskSheet.readRecords();
      const evaluated = evaluateRecords(records, today, dueSoonDays);
      writeEvaluationColumn(taskSheet, rowOf, evaluated, sheetLocale);

      const byCode = new Map<string, TaskRecord>(records.map((r) => [r.code, r]));
      const planTitle = planLabel(taskSheet.plan, taskSheet.sheet.getName(), options.locale);
      for (const row of evaluated) {
        if (row.evaluation !== 'overdue' && row.evaluation !== 'due_soon') continue;
        const record = byCode.get(row.code)!;
        items.push({
          planKey,
          planTitle,
          code: row.code,
          title: record.title,
          unit: record.leadUnit,
          due: record.due!,
          row: rowOf.get(row.code) ?? 0,
          category: row.evaluation,
        });
      }
      snapshots.push({ planKey, planTitle, stats: computeStatistics(evaluated), locale: sheetLocale });
    }
    const wanted = options.planKey ?? readDashboardPlan();
    const shown = snapshots.find((p) => p.planKey === wanted) ?? snapshots[0];
    if (options.planKey && options.planKey !== readDashboardPlan()) writeDashboardPlan(options.planKey);
    refreshDashboard(ss, { shown, snapshots, plans, today, locale: shown.locale, dates });
    items.sort((a, b) => (a.category === b.category ? a.due.localeCompare(b.due) : a.category === 'overdue' ? -1 : 1));
    return {
      today,
      dueSoonDays,
      items,
      overdue: items.filter((i) => i.category === 'overdue').length,
      dueSoon: items.filter((i) => i.category === 'due_soon').length,
    };
  });
}

/** The evaluation column from the first data row to the last, in one write. */
function writeEvaluationColumn(
  taskSheet: ReturnType<typeof openTaskSheet>,
  rowOf: Map<string, number>,
  evaluated: ReturnType<typeof evaluateRecords>,
  locale: Locale,
): void {
  const column = taskSheet.columnOrder.indexOf('evaluation');
  const height = taskSheet.lastRow - taskSheet.firstDataRow + 1;
  if (column < 0 || height < 1) return;
  const cells: string[][] = Array.from({ length: height }, () => ['']);
  for (const row of evaluated) {
    const sheetRow = rowOf.get(row.code);
    if (sheetRow !== undefined) cells[sheetRow - taskSheet.firstDataRow] = [evaluationLabel(row.evaluation, locale)];
  }
  taskSheet.sheet.getRange(taskSheet.firstDataRow, column + 1, height, 1).setValues(cells);
}

/** Selects a task's row in its sheet (the sidebar's "jump to row"). */
export function activateTask(ss: Spreadsheet, planKey: string, code: string): boolean {
  const taskSheet = openTaskSheet(ss, planKey);
  const { rowOf } = taskSheet.readRecords();
  const row = rowOf.get(code);
  if (row === undefined) throw new UserError('trkTaskNotFound', { code });
  taskSheet.sheet.activate();
  taskSheet.sheet.getRange(row, 1, 1, Math.max(1, taskSheet.columnOrder.length)).activate();
  return true;
}
