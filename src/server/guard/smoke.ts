// The runtime smoke check: the JavaScript features only Google's servers can vouch for (Intl
// time zones, formatToParts, Vietnamese lower-casing, Unicode normalization), tried on the
// real runtime. Run it first on a real spreadsheet (README, deploy); it changes nothing.
import { fixedZoneOffsetMs, todayIn } from '../../core/dates';
import { msg } from '../../core/messages/index';
import { userLocale } from '../locale';

export interface SmokeCheck {
  name: string;
  ok: boolean;
  detail: string;
}

export interface SmokeReport {
  ok: boolean;
  summary: string;
  checks: SmokeCheck[];
}

function attempt(name: string, fn: () => string | true): SmokeCheck {
  try {
    const result = fn();
    return result === true ? { name, ok: true, detail: '' } : { name, ok: false, detail: result };
  } catch (error) {
    return { name, ok: false, detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** 2024-01-01T00:00:00Z, 07:00 of 1 January in Hà Nội. */
const PROBE = Date.UTC(2024, 0, 1, 0, 0, 0);

/** Runs every check; each says what it saw when it fails. */
export function runSmokeChecks(): SmokeReport {
  const checks: SmokeCheck[] = [
    attempt('Intl.DateTimeFormat timeZone', () => {
      const text = new Intl.DateTimeFormat('en-US', {
        timeZone: 'Asia/Ho_Chi_Minh',
        hour: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(PROBE));
      return text === '07' || `hour shown as ${text}, expected 07`;
    }),
    attempt('formatToParts', () => {
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: 'Asia/Ho_Chi_Minh',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).formatToParts(new Date(PROBE - 3_600_000));
      const seen = parts
        .filter((p) => p.type !== 'literal')
        .map((p) => `${p.type}=${p.value}`)
        .join(',');
      return seen === 'month=01,day=01,year=2024' || `parts ${seen}`;
    }),
    attempt("toLocaleLowerCase('vi')", () => {
      // "ĐƯỜNG HỒ CHÍ MINH" → "đường hồ chí minh", written as code points (the probe is no user text).
      const lower = '\u0110\u01AF\u1EDCNG H\u1ED2 CH\u00CD MINH'.toLocaleLowerCase('vi');
      return lower === '\u0111\u01B0\u1EDDng h\u1ED3 ch\u00ED minh' || `got ${lower}`;
    }),
    attempt("normalize('NFC')", () => {
      const composed = 'Hoa\u0300 Bi\u0300nh'.normalize('NFC');
      return composed === 'Ho\u00E0 B\u00ECnh' || `got ${JSON.stringify(composed)}`;
    }),
    attempt('fixed-offset time zone', () => {
      const offset = fixedZoneOffsetMs('GMT+07:00');
      const day = todayIn('GMT+07:00', new Date(Date.UTC(2024, 0, 1, 17, 30)));
      return (offset === 7 * 3_600_000 && day === '2024-01-02') || `offset ${offset}, day ${day}`;
    }),
    attempt('spreadsheet time zone', () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      if (!ss) return true;
      const timeZone = ss.getSpreadsheetTimeZone();
      const now = new Date();
      const ours = todayIn(timeZone, now);
      const google = Utilities.formatDate(now, timeZone, 'yyyy-MM-dd');
      return ours === google || `${timeZone}: add-on says ${ours}, Google says ${google}`;
    }),
  ];
  const failed = checks.filter((c) => !c.ok);
  const locale = userLocale();
  const summary =
    failed.length === 0
      ? msg('smokeAllPassed', locale, { count: checks.length })
      : msg('smokeSomeFailed', locale, {
          failed: failed.length,
          count: checks.length,
          names: failed.map((c) => c.name).join(', '),
        });
  return { ok: failed.length === 0, summary, checks };
}

/** Run from the script editor: logs each check and the summary, and returns the report. */
export function runtimeSmokeTest(): SmokeReport {
  const report = runSmokeChecks();
  console.log(`${msg('smokeTitle', userLocale())}: ${report.summary}`);
  for (const check of report.checks)
    console.log(`${check.ok ? 'OK  ' : 'FAIL'} ${check.name}${check.detail ? ` — ${check.detail}` : ''}`);
  return report;
}
