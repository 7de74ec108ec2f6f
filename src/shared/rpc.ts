// The RPC contract between the sidebar and the server: every google.script.run target,
// with JSON-safe argument and result types (dates travel as ISO strings, never Date).
import type { Locale } from '../core/messages/index';
import type { CreatedReport, ReportDefaults, ReportDraftView, ReportLogEntry, ReportRequest } from './report-rpc';
import type { Evaluation, Plan, TaskState } from '../core/types';
import type { InferOutput } from 'valibot';
import type { ProgressUpdateSchema, ProgressViewRequestSchema, TrackingSettingsSchema } from './schemas';

/** Every server call answers with this envelope, so the sidebar never sees a raw exception. */
export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the sidebar learns when it opens. */
export interface SidebarContext {
  locale: Locale;
  userEmail: string;
  spreadsheetName: string;
}

/**
 * The server functions the sidebar may call: name → (arguments) → result value.
 * Each feature adds its entries here; the client is typed from this interface.
 */
export interface ServerApi {
  getSidebarContext(): SidebarContext;
  /** Report: the plan sheets and the remembered (or plan-derived) settings for one of them. */
  getReportDefaults(planKey?: string | null): ReportDefaults;
  /** Report: remembers the settings for the spreadsheet (document properties). */
  saveReportSettings(settings: ReportRequest): ReportRequest;
  /** Report: builds the report at the cut-off into a new Google Doc and logs it in the "Báo cáo" sheet. */
  createReport(settings: ReportRequest): CreatedReport;
  /** Report: the draft these settings would make, section by section, with the office's edits. */
  getReportDraft(settings: ReportRequest): ReportDraftView;
  /** Report: keeps the office's text of draft sections for the plan and period. */
  saveReportDraft(settings: ReportRequest, edits: Record<string, string>): ReportDraftView;
  /** Report: the reports made, newest first. */
  listReports(): ReportLogEntry[];
  /** Import: parses pasted plan text (nothing is written). */
  parsePlanText(text: string): ParsedPlan;
  /** Import: reads a Google Doc by link or id and parses it (nothing is written). */
  parsePlanDoc(linkOrId: string): ParsedPlan;
  /** Import: the units list, for the review's unit pickers. */
  getUnits(): UnitOption[];
  /** Import: the task sheets of this spreadsheet. */
  listPlans(): PlanSheetSummary[];
  /** Import: creates the task sheet of a reviewed plan, under the document lock. */
  createTaskSheet(plan: Plan): CreatedSheet;
  /** Import: what re-importing a revised plan into its sheet (or the one picked) would change. */
  previewReimport(plan: Plan, planKey: string | null): ReimportPreview;
  /** Import: applies a re-import; progress columns are never written. */
  applyReimport(plan: Plan, planKey: string | null): ReimportResult;
  /** Tracking: the plans, the units, and the chosen unit's tasks (remembers the unit per user). */
  getProgressView(request: ProgressViewRequest): ProgressView;
  /** Tracking: saves one task's progress under the document lock; refuses when the row changed since `baseline`. */
  saveProgress(update: ProgressUpdate): SaveProgressResult;
  /** "Sửa cấu trúc bảng": puts back the header row and deleted columns of a plan's sheet, progress untouched. */
  repairSheet(planKey: string): RepairResult;
  /** Tracking: recomputes the evaluation column, refreshes the dashboard, lists overdue and due-soon tasks. */
  checkOverdue(planKey?: string | null): OverdueReport;
  /** Tracking: selects the task's row in the sheet. */
  goToTask(planKey: string, code: string, rowId?: string | null): boolean;
  /** Tracking: due-soon window, daily check and digest settings, with the trigger's state. */
  getTrackingSettings(): TrackingSettingsView;
  /** Tracking: saves the settings and installs or removes the daily trigger. */
  saveTrackingSettings(settings: TrackingSettings): TrackingSettingsView;
  /** Units: the registry and the pairs of units that look like one (offered for merging). */
  getUnitRegistry(): UnitRegistryView;
  /** Units (office only): merges unit `from` into `into`, rewriting their tasks. */
  mergeUnits(from: string, into: string): UnitMergeResult;
  /** Extensions: a member of the lead unit (or the office) asks for a new deadline with a reason. */
  requestExtension(request: ExtensionRequest): ExtensionView;
  /** Extensions: the requests the user may see, pending first. */
  listExtensions(): ExtensionView[];
  /** Extensions (office only): approves (the task's deadline becomes the one asked for) or refuses. */
  decideExtension(decision: ExtensionDecision): ExtensionView;
  /** People: the office staff and what the acting user may do. */
  getOfficeSettings(): OfficeSettingsView;
  /** People (office only): stores the office staff's e-mails. */
  saveOfficeSettings(settings: OfficeSettings): OfficeSettingsView;
}

/**
 * The shape src/server/index.ts must export for ServerApi: each target answers with an
 * RpcResult of its value. A compile-time check in test/server/ holds the server to it.
 */
export type ServerHandlers = {
  [K in keyof ServerApi]: (...args: Parameters<ServerApi[K]>) => RpcResult<ReturnType<ServerApi[K]>>;
};

// ---- Import (issue 4): parse, review, create the task sheet, re-import.

/** A task sheet the import can update. */
export interface PlanSheetSummary {
  planKey: string;
  sheetName: string;
  sheetId: number;
  title: string;
  number: string | null;
  year: number | null;
  code: string | null;
  issuer: string | null;
  date: string | null;
  /** The plan's name as shown everywhere (title and number; the sheet's name for an untitled plan). */
  label: string;
}

/** A parsed plan for the review list, and the sheet already tracking the same plan (if any). */
export interface ParsedPlan {
  plan: Plan;
  /** The id of the plan already tracked with the same number, issuer and date; '' when none. */
  planKey: string;
  existing: PlanSheetSummary | null;
}

export interface UnitOption {
  name: string;
  shortName: string;
}

export interface CreatedSheet {
  planKey: string;
  /** The plan's name as shown everywhere. */
  label: string;
  sheetName: string;
  sheetId: number;
  tasks: number;
  reports: number;
  unitsAdded: string[];
}

/** One task in the re-import diff. */
export interface DiffItem {
  code: string;
  title: string;
}

export interface ReimportPreview {
  planKey: string;
  sheetName: string;
  added: DiffItem[];
  /** Changed tasks with the TaskRecord field names that change. */
  changed: (DiffItem & { fields: string[] })[];
  removed: DiffItem[];
  unchanged: number;
}

export interface ReimportResult {
  planKey: string;
  sheetName: string;
  added: number;
  changed: number;
  removed: number;
  unitsAdded: string[];
}

// ---- Tracking (issue 5): progress, overdue check, settings. Dates are ISO strings.

/** A plan sheet the user can pick. */
interface PlanChoice {
  key: string;
  title: string;
}

/** The progress tab's request: a plan and a unit to remember (omitted: the remembered one). Schema: src/shared/schemas.ts. */
export type ProgressViewRequest = NonNullable<InferOutput<typeof ProgressViewRequestSchema>>;

/** One task as the progress tab shows and edits it. */
export interface ProgressTask {
  code: string;
  /** The task row's hidden id: a save finds the row by it, wherever the row was moved. */
  rowId: string | null;
  title: string;
  leadUnit: string | null;
  due: string | null;
  state: TaskState | null;
  percent: number | null;
  completedOn: string | null;
  result: string;
  evidence: string;
  /** The evaluation at today's date. */
  evaluation: Evaluation;
  updatedAt: string | null;
  /** The calendar day of `updatedAt` in the spreadsheet's time zone. */
  updatedOn: string | null;
  updatedBy: string;
  /** Fingerprint of the row's progress cells when read; sent back with a save. */
  baseline: string;
  /** The task's latest extension request, if any ("pending" | "approved" | "refused"); `due` is the approved deadline. */
  extension?: { status: string; originalDue: string | null; requestedDue: string } | null;
}

export interface ProgressView {
  plans: PlanChoice[];
  planKey: string | null;
  /** The units the user may pick: every registered unit for office staff, their own units for members. */
  units: string[];
  unit: string | null;
  /** Office staff see and update every unit. */
  office: boolean;
  /** The tasks the unit leads, overdue and due-soon first. */
  tasks: ProgressTask[];
  /** The tasks the unit supports (read only: the lead unit reports progress). */
  supportTasks: ProgressTask[];
  today: string;
  dueSoonDays: number;
  /**
   * What hand edits broke in the plan's sheet, one sentence each (what changed and how to
   * repair it); when not empty the tasks are not listed. Absent on a healthy sheet.
   */
  sheetProblems?: string[];
}

/** What "Sửa cấu trúc bảng" did. */
export interface RepairResult {
  /** One sentence: what was repaired, or that nothing needed it. */
  message: string;
  /** Problems it cannot repair (to correct by hand), one sentence each. */
  remaining: string[];
}

/**
 * A progress update; `state` is a TaskState key or a state label in either language, `baseline`
 * the task's baseline as loaded (null skips the edited-in-between check), `rowId` the row id the
 * task was loaded with (without it the row is found by code). Schema: src/shared/schemas.ts.
 */
export type ProgressUpdate = InferOutput<typeof ProgressUpdateSchema>;

export interface SaveProgressResult {
  task: ProgressTask;
  /** Keys of the columns whose value changed. */
  changed: string[];
}

export interface OverdueItem {
  planKey: string;
  planTitle: string;
  code: string;
  /** The task row's hidden id (goToTask finds the row by it). */
  rowId?: string | null;
  title: string;
  unit: string | null;
  due: string;
  row: number;
  category: 'overdue' | 'due_soon';
}

export interface OverdueReport {
  today: string;
  dueSoonDays: number;
  items: OverdueItem[];
  overdue: number;
  dueSoon: number;
}

/** Due-soon window, daily check and digest. Schema: src/shared/schemas.ts. */
export type TrackingSettings = InferOutput<typeof TrackingSettingsSchema>;

export interface TrackingSettingsView extends TrackingSettings {
  /** Whether this user's daily trigger exists in this document. */
  triggerInstalled: boolean;
  triggerHour: number;
}

// ---- Units registry (issue 12).

/** A registry unit as the sidebar lists it (counts, not addresses). */
export interface UnitView {
  name: string;
  shortName: string;
  aliases: string[];
  /** Number of members' e-mails. */
  members: number;
  /** Number of contact e-mails. */
  contacts: number;
}

/** Two units that look like one: the same name but for accents, or a typo apart. */
export interface UnitPair {
  a: string;
  b: string;
  reason: 'accents' | 'spelling';
}

export interface UnitRegistryView {
  units: UnitView[];
  nearDuplicates: UnitPair[];
}

export interface UnitMergeResult {
  /** The unit kept. */
  into: string;
  /** The unit merged into it (now one of its other names). */
  merged: string;
  /** Tasks whose unit columns were rewritten. */
  tasks: number;
}

// ---- People and permissions (issue 12).

export interface OfficeSettings {
  /** Office staff's e-mails besides the spreadsheet's owner: they see and update every unit. */
  officeEmails: string[];
  /** "Khoá theo đơn vị": protect each unit's progress cells for its members and the office; omitted: unchanged. */
  unitLocks?: boolean;
}

export interface OfficeSettingsView extends OfficeSettings {
  /** The spreadsheet's owner (office staff by default); null in a shared drive. */
  owner: string | null;
  /** The acting user: e-mail, whether office staff, and the units they are a member of. */
  you: { email: string; office: boolean; units: string[] };
  unitLocks: boolean;
  /** After applying the locks: how many protections were made, and whether the domain let them only warn. */
  protections?: number;
  lockWarningOnly?: boolean;
}

// ---- Deadline extensions (gia hạn, issue 12). Dates are ISO strings.

export interface ExtensionRequest {
  planKey: string;
  code: string;
  rowId?: string | null;
  /** The deadline asked for, YYYY-MM-DD. */
  due: string;
  reason: string;
}

export interface ExtensionDecision {
  id: string;
  approve: boolean;
}

export interface ExtensionView {
  id: string;
  planKey: string;
  /** The plan's name. */
  plan: string;
  code: string;
  title: string;
  originalDue: string | null;
  requestedDue: string;
  reason: string;
  requestedBy: string;
  requestedAt: string;
  status: 'pending' | 'approved' | 'refused';
  decidedBy: string;
  decidedAt: string;
}
