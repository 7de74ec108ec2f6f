// The review list's model, free of the DOM: default due dates, and dropping, merging and
// splitting tasks. The sidebar (tabs/import.ts) and the demo use it.
import type { Plan, PlanTask } from '../../core/types';

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
  const above = tasks[index - 1];
  const task = tasks[index];
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

/** Splits the task at `index` in two: a copy follows it with a new code ("II.3" → "II.3-2"). */
export function splitTask(tasks: readonly PlanTask[], index: number): PlanTask[] {
  const task = tasks[index];
  if (!task) return [...tasks];
  const codes = new Set(tasks.map((t) => t.ref));
  let n = 2;
  while (codes.has(`${task.ref}-${n}`)) n++;
  const copy: PlanTask = { ...task, ref: `${task.ref}-${n}`, supportUnits: [...task.supportUnits] };
  return [...tasks.slice(0, index + 1), copy, ...tasks.slice(index + 1)];
}

/** Units separated by ";" (or new lines) in a text input. */
export function splitUnits(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((u) => u.trim())
    .filter((u) => u !== '');
}
