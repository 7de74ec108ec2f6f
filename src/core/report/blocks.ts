// The report's blocks: the header and signature rows, the appendix tables, and paragraphs,
// headings and list items, including draft text turned into blocks ("- "/"+ " items, "[…]" to fill in).
import type { TaskRecord } from '../types';
import { EVALUATIONS } from '../types';
import { msg, msgBoth, type Locale, type MessageKey } from '../messages/index';
import { dateInWords, formatDate } from '../dates';
import { EVALUATION_KEYS } from '../columns';
import type { UnitStats } from '../statistics';
import type {
  Align,
  ColumnsBlock,
  HeadingBlock,
  ListItemBlock,
  ParagraphBlock,
  ParagraphRole,
  ParagraphStyle,
  ReportBlock,
  Run,
  TableBlock,
  TableCell,
  TableRow,
} from './model';
import {
  HEADER_COLUMNS_MM,
  SIGNATURE_COLUMNS_MM,
  STATS_TABLE,
  STYLES,
  TABLE_BORDER_PT,
  TABLE_PADDING_PT,
  TASK_TABLE,
} from './layout';
import type { ReportSettings } from './input';
import type { ReportTask } from './selection';
import { taskName } from './prose';
import { formatRate, upper } from './text';
import type { IsoDate } from '../types';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function headerBlock(settings: ReportSettings, number: string, date: IsoDate, locale: Locale): ColumnsBlock {
  const t: Translate = (key, params) => msg(key, locale, params);
  const parent = settings.parentAgency.trim();
  const left = [
    ...(parent ? [paragraph('header', upper(parent, locale), STYLES.parentAgency)] : []),
    paragraph('header', upper(settings.issuingAgency.trim(), locale), STYLES.issuingAgency),
    paragraph('header', t('reportNumberLine', { number, code: settings.agencyCode.trim() }), STYLES.numberLine),
  ];
  const right = [
    paragraph('header', t('reportCountry'), STYLES.country),
    paragraph('header', t('reportMotto'), STYLES.motto),
    paragraph(
      'header',
      t('reportPlaceDate', { place: settings.place.trim(), date: dateInWords(date, locale) }),
      STYLES.placeDate,
    ),
  ];
  return {
    kind: 'columns',
    role: 'header',
    columns: HEADER_COLUMNS_MM.map((widthMm) => ({ widthMm })),
    cells: [left, right],
  };
}

export function signatureBlock(settings: ReportSettings, locale: Locale, t: Translate): ColumnsBlock {
  // Recognise a "Lưu" line written in either language (recipients come from the plan's text).
  const archivePrefixes = Object.values(msgBoth('reportArchivePrefix')).map((p) => p.toLocaleLowerCase('vi'));
  const entries = settings.recipients
    .map((entry) =>
      entry
        .trim()
        .replace(/^[-+•]\s*/, '')
        .replace(/[;.,\s]+$/, ''),
    )
    .filter(Boolean);
  const isArchive = (entry: string): boolean =>
    archivePrefixes.some((prefix) => entry.toLocaleLowerCase('vi').startsWith(prefix));
  const archive = entries.find(isArchive) ?? t('reportArchive', { unit: settings.archiveUnit?.trim() || '…' });
  const lines = [...entries.filter((entry) => !isArchive(entry)), archive];
  const left = [
    paragraph('recipientsLabel', t('reportRecipientsLabel'), STYLES.recipientsLabel),
    ...lines.map((line, i) =>
      paragraph('recipient', `- ${line}${i === lines.length - 1 ? '.' : ';'}`, STYLES.recipient),
    ),
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

export function taskTable(tasks: ReportTask[], t: Translate): TableBlock {
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

/** Figures per unit and the total of the tasks (report duties are in the task table, under their own group). */
export function statisticsTable(units: UnitStats[], overall: UnitStats, locale: Locale, t: Translate): TableBlock {
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

export function paragraph(role: ParagraphRole, runs: Run[] | string, style: ParagraphStyle): ParagraphBlock {
  return { kind: 'paragraph', role, runs: typeof runs === 'string' ? [{ text: runs }] : runs, style };
}

export function headingBlock(level: 1 | 2 | 3, text: string): HeadingBlock {
  const style = level === 1 ? STYLES.heading1 : level === 2 ? STYLES.heading2 : STYLES.heading3;
  return { kind: 'heading', level, runs: [{ text }], style };
}

export function listItem(marker: '-' | '+', text: string): ListItemBlock {
  return { kind: 'listItem', marker, runs: [{ text: `${marker} ${text}` }], style: STYLES.listItem };
}

/** The deadline as the table writes it: the date, else the plan's phrase, else the recurrence. */
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

function unitLabel(unit: string | null, t: Translate): string {
  return unit ?? t('dashNoUnit');
}

/** A line's runs: "[…]" stretches are placeholders people must fill in, the rest plain text. */
export function lineRuns(line: string): Run[] {
  const runs: Run[] = [];
  const pattern = /\[[^\]]*\]/g;
  let at = 0;
  for (let m = pattern.exec(line); m; m = pattern.exec(line)) {
    if (m.index > at) runs.push({ text: line.slice(at, m.index) });
    runs.push({ text: m[0], placeholder: true });
    at = m.index + m[0].length;
  }
  if (at < line.length) runs.push({ text: line.slice(at) });
  return runs.length ? runs : [{ text: '' }];
}

/**
 * Draft text as blocks: one per non-blank line; a line starting with "- " or "+ " is a list
 * item with that marker, any other a body paragraph.
 */
export function textToBlocks(text: string): ReportBlock[] {
  const out: ReportBlock[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const marker = /^([-+])\s+/.exec(line);
    if (marker) {
      out.push({
        kind: 'listItem',
        marker: marker[1] as '-' | '+',
        runs: lineRuns(`${marker[1]} ${line.slice(marker[0].length)}`),
        style: STYLES.listItem,
      });
    } else {
      out.push(paragraph('body', lineRuns(line), STYLES.body));
    }
  }
  return out;
}
