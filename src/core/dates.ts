// Calendar dates as ISO strings ("YYYY-MM-DD"): arithmetic, formatting and conversion to
// spreadsheet values. All arithmetic is done in UTC so the process time zone never matters;
// the only time-zone-aware functions take the zone as an argument.
import type { IsoDate } from './types';
import { sidebarMsg as msg, type Locale } from './messages/sidebar';

const DAY_MS = 86_400_000;
/** Day 0 of Google Sheets (and Excel after 1900-03-01) serial numbers. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A calendar date split into its parts (month 1–12). */
interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Number of days in a month (month 1–12) of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Splits an ISO date into parts; null when the text is not a real calendar date. */
export function parseIsoDate(text: unknown): DateParts | null {
  if (typeof text !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True when `text` is a valid ISO calendar date (years 1000–9999). */
export function isIsoDate(text: unknown): text is IsoDate {
  return parseIsoDate(text) !== null;
}

/** Builds an ISO date from parts; throws when the parts are not a real date. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  const text = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  if (!isIsoDate(text)) throw new RangeError(`Not a calendar date: ${year}-${month}-${day}`);
  return text;
}

/** Today's calendar date in `timeZone` (an IANA name such as "Asia/Ho_Chi_Minh") at instant `now`. */
export function todayIn(timeZone: string, now: Date): IsoDate {
  return dateOfInstant(now, timeZone);
}

/** The date `days` days after `date` (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + Math.trunc(days) * DAY_MS);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  // ISO dates with four-digit years sort as strings; validate so a typo cannot sort silently.
  requireDate(a);
  requireDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Last day of a month (month 1–12). */
export function endOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

/** Last day of a quarter (quarter 1–4). */
export function endOfQuarter(year: number, quarter: number): IsoDate {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw new RangeError(`Not a quarter: ${quarter}`);
  return endOfMonth(year, quarter * 3);
}

/** Last day of a year (31 December). */
export function endOfYear(year: number): IsoDate {
  return isoDate(year, 12, 31);
}

/** "dd/MM/yyyy", the way Vietnamese documents and the task sheet show dates. */
export function formatDate(date: IsoDate): string {
  const { year, month, day } = requireDate(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/**
 * The date in words: "ngày 05 tháng 01 năm 2023" in Vietnamese, "January 5, 2023" in English.
 * Nghị định 30/2020 asks for a leading zero on days below 10 and on months 1 and 2 only
 * (so "tháng 3", "tháng 12"), which keeps a date from being altered by adding a digit.
 */
export function dateInWords(date: IsoDate, locale: Locale = 'vi'): string {
  const { year, month, day } = requireDate(date);
  return msg('dateInWords', locale, {
    day: pad2(day),
    month: month <= 2 ? pad2(month) : String(month),
    year,
    dayNumber: day,
    monthName: msg('monthNames', locale).split('|')[month - 1],
  });
}

/** The spreadsheet serial number of a date (days since 30/12/1899; 2023-01-01 is 44927). */
export function toSerial(date: IsoDate): number {
  return Math.round((toUtcMs(date) - SERIAL_EPOCH_MS) / DAY_MS);
}

/** The calendar date of a spreadsheet serial number (any time-of-day fraction is dropped). */
export function fromSerial(serial: number): IsoDate {
  if (!Number.isFinite(serial)) throw new RangeError(`Not a serial number: ${serial}`);
  return fromUtcMs(SERIAL_EPOCH_MS + Math.floor(serial) * DAY_MS);
}

/**
 * The instant of midnight starting `date` in `timeZone`: the Date an adapter writes to a
 * date cell of a spreadsheet in that zone so the cell shows exactly `date`. Where a zone
 * skips midnight (a daylight-saving jump), the first instant of the day is returned.
 */
export function dateToInstant(date: IsoDate, timeZone: string): Date {
  const wallMs = toUtcMs(date);
  // Try the zone's offsets around that day; the earliest instant that falls on `date` is its
  // midnight (or, on a day whose midnight is skipped, its first instant).
  const candidates = [-DAY_MS, 0, DAY_MS]
    .map((shift) => wallMs - zoneOffsetMs(wallMs + shift, timeZone))
    .filter((instant) => dateOfInstant(new Date(instant), timeZone) === date);
  return new Date(Math.min(...candidates));
}

/**
 * The calendar date a Date read from a cell means: the date of that instant in `timeZone`
 * (a date cell comes back as midnight in the spreadsheet's time zone).
 */
export function instantToDate(instant: Date, timeZone: string): IsoDate {
  return dateOfInstant(instant, timeZone);
}

/** Parses "dd/MM/yyyy" (or d/M/yyyy) typed by a person; null when it is not a real date. */
export function parseDisplayDate(text: string): IsoDate | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const candidate = `${match[3]}-${pad2(Number(match[2]))}-${pad2(Number(match[1]))}`;
  return isIsoDate(candidate) ? candidate : null;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

function requireDate(date: IsoDate): DateParts {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not an ISO date: ${String(date)}`);
  return parts;
}

function toUtcMs(date: IsoDate): number {
  const { year, month, day } = requireDate(date);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): IsoDate {
  const d = new Date(ms);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The offset (ms ahead of UTC) of a fixed-offset zone name as Sheets lets a user pick it
 * ("GMT+07:00", "GMT+7", "UTC-0530", "GMT"); null for a region name. Intl rejects these, so
 * their wall clock is computed here.
 */
export function fixedZoneOffsetMs(timeZone: string): number | null {
  if (/^(?:GMT|UTC|Etc\/(?:GMT|UTC))$/i.test(timeZone)) return 0;
  const m = /^(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(timeZone.trim());
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (minutes > 14 * 60) return null;
  return (m[1] === '-' ? -1 : 1) * minutes * 60_000;
}

function wallClockParts(instant: Date, timeZone: string): Record<string, number> {
  const fixed = fixedZoneOffsetMs(timeZone);
  if (fixed !== null) {
    const wall = new Date(instant.getTime() + fixed);
    return {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
      second: wall.getUTCSeconds(),
    };
  }
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts;
}

function dateOfInstant(instant: Date, timeZone: string): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid Date');
  const p = wallClockParts(instant, timeZone);
  return isoDate(p.year, p.month, p.day);
}

/** How far the wall clock of `timeZone` is ahead of UTC at instant `ms`. */
function zoneOffsetMs(ms: number, timeZone: string): number {
  const p = wallClockParts(new Date(ms), timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(ms / 1000) * 1000;
}
