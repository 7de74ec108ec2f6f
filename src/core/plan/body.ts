// The plan's body: the tasks, reports and objectives read from its item tree, section by section.
import type { PlanReport, PlanTask } from '../types';
import { confidenceOf, dueConfidence, leadConfidence, taskConfidence, type LeadSource } from './confidence';
import { findDeadline, findRecurrence, parseDeadline, type Deadline } from './deadline';
import { readReports, reportsOfRows } from './reports';
import { readTaskTable } from './table';
import { headingLike, makeTitle, sentenceEnd, splitSentences, stripColon } from './title';
import type { Node } from './tree';
import {
  findAddressee,
  findExplicitUnits,
  findPerson,
  findSubject,
  headingUnits,
  readLeadField,
  splitUnitLabel,
  splitUnits,
  type Units,
} from './units';
import {
  ACCOUNTABILITY,
  APPENDIX_POINTER,
  DEADLINE_LINE,
  DETAIL_LABEL,
  ITEM_BOILERPLATE,
  NON_TASK_HEADING,
  NON_TASK_SECTION,
  REPORT_CLAUSE,
  REPORT_DUTY,
  REPORT_LABEL,
  REPORT_SECTION,
  SCOPE_LABEL,
  SLOGAN,
  TASK_VERB_START,
  SUPPORT_FIELD,
  TASK_SECTION,
  UNIT_SECTION,
  looksLikeUnit,
} from './vocab';

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
  /** True when the inherited deadline is the item's own time field, which wins over dates in its text. */
  preferInherited?: boolean;
}

/**
 * The deadline that a parent sentence or a section line states for the items under it: an explicit date, month,
 * quarter, half or year ("trong Quý III/2024", "Thời gian thực hiện: năm 2024"), or a recurrence word. Null otherwise.
 */
function parentDeadline(paragraphs: string[], year: number | null): Deadline | null {
  for (const para of paragraphs) {
    // A reporting duty's deadline ("… báo cáo trước ngày 15/12") is the report's, not the sub-items'.
    const p = splitSentences(para)
      .filter((x) => !REPORT_DUTY.test(x))
      .join(' ');
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

function flatten(node: Node): string[] {
  const out: string[] = [];
  for (const child of node.children) {
    if (child.table) continue;
    const mark =
      child.kind === 'dash'
        ? '- '
        : child.kind === 'plus'
          ? '+ '
          : child.kind === 'letter'
            ? `${child.label}) `
            : `${child.label}. `;
    out.push(mark + child.own, ...child.cont, ...flatten(child));
  }
  return out;
}

/** A report that recurs: "báo cáo 6 tháng", "định kỳ", "hằng năm", "sơ kết", "tổng kết". */
const PERIODIC_REPORT =
  /định kỳ|hằng|hàng (?:tháng|quý|năm)|mỗi|\d+\s*tháng|(?:báo cáo|kết quả)\s+(?:năm|quý|tháng|học kỳ)(?![A-Za-z0-9À-ỹĐđ])|sơ kết|tổng kết/i;

/** A field line among sub-items: who does the work, who supports, when ("Cơ quan thực hiện: …", "Thời gian: …"). */
const FIELD_LINE =
  /^(?:(?:đơn vị|cơ quan|bộ phận) (?:chủ trì|thực hiện|phối hợp)[^:;.]{0,30}|thời gian(?: thực hiện| hoàn thành)?|thời hạn(?: hoàn thành)?)\s*:/i;

/** Labels of scope under a task: the places, parameters and frequency of monitoring, not work of their own. */
const SCOPE_WORDS =
  /(?:^|\n)(?:[-+]\s*)?(?:(?:các )?(?:điểm|vị trí|địa bàn) quan trắc|(?:các )?thông số|tần suất|tần xuất)[^:\n]{0,60}:/i;

/**
 * True when an item's sub-items describe the scope of the item itself rather than assign work: sub-headings that
 * are noun phrases (no verb opens them, no unit leads them) over lists of sites, parameters and frequencies.
 */
function describesScope(node: Node): boolean {
  const items = node.children.filter((c) => !c.table);
  if (!items.length || !TASK_VERB_START.test(node.own.trim())) return false;
  if (items.some((c) => TASK_VERB_START.test(c.own.trim()) || splitUnitLabel(c.own) || findSubject(c.own)))
    return false;
  return SCOPE_WORDS.test(['', ...flatten(node)].join('\n'));
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
    const l = readLeadField(line);
    if (l) lead = l;
    const s = SUPPORT_FIELD.exec(line);
    if (s) support.push(...splitUnits(s[1]));
  }
  return lead || support.length ? { lead, support } : null;
}

function prefaceUnits(paragraphs: string[]): Units | null {
  for (const p of paragraphs) {
    const m =
      /^Giao\s+(?:cho\s+)?(.{3,120}?)\s+(?:chủ trì|triển khai|thực hiện|tổ chức|phụ trách)(?![A-Za-z0-9À-ỹĐđ]).*:$/.exec(
        p,
      );
    if (m && looksLikeUnit(m[1])) return { lead: m[1].trim(), support: [] };
  }
  return null;
}
/** Walks the item tree of the body, section by section, and collects what it yields. */
class BodyReader {
  readonly result: BodyResult = { tasks: [], reports: [], objectives: [], invalidDates: [] };
  private readonly seenRefs = new Map<string, number>();

  constructor(private readonly ctx: BodyContext) {}

  // "tháng 9" of a month heading without a year: in a school year "2024-2025", months 8–12 are of 2024 and 1–7 of 2025;
  // otherwise the plan's year. "tháng 9/2024" keeps its year.
  private monthPeriod(period: string): { period: string; year: number | null } {
    const m = /^tháng (\d{1,2})(?:\/(\d{4}))?$/.exec(period);
    if (!m) return { period, year: this.ctx.year };
    if (m[2]) return { period, year: Number(m[2]) };
    const month = Number(m[1]);
    const year = this.ctx.schoolYear ? (month >= 8 ? this.ctx.schoolYear : this.ctx.schoolYear + 1) : this.ctx.year;
    return { period: year === null ? period : `${period}/${year}`, year };
  }

  private uniqueRef(ref: string): string {
    const n = (this.seenRefs.get(ref) ?? 0) + 1;
    this.seenRefs.set(ref, n);
    return n === 1 ? ref : `${ref}~${n}`;
  }

  private addTask(
    ref: string,
    scope: Scope,
    rawText: string,
    units: Units | null,
    label: { person?: string | null; addressee?: string | null },
  ): void {
    const text = rawText.replace(/\s+/g, ' ').trim();
    if (!text) return;
    // Pure accountability ("Chủ tịch … chịu trách nhiệm trước …") is not work to track.
    const single = splitSentences(text).length <= 1;
    if (
      !TASK_VERB_START.test(text) &&
      /^[^.;]{3,120}?\s+chịu trách nhiệm (?:toàn diện )?trước(?![A-Za-z0-9À-ỹĐđ])/.test(text) &&
      single
    )
      return;
    if ((/^chịu trách nhiệm (?:về|trước)(?![A-Za-z0-9À-ỹĐđ])/i.test(text) || ACCOUNTABILITY.test(text)) && single)
      return;
    // Clauses: sentences, and the parts of a sentence between semicolons ("theo dõi …; tổng hợp báo cáo năm (…)").
    const sentences = splitSentences(text).flatMap((s) => s.split(/(?<=;)\s+/));
    const dutySentences = sentences.filter((s) => REPORT_DUTY.test(s));
    const workText = sentences.filter((s) => !REPORT_DUTY.test(s)).join(' ');
    const explicit = findExplicitUnits(text);
    const afterLabel = text.replace(/^Đối với\s+[^:]{2,80}:\s*/i, '');
    const subject = findSubject(afterLabel);
    const [lead, source]: [string | null, LeadSource] = explicit.lead
      ? [explicit.lead, 'field']
      : label.person
        ? [label.person, 'person']
        : units?.lead
          ? [units.lead, 'heading']
          : subject
            ? [subject, 'subject']
            : label.addressee
              ? [label.addressee, 'addressee']
              : [null, 'none'];
    const support = [...(units?.support ?? [])];
    for (const u of explicit.support) if (!support.includes(u) && u !== lead) support.push(u);
    // A task that is itself a reporting duty keeps the duty's deadline.
    const year = scope.periodYear ?? this.ctx.year;
    // A task whose work states no deadline is due when its one-off report is ("…; báo cáo kết quả trước ngày 15/12");
    // a periodic report ("báo cáo 6 tháng trước ngày …") is a duty of its own, not the task's deadline.
    const oneOff = dutySentences.filter((s) => !PERIODIC_REPORT.test(s)).join(' ');
    // A task that is only a periodic report ("Định kỳ trước ngày 01/6 và 15/11 hằng năm báo cáo …") recurs; it has no one date.
    const periodicOnly = (): Deadline | null => {
      const rec = findRecurrence(text);
      return rec ? { due: null, dueText: rec.word, recurrence: rec.recurrence } : null;
    };
    const stated = scope.preferInherited
      ? null
      : (findDeadline(workText, year) ??
        (oneOff ? findDeadline(oneOff, year) : null) ??
        (workText ? null : oneOff ? findDeadline(text, year) : periodicOnly()));
    // A month heading's month, else the deadline its group's parent or section states, for an item that states none.
    const deadline =
      (stated?.due || !scope.period ? stated : parseDeadline(scope.period, year)) ?? scope.inherited ?? null;
    const finalRef = this.uniqueRef(ref);
    if (deadline?.invalidDate) this.result.invalidDates.push({ ref: finalRef, text: deadline.invalidDate });
    // Every clause that sends a report is a duty; one that names no date or period is due with the task.
    for (const s of sentences.filter((x) => REPORT_DUTY.test(x) || REPORT_CLAUSE.test(x))) {
      for (const r of readReports(s, lead, this.ctx.year)) {
        const own = r.due || r.period;
        this.result.reports.push(
          own || !deadline ? r : { ...r, due: deadline.due, period: deadline.due ? 'once' : deadline.recurrence },
        );
      }
    }
    this.result.tasks.push({
      ref: finalRef,
      section: scope.section,
      title: makeTitle(text),
      text,
      leadUnit: lead,
      supportUnits: support,
      due: deadline?.due ?? null,
      dueText: deadline?.dueText ?? null,
      recurrence: deadline?.recurrence ?? null,
      confidence: confidenceOf(
        taskConfidence(text, lead),
        leadConfidence(lead, source, UNIT_SECTION.test(scope.section)),
        dueConfidence(deadline, !stated?.due && Boolean(deadline?.due), text),
      ),
    });
  }

  private collectObjectives(node: Node): void {
    for (const p of node.cont) this.result.objectives.push(p);
    for (const c of node.children) {
      if (c.table) continue;
      if (c.children.length === 0 || !headingLike(c.own)) this.result.objectives.push([c.own, ...c.cont].join(' '));
      this.collectObjectives(c);
    }
  }

  private childRef(parentRef: string, node: Node, dashIndex: number): string {
    if (node.kind === 'num')
      return this.ctx.arabicOnly || !parentRef ? node.label : `${parentRef.split(/[.-]/)[0]}.${node.label}`;
    if (node.kind === 'letter') return `${parentRef}.${node.label}`;
    if (node.kind === 'plus') return `${parentRef}+${dashIndex}`;
    return `${parentRef}-${dashIndex}`;
  }

  private walkItems(parent: Node, parentRef: string, scope: Scope): void {
    let dash = 0;
    let plus = 0;
    let table = 0;
    for (const node of parent.children) {
      if (node.table) {
        table++;
        const rows = readTaskTable(node.table, `${parentRef || 'T'}.B${table}`, scope.section, this.ctx.year);
        this.result.tasks.push(...rows);
        this.result.reports.push(...reportsOfRows(rows));
        continue;
      }
      const index = node.kind === 'dash' ? ++dash : node.kind === 'plus' ? ++plus : 0;
      // A field among the sub-items is read by the parent, not taken as a task.
      if (FIELD_LINE.test(node.own.trim()) && node.children.length === 0) continue;
      const ref = this.childRef(parentRef, node, index);
      this.walkItem(node, ref, scope);
    }
  }

  private walkItem(node: Node, ref: string, scope: Scope): void {
    const own = node.own.trim();
    // Lists that describe rather than assign: forms, slogans, participants, agenda, sites, parameters, criteria.
    if (SCOPE_LABEL.test(own) || ITEM_BOILERPLATE.test(own) || (SLOGAN.test(own) && node.cont.length === 0)) return;
    if (NON_TASK_HEADING.test(own) && node.children.length > 0) return;
    // "4. Chế độ báo cáo: …" inside an operative section sets reporting duties, not a task.
    const reportLabel = REPORT_LABEL.exec(own);
    if (reportLabel) {
      const text = [own.slice(reportLabel[0].length), ...node.cont, ...flatten(node)].join(' ').trim();
      if (text) this.result.reports.push(...readReports(text, findSubject(text), this.ctx.year));
      return;
    }
    // In documents numbered only with arabic numerals, "1. Mục tiêu" plays the role of a section.
    if (this.ctx.arabicOnly && node.kind === 'num' && node.level === 1 && headingLike(stripColon(own))) {
      const cls = classifySection(own);
      if (cls.excluded) {
        if (cls.objective) this.collectObjectives(node);
        return;
      }
      scope = { ...scope, section: `${node.label}. ${own}`, report: cls.report };
    }
    if (node.period) {
      const month = this.monthPeriod(node.period);
      scope = { ...scope, period: month.period, periodYear: month.year ?? undefined, inherited: undefined };
    }
    const unitLabel = splitUnitLabel(own);
    const markerChildren = node.children.filter((c) => !c.table);
    const hasBody = node.children.length > 0 || node.cont.length > 0 || node.groupLines.length > 0;
    // A line that ends with a comma is a sentence wrapped by a PDF conversion, not a unit heading. A unit "heading" with
    // nothing under it is a short task that starts with its unit ("1. Trạm Y tế xã phun hóa chất …" without a full stop).
    const headingUnit =
      !unitLabel && !/,$/.test(own) && (headingLike(own) || /:$/.test(own)) && (hasBody || !findSubject(own))
        ? headingUnits(own)
        : null;
    // The unit lines after this item's run of dashes, else those after the item's own sub-items.
    const groupUnits = (node.runLines && unitsFromLines(node.runLines)) ?? unitsFromLines(node.groupLines);
    const ownUnit = unitLabel?.unit ?? headingUnit;
    const units: Units | null = groupUnits ?? (ownUnit ? { lead: ownUnit, support: [] } : scope.units);
    const groupDeadline = parentDeadline(
      (node.runLines ?? node.groupLines).filter((l) => DEADLINE_LINE.test(l)),
      this.ctx.year,
    );
    if (groupDeadline) scope = { ...scope, period: undefined, inherited: groupDeadline };
    // A sentence followed at once by its own sub-items ("3. Kiểm tra … tại các xã." then "a) …", "b) …") introduces them:
    // tasks are taken at the finest level. Not when a paragraph comes between (the sub-items then detail that paragraph),
    // nor when the sub-items only give details of the item ("- Thời gian: …", "- Cơ quan chủ trì: …", "- Kết quả: …"),
    // nor when they only describe its scope (sites, parameters, frequency under a monitoring task).
    const fields = markerChildren.filter((c) => DETAIL_LABEL.test(c.own.trim()) || SCOPE_LABEL.test(c.own.trim()));
    const ownTask =
      fields.length > 0 &&
      markerChildren.some(
        (c) =>
          !fields.includes(c) &&
          (TASK_VERB_START.test(c.own.trim()) || findSubject(c.own) !== null || splitUnitLabel(c.own) !== null),
      );
    const detailsOnly =
      markerChildren.length > 0 &&
      !ownTask &&
      fields.length * 2 >= markerChildren.length &&
      (fields.length >= 2 || markerChildren.length === 1);
    const scopeOnly = !detailsOnly && describesScope(node);
    const introducesItems = markerChildren.length > 0 && node.cont.length === 0 && !detailsOnly && !scopeOnly;
    const isGroup =
      markerChildren.length > 0 &&
      !scopeOnly &&
      (introducesItems ||
        (!detailsOnly && (/:$/.test(own) || headingLike(own) || (unitLabel !== null && unitLabel.rest === ''))));
    if (scope.report) {
      if (isGroup) this.walkItems(node, ref, { ...scope, units });
      else
        this.result.reports.push(
          ...readReports(
            [own, ...node.cont, ...flatten(node)].join(' '),
            units?.lead ?? findSubject(own),
            this.ctx.year,
          ),
        );
      return;
    }
    if (isGroup) {
      const preface = prefaceUnits(node.cont);
      // A sentence that introduces its sub-items may name who does them ("Phòng Nội vụ chủ trì kiểm tra … tại các xã.").
      const named = !headingLike(own) || /:$/.test(own) ? findExplicitUnits(stripColon(own)) : null;
      const sentenceUnits = named?.lead ? { lead: named.lead, support: named.support } : null;
      // The parent's own deadline ("3. Tổ chức kiểm tra tại các xã trong Quý III/2024:") holds for sub-items that state none.
      const inherited = parentDeadline([own, ...node.cont], this.ctx.year);
      const timing = inherited ? { period: undefined, inherited } : {};
      // Sibling fields ("- Cơ quan thực hiện: …", "- Thời gian thực hiện: …") give the other sub-items their unit and time.
      const fieldLines = markerChildren.map((c) => c.own.trim()).filter((l) => FIELD_LINE.test(l));
      const fieldUnits = fieldLines.length ? unitsFromLines(fieldLines) : null;
      const fieldTime = fieldLines.map((l) => DEADLINE_LINE.exec(l)).find((m) => m);
      const fieldTiming = fieldTime
        ? { period: undefined, inherited: parseDeadline(fieldTime[1], this.ctx.year), preferInherited: true }
        : {};
      this.walkItems(node, ref, {
        ...scope,
        ...timing,
        ...fieldTiming,
        units: fieldUnits ?? preface ?? sentenceUnits ?? units,
      });
      return;
    }
    // A heading over the paragraph that states the work ("4. Truyền thông về chuyển đổi số" then "Đăng tải tin, bài …"):
    // the paragraph is the task, as an item written only as paragraphs takes its heading's number.
    const headingOverParagraph =
      node.kind === 'num' &&
      !sentenceEnd(own) &&
      !/:$/.test(own) &&
      headingLike(own) &&
      node.cont.length > 0 &&
      TASK_VERB_START.test(node.cont[0]) &&
      markerChildren.every((c) => fields.includes(c));
    const head = unitLabel ? unitLabel.rest : (headingUnit && hasBody) || headingOverParagraph ? '' : own;
    const text = [head, ...node.cont, ...flatten(node)].filter(Boolean).join(' ');
    // An item whose sub-items are its fields reads its unit and deadline from them ("- Thời gian thực hiện: …").
    const timeField = detailsOnly ? markerChildren.map((c) => DEADLINE_LINE.exec(c.own.trim())).find((m) => m) : null;
    if (timeField)
      scope = {
        ...scope,
        period: undefined,
        inherited: parseDeadline(timeField[1], this.ctx.year),
        preferInherited: true,
      };
    // A time field given by its "+" lines (the steps' own deadlines): the item is due at the last of them.
    const steps = detailsOnly
      ? markerChildren.find((c) => /^thời (?:gian|hạn)[^:]{0,30}:$/i.test(c.own.trim()) && c.children.length > 0)
      : undefined;
    if (steps) {
      const dues = steps.children
        .map((c) => findDeadline([c.own, ...c.cont].join(' '), this.ctx.year))
        .filter((d): d is Deadline => Boolean(d?.due));
      const last = dues.sort((a, b) => (a.due! < b.due! ? -1 : 1)).pop();
      if (last) scope = { ...scope, period: undefined, inherited: last, preferInherited: true };
    }
    this.addTask(ref, scope, text, units, { person: findPerson(own), addressee: findAddressee(own) });
  }

  /** Reads every section of the body. */
  read(root: Node): BodyResult {
    const sections = root.children;
    const looseScope: Scope = { section: '', ref: '', units: null, report: false };
    for (const node of sections) {
      if (node.table) {
        const rows = readTaskTable(node.table, 'T', '', this.ctx.year);
        this.result.tasks.push(...rows);
        this.result.reports.push(...reportsOfRows(rows));
        continue;
      }
      if (node.kind !== 'section') {
        this.walkItem(
          node,
          this.ctx.arabicOnly ? node.label : node.kind === 'num' ? node.label : `-${node.label}`,
          looseScope,
        );
        continue;
      }
      const heading = `${node.label}. ${node.own}`;
      const cls = classifySection(node.own);
      if (cls.excluded) {
        if (cls.objective) this.collectObjectives(node);
        continue;
      }
      // A section's "Thời gian thực hiện: năm 2024" line holds for its items that state no deadline.
      const sectionLine = node.cont.filter((p) => DEADLINE_LINE.test(p.trim()));
      const inherited = parentDeadline(sectionLine, this.ctx.year) ?? undefined;
      const scope: Scope = {
        section: heading,
        ref: node.label,
        units: prefaceUnits(node.cont),
        report: cls.report,
        inherited,
      };
      const hasItems = node.children.some((c) => !c.table);
      if (cls.report) {
        for (const p of node.cont) this.result.reports.push(...readReports(p, findSubject(p), this.ctx.year));
        this.walkItems(node, node.label, scope);
        continue;
      }
      this.walkItems(node, node.label, scope);
      // A section written as paragraphs only: each paragraph is a task.
      // A paragraph that only points to the appendix ("… được phân công tại Phụ lục kèm theo") is not a task: the rows are.
      if (!hasItems)
        node.cont
          .filter((p) => !/:$/.test(p) && !APPENDIX_POINTER.test(p) && !sectionLine.includes(p))
          .forEach((p, i) => this.addTask(`${node.label}.${i + 1}`, scope, p, scope.units, {}));
    }
    return this.result;
  }
}

/** Reads tasks, reports and objectives from the item tree of the body. */
export function readBody(root: Node, ctx: BodyContext): BodyResult {
  return new BodyReader(ctx).read(root);
}
