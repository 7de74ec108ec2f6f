// The plan's body: sections and items as a tree, task tables, and the tasks and reports read from them.
import type { PlanReport, PlanTask, Recurrence } from '../types';
import { findDeadline, findRecurrence, parseDeadline, type Deadline } from './deadline';
import { findAddressee, findExplicitUnits, findPerson, findSubject, splitUnitLabel, splitUnits, type Units } from './units';
import {
  APPENDIX_POINTER,
  BOILERPLATE,
  DETAIL_LABEL,
  GROUP_UNIT_LINE,
  ITEM_BOILERPLATE,
  LEAD_FIELD,
  NON_TASK_SECTION,
  REPORT_DUTY,
  REPORT_LABEL,
  REPORT_SECTION,
  ROMAN,
  SCOPE_LABEL,
  SUPPORT_FIELD,
  TASK_SECTION,
  looksLikeUnit,
} from './vocab';

type Kind = 'root' | 'section' | 'num' | 'letter' | 'dash' | 'plus';

/** One enumerated item of the plan (or a Roman section) with the paragraphs that continue it. */
interface Node {
  kind: Kind;
  label: string;
  level: number;
  own: string;
  cont: string[];
  children: Node[];
  groupLines: string[];
  closed: boolean;
  table?: string[][];
  /** The month a month heading names ("tháng 9/2024"): the deadline of its items that state none. */
  period?: string;
}

/** A marker at the start of a paragraph: "II.", "1.", "1.1.", "a)", "-", "+". */
export function readMarker(text: string): { kind: Kind; label: string; level: number; rest: string; period?: string } | null {
  // "V/v …" (về việc) is the subject line of a letter, not section V.
  let m = /^V\/v(?![A-Za-z])/i.test(text) ? null : /^([IVXL]{1,6})\s*[.\/)]\s*(\S.*)$/.exec(text);
  if (m && ROMAN.test(m[1])) return { kind: 'section', label: m[1], level: 0, rest: m[2] };
  // "Nhiệm vụ 1: …", "Giải pháp 2. …": a numbered item written out.
  m = /^(?:Nhiệm vụ|NHIỆM VỤ|Giải pháp|GIẢI PHÁP|Hoạt động|HOẠT ĐỘNG)\s+(\d{1,2})\s*[:.]\s*(\S.*)$/.exec(text);
  if (m) return { kind: 'num', label: m[1], level: 1, rest: m[2] };
  // "Tháng 9/2024: …" heads the work of a month (school and yearly plans): its items are due at the month's end.
  m = /^(?:Tháng|THÁNG)\s+(\d{1,2})\s*(?:\/|năm|NĂM)\s*(\d{4})\s*(?:[:.–-]\s*(.*))?$/.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { kind: 'num', label: `T${Number(m[1])}`, level: 4.5, rest: m[3] ?? '', period: `tháng ${m[1]}/${m[2]}` };
  // "Tháng 9:" without a year (school plans): the year comes from the school year or the plan's year (see monthPeriod).
  m = /^(?:Tháng|THÁNG)\s+(\d{1,2})\s*(?:[:.–-]\s*(.*))?$/.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { kind: 'num', label: `T${Number(m[1])}`, level: 4.5, rest: m[2] ?? '', period: `tháng ${Number(m[1])}` };
  m = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.|\)|(?=\s))\s*(\S.*)$/.exec(text);
  if (m && (m[2] || m[1].includes('.'))) return { kind: 'num', label: m[1], level: m[1].split('.').length, rest: m[3] };
  // "(1)" numbers an item like "1."; "(a)" like "a)".
  m = /^\((\d{1,2})\)\s*(\S.*)$/.exec(text);
  if (m) return { kind: 'num', label: m[1], level: 1, rest: m[2] };
  m = /^(?:([a-zđ])\s*(?:\)|\/\.?|\.)|\(([a-zđ])\))\s+(\S.*)$/.exec(text);
  if (m) return { kind: 'letter', label: m[1] ?? m[2], level: 5, rest: m[3] };
  // Dashes and bullets, including Word's symbol-font bullets (private-use characters).
  m = /^[-–—•●▪◦∙·➢►❖✓\uF0A7\uF0B7\uF0D8\uF076\uF0FC\uF0A8\uF0E0]\s*(\S.*)$/u.exec(text);
  if (m) return { kind: 'dash', label: '-', level: 6, rest: m[1] };
  m = /^\+\s*(\S.*)$/.exec(text);
  if (m) return { kind: 'plus', label: '+', level: 7, rest: m[1] };
  return null;
}

function newNode(kind: Kind, label: string, level: number, own: string): Node {
  return { kind, label, level, own, cont: [], children: [], groupLines: [], closed: false };
}

/** Builds the item tree of the body: markers open items, other paragraphs continue the item above. */
export function buildTree(items: Array<{ text: string } | { rows: string[][] }>): Node {
  const root = newNode('root', '', -1, '');
  const stack: Node[] = [root];
  const top = (): Node => stack[stack.length - 1];
  for (const item of items) {
    if ('rows' in item) {
      const t = newNode('num', '', 99, '');
      t.table = item.rows;
      top().children.push(t);
      continue;
    }
    const text = item.text;
    const marker = readMarker(text);
    if (marker) {
      const node = newNode(marker.kind, marker.label, marker.level, marker.rest);
      if (marker.period) node.period = marker.period;
      while (stack.length > 1 && top().level >= node.level) stack.pop();
      top().children.push(node);
      stack.push(node);
      continue;
    }
    if (/^\(.*\)\.?$/.test(text)) continue;
    if (BOILERPLATE.test(text)) {
      while (stack.length > 1 && top().kind !== 'section') stack.pop();
      top().closed = true;
      continue;
    }
    const current = top();
    if (GROUP_UNIT_LINE.test(text)) {
      const target = (current.kind === 'dash' || current.kind === 'plus') && stack.length > 2 ? stack[stack.length - 2] : current;
      target.groupLines.push(text);
      continue;
    }
    if (!current.closed) current.cont.push(text);
  }
  return root;
}

/** Plan-level facts the task reader needs. */
interface BodyContext {
  year: number | null;
  /** True when the document numbers its parts only with arabic numerals (no Roman sections). */
  arabicOnly: boolean;
  /** The first year of the school year the plan names ("năm học 2024-2025" → 2024), if any. */
  schoolYear?: number | null;
}

/** The school year a plan names ("năm học 2024-2025", "năm học 2024 - 2025"): its first year, or null. */
export function findSchoolYear(texts: string[]): number | null {
  for (const t of texts) {
    const m = /năm học\s+(\d{4})\s*[-–—/]\s*(\d{4})/i.exec(t);
    if (m && Number(m[2]) === Number(m[1]) + 1) return Number(m[1]);
  }
  return null;
}

interface Scope {
  section: string;
  ref: string;
  units: Units | null;
  report: boolean;
  /** The deadline of items that state none (the month of a month heading). */
  period?: string;
  /** The year of that month: a date without a year under "Tháng 3:" of a school year falls in the second year. */
  periodYear?: number;
  /** The deadline a group's parent sentence or a section's "Thời gian thực hiện: …" line states, for items that state none. */
  inherited?: Deadline;
}

/** "Thời gian thực hiện: năm 2024", "Thời hạn hoàn thành: Quý III/2024": a line that only states when the work is due. */
const DEADLINE_LINE = /^(?:thời gian|thời hạn)(?:\s+(?:thực hiện|hoàn thành|triển khai))?\s*:\s*(\S.*)$/i;

/**
 * The deadline that a parent sentence or a section line states for the items under it: an explicit date, month,
 * quarter, half or year ("trong Quý III/2024", "Thời gian thực hiện: năm 2024"), or a recurrence word. Null otherwise.
 */
function parentDeadline(paragraphs: string[], year: number | null): Deadline | null {
  for (const para of paragraphs) {
    // A reporting duty's deadline ("… báo cáo trước ngày 15/12") is the report's, not the sub-items'.
    const p = splitSentences(para).filter((x) => !REPORT_DUTY.test(x)).join(' ');
    const line = DEADLINE_LINE.exec(p.trim());
    const d = line ? parseDeadline(line[1], year) : findDeadline(p, year);
    if (d && (d.due || d.recurrence) && !d.invalidDate) return d;
  }
  return null;
}

/** What the body yields. */
interface BodyResult {
  tasks: PlanTask[];
  reports: PlanReport[];
  objectives: string[];
  invalidDates: Array<{ ref: string; text: string }>;
}

const ROMAN_ORDER = /^[IVXL]+$/;

function sentenceEnd(s: string): boolean {
  return /[.;!?…]["”’)]*$/.test(s.trim());
}

function headingLike(s: string): boolean {
  const t = s.trim();
  return !sentenceEnd(t) && t.split(/\s+/).length <= 30;
}

function stripColon(s: string): string {
  return s.trim().replace(/\s*:$/, '');
}

/**
 * The first sentence of a task, at most 160 characters. A longer sentence is cut at a word
 * and ends with "…", so a reader sees that the title is not the whole sentence.
 */
export function makeTitle(text: string): string {
  const first = text.split(/(?<=[.;])\s+/)[0].replace(/[.;:]$/, '').trim();
  if (first.length <= 160) return first;
  const cut = first.slice(0, 159);
  const space = cut.lastIndexOf(' ');
  return (space > 80 ? cut.slice(0, space) : cut).replace(/[\s,;:(–-]+$/, '') + '…';
}

function flatten(node: Node): string[] {
  const out: string[] = [];
  for (const child of node.children) {
    if (child.table) continue;
    const mark = child.kind === 'dash' ? '- ' : child.kind === 'plus' ? '+ ' : child.kind === 'letter' ? `${child.label}) ` : `${child.label}. `;
    out.push(mark + child.own, ...child.cont, ...flatten(child));
  }
  return out;
}

function classifySection(heading: string): { excluded: boolean; report: boolean; objective: boolean } {
  const h = heading.toUpperCase();
  const report = REPORT_SECTION.test(h) && !TASK_SECTION.test(h.replace(/BÁO CÁO/g, ''));
  const excluded = NON_TASK_SECTION.test(h) && !TASK_SECTION.test(h);
  return { excluded, report, objective: excluded && /MỤC ĐÍCH|YÊU CẦU|MỤC TIÊU/.test(h) };
}

function unitsFromLines(lines: string[]): Units | null {
  let lead: string | null = null;
  const support: string[] = [];
  for (const line of lines) {
    const l = LEAD_FIELD.exec(line);
    if (l) lead = l[1].trim().replace(/[.;]$/, '');
    const s = SUPPORT_FIELD.exec(line);
    if (s) support.push(...splitUnits(s[1]));
  }
  return lead || support.length ? { lead, support } : null;
}

function prefaceUnits(paragraphs: string[]): Units | null {
  for (const p of paragraphs) {
    const m = /^Giao\s+(?:cho\s+)?(.{3,120}?)\s+(?:chủ trì|triển khai|thực hiện|tổ chức|phụ trách)(?![A-Za-z0-9À-ỹĐđ]).*:$/.exec(p);
    if (m && looksLikeUnit(m[1])) return { lead: m[1].trim(), support: [] };
  }
  return null;
}

const PERIOD_OF_PART: Record<string, Recurrence> = { '1': 'monthly', '3': 'quarterly', '6': 'semiannual', '12': 'annual' };

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
  if (u === 'tháng') return n ? PERIOD_OF_PART[n] ?? null : word?.toLowerCase() === 'báo cáo' ? 'monthly' : null;
  return null;
}

/** Reporting duties in a text: "06 tháng (trước ngày …), 01 năm (trước ngày …)" or "báo cáo quý (…) và báo cáo năm (…)" give one per period. */
function readReports(text: string, unit: string | null, year: number | null): PlanReport[] {
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
    const cue = paren ? null : /^[\s,]*((?:trước|chậm nhất|vào)(?:\s+ngày)?\s+\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{2,4})?)/i.exec(after);
    consumed = m.index + m[0].length + (paren?.[0].length ?? cue?.[0].length ?? 0);
    parts.push({ phrase: m[0], period: periodOf(count, unitWord, word), deadline: paren?.[1] ?? cue?.[1] ?? null, dated: Boolean(paren || cue) });
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

function splitSentences(text: string): string[] {
  return text.split(/(?<=[.;])\s+(?=\p{Lu})/u);
}

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
    kinds = kinds.map((k, i) => (sub[i] ? classifyColumn(`${rows[headerIdx][i] ?? ''} ${sub[i]}`.trim()) === 'other' ? classifyColumn(sub[i]) : classifyColumn(sub[i]) : k));
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
    });
  }
  return tasks;
}

/** Reads tasks, reports and objectives from the item tree of the body. */
export function readBody(root: Node, ctx: BodyContext): BodyResult {
  const result: BodyResult = { tasks: [], reports: [], objectives: [], invalidDates: [] };
  const seenRefs = new Map<string, number>();

  // "tháng 9" of a month heading without a year: in a school year "2024-2025", months 8–12 are of 2024 and 1–7 of 2025;
  // otherwise the plan's year. "tháng 9/2024" keeps its year.
  const monthPeriod = (period: string): { period: string; year: number | null } => {
    const m = /^tháng (\d{1,2})(?:\/(\d{4}))?$/.exec(period);
    if (!m) return { period, year: ctx.year };
    if (m[2]) return { period, year: Number(m[2]) };
    const month = Number(m[1]);
    const year = ctx.schoolYear ? (month >= 8 ? ctx.schoolYear : ctx.schoolYear + 1) : ctx.year;
    return { period: year === null ? period : `${period}/${year}`, year };
  };

  const uniqueRef = (ref: string): string => {
    const n = (seenRefs.get(ref) ?? 0) + 1;
    seenRefs.set(ref, n);
    return n === 1 ? ref : `${ref}~${n}`;
  };

  const addTask = (ref: string, scope: Scope, rawText: string, units: Units | null, label: { person?: string | null; addressee?: string | null }): void => {
    const text = rawText.replace(/\s+/g, ' ').trim();
    if (!text) return;
    // Pure accountability ("Chủ tịch … chịu trách nhiệm trước …") is not work to track.
    if (/^[^.;]{3,120}?\s+chịu trách nhiệm (?:toàn diện )?trước(?![A-Za-z0-9À-ỹĐđ])/.test(text) && splitSentences(text).length <= 1) return;
    // Clauses: sentences, and the parts of a sentence between semicolons ("theo dõi …; tổng hợp báo cáo năm (…)").
    const sentences = splitSentences(text).flatMap((s) => s.split(/(?<=;)\s+/));
    const dutySentences = sentences.filter((s) => REPORT_DUTY.test(s));
    const workText = sentences.filter((s) => !REPORT_DUTY.test(s)).join(' ');
    const explicit = findExplicitUnits(text);
    const afterLabel = text.replace(/^Đối với\s+[^:]{2,80}:\s*/i, '');
    const lead = explicit.lead ?? label.person ?? units?.lead ?? findSubject(afterLabel) ?? label.addressee ?? null;
    const support = [...(units?.support ?? [])];
    for (const u of explicit.support) if (!support.includes(u) && u !== lead) support.push(u);
    // A task that is itself a reporting duty keeps the duty's deadline.
    const year = scope.periodYear ?? ctx.year;
    const stated = findDeadline(workText, year) ?? (workText ? null : findDeadline(text, year));
    // A month heading's month, else the deadline its group's parent or section states, for an item that states none.
    const deadline = (stated?.due || !scope.period ? stated : parseDeadline(scope.period, year)) ?? scope.inherited ?? null;
    const finalRef = uniqueRef(ref);
    if (deadline?.invalidDate) result.invalidDates.push({ ref: finalRef, text: deadline.invalidDate });
    for (const s of dutySentences) result.reports.push(...readReports(s, lead, ctx.year));
    result.tasks.push({
      ref: finalRef,
      section: scope.section,
      title: makeTitle(text),
      text,
      leadUnit: lead,
      supportUnits: support,
      due: deadline?.due ?? null,
      dueText: deadline?.dueText ?? null,
      recurrence: deadline?.recurrence ?? null,
    });
  };

  const collectObjectives = (node: Node): void => {
    for (const p of node.cont) result.objectives.push(p);
    for (const c of node.children) {
      if (c.table) continue;
      if (c.children.length === 0 || !headingLike(c.own)) result.objectives.push([c.own, ...c.cont].join(' '));
      collectObjectives(c);
    }
  };

  const childRef = (parentRef: string, node: Node, dashIndex: number): string => {
    if (node.kind === 'num') return ctx.arabicOnly || !parentRef ? node.label : `${parentRef.split(/[.-]/)[0]}.${node.label}`;
    if (node.kind === 'letter') return `${parentRef}.${node.label}`;
    if (node.kind === 'plus') return `${parentRef}+${dashIndex}`;
    return `${parentRef}-${dashIndex}`;
  };

  const walkItems = (parent: Node, parentRef: string, scope: Scope): void => {
    let dash = 0;
    let plus = 0;
    let table = 0;
    for (const node of parent.children) {
      if (node.table) {
        table++;
        result.tasks.push(...readTaskTable(node.table, `${parentRef || 'T'}.B${table}`, scope.section, ctx.year));
        continue;
      }
      const index = node.kind === 'dash' ? ++dash : node.kind === 'plus' ? ++plus : 0;
      const ref = childRef(parentRef, node, index);
      walkItem(node, ref, scope);
    }
  };

  const walkItem = (node: Node, ref: string, scope: Scope): void => {
    const own = node.own.trim();
    if (SCOPE_LABEL.test(own) || ITEM_BOILERPLATE.test(own)) return;
    // "4. Chế độ báo cáo: …" inside an operative section sets reporting duties, not a task.
    const reportLabel = REPORT_LABEL.exec(own);
    if (reportLabel) {
      const text = [own.slice(reportLabel[0].length), ...node.cont, ...flatten(node)].join(' ').trim();
      if (text) result.reports.push(...readReports(text, findSubject(text), ctx.year));
      return;
    }
    // In documents numbered only with arabic numerals, "1. Mục tiêu" plays the role of a section.
    if (ctx.arabicOnly && node.kind === 'num' && node.level === 1 && headingLike(stripColon(own))) {
      const cls = classifySection(own);
      if (cls.excluded) {
        if (cls.objective) collectObjectives(node);
        return;
      }
      scope = { ...scope, section: `${node.label}. ${own}`, report: cls.report };
    }
    if (node.period) {
      const month = monthPeriod(node.period);
      scope = { ...scope, period: month.period, periodYear: month.year ?? undefined, inherited: undefined };
    }
    const unitLabel = splitUnitLabel(own);
    // A line that ends with a comma is a sentence wrapped by a PDF conversion, not a unit heading.
    const headingUnit = !unitLabel && !/,$/.test(own) && looksLikeUnit(stripColon(own)) && (headingLike(own) || /:$/.test(own)) ? stripColon(own) : null;
    const groupUnits = unitsFromLines(node.groupLines);
    const ownUnit = unitLabel?.unit ?? headingUnit;
    const units: Units | null = groupUnits ?? (ownUnit ? { lead: ownUnit, support: [] } : scope.units);
    const markerChildren = node.children.filter((c) => !c.table);
    // A sentence followed at once by its own sub-items ("3. Kiểm tra … tại các xã." then "a) …", "b) …") introduces them:
    // tasks are taken at the finest level. Not when a paragraph comes between (the sub-items then detail that paragraph),
    // nor when the sub-items only give details of the item ("- Thời gian: …", "- Địa điểm: …").
    const detailsOnly = markerChildren.length > 0 && markerChildren.filter((c) => DETAIL_LABEL.test(c.own.trim())).length * 2 > markerChildren.length;
    const introducesItems = markerChildren.length > 0 && node.cont.length === 0 && !detailsOnly;
    const isGroup =
      markerChildren.length > 0 && (introducesItems || (!detailsOnly && (/:$/.test(own) || headingLike(own) || (unitLabel !== null && unitLabel.rest === ''))));
    if (scope.report) {
      if (isGroup) walkItems(node, ref, { ...scope, units });
      else result.reports.push(...readReports([own, ...node.cont, ...flatten(node)].join(' '), units?.lead ?? findSubject(own), ctx.year));
      return;
    }
    if (isGroup) {
      const preface = prefaceUnits(node.cont);
      // A sentence that introduces its sub-items may name who does them ("Phòng Nội vụ chủ trì kiểm tra … tại các xã.").
      const named = !/:$/.test(own) && !headingLike(own) ? findExplicitUnits(own) : null;
      const sentenceUnits = named?.lead ? { lead: named.lead, support: named.support } : null;
      // The parent's own deadline ("3. Tổ chức kiểm tra tại các xã trong Quý III/2024:") holds for sub-items that state none.
      const inherited = parentDeadline([own, ...node.cont], ctx.year);
      const timing = inherited ? { period: undefined, inherited } : {};
      walkItems(node, ref, { ...scope, ...timing, units: preface ?? sentenceUnits ?? units });
      return;
    }
    const head = unitLabel ? unitLabel.rest : headingUnit ? '' : own;
    const text = [head, ...node.cont, ...flatten(node)].filter(Boolean).join(' ');
    addTask(ref, scope, text, units, { person: findPerson(own), addressee: findAddressee(own) });
  };

  const sections = root.children;
  const looseScope: Scope = { section: '', ref: '', units: null, report: false };
  for (const node of sections) {
    if (node.table) {
      result.tasks.push(...readTaskTable(node.table, 'T', '', ctx.year));
      continue;
    }
    if (node.kind !== 'section') {
      walkItem(node, ctx.arabicOnly ? node.label : node.kind === 'num' ? node.label : `-${node.label}`, looseScope);
      continue;
    }
    const heading = `${node.label}. ${node.own}`;
    const cls = classifySection(node.own);
    if (cls.excluded) {
      if (cls.objective) collectObjectives(node);
      continue;
    }
    // A section's "Thời gian thực hiện: năm 2024" line holds for its items that state no deadline.
    const sectionLine = node.cont.filter((p) => DEADLINE_LINE.test(p.trim()));
    const inherited = parentDeadline(sectionLine, ctx.year) ?? undefined;
    const scope: Scope = { section: heading, ref: node.label, units: prefaceUnits(node.cont), report: cls.report, inherited };
    const hasItems = node.children.some((c) => !c.table);
    if (cls.report) {
      for (const p of node.cont) result.reports.push(...readReports(p, findSubject(p), ctx.year));
      walkItems(node, node.label, scope);
      continue;
    }
    walkItems(node, node.label, scope);
    // A section written as paragraphs only: each paragraph is a task.
    // A paragraph that only points to the appendix ("… được phân công tại Phụ lục kèm theo") is not a task: the rows are.
    if (!hasItems) node.cont.filter((p) => !/:$/.test(p) && !APPENDIX_POINTER.test(p) && !sectionLine.includes(p)).forEach((p, i) => addTask(`${node.label}.${i + 1}`, scope, p, scope.units, {}));
  }
  return result;
}
