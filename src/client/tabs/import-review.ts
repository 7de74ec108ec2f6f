// The review list's model, free of the DOM: default due dates; dropping, merging and
// splitting tasks; doubts to review, typed dates and bulk edits. The sidebar (tabs/import.ts)
// and the demo use it.
import { at } from '../../core/arrays';
import { makeTitle } from '../../core/plan/title';
import { isIsoDate } from '../../core/dates';
import type { IsoDate, Plan, PlanTask } from '../../core/types';

/** 31 December of `year` as an ISO date. */
function endOfYear(year: number): string {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/** The plan's year, or the year of its date. */
export function planYear(plan: Pick<Plan, 'year' | 'date'>): number | null {
  return plan.year ?? (plan.date ? Number(plan.date.slice(0, 4)) : null);
}

/**
 * The plan as the review starts: a task or report with no deadline gets the end of the plan
 * year (DESIGN.md, "Domain"); the user may clear it. Returns a copy.
 */
export function withDefaultDues(plan: Plan): Plan {
  const year = planYear(plan);
  const fallback = year ? endOfYear(year) : null;
  return {
    ...plan,
    tasks: plan.tasks.map((t) => ({ ...t, supportUnits: [...t.supportUnits], due: t.due ?? fallback })),
    reports: plan.reports.map((r) => ({ ...r, due: r.due ?? fallback })),
  };
}

/** The tasks without the one at `index`. */
export function dropTask(tasks: readonly PlanTask[], index: number): PlanTask[] {
  return tasks.filter((_, i) => i !== index);
}

/** Merges the task at `index` into the one above it (texts joined, units united, earliest due). */
export function mergeUp(tasks: readonly PlanTask[], index: number): PlanTask[] {
  if (index <= 0 || index >= tasks.length) return [...tasks];
  const above = at(tasks, index - 1);
  const task = at(tasks, index);
  const leadUnit = above.leadUnit ?? task.leadUnit;
  const units = [...above.supportUnits];
  for (const u of [task.leadUnit, ...task.supportUnits]) {
    if (u && u !== leadUnit && !units.includes(u)) units.push(u);
  }
  const dues = [above.due, task.due].filter((d): d is string => !!d).sort();
  const merged: PlanTask = {
    ...above,
    text: `${above.text}\n${task.text}`,
    leadUnit,
    supportUnits: units,
    due: dues[0] ?? null,
    dueText: above.dueText ?? task.dueText,
  };
  return [...tasks.slice(0, index - 1), merged, ...tasks.slice(index + 1)];
}

/**
 * Where the text may be cut between sentences: after ". ! ? …" (and closing quotes or brackets)
 * before a word that does not start in lower case ("v.v. and" is no break), after ";" (plans
 * list several duties in one item, separated by semicolons), and at a line break. Each match
 * ends where the second part starts.
 */
const SENTENCE_BREAK = /[.!?…]["”’)]*[ \t]+(?=[^\s\p{Ll}])|;["”’)]*[ \t]+(?=\S)|[ \t]*\n\s*(?=\S)/gu;

/**
 * The text cut in two at the sentence boundary nearest its middle, or null when it holds a
 * single sentence.
 */
export function splitAtSentence(text: string): [string, string] | null {
  const whole = text.trim();
  let best: { start: number; end: number } | null = null;
  for (const m of whole.matchAll(SENTENCE_BREAK)) {
    const start = m.index + m[0].search(/\s/);
    const end = m.index + m[0].length;
    if (start <= 0 || end >= whole.length) continue;
    if (!best || Math.abs(start - whole.length / 2) < Math.abs(best.start - whole.length / 2)) best = { start, end };
  }
  if (!best) return null;
  return [whole.slice(0, best.start).trim(), whole.slice(best.end).trim()];
}

/**
 * Splits the task at `index` in two ("this task is really two"): its text is cut at the
 * sentence boundary nearest the middle; the first part stays, the rest becomes a new task right
 * after it with a new code ("II.3" → "II.3-2") and its own title made as the parser makes
 * titles. A text of one sentence is copied whole into the new task.
 */
export function splitTask(tasks: readonly PlanTask[], index: number): PlanTask[] {
  const task = tasks[index];
  if (!task) return [...tasks];
  const codes = new Set(tasks.map((t) => t.ref));
  let n = 2;
  while (codes.has(`${task.ref}-${n}`)) n++;
  const parts = splitAtSentence(task.text);
  const kept: PlanTask = parts ? { ...task, text: parts[0] } : task;
  const copy: PlanTask = parts
    ? {
        ...task,
        ref: `${task.ref}-${n}`,
        text: parts[1],
        title: makeTitle(parts[1]),
        supportUnits: [...task.supportUnits],
      }
    : { ...task, ref: `${task.ref}-${n}`, supportUnits: [...task.supportUnits] };
  return [...tasks.slice(0, index), kept, copy, ...tasks.slice(index + 1)];
}

/** Units separated by ";" (or new lines) in a text input. */
export function splitUnits(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((u) => u.trim())
    .filter((u) => u !== '');
}

/** A task under review; `noDue` marks the user's explicit "no deadline" choice. */
export type ReviewTask = PlanTask & { noDue?: boolean };

/** A field the parser gives a confidence for. */
type Field = keyof NonNullable<PlanTask['confidence']>;

/** Below this confidence a field is flagged for review. */
export const DOUBT_BELOW = 0.6;

/** Why a task needs a second look: a doubtful field, or a deadline neither given nor waived. */
export type Doubt = 'task' | 'lead' | 'due' | 'missingDue';

/** True when the task has no deadline and the user has not chosen "no deadline". */
export function missingDue(task: ReviewTask): boolean {
  return !task.due && !task.noDue;
}

/** The task's doubts, in the order the review names them. */
export function doubtsOf(task: ReviewTask): Doubt[] {
  const doubts: Doubt[] = (['task', 'lead', 'due'] as const).filter(
    (field) => (task.confidence?.[field] ?? 1) < DOUBT_BELOW,
  );
  if (missingDue(task)) doubts.push('missingDue');
  return doubts;
}

/** Marks fields as checked by the user (full confidence), so they are no longer flagged. */
export function confirmFields(task: ReviewTask, fields: readonly Field[]): void {
  if (!task.confidence) return;
  task.confidence = { ...task.confidence };
  for (const field of fields) task.confidence[field] = 1;
}

/**
 * A date typed as dd/MM/yyyy (one-digit day or month, and "." or "-" between, are accepted)
 * as an ISO date; null when the text is not a real calendar date.
 */
export function parseTypedDate(text: string): IsoDate | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [, day = '', month = '', year = ''] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** What a bulk edit sets; a field left out is unchanged. `due: null` means "no deadline". */
export interface BulkEdit {
  leadUnit?: string;
  supportUnits?: string[];
  due?: IsoDate | null;
}

/** The tasks with `edit` applied to those at the `selected` indexes (new objects; the rest kept). */
export function applyBulk(tasks: readonly ReviewTask[], selected: ReadonlySet<number>, edit: BulkEdit): ReviewTask[] {
  return tasks.map((task, i) => {
    if (!selected.has(i)) return task;
    const next: ReviewTask = { ...task, supportUnits: [...(edit.supportUnits ?? task.supportUnits)] };
    if (edit.leadUnit !== undefined) {
      next.leadUnit = edit.leadUnit;
      confirmFields(next, ['lead']);
    }
    if (edit.due !== undefined) {
      next.due = edit.due;
      next.noDue = edit.due === null;
      confirmFields(next, ['due']);
    }
    return next;
  });
}

/** The items of `order` from `from` to `to`, inclusive, in either direction (a shift-click range). */
export function rangeBetween<T>(order: readonly T[], from: T, to: T): T[] {
  const a = Math.min(order.indexOf(from), order.indexOf(to));
  const b = Math.max(order.indexOf(from), order.indexOf(to));
  return a < 0 ? [to] : order.slice(a, b + 1);
}
