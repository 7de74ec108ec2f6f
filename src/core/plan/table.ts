// Task tables (in the body or an appendix): one row per task, columns named by their header.
import type { PlanTask, Recurrence } from '../types';
import { confidenceOf, dueConfidence, leadConfidence, taskConfidence } from './confidence';
import { parseDeadline } from './deadline';
import { makeTitle } from './title';
import { splitUnits } from './units';

const ROMAN_ORDER = /^[IVXL]+$/;

type ColumnKind = 'stt' | 'content' | 'lead' | 'support' | 'time' | 'other';

function classifyColumn(header: string): ColumnKind {
  const h = header.toLowerCase().trim();
  if (/^(?:stt|tt|số\s*tt|số thứ tự)$/.test(h)) return 'stt';
  // Scope tables list what is monitored or counted (sites, objects, parameters, coordinates), not work.
  if (/quan trắc|lấy mẫu|thông số|tọa độ|toạ độ|tần suất|số lượng|^địa điểm|^vị trí/.test(h)) return 'other';
  if (/phối hợp/.test(h)) return 'support';
  if (/^(?:nhiệm vụ|nội dung|công việc|tên|hoạt động|danh mục)/.test(h)) return 'content';
  if (/vai trò/.test(h)) return 'other';
  if (/thời gian|thời hạn|tiến độ|hoàn thành|thời điểm|^ngày/.test(h)) return 'time';
  if (/chủ trì|thực hiện|phụ trách|đơn vị|cơ quan|người/.test(h)) return 'lead';
  if (/ghi chú|sản phẩm|kết quả|kinh phí|dự toán/.test(h)) return 'other';
  if (/nhiệm vụ|nội dung|công việc|đối tượng|dự án|đề án/.test(h)) return 'content';
  return 'other';
}

/** True when the row numbers start again at 1 after a Roman group row. */
function restartsInGroups(stts: string[]): boolean {
  let last = 0;
  let afterRoman = false;
  for (const stt of stts) {
    if (ROMAN_ORDER.test(stt)) afterRoman = true;
    else if (/^\d+$/.test(stt)) {
      if (afterRoman && Number(stt) <= last) return true;
      last = Number(stt);
    }
  }
  return false;
}

/** True when the table numbers its rows (a table whose TT column is empty throughout has no second rows). */
function hasNumbers(rows: string[][], sttOf: (row: string[]) => string): boolean {
  return rows.some((r) => /^\d+$/.test(sttOf(r)));
}

/** Co-leads in one cell ("Sở A, Công an B") are joined with "; "; a generic group stays whole. */
function coLeads(cell: string): string {
  const units = splitUnits(cell.replace(/\s+/g, ' '));
  return units.length > 1 ? units.join('; ') : cell.replace(/\s+/g, ' ');
}

/** Reads the tasks of a task table (header naming a task column, then one row per task). */
export function readTaskTable(rows: string[][], refPrefix: string, section: string, year: number | null): PlanTask[] {
  const headerIdx = rows.findIndex(
    (r) => r.filter((c) => c).length >= 2 && r.some((c) => classifyColumn(c) === 'content'),
  );
  if (headerIdx < 0) return [];
  let kinds = rows[headerIdx].map(classifyColumn);
  let bodyStart = headerIdx + 1;
  // A header that spans two rows ("Đơn vị thực hiện" over "Chủ trì | Phối hợp"): the second row names the columns.
  const sub = rows[headerIdx + 1];
  if (
    sub?.some((c) => c) &&
    sub.every((c) => !c || (classifyColumn(c) !== 'other' && !/^\d/.test(c)) || /^(?:chủ trì|phối hợp)$/i.test(c))
  ) {
    kinds = kinds.map((k, i) => (sub[i] ? classifyColumn(sub[i]) : k));
    bodyStart++;
  }
  if (!kinds.some((k) => k === 'lead' || k === 'time' || k === 'stt')) return [];
  const tasks: PlanTask[] = [];
  let order = 0;
  let group = '';
  const body = rows.slice(bodyStart);
  const sttOf = (row: string[]): string =>
    (row.find((_, i) => kinds[i] === 'stt') ?? '')
      .trim()
      .replace(/^\((.*)\)$/, '$1')
      .replace(/[.)]+$/, '');
  // Row numbers that restart in each Roman group ("I", 1, 2, "II", 1 …) are read within their group.
  const restarts = restartsInGroups(body.map(sttOf));
  let roman = '';
  const numbered = hasNumbers(body, sttOf);
  // The row above: merged cells (a rowspan, written as an empty cell) continue its unit and time.
  let above: { task: PlanTask; lead: string; support: string[]; time: string[]; base: string; parts: number } | null =
    null;
  for (const [n, row] of body.entries()) {
    const cells = row.map((c) => (c ?? '').trim());
    if (cells.every((c) => !c || /^\(?\d{1,2}\)?$/.test(c))) continue;
    const cell = (k: ColumnKind): string[] => cells.filter((_, i) => kinds[i] === k && cells[i]);
    const content = cell('content');
    // A totals row ("Tổng cộng") sums the rows above; it is no task.
    if (!content.length || /^(?:tổng cộng|tổng số|cộng|tổng)$/i.test(content[0])) continue;
    const stt = sttOf(cells);
    const timeCells = cell('time');
    // A row with only a Roman or capitalised heading groups the rows under it; so does a numbered
    // row with no unit and no time that lettered rows follow ("1 | Tuyên truyền" then "a) | …").
    const nextStt = sttOf(body[n + 1] ?? []);
    if (
      !cell('lead').length &&
      !timeCells.length &&
      (ROMAN_ORDER.test(stt) || content.join(' ') === content.join(' ').toUpperCase())
    ) {
      if (ROMAN_ORDER.test(stt)) roman = stt;
      above = null;
      continue;
    }
    if (!cell('lead').length && !timeCells.length && /^\d+$/.test(stt) && /^\(?[a-zđ][.)]?$/.test(nextStt)) {
      group = stt;
      continue;
    }
    if (/^\d+$/.test(stt)) group = '';
    order++;
    // A row with no number under a numbered one is a second row of that item; empty unit or time cells are merged.
    const prev = above;
    const continues: boolean = prev !== null && !stt && numbered;
    const merged: boolean = prev !== null && (continues || !cell('lead').length);
    const leadCell: string = cell('lead')[0] ?? (merged && prev ? prev.lead : '');
    const support: string[] = cell('support').length || !merged || !prev ? cell('support') : prev.support;
    const time: string[] = timeCells.length || !merged || !prev ? timeCells : prev.time;
    let deadline = {
      due: null as string | null,
      dueText: null as string | null,
      recurrence: null as Recurrence | null,
    };
    for (const t of time) {
      const d = parseDeadline(t, year);
      if (d.due) {
        deadline = d;
        break;
      }
      if (!deadline.dueText && (d.dueText || d.recurrence)) deadline = d;
    }
    const text = content.join(' | ');
    const label =
      stt && /^[\p{L}\d.]{1,8}$/u.test(stt) ? (group && /^[a-zđ]$/.test(stt) ? `${group}.${stt}` : stt) : String(order);
    let ref = `${refPrefix}.${restarts && roman ? `${roman}.` : ''}${label}`;
    if (continues && prev) {
      // The first row becomes ".a", the rows under it ".b", ".c" …
      if (prev.parts === 1) prev.task.ref = `${prev.base}.a`;
      ref = `${prev.base}.${String.fromCharCode(97 + prev.parts++)}`;
    }
    const leadUnit = leadCell ? coLeads(leadCell) : null;
    const task: PlanTask = {
      ref,
      section,
      title: makeTitle(content[0]),
      text,
      leadUnit,
      supportUnits: splitUnits(support.join('; ')),
      due: deadline.due,
      dueText: deadline.dueText,
      recurrence: deadline.recurrence,
      confidence: confidenceOf(
        taskConfidence(text, null),
        // A unit read from a merged cell above is inferred, not stated on the row.
        leadConfidence(leadUnit, cell('lead').length ? 'field' : 'subject', kinds.includes('lead')),
        dueConfidence(
          time.length ? { ...deadline, dueText: deadline.dueText ?? time.join(' ') } : null,
          false,
          time.join(' '),
        ),
      ),
    };
    tasks.push(task);
    if (!continues) above = { task, lead: leadCell, support, time, base: ref, parts: 1 };
  }
  return tasks;
}
