// Report periods: their dates and labels, the period after one, the default period of a plan
// (its report duties and the reports already made) and the checks of a period against its dates.
import { comparableText } from '../text';
import type { IsoDate, Recurrence } from '../types';
import { msg, msgBoth, type Locale, type MessageKey } from '../messages/index';
import { compareDates, endOfMonth, endOfQuarter, endOfYear, formatDate, isoDate } from '../dates';
import type { ReportPeriodInfo } from './model';

/** The period a report covers. `from`/`to` are needed (and only used) for a range. */
export interface ReportPeriod {
  kind: 'semiannual' | 'annual' | 'quarter' | 'range';
  year: number;
  quarter?: 1 | 2 | 3 | 4;
  from?: IsoDate;
  to?: IsoDate;
}

const QUARTER_ROMAN = ['I', 'II', 'III', 'IV'];

/** The period's dates and its label ("6 tháng đầu năm 2023"). Throws on an incomplete range. */
export function resolvePeriod(period: ReportPeriod, locale: Locale = 'vi'): ReportPeriodInfo {
  const { kind, year } = period;
  switch (kind) {
    case 'semiannual':
      return {
        kind,
        from: isoDate(year, 1, 1),
        to: endOfMonth(year, 6),
        label: msg('reportPeriodFirstHalf', locale, { year }),
      };
    case 'annual':
      return { kind, from: isoDate(year, 1, 1), to: endOfYear(year), label: msg('reportPeriodYear', locale, { year }) };
    case 'quarter': {
      const quarter = period.quarter ?? 1;
      return {
        kind,
        from: isoDate(year, quarter * 3 - 2, 1),
        to: endOfQuarter(year, quarter),
        label: msg('reportPeriodQuarter', locale, { quarter: QUARTER_ROMAN[quarter - 1], year }),
      };
    }
    case 'range': {
      if (!period.from || !period.to || compareDates(period.from, period.to) > 0) {
        throw new RangeError(`A range period needs from <= to: ${String(period.from)}..${String(period.to)}`);
      }
      return {
        kind,
        from: period.from,
        to: period.to,
        label: msg('reportPeriodRange', locale, { from: formatDate(period.from), to: formatDate(period.to) }),
      };
    }
  }
}

/** The period after this one, as section III names it ("6 tháng cuối năm 2023", "năm 2024"). */
export function nextPeriodLabel(period: ReportPeriod, locale: Locale): string {
  switch (period.kind) {
    case 'semiannual':
      return msg('reportPeriodSecondHalf', locale, { year: period.year });
    case 'annual':
      return msg('reportPeriodYear', locale, { year: period.year + 1 });
    case 'quarter': {
      const quarter = period.quarter ?? 1;
      return quarter === 4
        ? msg('reportPeriodQuarter', locale, { quarter: QUARTER_ROMAN[0], year: period.year + 1 })
        : msg('reportPeriodQuarter', locale, { quarter: QUARTER_ROMAN[quarter], year: period.year });
    }
    case 'range':
      return msg('reportPeriodComing', locale);
  }
}

/** A stable key of a period ("annual-2023", "quarter-2023-2", "range-2023-01-01-2023-03-31"). */
export function periodKey(period: ReportPeriod): string {
  switch (period.kind) {
    case 'quarter':
      return `quarter-${period.year}-${period.quarter ?? 1}`;
    case 'range':
      return `range-${period.from ?? ''}-${period.to ?? ''}`;
    default:
      return `${period.kind}-${period.year}`;
  }
}

/** A report duty of the plan as the default period reads it: how often, and when due. */
export interface ReportDuty {
  period: Recurrence | null;
  due: IsoDate | null;
  /** The duty's row is marked done in the task sheet. */
  done?: boolean;
}

/** A report the duty asks for, with the day it is due. */
interface DueReport {
  period: ReportPeriod;
  due: IsoDate;
  done: boolean;
}

/** The periods a duty asks for in the plan's year: the first half, the year, or each quarter. */
function reportsOfDuty(duty: ReportDuty & { due: IsoDate }, year: number): DueReport[] {
  const done = duty.done ?? false;
  switch (duty.period) {
    case 'semiannual':
      return [{ period: { kind: 'semiannual', year }, due: duty.due, done }];
    case 'quarterly': {
      // The duty's date is the first quarter's deadline; each quarter is due as long after its end.
      const quarters: DueReport[] = [];
      for (const quarter of [1, 2, 3, 4] as const) {
        const due = quarter === 1 ? duty.due : shiftMonths(duty.due, (quarter - 1) * 3);
        quarters.push({ period: { kind: 'quarter', year, quarter }, due, done: done && quarter === 1 });
      }
      return quarters;
    }
    case 'annual':
    case 'once':
    case null:
      return [{ period: { kind: 'annual', year }, due: duty.due, done }];
    default:
      return [];
  }
}

function shiftMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoDate(year, month, Math.min(d, Number(endOfMonth(year, month).slice(8))));
}

/**
 * The report to make by default on `today`, and its cut-off: of the reports the plan's duties
 * ask for and that are not made yet (their label is in `madeLabels`, in either language, or the
 * duty's row is done), in order of their deadlines, the first whose period contains today; else
 * the latest one whose period has ended. The cut-off is today, or the period's end once it has
 * passed. A plan with no dated duty (or all made) gets the year's report.
 */
export function defaultReportPeriod(
  duties: readonly ReportDuty[],
  madeLabels: readonly string[],
  planYear: number | null,
  today: IsoDate,
): { period: ReportPeriod; cutoff: IsoDate } {
  const made = new Set(madeLabels.map(labelKey));
  const isMade = (period: ReportPeriod): boolean =>
    (['vi', 'en'] as const).some((locale) => made.has(labelKey(resolvePeriod(period, locale).label)));
  const due = duties
    .filter((d): d is ReportDuty & { due: IsoDate } => d.due !== null)
    .flatMap((d) => reportsOfDuty(d, planYear ?? Number(d.due.slice(0, 4))))
    .filter((r) => !r.done && !isMade(r.period))
    .sort((a, b) => compareDates(a.due, b.due));
  const within = due.find((r) => {
    const { from, to } = resolvePeriod(r.period);
    return compareDates(from, today) <= 0 && compareDates(today, to) <= 0;
  });
  const ended = due.filter((r) => compareDates(resolvePeriod(r.period).to, today) < 0).at(-1);
  const todayYear = Number(today.slice(0, 4));
  const period = within?.period ??
    ended?.period ?? { kind: 'annual', year: planYear !== null && planYear < todayYear ? planYear : todayYear };
  return { period, cutoff: cutoffFor(period, today) };
}

/** Today, or the period's end once it has passed. */
export function cutoffFor(period: ReportPeriod, today: IsoDate): IsoDate {
  const { to } = resolvePeriod(period);
  return compareDates(today, to) <= 0 ? today : to;
}

function labelKey(label: string): string {
  return comparableText(label);
}

/**
 * What is wrong between a period, its cut-off and the report's date, in the user's words: a
 * cut-off before the period starts or after it ends, a report dated before its cut-off.
 */
export function periodWarnings(period: ReportPeriod, cutoff: IsoDate, reportDate: IsoDate, locale: Locale): string[] {
  const info = resolvePeriod(period, locale);
  const warn = (key: MessageKey): string =>
    msg(key, locale, {
      cutoff: formatDate(cutoff),
      period: info.label,
      from: formatDate(info.from),
      to: formatDate(info.to),
      date: formatDate(reportDate),
    });
  const out: string[] = [];
  if (compareDates(cutoff, info.from) < 0) out.push(warn('reportWarnCutoffBefore'));
  if (compareDates(cutoff, info.to) > 0) out.push(warn('reportWarnCutoffAfter'));
  if (compareDates(reportDate, cutoff) < 0) out.push(warn('reportWarnDateBeforeCutoff'));
  return out;
}

/** The year a plan title ends with, when it is the period's ("… năm 2023" for a 2023 report). */
export function withoutPeriodYear(title: string, period: ReportPeriod): string {
  if (period.kind === 'range') return title;
  const lower = title.toLocaleLowerCase('vi');
  for (const suffix of Object.values(msgBoth('reportPeriodYear'))) {
    const phrase = suffix.replace('{year}', String(period.year)).toLocaleLowerCase('vi');
    if (lower.endsWith(` ${phrase}`))
      return title
        .slice(0, title.length - phrase.length)
        .trim()
        .replace(/[\s.;:,]+$/, '');
  }
  return title;
}
