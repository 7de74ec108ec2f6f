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
  /** Cells that wrap (the tables' headers, so no header is cut at its column's edge), same shape as values. */
  wraps: boolean[][];
  /** Rows frozen at the top (the title and the unit table's header). */
  headerRows: number;
  /** Column widths in pixels. */
  columnWidths: number[];
  charts: ChartSpec[];
  /** The plan chooser's cell (1-based) and its choices; null without plans to choose from. */
  chooser: { row: number; column: number; choices: string[] } | null;
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

/** One plan's line in the all-plans table. */
export interface PlanSummaryRow {
  label: string;
  total: number;
  onTime: number;
  late: number;
  overdue: number;
  completionRate: number | '';
}

/** The plan chooser and the all-plans table (given when the spreadsheet has plans to choose from). */
export interface DashboardPlans {
  /** The chooser's choices: every plan's name, made unique. */
  choices: string[];
  /** The name of the plan shown. */
  chosen: string;
  /** One row per plan, from each plan's latest snapshot. */
  allPlans: PlanSummaryRow[];
}

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
  plans: DashboardPlans | null = null,
): DashboardModel {
  // Rows above the unit table: the title naming the plan and the day of the check, then the chooser.
  const TITLE_ROWS = plans ? 2 : 1;
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
  // Report duties (the plan's "BC" rows) are counted apart from the tasks, as in the report.
  const dutyRows = stats.duties.total > 0 ? [row(stats.duties, msg('reportSection', locale))] : [];
  const overallRow = 1 + unitRows.length;
  const tableRows = [header, ...unitRows, row(stats.overall, msg('dashOverall', locale)), ...dutyRows];
  const tableFormats = tableRows.map((r, i) =>
    r.map((_, c) => (i === 0 || c === 0 ? '@' : c >= tableWidth - 2 ? RATE_FORMAT : COUNT_FORMAT)),
  );

  const pad = (cells: CellValue[]): CellValue[] => [...cells, ...Array(tableWidth - cells.length).fill('')];
  const pieTop = tableRows.length + 1; // 0-based row of the pie block's header
  const pieRows: CellValue[][] = [
    pad([msg('dashChartOverall', locale), msg('dashTotal', locale)]),
    ...EVALUATIONS.map((e) => pad([evaluationLabel(e, locale), stats.overall.counts[e]])),
  ];
  // The all-plans table under the pie block: per plan, tasks, done on time, late, overdue, completion rate.
  const allTop = pieTop + pieRows.length + 1;
  const allRows: CellValue[][] =
    plans && plans.allPlans.length > 0
      ? [
          pad([
            msg('dashAllPlans', locale),
            msg('dashPlanTasks', locale),
            evaluationLabel('done_on_time', locale),
            evaluationLabel('done_late', locale),
            evaluationLabel('overdue', locale),
            msg('dashCompletionRate', locale),
          ]),
          ...plans.allPlans.map((p) => pad([p.label, p.total, p.onTime, p.late, p.overdue, p.completionRate])),
        ]
      : [];
  const left = [...tableRows, pad([]), ...pieRows, ...(allRows.length ? [pad([]), ...allRows] : [])];
  const leftFormats = [
    ...tableFormats,
    Array(tableWidth).fill('@'),
    ...pieRows.map((_, i) => Array.from({ length: tableWidth }, (_, c) => (i > 0 && c === 1 ? COUNT_FORMAT : '@'))),
    ...(allRows.length
      ? [
          Array(tableWidth).fill('@'),
          ...allRows.map((_, i) =>
            Array.from({ length: tableWidth }, (_, c) =>
              i === 0 || c === 0 || c > 5 ? '@' : c === 5 ? RATE_FORMAT : COUNT_FORMAT,
            ),
          ),
        ]
      : []),
  ];
  const bold = new Set([0, overallRow, pieTop, ...(allRows.length ? [allTop] : [])]);

  // The trend block, to the right of the gap column.
  const trendRows: CellValue[][] = [
    [msg('historyDate', locale), ...EVALUATIONS.map((e) => evaluationLabel(e, locale))],
    ...trend.rows,
  ];
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
      ...Array.from({ length: TREND_WIDTH }, (_, c) =>
        r === 0 || r >= trendRows.length ? '@' : c === 0 ? DATE_FORMAT : COUNT_FORMAT,
      ),
    ]);
    fontWeights.push([
      ...Array<'bold' | 'normal'>(tableWidth).fill(bold.has(r) ? 'bold' : 'normal'),
      'normal',
      ...Array<'bold' | 'normal'>(TREND_WIDTH).fill(r === 0 ? 'bold' : 'normal'),
    ]);
  }

  if (plans) {
    values.unshift([msg('dashChoosePlan', locale), plans.chosen, ...Array<CellValue>(width - 2).fill('')]);
    numberFormats.unshift(Array<string>(width).fill('@'));
    fontWeights.unshift(Array<'bold' | 'normal'>(width).fill('bold'));
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
      title: trend.planTitle
        ? msg('dashChartTrendOf', locale, { plan: trend.planTitle })
        : msg('dashChartTrend', locale),
      // The trend block's dates and category counts: this plan's snapshots only.
      ranges: [
        `${columnLetter(TREND_COLUMN)}${top}:${columnLetter(TREND_COLUMN)}${lastTrendRow}`,
        `${columnLetter(TREND_COLUMN + 1)}${top}:${columnLetter(TREND_COLUMN + EVALUATIONS.length)}${lastTrendRow}`,
      ],
      colors: EVALUATIONS.map((e) => CHART_COLOURS[e]),
      position: { row: chartRow + 20, column: 1 },
    },
  ];

  const headerRows = new Set([TITLE_ROWS, TITLE_ROWS + pieTop, ...(allRows.length ? [TITLE_ROWS + allTop] : [])]);
  return {
    values,
    numberFormats,
    boldRows: [...Array.from({ length: TITLE_ROWS }, (_, i) => i), ...[...bold].map((r) => r + TITLE_ROWS)],
    chooser: plans ? { row: 2, column: 2, choices: plans.choices } : null,
    fontWeights,
    wraps: values.map((row, r) => row.map(() => headerRows.has(r))),
    headerRows: TITLE_ROWS + 1,
    columnWidths: [240, ...Array(tableWidth - 1).fill(110), 24, 100, ...Array(EVALUATIONS.length).fill(110)],
    charts,
  };
}

/** 0-based column of the plan id in a history row (after the completion rate; older rows have none). */
const HISTORY_ID = 3 + EVALUATIONS.length + 1;

/** The plan id of a history row: its id column, or, in rows written before plans had ids, the plan column. */
function historyPlanId(row: readonly unknown[]): string {
  return String(row[HISTORY_ID] ?? '') || String(row[1] ?? '');
}

/**
 * Each plan's latest snapshot in the history, in the order of `plans` (plans with no snapshot
 * yet are left out): the all-plans table of the dashboard.
 */
export function latestSnapshots(
  history: readonly (readonly unknown[])[],
  plans: readonly { planKey: string; label: string }[],
  dates: CellDates,
): PlanSummaryRow[] {
  const latest = new Map<string, { date: string; row: readonly unknown[] }>();
  for (const row of history) {
    const date = dates.fromCell(row[0]);
    if (date === null) continue;
    const id = historyPlanId(row);
    const seen = latest.get(id);
    if (!seen || seen.date <= date) latest.set(id, { date, row });
  }
  const at = (e: Evaluation) => 3 + EVALUATIONS.indexOf(e);
  return plans.flatMap(({ planKey, label }) => {
    const found = latest.get(planKey);
    if (!found) return [];
    const r = found.row;
    const rate = r[3 + EVALUATIONS.length];
    return [
      {
        label,
        total: count(r[2]),
        onTime: count(r[at('done_on_time')]),
        late: count(r[at('done_late')]),
        overdue: count(r[at('overdue')]),
        completionRate: typeof rate === 'number' ? rate : '',
      },
    ];
  });
}

/**
 * The trend of `planKey` from the history's data rows (header excluded): its snapshots' dates
 * and category counts, oldest first. Other plans' rows are left out.
 */
export function planTrendRows(
  history: readonly (readonly unknown[])[],
  planKey: string,
  dates: CellDates,
): CellValue[][] {
  return history
    .map((r) => ({ r, date: dates.fromCell(r[0]) }))
    .filter(({ r, date }) => date !== null && historyPlanId(r) === planKey)
    .sort((a, b) => a.date!.localeCompare(b.date!))
    .map(({ r, date }) => [dates.toCell(date!), ...EVALUATIONS.map((_, i) => count(r[3 + i]))]);
}

function count(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : 0;
}

/** The header of the "Lịch sử" sheet: date, plan (its name), total, each category, completion rate, plan id. */
export function historyHeader(locale: Locale): string[] {
  return [
    msg('historyDate', locale),
    msg('historyPlan', locale),
    msg('dashTotal', locale),
    ...EVALUATIONS.map((e) => evaluationLabel(e, locale)),
    msg('dashCompletionRate', locale),
    msg('historyPlanId', locale),
  ];
}

/** Number formats of a history row. */
export function historyFormats(): string[] {
  return [DATE_FORMAT, '@', COUNT_FORMAT, ...EVALUATIONS.map(() => COUNT_FORMAT), RATE_FORMAT, '@'];
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
  planName: string = planKey,
): { row: CellValue[]; replaceIndex: number | null } {
  const s = stats.overall;
  const row: CellValue[] = [
    dates.toCell(date),
    planName,
    s.total,
    ...EVALUATIONS.map((e) => s.counts[e]),
    s.completionRate ?? '',
    planKey,
  ];
  const index = existing.findIndex((r) => dates.fromCell(r[0]) === date && historyPlanId(r) === planKey);
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
  snapshots: readonly { planKey: string; planTitle?: string; stats: Statistics }[],
  dates: CellDates,
): { rows: unknown[][]; firstChanged: number } {
  const rows: unknown[][] = existing.map((r) => [...r]);
  let firstChanged = rows.length;
  for (const { planKey, planTitle, stats } of snapshots) {
    const snapshot = historySnapshot(rows, date, planKey, stats, dates, planTitle ?? planKey);
    const index = snapshot.replaceIndex ?? rows.length;
    rows[index] = snapshot.row;
    firstChanged = Math.min(firstChanged, index);
  }
  return { rows, firstChanged };
}
