// The evaluation of a task at a cut-off date: the categories Vietnamese task-tracking
// systems report (DESIGN.md, "Domain"). Pure calendar-date logic, no clock, no time zone.
import type { Evaluation, IsoDate, TaskState } from './types';
import { addDays, compareDates } from './dates';

/** The facts about a task that its evaluation depends on. */
interface EvaluationFacts {
  due: IsoDate | null;
  state: TaskState | null;
  completedOn: IsoDate | null;
}

/** The due-soon window used when the settings say nothing (days). */
export const DEFAULT_DUE_SOON_DAYS = 7;

/**
 * The category of a task at `cutoff` (normally today in the spreadsheet's time zone).
 *
 * Rules, in the order they are applied:
 * 1. Done, and completed on or before the cut-off (or with no completion date):
 *    - done on time when there is no due date, no completion date, or completedOn ≤ due;
 *    - done late when completedOn > due.
 *    A completion date after the cut-off means the task was not yet done at the cut-off
 *    (a report for an earlier period must not count it), so it falls through to rule 2.
 * 2. Not done (in progress, paused, not started, or no state entered):
 *    - overdue when due < cutoff (a task due today is not overdue until tomorrow);
 *    - due soon when cutoff ≤ due < cutoff + dueSoonDays — this wins over "not started",
 *      because an approaching deadline is what the office must act on;
 *    - not started when the state is not started or empty (with a later or no due date);
 *    - no deadline when there is no due date;
 *    - on track otherwise (due ≥ cutoff + dueSoonDays).
 */
export function evaluateTask(
  facts: EvaluationFacts,
  cutoff: IsoDate,
  dueSoonDays: number = DEFAULT_DUE_SOON_DAYS,
): Evaluation {
  const { due, state, completedOn } = facts;
  if (state === 'done' && (completedOn === null || compareDates(completedOn, cutoff) <= 0)) {
    if (due === null || completedOn === null) return 'done_on_time';
    return compareDates(completedOn, due) <= 0 ? 'done_on_time' : 'done_late';
  }
  if (due !== null) {
    if (compareDates(due, cutoff) < 0) return 'overdue';
    if (compareDates(due, addDays(cutoff, Math.max(0, dueSoonDays))) < 0) return 'due_soon';
  }
  if (state === null || state === 'not_started') return 'not_started';
  return due === null ? 'no_deadline' : 'on_track';
}

/** True for the two "done" categories. */
export function isDone(evaluation: Evaluation): boolean {
  return evaluation === 'done_on_time' || evaluation === 'done_late';
}
