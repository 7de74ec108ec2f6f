// Sheet health on the server: gathers what hand edits did to a task sheet (from what an
// operation reads anyway: the layout, the header tag and the data block) and refuses an
// operation the changes would make wrong, with a message naming each change and its repair.
import { COLUMN_KEYS } from '../../core/columns';
import {
  blockingProblems,
  cellProblems,
  describeProblem,
  structureProblems,
  type HealthNeed,
  type HealthProblem,
} from '../../core/sheet-health';
import type { Locale } from '../../core/messages/index';
import { userLocale } from '../locale';
import { UserError } from '../rpc';
import type { TaskRows, TaskSheet } from './task-sheet';

/** Every problem of a task sheet: structure, typed cells, row identity (no service calls). */
export function sheetProblems(taskSheet: TaskSheet, rows: TaskRows): HealthProblem[] {
  const present = new Set(taskSheet.columnOf.keys());
  const recordValues = rows.rows.map((row) => rows.values[row - taskSheet.firstDataRow] ?? []);
  return [
    ...structureProblems(taskSheet.headerRow, present, COLUMN_KEYS),
    ...cellProblems(recordValues, rows.rows, taskSheet.columnOrder, taskSheet.dates),
    ...rows.problems,
  ];
}

/** The problems that stop an operation needing `need`, described in `locale`. */
export function blockingDescriptions(taskSheet: TaskSheet, rows: TaskRows, need: HealthNeed, locale: Locale): string[] {
  return blockingProblems(sheetProblems(taskSheet, rows), need).map((p) => describeProblem(p, locale));
}

/** Refuses (nothing written yet) when the sheet's changes would make an operation needing `need` wrong. */
export function requireHealthy(taskSheet: TaskSheet, rows: TaskRows, need: HealthNeed): void {
  const problems = blockingDescriptions(taskSheet, rows, need, userLocale());
  if (problems.length > 0)
    throw new UserError('sheetNeedsRepair', { sheet: taskSheet.sheet.getName(), problems: problems.join(' ') });
}
