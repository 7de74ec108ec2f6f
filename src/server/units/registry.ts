// The units registry's google.script.run targets: the registry with its near-duplicates (offered
// for merging, never merged silently), and merging one unit into another — the registry and
// every task naming the merged unit rewritten under the document lock, one write per sheet, all
// or nothing (a transaction).
import { findUnit, mergeUnitEntries, nearDuplicates, renameInUnitText, type NearDuplicate } from '../../core/units';
import type { UnitMergeResult, UnitRegistryView } from '../../shared/rpc';
import { userLocale } from '../locale';
import { UserError } from '../rpc';
import { listPlanSheets, openTaskSheet } from '../sheets/task-sheet';
import { readUnits, writeUnits } from '../sheets/units-sheet';
import { withDocumentLock } from '../tracking/lock';
import { transaction } from '../sheets/transaction';
import { columnRuns } from '../tracking/progress-model';
import { requireOffice } from '../people/access';
import { applyUnitLocks, unitLocksOn } from '../people/unit-locks';

const active = () => SpreadsheetApp.getActiveSpreadsheet();
type Cell = string | number | boolean | Date;

/** google.script.run target: the registry (names and counts only) and the pairs that look like one unit. */
export function getUnitRegistry(): UnitRegistryView {
  const units = readUnits(active());
  return {
    units: units.map((u) => ({
      name: u.name,
      shortName: u.shortName,
      aliases: u.aliases,
      members: u.members.length,
      contacts: u.emails.length,
    })),
    nearDuplicates: nearDuplicates(units) satisfies NearDuplicate[],
  };
}

function unitName(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 300)
    throw new UserError('unitsBadName', { field });
  return value.trim();
}

/**
 * google.script.run target (office only): merges unit `from` into `into`. `from`'s name becomes
 * another name of `into`; its tasks (lead or supporting) are rewritten to name `into`, each task
 * sheet in one write of its unit columns. A failure puts back everything written.
 */
export function mergeUnits(fromInput: unknown, intoInput: unknown): UnitMergeResult {
  const fromName = unitName(fromInput, 'from');
  const intoName = unitName(intoInput, 'into');
  const ss = active();
  requireOffice(ss);
  const locale = userLocale();
  return withDocumentLock(() =>
    transaction((tx) => {
      const units = readUnits(ss);
      const from = findUnit(units, fromName);
      const into = findUnit(units, intoName);
      if (!from || !into) throw new UserError('unitsNotFound', { name: !from ? fromName : intoName });
      if (from === into) throw new UserError('unitsSame');
      let tasks = 0;
      for (const plan of listPlanSheets(ss)) {
        const taskSheet = openTaskSheet(ss, plan.planKey);
        const columns = (['leadUnit', 'supportUnits'] as const)
          .map((key) => taskSheet.columnOrder.indexOf(key))
          .filter((i) => i >= 0);
        const height = taskSheet.lastRow - taskSheet.firstDataRow + 1;
        if (columns.length === 0 || height < 1) continue;
        // One block from the first unit column to the last (adjacent in every sheet the add-on makes).
        const [start, end] = [Math.min(...columns), Math.max(...columns)];
        if (columnRuns(columns).length > 1 && end - start + 1 > columns.length) continue;
        const range = taskSheet.sheet.getRange(taskSheet.firstDataRow, start + 1, height, end - start + 1);
        const before = range.getValues();
        let changed = 0;
        const after = before.map((row) => {
          let rowChanged = false;
          const next = row.map((cell) => {
            const renamed = typeof cell === 'string' && cell !== '' ? renameInUnitText(cell, from, into.name) : null;
            if (renamed === null) return cell;
            rowChanged = true;
            return renamed;
          });
          if (rowChanged) changed++;
          return next;
        });
        if (changed === 0) continue;
        tx.setValues(range, before as Cell[][], after as Cell[][]);
        tasks += changed;
      }
      tx.onUndo(writeUnits(ss, mergeUnitEntries(units, from, into), locale));
      // The merged unit's members now edit the kept unit's rows.
      if (unitLocksOn()) applyUnitLocks(ss, true, locale);
      return { into: into.name, merged: from.name, tasks };
    }),
  );
}
