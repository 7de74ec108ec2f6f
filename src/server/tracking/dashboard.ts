// The dashboard and history sheets adapter: writes core's dashboard model and
// today's snapshot in a few batched calls, and creates the charts once, updating them after.
import { at } from '../../core/arrays';
import {
  dashboardModel,
  historyFormats,
  historyHeader,
  latestSnapshots,
  mergeHistory,
  planTrendRows,
  type ChartSpec,
} from '../../core/dashboard';
import type { CellDates } from '../../core/sheet-model';
import type { Statistics } from '../../core/statistics';
import type { IsoDate } from '../../core/types';
import { msg, type Locale } from '../../core/messages/index';
import { openSharedSheet } from '../sheets/shared-sheets';
import { currentTransaction, type Transaction } from '../sheets/transaction';
import { readChartIds, writeChartIds } from './settings';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
import type { Spreadsheet } from '../sheets/gas';

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
  const tx = currentTransaction();
  const historyOpen = openSharedSheet(ss, 'history', input.locale);
  const rows = writeHistory(historyOpen.sheet, input, historyOpen.created ? null : tx);
  const trend = planTrendRows(rows, input.shown.planKey, input.dates);

  const dashboardOpen = openSharedSheet(ss, 'dashboard', input.locale);
  const dashboard = dashboardOpen.sheet;
  const chosen = input.plans.find((p) => p.planKey === input.shown.planKey)?.label ?? input.shown.planTitle;
  const plans = {
    choices: input.plans.map((p) => p.label),
    chosen,
    allPlans: latestSnapshots(rows, input.plans, input.dates),
  };
  const model = dashboardModel(
    input.shown.stats,
    input.locale,
    { planTitle: input.shown.planTitle, rows: trend },
    input.today,
    plans,
  );
  const height = model.values.length;
  const columns = at(model.values, 0).length;
  if (!dashboardOpen.created && tx) saveDashboard(tx, dashboard, model.columnWidths.length);
  dashboard.clear();
  const grid = dashboard.getRange(1, 1, height, columns);
  grid.setNumberFormats(model.numberFormats);
  grid.setValues(model.values);
  grid.setFontWeights(model.fontWeights);
  grid.setWraps(model.wraps);
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

/**
 * Reads what a refresh replaces on an existing dashboard (cells with their formats, frozen rows,
 * column widths, charts) and registers the undo that puts it back: a constant number of calls.
 */
function saveDashboard(tx: Transaction, dashboard: Sheet, widthColumns: number): void {
  const block = dashboard.getDataRange();
  const values = block.getValues();
  const formulas = block.getFormulas();
  const cells = values.map((row, r) => row.map((value, c) => at(at(formulas, r), c) || value));
  const formats = block.getNumberFormats();
  const weights = block.getFontWeights();
  const backgrounds = block.getBackgrounds();
  const colours = block.getFontColors();
  const validations = block.getDataValidations();
  const frozen = dashboard.getFrozenRows();
  const widths = Array.from({ length: widthColumns }, (_, i) => dashboard.getColumnWidth(i + 1));
  const charts = dashboard.getCharts();
  tx.onUndo(() => {
    const before = new Set(charts.map((c) => c.getChartId()));
    for (const chart of dashboard.getCharts()) if (!before.has(chart.getChartId())) dashboard.removeChart(chart);
    for (const chart of charts) dashboard.updateChart(chart);
    widths.forEach((width, i) => dashboard.setColumnWidth(i + 1, width));
    dashboard.setFrozenRows(frozen);
    dashboard.clear();
    const range = dashboard.getRange(1, 1, cells.length, at(cells, 0).length);
    range.setNumberFormats(formats);
    range.setValues(cells);
    range.setFontWeights(weights);
    // Sheets reads an unset colour as white / black; null puts the default back.
    range.setBackgrounds(backgrounds.map((row) => row.map((c) => (c === '#ffffff' ? null : c))) as string[][]);
    range.setFontColors(colours.map((row) => row.map((c) => (c === '#000000' ? null : c))) as string[][]);
    range.setDataValidations(validations);
  });
}

/** Writes today's snapshots from the first changed row down, in one write; returns every data row. */
function writeHistory(history: Sheet, input: DashboardInput, tx: Transaction | null): unknown[][] {
  const width = historyHeader(input.locale).length;
  const last = history.getLastRow();
  const existing = last > 1 ? history.getRange(2, 1, last - 1, width).getValues() : [];
  const { rows, firstChanged } = mergeHistory(existing, input.today, input.snapshots, input.dates);
  const changed = rows.slice(firstChanged) as (string | number | boolean | Date)[][];
  if (changed.length === 0) return rows;
  const first = firstChanged + 2;
  const needed = first + changed.length - 1;
  const maxRows = history.getMaxRows();
  const grow = Math.max(0, needed - maxRows);
  if (grow > 0) history.insertRowsAfter(maxRows, grow);
  const target = history.getRange(first, 1, changed.length, width);
  if (tx) {
    // Rows from `first` held the old history (or nothing): their values and formats come back on undo.
    const formatsBefore = target.getNumberFormats();
    const valuesBefore = target.getValues();
    tx.onUndo(() => {
      target.setNumberFormats(formatsBefore);
      target.setValues(valuesBefore);
      if (grow > 0) history.deleteRows(maxRows + 1, grow);
    });
  }
  target.setNumberFormats(changed.map(() => historyFormats()));
  target.setValues(changed);
  return rows;
}

/** Column widths in as few calls as runs of equal widths. */
function setWidths(sheet: Sheet, widths: readonly number[]): void {
  let start = 0;
  for (let i = 1; i <= widths.length; i++) {
    if (i === widths.length || widths[i] !== widths[start]) {
      sheet.setColumnWidths(start + 1, i - start, at(widths, start));
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
    const knownId = ids[spec.id];
    const current = knownId !== undefined ? existing.get(knownId) : undefined;
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
      if (knownId !== undefined) next[spec.id] = knownId;
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
      const spec = inserted.find(
        (s) => s.position.row === info.getAnchorRow() && s.position.column === info.getAnchorColumn(),
      );
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
