// The spreadsheet's shared sheets as data: the units list, the hidden plan store, the change
// log, the history, the dashboard and the reports log — each with its name, header and widths.
// The adapter finds each one by its developer-metadata tag, never by this name.
import { unitsHeader, UNITS_COLUMN_WIDTHS } from './units';
import { historyHeader } from './dashboard';
import { EXTENSION_HEADER, EXTENSION_WIDTHS } from './extensions';
import { msg, type Locale, type MessageKey } from './messages/index';

/** Which shared sheet. */
export type SharedSheetKind = 'units' | 'planStore' | 'changeLog' | 'history' | 'dashboard' | 'reports' | 'extensions';

interface SharedSheetSpec {
  kind: SharedSheetKind;
  /** The name a new sheet gets (users may rename it). */
  name: MessageKey;
  /** The header row a new sheet gets; empty for sheets laid out by their writer. */
  header(locale: Locale): string[];
  /** Column widths in pixels, from column A; empty leaves Sheets' defaults. */
  widths: number[];
  /** Kept out of sight (data for the add-on, not for people). */
  hidden: boolean;
}

/** The change log's columns: time, user, task code, field, old value, new value, plan (last, so older logs stay aligned). */
export const CHANGE_LOG_HEADER: readonly MessageKey[] = [
  'logTime',
  'logUser',
  'logCode',
  'logField',
  'logOld',
  'logNew',
  'logPlan',
];

/** The reports log's columns: time, plan, period, cut-off, user, document name, link. */
export const REPORTS_LOG_HEADER: readonly MessageKey[] = [
  'rptLogTime',
  'rptLogPlan',
  'rptLogPeriod',
  'rptLogCutoff',
  'rptLogUser',
  'rptLogName',
  'rptLogLink',
];

const headerOf = (keys: readonly MessageKey[]) => (locale: Locale) => keys.map((key) => msg(key, locale));
const none = () => [];

/** Every shared sheet. */
export const SHARED_SHEETS: Readonly<Record<SharedSheetKind, SharedSheetSpec>> = {
  units: { kind: 'units', name: 'sheetUnits', header: unitsHeader, widths: UNITS_COLUMN_WIDTHS, hidden: false },
  planStore: { kind: 'planStore', name: 'sheetPlanStore', header: none, widths: [], hidden: true },
  changeLog: {
    kind: 'changeLog',
    name: 'sheetChangeLog',
    header: headerOf(CHANGE_LOG_HEADER),
    widths: [130, 200, 70, 140, 220, 220, 260],
    hidden: false,
  },
  history: { kind: 'history', name: 'sheetHistory', header: historyHeader, widths: [], hidden: false },
  dashboard: { kind: 'dashboard', name: 'sheetDashboard', header: none, widths: [], hidden: false },
  extensions: {
    kind: 'extensions',
    name: 'sheetExtensions',
    header: headerOf(EXTENSION_HEADER),
    widths: EXTENSION_WIDTHS,
    hidden: false,
  },
  reports: {
    kind: 'reports',
    name: 'sheetReports',
    header: headerOf(REPORTS_LOG_HEADER),
    widths: [130, 240, 140, 100, 200, 320, 200],
    hidden: false,
  },
};
