// The report draft the "Báo cáo" tab shows: its sections written from the data, and the office's
// edits kept per plan and period in the document properties, split under the 9 KB value limit.
import { periodKey, type ReportPeriod } from '../../core/report/periods';
import { putDocumentProperties } from '../guard/properties';
import type { ReportModel } from '../../core/report/model';
import type { ReportDraftView, ReportRequest } from '../../shared/report-rpc';
import { msg } from '../../core/messages/index';
import { userLocale } from '../locale';
import { UserError } from '../rpc';
import { reportModelOf } from './create-report';
import { toReportPeriod, validateReportRequest } from './settings';

const DRAFT_PREFIX = 'planTracker.reportDraft:';
/** Characters per stored part: at most 3 UTF-8 bytes each, so a part stays under 9 KB. */
const PART_CHARS = 2800;
/** Longest text of one section, and most sections kept: the store as a whole holds 500 KB. */
const MAX_SECTION_CHARS = 20000;
const MAX_SECTIONS = 2000;

function draftKey(planKey: string, period: ReportPeriod): string {
  return `${DRAFT_PREFIX}${planKey}:${periodKey(period)}`;
}

/** The parts of a stored draft: "<key>" holds the number of parts, "<key>#0" … hold the JSON. */
function partKey(key: string, i: number): string {
  return `${key}#${i}`;
}

/** The office's edits of the plan's draft for the period, by section id ({} when none). One read. */
export function readDraftEdits(planKey: string, period: ReportPeriod): Record<string, string> {
  const key = draftKey(planKey, period);
  const all = PropertiesService.getDocumentProperties().getProperties();
  const parts = Number(all[key] ?? 0);
  if (!Number.isInteger(parts) || parts <= 0) return {};
  let json = '';
  for (let i = 0; i < parts; i += 1) json += all[partKey(key, i)] ?? '';
  try {
    const parsed = JSON.parse(json) as unknown;
    if (!parsed || typeof parsed !== 'object') return {};
    return Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}

/** Stores the edits in one write; parts left over from a longer draft are deleted. */
function writeDraftEdits(planKey: string, period: ReportPeriod, edits: Record<string, string>): void {
  const key = draftKey(planKey, period);
  const properties = PropertiesService.getDocumentProperties();
  const before = Number(properties.getProperty(key) ?? 0) || 0;
  const json = JSON.stringify(edits);
  const parts: string[] = [];
  for (let at = 0; at < json.length; at += PART_CHARS) parts.push(json.slice(at, at + PART_CHARS));
  const values: Record<string, string> = { [key]: String(parts.length) };
  parts.forEach((part, i) => (values[partKey(key, i)] = part));
  // Within Google's limits, or refused with a message before anything is written.
  putDocumentProperties(values);
  for (let i = parts.length; i < before; i += 1) properties.deleteProperty(partKey(key, i));
}

function view(model: ReportModel): ReportDraftView {
  return {
    periodLabel: model.period.label,
    cutoff: model.cutoff,
    reportDate: model.reportDate ?? model.cutoff,
    warnings: model.warnings ?? [],
    sections: (model.draft ?? []).map((s) => ({
      id: s.id,
      group: s.group,
      title: s.title,
      planSection: s.planSection ?? null,
      text: s.text,
      edited: s.edited,
    })),
  };
}

/** google.script.run target: the draft of the report these settings would make. */
export function getReportDraft(settings: ReportRequest): ReportDraftView {
  const clean = validateReportRequest(settings);
  const { model } = reportModelOf(SpreadsheetApp.getActiveSpreadsheet(), clean, userLocale());
  return view(model);
}

/**
 * google.script.run target: keeps the office's text of the sections sent (by id) for the plan
 * and period, over what was kept before; a section sent back as generated (or blank) is no
 * longer an edit. Answers the draft as the report will be written.
 */
export function saveReportDraft(settings: ReportRequest, edits: Record<string, string>): ReportDraftView {
  const clean = validateReportRequest(settings);
  if (!edits || typeof edits !== 'object') throw new UserError('rptErrType', { field: msg('rptDraft', userLocale()) });
  const sent = Object.entries(edits);
  if (
    sent.length > MAX_SECTIONS ||
    sent.some(([id, text]) => typeof id !== 'string' || typeof text !== 'string' || text.length > MAX_SECTION_CHARS)
  ) {
    throw new UserError('rptDraftTooLong', { max: MAX_SECTION_CHARS });
  }
  const period = toReportPeriod(clean.period);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const locale = userLocale();
  // What the data says, without any edit: a section equal to it is not an edit.
  const { model: generated } = reportModelOf(ss, clean, locale, {});
  const made = new Map((generated.draft ?? []).map((s) => [s.id, s.generated.trim()]));
  const kept = { ...readDraftEdits(clean.planKey, period) };
  for (const [id, text] of sent) {
    if (!made.has(id)) continue;
    if (text.trim() === '' || text.trim() === made.get(id)) delete kept[id];
    else kept[id] = text.trim();
  }
  writeDraftEdits(clean.planKey, period, kept);
  return view(reportModelOf(ss, clean, locale, kept).model);
}
