// Pure decisions of a progress save: validating an update, the row fingerprint that detects an
// edit made in between, which progress fields changed, and the task as the sidebar shows it.
import { parseState, type ColumnKey } from '../../core/columns';
import { compareDates, instantToDate, isIsoDate } from '../../core/dates';
import { evaluateTask } from '../../core/evaluation';
import type { Evaluation, IsoDate, TaskProgress, TaskRecord, TaskState } from '../../core/types';
import type { ProgressTask, ProgressUpdate } from '../../shared/rpc';
import { UserError } from '../rpc';

/** The progress a unit enters (updatedAt/updatedBy are stamped by the server). */
type EnteredProgress = Pick<TaskProgress, 'state' | 'percent' | 'completedOn' | 'result' | 'evidence'>;

/** The entered fields, in the order they are logged. */
export const ENTERED_FIELDS = [
  'state',
  'percent',
  'completedOn',
  'result',
  'evidence',
] as const satisfies readonly ColumnKey[];
export type EnteredField = (typeof ENTERED_FIELDS)[number];

/**
 * Checks and normalizes an update: the state may be a key or a label in either language,
 * percent 0–100, the completion date an ISO date not after today; a task set to done with no
 * completion date is completed today, and a done task without percent is at 100.
 */
export function normalizeUpdate(update: ProgressUpdate, today: IsoDate): EnteredProgress {
  const stateText = update.state === null || update.state === undefined ? '' : String(update.state).trim();
  const state: TaskState | null = stateText === '' ? null : parseState(stateText);
  if (stateText !== '' && state === null) throw new UserError('trkBadState');
  let percent: number | null = null;
  if (update.percent !== null && update.percent !== undefined && String(update.percent).trim() !== '') {
    percent = Number(update.percent);
    if (!Number.isFinite(percent) || percent < 0 || percent > 100) throw new UserError('trkBadPercent');
  }
  let completedOn: IsoDate | null = update.completedOn ? String(update.completedOn).trim() || null : null;
  if (completedOn !== null && !isIsoDate(completedOn)) throw new UserError('trkBadDate');
  if (completedOn !== null && compareDates(completedOn, today) > 0) throw new UserError('trkDateInFuture');
  if (state === 'done') {
    completedOn ??= today;
    percent ??= 100;
  }
  return {
    state,
    percent,
    completedOn,
    result: String(update.result ?? '').trim(),
    evidence: String(update.evidence ?? '').trim(),
  };
}

/**
 * A short fingerprint of a row's progress cells (entered fields and the update stamp). The
 * sidebar sends back the one it loaded; a different one at save time means someone changed
 * the row in between.
 */
export function progressBaseline(progress: TaskProgress): string {
  const text = JSON.stringify([
    progress.state,
    progress.percent,
    progress.completedOn,
    progress.result,
    progress.evidence,
    progress.updatedAt,
    progress.updatedBy,
  ]);
  // FNV-1a, 32 bits: enough to tell two versions of one row apart.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${hash.toString(16).padStart(8, '0')}:${text.length}`;
}

/** The entered fields whose value differs between two progress records. */
export function changedFields(before: EnteredProgress, after: EnteredProgress): EnteredField[] {
  return ENTERED_FIELDS.filter((field) => before[field] !== after[field]);
}

/** A task's evaluation at `today`. */
function evaluationOf(record: TaskRecord, today: IsoDate, dueSoonDays: number): Evaluation {
  return evaluateTask(
    { due: record.due, state: record.progress.state, completedOn: record.progress.completedOn },
    today,
    dueSoonDays,
  );
}

/** The task as the progress tab shows it; the day of the last update needs the spreadsheet's time zone. */
export function progressTask(record: TaskRecord, today: IsoDate, dueSoonDays: number, timeZone?: string): ProgressTask {
  const p = record.progress;
  return {
    code: record.code,
    rowId: record.rowId ?? null,
    title: record.title,
    leadUnit: record.leadUnit,
    due: record.due,
    state: p.state,
    percent: p.percent,
    completedOn: p.completedOn,
    result: p.result,
    evidence: p.evidence,
    evaluation: evaluationOf(record, today, dueSoonDays),
    updatedAt: p.updatedAt,
    updatedOn: p.updatedAt && timeZone ? instantToDate(new Date(p.updatedAt), timeZone) : null,
    updatedBy: p.updatedBy,
    baseline: progressBaseline(p),
    ...(record.extension
      ? {
          extension: {
            status: record.extension.status,
            originalDue: record.extension.originalDue,
            requestedDue: record.extension.requestedDue,
          },
        }
      : {}),
  };
}

const URGENCY: Record<Evaluation, number> = {
  overdue: 0,
  due_soon: 1,
  not_started: 2,
  on_track: 3,
  no_deadline: 4,
  done_late: 5,
  done_on_time: 6,
};

/** Overdue first, then due soon, then the rest; earlier deadlines first within a group. */
export function sortByUrgency(tasks: ProgressTask[]): ProgressTask[] {
  return [...tasks].sort(
    (a, b) =>
      URGENCY[a.evaluation as Evaluation] - URGENCY[b.evaluation as Evaluation] ||
      (a.due ?? '9999-12-31').localeCompare(b.due ?? '9999-12-31'),
  );
}

/** Contiguous runs of 0-based column indexes: [[start, end], …] (end inclusive). */
export function columnRuns(indexes: readonly number[]): [number, number][] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && i === last[1] + 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}
