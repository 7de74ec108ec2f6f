// "Khoá theo đơn vị": optional protections so that each unit's progress cells can be edited only
// by its members and the office, the plan columns, header, units list and plan store only by the
// office, and the change log only by those who save (office and members). The evaluation column
// is recomputed by every check, whoever runs it, so it only warns. Protections the add-on made
// carry a tag in their description and are replaced whole each time the locks are applied.
import { at } from '../../core/arrays';
import { resolveUnits, type UnitEntry } from '../../core/units';
import { columnSpec, type ColumnKey } from '../../core/columns';
import { msg, type Locale } from '../../core/messages/index';
import { columnRuns } from '../tracking/progress-model';
import { listPlanSheets, openTaskSheet } from '../sheets/task-sheet';
import { findSharedSheet } from '../sheets/shared-sheets';
import { readUnits } from '../sheets/units-sheet';
import type { Range, Sheet, Spreadsheet } from '../sheets/gas';
import { ownerEmail, readOfficeEmails } from './access';

/** Ends the description of every protection the add-on makes, so it finds its own again. */
const TAG = ' [plan-tracker]';
const LOCKS_KEY = 'planTracker.unitLocks';

/** Whether "Khoá theo đơn vị" is on. */
export function unitLocksOn(): boolean {
  return PropertiesService.getDocumentProperties().getProperty(LOCKS_KEY) === 'on';
}

export function writeUnitLocks(on: boolean): void {
  PropertiesService.getDocumentProperties().setProperty(LOCKS_KEY, on ? 'on' : 'off');
}

/** What applying the locks did. */
export interface LockResult {
  protections: number;
  /** True when the domain refused editor changes and some protections only warn. */
  warningOnly: boolean;
}

/** Removes the add-on's protections from a sheet (the user's own are kept). */
function removeOurs(sheet: Sheet): void {
  const kinds = [SpreadsheetApp.ProtectionType.RANGE, SpreadsheetApp.ProtectionType.SHEET];
  for (const kind of kinds)
    for (const p of sheet.getProtections(kind)) if (p.getDescription().endsWith(TAG)) p.remove();
}

/**
 * Protects `range` for `editors` (and the user applying the locks, who must stay an editor), as
 * the reference's sample does: add the wanted editors, remove the others, turn domain-wide
 * editing off where the spreadsheet belongs to a domain. When the domain forbids changing
 * editors, the protection warns instead (setWarningOnly). Returns whether it only warns.
 */
function protect(range: Range | Sheet, description: string, editors: readonly string[], me: string): boolean {
  const p = range.protect().setDescription(description + TAG);
  try {
    const wanted = [...new Set([me, ...editors].filter((e) => e !== ''))];
    p.addEditors(wanted);
    const others = p
      .getEditors()
      .map((u) => u.getEmail())
      .filter((e) => !wanted.includes(e.toLowerCase()));
    if (others.length > 0) p.removeEditors(others);
    try {
      if (p.canDomainEdit()) p.setDomainEdit(false);
    } catch {
      // Not a Workspace domain: there is no domain-wide editing to turn off.
    }
    return false;
  } catch {
    p.setWarningOnly(true);
    return true;
  }
}

/** A warning-only protection (everyone may edit after confirming). */
function warn(range: Range, description: string): void {
  range
    .protect()
    .setDescription(description + TAG)
    .setWarningOnly(true);
}

const PROGRESS_KEYS: ColumnKey[] = ['state', 'percent', 'completedOn', 'result', 'evidence', 'updatedAt', 'updatedBy'];

/**
 * Applies (or, with `on` false, removes) the unit locks on every task sheet and the shared
 * sheets. Service calls grow with the number of blocks of adjacent rows led by the same units,
 * not with cells; it is run from the settings, not on every save.
 */
export function applyUnitLocks(ss: Spreadsheet, on: boolean, locale: Locale): LockResult {
  const units = readUnits(ss);
  const owner = ownerEmail(ss);
  const office = [...new Set([...readOfficeEmails(), ...(owner ? [owner] : [])])];
  const me = (Session.getEffectiveUser().getEmail() || '').toLowerCase();
  const everyone = [...new Set([...office, ...units.flatMap((u) => u.members)])];
  let protections = 0;
  let warningOnly = false;
  const guard = (range: Range | Sheet, description: string, editors: readonly string[]) => {
    warningOnly = protect(range, description, editors, me) || warningOnly;
    protections++;
  };

  for (const plan of listPlanSheets(ss)) {
    const taskSheet = openTaskSheet(ss, plan.planKey);
    const { sheet, columnOrder } = taskSheet;
    removeOurs(sheet);
    if (!on) continue;
    const maxRows = sheet.getMaxRows();
    const officeOnly = msg('lockPlanColumns', locale);
    guard(sheet.getRange(1, 1, 1, Math.max(1, columnOrder.length)), officeOnly, office);
    const planColumns = columnOrder.flatMap((key, i) =>
      key && columnSpec(key).role !== 'progress' && key !== 'evaluation' ? [i] : [],
    );
    for (const [start, end] of columnRuns(planColumns))
      guard(sheet.getRange(2, start + 1, maxRows - 1, end - start + 1), officeOnly, office);
    const evaluation = columnOrder.indexOf('evaluation');
    if (evaluation >= 0) {
      warn(sheet.getRange(2, evaluation + 1, maxRows - 1, 1), msg('lockEvaluation', locale));
      protections++;
    }
    // Each block of adjacent rows led by the same units: its progress cells for those units' members.
    const progressRuns = columnRuns(PROGRESS_KEYS.map((k) => columnOrder.indexOf(k)).filter((i) => i >= 0));
    const { records, rows } = taskSheet.readRecords();
    const leadsOf = (i: number): UnitEntry[] => resolveUnits(units, at(records, i).leadUnit);
    let i = 0;
    while (i < records.length) {
      const leads = leadsOf(i);
      const key = leads.map((u) => u.name).join('\n');
      let j = i + 1;
      while (
        j < records.length &&
        at(rows, j) === at(rows, j - 1) + 1 &&
        leadsOf(j)
          .map((u) => u.name)
          .join('\n') === key
      )
        j++;
      const editors = [...office, ...leads.flatMap((u) => u.members)];
      const description = leads.length
        ? msg('lockUnit', locale, { unit: leads.map((u) => u.name).join('; ') })
        : officeOnly;
      for (const [start, end] of progressRuns)
        guard(
          sheet.getRange(at(rows, i), start + 1, at(rows, j - 1) - at(rows, i) + 1, end - start + 1),
          description,
          editors,
        );
      i = j;
    }
  }

  const shared: [Parameters<typeof findSharedSheet>[1], string[], 'lockUnits' | 'lockChangeLog' | 'lockPlanStore'][] = [
    ['units', office, 'lockUnits'],
    ['planStore', office, 'lockPlanStore'],
    ['changeLog', everyone, 'lockChangeLog'],
  ];
  for (const [kind, editors, description] of shared) {
    const sheet = findSharedSheet(ss, kind);
    if (!sheet) continue;
    removeOurs(sheet);
    if (on) guard(sheet, msg(description, locale), editors);
  }
  writeUnitLocks(on);
  return { protections, warningOnly };
}
