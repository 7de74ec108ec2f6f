// Schemas (valibot) of everything that crosses a boundary: each google.script.run payload and
// each JSON the add-on stores. The RPC types in rpc.ts are derived from them; a refusal's
// message is a message key (src/core/messages/guard.ts), filled in by src/server/guard.
import * as v from 'valibot';
import { parseState } from '../core/columns';
import type { TaskState } from '../core/types';
import type { ServerApi } from './rpc';

/** Google's limits: characters in one cell, bytes in one property value, bytes in a property store. */
export const PLATFORM_LIMITS = { cellChars: 50_000, propertyBytes: 9 * 1024, storeBytes: 500 * 1024 } as const;

const KEY_MAX = 300;
const CODE_MAX = 40;
const SHORT_MAX = 300;

/** A string of at most `max` characters. */
const text = (max: number) => v.pipe(v.string('valBadInput'), v.maxLength(max, 'valTooLong'));
/** A plan key: a non-empty short string. */
const planKey = v.pipe(v.string('valBadInput'), v.nonEmpty('valBadInput'), v.maxLength(KEY_MAX, 'valTooLong'));
const optionalKey = v.optional(v.nullable(planKey), null);

/** True for a real calendar date "YYYY-MM-DD" in the years 2000–2100. */
export function isPlausibleIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const isoDate = v.pipe(v.string('valDate'), v.check(isPlausibleIsoDate, 'valDate'));
/** A date or nothing ('' counts as nothing, as an empty date input sends it). */
const optionalDate = v.optional(
  v.pipe(
    v.nullable(v.union([v.literal(''), isoDate], 'valDate')),
    v.transform((d) => (d === '' ? null : d)),
  ),
  null,
);

const percent = v.optional(
  v.nullable(
    v.pipe(v.number('valPercent'), v.integer('valPercent'), v.minValue(0, 'valPercent'), v.maxValue(100, 'valPercent')),
  ),
  null,
);

/** A state key or label in either language; '' or null for none. */
const stateText = v.optional(
  v.nullable(
    v.pipe(
      v.string('trkBadState'),
      v.maxLength(60, 'trkBadState'),
      v.check((s) => s.trim() === '' || parseState(s) !== null, 'trkBadState'),
    ),
  ),
  null,
);

function stateOf(text: string | null): TaskState | null {
  return text === null || text.trim() === '' ? null : parseState(text);
}

/** One task's progress as the progress tab (or the demo) sends it. */
export const ProgressUpdateSchema = v.pipe(
  v.object(
    {
      planKey,
      code: v.pipe(v.string('valBadInput'), v.nonEmpty('valBadInput'), v.maxLength(CODE_MAX, 'valTooLong')),
      rowId: v.optional(v.nullable(text(CODE_MAX))),
      state: stateText,
      percent,
      completedOn: optionalDate,
      result: v.optional(text(PLATFORM_LIMITS.cellChars), ''),
      evidence: v.optional(text(PLATFORM_LIMITS.cellChars), ''),
      baseline: v.optional(v.nullable(text(200)), null),
    },
    'valMissing',
  ),
  // State, percent and completion date must tell the same story. "Done" with no percent
  // becomes 100% (and today) on the server; a percent below 100 is refused, not overwritten.
  v.check((u) => !(stateOf(u.state) === 'not_started' && (u.percent ?? 0) > 0), 'valNotStartedPercent'),
  v.check((u) => !(stateOf(u.state) === 'done' && u.percent !== null && u.percent < 100), 'valDoneBelow100'),
  v.check(
    (u) => !(u.completedOn !== null && stateOf(u.state) !== null && stateOf(u.state) !== 'done'),
    'valCompletedNeedsDone',
  ),
);

export const ProgressViewRequestSchema = v.optional(
  v.nullable(
    v.object(
      { planKey: v.optional(v.nullable(text(KEY_MAX))), unit: v.optional(v.nullable(text(SHORT_MAX))) },
      'valBadInput',
    ),
  ),
  null,
);

export const TrackingSettingsSchema = v.object(
  {
    dueSoonDays: v.pipe(
      v.number('trkBadDays'),
      v.integer('trkBadDays'),
      v.minValue(0, 'trkBadDays'),
      v.maxValue(60, 'trkBadDays'),
    ),
    dailyCheck: v.boolean('valBadInput'),
    digest: v.boolean('valBadInput'),
  },
  'valMissing',
);

/** Whether a value is an ISO date whose year is outside 2000–2100 (other faults are the report validator's to name). */
function isIsoDateOutOfRange(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return false;
  const year = Number(value.trim().slice(0, 4));
  return year < 2000 || year > 2100;
}

/**
 * The report settings. Their field rules (required fields, lengths, dates, the template link)
 * are src/server/report/settings.ts's, with a message naming each field the way the tab does;
 * here: an object, dates within 2000–2100, and small enough to be remembered in one property.
 */
export const ReportRequestSchema = v.pipe(
  v.looseObject({ period: v.optional(v.unknown()), cutoff: v.optional(v.unknown()) }, 'valMissing'),
  v.forward(
    v.check((r) => !isIsoDateOutOfRange(r.cutoff), 'valDate'),
    ['cutoff'],
  ),
  v.forward(
    v.check((r) => {
      const p = r.period as { from?: unknown; to?: unknown } | null | undefined;
      return !(p && typeof p === 'object' && (isIsoDateOutOfRange(p.from) || isIsoDateOutOfRange(p.to)));
    }, 'valDate'),
    ['period'],
  ),
  v.check((r) => utf8Bytes(JSON.stringify(r)) <= PLATFORM_LIMITS.propertyBytes - 1024, 'valPropertyTooBig'),
);

/** A reviewed plan: its shape is checked field by field in src/server/sheets/plan-payload.ts. */
const reviewedPlan = v.looseObject(
  { title: v.string('valBadInput'), tasks: v.array(v.unknown(), 'valBadInput') },
  'valMissing',
);

/** UTF-8 length of a string (the unit of Google's property limits). */
export function utf8Bytes(value: string): number {
  let bytes = 0;
  for (const ch of value) {
    const c = ch.codePointAt(0)!;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Each google.script.run target's arguments, by position, with the names messages use. */
export const RPC_ARGUMENTS = {
  getSidebarContext: v.tuple([]),
  getReportDefaults: v.tuple([optionalKey]),
  saveReportSettings: v.tuple([ReportRequestSchema]),
  createReport: v.tuple([ReportRequestSchema]),
  getReportDraft: v.tuple([ReportRequestSchema]),
  saveReportDraft: v.tuple([
    ReportRequestSchema,
    v.pipe(
      // A plain object of section id → text (an array would pass as one with keys "0", "1" …).
      v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'valBadInput'),
      v.record(v.pipe(v.string(), v.maxLength(200, 'valTooLong')), text(PLATFORM_LIMITS.cellChars), 'valBadInput'),
    ),
  ]),
  listReports: v.tuple([]),
  parsePlanText: v.tuple([v.string('valMissing')]),
  parsePlanDoc: v.tuple([v.string('valMissing')]),
  getUnits: v.tuple([]),
  listPlans: v.tuple([]),
  createTaskSheet: v.tuple([reviewedPlan]),
  previewReimport: v.tuple([reviewedPlan, optionalKey]),
  applyReimport: v.tuple([reviewedPlan, optionalKey]),
  getProgressView: v.tuple([ProgressViewRequestSchema]),
  saveProgress: v.tuple([ProgressUpdateSchema]),
  repairSheet: v.tuple([planKey]),
  checkOverdue: v.tuple([optionalKey]),
  goToTask: v.tuple([
    planKey,
    v.pipe(v.string('valBadInput'), v.maxLength(CODE_MAX, 'valTooLong')),
    v.optional(v.nullable(text(CODE_MAX))),
  ]),
  getTrackingSettings: v.tuple([]),
  saveTrackingSettings: v.tuple([TrackingSettingsSchema]),
  getUnitRegistry: v.tuple([]),
  mergeUnits: v.tuple([text(SHORT_MAX), text(SHORT_MAX)]),
  getOfficeSettings: v.tuple([]),
  saveOfficeSettings: v.tuple([
    v.pipe(
      v.looseObject(
        { officeEmails: v.pipe(v.array(text(320), 'valBadInput'), v.maxLength(200, 'valBadInput')) },
        'valMissing',
      ),
      // The addresses are kept joined in one document property.
      v.check((s) => utf8Bytes(s.officeEmails.join(',')) <= PLATFORM_LIMITS.propertyBytes, 'valPropertyTooBig'),
    ),
  ]),
  requestExtension: v.tuple([
    v.looseObject(
      {
        planKey,
        code: text(CODE_MAX),
        rowId: v.optional(v.nullable(text(CODE_MAX))),
        due: v.string('valDate'),
        reason: v.pipe(v.string('valBadInput'), v.maxLength(2000, 'valTooLong')),
      },
      'valMissing',
    ),
  ]),
  listExtensions: v.tuple([]),
  decideExtension: v.tuple([v.looseObject({ id: text(CODE_MAX), approve: v.boolean('valBadInput') }, 'valMissing')]),
} as const satisfies Record<keyof ServerApi, v.GenericSchema>;

type Arity<T extends readonly unknown[]> = Required<T>['length'];
/** Compile-time: each schema takes as many arguments as its ServerApi entry (a missed one would be dropped). */
type ArityMismatches = {
  [K in keyof ServerApi]: Arity<Parameters<ServerApi[K]>> extends Arity<v.InferOutput<(typeof RPC_ARGUMENTS)[K]>>
    ? never
    : K;
}[keyof ServerApi];
const _arityMatches: [ArityMismatches] extends [never] ? true : ArityMismatches = true;
void _arityMatches;

/** Names of the arguments, for messages ("update", "settings" …). */
export const RPC_ARGUMENT_NAMES: Record<keyof typeof RPC_ARGUMENTS, readonly string[]> = {
  getSidebarContext: [],
  getReportDefaults: ['planKey'],
  saveReportSettings: ['settings'],
  createReport: ['settings'],
  getReportDraft: ['settings'],
  saveReportDraft: ['settings', 'edits'],
  listReports: [],
  parsePlanText: ['text'],
  parsePlanDoc: ['link'],
  getUnits: [],
  listPlans: [],
  createTaskSheet: ['plan'],
  previewReimport: ['plan', 'planKey'],
  applyReimport: ['plan', 'planKey'],
  getProgressView: ['request'],
  saveProgress: ['update'],
  checkOverdue: ['planKey'],
  goToTask: ['planKey', 'code', 'rowId'],
  repairSheet: ['planKey'],
  getTrackingSettings: [],
  saveTrackingSettings: ['settings'],
  getUnitRegistry: [],
  mergeUnits: ['from', 'into'],
  getOfficeSettings: [],
  saveOfficeSettings: ['settings'],
  requestExtension: ['request'],
  listExtensions: [],
  decideExtension: ['decision'],
};

// ---- Stored JSON (document properties and the plan store). A stored value that does not
// match is treated as absent, so a damaged entry falls back to defaults instead of failing.

/** The tracking settings as stored (document property). */
export const StoredTrackingSettingsSchema = v.object({
  dueSoonDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(60))),
  dailyCheck: v.optional(v.boolean()),
  digest: v.optional(v.boolean()),
});

/** Dashboard chart ids by chart spec id (document property). */
export const StoredChartIdsSchema = v.record(v.pipe(v.string(), v.maxLength(60)), v.pipe(v.number(), v.integer()));

/** A plan's remembered report settings (document property): every field optional. */
export const StoredReportSettingsSchema = v.looseObject({
  number: v.optional(v.string()),
  parentAgency: v.optional(v.string()),
  issuingAgency: v.optional(v.string()),
  agencyCode: v.optional(v.string()),
  place: v.optional(v.string()),
  signerTitle: v.optional(v.string()),
  signerName: v.optional(v.string()),
  templateUrl: v.optional(v.string()),
  recipients: v.optional(v.array(v.string())),
  cutoff: v.optional(isoDate),
  reportDate: v.optional(v.nullable(isoDate)),
  planNumber: v.optional(v.string()),
  planDate: v.optional(v.nullable(isoDate)),
  period: v.optional(
    v.looseObject({ kind: v.picklist(['semiannual', 'annual', 'quarter', 'range']), year: v.number() }),
  ),
  keepPeriod: v.optional(v.boolean()),
});

const nullableText = v.nullable(v.string());
/** A plan in the plan store: the header, basis, reports, recipients and signer the report reads. */
export const StoredPlanSchema = v.looseObject({
  number: nullableText,
  code: nullableText,
  issuer: nullableText,
  place: nullableText,
  date: nullableText,
  title: v.string(),
  year: v.nullable(v.number()),
  basis: v.array(v.string()),
  objectives: v.array(v.string()),
  reports: v.array(v.looseObject({ due: nullableText })),
  recipients: v.array(v.string()),
  signer: v.looseObject({}),
  locale: v.picklist(['vi', 'en']),
});

/** Parses stored JSON text with a schema; null when it is missing, not JSON, or not of the shape. */
export function parseStored<S extends v.GenericSchema>(
  schema: S,
  json: string | null | undefined,
): v.InferOutput<S> | null {
  if (!json) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const result = v.safeParse(schema, value);
  return result.success ? result.output : null;
}
