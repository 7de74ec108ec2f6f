// The live colour rules agree with evaluateTask: evaluated by a real formula engine
// (HyperFormula) on generated rows, at several dates, with the columns in several orders.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { HyperFormula } from 'hyperformula';
import { conditionalRules, EVALUATION_COLOURS } from '../../src/core/conditional-rules';
import { COLUMN_KEYS, type ColumnKey } from '../../src/core/columns';
import { evaluateTask } from '../../src/core/evaluation';
import { recordsToRows, serialDateCells, emptyProgress } from '../../src/core/sheet-model';
import { addDays } from '../../src/core/dates';
import { TASK_STATES, type TaskRecord } from '../../src/core/types';
import type { Locale } from '../../src/core/messages/index';

const originalTz = process.env.TZ;
afterEach(() => {
  vi.useRealTimers();
});
afterAll(() => {
  process.env.TZ = originalTz;
});

/** Every combination of state, due offset and completion offset around `today`. */
function generatedRecords(today: string, dropped: boolean): TaskRecord[] {
  const records: TaskRecord[] = [];
  const offsets = [null, -30, -1, 0, 1, 3, 6, 7, 8, 45];
  for (const state of [...TASK_STATES, null]) {
    for (const dueOffset of offsets) {
      for (const doneOffset of [null, -31, -2, -1, 0, 1, 2]) {
        const n = records.length + 1;
        records.push({
          code: `T.${n}`,
          kind: 'task',
          section: '',
          title: `Task ${n}`,
          text: '',
          leadUnit: null,
          supportUnits: [],
          due: dueOffset === null ? null : addDays(today, dueOffset),
          dueText: null,
          recurrence: null,
          inPlan: !(dropped && n % 5 === 0),
          progress: { ...emptyProgress(), state, completedOn: doneOffset === null ? null : addDays(today, doneOffset) },
        });
      }
    }
  }
  return records;
}

/** The category the first matching rule marks on each row, computed by HyperFormula. */
function firstMatches(
  records: TaskRecord[],
  order: ColumnKey[],
  locale: Locale,
  today: string,
  dueSoonDays?: number,
): string[] {
  const rules = conditionalRules({ columnOrder: order, firstRow: 2, dueSoonDays });
  const rows = recordsToRows(records, order, locale, serialDateCells).map((row) =>
    row.map((v) => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v)),
  );
  const width = order.length;
  const data: (string | number | null)[][] = [order.map((k) => k)];
  rows.forEach((row, i) => {
    const sheetRow = i + 2;
    const formulas = rules.map((rule) => rule.formula.replace(/(\$[A-Z]+)2(?![0-9])/g, `$1${sheetRow}`));
    data.push([...row.map((v) => (v === '' ? null : (v as string | number))), ...formulas]);
  });
  const [y, m, d] = today.split('-').map(Number);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(y, m - 1, d, 12, 0, 0));
  const hf = HyperFormula.buildFromArray(data, { licenseKey: 'gpl-v3' });
  try {
    return rows.map((_, i) => {
      const hit = rules.findIndex((_, r) => {
        const value = hf.getCellValue({ sheet: 0, row: i + 1, col: width + r });
        if (typeof value !== 'boolean')
          throw new Error(`Rule ${rules[r].marks} gave ${JSON.stringify(value)} on row ${i + 2}`);
        return value;
      });
      return hit < 0 ? 'none' : rules[hit].marks;
    });
  } finally {
    hf.destroy();
  }
}

const shuffled: ColumnKey[] = [
  'title',
  'state',
  'inPlan',
  'code',
  'completedOn',
  'percent',
  'due',
  'leadUnit',
  'evaluation',
];

describe.each([
  ['UTC', '2023-05-10', 'vi', COLUMN_KEYS as ColumnKey[]],
  ['Asia/Ho_Chi_Minh', '2023-12-31', 'en', COLUMN_KEYS as ColumnKey[]],
  ['America/Los_Angeles', '2024-02-29', 'vi', shuffled],
  ['America/Los_Angeles', '2023-03-12', 'en', shuffled],
] as const)('process zone %s, today %s, labels %s', (zone, today, locale, order) => {
  it('the first matching rule is the core evaluation on every row', () => {
    process.env.TZ = zone;
    const records = generatedRecords(today, false);
    const marked = firstMatches(records, order, locale, today);
    const expected = records.map((r) => {
      const e = evaluateTask({ due: r.due, state: r.progress.state, completedOn: r.progress.completedOn }, today);
      return EVALUATION_COLOURS[e] ? e : 'none';
    });
    expect(marked).toEqual(expected);
    expect(new Set(marked)).toEqual(
      new Set(['done_on_time', 'done_late', 'on_track', 'due_soon', 'overdue', 'not_started', 'none']),
    );
  });

  it('with a 3-day window and dropped tasks, rows out of the plan get their own mark first', () => {
    process.env.TZ = zone;
    const records = generatedRecords(today, true);
    const marked = firstMatches(records, order, locale, today, 3);
    const expected = records.map((r) => {
      if (!r.inPlan) return 'not_in_plan';
      const e = evaluateTask({ due: r.due, state: r.progress.state, completedOn: r.progress.completedOn }, today, 3);
      return EVALUATION_COLOURS[e] ? e : 'none';
    });
    expect(marked).toEqual(expected);
  });
});

describe('conditionalRules', () => {
  it('references the columns by their current letters and covers every column', () => {
    const rules = conditionalRules({ columnOrder: shuffled, firstRow: 2 });
    const overdue = rules.find((r) => r.marks === 'overdue')!;
    expect(overdue.formula).toContain('$G2<TODAY()');
    expect(overdue.formula).toContain('$D2<>""');
    expect(overdue.range).toEqual({ firstRow: 2, firstColumn: 1, lastColumn: shuffled.length });
    expect(rules[0].marks).toBe('not_in_plan');
  });

  it('refuses a layout without the columns it reads', () => {
    expect(() => conditionalRules({ columnOrder: ['code', 'title'], firstRow: 2 })).toThrow();
  });

  it('writes every formula with balanced parentheses', () => {
    const rules = conditionalRules({ columnOrder: COLUMN_KEYS as ColumnKey[], firstRow: 2 });
    for (const rule of rules) {
      expect(rule.formula.startsWith('=')).toBe(true);
      expect((rule.formula.match(/\(/g) ?? []).length).toBe((rule.formula.match(/\)/g) ?? []).length);
    }
  });
});
