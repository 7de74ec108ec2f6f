// Deadline extensions (gia hạn) as values: a unit asks for a new deadline with a reason, the
// office approves or refuses; the original deadline, the one approved, who and when are kept in
// the "Gia hạn" sheet, one row per request. An approved deadline becomes the task's deadline.
import type { IsoDate, TaskRecord } from './types';
import { compareDates, isIsoDate } from './dates';
import { neutraliseFormula, type CellDates, type CellValue } from './sheet-model';
import { msg, type Locale, type MessageKey } from './messages/index';

export type ExtensionStatus = 'pending' | 'approved' | 'refused';

/** One request for a new deadline. */
export interface ExtensionEntry {
  /** "gh1", "gh2"…: never reused. */
  id: string;
  planKey: string;
  code: string;
  rowId: string;
  /** The deadline when the request was made (the plan's, or an earlier approved one). */
  originalDue: IsoDate | null;
  requestedDue: IsoDate;
  reason: string;
  requestedBy: string;
  requestedAt: string;
  status: ExtensionStatus;
  decidedBy: string;
  decidedAt: string;
}

/** What the report and the sidebar say about a task's extension. */
export interface TaskExtension {
  status: ExtensionStatus;
  originalDue: IsoDate | null;
  requestedDue: IsoDate;
  reason: string;
  decidedBy: string;
  decidedAt: string;
}

/** The columns of the "Gia hạn" sheet. */
export const EXTENSION_HEADER: readonly MessageKey[] = [
  'extId',
  'extPlanId',
  'logCode',
  'extRowId',
  'extOriginalDue',
  'extRequestedDue',
  'extReason',
  'extRequestedBy',
  'extRequestedAt',
  'extStatus',
  'extDecidedBy',
  'extDecidedAt',
];

export const EXTENSION_WIDTHS = [60, 110, 70, 60, 100, 100, 280, 200, 130, 110, 200, 130];

const STATUS_KEYS: Record<ExtensionStatus, MessageKey> = {
  pending: 'extPending',
  approved: 'extApproved',
  refused: 'extRefused',
};

/** A status as the sheet shows it, in the sheet's language. */
export function statusLabel(status: ExtensionStatus, locale: Locale): string {
  return msg(STATUS_KEYS[status], locale);
}

function statusOf(text: string): ExtensionStatus {
  const t = text.trim().toLowerCase();
  for (const status of Object.keys(STATUS_KEYS) as ExtensionStatus[]) {
    if (t === status || (['vi', 'en'] as const).some((l) => statusLabel(status, l).toLowerCase() === t)) return status;
  }
  return 'pending';
}

/** The sheet's data rows of `entries`. */
export function extensionsToRows(entries: readonly ExtensionEntry[], dates: CellDates, locale: Locale): CellValue[][] {
  const day = (d: IsoDate | null) => (d ? dates.toCell(d) : '');
  return entries.map((e) => [
    e.id,
    e.planKey,
    neutraliseFormula(e.code),
    e.rowId,
    day(e.originalDue),
    day(e.requestedDue),
    neutraliseFormula(e.reason),
    e.requestedBy,
    e.requestedAt,
    statusLabel(e.status, locale),
    e.decidedBy,
    e.decidedAt,
  ]);
}

/** Entries from the sheet's data rows; rows without an id or a date asked for are skipped. */
export function rowsToExtensions(rows: readonly (readonly unknown[])[], dates: CellDates): ExtensionEntry[] {
  const text = (v: unknown) =>
    String(v ?? '')
      .replace(/^'(?=[=+\-@])/, '')
      .trim();
  return rows.flatMap((r) => {
    const requestedDue = dates.fromCell(r[5]);
    if (!text(r[0]) || !requestedDue) return [];
    return [
      {
        id: text(r[0]),
        planKey: text(r[1]),
        code: text(r[2]),
        rowId: text(r[3]),
        originalDue: dates.fromCell(r[4]),
        requestedDue,
        reason: text(r[6]),
        requestedBy: text(r[7]),
        requestedAt: text(r[8]),
        status: statusOf(text(r[9])),
        decidedBy: text(r[10]),
        decidedAt: text(r[11]),
      },
    ];
  });
}

/** The next id after those in use. */
export function nextExtensionId(entries: readonly ExtensionEntry[]): string {
  const max = Math.max(0, ...entries.map((e) => Number(/^gh(\d+)$/.exec(e.id)?.[1] ?? 0)));
  return `gh${max + 1}`;
}

/** Whether an entry is about `record` of plan `planKey` (by row id when both have one, else by code). */
export function isAbout(entry: ExtensionEntry, planKey: string, record: Pick<TaskRecord, 'code' | 'rowId'>): boolean {
  if (entry.planKey !== planKey) return false;
  return entry.rowId && record.rowId ? entry.rowId === record.rowId : entry.code === record.code;
}

/**
 * The task's extension as the report and the sidebar read it: its latest request (approved,
 * refused or pending) with the plan's own deadline (the one before any approved extension).
 */
export function taskExtension(
  entries: readonly ExtensionEntry[],
  planKey: string,
  record: Pick<TaskRecord, 'code' | 'rowId'>,
): TaskExtension | null {
  const mine = entries.filter((e) => isAbout(e, planKey, record));
  const latest = mine[mine.length - 1];
  if (!latest) return null;
  const firstApproved = mine.find((e) => e.status === 'approved');
  return {
    status: latest.status,
    originalDue: (firstApproved ?? latest).originalDue,
    requestedDue: latest.requestedDue,
    reason: latest.reason,
    decidedBy: latest.decidedBy,
    decidedAt: latest.decidedAt,
  };
}

/** Checks a request: a real date after the current deadline and not before today, and a reason. Returns a message key when refused. */
export function requestProblem(
  current: IsoDate | null,
  requested: unknown,
  reason: unknown,
  today: IsoDate,
): MessageKey | null {
  if (!isIsoDate(requested)) return 'extBadDate';
  if (compareDates(requested, today) < 0 || (current !== null && compareDates(requested, current) <= 0))
    return 'extNotLater';
  if (typeof reason !== 'string' || reason.trim() === '') return 'extNoReason';
  if (reason.length > 1000) return 'extReasonTooLong';
  return null;
}
