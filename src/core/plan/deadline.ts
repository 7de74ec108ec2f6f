// Deadlines: reads a deadline phrase ("trước ngày 10/5/2023", "Quý II/2024", "thường xuyên") into a due date and a recurrence.
import type { IsoDate, Recurrence } from '../types';
import { DEADLINE_CUE, PERIOD_CUE, RECURRENCE_WORDS } from './vocab';

/** A deadline as the plan states it. */
export interface Deadline {
  due: IsoDate | null;
  /** The phrase as written. */
  dueText: string | null;
  recurrence: Recurrence | null;
  /** Set when the phrase names a date that does not exist (31/02): the date is not guessed. */
  invalidDate?: string;
}

const ROMAN_VALUE: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds an ISO date, or null when the day does not exist in that month. */
export function toIsoDate(year: number, month: number, day: number): IsoDate | null {
  if (!(year >= 1900 && year <= 2200) || month < 1 || month > 12 || day < 1) return null;
  if (day > lastDayOfMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function endOfMonth(year: number, month: number): IsoDate | null {
  return month >= 1 && month <= 12 ? toIsoDate(year, month, lastDayOfMonth(year, month)) : null;
}

function fullYear(y: string | undefined, planYear: number | null): number | null {
  if (!y) return planYear;
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

/** Finds the recurrence a phrase names, or null. */
export function findRecurrence(text: string): { recurrence: Recurrence; word: string; index: number } | null {
  let best: { recurrence: Recurrence; word: string; index: number } | null = null;
  for (const [re, recurrence] of RECURRENCE_WORDS) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = { recurrence, word: m[0], index: m.index };
  }
  return best;
}

interface DateHit {
  due: IsoDate | null;
  start: number;
  end: number;
  invalid?: string;
}

// Each form returns the last calendar day it names; order matters (exact dates first).
const FORMS: Array<{ re: RegExp; read: (m: RegExpExecArray, year: number | null) => IsoDate | null | 'invalid' }> = [
  {
    re: /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/gi,
    read: (m) => toIsoDate(Number(m[3]), Number(m[2]), Number(m[1])) ?? 'invalid',
  },
  {
    // A run of months: "Tháng 11 - 12/2025", "tháng 3-4 năm 2026" ends with the last month.
    re: /tháng\s+(\d{1,2})\s*[-–]\s*(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/gi,
    read: (m) => (Number(m[1]) < Number(m[2]) ? endOfMonth(Number(m[3]), Number(m[2])) : null),
  },
  {
    re: /(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})(?![\d/])/g,
    read: (m) => toIsoDate(fullYear(m[3], null) ?? 0, Number(m[2]), Number(m[1])) ?? 'invalid',
  },
  {
    re: /ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/gi,
    read: (m, y) => (y === null ? null : (toIsoDate(y, Number(m[2]), Number(m[1])) ?? 'invalid')),
  },
  {
    re: /quý\s+((?:[IV]+|\d)(?:\s*(?:,|và|-)\s*(?:[IV]+|\d))*)(?:\s*(?:\/|năm)\s*(\d{4})(?:\s*(?:,|và|-)\s*(\d{4}))*)?/gi,
    read: (m, y) => {
      const quarters = m[1].split(/\s*(?:,|và|-)\s*/).map((q) => ROMAN_VALUE[q.toUpperCase()] ?? Number(q));
      const years = m[0].match(/\d{4}/g);
      const year = years ? Number(years[years.length - 1]) : y;
      const q = quarters[quarters.length - 1];
      return year === null || !(q >= 1 && q <= 4) ? null : endOfMonth(year, q * 3);
    },
  },
  {
    re: /(?:0?6|sáu)\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?/gi,
    read: (m, y) => {
      const year = m[2] ? Number(m[2]) : y;
      return year === null ? null : m[1].toLowerCase() === 'đầu' ? `${year}-06-30` : `${year}-12-31`;
    },
  },
  {
    re: /tháng\s+(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/gi,
    read: (m) => endOfMonth(Number(m[2]), Number(m[1])),
  },
  {
    re: /(?<![\d/])(\d{4})\s*[-–]\s*(\d{4})(?![\d/])/g,
    read: (m) => (Number(m[2]) >= 1900 ? `${m[2]}-12-31` : null),
  },
  {
    re: /(?:năm|cuối năm)\s+(\d{4})|^(\d{4})$/gi,
    read: (m) => `${m[1] ?? m[2]}-12-31`,
  },
];

function findDates(text: string, planYear: number | null): DateHit[] {
  const hits: DateHit[] = [];
  const taken: Array<[number, number]> = [];
  for (const form of FORMS) {
    form.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = form.re.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      const value = form.read(m, planYear);
      if (value === 'invalid') hits.push({ due: null, start, end, invalid: m[0] });
      else if (value) hits.push({ due: value, start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

function trimPhrase(s: string): string {
  return s.trim().replace(/^[,;:\-–\s]+|[,;:.\s]+$/g, '');
}

/** Periods with no end: "năm 2025 và các năm tiếp theo", "2026 trở đi", "đến khi kết thúc Tổng kiểm kê". */
const OPEN_ENDED =
  /(?:và|cho)\s+(?:các|những)\s+năm\s+(?:tiếp theo|sau)|trở đi(?![A-Za-z0-9À-ỹĐđ])|(?:đến|tới)\s+khi(?![A-Za-z0-9À-ỹĐđ])/i;

/** The end of a window, just before its last date: "từ tháng 3 đến ", "từ ngày 05/12/2025 đến hết ngày ". */
const WINDOW_END = /(?<![A-Za-z0-9À-ỹĐđ])từ\s+[^.;]{1,30}?(?:đến|tới)(?:\s+hết)?(?:\s+ngày)?\s*$/i;

/** Phrases that state when without a date: open-ended, a start condition, or relative to another event. */
export const UNDATED =
  /(?:và|cho)\s+(?:các|những)\s+năm\s+(?:tiếp theo|sau)|trở đi|(?:đến|tới)\s+khi|^(?:bắt đầu\s+)?(?:từ|kể từ)(?![A-Za-z0-9À-ỹĐđ])|theo tiến độ|sau khi|ngay khi|ngay sau|khi có|theo (?:kế hoạch|yêu cầu|chỉ đạo|đề nghị)/i;

/** "đến", "tới": the end of a time window ("Từ ngày 05/12/2025 đến ngày 20/02/2026"). */
const UNTIL = /(?<![A-Za-z0-9À-ỹĐđ])(?:đến|tới)(?![A-Za-z0-9À-ỹĐđ])/i;
/** "Chậm nhất", "hạn chót": the binding date when a phrase also names a planned one ("Dự kiến ngày …"). */
const LATEST = /(?<![A-Za-z0-9À-ỹĐđ])(?:chậm nhất|muộn nhất|hạn chót)(?![A-Za-z0-9À-ỹĐđ])/i;
/** A start with no end ("Từ 01/7/2025", "từ tháng 11/2025 đến khi kết thúc …"): a start condition, not a deadline. */
const START = /^(?:bắt đầu\s+)?(?:từ|kể từ)(?![A-Za-z0-9À-ỹĐđ])/i;
/** A time of day ("13h30", "8 giờ"): a dated event, due on its day even when written "Từ 13h30 ngày …". */
const TIME_OF_DAY = /\d{1,2}\s*(?:h|giờ)\s*\d{0,2}/i;

/**
 * The date a phrase is due: the "chậm nhất" date over a planned one; the end of a window; a start with no end gives
 * none (unless it is an event at a time of day); otherwise the first date.
 */
function chooseHit(phrase: string, hits: DateHit[]): DateHit | null {
  if (hits.length === 0) return null;
  const latest = LATEST.exec(phrase);
  if (latest) {
    const after = hits.find((h) => h.start >= latest.index);
    if (after) return after;
  }
  const until = UNTIL.exec(phrase);
  if (until) return hits.find((h) => h.start > until.index) ?? (START.test(phrase) ? null : hits[hits.length - 1]);
  if (START.test(phrase) && !TIME_OF_DAY.test(phrase)) return null;
  // Periods joined by a dash ("Quý II - Quý III/2026") are a window: due at its end.
  let k = 0;
  while (k + 1 < hits.length && DASH_JOIN.test(phrase.slice(hits[k].end, hits[k + 1].start))) k++;
  return hits[k];
}

/** Nothing but a dash between two periods. */
const DASH_JOIN = /^\s*[-–]\s*$/;

/**
 * Reads a deadline phrase (a table cell, or the phrase a task states) into a due date and recurrence.
 * Months, quarters and halves resolve to their last day; "trước ngày X" is X itself; a range ends at its last date.
 * A phrase without a year ("trước ngày 10/12") takes `year`, the plan's year. Never throws.
 */
export function parseDeadline(text: string, year: number | null): Deadline {
  const phrase = trimPhrase(String(text ?? ''));
  if (!phrase) return { due: null, dueText: null, recurrence: null };
  const rec = findRecurrence(phrase);
  // "trước ngày 18 hằng tháng" names a day of every month, not a date.
  const monthlyDay = /ngày\s+\d{1,2}\s+(?:hằng|hàng|mỗi)\s+tháng/i.test(phrase);
  const hits = monthlyDay ? [] : findDates(phrase, year);
  // "… và các năm tiếp theo", "(2026 trở đi)", "đến khi kết thúc …": an open-ended period has no due date.
  const chosen = OPEN_ENDED.test(phrase) ? null : chooseHit(phrase, hits);
  const recurrence: Recurrence | null = rec ? rec.recurrence : chosen?.due ? 'once' : null;
  const result: Deadline = { due: chosen?.due ?? null, dueText: phrase, recurrence };
  if (chosen?.invalid) result.invalidDate = chosen.invalid;
  if (!chosen && !rec) return { due: null, dueText: null, recurrence: null };
  return result;
}

/**
 * Finds the deadline a task's free text states: a date, month or quarter next to a cue
 * ("trước ngày …", "xong trong quý II năm 2026", "từ 13h30 ngày …"), else a recurrence word.
 * Dates of cited documents ("Nghị quyết … ngày 03/6/2013") are not deadlines.
 */
export function findDeadline(text: string, year: number | null): Deadline | null {
  const hits = findDates(text, year);
  for (const hit of hits) {
    const before = text.slice(Math.max(0, hit.start - 40), hit.start);
    const form = text.slice(hit.start, hit.end).toLowerCase();
    // "tháng 3/2025" and "quý II/2025" name periods, not exact dates.
    const exactDate = /\d\s*\/\s*\d|ngày/.test(form) && !/^(?:tháng|quý)/.test(form);
    const timeBefore = before
      .replace(/\s*ngày\s*$/i, '')
      .replace(/\s*(?:lúc\s*)?\d{1,2}\s*(?:h|giờ)\s*\d{0,2}\s*(?:['’]|phút)?\s*$/i, '')
      .replace(/\s*ngày\s*$/i, '');
    // The end of a window counts as its own cue ("từ tháng 3 đến tháng 10 năm 2026").
    const cue = WINDOW_END.test(timeBefore) ? WINDOW_END : exactDate ? DEADLINE_CUE : PERIOD_CUE;
    const yearOnly = /^(?:năm|cuối năm)\s+\d{4}$|^\d{4}/.test(form);
    const cueMatch = (
      yearOnly ? /(?:trước|xong|hoàn thành|hoàn tất|đến hết|chậm nhất)(?:\s+(?:trong|trước|vào))?\s*$/i : cue
    ).exec(timeBefore);
    if (!cueMatch) continue;
    const start = Math.max(0, hit.start - 40) + cueMatch.index;
    let end = hit.end;
    const weekday = /^\s*\((?:Thứ|thứ|Chủ nhật)[^)]*\)/.exec(text.slice(end));
    if (weekday) end += weekday[0].length;
    // A window's start ("từ ngày X") runs to its end ("đến ngày Y"); a later "chậm nhất ngày Z" beats a planned date.
    const rest = text.slice(end);
    const window = /^\s*(?:\([^)]*\)\s*)?,?\s*(?:đến|tới)\s+(?:hết\s+)?[^.;]{0,40}/i.exec(rest);
    if (window) end += window[0].length;
    for (const next of hits) if (next.start >= end && DASH_JOIN.test(text.slice(end, next.start))) end = next.end;
    const latest = /^[^.;]{0,60}?(?:chậm nhất|muộn nhất|hạn chót)[^.;]{0,40}/i.exec(text.slice(end));
    if (latest) end += latest[0].length;
    const open = /^\s*(?:(?:và|cho)\s+(?:các|những)\s+năm\s+(?:tiếp theo|sau)|trở đi)/i.exec(text.slice(end));
    if (open) end += open[0].length;
    const phrase = trimPhrase(text.slice(start, end));
    const d = parseDeadline(phrase, year);
    if (d.due || d.invalidDate) return d;
    if (window || START.test(phrase))
      return { ...d, due: null, recurrence: d.recurrence === 'once' ? null : d.recurrence };
  }
  // A roadmap item's period in parentheses at the end of its first line: "(2025 - 2026)", "(xuyên suốt 2025 - 2035)".
  const period = /\(\s*(?:giai đoạn\s+|xuyên suốt\s+|năm\s+)?(\d{4}(?:\s*[-–]\s*\d{4})?(?:\s+trở đi)?)\s*\)/i.exec(
    text.split(/(?<=[.;:])\s/)[0],
  );
  if (period) {
    const d = parseDeadline(period[1], year);
    if (d.due || OPEN_ENDED.test(period[1])) return d;
  }
  const rec = findRecurrence(text);
  if (rec) return { due: null, dueText: rec.word, recurrence: rec.recurrence };
  return null;
}
