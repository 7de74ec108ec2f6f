// Evaluation of a task at a cut-off date: every category at its boundary, identical under
// every process time zone.
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateTask, DEFAULT_DUE_SOON_DAYS, isDone } from '../../src/core/evaluation';
import { addDays, todayIn } from '../../src/core/dates';
import { EVALUATIONS, TASK_STATES, type Evaluation, type TaskState } from '../../src/core/types';

const PROCESS_ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles'];
const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

const N = DEFAULT_DUE_SOON_DAYS;
const NOT_DONE: TaskState[] = ['in_progress', 'paused'];

/** Each boundary case, relative to the cut-off date. */
function boundaryCases(
  cutoff: string,
): { name: string; facts: Parameters<typeof evaluateTask>[0]; expected: Evaluation }[] {
  const day = (n: number) => addDays(cutoff, n);
  return [
    ...NOT_DONE.flatMap((state) => [
      {
        name: `${state}, due yesterday`,
        facts: { due: day(-1), state, completedOn: null },
        expected: 'overdue' as const,
      },
      { name: `${state}, due today`, facts: { due: day(0), state, completedOn: null }, expected: 'due_soon' as const },
      {
        name: `${state}, due tomorrow`,
        facts: { due: day(1), state, completedOn: null },
        expected: 'due_soon' as const,
      },
      {
        name: `${state}, due in N-1 days`,
        facts: { due: day(N - 1), state, completedOn: null },
        expected: 'due_soon' as const,
      },
      {
        name: `${state}, due in N days`,
        facts: { due: day(N), state, completedOn: null },
        expected: 'on_track' as const,
      },
      {
        name: `${state}, due in N+1 days`,
        facts: { due: day(N + 1), state, completedOn: null },
        expected: 'on_track' as const,
      },
      {
        name: `${state}, no due date`,
        facts: { due: null, state, completedOn: null },
        expected: 'no_deadline' as const,
      },
    ]),
    ...(['not_started', null] as const).flatMap((state) => [
      {
        name: `${state}, due yesterday`,
        facts: { due: day(-1), state, completedOn: null },
        expected: 'overdue' as const,
      },
      { name: `${state}, due today`, facts: { due: day(0), state, completedOn: null }, expected: 'due_soon' as const },
      {
        name: `${state}, due in N-1 days`,
        facts: { due: day(N - 1), state, completedOn: null },
        expected: 'due_soon' as const,
      },
      {
        name: `${state}, due in N days`,
        facts: { due: day(N), state, completedOn: null },
        expected: 'not_started' as const,
      },
      {
        name: `${state}, no due date`,
        facts: { due: null, state, completedOn: null },
        expected: 'not_started' as const,
      },
    ]),
    {
      name: 'done on the due date',
      facts: { due: day(-3), state: 'done', completedOn: day(-3) },
      expected: 'done_on_time',
    },
    {
      name: 'done the day before due',
      facts: { due: day(-3), state: 'done', completedOn: day(-4) },
      expected: 'done_on_time',
    },
    {
      name: 'done the day after due',
      facts: { due: day(-3), state: 'done', completedOn: day(-2) },
      expected: 'done_late',
    },
    {
      name: 'done today, due yesterday',
      facts: { due: day(-1), state: 'done', completedOn: day(0) },
      expected: 'done_late',
    },
    {
      name: 'done early, due in future',
      facts: { due: day(10), state: 'done', completedOn: day(0) },
      expected: 'done_on_time',
    },
    { name: 'done, no due date', facts: { due: null, state: 'done', completedOn: day(-5) }, expected: 'done_on_time' },
    {
      name: 'done, no completion date, past due',
      facts: { due: day(-5), state: 'done', completedOn: null },
      expected: 'done_on_time',
    },
    {
      name: 'done after the cut-off, due past',
      facts: { due: day(-1), state: 'done', completedOn: day(1) },
      expected: 'overdue',
    },
    {
      name: 'done after the cut-off, due far',
      facts: { due: day(30), state: 'done', completedOn: day(1) },
      expected: 'on_track',
    },
    {
      name: 'done after the cut-off, no due',
      facts: { due: null, state: 'done', completedOn: day(1) },
      expected: 'no_deadline',
    },
    {
      name: 'completion date without done state',
      facts: { due: day(-1), state: 'in_progress', completedOn: day(-2) },
      expected: 'overdue',
    },
  ];
}

describe.each(PROCESS_ZONES)('evaluateTask with the process in %s', (processZone) => {
  it('really runs in that process zone', () => {
    process.env.TZ = processZone;
    const offset = new Date(Date.UTC(2023, 0, 15)).getTimezoneOffset();
    expect(offset).toBe({ UTC: 0, 'Asia/Ho_Chi_Minh': -420, 'America/Los_Angeles': 480 }[processZone]);
  });

  for (const cutoff of ['2023-05-10', '2023-12-31', '2024-02-28', '2023-03-12']) {
    it.each(boundaryCases(cutoff))(`at ${cutoff}: $name → $expected`, ({ facts, expected }) => {
      process.env.TZ = processZone;
      expect(evaluateTask(facts, cutoff)).toBe(expected);
    });
  }

  it('uses the spreadsheet zone for "today": a task due 10/5 is overdue only from 11/5 in Vietnam', () => {
    process.env.TZ = processZone;
    const facts = { due: '2023-05-10', state: 'in_progress' as const, completedOn: null };
    const lateOn10th = todayIn('Asia/Ho_Chi_Minh', new Date(Date.UTC(2023, 4, 10, 16, 59)));
    const earlyOn11th = todayIn('Asia/Ho_Chi_Minh', new Date(Date.UTC(2023, 4, 10, 17, 0)));
    expect(evaluateTask(facts, lateOn10th)).toBe('due_soon');
    expect(evaluateTask(facts, earlyOn11th)).toBe('overdue');
  });
});

describe('the due-soon window', () => {
  it('is a setting: with 3 days, due in 2 days is due soon and in 3 days on track', () => {
    const facts = (due: string) => ({ due, state: 'in_progress' as const, completedOn: null });
    expect(evaluateTask(facts('2023-05-12'), '2023-05-10', 3)).toBe('due_soon');
    expect(evaluateTask(facts('2023-05-13'), '2023-05-10', 3)).toBe('on_track');
  });

  it('with 0 days never says due soon, and today is still not overdue', () => {
    expect(evaluateTask({ due: '2023-05-10', state: 'in_progress', completedOn: null }, '2023-05-10', 0)).toBe(
      'on_track',
    );
    expect(evaluateTask({ due: '2023-05-10', state: 'not_started', completedOn: null }, '2023-05-10', 0)).toBe(
      'not_started',
    );
  });

  it('every combination of state and dates gives a known category', () => {
    const cutoff = '2023-06-15';
    for (const state of [...TASK_STATES, null]) {
      for (const due of [null, ...[-20, -1, 0, 1, 6, 7, 8, 40].map((n) => addDays(cutoff, n))]) {
        for (const completedOn of [null, ...[-30, -1, 0, 1].map((n) => addDays(cutoff, n))]) {
          const evaluation = evaluateTask({ due, state, completedOn }, cutoff);
          expect(EVALUATIONS).toContain(evaluation);
          expect(isDone(evaluation)).toBe(state === 'done' && (completedOn === null || completedOn <= cutoff));
        }
      }
    }
  });
});
