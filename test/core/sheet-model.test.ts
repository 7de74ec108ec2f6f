// The task sheet as values: plan → records, records ↔ rows in any column order, re-import.
import { afterAll, describe, expect, it } from 'vitest';
import {
  dateCellsIn,
  emptyProgress,
  mergeRevision,
  neutraliseFormula,
  planColumnKeys,
  planToRecords,
  recordsToRows,
  rowsToRecords,
  serialDateCells,
} from '../../src/core/sheet-model';
import { COLUMN_KEYS, columnSpec, type ColumnKey } from '../../src/core/columns';
import type { Plan, PlanTask, TaskRecord } from '../../src/core/types';

const originalTz = process.env.TZ;
afterAll(() => {
  process.env.TZ = originalTz;
});

const task = (ref: string, extra: Partial<PlanTask> = {}): PlanTask => ({
  ref,
  section: 'II. NỘI DUNG',
  title: `Nhiệm vụ ${ref}`,
  text: `Nội dung đầy đủ của nhiệm vụ ${ref}.`,
  leadUnit: 'Văn phòng và Tổ chức đoàn thể',
  supportUnits: ['Các phòng và đơn vị trực thuộc'],
  due: null,
  dueText: null,
  recurrence: null,
  ...extra,
});

const plan: Plan = {
  number: null,
  code: 'KH-BQLKKT',
  issuer: 'BAN QUẢN LÝ KHU KINH TẾ',
  place: 'Gia Lai',
  date: '2023-02-15',
  title: 'Kế hoạch công tác dân vận chính quyền năm 2023',
  year: 2023,
  basis: [],
  objectives: [],
  tasks: [
    task('II.1', { due: '2023-06-30', dueText: 'trước ngày 30/6/2023', recurrence: 'once' }),
    task('II.2'),
    task('II.2'),
    task('', { title: '=HYPERLINK("http://evil","click")' }),
  ],
  reports: [
    { text: 'Báo cáo 6 tháng', period: 'semiannual', due: '2023-05-10', unit: 'Văn phòng và Tổ chức đoàn thể' },
    { text: 'Báo cáo năm', period: 'annual', due: null, unit: 'Văn phòng và Tổ chức đoàn thể' },
  ],
  recipients: [],
  signer: { title: null, name: null, block: null },
  warnings: [],
};

describe('planToRecords', () => {
  const records = planToRecords(plan, { defaultDueToYearEnd: true });

  it('makes one row per task, then one per report duty coded BC.n led by the reporting unit', () => {
    expect(records.map((r) => r.code)).toEqual(['II.1', 'II.2', 'II.2-2', '4', 'BC.1', 'BC.2']);
    expect(records.map((r) => r.kind)).toEqual(['task', 'task', 'task', 'task', 'report', 'report']);
    expect(records[4]).toMatchObject({
      leadUnit: 'Văn phòng và Tổ chức đoàn thể',
      due: '2023-05-10',
      recurrence: 'semiannual',
      section: 'Chế độ báo cáo',
    });
    expect(records.every((r) => r.inPlan && r.progress.state === null)).toBe(true);
  });

  it('gives a task with no deadline 31/12 of the plan year only when asked', () => {
    expect(records.map((r) => r.due)).toEqual([
      '2023-06-30',
      '2023-12-31',
      '2023-12-31',
      '2023-12-31',
      '2023-05-10',
      '2023-12-31',
    ]);
    const kept = planToRecords(plan, { defaultDueToYearEnd: false });
    expect(kept.map((r) => r.due)).toEqual(['2023-06-30', null, null, null, '2023-05-10', null]);
    const noYear = planToRecords({ ...plan, year: null, date: null }, { defaultDueToYearEnd: true });
    expect(noYear[1].due).toBeNull();
  });
});

function withProgress(record: TaskRecord, progress: Partial<TaskRecord['progress']>): TaskRecord {
  return { ...record, progress: { ...record.progress, ...progress } };
}

describe.each(['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles'])('rows with the process in %s', (processZone) => {
  const base = planToRecords(plan, { defaultDueToYearEnd: true });
  const records = [
    withProgress(base[0], {
      state: 'done',
      percent: 100,
      completedOn: '2023-07-01',
      result: '+ Đã tổ chức 02 hội nghị',
      evidence: '@ số 12/BC',
      updatedAt: '2023-07-01T03:04:05.000Z',
      updatedBy: 'vanphong@example.gov.vn',
    }),
    ...base.slice(1),
  ];
  const sheetZone = 'Asia/Ho_Chi_Minh';

  it('writes the columns in the sheet order, with dates as midnight in the sheet zone', () => {
    process.env.TZ = processZone;
    const order: ColumnKey[] = ['state', 'code', 'due', 'title', 'completedOn', 'evaluation', 'percent'];
    const [first] = recordsToRows(records, order, 'vi', dateCellsIn(sheetZone), { cutoff: '2023-07-15' });
    expect(first[0]).toBe('Hoàn thành');
    expect(first[1]).toBe('II.1');
    expect((first[2] as Date).toISOString()).toBe('2023-06-29T17:00:00.000Z');
    expect((first[4] as Date).toISOString()).toBe('2023-06-30T17:00:00.000Z');
    expect(first[5]).toBe('Hoàn thành quá hạn');
    expect(first[6]).toBe(100);
    const [, second] = recordsToRows(records, order, 'en', serialDateCells);
    expect(second[0]).toBe('');
    expect(second[2]).toBe(45291); // 31/12/2023
    expect(second[5]).toBe('');
  });

  it('keeps formula-like text as text with a leading apostrophe, and reads it back without', () => {
    process.env.TZ = processZone;
    const rows = recordsToRows(records, COLUMN_KEYS as ColumnKey[], 'vi', serialDateCells);
    const title = COLUMN_KEYS.indexOf('title');
    expect(rows[3][title]).toBe(`'=HYPERLINK("http://evil","click")`);
    expect(rows[0][COLUMN_KEYS.indexOf('result')]).toBe("'+ Đã tổ chức 02 hội nghị");
    expect(rows.flat().filter((v) => typeof v === 'string' && /^[=+\-@]/.test(v))).toEqual([]);
    expect(['=1', '+1', '-1', '@x', 'a=b', ''].map(neutraliseFormula)).toEqual(["'=1", "'+1", "'-1", "'@x", 'a=b', '']);
  });

  it('round-trips every field through any column order', () => {
    process.env.TZ = processZone;
    const dates = dateCellsIn(sheetZone);
    const reversed = [...COLUMN_KEYS].reverse() as ColumnKey[];
    for (const order of [COLUMN_KEYS as ColumnKey[], reversed]) {
      const withForeign = [null, ...order.slice(0, 5), null, ...order.slice(5)];
      const rows = recordsToRows(records, withForeign, 'en', dates);
      // Sheets shows a quote-prefixed value without its apostrophe.
      const asRead = rows.map((row) => row.map((v) => (typeof v === 'string' ? v.replace(/^'/, '') : v)));
      expect(rowsToRecords(asRead, withForeign, dates)).toEqual(records);
      expect(rowsToRecords(rows, withForeign, dates)).toEqual(records);
    }
  });

  it('reads what people type: dd/MM/yyyy dates, "50%", labels in either language; skips blank rows', () => {
    process.env.TZ = processZone;
    const order: ColumnKey[] = ['code', 'title', 'state', 'percent', 'completedOn', 'due', 'supportUnits', 'inPlan'];
    const values = [
      ['II.9', 'Một việc', 'hoàn thành', '50%', '05/01/2024', 45291, 'A; B\nC', 'No longer in the plan'],
      ['', '', '', '', '', '', '', ''],
      ['II.10', 'Việc khác', 'nonsense', 'abc', 'not a date', '', '', ''],
    ];
    const [a, b, ...rest] = rowsToRecords(values, order, dateCellsIn(sheetZone));
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ code: 'II.9', due: '2023-12-31', supportUnits: ['A', 'B', 'C'], inPlan: false });
    expect(a.progress).toMatchObject({ state: 'done', percent: 50, completedOn: '2024-01-05' });
    expect(b.progress).toMatchObject({ state: null, percent: null, completedOn: null });
    expect(b.due).toBeNull();
    expect(b.inPlan).toBe(true);
  });
});

describe('mergeRevision', () => {
  const original = planToRecords(plan, { defaultDueToYearEnd: true });
  const existing = original.map((r, i) =>
    i === 0
      ? withProgress(r, { state: 'in_progress', percent: 40, result: 'Đang làm', updatedBy: 'a@b.vn' })
      : i === 1
        ? withProgress(r, { state: 'done', completedOn: '2023-03-01', evidence: 'Số 5/BC' })
        : r,
  );
  const revisedPlan: Plan = {
    ...plan,
    tasks: [
      task('II.1', { due: '2023-09-30', dueText: 'trước ngày 30/9/2023', recurrence: 'once', title: 'Tiêu đề mới' }),
      // II.2 dropped; II.2-2 and "4" dropped too (revision has different codes)
      task('II.3', { leadUnit: 'Phòng Quản lý doanh nghiệp' }),
    ],
  };
  const revised = planToRecords(revisedPlan, { defaultDueToYearEnd: true });
  const { records, diff } = mergeRevision(existing, revised);

  it('updates plan columns, keeps every progress field, appends new tasks, marks dropped ones', () => {
    expect(records.map((r) => r.code)).toEqual(['II.1', 'II.2', 'II.2-2', '4', 'BC.1', 'BC.2', 'II.3']);
    expect(records[0]).toMatchObject({
      title: 'Tiêu đề mới',
      due: '2023-09-30',
      dueText: 'trước ngày 30/9/2023',
      inPlan: true,
    });
    expect(records[0].progress).toEqual(existing[0].progress);
    expect(records[1].inPlan).toBe(false);
    expect(records[1].progress).toEqual(existing[1].progress);
    expect(records[6]).toMatchObject({
      leadUnit: 'Phòng Quản lý doanh nghiệp',
      inPlan: true,
      progress: emptyProgress(),
    });
  });

  it('reports what changes', () => {
    expect(diff).toEqual({
      added: ['II.3'],
      changed: [{ code: 'II.1', fields: ['title', 'due', 'dueText'] }],
      removed: ['II.2', 'II.2-2', '4'],
      unchanged: 2,
    });
  });

  it('is stable: applying the same revision again changes nothing', () => {
    const again = mergeRevision(records, revised);
    expect(again.records).toEqual(records);
    expect(again.diff).toEqual({ added: [], changed: [], removed: [], unchanged: records.length });
  });

  it('brings a dropped task back into the plan with its progress', () => {
    const back = mergeRevision(records, original);
    expect(back.records[1]).toMatchObject({ code: 'II.2', inPlan: true, progress: existing[1].progress });
    expect(back.diff.changed).toContainEqual({ code: 'II.2', fields: ['inPlan'] });
    expect(back.diff.removed).toEqual(['II.3']);
  });

  it('lets a re-import write only plan columns', () => {
    const keys = planColumnKeys(['state', null, 'code', 'result', 'due']);
    expect(keys).toEqual(['code', 'due']);
    expect(keys.every((k) => columnSpec(k).role === 'plan')).toBe(true);
  });
});
