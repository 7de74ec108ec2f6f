// Domain types shared by the parser, the task model, evaluation, statistics and the report.
// Everything here is plain JSON-safe data: dates are ISO calendar dates ("YYYY-MM-DD").

/** How often a task or a report recurs; null when the plan does not say. */
export type Recurrence = 'once' | 'monthly' | 'quarterly' | 'semiannual' | 'annual' | 'ongoing';

export const RECURRENCES: readonly Recurrence[] = ['once', 'monthly', 'quarterly', 'semiannual', 'annual', 'ongoing'];

/** An ISO calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

/** One input block for the parser: a paragraph of text, or a table of cell texts. */
export type Block = { kind: 'paragraph'; text: string } | { kind: 'table'; rows: string[][] };

/** A task as the parser reads it from the plan (the parse command's JSON shape). */
export interface PlanTask {
  /** Stable code, e.g. "II.3", "III.1.b", "PL.12". */
  ref: string;
  /** The section heading the task sits under, e.g. "II. NỘI DUNG". */
  section: string;
  /** One line, at most 160 characters, cut at a word. */
  title: string;
  /** The whole item text. */
  text: string;
  leadUnit: string | null;
  supportUnits: string[];
  due: IsoDate | null;
  /** The deadline phrase as written. */
  dueText: string | null;
  recurrence: Recurrence | null;
  /**
   * How sure the parser is, each 0..1: that the item is a task, of its lead unit, of its deadline.
   * Low when the item is a bare noun phrase, the lead was guessed or is missing where a unit was expected,
   * or a deadline phrase could not be fully read. The review shows tasks with any value below 0.6 first.
   */
  confidence?: { task: number; lead: number; due: number };
}

/** A reporting duty the plan sets ("báo cáo 6 tháng trước ngày 10/5/2023"). */
export interface PlanReport {
  text: string;
  period: Recurrence | null;
  due: IsoDate | null;
  unit: string | null;
}

export interface Signer {
  /** The position line, e.g. "PHÓ CHỦ TỊCH". */
  title: string | null;
  name: string | null;
  /** The whole authority block, lines joined with " / " ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"). */
  block: string | null;
}

/** A parsed plan: exactly the parse command's JSON, all keys always present. */
export interface Plan {
  number: string | null;
  code: string | null;
  issuer: string | null;
  /** The body above the issuer in a two-line header ("ỦY BAN NHÂN DÂN TỈNH GIA LAI"), when there is one. */
  parentAgency?: string | null;
  place: string | null;
  date: IsoDate | null;
  title: string;
  year: number | null;
  basis: string[];
  objectives: string[];
  tasks: PlanTask[];
  reports: PlanReport[];
  recipients: string[];
  signer: Signer;
  warnings: string[];
}

/** The parser's answer: a plan, or a readable message in the user's language. */
export type ParseResult = { ok: true; plan: Plan } | { ok: false; error: string };

/** Progress states a unit can set (keys; labels live in the messages module). */
export type TaskState = 'not_started' | 'in_progress' | 'done' | 'paused';

export const TASK_STATES: readonly TaskState[] = ['not_started', 'in_progress', 'done', 'paused'];

/** Evaluation categories at a cut-off date (DESIGN.md, "Domain"). */
export type Evaluation =
  | 'done_on_time'
  | 'done_late'
  | 'on_track'
  | 'due_soon'
  | 'overdue'
  | 'not_started'
  | 'no_deadline';

export const EVALUATIONS: readonly Evaluation[] = [
  'done_on_time',
  'done_late',
  'on_track',
  'due_soon',
  'overdue',
  'not_started',
  'no_deadline',
];

/** What a unit enters about a task (the progress columns of the task sheet). */
export interface TaskProgress {
  state: TaskState | null;
  /** 0–100, or null when not entered. */
  percent: number | null;
  completedOn: IsoDate | null;
  result: string;
  /** A link or a document number. */
  evidence: string;
  /** ISO date-time of the last update, or null. */
  updatedAt: string | null;
  updatedBy: string;
}

/**
 * One row of a task sheet: the plan's task (or report duty) with its progress. It carries
 * every field of PlanTask except the parser's `ref`, which becomes the sheet's `code`.
 */
export interface TaskRecord extends Omit<PlanTask, 'ref'> {
  /** Task code, unique within a plan sheet ("II.3", "BC.1" for a report row). */
  code: string;
  kind: 'task' | 'report';
  /** False when a revised plan no longer has this task (rows are marked, never deleted). */
  inPlan: boolean;
  progress: TaskProgress;
  /** The row's hidden id (core/row-identity); absent until the row is written, or on a sheet without the column. */
  rowId?: string;
  /**
   * The task's deadline extension (gia hạn), when one was asked for: with an approved one, `due`
   * already is the approved deadline and `extension.originalDue` the plan's. Attached by the
   * server from the "Gia hạn" sheet (src/server/extensions); absent otherwise.
   */
  extension?: {
    status: 'pending' | 'approved' | 'refused';
    originalDue: IsoDate | null;
    requestedDue: IsoDate;
    reason: string;
    decidedBy: string;
    decidedAt: string;
  };
}
