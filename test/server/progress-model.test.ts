// What a progress save decides before it touches the sheet: a valid update, the fingerprint that
// tells an edit made in between, which fields changed, and how the progress tab orders tasks.
import { describe, expect, it } from 'vitest';
import {
  changedFields,
  columnRuns,
  normalizeUpdate,
  progressBaseline,
  progressTask,
  sortByUrgency,
} from '../../src/server/tracking/progress-model';
import { UserError } from '../../src/server/rpc';
import type { TaskProgress, TaskRecord } from '../../src/core/types';
import type { ProgressTask, ProgressUpdate } from '../../src/shared/rpc';

const TODAY = '2024-07-10';

function update(fields: Partial<ProgressUpdate>): ProgressUpdate {
  return {
    planKey: 'kh-07',
    code: 'II.1',
    state: null,
    percent: null,
    completedOn: null,
    result: '',
    evidence: '',
    baseline: null,
    ...fields,
  };
}

function progress(fields: Partial<TaskProgress> = {}): TaskProgress {
  return {
    state: null,
    percent: null,
    completedOn: null,
    result: '',
    evidence: '',
    updatedAt: null,
    updatedBy: '',
    ...fields,
  };
}

function record(code: string, due: string | null, fields: Partial<TaskProgress> = {}): TaskRecord {
  return {
    code,
    kind: 'task',
    section: 'II',
    title: `Nhiệm vụ ${code}`,
    text: '',
    leadUnit: 'Sở Tư pháp',
    supportUnits: [],
    due,
    dueText: null,
    recurrence: null,
    inPlan: true,
    progress: progress(fields),
  };
}

/** The message key of the UserError thrown by `fn`, or null. */
function rejection(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (error) {
    if (error instanceof UserError) return error.key;
    throw error;
  }
}

describe('a progress update', () => {
  it('accepts the state as a key or as its label in Vietnamese or English', () => {
    expect(normalizeUpdate(update({ state: 'in_progress' }), TODAY).state).toBe('in_progress');
    expect(normalizeUpdate(update({ state: 'Đang thực hiện' }), TODAY).state).toBe('in_progress');
    expect(normalizeUpdate(update({ state: 'In progress' }), TODAY).state).toBe('in_progress');
    expect(normalizeUpdate(update({ state: '  ' }), TODAY).state).toBeNull();
  });

  it('refuses an unknown state, a percent outside 0–100, a malformed or future completion date', () => {
    expect(rejection(() => normalizeUpdate(update({ state: 'xong rồi' }), TODAY))).toBe('trkBadState');
    expect(rejection(() => normalizeUpdate(update({ percent: 101 }), TODAY))).toBe('trkBadPercent');
    expect(rejection(() => normalizeUpdate(update({ percent: -1 }), TODAY))).toBe('trkBadPercent');
    expect(rejection(() => normalizeUpdate(update({ percent: 'năm mươi' as unknown as number }), TODAY))).toBe(
      'trkBadPercent',
    );
    expect(rejection(() => normalizeUpdate(update({ completedOn: '10/07/2024' }), TODAY))).toBe('trkBadDate');
    expect(rejection(() => normalizeUpdate(update({ completedOn: '2024-02-30' }), TODAY))).toBe('trkBadDate');
    expect(rejection(() => normalizeUpdate(update({ completedOn: '2024-07-11' }), TODAY))).toBe('trkDateInFuture');
  });

  it('accepts the bounds: 0 and 100 percent, completed today', () => {
    expect(normalizeUpdate(update({ percent: 0 }), TODAY).percent).toBe(0);
    expect(normalizeUpdate(update({ percent: 100, completedOn: TODAY }), TODAY)).toMatchObject({
      percent: 100,
      completedOn: TODAY,
    });
  });

  it('completes a task set to done today at 100 percent unless the user said otherwise', () => {
    expect(normalizeUpdate(update({ state: 'done' }), TODAY)).toMatchObject({ completedOn: TODAY, percent: 100 });
    expect(normalizeUpdate(update({ state: 'done', completedOn: '2024-07-01', percent: 90 }), TODAY)).toMatchObject({
      completedOn: '2024-07-01',
      percent: 90,
    });
    expect(normalizeUpdate(update({ state: 'in_progress' }), TODAY)).toMatchObject({
      completedOn: null,
      percent: null,
    });
  });

  it('trims the result and evidence', () => {
    expect(normalizeUpdate(update({ result: '  Đã ban hành  ', evidence: ' 123/QĐ-UBND ' }), TODAY)).toMatchObject({
      result: 'Đã ban hành',
      evidence: '123/QĐ-UBND',
    });
  });
});

describe('the baseline of a row', () => {
  it('is the same for the same cells and differs when any progress cell or the update stamp changes', () => {
    const base = progress({
      state: 'in_progress',
      percent: 50,
      result: 'Đang soạn',
      updatedAt: '2024-07-01T08:00:00Z',
      updatedBy: 'a@example.gov.vn',
    });
    expect(progressBaseline({ ...base })).toBe(progressBaseline(base));
    const edits: Partial<TaskProgress>[] = [
      { state: 'done' },
      { percent: 60 },
      { completedOn: '2024-07-02' },
      { result: 'Đang soạn.' },
      { evidence: 'x' },
      { updatedAt: '2024-07-01T08:00:01Z' },
      { updatedBy: 'b@example.gov.vn' },
    ];
    for (const edit of edits)
      expect(progressBaseline({ ...base, ...edit }), JSON.stringify(edit)).not.toBe(progressBaseline(base));
  });

  it('is what the progress tab receives with each task', () => {
    const row = record('II.1', '2024-12-31', { state: 'in_progress', percent: 40 });
    expect(progressTask(row, TODAY, 7).baseline).toBe(progressBaseline(row.progress));
  });
});

describe('changed fields', () => {
  it('lists only the entered fields whose value differs, in log order', () => {
    const before = normalizeUpdate(update({ state: 'in_progress', percent: 40, result: 'A' }), TODAY);
    const after = normalizeUpdate(update({ state: 'done', percent: 40, result: 'B', completedOn: TODAY }), TODAY);
    expect(changedFields(before, after)).toEqual(['state', 'completedOn', 'result']);
    expect(changedFields(before, before)).toEqual([]);
  });
});

describe('the progress tab list', () => {
  it('evaluates each task at today: due today is not overdue', () => {
    expect(progressTask(record('II.1', TODAY, { state: 'in_progress' }), TODAY, 7).evaluation).toBe('due_soon');
    expect(progressTask(record('II.1', '2024-07-09', { state: 'in_progress' }), TODAY, 7).evaluation).toBe('overdue');
    expect(
      progressTask(record('II.1', '2024-07-09', { state: 'done', completedOn: '2024-07-09' }), TODAY, 7).evaluation,
    ).toBe('done_on_time');
  });

  it('puts overdue first, then due soon, then the rest, earlier deadlines first and no deadline last', () => {
    const task = (code: string, evaluation: string, due: string | null): ProgressTask =>
      ({ code, evaluation, due }) as ProgressTask;
    const sorted = sortByUrgency([
      task('A', 'done_on_time', '2024-01-01'),
      task('B', 'on_track', null),
      task('C', 'due_soon', '2024-07-15'),
      task('D', 'overdue', '2024-07-01'),
      task('E', 'on_track', '2024-09-01'),
      task('F', 'overdue', '2024-05-01'),
      task('G', 'due_soon', '2024-07-12'),
    ]);
    expect(sorted.map((t) => t.code)).toEqual(['F', 'D', 'G', 'C', 'E', 'B', 'A']);
  });
});

describe('column runs', () => {
  it('groups columns into contiguous ranges so a save writes one range per run', () => {
    expect(columnRuns([7, 2, 3, 4, 9, 8, 3])).toEqual([
      [2, 4],
      [7, 9],
    ]);
    expect(columnRuns([5])).toEqual([[5, 5]]);
    expect(columnRuns([])).toEqual([]);
  });
});
