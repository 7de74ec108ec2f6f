// The dashboard and history as values: what leadership reads, and what the charts plot.
import { describe, expect, it } from 'vitest';
import {
  dashboardModel,
  historyHeader,
  historyFormats,
  historySnapshot,
  mergeHistory,
  planTrendRows,
} from '../../src/core/dashboard';
import { computeStatistics } from '../../src/core/statistics';
import { evaluationLabel } from '../../src/core/columns';
import { serialDateCells } from '../../src/core/sheet-model';
import { toSerial } from '../../src/core/dates';
import { EVALUATIONS, type Evaluation } from '../../src/core/types';

const rows = (unit: string | null, ...evaluations: Evaluation[]) =>
  evaluations.map((evaluation) => ({ unit, evaluation }));
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

const trendRows = [
  [toSerial('2023-05-01'), 0, 0, 1, 0, 0, 3, 0],
  [toSerial('2023-05-08'), 1, 0, 1, 0, 1, 2, 0],
  [toSerial('2023-05-15'), 1, 1, 0, 1, 2, 0, 1],
];

describe('dashboardModel', () => {
  const model = dashboardModel(stats, 'vi', { planTitle: 'KH 05/2023', rows: trendRows }, '2023-05-15');

  it('opens with a bold title row naming the plan and the day of the check, frozen with the header', () => {
    expect(model.values[0][0]).toBe(
      'Tổng hợp tình hình thực hiện kế hoạch: KH 05/2023 — số liệu tính đến ngày 15/05/2023',
    );
    expect(model.values[0].slice(1).every((v) => v === '')).toBe(true);
    expect(model.fontWeights[0][0]).toBe('bold');
    expect(model.boldRows).toContain(0);
    expect(model.headerRows).toBe(2);
    expect(dashboardModel(stats, 'en', { planTitle: 'Plan 5', rows: [] }, '2023-05-15').values[0][0]).toBe(
      'Plan progress summary: Plan 5 — figures as of 15/05/2023',
    );
    expect(dashboardModel(stats, 'vi').values[0][0]).toBe('Tổng hợp tình hình thực hiện kế hoạch');
  });

  it('has a header, one row per unit and the whole-plan row', () => {
    expect(model.values[1].slice(0, 11)).toEqual([
      'Đơn vị',
      'Tổng số nhiệm vụ',
      ...EVALUATIONS.map((e) => evaluationLabel(e, 'vi')),
      'Tỷ lệ hoàn thành',
      'Tỷ lệ đúng hạn',
    ]);
    expect(model.values.slice(2, 6).map((r) => r[0])).toEqual([
      'Văn phòng',
      'Phòng Kế hoạch',
      '(Chưa giao đơn vị)',
      'Toàn kế hoạch',
    ]);
    const office = model.values[2];
    expect(office[1]).toBe(4);
    expect(office.slice(2, 2 + EVALUATIONS.length)).toEqual(EVALUATIONS.map((e) => stats.units[0].counts[e]));
    expect(office[9]).toBeCloseTo(0.5);
    expect(office[10]).toBeCloseTo(0.5);
    expect(model.values[3][10]).toBe(''); // nothing done: on-time rate undefined, left empty
    expect(model.values[5][1]).toBe(6);
    expect(model.boldRows).toContain(1);
    expect(model.boldRows).toContain(5);
  });

  it('is rectangular, with a number format for every cell and percentages for the rates', () => {
    const width = model.values[0].length;
    expect(model.values.every((r) => r.length === width)).toBe(true);
    expect(model.numberFormats.length).toBe(model.values.length);
    expect(model.numberFormats.every((r) => r.length === width)).toBe(true);
    expect(model.numberFormats[2][9]).toBe('0.0%');
    expect(model.fontWeights.every((r) => r.length === width)).toBe(true);
    expect(model.columnWidths.length).toBe(width);
  });

  it('points the stacked bar chart at the units and categories, the pie at the overall counts', () => {
    const bar = model.charts.find((c) => c.id === 'byUnit')!;
    expect(bar).toMatchObject({ type: 'bar', stacked: true, sheet: 'dashboard' });
    expect(cells(model.values, bar.ranges[0]).flat()).toEqual([
      'Đơn vị',
      'Văn phòng',
      'Phòng Kế hoạch',
      '(Chưa giao đơn vị)',
    ]);
    expect(cells(model.values, bar.ranges[1])[0]).toEqual(EVALUATIONS.map((e) => evaluationLabel(e, 'vi')));
    const pie = model.charts.find((c) => c.id === 'overall')!;
    const pieCells = cells(model.values, pie.ranges[0]);
    expect(pieCells.slice(1)).toEqual(EVALUATIONS.map((e) => [evaluationLabel(e, 'vi'), stats.overall.counts[e]]));
    expect(pie.position.row).toBeGreaterThan(model.values.length);
  });

  it("points the trend line at the shown plan's own block of dates and category counts", () => {
    const trend = model.charts.find((c) => c.id === 'trend')!;
    expect(trend).toMatchObject({ type: 'line', sheet: 'dashboard', title: 'Diễn biến theo thời gian: KH 05/2023' });
    expect(cells(model.values, trend.ranges[0]).flat()).toEqual(['Ngày', ...trendRows.map((r) => r[0])]);
    const counts = cells(model.values, trend.ranges[1]);
    expect(counts[0]).toEqual(EVALUATIONS.map((e) => evaluationLabel(e, 'vi')));
    expect(counts.slice(1)).toEqual(trendRows.map((r) => r.slice(1)));
    // The block sits right of the unit table, not under the charts' anchor.
    const trendColumn = trend.ranges[0].charCodeAt(0) - 64;
    expect(trendColumn).toBeGreaterThan(model.values[0].indexOf(evaluationLabel('no_deadline', 'vi')) + 3);
    expect(model.numberFormats[2][trendColumn - 1]).toBe('dd/MM/yyyy');
    expect(model.fontWeights[1][trendColumn - 1]).toBe('bold');
    expect(model.fontWeights[2][trendColumn - 1]).toBe('normal');
    expect(model.columnWidths).toHaveLength(model.values[0].length);
  });

  it('speaks English when asked', () => {
    const en = dashboardModel(stats, 'en');
    expect(en.values[1][0]).toBe('Unit');
    expect(en.values[5][0]).toBe('Whole plan');
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

describe('mergeHistory and planTrendRows', () => {
  const other = computeStatistics(rows('Phòng Kế hoạch', 'overdue', 'overdue'));

  it("writes one row per plan per day, replacing that day's earlier rows, and says where the change starts", () => {
    const day1 = mergeHistory(
      [],
      '2023-05-10',
      [
        { planKey: 'A', stats },
        { planKey: 'B', stats: other },
      ],
      serialDateCells,
    );
    expect(day1.rows.map((r) => r[1])).toEqual(['A', 'B']);
    expect(day1.firstChanged).toBe(0);
    const day2 = mergeHistory(
      day1.rows,
      '2023-05-11',
      [
        { planKey: 'A', stats },
        { planKey: 'B', stats: other },
      ],
      serialDateCells,
    );
    expect(day2.rows.map((r) => r[1])).toEqual(['A', 'B', 'A', 'B']);
    expect(day2.firstChanged).toBe(2);
    const again = mergeHistory(day2.rows, '2023-05-11', [{ planKey: 'B', stats }], serialDateCells);
    expect(again.rows).toHaveLength(4);
    expect(again.firstChanged).toBe(3);
    expect(again.rows[3][2]).toBe(stats.overall.total);
  });

  it("keeps only the shown plan's rows in its trend, oldest first", () => {
    const history = [
      ...mergeHistory(
        [],
        '2023-05-11',
        [
          { planKey: 'A', stats },
          { planKey: 'B', stats: other },
        ],
        serialDateCells,
      ).rows,
      ...mergeHistory([], '2023-05-10', [{ planKey: 'A', stats: other }], serialDateCells).rows,
    ];
    const trend = planTrendRows(history, 'A', serialDateCells);
    expect(trend.map((r) => r[0])).toEqual([toSerial('2023-05-10'), toSerial('2023-05-11')]);
    expect(trend[0].slice(1)).toEqual(EVALUATIONS.map((e) => other.overall.counts[e]));
    expect(trend[1].slice(1)).toEqual(EVALUATIONS.map((e) => stats.overall.counts[e]));
    expect(planTrendRows(history, 'B', serialDateCells)).toHaveLength(1);
  });
});

describe('dashboardModel with report duties', () => {
  it('shows the duties on their own row under the total, counted like the report counts them', () => {
    const withDuties = computeStatistics([
      ...rows('Văn phòng', 'done_on_time', 'overdue'),
      { unit: 'Văn phòng', evaluation: 'overdue', duty: true },
    ]);
    const model = dashboardModel(withDuties, 'vi', { planTitle: 'KH', rows: [] }, '2023-12-28');
    const labels = model.values.map((r) => r[0]);
    const total = labels.indexOf('Toàn kế hoạch');
    expect(total).toBeGreaterThan(0);
    expect(model.values[total][1]).toBe(2);
    expect(labels[total + 1]).toBe('Chế độ báo cáo');
    expect(model.values[total + 1][1]).toBe(1);
    expect(model.boldRows).toContain(total);
    expect(model.boldRows).not.toContain(total + 1);
  });
});
