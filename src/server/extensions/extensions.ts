// Deadline extensions (gia hạn) on the server: a member of the lead unit (or the office) asks for
// a new deadline with a reason; the office approves or refuses. The request is a row of the
// "Gia hạn" sheet; an approval also writes the approved deadline into the task's deadline cell,
// so evaluation, the dashboard and the report all use it, while the sheet keeps the original.
import { at } from '../../core/arrays';
import { todayIn } from '../../core/dates';
import { columnHeader } from '../../core/columns';
import { dateCellsIn, recordsToRows } from '../../core/sheet-model';
import {
  extensionsToRows,
  nextExtensionId,
  requestProblem,
  rowsToExtensions,
  statusLabel,
  taskExtension,
  type ExtensionEntry,
} from '../../core/extensions';
import { planLabel } from '../../core/plan-identity';
import type { TaskRecord } from '../../core/types';
import type { Locale } from '../../core/messages/index';
import type { ExtensionDecision, ExtensionRequest, ExtensionView } from '../../shared/rpc';
import { userLocale } from '../locale';
import { UserError } from '../rpc';
import { findSharedSheet, openSharedSheet } from '../sheets/shared-sheets';
import { listPlanSheets, openTaskSheet } from '../sheets/task-sheet';
import { readUnits } from '../sheets/units-sheet';
import { transaction } from '../sheets/transaction';
import { appendLog } from '../tracking/change-log';
import { withDocumentLock } from '../tracking/lock';
import { accessOf, canUpdate, currentEmail, requireOffice } from '../people/access';
import type { Spreadsheet } from '../sheets/gas';

const active = () => SpreadsheetApp.getActiveSpreadsheet();
const WIDTH = 12;

/** Every request in the "Gia hạn" sheet, with the sheet row of each (none when the sheet was never made). */
export function readExtensions(ss: Spreadsheet): { entries: ExtensionEntry[]; rows: number[] } {
  const sheet = findSharedSheet(ss, 'extensions');
  if (!sheet || sheet.getLastRow() < 2) return { entries: [], rows: [] };
  const values = sheet.getRange(2, 1, sheet.getLastRow() - 1, WIDTH).getValues();
  const dates = dateCellsIn(ss.getSpreadsheetTimeZone());
  const entries: ExtensionEntry[] = [];
  const rows: number[] = [];
  values.forEach((row, i) => {
    const [entry] = rowsToExtensions([row], dates);
    if (entry) {
      entries.push(entry);
      rows.push(i + 2);
    }
  });
  return { entries, rows };
}

/** `records` of plan `planKey` with their extension attached (the report and the sidebar say it). */
export function withExtensions(
  records: readonly TaskRecord[],
  planKey: string,
  entries: readonly ExtensionEntry[],
): TaskRecord[] {
  if (entries.length === 0) return [...records];
  return records.map((r) => {
    const extension = taskExtension(entries, planKey, r);
    return extension ? { ...r, extension } : r;
  });
}

function view(entry: ExtensionEntry, title: string, plan: string): ExtensionView {
  return { ...entry, title, plan };
}

/** google.script.run target: asks for a new deadline for one task, with a reason. */
export function requestExtension(input: ExtensionRequest): ExtensionView {
  if (!input || typeof input !== 'object' || typeof input.planKey !== 'string' || typeof input.code !== 'string')
    throw new UserError('importBadPayload', { field: 'extension' });
  const ss = active();
  const now = new Date(Date.now());
  const today = todayIn(ss.getSpreadsheetTimeZone(), now);
  const locale = userLocale();
  return withDocumentLock(() =>
    transaction((tx) => {
      const taskSheet = openTaskSheet(ss, input.planKey);
      const rows = taskSheet.readRecords();
      const lookup = rows.find({ rowId: typeof input.rowId === 'string' ? input.rowId : null, code: input.code });
      if (!lookup.found) throw new UserError('trkTaskNotFound', { code: input.code });
      const record = at(rows.records, rows.rows.indexOf(lookup.row));
      const registry = readUnits(ss);
      if (!canUpdate(accessOf(ss, registry), registry, record))
        throw new UserError('permNotYourUnit', { code: record.code, unit: record.leadUnit ?? '—' });
      const problem = requestProblem(record.due, input.due, input.reason, today);
      if (problem) throw new UserError(problem);
      const { entries } = readExtensions(ss);
      if (
        entries.some(
          (e) =>
            e.status === 'pending' &&
            e.planKey === input.planKey &&
            (e.rowId && record.rowId ? e.rowId === record.rowId : e.code === record.code),
        )
      ) {
        throw new UserError('extAlreadyPending', { code: record.code });
      }
      const entry: ExtensionEntry = {
        id: nextExtensionId(entries),
        planKey: input.planKey,
        code: record.code,
        rowId: record.rowId ?? '',
        originalDue: record.due,
        requestedDue: input.due,
        reason: input.reason.trim(),
        requestedBy: currentEmail(),
        requestedAt: now.toISOString(),
        status: 'pending',
        decidedBy: '',
        decidedAt: '',
      };
      // Inserting the sheet activates it: the unit stays on the sheet it was working in.
      const previous = findSharedSheet(ss, 'extensions') ? null : ss.getActiveSheet();
      const { sheet, created } = openSharedSheet(ss, 'extensions', locale);
      if (created) tx.insertedSheet(ss, sheet);
      previous?.activate();
      const row = Math.max(sheet.getLastRow(), 1) + 1;
      if (sheet.getMaxRows() < row) sheet.insertRowsAfter(sheet.getMaxRows(), row - sheet.getMaxRows());
      const range = sheet.getRange(row, 1, 1, WIDTH);
      range.setNumberFormats([['@', '@', '@', '@', 'dd/MM/yyyy', 'dd/MM/yyyy', '@', '@', '@', '@', '@', '@']]);
      tx.setValues(
        range,
        [Array(WIDTH).fill('')],
        extensionsToRows([entry], dateCellsIn(ss.getSpreadsheetTimeZone()), locale) as (
          | string
          | number
          | boolean
          | Date
        )[][],
      );
      return view(entry, record.title, planLabel(taskSheet.plan, taskSheet.sheet.getName(), locale));
    }),
  );
}

/** google.script.run target: the requests the user may see (office: all; members: their units'), pending first. */
export function listExtensions(): ExtensionView[] {
  const ss = active();
  const { entries } = readExtensions(ss);
  if (entries.length === 0) return [];
  const registry = readUnits(ss);
  const access = accessOf(ss, registry);
  const locale = userLocale();
  const out: ExtensionView[] = [];
  for (const plan of listPlanSheets(ss)) {
    const mine = entries.filter((e) => e.planKey === plan.planKey);
    if (mine.length === 0) continue;
    const { records } = openTaskSheet(ss, plan.planKey).readRecords();
    for (const entry of mine) {
      const record = records.find((r) => (entry.rowId && r.rowId ? r.rowId === entry.rowId : r.code === entry.code));
      if (!record || !canUpdate(access, registry, record)) continue;
      out.push(
        view(
          entry,
          record.title,
          plan.label || planLabel({ title: plan.title, number: plan.number }, plan.sheetName, locale),
        ),
      );
    }
  }
  return out.sort((a, b) => Number(b.status === 'pending') - Number(a.status === 'pending'));
}

/**
 * google.script.run target (office only): approves or refuses a pending request. An approval
 * writes the approved deadline into the task's deadline cell (one write), records who and when
 * in the "Gia hạn" sheet and logs the change; all or nothing.
 */
export function decideExtension(input: ExtensionDecision): ExtensionView {
  const ss = active();
  requireOffice(ss);
  if (!input || typeof input.id !== 'string' || typeof input.approve !== 'boolean')
    throw new UserError('importBadPayload', { field: 'extension' });
  const now = new Date(Date.now());
  const locale = userLocale();
  return withDocumentLock(() =>
    transaction((tx) => {
      const { entries, rows } = readExtensions(ss);
      const index = entries.findIndex((e) => e.id === input.id);
      if (index < 0) throw new UserError('extNotFound', { id: input.id });
      const entry = at(entries, index);
      if (entry.status !== 'pending') throw new UserError('extDecided', { id: input.id });
      const taskSheet = openTaskSheet(ss, entry.planKey);
      const taskRows = taskSheet.readRecords();
      const lookup = taskRows.find({ rowId: entry.rowId || null, code: entry.code });
      if (!lookup.found) throw new UserError('trkTaskNotFound', { code: entry.code });
      const record = at(taskRows.records, taskRows.rows.indexOf(lookup.row));
      const decided: ExtensionEntry = {
        ...entry,
        status: input.approve ? 'approved' : 'refused',
        decidedBy: currentEmail(),
        decidedAt: now.toISOString(),
      };
      const sheetLocale: Locale = taskSheet.locale;
      const dates = dateCellsIn(ss.getSpreadsheetTimeZone());
      if (input.approve) {
        const column = taskSheet.columnOrder.indexOf('due');
        if (column >= 0) {
          const cell = taskSheet.sheet.getRange(lookup.row, column + 1);
          const after = at(
            at(
              recordsToRows([{ ...record, due: entry.requestedDue }], taskSheet.columnOrder, sheetLocale, dates, {
                plainTextCells: true,
              }),
              0,
            ),
            column,
          );
          tx.setValues(
            cell,
            [[cell.getValue() as string | number | boolean | Date]],
            [[after as string | number | boolean | Date]],
          );
        }
        appendLog(
          ss,
          [
            {
              time: now,
              user: decided.decidedBy,
              code: record.code,
              field: columnHeader('due', sheetLocale),
              oldValue: entry.originalDue ?? '',
              newValue: `${entry.requestedDue} (${statusLabel('approved', sheetLocale)})`,
              plan: planLabel(taskSheet.plan, taskSheet.sheet.getName(), sheetLocale),
            },
          ],
          sheetLocale,
        );
      }
      const sheet = findSharedSheet(ss, 'extensions')!;
      const range = sheet.getRange(at(rows, index), 1, 1, WIDTH);
      tx.setValues(
        range,
        range.getValues() as (string | number | boolean | Date)[][],
        extensionsToRows([decided], dates, locale) as (string | number | boolean | Date)[][],
      );
      return view(decided, record.title, planLabel(taskSheet.plan, taskSheet.sheet.getName(), locale));
    }),
  );
}
