// Report settings: checking what the sidebar sends, defaults from the plan (its report deadlines,
// recipients, signer), and remembering them per spreadsheet in the document properties.
import { compareDates, isIsoDate } from '../../core/dates';
import { parseStored, StoredReportSettingsSchema } from '../../shared/schemas';
import { putDocumentProperties } from '../guard/properties';
import { msg, type MessageKey } from '../../core/messages/index';
import type { Plan } from '../../core/types';
import type { ReportPeriod } from '../../core/report/build';
import { defaultReportPeriod } from '../../core/report/periods';
import { findSharedSheet } from '../sheets/shared-sheets';
import type { ReportPeriodRequest, ReportRequest } from '../../shared/report-rpc';
import { userLocale } from '../locale';
import { UserError } from '../rpc';
import { docIdOf } from '../docs/doc-blocks';

const PROPERTY_PREFIX = 'planTracker.report:';
/** The parent agency, remembered for the whole spreadsheet (every plan of an office has the same). */
const PARENT_AGENCY_PROPERTY = 'planTracker.report.parentAgency';

/** Longest accepted text per field (a Docs paragraph has no limit; these keep the header sane). */
const MAX: Record<
  | 'planNumber'
  | 'number'
  | 'parentAgency'
  | 'issuingAgency'
  | 'agencyCode'
  | 'place'
  | 'signerTitle'
  | 'signerName'
  | 'recipient'
  | 'templateUrl'
  | 'fillDocUrl'
  | 'planKey',
  number
> = {
  planNumber: 40,
  number: 30,
  parentAgency: 200,
  issuingAgency: 200,
  agencyCode: 50,
  place: 100,
  signerTitle: 200,
  signerName: 100,
  recipient: 300,
  templateUrl: 500,
  fillDocUrl: 500,
  planKey: 300,
};
const MAX_RECIPIENTS = 50;

/** The field labels the sidebar shows, so an error names what the user sees. */
const LABELS = {
  planKey: 'rptPlan',
  period: 'rptPeriod',
  year: 'rptYear',
  quarter: 'rptQuarter',
  from: 'rptFrom',
  to: 'rptTo',
  cutoff: 'rptCutoff',
  reportDate: 'rptReportDate',
  planNumber: 'rptPlanNumber',
  planDate: 'rptPlanDate',
  number: 'rptNumber',
  parentAgency: 'rptParentAgency',
  issuingAgency: 'rptIssuingAgency',
  agencyCode: 'rptAgencyCode',
  place: 'rptPlace',
  signerTitle: 'rptSignerTitle',
  signerName: 'rptSignerName',
  recipients: 'rptRecipients',
  recipient: 'rptRecipients',
  templateUrl: 'rptTemplate',
  fillDocUrl: 'rptFillDoc',
} as const satisfies Record<string, MessageKey>;

type Field = keyof typeof LABELS;

/** A UserError naming the field by the label the sidebar shows, in the user's language. */
function fieldError(
  key: 'rptErrRequired' | 'rptErrTooLong' | 'rptErrDate' | 'rptErrType',
  field: Field,
  params: Record<string, string | number> = {},
): UserError {
  return new UserError(key, { field: msg(LABELS[field], userLocale()), ...params });
}

function text(value: unknown, field: Field & keyof typeof MAX, required = false): string {
  if (value === null || value === undefined) value = '';
  if (typeof value !== 'string') throw fieldError('rptErrType', field);
  const trimmed = value.trim();
  if (required && trimmed === '') throw fieldError('rptErrRequired', field);
  if (trimmed.length > MAX[field]) throw fieldError('rptErrTooLong', field, { max: MAX[field] });
  return trimmed;
}

function date(value: unknown, field: Field): string {
  if (typeof value !== 'string' || value.trim() === '') throw fieldError('rptErrRequired', field);
  if (!isIsoDate(value.trim())) throw fieldError('rptErrDate', field);
  return value.trim();
}

const KINDS = ['semiannual', 'annual', 'quarter', 'range'] as const;

function period(value: unknown): ReportPeriodRequest {
  if (!value || typeof value !== 'object') throw fieldError('rptErrType', 'period');
  const p = value as Record<string, unknown>;
  const kind = KINDS.find((k) => k === p.kind);
  if (!kind) throw fieldError('rptErrType', 'period');
  const year = Number(p.year);
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw fieldError('rptErrType', 'year');
  if (kind === 'quarter') {
    const quarter = Number(p.quarter);
    if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw fieldError('rptErrType', 'quarter');
    return { kind, year, quarter };
  }
  if (kind === 'range') {
    const from = date(p.from, 'from');
    const to = date(p.to, 'to');
    if (compareDates(from, to) > 0) throw new UserError('rptErrRange');
    return { kind, year: Number(from.slice(0, 4)), from, to };
  }
  return { kind, year };
}

/**
 * Checks every field's type, length and dates and returns the cleaned settings; throws a
 * UserError naming the first bad field. Nothing is read or written before this passes.
 */
export function validateReportRequest(value: unknown): ReportRequest {
  if (!value || typeof value !== 'object') throw fieldError('rptErrType', 'planKey');
  const v = value as Record<string, unknown>;
  const recipients = v.recipients ?? [];
  if (!Array.isArray(recipients) || recipients.length > MAX_RECIPIENTS) throw fieldError('rptErrType', 'recipients');
  const templateUrl = text(v.templateUrl, 'templateUrl');
  if (templateUrl && templateDocId(templateUrl) === null) throw new UserError('rptErrTemplateLink');
  const fillDocUrl = text(v.fillDocUrl ?? '', 'fillDocUrl');
  if (fillDocUrl && templateDocId(fillDocUrl) === null) throw new UserError('rptErrFillLink');
  return {
    planKey: text(v.planKey, 'planKey', true),
    period: period(v.period),
    cutoff: date(v.cutoff, 'cutoff'),
    reportDate:
      v.reportDate === undefined || v.reportDate === null || v.reportDate === ''
        ? null
        : date(v.reportDate, 'reportDate'),
    planNumber: text(v.planNumber, 'planNumber'),
    planDate:
      v.planDate === undefined || v.planDate === null || v.planDate === '' ? null : date(v.planDate, 'planDate'),
    number: text(v.number, 'number'),
    parentAgency: text(v.parentAgency, 'parentAgency'),
    issuingAgency: text(v.issuingAgency, 'issuingAgency', true),
    agencyCode: text(v.agencyCode, 'agencyCode'),
    place: text(v.place, 'place'),
    signerTitle: text(v.signerTitle, 'signerTitle'),
    signerName: text(v.signerName, 'signerName'),
    recipients: recipients.map((r) => text(r, 'recipient')).filter(Boolean),
    templateUrl,
    fillDocUrl,
  };
}

/** The document id in a Google Docs link ("…/document/d/<id>/edit") or a bare id; null otherwise. */
export function templateDocId(link: string): string | null {
  return docIdOf(link);
}

/** The core's period from the request. */
export function toReportPeriod(p: ReportPeriodRequest): ReportPeriod {
  if (p.kind === 'quarter') return { kind: 'quarter', year: p.year, quarter: (p.quarter ?? 1) as 1 | 2 | 3 | 4 };
  if (p.kind === 'range') return { kind: 'range', year: p.year, from: p.from ?? undefined, to: p.to ?? undefined };
  return { kind: p.kind, year: p.year };
}

/**
 * The period and cut-off to offer: the next report the plan's duties ask for that is not in the
 * reports log yet and whose period contains today, else the one just ended (core
 * defaultReportPeriod); the cut-off is today, or the period's end once it has passed.
 */
function defaultPeriod(
  plan: Plan,
  today: string,
  madeLabels: readonly string[],
): { period: ReportPeriodRequest; cutoff: string } {
  const { period: p, cutoff } = defaultReportPeriod(plan.reports, madeLabels, plan.year, today);
  return {
    period: { kind: p.kind, year: p.year, quarter: p.quarter ?? null, from: p.from ?? null, to: p.to ?? null },
    cutoff,
  };
}

/** The period labels of the reports already made for this plan, from the reports log (one read). */
function madePeriodLabels(planTitle: string): string[] {
  const sheet = findSharedSheet(SpreadsheetApp.getActiveSpreadsheet(), 'reports');
  if (!sheet || sheet.getLastRow() < 2) return [];
  const rows = sheet.getRange(2, 2, sheet.getLastRow() - 1, 2).getDisplayValues();
  return rows.filter((row) => row[0] === planTitle).map((row) => row[1] ?? '');
}

/** The issuer's code after "KH-" in the plan's code ("KH-BQLKKT" → "BQLKKT"). */
function agencyCodeOf(plan: Plan): string {
  const code = (plan.code ?? '').trim();
  return code.replace(/^[A-ZĐ]{1,4}-/u, '');
}

/** Settings derived from the plan alone. */
function settingsFromPlan(
  planKey: string,
  plan: Plan,
  today: string,
  madeLabels: readonly string[],
  parentAgency: string,
): ReportRequest {
  const { period: p, cutoff } = defaultPeriod(plan, today, madeLabels);
  return {
    planKey,
    period: p,
    cutoff,
    reportDate: today,
    planNumber: plan.number ?? '',
    planDate: plan.date,
    number: '',
    // The plan's two-line header names it; else the one remembered for the spreadsheet.
    parentAgency: plan.parentAgency?.trim() || parentAgency,
    issuingAgency: plan.issuer ?? '',
    agencyCode: agencyCodeOf(plan),
    place: plan.place ?? '',
    signerTitle: plan.signer.block ?? plan.signer.title ?? '',
    signerName: plan.signer.name ?? '',
    recipients: [...plan.recipients],
    templateUrl: '',
  };
}

/** What is remembered: everything; `period`/`cutoff` only when saved without making a report. */
interface Remembered extends Partial<ReportRequest> {
  keepPeriod?: boolean;
}

/** The remembered settings of a plan merged over the plan's own defaults. */
export function readReportSettings(planKey: string, plan: Plan, today: string): ReportRequest {
  const properties = PropertiesService.getDocumentProperties();
  const base = settingsFromPlan(
    planKey,
    plan,
    today,
    madePeriodLabels(plan.title),
    properties.getProperty(PARENT_AGENCY_PROPERTY) ?? '',
  );
  const saved = parseStored(
    StoredReportSettingsSchema,
    properties.getProperty(PROPERTY_PREFIX + planKey),
  ) as Remembered | null;
  if (!saved) return base;
  const merged = { ...base };
  if (typeof saved.planDate === 'string' || saved.planDate === null) merged.planDate = saved.planDate;
  for (const key of [
    'planNumber',
    'number',
    'parentAgency',
    'issuingAgency',
    'agencyCode',
    'place',
    'signerTitle',
    'signerName',
    'templateUrl',
  ] as const) {
    if (typeof saved[key] === 'string') merged[key] = saved[key];
  }
  if (Array.isArray(saved.recipients))
    merged.recipients = saved.recipients.filter((r): r is string => typeof r === 'string');
  if (saved.keepPeriod && saved.period && typeof saved.cutoff === 'string') {
    merged.period = saved.period;
    merged.cutoff = saved.cutoff;
    if (typeof saved.reportDate === 'string') merged.reportDate = saved.reportDate;
  }
  return merged;
}

/**
 * Remembers the settings for the plan. After a report is made (`keepPeriod` false) the next
 * one defaults its period from the plan's deadlines again.
 */
export function writeReportSettings(settings: ReportRequest, keepPeriod: boolean): void {
  const remembered: Remembered = { ...settings, keepPeriod };
  const values: Record<string, string> = { [PROPERTY_PREFIX + settings.planKey]: JSON.stringify(remembered) };
  if (settings.parentAgency.trim()) values[PARENT_AGENCY_PROPERTY] = settings.parentAgency.trim();
  putDocumentProperties(values);
}
