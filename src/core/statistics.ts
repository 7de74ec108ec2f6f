// Per-unit statistics of evaluated tasks: counts per category, completion and on-time rates.
import { comparableText } from './text';
import { EVALUATIONS, type Evaluation, type IsoDate, type TaskRecord } from './types';
import { evaluateTask, isDone, DEFAULT_DUE_SOON_DAYS } from './evaluation';

/** The figures of one unit (or of the whole plan). */
export interface UnitStats {
  /** The unit's name as first written; null for tasks with no lead unit (and for the overall row). */
  unit: string | null;
  total: number;
  /** Number of tasks in each evaluation category (every category present, zero when none). */
  counts: Record<Evaluation, number>;
  /** done_on_time + done_late. */
  done: number;
  doneOnTime: number;
  /** Not done and past due. */
  overdue: number;
  /** done / total; null when there are no tasks. */
  completionRate: number | null;
  /** doneOnTime / done; null when nothing is done. */
  onTimeRate: number | null;
}

export interface Statistics {
  /** One entry per unit, in order of first appearance; tasks with no unit come last. */
  units: UnitStats[];
  /** The plan's tasks; report duties are not among them. */
  overall: UnitStats;
  /** The plan's report duties (its "BC" rows), counted apart from the tasks. */
  duties: UnitStats;
}

/** One evaluated row: the lead unit and the task's category; `duty` for a report duty. */
export interface EvaluatedRow {
  unit: string | null;
  evaluation: Evaluation;
  duty?: boolean;
}

/**
 * The one definition of what the figures count, shared by the dashboard and the report: rows
 * still in the plan; a report duty (a "BC" row: sending a periodic report) is counted apart
 * from the tasks, so "06/09 nhiệm vụ" means the same in both, and an overdue report shows in both.
 */
export function isReportDuty(record: Pick<TaskRecord, 'kind'>): boolean {
  return record.kind === 'report';
}

/**
 * Counts the rows per unit and overall. Unit names that differ only by case or spacing are
 * one unit (shown as first written); blank names count as "no unit".
 */
export function computeStatistics(rows: readonly EvaluatedRow[]): Statistics {
  const byKey = new Map<string, Record<Evaluation, number> & { name: string | null }>();
  const overall = emptyCounts();
  const noUnit = emptyCounts();
  const duties = emptyCounts();
  let noUnitSeen = false;
  for (const row of rows) {
    if (row.duty) {
      duties[row.evaluation] += 1;
      continue;
    }
    const name = normalizeUnitName(row.unit);
    overall[row.evaluation] += 1;
    if (name === null) {
      noUnit[row.evaluation] += 1;
      noUnitSeen = true;
      continue;
    }
    const key = unitKey(name);
    let counts = byKey.get(key);
    if (!counts) {
      counts = Object.assign(emptyCounts(), { name });
      byKey.set(key, counts);
    }
    counts[row.evaluation] += 1;
  }
  const units = [...byKey.values()].map((counts) => statsFrom(counts.name, counts));
  if (noUnitSeen) units.push(statsFrom(null, noUnit));
  return { units, overall: statsFrom(null, overall), duties: statsFrom(null, duties) };
}

/**
 * The evaluated rows of a task sheet at `cutoff`, ready for `computeStatistics`. Tasks marked
 * as no longer in the plan are left out: they are not part of what the plan asks for.
 */
export function evaluateRecords(
  records: readonly TaskRecord[],
  cutoff: IsoDate,
  dueSoonDays: number = DEFAULT_DUE_SOON_DAYS,
): (EvaluatedRow & { code: string })[] {
  return records
    .filter((r) => r.inPlan)
    .map((r) => ({
      code: r.code,
      unit: r.leadUnit,
      duty: isReportDuty(r),
      evaluation: evaluateTask(
        { due: r.due, state: r.progress.state, completedOn: r.progress.completedOn },
        cutoff,
        dueSoonDays,
      ),
    }));
}

/** Trims and collapses inner whitespace; null for blank names. */
export function normalizeUnitName(name: string | null | undefined): string | null {
  const text = String(name ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? null : text;
}

/** The key under which unit names are compared: case-, spacing- and Unicode-form-insensitive. */
export function unitKey(name: string): string {
  return comparableText(name);
}

function emptyCounts(): Record<Evaluation, number> {
  return Object.fromEntries(EVALUATIONS.map((e) => [e, 0])) as Record<Evaluation, number>;
}

function statsFrom(unit: string | null, source: Record<Evaluation, number>): UnitStats {
  const counts = emptyCounts();
  for (const e of EVALUATIONS) counts[e] = source[e];
  const total = EVALUATIONS.reduce((sum, e) => sum + counts[e], 0);
  const done = EVALUATIONS.filter(isDone).reduce((sum, e) => sum + counts[e], 0);
  const doneOnTime = counts.done_on_time;
  return {
    unit,
    total,
    counts,
    done,
    doneOnTime,
    overdue: counts.overdue,
    completionRate: total === 0 ? null : done / total,
    onTimeRate: done === 0 ? null : doneOnTime / done,
  };
}
