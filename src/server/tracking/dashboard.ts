// The dashboard and history sheets adapter: writes core's dashboard model and
// today's snapshot in a few batched calls, and creates the charts once, updating them after.
import { dashboardModel, historyFormats, historyHeader, historySnapshot, type ChartSpec } from '../../core/dashboard';
import type { CellDates } from '../../core/sheet-model';
import type { Statistics } from '../../core/statistics';
import type { IsoDate } from '../../core/types';
import type { Locale } from '../../core/messages/index';
import { openSharedSheet } from '../sheets/shared-sheets';
import { readChartIds, writeChartIds } from './settings';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DashboardInput {
  planKey: string;
  stats: Statistics;
  today: IsoDate;
  locale: Locale;
  dates: CellDates;
}

/**
 * Refreshes the dashboard of one plan: the history row of `today` (replaced when the day
 * already has one), the per-unit table, and the three charts. The number of service calls
 * does not depend on the number of tasks.
 */
export function refreshDashboard(ss: Spreadsheet, input: DashboardInput): { historyRows: number } {
  const history = openSharedSheet(ss, 'history', input.locale).sheet;
  const historyRows = writeHistory(history, input);

  const dashboard = openSharedSheet(ss, 'dashboard', input.locale).sheet;
  const model = dashboardModel(input.stats, input.locale, historyRows);
  const rows = model.values.length;
  const columns = model.values[0].length;
  dashboard.clear();
  const grid = dashboard.getRange(1, 1, rows, columns);
  grid.setNumberFormats(model.numberFormats);
  grid.setValues(model.values);
  const bold = new Set(model.boldRows);
  grid.setFontWeights(model.values.map((_, r) => Array<GoogleAppsScript.Spreadsheet.FontWeight>(columns).fill(bold.has(r) ? 'bold' : 'normal')));
  dashboard.setFrozenRows(model.headerRows);
  setWidths(dashboard, model.columnWidths);
  placeCharts(dashboard, history, model.charts);
  return { historyRows };
}

/** Writes today's snapshot (one row per plan per day); returns the number of data rows. */
function writeHistory(history: Sheet, input: DashboardInput): number {
  const width = historyHeader(input.locale).length;
  const last = history.getLastRow();
  const existing = last > 1 ? history.getRange(2, 1, last - 1, width).getValues() : [];
  const snapshot = historySnapshot(existing, input.today, input.planKey, input.stats, input.dates);
  const row = snapshot.replaceIndex === null ? Math.max(last, 1) + 1 : snapshot.replaceIndex + 2;
  if (row > history.getMaxRows()) history.insertRowsAfter(history.getMaxRows(), row - history.getMaxRows());
  const target = history.getRange(row, 1, 1, width);
  target.setNumberFormats([historyFormats()]);
  target.setValues([snapshot.row]);
  return snapshot.replaceIndex === null ? existing.length + 1 : existing.length;
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
function placeCharts(dashboard: Sheet, history: Sheet, specs: readonly ChartSpec[]): void {
  const ids = readChartIds();
  const existing = new Map<number, GoogleAppsScript.Spreadsheet.EmbeddedChart>();
  for (const chart of dashboard.getCharts()) {
    const id = chart.getChartId();
    if (id !== null) existing.set(id, chart);
  }
  const next: Record<string, number> = {};
  for (const spec of specs) {
    const source = spec.sheet === 'history' ? history : dashboard;
    const current = ids[spec.id] !== undefined ? existing.get(ids[spec.id]) : undefined;
    let builder = current ? current.modify().clearRanges() : dashboard.newChart();
    builder = builder.setChartType(chartType(spec)).setPosition(spec.position.row, spec.position.column, 0, 0);
    for (const a1 of spec.ranges) builder = builder.addRange(source.getRange(a1));
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
      const id = chart.getChartId();
      if (id !== null) next[spec.id] = id;
    }
  }
  writeChartIds(next);
}

function chartType(spec: ChartSpec): GoogleAppsScript.Charts.ChartType {
  if (spec.type === 'pie') return Charts.ChartType.PIE;
  if (spec.type === 'line') return Charts.ChartType.LINE;
  return Charts.ChartType.BAR;
}
