// Which task rows a report covers and how each is evaluated for the period; which of them are
// shortcomings; grouping by lead unit.
import type { Evaluation, IsoDate, TaskRecord } from '../types';
import { compareDates } from '../dates';
import { evaluateTask, isDone } from '../evaluation';
import { isReportDuty, normalizeUnitName, unitKey } from '../statistics';
import type { ReportPeriodInfo } from './model';

/** A row of the report with its evaluation for the period. */
export interface ReportTask {
  record: TaskRecord;
  evaluation: Evaluation;
  /** True when it counts as done in this period. */
  done: boolean;
  /** Due after the period's end: not yet due for this report. */
  dueLater: boolean;
  /** A report duty (a "BC" row), counted apart from the tasks. */
  duty: boolean;
}

const RECURRING = new Set(['monthly', 'quarterly', 'semiannual', 'annual', 'ongoing']);

/**
 * The rows a report covers, in the plan's (the records') order, tasks and report duties alike:
 * - rows still in the plan, each evaluated at the cut-off with the evaluation module;
 * - a row due after the period's end is "not yet due" in this report: unless done by the
 *   cut-off it is evaluated at the earlier of the cut-off and the period's end, so it reads on
 *   track or not started, never overdue or due soon;
 * - a one-off row completed before the period began belongs to an earlier report and is left out;
 * - a recurring row (monthly … ongoing) counts in every period; a completion dated before the
 *   period began does not count for this one;
 * - a report duty due after the period's end is not this period's duty and is left out.
 */
export function selectTasks(
  records: readonly TaskRecord[],
  period: ReportPeriodInfo,
  cutoff: IsoDate,
  dueSoonDays: number,
): ReportTask[] {
  const out: ReportTask[] = [];
  for (const record of records) {
    if (!record.inPlan) continue;
    const duty = isReportDuty(record);
    const { due } = record;
    let state = record.progress.state;
    let completedOn = record.progress.completedOn;
    const recurring = RECURRING.has(record.recurrence ?? '');
    const completedBefore = state === 'done' && completedOn !== null && compareDates(completedOn, period.from) < 0;
    if (completedBefore && !recurring) continue;
    if (completedBefore) {
      state = 'in_progress';
      completedOn = null;
    }
    const dueLater = due !== null && compareDates(due, period.to) > 0;
    if (duty && dueLater) continue;
    let evaluation = evaluateTask({ due, state, completedOn }, cutoff, dueSoonDays);
    if (dueLater && !isDone(evaluation)) {
      const periodCutoff = compareDates(cutoff, period.to) < 0 ? cutoff : period.to;
      evaluation = evaluateTask({ due, state, completedOn }, periodCutoff, 0);
    }
    out.push({ record, evaluation, done: isDone(evaluation), dueLater, duty });
  }
  return out;
}

/**
 * A shortcoming of the period: a row overdue at the cut-off (not done, its deadline passed) or
 * done late. A row not yet due at the cut-off, however little done, is never a shortcoming.
 */
export function isShortcoming(task: ReportTask): boolean {
  return task.evaluation === 'overdue' || task.evaluation === 'done_late';
}

export interface UnitGroup {
  unit: string | null;
  tasks: ReportTask[];
}

/** Groups tasks by lead unit in order of first appearance; tasks with no unit come last. */
export function groupByUnit(tasks: readonly ReportTask[]): UnitGroup[] {
  const groups = new Map<string, UnitGroup>();
  const none: UnitGroup = { unit: null, tasks: [] };
  for (const task of tasks) {
    const name = normalizeUnitName(task.record.leadUnit);
    if (name === null) {
      none.tasks.push(task);
      continue;
    }
    const key = unitKey(name);
    const group = groups.get(key) ?? { unit: name, tasks: [] };
    group.tasks.push(task);
    groups.set(key, group);
  }
  return [...groups.values(), ...(none.tasks.length ? [none] : [])];
}
