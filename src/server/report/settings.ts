// Report settings: checking what the sidebar sends, defaults from the plan (its report deadlines,
// recipients, signer), and remembering them per spreadsheet in the document properties.
import { compareDates, isIsoDate } from '../../core/dates';
import { msg, type MessageKey } from '../../core/messages/index';
import type { Plan, PlanReport } from '../../core/types';
import type { ReportPeriod } from '../../core/report/build';
import type { ReportPeriodRequest, ReportRequest } from '../../shared/report-rpc';
import { userLocale } from '../locale';
import { UserError } from '../rpc';

const PROPERTY_PREFIX = 'planTracker.report:';

/** Longest accepted text per field (a Docs paragraph has no limit; these keep the header sane). */
const MAX: Record<'number' | 'parentAgency' | 'issuingAgency' | 'agencyCode' | 'place' | 'signerTitle' | 'signerName' | 'recipient' | 'templateUrl' | 'planKey', number> = {
  number: 30,
  parentAgency: 200,
  issuingAgency: 200,
  agencyCode: 50,
  place: 100,
  signerTitle: 200,
  signerName: 100,
  recipient: 300,
  templateUrl: 500,
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
} as const satisfies Record<string, MessageKey>;

type Field = keyof typeof LABELS;

/** A UserError naming the field by the label the sidebar shows, in the user's language. */
function fieldError(key: 'rptErrRequired' | 'rptErrTooLong' | 'rptErrDate' | 'rptErrType', field: Field, params: Record<string, string | number> = {}): UserError {
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
  return {
    planKey: text(v.planKey, 'planKey', true),
    period: period(v.period),
    cutoff: date(v.cutoff, 'cutoff'),
    number: text(v.number, 'number'),
    parentAgency: text(v.parentAgency, 'parentAgency'),
    issuingAgency: text(v.issuingAgency, 'issuingAgency', true),
    agencyCode: text(v.agencyCode, 'agencyCode'),
    place: text(v.place, 'place'),
    signerTitle: text(v.signerTitle, 'signerTitle'),
    signerName: text(v.signerName, 'signerName'),
    recipients: recipients.map((r) => text(r, 'recipient')).filter(Boolean),
    templateUrl,
  };
}

/** The document id in a Google Docs link ("…/document/d/<id>/edit") or a bare id; null otherwise. */
export function templateDocId(link: string): string | null {
  const trimmed = link.trim();
  const inUrl = /\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{10,})/.exec(trimmed);
  if (inUrl) return inUrl[1];
  if (/^https?:/i.test(trimmed)) return null;
  return /^[A-Za-z0-9_-]{10,}$/.test(trimmed) ? trimmed : null;
}

/** The core's period from the request. */
export function toReportPeriod(p: ReportPeriodRequest): ReportPeriod {
  if (p.kind === 'quarter') return { kind: 'quarter', year: p.year, quarter: (p.quarter ?? 1) as 1 | 2 | 3 | 4 };
  if (p.kind === 'range') return { kind: 'range', year: p.year, from: p.from ?? undefined, to: p.to ?? undefined };
  return { kind: p.kind, year: p.year };
}

/**
 * The period and cut-off the plan asks for next: the first report duty due on or after today
 * (else the last one); its cut-off is today, or the deadline once it has passed. A plan with
 * no report duty gets the annual report of its year.
 */
function defaultPeriod(plan: Plan, today: string): { period: ReportPeriodRequest; cutoff: string } {
  const planYear = plan.year ?? Number(today.slice(0, 4));
  const dated = plan.reports.filter((r): r is PlanReport & { due: string } => r.due !== null).sort((a, b) => compareDates(a.due, b.due));
  const next = dated.find((r) => compareDates(r.due, today) >= 0) ?? dated[dated.length - 1];
  if (!next) return { period: { kind: 'annual', year: planYear }, cutoff: today };
  const cutoff = compareDates(today, next.due) <= 0 ? today : next.due;
  const dueYear = Number(next.due.slice(0, 4));
  const year = plan.year ?? dueYear;
  const dueMonth = Number(next.due.slice(5, 7));
  switch (next.period) {
    case 'semiannual':
      return { period: { kind: 'semiannual', year }, cutoff };
    case 'quarterly':
      return { period: { kind: 'quarter', year: dueYear, quarter: Math.min(4, Math.max(1, Math.ceil((dueMonth - 1) / 3) || 1)) }, cutoff };
    default:
      return { period: { kind: 'annual', year }, cutoff };
  }
}

/** The issuer's code after "KH-" in the plan's code ("KH-BQLKKT" → "BQLKKT"). */
function agencyCodeOf(plan: Plan): string {
  const code = (plan.code ?? '').trim();
  return code.replace(/^[A-ZĐ]{1,4}-/u, '');
}

/** Settings derived from the plan alone. */
function settingsFromPlan(planKey: string, plan: Plan, today: string): ReportRequest {
  const { period: p, cutoff } = defaultPeriod(plan, today);
  return {
    planKey,
    period: p,
    cutoff,
    number: '',
    // Left for the user: the parser keeps only the last agency line of the plan's header as
    // `issuer` (the parent body above it is dropped) and the stored Plan has no field for it,
    // so nothing reliable is left to derive it from. Once saved, it is remembered per plan.
    parentAgency: '',
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
  const base = settingsFromPlan(planKey, plan, today);
  const text = PropertiesService.getDocumentProperties().getProperty(PROPERTY_PREFIX + planKey);
  if (!text) return base;
  let saved: Remembered;
  try {
    saved = JSON.parse(text) as Remembered;
  } catch {
    return base;
  }
  const merged = { ...base };
  for (const key of ['number', 'parentAgency', 'issuingAgency', 'agencyCode', 'place', 'signerTitle', 'signerName', 'templateUrl'] as const) {
    if (typeof saved[key] === 'string') merged[key] = saved[key];
  }
  if (Array.isArray(saved.recipients)) merged.recipients = saved.recipients.filter((r): r is string => typeof r === 'string');
  if (saved.keepPeriod && saved.period && typeof saved.cutoff === 'string') {
    merged.period = saved.period;
    merged.cutoff = saved.cutoff;
  }
  return merged;
}

/**
 * Remembers the settings for the plan. After a report is made (`keepPeriod` false) the next
 * one defaults its period from the plan's deadlines again.
 */
export function writeReportSettings(settings: ReportRequest, keepPeriod: boolean): void {
  const remembered: Remembered = { ...settings, keepPeriod };
  PropertiesService.getDocumentProperties().setProperty(PROPERTY_PREFIX + settings.planKey, JSON.stringify(remembered));
}
