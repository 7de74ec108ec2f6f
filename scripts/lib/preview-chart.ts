// Embedded charts as the preview draws them: an emulated chart spec and its data ranges become an
// ECharts option (drawn by ECharts in the page) and, for the report image, a PNG rendered on
// the server by ECharts' SVG renderer and resvg.
import * as echarts from 'echarts';
import { Resvg } from '@resvg/resvg-js';
import type { ChartSpec, GridBox, SheetState, SpreadsheetState } from '../emulator/state';
import { peek, readValue } from '../emulator/grid';
import { displayValue } from '../emulator/dates';

/** A chart ready to draw: where it sits on the sheet, its size and its ECharts option. */
export interface ChartView {
  chartId: number | null;
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
  option: Record<string, unknown>;
}

/** Google's default series colours, used when the chart sets none. */
const DEFAULT_COLOURS = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1', '#ff7043', '#9e9d24'];

/** The columns of a chart's ranges side by side (Sheets joins several ranges column-wise). */
function columnsOf(ss: SpreadsheetState, boxes: GridBox[]): { raw: unknown[]; text: string[] }[] {
  const columns: { raw: unknown[]; text: string[] }[] = [];
  for (const box of boxes) {
    const sheet = ss.sheets.find((s) => s.id === box.sheetId);
    if (!sheet) continue;
    for (let c = box.col; c < box.col + box.numCols; c++) columns.push(readColumn(ss, sheet, box, c));
  }
  return columns;
}

function readColumn(
  ss: SpreadsheetState,
  sheet: SheetState,
  box: GridBox,
  column: number,
): { raw: unknown[]; text: string[] } {
  const raw: unknown[] = [];
  const text: string[] = [];
  for (let r = box.row; r < box.row + box.numRows; r++) {
    const cell = peek(sheet, r, column);
    const value = readValue(cell, ss.timeZone);
    raw.push(value);
    text.push(displayValue(value, cell?.nf, ss.timeZone, ss.locale));
  }
  return { raw, text };
}

const numeric = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/**
 * The ECharts option of a chart: the first column is the domain (labels or dates), the others
 * are series; the first row names the series when the chart says it is a header (setNumHeaders)
 * or, by default, when it holds text over numbers, as Sheets guesses.
 */
export function chartOption(ss: SpreadsheetState, spec: ChartSpec): Record<string, unknown> {
  const columns = columnsOf(ss, spec.ranges);
  const options = spec.options;
  const [domain, ...series] = columns;
  const guessHeader =
    series.length > 0 &&
    series.every((s) => typeof s.raw[0] === 'string' && s.raw.slice(1).some((v) => typeof v === 'number'));
  const headers = spec.numHeaders !== undefined && spec.numHeaders >= 0 ? spec.numHeaders : guessHeader ? 1 : 0;
  const labels = (domain?.text ?? []).slice(headers);
  const colours =
    Array.isArray(options.colors) && options.colors.length ? (options.colors as string[]) : DEFAULT_COLOURS;
  const title =
    typeof options.title === 'string' && options.title
      ? { text: options.title, left: 'center', textStyle: { fontSize: 14 } }
      : undefined;
  const base = {
    animation: false,
    color: colours,
    title,
    tooltip: {},
    textStyle: { fontFamily: 'Arial, DejaVu Sans, sans-serif' },
  };
  const type = spec.type.toUpperCase();
  if (type === 'PIE') {
    const values = series[0] ?? { raw: [], text: [] };
    // Each slice keeps its category's colour; empty categories draw nothing, as in Sheets.
    const data = labels
      .map((name, i) => ({
        name,
        value: numeric(values.raw[i + headers]) ?? 0,
        itemStyle: { color: colours[i % colours.length] },
      }))
      .filter((d) => d.value > 0);
    return {
      ...base,
      legend: { orient: 'vertical', right: 8, top: 'middle' },
      series: [{ type: 'pie', radius: '65%', center: ['38%', '55%'], data, label: { formatter: '{d}%' } }],
    };
  }
  const stacked = options.isStacked === true || options.isStacked === 'true' || options.isStacked === 'absolute';
  const horizontal = type === 'BAR';
  const kind = type === 'LINE' || type === 'AREA' ? 'line' : 'bar';
  const data = series.map((s, i) => ({
    name: headers > 0 ? s.text[0] : `${i + 1}`,
    type: kind,
    stack: stacked ? 'total' : undefined,
    areaStyle: type === 'AREA' ? {} : undefined,
    data: s.raw.slice(headers).map(numeric),
  }));
  const category = {
    type: 'category',
    data: labels,
    inverse: horizontal,
    axisLabel: { width: 150, overflow: 'truncate' },
  };
  const value = { type: 'value' };
  return {
    ...base,
    legend: { bottom: 0 },
    grid: { left: 12, right: 24, top: title ? 40 : 16, bottom: series.length > 3 ? 64 : 40, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: data,
  };
}

/** The charts of a sheet as the page draws them (Sheets' default size is 600×371). */
export function chartViews(ss: SpreadsheetState, sheet: SheetState): ChartView[] {
  return sheet.charts.map((spec) => ({
    chartId: spec.chartId,
    anchorRow: spec.position.anchorRow,
    anchorColumn: spec.position.anchorColumn,
    offsetX: spec.position.offsetX,
    offsetY: spec.position.offsetY,
    width: typeof spec.options.width === 'number' ? spec.options.width : 600,
    height: typeof spec.options.height === 'number' ? spec.options.height : 371,
    option: chartOption(ss, spec),
  }));
}

/** The chart as an SVG drawn by ECharts' server-side renderer. */
export function chartSvg(ss: SpreadsheetState, spec: ChartSpec): string {
  const view = chartViews(ss, { charts: [spec] } as SheetState)[0];
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: view.width, height: view.height });
  try {
    chart.setOption(view.option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * The chart as a PNG, what EmbeddedChart.getAs('image/png') gives the report: the same option
 * the page draws, rendered by ECharts to SVG and rasterised by resvg with the system fonts.
 */
export function chartPng(ss: SpreadsheetState, spec: ChartSpec): Uint8Array {
  const svg = chartSvg(ss, spec);
  return new Resvg(svg, { background: '#ffffff', font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } })
    .render()
    .asPng();
}
