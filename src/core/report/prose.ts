// The report's sentences written from the data: each task's result naming its unit, the one
// summary sentence, shortcomings by unit, next-period tasks, the plan citation and the closing.
// Draft text is plain lines: "- " and "+ " start list items, "[…]" is for people to fill in.
import type { IsoDate, Plan, TaskRecord } from '../types';
import { msg, msgBoth, type Locale, type MessageKey } from '../messages/index';
import { compareDates, daysBetween, formatDate } from '../dates';
import type { UnitStats } from '../statistics';
import { groupByUnit, isShortcoming, type ReportTask } from './selection';
import { clauseHeading, endSentence, formatRate, lowerFirst, pad2, proseDate, stripEnd, upperFirst } from './text';

type Params = Record<string, string | number>;

/** The plan fields the report cites. */
export type ReportPlan = Pick<Plan, 'number' | 'code' | 'issuer' | 'date' | 'title'>;

/**
 * The plan's number and symbol, "05/KH-BQLKKT", from the parser's number ("05") and code
 * ("KH-BQLKKT"); "…" stands for a number left blank. A bare agency code gets the "KH-" prefix.
 */
export function planNumber(plan: ReportPlan, agencyCode: string): string {
  const number = plan.number?.trim();
  if (number?.includes('/')) return number;
  const code = plan.code?.trim() || agencyCode.trim();
  const symbol = !code ? 'KH' : code.includes('-') ? code : `KH-${code}`;
  return `${number || '…'}/${symbol}`;
}

/**
 * The plan cited in full: "Kế hoạch số 12/KH-BQLKKT ngày 10/01/2023 của Ban Quản lý Khu kinh tế
 * về <title>". `title` is the plan's title as the caller wants it (the subject drops the year).
 */
export function planCitation(
  plan: ReportPlan,
  agencyCode: string,
  agency: string,
  title: string,
  locale: Locale,
): string {
  return msg('reportPlanCitation', locale, {
    number: planNumber(plan, agencyCode),
    date: plan.date ? formatDate(plan.date) : msg('reportBlankDate', locale),
    issuer: plan.issuer?.trim() || agency,
    title: lowerFirst(stripEnd(title)),
  });
}

/** "Trên đây là báo cáo kết quả thực hiện Kế hoạch số … năm 2023 của <agency>./.": the plan once, by number. */
export function closingSentence(
  plan: ReportPlan,
  agencyCode: string,
  periodLabel: string,
  agency: string,
  locale: Locale,
): string {
  return msg('reportClosingPlan', locale, { number: planNumber(plan, agencyCode), period: periodLabel, agency });
}

/** How the report names a task: its sentence in whole clauses (see clauseHeading). */
export function taskName(record: Pick<TaskRecord, 'title' | 'text'>): string {
  return clauseHeading(record.title, record.text);
}

/** The deadline as prose writes it: "10/5/2023", else the plan's phrase; '' when none. */
function deadlineProse(record: TaskRecord): string {
  if (record.due) return proseDate(record.due);
  return record.dueText?.trim() ?? '';
}

function wordsOf(key: MessageKey): string[] {
  return Object.values(msgBoth(key))
    .flatMap((list) => list.split('|'))
    .map((w) => w.toLocaleLowerCase('vi'));
}

function startsWithWord(text: string, words: string[]): boolean {
  const lower = text.toLocaleLowerCase('vi');
  return words.some((w) => lower === w || lower.startsWith(`${w} `));
}

/**
 * Whether the text names who acted before its first "đã"/"đang" ("Văn phòng đã tổ chức …",
 * "Lãnh đạo Ban đang chỉ đạo …"): a capitalised subject of a few words, no clause break before.
 */
function hasOwnSubject(text: string): boolean {
  const tense = wordsOf('reportResultTenseWords')
    .filter((w) => !w.includes(' '))
    .join('|');
  const match = new RegExp(`^(\\p{Lu}[^,;:.]{0,50}?)\\s(?:${tense})\\s`, 'u').exec(text);
  // A subject is a few words ("Văn phòng", "Lãnh đạo Ban"), not a whole clause.
  return match !== null && match[1].split(/\s+/).length <= 8;
}

/**
 * The unit's own result text as a sentence naming the unit, the text itself kept: "Văn phòng đã
 * ban hành …" from "Ban hành …", "<unit> đã ban hành Công văn số …" from a document's name,
 * "<unit> đã tổ chức …" from "Đã tổ chức …"; a text that already names the unit is kept as is.
 */
export function resultSentence(actor: string, result: string, locale: Locale): string {
  const text = stripEnd(result);
  if (text.toLocaleLowerCase('vi').startsWith(actor.toLocaleLowerCase('vi')) || hasOwnSubject(text))
    return endSentence(text);
  let key: MessageKey = 'reportActorDid';
  let body = lowerFirst(text);
  if (startsWithWord(text, wordsOf('reportResultTenseWords'))) key = 'reportActorSaid';
  else if (startsWithWord(text, wordsOf('reportResultDocumentWords'))) {
    key = 'reportActorIssued';
    body = text;
  } else if (/^\d/.test(text)) key = 'reportActorAchieved';
  return endSentence(msg(key, locale, { actor, result: body }));
}

/** Work has begun on the row: under way, paused, or some percentage entered. */
export function isStarted(record: Pick<TaskRecord, 'progress'>): boolean {
  const { state, percent } = record.progress;
  return state === 'in_progress' || state === 'paused' || state === 'done' || (percent ?? 0) > 0;
}

/**
 * The judgement of a task from its evaluation, with `subject` as its subject ("Nhiệm vụ …" after
 * a result, the unit itself otherwise): done on time or late with the day, under way with its
 * percentage (only between 0 and 100) and deadline, overdue with the passed deadline, not started.
 */
export function judgement(task: ReportTask, subject: string, withObject: boolean, locale: Locale): string {
  const { record } = task;
  const { progress } = record;
  const due = deadlineProse(record);
  const p: Params = {
    subject,
    object: withObject ? msg('reportTaskObject', locale) : '',
    date: progress.completedOn ? msg('reportOnDate', locale, { date: proseDate(progress.completedOn) }) : '',
    due,
    percent:
      progress.percent !== null && progress.percent > 0 && progress.percent < 100
        ? msg('reportPercentNote', locale, { percent: progress.percent })
        : '',
  };
  const dueNote = due ? msg('reportDueNote', locale, { due }) : '';
  switch (task.evaluation) {
    case 'done_on_time':
      return msg(record.due ? 'reportJudgeDoneOnTime' : 'reportJudgeDone', locale, p);
    case 'done_late':
      return msg('reportJudgeDoneLate', locale, p);
    case 'overdue':
      return msg(isStarted(record) ? 'reportJudgeOverdueStarted' : 'reportJudgeOverdue', locale, p);
    default:
      if (!isStarted(record)) return msg('reportJudgeNotStarted', locale, { ...p, due: dueNote });
      return msg(progress.state === 'paused' ? 'reportJudgePaused' : 'reportJudgeInProgress', locale, {
        ...p,
        due: dueNote,
      });
  }
}

/**
 * A task's paragraph under "Kết quả thực hiện": the unit's result as a sentence naming it, then
 * the judgement ("Nhiệm vụ đã hoàn thành ngày 20/3/2023, đúng thời hạn."), then its documents;
 * with no result text, one sentence with the unit as subject, and a "[…]" to fill in when done.
 * Tasks with no unit are the issuing agency's.
 */
export function taskResultText(task: ReportTask, agency: string, locale: Locale): string {
  const { record } = task;
  const actor = record.leadUnit?.trim() || agency;
  const result = record.progress.result.trim();
  const evidence = record.progress.evidence.trim();
  const parts: string[] = [];
  if (result) {
    parts.push(resultSentence(actor, result, locale));
    parts.push(endSentence(judgement(task, msg('reportTaskSubject', locale), false, locale)));
  } else {
    parts.push(endSentence(judgement(task, actor, true, locale)));
  }
  if (evidence && !result.includes(evidence))
    parts.push(msg('reportEvidenceNote', locale, { evidence: stripEnd(evidence) }));
  if (!result && task.done) parts.push(msg('reportAddResult', locale));
  return parts.join(' ');
}

/** The figures of the summary sentence: the counts (shared with the dashboard) and the rows. */
export interface SummaryFigures {
  tasks: UnitStats;
  duties: UnitStats;
  /** The task rows, to tell work under way from work not started among those not yet due. */
  rows: readonly ReportTask[];
}

/**
 * The one summary sentence, naming only the categories that are not zero: "Tính đến ngày
 * 28/12/2023, Kế hoạch có 09 nhiệm vụ: đã hoàn thành 06/09 nhiệm vụ (đạt 66,7%), đang triển khai
 * 01/09, quá hạn chưa hoàn thành 02/09." and, when the plan has report duties, their sentence.
 */
export function summaryText(figures: SummaryFigures, cutoff: IsoDate, locale: Locale): string {
  const { tasks, duties } = figures;
  const total = pad2(tasks.total);
  const c = tasks.counts;
  const parts: string[] = [];
  if (tasks.done > 0) {
    parts.push(
      msg('reportSumDone', locale, { done: pad2(tasks.done), total, rate: formatRate(tasks.completionRate, locale) }) +
        (c.done_late > 0 ? msg('reportSumDoneLate', locale, { late: pad2(c.done_late) }) : ''),
    );
  }
  // Not done and not overdue: under way or not started, whatever the deadline's distance.
  const pending = figures.rows.filter((r) => !r.duty && !r.done && r.evaluation !== 'overdue');
  const inProgress = pending.filter((r) => isStarted(r.record)).length;
  const notStarted = pending.length - inProgress;
  if (inProgress > 0) parts.push(msg('reportSumInProgress', locale, { count: pad2(inProgress), total }));
  if (c.overdue > 0) parts.push(msg('reportSumOverdue', locale, { count: pad2(c.overdue), total }));
  if (notStarted > 0) parts.push(msg('reportSumNotStarted', locale, { count: pad2(notStarted), total }));
  const sentences = [msg('reportSummary', locale, { date: proseDate(cutoff), total, parts: parts.join(', ') })];
  if (duties.total > 0) {
    const late = duties.counts.overdue + duties.counts.done_late;
    sentences.push(
      msg('reportSumDuties', locale, {
        done: pad2(duties.done),
        total: pad2(duties.total),
        overdue: late > 0 ? msg('reportSumDutiesOverdue', locale, { count: pad2(late) }) : '',
      }),
    );
  }
  sentences.push(`${msg('reportSeeAppendix', locale)}.`);
  return sentences.join(' ');
}

/** A shortcoming's item: the task in whole clauses, its deadline and how late. */
function shortcomingItem(task: ReportTask, cutoff: IsoDate, locale: Locale): string {
  const { record } = task;
  const name = taskName(record);
  const due = record.due ? proseDate(record.due) : deadlineProse(record);
  if (task.evaluation === 'done_late' && record.progress.completedOn) {
    return msg('reportShortLateItem', locale, { task: name, due, done: proseDate(record.progress.completedOn) });
  }
  const days = record.due ? daysBetween(record.due, cutoff) : 0;
  return msg('reportShortOverdueItem', locale, { task: name, due, days: pad2(days) });
}

/**
 * Section II's lines: only overdue and late rows, grouped by lead unit ("- <unit>: 01 nhiệm vụ
 * quá hạn chưa hoàn thành:" then "+ …" items), rows with no unit under a heading in words;
 * '' when there is none. Causes are separate (`causesText`).
 */
export function shortcomingsText(tasks: readonly ReportTask[], cutoff: IsoDate, locale: Locale): string {
  const groups = groupByUnit(tasks.filter(isShortcoming));
  if (groups.length === 0) return msg('reportNone', locale);
  const lines = [msg('reportShortcomingsLead', locale)];
  for (const group of groups) {
    const overdue = group.tasks.filter((t) => !t.duty && t.evaluation === 'overdue').length;
    const late = group.tasks.filter((t) => !t.duty && t.evaluation === 'done_late').length;
    const duties = group.tasks.filter((t) => t.duty).length;
    const counts = [
      overdue ? msg('reportShortOverdue', locale, { count: pad2(overdue) }) : '',
      late ? msg('reportShortLate', locale, { count: pad2(late) }) : '',
      duties ? msg('reportShortDutyOverdue', locale, { count: pad2(duties) }) : '',
    ].filter(Boolean);
    const unit = group.unit ?? msg('reportNoUnitGroup', locale);
    lines.push(`- ${msg('reportShortUnit', locale, { unit, counts: counts.join(', ') })}`);
    group.tasks.forEach((task, i) => {
      lines.push(`+ ${shortcomingItem(task, cutoff, locale)}${i === group.tasks.length - 1 ? '.' : ';'}`);
    });
  }
  return lines.join('\n');
}

export function causesText(locale: Locale): string {
  return msg('reportCausesLines', locale);
}

/**
 * One next-period item: "Tiếp tục …" only for work under way; the plan's own wording (without a
 * leading "Tiếp tục") for work not started; the unit and a deadline still ahead of the cut-off,
 * or "khẩn trương hoàn thành" for one already passed (no past date is written).
 */
export function nextTaskItem(task: ReportTask, cutoff: IsoDate, locale: Locale): string {
  const { record } = task;
  let clause = taskName(record);
  const continueWords = wordsOf('reportContinueWords');
  const continues = startsWithWord(clause, continueWords);
  const started = isStarted(record);
  if (continues && !started) {
    const word =
      Object.values(msgBoth('reportContinueWords')).find((w) =>
        clause.toLocaleLowerCase('vi').startsWith(w.toLocaleLowerCase('vi')),
      ) ?? '';
    clause = upperFirst(clause.slice(word.length).trim());
  } else if (started && !continues) {
    clause = `${msg('reportContinue', locale)} ${lowerFirst(clause)}`;
  }
  const unit = record.leadUnit?.trim() ?? '';
  // Work the plan asks for continuously ("Thường xuyên") has no deadline to carry over.
  if (record.recurrence === 'ongoing') return unit ? `${clause} (${unit})` : clause;
  const ahead = record.due !== null && compareDates(record.due, cutoff) >= 0;
  const passed = record.due !== null && !ahead;
  let details = unit;
  if (ahead)
    details = unit
      ? msg('reportNextDetails', locale, { unit, due: proseDate(record.due!) })
      : msg('reportNextDue', locale, { due: proseDate(record.due!) });
  else if (passed) details = unit ? msg('reportNextUrgentUnit', locale, { unit }) : msg('reportNextUrgent', locale);
  return details ? `${clause} (${details})` : clause;
}

/** Section III's lines: an intro naming the next period, then one "- " item per unfinished task. */
export function nextTasksText(
  tasks: readonly ReportTask[],
  cutoff: IsoDate,
  nextLabel: string,
  agency: string,
  locale: Locale,
): string {
  const unfinished = tasks.filter((t) => !t.done && !t.duty);
  if (unfinished.length === 0) return msg('reportNone', locale);
  const items = unfinished.map(
    (t, i) => `- ${nextTaskItem(t, cutoff, locale)}${i === unfinished.length - 1 ? '.' : ';'}`,
  );
  return [msg('reportNextIntro', locale, { period: nextLabel, agency }), ...items].join('\n');
}
