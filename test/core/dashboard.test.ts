// The dashboard and history as values: what leadership reads, and what the charts plot.
import { describe, expect, it } from 'vitest';
import { dashboardModel, historyHeader, historyFormats, historySnapshot } from '../../src/core/dashboard';
import { computeStatistics } from '../../src/core/statistics';
import { evaluationLabel } from '../../src/core/columns';
import { serialDateCells } from '../../src/core/sheet-model';
import { toSerial } from '../../src/core/dates';
import { EVALUATIONS, type Evaluation } from '../../src/core/types';

const rows = (unit: string | null, ...evaluations: Evaluation[]) => evaluations.map((evaluation) => ({ unit, evaluation }));
const stats = computeStatistics([
  ...rows('Văn phòng', 'done_on_time', 'done_late', 'overdue', 'overdue'),
  ...rows('Phòng Kế hoạch', 'due_soon'),
  ...rows(null, 'no_deadline'),
]);

/** Reads an A1 range ("C1:I3") of a 2D grid. */
function cells(values: unknown[][], a1: string): unknown[][] {
  const [from, to] = a1.split(':').map((ref) => {
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(ref)!;
    const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(digits) - 1, col };
  });
  return values.slice(from.row, to.row + 1).map((r) => r.slice(from.col, to.col + 1));
}

describe('dashboardModel', () => {
  const model = dashboardModel(stats, 'vi', 3);

  it('has a header, one row per unit and the whole-plan row', () => {
    expect(model.values[0]).toEqual([
      'Đơn vị', 'Tổng số nhiệm vụ', ...EVALUATIONS.map((e) => evaluationLabel(e, 'vi')), 'Tỷ lệ hoàn thành', 'Tỷ lệ đúng hạn',
    ]);
    expect(model.values.slice(1, 5).map((r) => r[0])).toEqual(['Văn phòng', 'Phòng Kế hoạch', '(Chưa giao đơn vị)', 'Toàn kế hoạch']);
    const office = model.values[1];
    expect(office[1]).toBe(4);
    expect(office.slice(2, 2 + EVALUATIONS.length)).toEqual(EVALUATIONS.map((e) => stats.units[0].counts[e]));
    expect(office[9]).toBeCloseTo(0.5);
    expect(office[10]).toBeCloseTo(0.5);
    expect(model.values[2][10]).toBe(''); // nothing done: on-time rate undefined, left empty
    expect(model.values[4][1]).toBe(6);
    expect(model.boldRows).toContain(0);
    expect(model.boldRows).toContain(4);
  });

  it('is rectangular, with a number format for every cell and percentages for the rates', () => {
    const width = model.values[0].length;
    expect(model.values.every((r) => r.length === width)).toBe(true);
    expect(model.numberFormats.length).toBe(model.values.length);
    expect(model.numberFormats.every((r) => r.length === width)).toBe(true);
    expect(model.numberFormats[1][9]).toBe('0.0%');
    expect(model.columnWidths.length).toBe(width);
  });

  it('points the stacked bar chart at the units and categories, the pie at the overall counts', () => {
    const bar = model.charts.find((c) => c.id === 'byUnit')!;
    expect(bar).toMatchObject({ type: 'bar', stacked: true, sheet: 'dashboard' });
    expect(cells(model.values, bar.ranges[0]).flat()).toEqual(['Đơn vị', 'Văn phòng', 'Phòng Kế hoạch', '(Chưa giao đơn vị)']);
    expect(cells(model.values, bar.ranges[1])[0]).toEqual(EVALUATIONS.map((e) => evaluationLabel(e, 'vi')));
    const pie = model.charts.find((c) => c.id === 'overall')!;
    const pieCells = cells(model.values, pie.ranges[0]);
    expect(pieCells.slice(1)).toEqual(EVALUATIONS.map((e) => [evaluationLabel(e, 'vi'), stats.overall.counts[e]]));
    expect(pie.position.row).toBeGreaterThan(model.values.length);
  });

  it('points the trend line at the history dates and category counts', () => {
    const trend = model.charts.find((c) => c.id === 'trend')!;
    expect(trend).toMatchObject({ type: 'line', sheet: 'history' });
    const header = historyHeader('vi');
    const history = [header, ['d1'], ['d2'], ['d3']];
    expect(cells(history, trend.ranges[0]).flat()).toEqual(['Ngày', 'd1', 'd2', 'd3']);
    expect(cells([header], trend.ranges[1].replace(/\d+$/, '1'))[0]).toEqual(EVALUATIONS.map((e) => evaluationLabel(e, 'vi')));
  });

  it('speaks English when asked', () => {
    const en = dashboardModel(stats, 'en');
    expect(en.values[0][0]).toBe('Unit');
    expect(en.values[4][0]).toBe('Whole plan');
  });
});

describe('historySnapshot', () => {
  it('appends one row per plan per day and replaces a second snapshot of the same day', () => {
    const first = historySnapshot([], '2023-05-10', 'KH 2023', stats, serialDateCells);
    expect(first.replaceIndex).toBeNull();
    expect(first.row[0]).toBe(toSerial('2023-05-10'));
    expect(first.row.slice(1, 3)).toEqual(['KH 2023', 6]);
    expect(first.row.length).toBe(historyHeader('vi').length);
    expect(historyFormats().length).toBe(first.row.length);
    const existing = [first.row, historySnapshot([], '2023-05-10', 'Other plan', stats, serialDateCells).row];
    expect(historySnapshot(existing, '2023-05-10', 'KH 2023', stats, serialDateCells).replaceIndex).toBe(0);
    expect(historySnapshot(existing, '2023-05-10', 'Other plan', stats, serialDateCells).replaceIndex).toBe(1);
    expect(historySnapshot(existing, '2023-05-11', 'KH 2023', stats, serialDateCells).replaceIndex).toBeNull();
  });
});
