// Builds the plan-results report model from the plan, its task records, a period and a cut-off
// date, following the layout of Nghị định 30/2020 and the shape of real plan-results reports.
import type { Evaluation, IsoDate, Plan, TaskRecord } from '../types';
import { EVALUATIONS } from '../types';
import { msg, msgBoth, type Locale, type MessageKey } from '../messages/index';
import { compareDates, dateInWords, daysBetween, endOfMonth, endOfQuarter, endOfYear, formatDate, isoDate } from '../dates';
import { evaluateTask, isDone, DEFAULT_DUE_SOON_DAYS } from '../evaluation';
import { EVALUATION_KEYS } from '../columns';
import { computeStatistics, normaliseUnitName, unitKey, type UnitStats } from '../statistics';
import type {
  Align,
  ColumnsBlock,
  HeadingBlock,
  ListItemBlock,
  ParagraphBlock,
  ParagraphRole,
  ParagraphStyle,
  ReportBlock,
  ReportModel,
  ReportPeriodInfo,
  Run,
  TableBlock,
  TableCell,
  TableRow,
} from './model';
import {
  CHART_SIZE_MM,
  FONT_FAMILY,
  HEADER_COLUMNS_MM,
  PAGE,
  SIGNATURE_COLUMNS_MM,
  STATS_TABLE,
  STYLES,
  TABLE_BORDER_PT,
  TABLE_PADDING_PT,
  TASK_TABLE,
} from './layout';

/** The period a report covers. `from`/`to` are needed (and only used) for a range. */
export interface ReportPeriod {
  kind: 'semiannual' | 'annual' | 'quarter' | 'range';
  year: number;
  quarter?: 1 | 2 | 3 | 4;
  from?: IsoDate;
  to?: IsoDate;
}

/** What the user fills in on the "Báo cáo" tab. */
export interface ReportSettings {
  /** The report's number; blank leaves room to write it by hand. */
  number: string;
  /** Written as given, shown in capitals ("UBND TỈNH GIA LAI"). */
  parentAgency: string;
  /** The issuer's name as used in sentences ("Ban Quản lý Khu kinh tế"); capitals in the header. */
  issuingAgency: string;
  /** The issuer's symbol after "BC-" ("BQLKKT"). */
  agencyCode: string;
  place: string;
  signerTitle: string;
  signerName: string;
  /** The whole authority block, lines joined with " / " ("KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN"). */
  signerBlock?: string | null;
  /** Nơi nhận, one per entry; a "Lưu: …" entry is moved last, and one is added when missing. */
  recipients: string[];
  dueSoonDays?: number;
  /** The report's date; the cut-off date when not given. */
  date?: IsoDate | null;
  /** The drafting unit's symbol in "Lưu: VT, …" when the recipients have no "Lưu" line. */
  archiveUnit?: string | null;
}

/** The plan fields the report cites. */
type ReportPlan = Pick<Plan, 'number' | 'code' | 'issuer' | 'date' | 'title'>;

export interface ReportInput {
  plan: ReportPlan;
  records: readonly TaskRecord[];
  period: ReportPeriod;
  cutoff: IsoDate;
  settings: ReportSettings;
  locale?: Locale;
  /** Leave a slot for the dashboard chart in the appendix (default true). */
  chartImage?: boolean;
}

/** A task of the report with its evaluation for the period. */
interface ReportTask {
  record: TaskRecord;
  evaluation: Evaluation;
  /** True when it counts as done in this period. */
  done: boolean;
  /** Due after the period's end: not yet due for this report. */
  dueLater: boolean;
}

const NBSP_BLANK = '\u00a0'.repeat(6);
const ROMAN = ['I', 'II', 'III', 'IV', 'V'];
const QUARTER_ROMAN = ['I', 'II', 'III', 'IV'];


const RECURRING = new Set(['monthly', 'quarterly', 'semiannual', 'annual', 'ongoing']);

/**
 * Builds the report model. Which tasks it covers, and how:
 * - task rows still in the plan, in the plan's (the records') order; report-duty rows are left out;
 * - each task is evaluated at the cut-off with the evaluation module;
 * - a task due after the period's end is "not yet due" in this report: unless done by the
 *   cut-off it is evaluated at the earlier of the cut-off and the period's end, so it reads
 *   on track or not started, never overdue or due soon, and is not a shortcoming of the period;
 * - a one-off task completed before the period began belongs to an earlier report and is left out;
 * - a recurring task (monthly … ongoing) counts in every period; a completion dated before the
 *   period began does not count for this one.
 * Section II lists the shortcomings (see `isShortcoming`) by lead unit; section III lists every
 * task not done, in the plan's order.
 */
export function buildReport(input: ReportInput): ReportModel {
  const locale = input.locale ?? 'vi';
  const t = (key: MessageKey, params: Record<string, string | number> = {}): string => msg(key, locale, params);
  const { plan, settings, cutoff } = input;
  const period = resolvePeriod(input.period, locale);
  const dueSoonDays = settings.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const tasks = selectTasks(input.records, period, cutoff, dueSoonDays);
  const stats = computeStatistics(tasks.map((task) => ({ unit: task.record.leadUnit, evaluation: task.evaluation })));
  const reportDate = settings.date ?? cutoff;
  const agency = settings.issuingAgency.trim();
  const reportNumber = settings.number.trim() || NBSP_BLANK;

  const planCitation = t('reportPlanCitation', {
    number: planNumber(plan, settings),
    date: plan.date ? formatDate(plan.date) : t('reportBlankDate'),
    issuer: plan.issuer?.trim() || agency,
    title: lowerFirst(stripEnd(plan.title)),
  });
  // The subject names the period once: a title ending with the period's year ("… năm 2023")
  // drops that year, and the period ("6 tháng đầu năm 2023", "năm 2023") ends the subject.
  const subjectCitation = t('reportPlanCitation', {
    number: planNumber(plan, settings),
    date: plan.date ? formatDate(plan.date) : t('reportBlankDate'),
    issuer: plan.issuer?.trim() || agency,
    title: lowerFirst(withoutYear(stripEnd(plan.title), input.period)),
  });
  const subject = t('reportSubject', { plan: subjectCitation, period: period.label });

  const blocks: ReportBlock[] = [];
  const heading = (level: 1 | 2 | 3, text: string): void => {
    blocks.push(headingBlock(level, text));
  };
  const para = (runs: Run[] | string, role: ParagraphRole = 'body', style: ParagraphStyle = STYLES.body): void => {
    blocks.push(paragraph(role, runs, style));
  };
  const items = (texts: string[], marker: '-' | '+' = '-'): void => {
    texts.forEach((text, i) => blocks.push(listItem(marker, `${text}${i === texts.length - 1 ? '.' : ';'}`)));
  };

  // Header, title, subject, opening.
  blocks.push(headerBlock(settings, reportNumber, reportDate, locale));
  para(t('reportTitle'), 'title', STYLES.title);
  para(subject, 'subject', STYLES.subject);
  para(t('reportOpening', { plan: planCitation, agency, period: period.label }));

  // I. Results.
  heading(1, `${ROMAN[0]}. ${upper(t('reportSectionResults'), locale)}`);
  heading(2, `1. ${t('reportDirection')}`);
  para([{ text: t('reportDirectionPlaceholder'), placeholder: true }]);
  heading(2, `2. ${t('reportOverall')}`);
  para(t('reportOverallLead', { date: formatDate(cutoff), total: pad2(stats.overall.total) }));
  items(
    EVALUATIONS.map((evaluation) =>
      t('reportCategoryLine', {
        label: t(EVALUATION_KEYS[evaluation]),
        figure: ratio(stats.overall.counts[evaluation], stats.overall.total, t),
      }),
    ),
  );
  para(`${ratesSentence(stats.overall, locale, t)} ${t('reportSeeAppendix')}.`);
  heading(2, `3. ${t('reportTaskResults')}`);
  tasks.forEach((task, i) => {
    heading(3, `3.${i + 1}. ${taskName(task.record)}`);
    // One paragraph per task: the unit's result, then the judgement. With no result yet the
    // whole paragraph is to be rewritten by people, so all of it is marked (one style, which
    // also keeps it to one Docs call).
    const result = task.record.progress.result.trim();
    const status = endSentence(statusSentence(task, t));
    para(result ? `${endSentence(result)} ${status}` : [{ text: `${t('reportNoResult')} ${status}`, italic: true, placeholder: true }]);
  });

  // II. Shortcomings and causes.
  heading(1, `${ROMAN[1]}. ${upper(t('reportSectionShortcomings'), locale)}`);
  const shortcomings = groupByUnit(tasks.filter(isShortcoming));
  if (shortcomings.length === 0) {
    para(t('reportNone'));
  } else {
    para(t('reportShortcomingsLead'));
    for (const group of shortcomings) {
      const overdue = group.tasks.filter((task) => task.evaluation === 'overdue');
      const counts = [
        overdue.length ? t('reportOverdueCount', { count: pad2(overdue.length) }) : '',
        group.tasks.length > overdue.length
          ? t('reportUnfinishedCount', { count: pad2(group.tasks.length - overdue.length) })
          : '',
      ].filter(Boolean);
      blocks.push(listItem('-', `${unitLabel(group.unit, t)}: ${counts.join(', ')}:`));
      group.tasks.forEach((task, i) => {
        const last = i === group.tasks.length - 1;
        blocks.push(listItem('+', `${taskName(task.record)} (${shortcomingDetail(task, cutoff, t)})${last ? '.' : ';'}`));
      });
    }
    para([{ text: t('reportCauseSubjective') }, { text: t('reportCausePlaceholder'), placeholder: true }]);
    para([{ text: t('reportCauseObjective') }, { text: t('reportCausePlaceholder'), placeholder: true }]);
  }

  // III. Tasks for the next period.
  const next = nextPeriodLabel(input.period, locale);
  heading(1, `${ROMAN[2]}. ${upper(t('reportSectionNext', { period: next }), locale)}`);
  const unfinished = tasks.filter((task) => !task.done);
  if (unfinished.length === 0) {
    para(t('reportNone'));
  } else {
    para(t('reportNextIntro', { period: next, agency }));
    items(unfinished.map((task) => nextTaskText(task.record, t)));
  }

  // IV. Proposals.
  heading(1, `${ROMAN[3]}. ${upper(t('reportSectionProposals'), locale)}`);
  para([{ text: t('reportProposalsPlaceholder'), placeholder: true }]);

  // Closing and signature row.
  para(t('reportClosing', { subject: lowerFirst(subject), agency }), 'closing');
  blocks.push(signatureBlock(settings, locale, t));

  // Appendix.
  blocks.push({ kind: 'pageBreak' });
  para(t('reportAppendixLabel'), 'appendixLabel', STYLES.appendixLabel);
  para(upper(t('reportAppendixTitle', { period: period.label }), locale), 'appendixTitle', STYLES.appendixTitle);
  para(
    t('reportAppendixNote', {
      number: reportNumber,
      code: settings.agencyCode.trim(),
      date: formatDate(reportDate),
      agency,
    }),
    'appendixNote',
    STYLES.appendixNote,
  );
  heading(2, `1. ${t('reportAppendixTasks')}`);
  blocks.push(taskTable(tasks, t));
  heading(2, `2. ${t('reportAppendixStats')}`);
  blocks.push(statisticsTable(stats.units, stats.overall, locale, t));
  if (input.chartImage ?? true) {
    heading(2, `3. ${t('reportAppendixChart')}`);
    blocks.push({
      kind: 'image',
      key: 'dashboardChart',
      widthMm: CHART_SIZE_MM.width,
      heightMm: CHART_SIZE_MM.height,
      alt: t('dashChartByUnit'),
      align: 'center',
    });
  }

  return {
    locale,
    documentName: t('reportDocumentName', { subject: lowerFirst(subject) }),
    page: PAGE,
    fontFamily: FONT_FAMILY,
    period,
    cutoff,
    blocks,
  };
}

/** The period's dates and its label ("6 tháng đầu năm 2023"). Throws on an incomplete range. */
function resolvePeriod(period: ReportPeriod, locale: Locale = 'vi'): ReportPeriodInfo {
  const { kind, year } = period;
  switch (kind) {
    case 'semiannual':
      return { kind, from: isoDate(year, 1, 1), to: endOfMonth(year, 6), label: msg('reportPeriodFirstHalf', locale, { year }) };
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

/** The period after this one, as section III names it ("6 tháng cuối năm 2023"). */
function nextPeriodLabel(period: ReportPeriod, locale: Locale): string {
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

function selectTasks(
  records: readonly TaskRecord[],
  period: ReportPeriodInfo,
  cutoff: IsoDate,
  dueSoonDays: number,
): ReportTask[] {
  const out: ReportTask[] = [];
  for (const record of records) {
    if (record.kind !== 'task' || !record.inPlan) continue;
    const { due } = record;
    const recurring = record.recurrence !== null && RECURRING.has(record.recurrence);
    let { state, completedOn } = record.progress;
    const completedBefore = state === 'done' && completedOn !== null && compareDates(completedOn, period.from) < 0;
    if (completedBefore && !recurring) continue;
    if (completedBefore) {
      state = 'in_progress';
      completedOn = null;
    }
    const dueLater = due !== null && compareDates(due, period.to) > 0;
    let evaluation = evaluateTask({ due, state, completedOn }, cutoff, dueSoonDays);
    if (dueLater && !isDone(evaluation)) {
      const periodCutoff = compareDates(cutoff, period.to) < 0 ? cutoff : period.to;
      evaluation = evaluateTask({ due, state, completedOn }, periodCutoff, 0);
    }
    out.push({ record, evaluation, done: isDone(evaluation), dueLater });
  }
  return out;
}

/**
 * A shortcoming of the period: overdue, due soon and not done, paused, or not started although
 * due within the period. Tasks on track, with no deadline, or due later are not (yet) shortcomings.
 */
function isShortcoming(task: ReportTask): boolean {
  if (task.done) return false;
  if (task.evaluation === 'overdue' || task.evaluation === 'due_soon') return true;
  if (task.record.progress.state === 'paused') return true;
  return task.evaluation === 'not_started' && !task.dueLater && task.record.due !== null;
}

interface UnitGroup {
  unit: string | null;
  tasks: ReportTask[];
}

/** Groups tasks by lead unit in order of first appearance; tasks with no unit come last. */
function groupByUnit(tasks: ReportTask[]): UnitGroup[] {
  const groups = new Map<string, UnitGroup>();
  const none: UnitGroup = { unit: null, tasks: [] };
  for (const task of tasks) {
    const name = normaliseUnitName(task.record.leadUnit);
    if (name === null) {
      none.tasks.push(task);
      continue;
    }
    const key = unitKey(name);
    const group = groups.get(key) ?? { unit: name, tasks: [] };
    group.tasks.push(task);
    groups.set(key, group);
  }
  return [...groups.values(), ...(none.tasks.length ? [none] : [])];
}

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

function headerBlock(settings: ReportSettings, number: string, date: IsoDate, locale: Locale): ColumnsBlock {
  const t: Translate = (key, params) => msg(key, locale, params);
  const left = [
    paragraph('header', upper(settings.parentAgency.trim(), locale), STYLES.parentAgency),
    paragraph('header', upper(settings.issuingAgency.trim(), locale), STYLES.issuingAgency),
    paragraph('header', t('reportNumberLine', { number, code: settings.agencyCode.trim() }), STYLES.numberLine),
  ];
  const right = [
    paragraph('header', t('reportCountry'), STYLES.country),
    paragraph('header', t('reportMotto'), STYLES.motto),
    paragraph('header', t('reportPlaceDate', { place: settings.place.trim(), date: dateInWords(date, locale) }), STYLES.placeDate),
  ];
  return { kind: 'columns', role: 'header', columns: HEADER_COLUMNS_MM.map((widthMm) => ({ widthMm })), cells: [left, right] };
}

function signatureBlock(settings: ReportSettings, locale: Locale, t: Translate): ColumnsBlock {
  // Recognise a "Lưu" line written in either language (recipients come from the plan's text).
  const archivePrefixes = Object.values(msgBoth('reportArchivePrefix')).map((p) => p.toLocaleLowerCase('vi'));
  const entries = settings.recipients
    .map((entry) => entry.trim().replace(/^[-+•]\s*/, '').replace(/[;.,\s]+$/, ''))
    .filter(Boolean);
  const isArchive = (entry: string): boolean =>
    archivePrefixes.some((prefix) => entry.toLocaleLowerCase('vi').startsWith(prefix));
  const archive = entries.find(isArchive) ?? t('reportArchive', { unit: settings.archiveUnit?.trim() || '…' });
  const lines = [...entries.filter((entry) => !isArchive(entry)), archive];
  const left = [
    paragraph('recipientsLabel', t('reportRecipientsLabel'), STYLES.recipientsLabel),
    ...lines.map((line, i) => paragraph('recipient', `- ${line}${i === lines.length - 1 ? '.' : ';'}`, STYLES.recipient)),
  ];
  const authority = (settings.signerBlock?.trim() || settings.signerTitle.trim())
    .split(/\s+\/\s+|\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const right = [
    ...authority.map((line) => paragraph('signer', upper(line, locale), STYLES.signer)),
    paragraph('signer', settings.signerName.trim(), STYLES.signerName),
  ];
  return {
    kind: 'columns',
    role: 'signature',
    columns: SIGNATURE_COLUMNS_MM.map((widthMm) => ({ widthMm })),
    cells: [left, right],
  };
}

function taskTable(tasks: ReportTask[], t: Translate): TableBlock {
  const headers = ['reportColNo', 'colTitle', 'colLeadUnit', 'colDue', 'colEvaluation', 'reportColResultNote'] as const;
  // Body cells stay left-aligned: centring a cell costs Docs calls per row (there is no column
  // alignment in DocumentApp), and the checklist asks centring only of the header.
  const aligns: Align[] = ['left', 'left', 'left', 'left', 'left', 'left'];
  const rows: TableRow[] = [{ role: 'header', cells: headers.map((key) => headerCell(t(key))) }];
  const sections = new Set(tasks.map((task) => task.record.section));
  let section: string | null = null;
  tasks.forEach((task, i) => {
    const { record } = task;
    if (sections.size > 1 && record.section !== section) {
      section = record.section;
      rows.push({ role: 'group', cells: headers.map((_, c) => cell(c === 0 ? record.section : '', 'left', true)) });
    }
    const values = [
      String(i + 1),
      taskName(record),
      record.leadUnit ?? '',
      deadlineText(record, t),
      t(EVALUATION_KEYS[task.evaluation]),
      resultNote(record, t),
    ];
    rows.push({ role: 'body', cells: values.map((text, c) => cell(text, aligns[c])) });
  });
  return table('tasks', TASK_TABLE.columnsMm, TASK_TABLE.sizePt, rows);
}

function statisticsTable(units: UnitStats[], overall: UnitStats, locale: Locale, t: Translate): TableBlock {
  const headers = [
    t('dashUnit'),
    t('dashTotal'),
    ...EVALUATIONS.map((evaluation) => t(EVALUATION_KEYS[evaluation])),
    t('dashCompletionRate'),
    t('dashOnTimeRate'),
  ];
  const line = (stats: UnitStats, label: string, role: 'body' | 'total'): TableRow => ({
    role,
    cells: [
      cell(label, 'left', role === 'total'),
      ...[stats.total, ...EVALUATIONS.map((evaluation) => stats.counts[evaluation])].map((n) =>
        cell(String(n), 'center', role === 'total'),
      ),
      cell(formatRate(stats.completionRate, locale), 'center', role === 'total'),
      cell(formatRate(stats.onTimeRate, locale), 'center', role === 'total'),
    ],
  });
  const rows: TableRow[] = [
    { role: 'header', cells: headers.map((text) => headerCell(text)) },
    ...units.map((stats) => line(stats, unitLabel(stats.unit, t), 'body')),
    line(overall, t('reportTotalRow'), 'total'),
  ];
  const widths = [
    STATS_TABLE.unitMm,
    STATS_TABLE.totalMm,
    ...EVALUATIONS.map(() => STATS_TABLE.categoryMm),
    STATS_TABLE.rateMm,
    STATS_TABLE.rateMm,
  ];
  return table('statistics', widths, STATS_TABLE.sizePt, rows);
}

function table(role: TableBlock['role'], widthsMm: number[], sizePt: number, rows: TableRow[]): TableBlock {
  return {
    kind: 'table',
    role,
    columns: widthsMm.map((widthMm) => ({ widthMm })),
    headerRows: 1,
    rows,
    sizePt,
    borderPt: TABLE_BORDER_PT,
    paddingPt: TABLE_PADDING_PT,
  };
}

function cell(text: string, align: Align, bold = false): TableCell {
  return { text, align, bold, italic: false };
}

function headerCell(text: string): TableCell {
  return cell(text, 'center', true);
}

function paragraph(role: ParagraphRole, runs: Run[] | string, style: ParagraphStyle): ParagraphBlock {
  return { kind: 'paragraph', role, runs: typeof runs === 'string' ? [{ text: runs }] : runs, style };
}

function headingBlock(level: 1 | 2 | 3, text: string): HeadingBlock {
  const style = level === 1 ? STYLES.heading1 : level === 2 ? STYLES.heading2 : STYLES.heading3;
  return { kind: 'heading', level, runs: [{ text }], style };
}

function listItem(marker: '-' | '+', text: string): ListItemBlock {
  return { kind: 'listItem', marker, runs: [{ text: `${marker} ${text}` }], style: STYLES.listItem };
}

/**
 * The plan's number and symbol, "05/KH-BQLKKT", from the parser's number ("05") and code
 * ("KH-BQLKKT"); "…" stands for a number left blank. A bare agency code gets the "KH-" prefix.
 */
function planNumber(plan: ReportPlan, settings: ReportSettings): string {
  const number = plan.number?.trim();
  if (number && number.includes('/')) return number;
  const code = plan.code?.trim() || settings.agencyCode.trim();
  const symbol = !code ? 'KH' : code.includes('-') ? code : `KH-${code}`;
  return `${number || '…'}/${symbol}`;
}

/** Longest first sentence used as a task's name; longer ones fall back to the (cut) title. */
const MAX_TASK_NAME = 240;

/**
 * How the report names a task: the first sentence of its text when it and the title begin
 * alike and it is not too long, else the title, marked "…" when the text goes on.
 */
function taskName(record: Pick<TaskRecord, 'title' | 'text'>): string {
  const title = stripEnd(record.title);
  const text = record.text.trim().replace(/\s+/g, ' ');
  const first = stripEnd(text.split(/[.;:]\s+(?=\p{Lu})/u, 1)[0] ?? '');
  if (first && (first.startsWith(title) || title.startsWith(first)) && first.length <= MAX_TASK_NAME) return first;
  return text.length > title.length && text.startsWith(title) ? `${title}…` : title;
}

function statusSentence(task: ReportTask, t: Translate): string {
  const { record } = task;
  const { progress } = record;
  const parts = [t('reportStatusEvaluation', { evaluation: t(EVALUATION_KEYS[task.evaluation]) })];
  if (task.done && progress.completedOn) parts.push(t('reportStatusCompleted', { date: formatDate(progress.completedOn) }));
  if (!task.done && progress.percent !== null) parts.push(t('reportStatusPercent', { percent: progress.percent }));
  if (!task.done && progress.state === 'paused') parts.push(t('reportStatusPaused'));
  if (record.leadUnit) parts.push(t('reportStatusUnit', { unit: record.leadUnit }));
  const deadline = deadlineText(record, t);
  if (deadline) parts.push(t('reportStatusDue', { due: deadline }));
  if (progress.evidence.trim()) parts.push(t('reportStatusEvidence', { evidence: progress.evidence.trim() }));
  return parts.join('; ');
}

function shortcomingDetail(task: ReportTask, cutoff: IsoDate, t: Translate): string {
  const { due } = task.record;
  const parts: string[] = [];
  const deadline = deadlineText(task.record, t);
  if (deadline) parts.push(t('reportStatusDue', { due: deadline }));
  parts.push(
    task.evaluation === 'overdue' && due
      ? t('reportOverdueDays', { days: pad2(daysBetween(due, cutoff)) })
      : lowerFirst(t(EVALUATION_KEYS[task.evaluation])),
  );
  return parts.join(', ');
}

/** "Tiếp tục <task> (<unit>; thời hạn: …)" — no second "Tiếp tục" when the task already says it. */
function nextTaskText(record: TaskRecord, t: Translate): string {
  const title = taskName(record);
  const lower = title.toLocaleLowerCase('vi');
  // The plan's wording may already say it, in the plan's language.
  const already = Object.values(msgBoth('reportContinue')).some((p) => lower.startsWith(p.toLocaleLowerCase('vi')));
  const text = already ? title : `${t('reportContinue')} ${lowerFirst(title)}`;
  const deadline = deadlineText(record, t);
  const details = [record.leadUnit ?? '', deadline ? t('reportStatusDue', { due: deadline }) : ''].filter(Boolean).join('; ');
  return details ? `${text} (${details})` : text;
}

/** The deadline as the report writes it: the date, else the plan's phrase, else the recurrence. */
function deadlineText(record: TaskRecord, t: Translate): string {
  if (record.due) return formatDate(record.due);
  if (record.dueText?.trim()) return record.dueText.trim();
  if (record.recurrence === 'ongoing') return t('recurrenceOngoing');
  return '';
}

function resultNote(record: TaskRecord, t: Translate): string {
  const result = record.progress.result.trim();
  const evidence = record.progress.evidence.trim();
  if (!result && !evidence) return t('reportNoResult');
  return [result, evidence].filter(Boolean).join('\n');
}

function ratesSentence(overall: UnitStats, locale: Locale, t: Translate): string {
  const parts = [
    t('reportCompletionRate', { done: pad2(overall.done), total: pad2(overall.total), rate: formatRate(overall.completionRate, locale) }),
  ];
  if (overall.onTimeRate !== null) {
    parts.push(
      t('reportOnTimeRate', { onTime: pad2(overall.doneOnTime), done: pad2(overall.done), rate: formatRate(overall.onTimeRate, locale) }),
    );
  }
  return parts.join('; ');
}

function ratio(count: number, total: number, t: Translate): string {
  return count === 0 ? t('reportCountNone') : t('reportTaskRatio', { count: pad2(count), total: pad2(total) });
}

function unitLabel(unit: string | null, t: Translate): string {
  return unit ?? t('dashNoUnit');
}

/** Counts the way Vietnamese reports write them: "02", "07", "12". */
function pad2(n: number): string {
  return n < 10 && n >= 0 ? `0${n}` : String(n);
}

/** A rate as a percentage with at most one decimal: "33,3%" (vi), "33.3%" (en), "100%"; "-" when null. */
function formatRate(rate: number | null, locale: Locale): string {
  if (rate === null) return '-';
  const tenths = Math.round(rate * 1000);
  const text = tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
  return `${locale === 'vi' ? text.replace('.', ',') : text}%`;
}

function upper(text: string, locale: Locale): string {
  return text.toLocaleUpperCase(locale);
}

/** Lower-cases the first letter unless the first word is an acronym ("UBND", "KCN"). */
function lowerFirst(text: string): string {
  const first = text.split(/\s/, 1)[0] ?? '';
  if (first.length > 1 && first === first.toLocaleUpperCase('vi')) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/**
 * The plan's title without a closing "năm <year>" of the report's year, when the period's
 * label says that year itself (every kind but a date range, whose label has no "năm").
 */
function withoutYear(title: string, period: ReportPeriod): string {
  if (period.kind === 'range') return title;
  const lower = title.toLocaleLowerCase('vi');
  for (const suffix of Object.values(msgBoth('reportPeriodYear'))) {
    const phrase = suffix.replace('{year}', String(period.year)).toLocaleLowerCase('vi');
    if (lower.endsWith(` ${phrase}`)) return stripEnd(title.slice(0, title.length - phrase.length));
  }
  return title;
}

/** Drops trailing punctuation and spaces ("… năm 2023." → "… năm 2023"). */
function stripEnd(text: string): string {
  return text.trim().replace(/[\s.;:,]+$/, '');
}

/** Ends a sentence with a full stop unless it already ends with one (or "…", "!", "?"). */
function endSentence(text: string): string {
  const trimmed = text.trim().replace(/[;,:\s]+$/, '');
  return /[.!?…)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
