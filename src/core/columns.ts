// The task sheet's columns, declared once as data, and the labels of states, recurrences and
// evaluations that its cells show. Every reader and writer of the task sheet derives from COLUMNS.
import { comparableText } from './text';
import { RECURRENCES, TASK_STATES, type Evaluation, type Recurrence, type TaskState } from './types';
import {
  sidebarMsg as msg,
  sidebarMsgBoth as msgBoth,
  type Locale,
  type SidebarMessageKey as MessageKey,
} from './messages/sidebar';

/** The key of a task-sheet column (also its developer-metadata tag). */
export type ColumnKey =
  | 'code'
  | 'section'
  | 'title'
  | 'text'
  | 'leadUnit'
  | 'supportUnits'
  | 'due'
  | 'dueText'
  | 'recurrence'
  | 'state'
  | 'percent'
  | 'completedOn'
  | 'result'
  | 'evidence'
  | 'evaluation'
  | 'updatedAt'
  | 'updatedBy'
  | 'inPlan'
  | 'rowId';

/**
 * Who writes a column: `plan` columns are written by import and updated by re-import;
 * `progress` columns are entered by units and never overwritten by re-import; `computed`
 * columns are recomputed by the add-on (the overdue check); the `identity` column holds each
 * row's hidden row id (core/row-identity), written once when the row is made.
 */
type ColumnRole = 'plan' | 'progress' | 'computed' | 'identity';

/** How a cell's value is stored and read. */
type ValueKind = 'text' | 'units' | 'date' | 'datetime' | 'percent' | 'state' | 'recurrence' | 'evaluation' | 'inPlan';

/** A data-validation rule, independent of Apps Script. */
export type ValidationSpec =
  | { kind: 'list'; values: string[]; helpText: string }
  | { kind: 'numberBetween'; min: number; max: number; helpText: string }
  | { kind: 'date'; helpText: string };

interface ColumnSpec {
  key: ColumnKey;
  header: MessageKey;
  /** Width in pixels. */
  width: number;
  /** Sheets number format; "@" is plain text, so "1.2" or "05/2023" never turn into numbers. */
  numberFormat: string;
  /** Long text: wrapped onto more lines (the row grows), or clipped at the column edge (the full text stays in the cell). */
  wrap: WrapKind;
  role: ColumnRole;
  kind: ValueKind;
  /** Whether the column has a dropdown or validation rule. */
  validated: boolean;
  /** Hidden when the sheet is made (the row id: the office never types it). */
  hidden?: boolean;
}

/** How a data cell shows text longer than its column. */
export type WrapKind = 'wrap' | 'clip';

/** Vertical alignment as Sheets names it. */
type VerticalAlignment = 'top' | 'middle' | 'bottom';

/** The look of a header row. */
interface HeaderStyle {
  fontWeight: 'bold' | 'normal';
  background: string;
  wrap: WrapKind;
  horizontalAlignment: 'left' | 'center' | 'right';
  verticalAlignment: VerticalAlignment;
}

/** The task sheet's header row: bold, wrapped, centred, on a grey band. */
export const HEADER_STYLE: HeaderStyle = {
  fontWeight: 'bold',
  background: '#e8eaed',
  wrap: 'wrap',
  horizontalAlignment: 'center',
  verticalAlignment: 'middle',
};

/** Data rows align to the top, so a row's short cells read level with the first line of its wrapped ones. */
export const DATA_VERTICAL_ALIGNMENT: VerticalAlignment = 'top';

/** Border colour of the data rows. */
export const DATA_BORDER_COLOR = '#c0c0c0';

/** Number format of date cells. */
export const DATE_FORMAT = 'dd/MM/yyyy';
/** Number format of date-time cells. */
export const DATETIME_FORMAT = 'dd/MM/yyyy HH:mm';
const TEXT = '@';

/** The task sheet's columns in their initial order. */
export const COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'code',
    header: 'colCode',
    width: 60,
    numberFormat: TEXT,
    wrap: 'clip',
    role: 'plan',
    kind: 'text',
    validated: false,
  },
  {
    key: 'section',
    header: 'colSection',
    width: 120,
    numberFormat: TEXT,
    wrap: 'wrap',
    role: 'plan',
    kind: 'text',
    validated: false,
  },
  {
    key: 'title',
    header: 'colTitle',
    width: 320,
    numberFormat: TEXT,
    wrap: 'wrap',
    role: 'plan',
    kind: 'text',
    validated: false,
  },
  {
    key: 'text',
    header: 'colText',
    width: 160,
    numberFormat: TEXT,
    wrap: 'clip',
    role: 'plan',
    kind: 'text',
    validated: false,
  },
  {
    key: 'leadUnit',
    header: 'colLeadUnit',
    width: 160,
    numberFormat: TEXT,
    wrap: 'wrap',
    role: 'plan',
    kind: 'text',
    validated: false,
  },
  {
    key: 'supportUnits',
    header: 'colSupportUnits',
    width: 160,
    numberFormat: TEXT,
    wrap: 'wrap',
    role: 'plan',
    kind: 'units',
    validated: false,
  },
  {
    key: 'due',
    header: 'colDue',
    width: 95,
    numberFormat: DATE_FORMAT,
    wrap: 'clip',
    role: 'plan',
    kind: 'date',
    validated: true,
  },
  {
    key: 'dueText',
    header: 'colDueText',
    width: 140,
    numberFormat: TEXT,
    wrap: 'wrap',
    role: 'plan',
    kind: 'text',
    validated: false,
  },
  {
    key: 'recurrence',
    header: 'colRecurrence',
    width: 100,
    numberFormat: TEXT,
    wrap: 'clip',
    role: 'plan',
    kind: 'recurrence',
    validated: true,
  },
  {
    key: 'state',
    header: 'colState',
    width: 125,
    numberFormat: TEXT,
    wrap: 'clip',
    role: 'progress',
    kind: 'state',
    validated: true,
  },
  {
    key: 'percent',
    header: 'colPercent',
    width: 80,
    numberFormat: '0',
    wrap: 'clip',
    role: 'progress',
    kind: 'percent',
    validated: true,
  },
  {
    key: 'completedOn',
    header: 'colCompletedOn',
    width: 105,
    numberFormat: DATE_FORMAT,
    wrap: 'clip',
    role: 'progress',
    kind: 'date',
    validated: true,
  },
  {
    key: 'result',
    header: 'colResult',
    width: 240,
    numberFormat: TEXT,
    wrap: 'wrap',
    role: 'progress',
    kind: 'text',
    validated: false,
  },
  {
    key: 'evidence',
    header: 'colEvidence',
    width: 160,
    numberFormat: TEXT,
    wrap: 'wrap',
    role: 'progress',
    kind: 'text',
    validated: false,
  },
  {
    key: 'evaluation',
    header: 'colEvaluation',
    width: 150,
    numberFormat: TEXT,
    wrap: 'wrap',
    role: 'computed',
    kind: 'evaluation',
    validated: false,
  },
  {
    key: 'updatedAt',
    header: 'colUpdatedAt',
    width: 125,
    numberFormat: DATETIME_FORMAT,
    wrap: 'clip',
    role: 'progress',
    kind: 'datetime',
    validated: false,
  },
  {
    key: 'updatedBy',
    header: 'colUpdatedBy',
    width: 160,
    numberFormat: TEXT,
    wrap: 'clip',
    role: 'progress',
    kind: 'text',
    validated: false,
  },
  {
    key: 'inPlan',
    header: 'colInPlan',
    width: 110,
    numberFormat: TEXT,
    wrap: 'clip',
    role: 'plan',
    kind: 'inPlan',
    validated: false,
  },
  {
    key: 'rowId',
    header: 'colRowId',
    width: 60,
    numberFormat: TEXT,
    wrap: 'clip',
    role: 'identity',
    kind: 'text',
    validated: false,
    hidden: true,
  },
];

/** Every column key, in the initial order. */
export const COLUMN_KEYS: readonly ColumnKey[] = COLUMNS.map((c) => c.key);

const byKey = new Map<ColumnKey, ColumnSpec>(COLUMNS.map((c) => [c.key, c]));

/** The spec of a column. */
export function columnSpec(key: ColumnKey): ColumnSpec {
  const spec = byKey.get(key);
  if (!spec) throw new Error(`Unknown column: ${String(key)}`);
  return spec;
}

/** True when `key` names a task-sheet column (for keys read back from developer metadata). */
export function isColumnKey(key: unknown): key is ColumnKey {
  return typeof key === 'string' && byKey.has(key as ColumnKey);
}

/** The header text of a column. */
export function columnHeader(key: ColumnKey, locale: Locale): string {
  return msg(columnSpec(key).header, locale);
}

/** True when `text` is the header of column `key` in either language (as typed: case and spacing ignored). */
export function isHeaderText(key: ColumnKey, text: unknown): boolean {
  const { vi, en } = msgBoth(columnSpec(key).header);
  const wanted = comparable(text);
  return wanted !== '' && (comparable(vi) === wanted || comparable(en) === wanted);
}

/** The header row of a task sheet whose columns are in `columnOrder` (null: not the add-on's, left empty). */
export function headerRow(columnOrder: readonly (ColumnKey | null)[], locale: Locale): string[] {
  return columnOrder.map((key) => (key ? columnHeader(key, locale) : ''));
}

/** The concrete validation rule of a column in the sheet's language; null when it has none. */
export function columnValidation(key: ColumnKey, locale: Locale): ValidationSpec | null {
  switch (key) {
    case 'state':
      return {
        kind: 'list',
        values: TASK_STATES.map((s) => stateLabel(s, locale)),
        helpText: msg('stateInvalid', locale),
      };
    case 'recurrence':
      return { kind: 'list', values: RECURRENCES.map((r) => recurrenceLabel(r, locale)), helpText: '' };
    case 'percent':
      return { kind: 'numberBetween', min: 0, max: 100, helpText: msg('percentInvalid', locale) };
    case 'due':
    case 'completedOn':
      return { kind: 'date', helpText: msg('dateInvalid', locale) };
    default:
      return null;
  }
}

/** A1 column letters of a 0-based column index (0 → "A", 26 → "AA"). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const STATE_KEYS: Record<TaskState, MessageKey> = {
  not_started: 'stateNotStarted',
  in_progress: 'stateInProgress',
  done: 'stateDone',
  paused: 'statePaused',
};

const RECURRENCE_KEYS: Record<Recurrence, MessageKey> = {
  once: 'recurrenceOnce',
  monthly: 'recurrenceMonthly',
  quarterly: 'recurrenceQuarterly',
  semiannual: 'recurrenceSemiannual',
  annual: 'recurrenceAnnual',
  ongoing: 'recurrenceOngoing',
};

/** The message key of each evaluation category's label. */
export const EVALUATION_KEYS: Record<Evaluation, MessageKey> = {
  done_on_time: 'evalDoneOnTime',
  done_late: 'evalDoneLate',
  on_track: 'evalOnTrack',
  due_soon: 'evalDueSoon',
  overdue: 'evalOverdue',
  not_started: 'evalNotStarted',
  no_deadline: 'evalNoDeadline',
};

/** The label of a state, as the state dropdown shows it. */
export function stateLabel(state: TaskState, locale: Locale): string {
  return msg(STATE_KEYS[state], locale);
}

/** Both languages' labels of a state (a sheet may hold either). */
export function stateLabels(state: TaskState): string[] {
  const { vi, en } = msgBoth(STATE_KEYS[state]);
  return [vi, en];
}

/** Reads a state typed in either language, or its key; null when blank or unknown. */
export function parseState(text: unknown): TaskState | null {
  return lookup(text, TASK_STATES, (s) => [s, ...stateLabels(s)]);
}

/** The label of a recurrence. */
export function recurrenceLabel(recurrence: Recurrence, locale: Locale): string {
  return msg(RECURRENCE_KEYS[recurrence], locale);
}

/** Reads a recurrence in either language, or its key; null when blank or unknown. */
export function parseRecurrence(text: unknown): Recurrence | null {
  return lookup(text, RECURRENCES, (r) => {
    const { vi, en } = msgBoth(RECURRENCE_KEYS[r]);
    return [r, vi, en];
  });
}

/** The label of an evaluation category. */
export function evaluationLabel(evaluation: Evaluation, locale: Locale): string {
  return msg(EVALUATION_KEYS[evaluation], locale);
}

/** The label of the "in plan" marker. */
export function inPlanLabel(inPlan: boolean, locale: Locale): string {
  return msg(inPlan ? 'inPlanYes' : 'inPlanNo', locale);
}

/** Both languages' labels of a task dropped from a revised plan. */
export function notInPlanLabels(): string[] {
  const { vi, en } = msgBoth('inPlanNo');
  return [vi, en];
}

/** Reads the "in plan" marker: only the "no longer in the plan" label (either language) means false. */
export function parseInPlan(text: unknown): boolean {
  const key = comparable(text);
  return !notInPlanLabels().some((label) => comparable(label) === key);
}

function lookup<T extends string>(text: unknown, keys: readonly T[], names: (key: T) => string[]): T | null {
  const wanted = comparable(text);
  if (wanted === '') return null;
  return keys.find((key) => names(key).some((name) => comparable(name) === wanted)) ?? null;
}

/** Case-, spacing- and Unicode-form-insensitive form of a label (Sheets compares text case-insensitively too). */
function comparable(text: unknown): string {
  return comparableText(text);
}
