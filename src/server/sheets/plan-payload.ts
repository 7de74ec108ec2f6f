// Validation of what the sidebar sends: a reviewed plan must be the parser's Plan shape with
// sane lengths and real dates, or it is refused with a message before anything is written.
import { RECURRENCES, type Plan, type PlanReport, type PlanTask, type Recurrence } from '../../core/types';
import { isIsoDate } from '../../core/dates';
import { UserError } from '../rpc';

/** Limits of a reviewed plan (a cell holds at most 50 000 characters). */
const LIMITS = {
  planText: 500_000,
  tasks: 10_000,
  reports: 100,
  lines: 200,
  shortText: 300,
  title: 2000,
  taskText: 30_000,
  code: 40,
  units: 50,
  link: 500,
  planKey: 300,
} as const;

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function bad(field: string): never {
  throw new UserError('importBadPayload', { field });
}

function str(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string') bad(field);
  if (value.length > max) throw new UserError('importTooLong', { field, max });
  return value;
}

function optStr(value: unknown, field: string, max: number): string | null {
  return value === null || value === undefined ? null : str(value, field, max);
}

function list<T>(value: unknown, field: string, max: number, item: (v: unknown, i: number) => T): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) bad(field);
  if (value.length > max) throw new UserError('importTooMany', { field, max });
  return value.map(item);
}

function date(value: unknown, code: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!isIsoDate(value)) throw new UserError('importBadDate', { value: String(value).slice(0, 40), code });
  return value;
}

function recurrence(value: unknown, field: string): Recurrence | null {
  if (value === null || value === undefined || value === '') return null;
  if (!RECURRENCES.includes(value as Recurrence)) bad(field);
  return value as Recurrence;
}

/** Pasted plan text: a string of bounded length. */
export function readPlanText(input: unknown): string {
  const text = str(input, 'text', LIMITS.planText);
  if (text.trim() === '') throw new UserError('importTextMissing');
  return text;
}

/** A Doc link or id. */
export function readDocLink(input: unknown): string {
  const link = str(input, 'link', LIMITS.link);
  if (link.trim() === '') throw new UserError('importTextMissing');
  return link;
}

/** A plan key, or null. */
export function readPlanKey(input: unknown): string | null {
  return optStr(input, 'planKey', LIMITS.planKey);
}

/** A reviewed plan, checked field by field; throws a UserError naming the first bad field. */
export function readReviewedPlan(input: unknown): Plan {
  if (!isObj(input)) bad('plan');
  const year = input.year;
  if (
    year !== null &&
    year !== undefined &&
    (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2200)
  )
    bad('year');
  const tasks = list(input.tasks, 'tasks', LIMITS.tasks, (t, i) => readTask(t, i));
  if (tasks.length === 0) throw new UserError('importNoTasks');
  const signer = isObj(input.signer) ? input.signer : {};
  const parentAgency = optStr(input.parentAgency, 'issuer', LIMITS.title);
  return {
    number: optStr(input.number, 'number', LIMITS.shortText),
    code: optStr(input.code, 'code', LIMITS.shortText),
    issuer: optStr(input.issuer, 'issuer', LIMITS.title),
    // The body above the issuer in a two-line header: the report's parent agency.
    ...(parentAgency ? { parentAgency } : {}),
    place: optStr(input.place, 'place', LIMITS.shortText),
    date: date(input.date, 'date'),
    title: str(input.title ?? '', 'title', LIMITS.title),
    year: typeof year === 'number' ? year : null,
    basis: list(input.basis, 'basis', LIMITS.lines, (v) => str(v, 'basis', LIMITS.taskText)),
    objectives: list(input.objectives, 'objectives', LIMITS.lines, (v) => str(v, 'objectives', LIMITS.taskText)),
    tasks,
    reports: list(input.reports, 'reports', LIMITS.reports, (r) => readReport(r)),
    recipients: list(input.recipients, 'recipients', LIMITS.lines, (v) => str(v, 'recipients', LIMITS.title)),
    signer: {
      title: optStr(signer.title, 'signer', LIMITS.shortText),
      name: optStr(signer.name, 'signer', LIMITS.shortText),
      block: optStr(signer.block, 'signer', LIMITS.title),
    },
    warnings: [],
  };
}

function readTask(value: unknown, index: number): PlanTask {
  if (!isObj(value)) bad(`tasks[${index + 1}]`);
  const ref = str(value.ref ?? '', 'code', LIMITS.code).trim();
  const title = str(value.title ?? '', 'title', LIMITS.title).trim();
  if (ref === '' || title === '') throw new UserError('importEmptyCode', { index: index + 1 });
  return {
    ref,
    section: str(value.section ?? '', 'section', LIMITS.title),
    title,
    text: str(value.text ?? title, 'text', LIMITS.taskText),
    leadUnit: optStr(value.leadUnit, 'leadUnit', LIMITS.shortText)?.trim() || null,
    supportUnits: list(value.supportUnits, 'supportUnits', LIMITS.units, (u) =>
      str(u, 'supportUnits', LIMITS.shortText).trim(),
    ).filter((u) => u !== ''),
    due: date(value.due, ref),
    dueText: optStr(value.dueText, 'dueText', LIMITS.title),
    recurrence: recurrence(value.recurrence, 'recurrence'),
  };
}

function readReport(value: unknown): PlanReport {
  if (!isObj(value)) bad('reports');
  return {
    text: str(value.text ?? '', 'reports', LIMITS.title),
    period: recurrence(value.period, 'reports'),
    due: date(value.due, 'reports'),
    unit: optStr(value.unit, 'reports', LIMITS.shortText),
  };
}
