// Reporting duties: "báo cáo 6 tháng (trước ngày …)", "sơ kết", "hằng quý" read into periods and due dates.
import type { PlanReport, PlanTask, Recurrence } from '../types';
import { findDeadline, findRecurrence, parseDeadline } from './deadline';
import { makeTitle } from './title';
import { REPORT_CLAUSE, REPORT_DUTY } from './vocab';

/** Rows of a task table that send a report ("Tham mưu UBND … báo cáo Bộ Tài chính …" | Sở X | Hằng năm): their duties. */
export function reportsOfRows(tasks: PlanTask[]): PlanReport[] {
  return tasks
    .filter((t) => REPORT_DUTY.test(t.text) || REPORT_CLAUSE.test(t.text))
    .map((t) => ({ text: t.title, period: t.recurrence ?? (t.due ? 'once' : null), due: t.due, unit: t.leadUnit }));
}

const PERIOD_OF_PART: Record<string, Recurrence> = {
  '1': 'monthly',
  '3': 'quarterly',
  '6': 'semiannual',
  '12': 'annual',
};

/**
 * One reporting duty named in a list: "báo cáo năm", "báo cáo 6 tháng", "sơ kết", "tổng kết năm", "06 tháng",
 * "hằng quý". Its deadline is the parenthesis that follows ("(trước ngày 10/12/2024)"), or a "trước ngày …" right after it.
 */
const DUTY_PART =
  /(?<![A-Za-z0-9À-ỹĐđ])(?:(báo cáo|sơ kết|tổng kết)(?:\s+định kỳ)?(?:\s+(\d{1,2}|hằng|hàng|mỗi))?(?:\s+(tháng|quý|năm|học kỳ))?|(\d{1,2}|hằng|hàng|mỗi)\s+(tháng|quý|năm|học kỳ))(?:\s+(?:đầu|cuối)\s+năm)?(?!\s*[\d/])(?![A-Za-z0-9À-ỹĐđ])/gi;

function periodOf(count: string | undefined, unit: string | undefined, word: string | undefined): Recurrence | null {
  const u = (unit ?? '').toLowerCase();
  const n = count && /^\d/.test(count) ? String(Number(count)) : count ? '1' : null;
  if (u === 'quý') return n && n !== '1' ? null : 'quarterly';
  if (u === 'năm') return n && n !== '1' ? null : 'annual';
  if (u === 'học kỳ') return 'semiannual';
  if (u === 'tháng') return n ? (PERIOD_OF_PART[n] ?? null) : word?.toLowerCase() === 'báo cáo' ? 'monthly' : null;
  return null;
}

/** Reporting duties in a text: "06 tháng (trước ngày …), 01 năm (trước ngày …)" or "báo cáo quý (…) và báo cáo năm (…)" give one per period. */
export function readReports(text: string, unit: string | null, year: number | null): PlanReport[] {
  const parts: Array<{ phrase: string; period: Recurrence | null; deadline: string | null; dated: boolean }> = [];
  const matches = [...text.matchAll(DUTY_PART)];
  let consumed = 0;
  for (const m of matches) {
    // Words inside a duty's own parenthesis ("(trước ngày 25 hằng tháng)") are its deadline, not another duty.
    if (m.index < consumed) continue;
    const word = m[1];
    const count = m[2] ?? m[4];
    const unitWord = m[3] ?? m[5];
    // A bare "báo cáo" names no period; "sơ kết" and "tổng kết" are duties even without one.
    if (word && !unitWord && !count && word.toLowerCase() === 'báo cáo') continue;
    const after = text.slice(m.index + m[0].length);
    const paren = /^\s*\(([^)]*)\)/.exec(after);
    const cue = paren
      ? null
      : /^[\s,]*((?:trước|chậm nhất|vào)(?:\s+ngày)?\s+\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{2,4})?)/i.exec(after);
    consumed = m.index + m[0].length + (paren?.[0].length ?? cue?.[0].length ?? 0);
    parts.push({
      phrase: m[0],
      period: periodOf(count, unitWord, word),
      deadline: paren?.[1] ?? cue?.[1] ?? null,
      dated: Boolean(paren || cue),
    });
  }
  const dated = parts.filter((p) => p.dated);
  if (dated.length) {
    return dated.map((p) => {
      const d = parseDeadline(p.deadline ?? '', year);
      const period = p.period ?? (d.due ? 'once' : null);
      const phrase = /^(?:báo cáo|sơ kết|tổng kết)/i.test(p.phrase) ? p.phrase : `Báo cáo ${p.phrase}`;
      return { text: phrase.charAt(0).toUpperCase() + phrase.slice(1), period, due: d.due, unit };
    });
  }
  const found = findDeadline(text, year);
  const rec = findRecurrence(text);
  const due = found?.due ?? null;
  const period = rec ? rec.recurrence : due ? 'once' : null;
  return [{ text: makeTitle(text), period, due, unit }];
}
