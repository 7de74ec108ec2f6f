// The import's google.script.run targets: parse text or a Doc, list units and plans, create a
// task sheet, preview and apply a re-import. Inputs are validated before anything is written,
// and every write runs under the document lock as one transaction: all of it, or nothing.
import { parsePlan } from '../../core/plan/index';
import { planToRecords } from '../../core/sheet-model';
import { unitsOfPlan } from '../../core/units';
import type { Block, Plan, TaskRecord } from '../../core/types';
import type { Locale } from '../../core/messages/index';
import type {
  CreatedSheet,
  DiffItem,
  ParsedPlan,
  PlanSheetSummary,
  ReimportPreview,
  ReimportResult,
  UnitOption,
} from '../../shared/rpc';
import { userLocale } from '../locale';
import { UserError } from '../rpc';
import { readDocBlocks } from '../docs/doc-blocks';
import { readDocLink, readPlanKey, readPlanText, readReviewedPlan } from './plan-payload';
import { toStoredPlan, writeStoredPlan } from './plan-store';
import { addUnits, readUnits } from './units-sheet';
import { listPlanSheets, openTaskSheet } from './task-sheet';
import { writeTaskSheet } from './task-sheet-create';
import { applyReimportToSheet, planReimport, type Reimport } from './reimport';
import { transaction } from './transaction';
import { newPlanKey, planLabel, sameIssuedPlan } from '../../core/plan-identity';
import type { Spreadsheet } from './gas';
import { withDocumentLock } from '../tracking/lock';
import { readExtensions } from '../extensions/extensions';
import { applyUnitLocks, unitLocksOn } from '../people/unit-locks';

function active(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

function parsed(input: string | Block[], locale: Locale): ParsedPlan {
  const result = parsePlan(input, { locale });
  if (!result.ok) throw new UserError('importParseFailed', { detail: result.error });
  const existing = matchingPlan(listPlanSheets(active()), result.plan);
  return { plan: result.plan, planKey: existing?.planKey ?? '', existing };
}

/** The plan sheet of the same issued plan (number + issuer + date), or null; never a title match. */
function matchingPlan(plans: readonly PlanSheetSummary[], plan: Plan): PlanSheetSummary | null {
  return plans.find((p) => sameIssuedPlan(p, plan)) ?? null;
}

/** google.script.run target: parses pasted plan text. */
export function parsePlanText(text: unknown): ParsedPlan {
  return parsed(readPlanText(text), userLocale());
}

/** google.script.run target: reads a Google Doc by link or id and parses it. */
export function parsePlanDoc(linkOrId: unknown): ParsedPlan {
  return parsed(readDocBlocks(readDocLink(linkOrId)), userLocale());
}

/** google.script.run target: the units list for the pickers. */
export function getUnits(): UnitOption[] {
  return readUnits(active()).map((u) => ({ name: u.name, shortName: u.shortName }));
}

/** google.script.run target: the task sheets. */
export function listPlans(): PlanSheetSummary[] {
  return listPlanSheets(active());
}

/** The rows of a reviewed plan: due dates as reviewed (the sidebar already filled the year-end default). */
function recordsOf(plan: Plan, locale: Locale): TaskRecord[] {
  return planToRecords(plan, { defaultDueToYearEnd: false, locale });
}

/** google.script.run target: creates the task sheet of a reviewed plan. */
export function createTaskSheet(input: unknown): CreatedSheet {
  const locale = userLocale();
  const plan = readReviewedPlan(input);
  const records = recordsOf(plan, locale);
  const ss = active();
  return withDocumentLock(() =>
    transaction((tx) => {
      // A new plan always gets its own id: two plans never share a sheet because they look alike.
      const planKey = newPlanKey(Utilities.getUuid(), new Set(listPlanSheets(ss).map((p) => p.planKey)));
      const sheet = writeTaskSheet(tx, ss, plan, records, { locale, planKey });
      const units = addUnits(ss, unitsOfPlan(plan), locale);
      writeStoredPlan(ss, planKey, toStoredPlan(plan, locale), locale);
      const previous = ss.getActiveSheet();
      sheet.activate();
      tx.onUndo(() => previous.activate());
      // With "Khoá theo đơn vị" on, the new sheet's rows get their units' protections too.
      if (unitLocksOn()) applyUnitLocks(ss, true, locale);
      return {
        planKey,
        label: planLabel(plan, sheet.getName(), locale),
        sheetName: sheet.getName(),
        sheetId: sheet.getSheetId(),
        tasks: records.filter((r) => r.kind === 'task').length,
        reports: records.filter((r) => r.kind === 'report').length,
        unitsAdded: units.added,
      };
    }),
  );
}

function computeReimport(ss: Spreadsheet, plan: Plan, planKeyInput: string | null, locale: Locale): Reimport {
  const key = planKeyInput ?? matchingPlan(listPlanSheets(ss), plan)?.planKey ?? null;
  if (key === null) throw new UserError('importNoMatchingPlan');
  const taskSheet = openTaskSheet(ss, key);
  // A task with an approved extension keeps its approved deadline: the revision does not undo it.
  const approved = readExtensions(ss).entries.filter((e) => e.planKey === key && e.status === 'approved');
  const revised = recordsOf(plan, taskSheet.locale ?? locale).map((r) => {
    const last = approved.filter((e) => e.code === r.code).pop();
    return last ? { ...r, due: last.requestedDue } : r;
  });
  return planReimport(taskSheet, revised);
}

/** google.script.run target: what a re-import would change (nothing is written). */
export function previewReimport(input: unknown, planKey: unknown): ReimportPreview {
  const plan = readReviewedPlan(input);
  const key = readPlanKey(planKey);
  const { taskSheet, merged, diff } = computeReimport(active(), plan, key, userLocale());
  const titleOf = new Map(merged.map((r) => [r.code, r.title]));
  const item = (code: string): DiffItem => ({ code, title: titleOf.get(code) ?? '' });
  return {
    planKey: taskSheet.planKey,
    sheetName: taskSheet.sheet.getName(),
    added: diff.added.map(item),
    changed: diff.changed.map((c) => ({ ...item(c.code), fields: [...c.fields] })),
    removed: diff.removed.map(item),
    unchanged: diff.unchanged,
  };
}

/** google.script.run target: applies a re-import under the document lock. */
export function applyReimport(input: unknown, planKey: unknown): ReimportResult {
  const plan = readReviewedPlan(input);
  const key = readPlanKey(planKey);
  const ss = active();
  return withDocumentLock(() =>
    transaction((tx) => {
      const reimport = computeReimport(ss, plan, key, userLocale());
      const { taskSheet, diff } = reimport;
      applyReimportToSheet(tx, reimport, taskSheet.locale);
      const units = addUnits(ss, unitsOfPlan(plan), taskSheet.locale);
      writeStoredPlan(ss, taskSheet.planKey, toStoredPlan(plan, taskSheet.locale), taskSheet.locale);
      // Rows added or given to another unit get the protections of their units.
      if (unitLocksOn()) applyUnitLocks(ss, true, taskSheet.locale);
      return {
        planKey: taskSheet.planKey,
        sheetName: taskSheet.sheet.getName(),
        added: diff.added.length,
        changed: diff.changed.length,
        removed: diff.removed.length,
        unitsAdded: units.added,
      };
    }),
  );
}
