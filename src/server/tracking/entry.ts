// The tracking feature's entry points, wrapped and exported by src/server/index.ts: the
// sidebar's google.script.run targets, the menu item, the onEdit and daily trigger handlers.
import { msg } from '../../core/messages/index';
import { formatDate } from '../../core/dates';
import type {
  OverdueReport,
  ProgressUpdate,
  ProgressView,
  ProgressViewRequest,
  SaveProgressResult,
  TrackingSettings,
  TrackingSettingsView,
} from '../../shared/rpc';
import { userLocale } from '../locale';
import { applySettings, runDailyCheckNow, settingsView } from './daily';
import { handleEdit, type EditEvent } from './on-edit';
import { activateTask, runOverdueCheck } from './overdue';
import { progressView, saveTaskProgress } from './progress';

/** The current instant. Read through Date.now so a headless run can set the clock. */
function currentTime(): Date {
  return new Date(Date.now());
}

const active = () => SpreadsheetApp.getActiveSpreadsheet();

/** google.script.run target: the progress tab's data. */
export function getProgressView(request?: ProgressViewRequest | null): ProgressView {
  return progressView(active(), request ?? {}, currentTime());
}

/** google.script.run target (and the demo's entry point): saves one task's progress. */
export function saveProgress(update: ProgressUpdate): SaveProgressResult {
  return saveTaskProgress(active(), update, currentTime(), Session.getActiveUser().getEmail(), userLocale());
}

/** google.script.run target: the overdue check of one plan, or of all when no key is given. */
export function checkOverdue(planKey?: string | null): OverdueReport {
  return runOverdueCheck(active(), { planKey: planKey ?? null, now: currentTime(), locale: userLocale() });
}

/** google.script.run target: selects a task's row. */
export function goToTask(planKey: string, code: string, rowId?: string | null): boolean {
  return activateTask(active(), planKey, code, typeof rowId === 'string' ? rowId : null);
}

/** google.script.run target: the tracking settings. */
export function getTrackingSettings(): TrackingSettingsView {
  return settingsView();
}

/** google.script.run target: saves the settings and installs or removes the daily trigger. */
export function saveTrackingSettings(settings: TrackingSettings): TrackingSettingsView {
  return applySettings(settings);
}

/** Called from the menu: runs the check and says what it found in a toast. */
export function checkOverdueFromMenu(): void {
  const locale = userLocale();
  const report = runOverdueCheck(active(), { planKey: null, now: currentTime(), locale });
  active().toast(
    msg('trkCheckedAt', locale, { date: formatDate(report.today), overdue: report.overdue, dueSoon: report.dueSoon }),
    msg('appName', locale),
  );
}

/** Time-driven trigger: the daily check and digest. */
export function runDailyCheck(): void {
  runDailyCheckNow(currentTime(), userLocale());
}

/** Simple trigger: stamps and logs edits made in a task sheet's progress columns. */
export function onEditTrigger(e?: EditEvent): void {
  handleEdit(e, currentTime());
}
