// Per-unit statistics: counts per category and the two rates.
import { describe, expect, it } from 'vitest';
import { computeStatistics, evaluateRecords, type EvaluatedRow } from '../../src/core/statistics';
import { EVALUATIONS, type Evaluation } from '../../src/core/types';

const rows = (unit: string | null, ...evaluations: Evaluation[]): EvaluatedRow[] =>
  evaluations.map((evaluation) => ({ unit, evaluation }));

describe('computeStatistics', () => {
  const input = [
    ...rows('Văn phòng', 'done_on_time', 'done_on_time', 'done_late', 'overdue'),
    ...rows('Phòng Quản lý đầu tư', 'due_soon', 'not_started'),
    ...rows('  văn   PHÒNG ', 'on_track'),
    ...rows(null, 'no_deadline'),
    ...rows('', 'overdue'),
  ];
  const stats = computeStatistics(input);

  it('groups units case- and spacing-insensitively, in order of first appearance, no-unit last', () => {
    expect(stats.units.map((u) => u.unit)).toEqual(['Văn phòng', 'Phòng Quản lý đầu tư', null]);
  });

  it('counts each category per unit', () => {
    const office = stats.units[0];
    expect(office.total).toBe(5);
    expect(office.counts).toEqual({
      done_on_time: 2,
      done_late: 1,
      on_track: 1,
      due_soon: 0,
      overdue: 1,
      not_started: 0,
      no_deadline: 0,
    });
    expect(office.done).toBe(3);
    expect(office.doneOnTime).toBe(2);
    expect(office.overdue).toBe(1);
    expect(office.completionRate).toBeCloseTo(3 / 5);
    expect(office.onTimeRate).toBeCloseTo(2 / 3);
  });

  it('leaves a rate null when it is undefined', () => {
    const investment = stats.units[1];
    expect(investment.done).toBe(0);
    expect(investment.completionRate).toBe(0);
    expect(investment.onTimeRate).toBeNull();
    const empty = computeStatistics([]);
    expect(empty.units).toEqual([]);
    expect(empty.overall.total).toBe(0);
    expect(empty.overall.completionRate).toBeNull();
    expect(empty.overall.onTimeRate).toBeNull();
  });

  it('the overall row is the sum of the units', () => {
    expect(stats.overall.total).toBe(input.length);
    for (const e of EVALUATIONS) {
      expect(stats.overall.counts[e]).toBe(stats.units.reduce((sum, u) => sum + u.counts[e], 0));
    }
    expect(stats.overall.unit).toBeNull();
    expect(stats.overall.completionRate).toBeCloseTo(3 / input.length);
    expect(stats.overall.onTimeRate).toBeCloseTo(2 / 3);
  });
});

describe('evaluateRecords', () => {
  const record = (code: string, unit: string, due: string | null, inPlan = true) => ({
    code,
    kind: 'task' as const,
    section: '',
    title: code,
    text: '',
    leadUnit: unit,
    supportUnits: [],
    due,
    dueText: null,
    recurrence: null,
    inPlan,
    progress: {
      state: 'in_progress' as const,
      percent: null,
      completedOn: null,
      result: '',
      evidence: '',
      updatedAt: null,
      updatedBy: '',
    },
  });

  it('evaluates each task in the plan at the cut-off and leaves dropped tasks out', () => {
    const rows = evaluateRecords(
      [record('II.1', 'A', '2023-05-09'), record('II.2', 'B', '2023-05-10'), record('II.3', 'A', '2023-05-01', false)],
      '2023-05-10',
    );
    expect(rows).toEqual([
      { code: 'II.1', unit: 'A', evaluation: 'overdue', duty: false },
      { code: 'II.2', unit: 'B', evaluation: 'due_soon', duty: false },
    ]);
    expect(computeStatistics(rows).overall.overdue).toBe(1);
  });
});

describe('report duties: one definition for the dashboard and the report', () => {
  it('counts report duties ("BC" rows) apart from the tasks, so the task totals and the duties agree everywhere', () => {
    const stats = computeStatistics([
      ...rows('Văn phòng', 'done_on_time', 'overdue'),
      { unit: 'Văn phòng', evaluation: 'done_on_time', duty: true },
      { unit: 'Văn phòng', evaluation: 'overdue', duty: true },
    ]);
    expect(stats.overall.total).toBe(2);
    expect(stats.units[0].total).toBe(2);
    expect(stats.duties).toMatchObject({ total: 2, done: 1, overdue: 1 });
  });

  it('marks the rows of kind "report" as duties when evaluating a task sheet', () => {
    const record = (code: string, kind: 'task' | 'report') => ({
      code,
      kind,
      section: '',
      title: code,
      text: code,
      leadUnit: 'Văn phòng',
      supportUnits: [],
      due: '2023-05-09',
      dueText: null,
      recurrence: null,
      inPlan: true,
      progress: {
        state: null,
        percent: null,
        completedOn: null,
        result: '',
        evidence: '',
        updatedAt: null,
        updatedBy: '',
      },
    });
    const evaluated = evaluateRecords([record('II.1', 'task'), record('BC.1', 'report')], '2023-05-20');
    expect(evaluated.map((r) => [r.code, r.duty])).toEqual([
      ['II.1', false],
      ['BC.1', true],
    ]);
    const stats = computeStatistics(evaluated);
    expect([stats.overall.overdue, stats.duties.overdue]).toEqual([1, 1]);
  });
});
