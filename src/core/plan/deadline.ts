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
    re: /(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})(?![\d/])/g,
    read: (m) => toIsoDate(fullYear(m[3], null) ?? 0, Number(m[2]), Number(m[1])) ?? 'invalid',
  },
  {
    re: /ngày\s+(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/gi,
    read: (m, y) => (y === null ? null : toIsoDate(y, Number(m[2]), Number(m[1])) ?? 'invalid'),
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
  const untilIdx = phrase.search(/(?<![A-Za-z0-9À-ỹĐđ])đến(?![A-Za-z0-9À-ỹĐđ])/i);
  const chosen = hits.length === 0 ? null : untilIdx >= 0 ? hits.filter((h) => h.start > untilIdx)[0] ?? hits[hits.length - 1] : hits[0];
  const recurrence: Recurrence | null = rec ? rec.recurrence : chosen && chosen.due ? 'once' : null;
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
    const cue = exactDate ? DEADLINE_CUE : PERIOD_CUE;
    const yearOnly = /^(?:năm|cuối năm)\s+\d{4}$|^\d{4}/.test(form);
    const cueMatch = (yearOnly ? /(?:trước|xong|hoàn thành|hoàn tất|đến hết|chậm nhất)(?:\s+(?:trong|trước|vào))?\s*$/i : cue).exec(timeBefore);
    if (!cueMatch) continue;
    const start = Math.max(0, hit.start - 40) + cueMatch.index;
    let end = hit.end;
    const weekday = /^\s*\((?:Thứ|thứ|Chủ nhật)[^)]*\)/.exec(text.slice(end));
    if (weekday) end += weekday[0].length;
    const phrase = trimPhrase(text.slice(start, end));
    const d = parseDeadline(phrase, year);
    if (d.due || d.invalidDate) return d;
  }
  const rec = findRecurrence(text);
  if (rec) return { due: null, dueText: rec.word, recurrence: rec.recurrence };
  return null;
}
