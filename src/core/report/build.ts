// Builds the plan-results report model: the draft sections written from the data (with the
// office's edits), composed into the layout of Nghị định 30/2020 and the shape of real reports.
import { msg, type MessageKey } from '../messages/index';
import { DEFAULT_DUE_SOON_DAYS } from '../evaluation';
import { computeStatistics } from '../statistics';
import type { DraftSection, ParagraphRole, ParagraphStyle, ReportBlock, ReportModel, Run } from './model';
import { CHART_SIZE_MM, FONT_FAMILY, PAGE, STYLES } from './layout';
import type { ReportInput } from './input';
import { nextPeriodLabel, periodWarnings, resolvePeriod, withoutPeriodYear } from './periods';
import { selectTasks } from './selection';
import {
  causesText,
  closingSentence,
  nextTasksText,
  planCitation,
  shortcomingsText,
  summaryText,
  taskName,
  taskResultText,
} from './prose';
import {
  headerBlock,
  headingBlock,
  paragraph,
  signatureBlock,
  statisticsTable,
  taskTable,
  textToBlocks,
} from './blocks';
import { formatDate } from '../dates';
import { lowerFirst, upper } from './text';

export type { ReportInput, ReportSettings } from './input';
export type { ReportPeriod } from './periods';

const NBSP_BLANK = '\u00a0'.repeat(6);
const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

/** The draft of a report: its sections written from the data, with the office's edits applied. */
export function buildDraft(input: ReportInput): DraftSection[] {
  return buildReport(input).draft ?? [];
}

/**
 * Builds the report model. Rows covered and their evaluation: see `selectTasks` (report duties
 * are counted apart from tasks, as on the dashboard). Each editable section is written from the
 * data (src/core/report/prose.ts), replaced by the office's edit when there is one, and its
 * blocks are made from that text, so the Doc says exactly what the draft said.
 */
export function buildReport(input: ReportInput): ReportModel {
  const locale = input.locale ?? 'vi';
  const t = (key: MessageKey, params: Record<string, string | number> = {}): string => msg(key, locale, params);
  const { plan, settings, cutoff } = input;
  const period = resolvePeriod(input.period, locale);
  const dueSoonDays = settings.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const rows = selectTasks(input.records, period, cutoff, dueSoonDays);
  const tasks = rows.filter((row) => !row.duty);
  const stats = computeStatistics(
    rows.map((row) => ({ unit: row.record.leadUnit, evaluation: row.evaluation, duty: row.duty })),
  );
  const reportDate = settings.date ?? cutoff;
  const agency = settings.issuingAgency.trim();
  const agencyCode = settings.agencyCode.trim();
  const reportNumber = settings.number.trim() || NBSP_BLANK;
  const edits = input.edits ?? {};

  const citation = planCitation(plan, agencyCode, agency, plan.title, locale);
  // The subject names the period once: a title ending with the period's year drops it.
  const subject = t('reportSubject', {
    plan: planCitation(plan, agencyCode, agency, withoutPeriodYear(plan.title, input.period), locale),
    period: period.label,
  });
  const next = nextPeriodLabel(input.period, locale);

  const draft: DraftSection[] = [];
  const section = (
    id: string,
    group: DraftSection['group'],
    title: string,
    generated: string,
    planSection?: string,
  ): DraftSection => {
    const edit = edits[id];
    const edited = typeof edit === 'string' && edit.trim() !== '' && edit.trim() !== generated.trim();
    const made: DraftSection = { id, group, title, text: edited ? edit.trim() : generated, generated, edited };
    if (planSection !== undefined) made.planSection = planSection;
    draft.push(made);
    return made;
  };

  const blocks: ReportBlock[] = [];
  const heading = (level: 1 | 2 | 3, text: string): void => {
    blocks.push(headingBlock(level, text));
  };
  const para = (runs: Run[] | string, role: ParagraphRole = 'body', style: ParagraphStyle = STYLES.body): void => {
    blocks.push(paragraph(role, runs, style));
  };
  const write = (made: DraftSection): void => {
    blocks.push(...textToBlocks(made.text));
  };

  // Header, title, subject, opening.
  blocks.push(headerBlock(settings, reportNumber, reportDate, locale));
  para(t('reportTitle'), 'title', STYLES.title);
  para(subject, 'subject', STYLES.subject);
  para(t('reportOpening', { plan: citation, agency, period: period.label }));

  // I. Results.
  heading(1, `${ROMAN[0]}. ${upper(t('reportSectionResults'), locale)}`);
  const directionTitle = `1. ${t('reportDirection')}`;
  heading(2, directionTitle);
  write(section('direction', 'direction', directionTitle, t('reportDirectionPlaceholder')));
  const overallTitle = `2. ${t('reportOverall')}`;
  heading(2, overallTitle);
  write(
    section(
      'summary',
      'summary',
      overallTitle,
      summaryText({ tasks: stats.overall, duties: stats.duties, rows }, cutoff, locale),
    ),
  );
  heading(2, `3. ${t('reportTaskResults')}`);
  tasks.forEach((task, i) => {
    const title = `3.${i + 1}. ${taskName(task.record)}`;
    heading(3, title);
    write(
      section(`task:${task.record.code}`, 'results', title, taskResultText(task, agency, locale), task.record.section),
    );
  });

  // II. Shortcomings and causes: only overdue and late rows; causes for people to write.
  const shortTitle = `${ROMAN[1]}. ${upper(t('reportSectionShortcomings'), locale)}`;
  heading(1, shortTitle);
  const shortcomings = shortcomingsText(rows, cutoff, locale);
  write(section('shortcomings', 'shortcomings', shortTitle, shortcomings));
  // Causes are asked for only when there is something to explain.
  write(section('causes', 'causes', shortTitle, shortcomings === t('reportNone') ? '' : causesText(locale)));

  // III. Tasks for the next period.
  const nextTitle = `${ROMAN[2]}. ${upper(t('reportSectionNext', { period: next }), locale)}`;
  heading(1, nextTitle);
  write(section('next', 'next', nextTitle, nextTasksText(tasks, cutoff, next, agency, locale)));

  // IV. Proposals.
  const proposalsTitle = `${ROMAN[3]}. ${upper(t('reportSectionProposals'), locale)}`;
  heading(1, proposalsTitle);
  write(section('proposals', 'proposals', proposalsTitle, t('reportProposalsPlaceholder')));

  // Closing and signature row.
  para(closingSentence(plan, agencyCode, period.label, agency, locale), 'closing');
  blocks.push(signatureBlock(settings, locale, t));

  // Appendix.
  blocks.push({ kind: 'pageBreak' });
  para(t('reportAppendixLabel'), 'appendixLabel', STYLES.appendixLabel);
  para(upper(t('reportAppendixTitle', { period: period.label }), locale), 'appendixTitle', STYLES.appendixTitle);
  para(
    t('reportAppendixNote', { number: reportNumber, code: agencyCode, date: formatDate(reportDate), agency }),
    'appendixNote',
    STYLES.appendixNote,
  );
  heading(2, `1. ${t('reportAppendixTasks')}`);
  blocks.push(taskTable(rows, t));
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
    reportDate,
    warnings: periodWarnings(input.period, cutoff, reportDate, locale),
    draft,
    blocks,
  };
}
