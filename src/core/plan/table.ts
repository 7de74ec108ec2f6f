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
  if (/phối hợp/.test(h)) return 'support';
  if (/^(?:nhiệm vụ|nội dung|công việc|tên|hoạt động|danh mục)/.test(h)) return 'content';
  if (/vai trò/.test(h)) return 'other';
  if (/thời gian|thời hạn|tiến độ|hoàn thành|thời điểm|^ngày/.test(h)) return 'time';
  if (/chủ trì|thực hiện|phụ trách|đơn vị|cơ quan|người/.test(h)) return 'lead';
  if (/ghi chú|sản phẩm|kết quả|kinh phí|dự toán/.test(h)) return 'other';
  if (/nhiệm vụ|nội dung|công việc|đối tượng|dự án|đề án/.test(h)) return 'content';
  return 'other';
}

/** Reads the tasks of a task table (header naming a task column, then one row per task). */
export function readTaskTable(rows: string[][], refPrefix: string, section: string, year: number | null): PlanTask[] {
  const headerIdx = rows.findIndex((r) => r.filter((c) => c).length >= 2 && r.some((c) => classifyColumn(c) === 'content'));
  if (headerIdx < 0) return [];
  let kinds = rows[headerIdx].map(classifyColumn);
  let bodyStart = headerIdx + 1;
  // A header that spans two rows ("Đơn vị thực hiện" over "Chủ trì | Phối hợp"): the second row names the columns.
  const sub = rows[headerIdx + 1];
  if (sub && sub.some((c) => c) && sub.every((c) => !c || (classifyColumn(c) !== 'other' && !/^\d/.test(c)) || /^(?:chủ trì|phối hợp)$/i.test(c))) {
    kinds = kinds.map((k, i) => (sub[i] ? classifyColumn(sub[i]) : k));
    bodyStart++;
  }
  if (!kinds.some((k) => k === 'lead' || k === 'time' || k === 'stt')) return [];
  const tasks: PlanTask[] = [];
  let order = 0;
  let group = '';
  const body = rows.slice(bodyStart);
  for (const [n, row] of body.entries()) {
    const cells = row.map((c) => (c ?? '').trim());
    if (cells.every((c) => !c || /^\(?\d{1,2}\)?$/.test(c))) continue;
    const cell = (k: ColumnKind): string[] => cells.filter((_, i) => kinds[i] === k && cells[i]);
    const content = cell('content');
    if (!content.length) continue;
    const stt = (cell('stt')[0] ?? '').replace(/^\((.*)\)$/, '$1').replace(/[.)]+$/, '');
    const leadCell = cell('lead')[0] ?? '';
    const timeCells = cell('time');
    // A row with only a Roman or capitalised heading groups the rows under it; so does a numbered
    // row with no unit and no time that lettered rows follow ("1 | Tuyên truyền" then "a) | …").
    const nextStt = (body[n + 1] ?? []).find((_, i) => kinds[i] === 'stt') ?? '';
    if (!leadCell && !timeCells.length && (ROMAN_ORDER.test(stt) || content.join(' ') === content.join(' ').toUpperCase())) continue;
    if (!leadCell && !timeCells.length && /^\d+$/.test(stt) && /^\(?[a-zđ][.)]?$/.test(nextStt.trim())) {
      group = stt;
      continue;
    }
    if (/^\d+$/.test(stt)) group = '';
    order++;
    let deadline = { due: null as string | null, dueText: null as string | null, recurrence: null as Recurrence | null };
    for (const t of timeCells) {
      const d = parseDeadline(t, year);
      if (d.due) {
        deadline = d;
        break;
      }
      if (!deadline.dueText && (d.dueText || d.recurrence)) deadline = d;
    }
    const text = content.join(' | ');
    tasks.push({
      ref: `${refPrefix}.${stt && /^[\p{L}\d.]{1,8}$/u.test(stt) ? (group && /^[a-zđ]$/.test(stt) ? `${group}.${stt}` : stt) : order}`,
      section,
      title: makeTitle(content[0]),
      text,
      leadUnit: leadCell ? leadCell.replace(/\s+/g, ' ') : null,
      supportUnits: splitUnits(cell('support').join('; ')),
      due: deadline.due,
      dueText: deadline.dueText,
      recurrence: deadline.recurrence,
      confidence: confidenceOf(
        taskConfidence(text, null),
        leadConfidence(leadCell || null, 'field', kinds.includes('lead')),
        dueConfidence(timeCells.length ? { ...deadline, dueText: deadline.dueText ?? timeCells.join(' ') } : null, false, timeCells.join(' ')),
      ),
    });
  }
  return tasks;
}
