// The "Tổng hợp" dashboard and the "Lịch sử" history as values, formats and chart specs:
// the adapter writes them in a few batched calls and creates or updates the charts.
import { EVALUATIONS, type Evaluation, type IsoDate } from './types';
import type { Statistics, UnitStats } from './statistics';
import { columnLetter, evaluationLabel, DATE_FORMAT } from './columns';
import { EVALUATION_COLOURS } from './conditional-rules';
import type { CellDates, CellValue } from './sheet-model';
import { msg, type Locale } from './messages/index';

/** Colour of each category in charts (the row colours, saturated for lines and bars). */
export const CHART_COLOURS: Record<Evaluation, string> = {
  done_on_time: '#6aa84f',
  done_late: '#e69138',
  on_track: '#3d85c6',
  due_soon: '#f1c232',
  overdue: '#cc0000',
  not_started: '#999999',
  no_deadline: '#d9d9d9',
};

/** A chart as plain data; ranges are A1 notation on the named sheet. */
export interface ChartSpec {
  /** Stable id, stored with the chart so a refresh updates it instead of adding another. */
  id: 'byUnit' | 'overall' | 'trend';
  sheet: 'dashboard' | 'history';
  type: 'bar' | 'pie' | 'line';
  stacked: boolean;
  title: string;
  /** Data ranges; the first row is the header, the first column the labels (or dates). */
  ranges: string[];
  colors: string[];
  /** Top-left anchor cell on the dashboard sheet, 1-based. */
  position: { row: number; column: number };
}

export interface DashboardModel {
  /** The grid written at A1 (rectangular). */
  values: CellValue[][];
  /** Number formats, same shape as values. */
  numberFormats: string[][];
  /** 0-based indexes of rows to set bold (headers and the overall row). */
  boldRows: number[];
  /** Rows frozen at the top. */
  headerRows: number;
  /** Column widths in pixels. */
  columnWidths: number[];
  charts: ChartSpec[];
}

const RATE_FORMAT = '0.0%';
const COUNT_FORMAT = '0';

/**
 * The dashboard: a per-unit table (unit, total, each category, completion rate, on-time
 * rate) ending with the whole-plan row, then, after a blank row, a two-column block of the
 * overall counts per category that the pie chart reads. Rates that are undefined stay empty.
 */
export function dashboardModel(stats: Statistics, locale: Locale, historyRows = 0): DashboardModel {
  const header = [
    msg('dashUnit', locale),
    msg('dashTotal', locale),
    ...EVALUATIONS.map((e) => evaluationLabel(e, locale)),
    msg('dashCompletionRate', locale),
    msg('dashOnTimeRate', locale),
  ];
  const width = header.length;
  const row = (s: UnitStats, name: string): CellValue[] => [
    name,
    s.total,
    ...EVALUATIONS.map((e) => s.counts[e]),
    s.completionRate ?? '',
    s.onTimeRate ?? '',
  ];
  const unitRows = stats.units.map((s) => row(s, s.unit ?? msg('dashNoUnit', locale)));
  const tableRows = [header, ...unitRows, row(stats.overall, msg('dashOverall', locale))];
  const tableFormats = tableRows.map((r, i) =>
    r.map((_, c) => (i === 0 || c === 0 ? '@' : c >= width - 2 ? RATE_FORMAT : COUNT_FORMAT)),
  );

  const pad = (cells: CellValue[]): CellValue[] => [...cells, ...Array(width - cells.length).fill('')];
  const pieTop = tableRows.length + 1; // 0-based row of the pie block's header
  const pieRows: CellValue[][] = [
    pad([msg('dashChartOverall', locale), msg('dashTotal', locale)]),
    ...EVALUATIONS.map((e) => pad([evaluationLabel(e, locale), stats.overall.counts[e]])),
  ];
  const values = [...tableRows, pad([]), ...pieRows];
  const numberFormats = [
    ...tableFormats,
    Array(width).fill('@'),
    ...pieRows.map((_, i) => Array.from({ length: width }, (_, c) => (i > 0 && c === 1 ? COUNT_FORMAT : '@'))),
  ];

  const lastUnitRow = unitRows.length + 1; // 1-based sheet row of the last unit
  const chartRow = values.length + 2;
  const charts: ChartSpec[] = [
    {
      id: 'byUnit',
      sheet: 'dashboard',
      type: 'bar',
      stacked: true,
      title: msg('dashChartByUnit', locale),
      ranges: [`A1:A${lastUnitRow}`, `C1:${columnLetter(1 + EVALUATIONS.length)}${lastUnitRow}`],
      colors: EVALUATIONS.map((e) => CHART_COLOURS[e]),
      position: { row: chartRow, column: 1 },
    },
    {
      id: 'overall',
      sheet: 'dashboard',
      type: 'pie',
      stacked: false,
      title: msg('dashChartOverall', locale),
      ranges: [`A${pieTop + 1}:B${pieTop + 1 + EVALUATIONS.length}`],
      colors: EVALUATIONS.map((e) => CHART_COLOURS[e]),
      position: { row: chartRow, column: 7 },
    },
    {
      id: 'trend',
      sheet: 'history',
      type: 'line',
      stacked: false,
      title: msg('dashChartTrend', locale),
      // Date column and the category counts of the history sheet.
      ranges: [`A1:A${Math.max(1, historyRows) + 1}`, `D1:${columnLetter(2 + EVALUATIONS.length)}${Math.max(1, historyRows) + 1}`],
      colors: EVALUATIONS.map((e) => CHART_COLOURS[e]),
      position: { row: chartRow + 20, column: 1 },
    },
  ];

  return {
    values,
    numberFormats,
    boldRows: [0, tableRows.length - 1, pieTop],
    headerRows: 1,
    columnWidths: [240, ...Array(width - 1).fill(110)],
    charts,
  };
}

/** The header of the "Lịch sử" sheet: date, plan, total, each category, completion rate. */
export function historyHeader(locale: Locale): string[] {
  return [
    msg('historyDate', locale),
    msg('historyPlan', locale),
    msg('dashTotal', locale),
    ...EVALUATIONS.map((e) => evaluationLabel(e, locale)),
    msg('dashCompletionRate', locale),
  ];
}

/** Number formats of a history row. */
export function historyFormats(): string[] {
  return [DATE_FORMAT, '@', COUNT_FORMAT, ...EVALUATIONS.map(() => COUNT_FORMAT), RATE_FORMAT];
}

/**
 * The snapshot of `stats` for `date` and where it goes: the history keeps one row per plan
 * per day, so a second check on the same day replaces that day's row (`replaceIndex`, 0-based
 * among `existing` data rows) instead of appending one.
 */
export function historySnapshot(
  existing: readonly (readonly unknown[])[],
  date: IsoDate,
  planKey: string,
  stats: Statistics,
  dates: CellDates,
): { row: CellValue[]; replaceIndex: number | null } {
  const s = stats.overall;
  const row: CellValue[] = [
    dates.toCell(date),
    planKey,
    s.total,
    ...EVALUATIONS.map((e) => s.counts[e]),
    s.completionRate ?? '',
  ];
  const index = existing.findIndex((r) => dates.fromCell(r[0]) === date && String(r[1] ?? '') === planKey);
  return { row, replaceIndex: index < 0 ? null : index };
}

/** Row background of each category in the dashboard, matching the task sheet's colours. */
export function categoryBackground(evaluation: Evaluation): string | null {
  return EVALUATION_COLOURS[evaluation]?.background ?? null;
}
