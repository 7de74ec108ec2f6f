// The dashboard and the history sheet as values, formats and chart specs: the adapter writes
// them in a few batched calls and creates or updates the charts. The dashboard shows one plan;
// its trend chart reads that plan's own rows of the history, copied beside the unit table.
import { EVALUATIONS, type Evaluation, type IsoDate } from './types';
import type { Statistics, UnitStats } from './statistics';
import { columnLetter, evaluationLabel, DATE_FORMAT } from './columns';
import type { CellDates, CellValue } from './sheet-model';
import { msg, type Locale } from './messages/index';
import { formatDate } from './dates';

/** Colour of each category in charts (the row colours, saturated for lines and bars). */
const CHART_COLOURS: Record<Evaluation, string> = {
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
  /** Every chart reads the dashboard sheet. */
  sheet: 'dashboard';
  type: 'bar' | 'pie' | 'line';
  stacked: boolean;
  title: string;
  /** Data ranges; the first row is the header, the first column the labels (or dates). */
  ranges: string[];
  colors: string[];
  /** Top-left anchor cell on the dashboard sheet, 1-based. */
  position: { row: number; column: number };
}

interface DashboardModel {
  /** The grid written at A1 (rectangular): the title row, then the tables. */
  values: CellValue[][];
  /** Number formats, same shape as values. */
  numberFormats: string[][];
  /** 0-based indexes of the rows set bold (the title, the tables' headers and the overall row). */
  boldRows: number[];
  /** Font weight of every cell, same shape as values. */
  fontWeights: ('bold' | 'normal')[][];
  /** Rows frozen at the top (the title and the unit table's header). */
  headerRows: number;
  /** Column widths in pixels. */
  columnWidths: number[];
  charts: ChartSpec[];
}

const RATE_FORMAT = '0.0%';
const COUNT_FORMAT = '0';

/** One plan's trend: its title and its history rows (date, then the count of each category), oldest first. */
interface PlanTrend {
  planTitle: string;
  rows: CellValue[][];
}

/** Column (0-based) where the trend block starts: after the unit table and one narrow gap column. */
const TREND_COLUMN = 2 + EVALUATIONS.length + 2 + 1;
const TREND_WIDTH = 1 + EVALUATIONS.length;

/** Rows above the unit table: the title naming the plan and the date of the check. */
const TITLE_ROWS = 1;

/**
 * The dashboard of one plan: a title row naming the plan and the day of the check, then a per-unit table (unit, total, each category, completion rate,
 * on-time rate) ending with the whole-plan row, then, after a blank row, a two-column block of
 * the overall counts per category that the pie chart reads; to the right, after a gap column,
 * the plan's trend block (date and category counts per snapshot) that the line chart reads.
 * Rates that are undefined stay empty.
 */
export function dashboardModel(
  stats: Statistics,
  locale: Locale,
  trend: PlanTrend = { planTitle: '', rows: [] },
  checkedOn: IsoDate | null = null,
): DashboardModel {
  const title = [
    trend.planTitle ? msg('dashTitleOf', locale, { plan: trend.planTitle }) : msg('dashTitle', locale),
    checkedOn ? msg('dashAsOf', locale, { date: formatDate(checkedOn) }) : '',
  ]
    .filter(Boolean)
    .join(' — ');
  const header = [
    msg('dashUnit', locale),
    msg('dashTotal', locale),
    ...EVALUATIONS.map((e) => evaluationLabel(e, locale)),
    msg('dashCompletionRate', locale),
    msg('dashOnTimeRate', locale),
  ];
  const tableWidth = header.length;
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
    r.map((_, c) => (i === 0 || c === 0 ? '@' : c >= tableWidth - 2 ? RATE_FORMAT : COUNT_FORMAT)),
  );

  const pad = (cells: CellValue[]): CellValue[] => [...cells, ...Array(tableWidth - cells.length).fill('')];
  const pieTop = tableRows.length + 1; // 0-based row of the pie block's header
  const pieRows: CellValue[][] = [
    pad([msg('dashChartOverall', locale), msg('dashTotal', locale)]),
    ...EVALUATIONS.map((e) => pad([evaluationLabel(e, locale), stats.overall.counts[e]])),
  ];
  const left = [...tableRows, pad([]), ...pieRows];
  const leftFormats = [
    ...tableFormats,
    Array(tableWidth).fill('@'),
    ...pieRows.map((_, i) => Array.from({ length: tableWidth }, (_, c) => (i > 0 && c === 1 ? COUNT_FORMAT : '@'))),
  ];
  const bold = new Set([0, tableRows.length - 1, pieTop]);

  // The trend block, to the right of the gap column.
  const trendRows: CellValue[][] = [[msg('historyDate', locale), ...EVALUATIONS.map((e) => evaluationLabel(e, locale))], ...trend.rows];
  const height = Math.max(left.length, trendRows.length);
  const width = TREND_COLUMN + TREND_WIDTH;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const fontWeights: ('bold' | 'normal')[][] = [];
  for (let r = 0; r < height; r++) {
    const leftRow = left[r] ?? pad([]);
    const trendRow = trendRows[r] ?? [];
    values.push([...leftRow, '', ...Array.from({ length: TREND_WIDTH }, (_, c) => trendRow[c] ?? '')]);
    numberFormats.push([
      ...(leftFormats[r] ?? Array(tableWidth).fill('@')),
      '@',
      ...Array.from({ length: TREND_WIDTH }, (_, c) => (r === 0 || r >= trendRows.length ? '@' : c === 0 ? DATE_FORMAT : COUNT_FORMAT)),
    ]);
    fontWeights.push([
      ...Array<'bold' | 'normal'>(tableWidth).fill(bold.has(r) ? 'bold' : 'normal'),
      'normal',
      ...Array<'bold' | 'normal'>(TREND_WIDTH).fill(r === 0 ? 'bold' : 'normal'),
    ]);
  }

  values.unshift([title, ...Array<CellValue>(width - 1).fill('')]);
  numberFormats.unshift(Array<string>(width).fill('@'));
  fontWeights.unshift(Array<'bold' | 'normal'>(width).fill('bold'));

  const top = TITLE_ROWS + 1; // 1-based sheet row of the unit table's header
  const lastUnitRow = top + unitRows.length; // 1-based sheet row of the last unit
  const lastTrendRow = top + Math.max(1, trendRows.length - 1);
  const pieHeader = TITLE_ROWS + pieTop + 1; // 1-based sheet row of the pie block's header
  const chartRow = TITLE_ROWS + left.length + 2;
  const charts: ChartSpec[] = [
    {
      id: 'byUnit',
      sheet: 'dashboard',
      type: 'bar',
      stacked: true,
      title: msg('dashChartByUnit', locale),
      ranges: [`A${top}:A${lastUnitRow}`, `C${top}:${columnLetter(1 + EVALUATIONS.length)}${lastUnitRow}`],
      colors: EVALUATIONS.map((e) => CHART_COLOURS[e]),
      position: { row: chartRow, column: 1 },
    },
    {
      id: 'overall',
      sheet: 'dashboard',
      type: 'pie',
      stacked: false,
      title: msg('dashChartOverall', locale),
      ranges: [`A${pieHeader}:B${pieHeader + EVALUATIONS.length}`],
      colors: EVALUATIONS.map((e) => CHART_COLOURS[e]),
      position: { row: chartRow, column: 6 },
    },
    {
      id: 'trend',
      sheet: 'dashboard',
      type: 'line',
      stacked: false,
      title: trend.planTitle ? msg('dashChartTrendOf', locale, { plan: trend.planTitle }) : msg('dashChartTrend', locale),
      // The trend block's dates and category counts: this plan's snapshots only.
      ranges: [
        `${columnLetter(TREND_COLUMN)}${top}:${columnLetter(TREND_COLUMN)}${lastTrendRow}`,
        `${columnLetter(TREND_COLUMN + 1)}${top}:${columnLetter(TREND_COLUMN + EVALUATIONS.length)}${lastTrendRow}`,
      ],
      colors: EVALUATIONS.map((e) => CHART_COLOURS[e]),
      position: { row: chartRow + 20, column: 1 },
    },
  ];

  return {
    values,
    numberFormats,
    boldRows: [0, ...[...bold].map((r) => r + TITLE_ROWS)],
    fontWeights,
    headerRows: TITLE_ROWS + 1,
    columnWidths: [240, ...Array(tableWidth - 1).fill(110), 24, 100, ...Array(EVALUATIONS.length).fill(110)],
    charts,
  };
}

/**
 * The trend of `planKey` from the history's data rows (header excluded): its snapshots' dates
 * and category counts, oldest first. Other plans' rows are left out.
 */
export function planTrendRows(history: readonly (readonly unknown[])[], planKey: string, dates: CellDates): CellValue[][] {
  return history
    .map((r) => ({ r, date: dates.fromCell(r[0]) }))
    .filter(({ r, date }) => date !== null && String(r[1] ?? '') === planKey)
    .sort((a, b) => a.date!.localeCompare(b.date!))
    .map(({ r, date }) => [dates.toCell(date!), ...EVALUATIONS.map((_, i) => count(r[3 + i]))]);
}

function count(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : 0;
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

/**
 * Today's snapshots of several plans merged into the history's data rows: a plan's row of the
 * same day is replaced, others appended. Returns every data row after the merge and the index of
 * the first row that changed, so the adapter writes from there to the end in one call.
 */
export function mergeHistory(
  existing: readonly (readonly unknown[])[],
  date: IsoDate,
  snapshots: readonly { planKey: string; stats: Statistics }[],
  dates: CellDates,
): { rows: unknown[][]; firstChanged: number } {
  const rows: unknown[][] = existing.map((r) => [...r]);
  let firstChanged = rows.length;
  for (const { planKey, stats } of snapshots) {
    const snapshot = historySnapshot(rows, date, planKey, stats, dates);
    const index = snapshot.replaceIndex ?? rows.length;
    rows[index] = snapshot.row;
    firstChanged = Math.min(firstChanged, index);
  }
  return { rows, firstChanged };
}
