// The dashboard and history sheets adapter: writes core's dashboard model and
// today's snapshot in a few batched calls, and creates the charts once, updating them after.
import { dashboardModel, historyFormats, historyHeader, latestSnapshots, mergeHistory, planTrendRows, type ChartSpec } from '../../core/dashboard';
import type { CellDates } from '../../core/sheet-model';
import type { Statistics } from '../../core/statistics';
import type { IsoDate } from '../../core/types';
import { msg, type Locale } from '../../core/messages/index';
import { openSharedSheet } from '../sheets/shared-sheets';
import { readChartIds, writeChartIds } from './settings';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface DashboardInput {
  /** The plan the dashboard shows. */
  shown: { planKey: string; planTitle: string; stats: Statistics };
  /** Today's snapshot of each plan checked (the shown one included), for the history. */
  snapshots: { planKey: string; planTitle: string; stats: Statistics }[];
  /** Every plan of the spreadsheet with its name (made unique): the chooser and the all-plans table. */
  plans: { planKey: string; label: string }[];
  today: IsoDate;
  locale: Locale;
  dates: CellDates;
}

/** The dashboard's plan chooser cell (1-based), where a leader picks the plan shown. */
export const CHOOSER_CELL = { row: 2, column: 2 } as const;

/**
 * Refreshes the dashboard: today's history rows of the plans checked (a day's row of a plan is
 * replaced when it already has one), the shown plan's per-unit table and trend block, and the
 * three charts. The number of service calls depends neither on the number of tasks nor plans.
 */
export function refreshDashboard(ss: Spreadsheet, input: DashboardInput): { historyRows: number } {
  const history = openSharedSheet(ss, 'history', input.locale).sheet;
  const rows = writeHistory(history, input);
  const trend = planTrendRows(rows, input.shown.planKey, input.dates);

  const dashboard = openSharedSheet(ss, 'dashboard', input.locale).sheet;
  const chosen = input.plans.find((p) => p.planKey === input.shown.planKey)?.label ?? input.shown.planTitle;
  const plans = { choices: input.plans.map((p) => p.label), chosen, allPlans: latestSnapshots(rows, input.plans, input.dates) };
  const model = dashboardModel(input.shown.stats, input.locale, { planTitle: input.shown.planTitle, rows: trend }, input.today, plans);
  const height = model.values.length;
  const columns = model.values[0].length;
  dashboard.clear();
  const grid = dashboard.getRange(1, 1, height, columns);
  grid.setNumberFormats(model.numberFormats);
  grid.setValues(model.values);
  grid.setFontWeights(model.fontWeights);
  dashboard.setFrozenRows(model.headerRows);
  if (model.chooser) {
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(model.chooser.choices, true)
      .setAllowInvalid(false)
      .setHelpText(msg('dashChooseHelp', input.locale))
      .build();
    dashboard.getRange(model.chooser.row, model.chooser.column).setDataValidation(rule);
  }
  setWidths(dashboard, model.columnWidths);
  placeCharts(dashboard, model.charts);
  return { historyRows: trend.length };
}

/** Writes today's snapshots from the first changed row down, in one write; returns every data row. */
function writeHistory(history: Sheet, input: DashboardInput): unknown[][] {
  const width = historyHeader(input.locale).length;
  const last = history.getLastRow();
  const existing = last > 1 ? history.getRange(2, 1, last - 1, width).getValues() : [];
  const { rows, firstChanged } = mergeHistory(existing, input.today, input.snapshots, input.dates);
  const changed = rows.slice(firstChanged) as (string | number | boolean | Date)[][];
  if (changed.length === 0) return rows;
  const first = firstChanged + 2;
  const needed = first + changed.length - 1;
  if (needed > history.getMaxRows()) history.insertRowsAfter(history.getMaxRows(), needed - history.getMaxRows());
  const target = history.getRange(first, 1, changed.length, width);
  target.setNumberFormats(changed.map(() => historyFormats()));
  target.setValues(changed);
  return rows;
}

/** Column widths in as few calls as runs of equal widths. */
function setWidths(sheet: Sheet, widths: readonly number[]): void {
  let start = 0;
  for (let i = 1; i <= widths.length; i++) {
    if (i === widths.length || widths[i] !== widths[start]) {
      sheet.setColumnWidths(start + 1, i - start, widths[start]);
      start = i;
    }
  }
}

/**
 * Creates each chart the first time and updates it afterwards, found by the id stored in the
 * document properties; a chart the user deleted is created again.
 */
function placeCharts(dashboard: Sheet, specs: readonly ChartSpec[]): void {
  const ids = readChartIds();
  const existing = new Map<number, GoogleAppsScript.Spreadsheet.EmbeddedChart>();
  for (const chart of dashboard.getCharts()) {
    const id = chart.getChartId();
    if (id !== null) existing.set(id, chart);
  }
  const next: Record<string, number> = {};
  const inserted: ChartSpec[] = [];
  for (const spec of specs) {
    const current = ids[spec.id] !== undefined ? existing.get(ids[spec.id]) : undefined;
    let builder = current ? current.modify().clearRanges() : dashboard.newChart();
    builder = builder.setChartType(chartType(spec)).setPosition(spec.position.row, spec.position.column, 0, 0);
    for (const a1 of spec.ranges) builder = builder.addRange(dashboard.getRange(a1));
    builder = builder
      .setOption('title', spec.title)
      .setOption('colors', spec.colors)
      .setOption('isStacked', spec.stacked)
      .setOption('width', 600)
      .setOption('height', 360);
    if (spec.type === 'line') builder = builder.setNumHeaders(1);
    const chart = builder.build();
    if (current) {
      dashboard.updateChart(chart);
      next[spec.id] = ids[spec.id];
    } else {
      dashboard.insertChart(chart);
      inserted.push(spec);
    }
  }
  // An inserted chart's id is not written into the object handed to insertChart (it stays
  // null): read the sheet's charts once more and match the new ones by their anchor cell.
  if (inserted.length > 0) {
    for (const chart of dashboard.getCharts()) {
      const id = chart.getChartId();
      if (id === null || existing.has(id)) continue;
      const info = chart.getContainerInfo();
      const spec = inserted.find((s) => s.position.row === info.getAnchorRow() && s.position.column === info.getAnchorColumn());
      if (spec && next[spec.id] === undefined) next[spec.id] = id;
    }
  }
  writeChartIds(next);
}

function chartType(spec: ChartSpec): GoogleAppsScript.Charts.ChartType {
  if (spec.type === 'pie') return Charts.ChartType.PIE;
  if (spec.type === 'line') return Charts.ChartType.LINE;
  return Charts.ChartType.BAR;
}
