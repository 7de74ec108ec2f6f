// The opt-in daily check: one time-driven trigger per user and document (never duplicated),
// and its handler, which runs the overdue check and e-mails each unit its digest.
import { msg, type Locale } from '../../core/messages/index';
import type { TrackingSettings, TrackingSettingsView } from '../../shared/rpc';
import { readUnits } from '../sheets/units-sheet';
import { transaction } from '../sheets/transaction';
import { appendLog, type LogEntry } from './change-log';
import { addressChanges } from '../people/addresses';
import { composeDigests, type DigestMail } from './digest';
import { runOverdueCheck } from './overdue';
import { readSettings, writeSettings } from './settings';

/** The exported function the trigger calls (src/server/index.ts). */
const DAILY_HANDLER = 'runDailyCheck';
/** Hour of the morning the check runs (the spreadsheet's time zone). */
const DAILY_HOUR = 7;

/**
 * This user's daily triggers in the active spreadsheet only. getProjectTriggers() would list the
 * add-on's triggers in every document the user has, so another spreadsheet's trigger would
 * count as this one's (and be deleted with it).
 */
function dailyTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet()).filter(
    (t) => t.getHandlerFunction() === DAILY_HANDLER,
  );
}

/** Installs the daily trigger unless this user already has it in this spreadsheet. */
function installDailyTrigger(): void {
  if (dailyTriggers().length > 0) return;
  ScriptApp.newTrigger(DAILY_HANDLER).timeBased().everyDays(1).atHour(DAILY_HOUR).create();
}

/** Removes this user's daily trigger of this spreadsheet (never another spreadsheet's). */
function removeDailyTrigger(): void {
  for (const trigger of dailyTriggers()) ScriptApp.deleteTrigger(trigger);
}

/** The settings with the trigger's actual state. */
export function settingsView(): TrackingSettingsView {
  return { ...readSettings(), triggerInstalled: dailyTriggers().length > 0, triggerHour: DAILY_HOUR };
}

/** Saves the settings, then installs or removes the trigger to match "daily check". */
export function applySettings(settings: TrackingSettings): TrackingSettingsView {
  const saved = writeSettings(settings);
  if (saved.dailyCheck) installDailyTrigger();
  else removeDailyTrigger();
  return settingsView();
}

/**
 * The trigger's work: the check over every plan, then — when the digest is on — one e-mail per
 * unit with a contact address and overdue or due-soon tasks. Mail goes out only while the day's
 * quota (counted in recipients) allows; a mail that fails is noted and the others still go; and
 * what was sent, skipped or failed is always written to the change log. Returns the number of
 * e-mails sent.
 */
export function runDailyCheckNow(now: Date, locale: Locale): number {
  // One transaction: a failure undoes the check and the log together (mail already sent stays sent).
  return transaction(() => dailyCheck(now, locale));
}

function dailyCheck(now: Date, locale: Locale): number {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const report = runOverdueCheck(ss, { planKey: null, now, locale });
  const settings = readSettings();
  if (!settings.digest) return 0;
  const units = readUnits(ss);
  const mails = composeDigests({
    items: report.items,
    units,
    today: report.today,
    dueSoonDays: report.dueSoonDays,
    spreadsheetName: ss.getName(),
    url: ss.getUrl(),
    locale,
  });
  const user = safeEffectiveEmail() || msg('logDailyCheck', locale);
  const entry = (field: string, newValue: string): LogEntry => ({
    time: now,
    user,
    code: '',
    field,
    oldValue: '',
    newValue,
  });
  const line = (mail: DigestMail): string =>
    msg('logDigestLine', locale, { unit: mail.unit, to: mail.to, overdue: mail.overdue, dueSoon: mail.dueSoon });
  // Any change to a unit's addresses since the last digest is on record before mail goes out.
  const entries: LogEntry[] = addressChanges(units, now, msg('logUnitsSheet', locale), locale);
  const skipped: DigestMail[] = [];
  let sent = 0;
  try {
    let remaining = MailApp.getRemainingDailyQuota();
    for (const mail of mails) {
      const recipients = recipientCount(mail.to);
      if (recipients > remaining) {
        skipped.push(mail);
        entries.push(entry(msg('logDigestSkipped', locale), line(mail)));
        continue;
      }
      try {
        MailApp.sendEmail({ to: mail.to, subject: mail.subject, body: mail.body, name: msg('appName', locale) });
        remaining -= recipients;
        sent++;
        entries.push(entry(msg('logDigestSent', locale), line(mail)));
      } catch (e) {
        entries.push(
          entry(
            msg('logDigestFailed', locale),
            msg('logDigestFailedLine', locale, { line: line(mail), error: errorText(e) }),
          ),
        );
      }
    }
    if (skipped.length > 0) {
      const count = skipped.reduce((n, mail) => n + recipientCount(mail.to), 0);
      entries.push(
        entry(
          msg('logDigestQuota', locale),
          msg('logDigestQuotaNote', locale, { mails: skipped.length, recipients: count, remaining }),
        ),
      );
    }
  } finally {
    appendLog(ss, entries, locale);
  }
  return sent;
}

/** Recipients of a comma-separated address list: each uses one unit of the daily mail quota. */
function recipientCount(to: string): number {
  return to.split(',').filter((address) => address.trim() !== '').length;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function safeEffectiveEmail(): string {
  try {
    return Session.getEffectiveUser().getEmail();
  } catch {
    return '';
  }
}
