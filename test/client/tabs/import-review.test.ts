// The import review list as a specification: default due dates; what dropping, merging,
// splitting (at a sentence) and typing units do to the list the user sees before the sheet is
// created; which tasks are flagged for review; dates typed as dd/MM/yyyy; bulk edits.
import { describe, expect, it } from 'vitest';
import {
  applyBulk,
  confirmFields,
  doubtsOf,
  dropTask,
  mergeUp,
  missingDue,
  parseTypedDate,
  planYear,
  rangeBetween,
  splitAtSentence,
  splitTask,
  splitUnits,
  withDefaultDues,
  type ReviewTask,
} from '../../../src/client/tabs/import-review';
import type { Plan, PlanTask } from '../../../src/core/types';

function task(ref: string, fields: Partial<PlanTask> = {}): PlanTask {
  return {
    ref,
    section: 'II. NHIỆM VỤ',
    title: `Nhiệm vụ ${ref}`,
    text: `Nhiệm vụ ${ref}.`,
    leadUnit: null,
    supportUnits: [],
    due: null,
    dueText: null,
    recurrence: null,
    ...fields,
  };
}

function plan(fields: Partial<Plan> = {}): Plan {
  return {
    number: '07/KH-UBND',
    code: null,
    issuer: 'UBND tỉnh',
    place: null,
    date: null,
    title: 'Kế hoạch thử',
    year: null,
    basis: [],
    objectives: [],
    tasks: [],
    reports: [],
    recipients: [],
    signer: { title: null, name: null, block: null },
    warnings: [],
    ...fields,
  };
}

const refs = (tasks: readonly PlanTask[]): string[] => tasks.map((t) => t.ref);

describe('default due dates', () => {
  it('gives a task or report with no deadline the 31 December of the plan year', () => {
    const start = withDefaultDues(
      plan({
        year: 2024,
        tasks: [task('II.1'), task('II.2', { due: '2024-06-30' })],
        reports: [{ text: 'Báo cáo năm', period: 'annual', due: null, unit: null }],
      }),
    );
    expect(start.tasks.map((t) => t.due)).toEqual(['2024-12-31', '2024-06-30']);
    expect(start.reports[0].due).toBe('2024-12-31');
  });

  it('takes the year from the plan date when the title names none', () => {
    expect(planYear(plan({ date: '2023-03-15' }))).toBe(2023);
    expect(withDefaultDues(plan({ date: '2023-03-15', tasks: [task('II.1')] })).tasks[0].due).toBe('2023-12-31');
    // The year written in the title wins over the signing date (a plan for 2024 signed in December 2023).
    expect(withDefaultDues(plan({ year: 2024, date: '2023-12-20', tasks: [task('II.1')] })).tasks[0].due).toBe(
      '2024-12-31',
    );
  });

  it('leaves the deadline empty when the plan has neither year nor date', () => {
    expect(planYear(plan())).toBeNull();
    expect(withDefaultDues(plan({ tasks: [task('II.1')] })).tasks[0].due).toBeNull();
  });

  it('works on a copy, so a date the user clears in the review is not the parsed plan’s', () => {
    const parsed = plan({ year: 2024, tasks: [task('II.1', { supportUnits: ['Sở Tài chính'] })] });
    const review = withDefaultDues(parsed);
    review.tasks[0].due = null;
    review.tasks[0].supportUnits.push('Sở Nội vụ');
    expect(parsed.tasks[0].due).toBeNull();
    expect(parsed.tasks[0].supportUnits).toEqual(['Sở Tài chính']);
    // Cleared stays cleared: the defaults are applied when the review starts, not to what the user edits.
    expect(review.tasks[0].due).toBeNull();
  });
});

describe('dropping a task', () => {
  it('removes only that task and keeps the order of the others', () => {
    const tasks = [task('II.1'), task('II.2'), task('II.3')];
    expect(refs(dropTask(tasks, 1))).toEqual(['II.1', 'II.3']);
    expect(refs(dropTask(tasks, 0))).toEqual(['II.2', 'II.3']);
    expect(refs(dropTask(tasks, 2))).toEqual(['II.1', 'II.2']);
    expect(refs(tasks)).toEqual(['II.1', 'II.2', 'II.3']);
  });

  it('drops nothing for an index outside the list', () => {
    expect(refs(dropTask([task('II.1')], 5))).toEqual(['II.1']);
  });
});

describe('merging a task into the one above', () => {
  it('joins the texts, keeps the upper code and title, and removes the lower task', () => {
    const tasks = [
      task('II.1'),
      task('II.2', { text: 'Rà soát thủ tục.' }),
      task('II.3', { text: 'Tổ chức tập huấn.' }),
      task('II.4'),
    ];
    const merged = mergeUp(tasks, 2);
    expect(refs(merged)).toEqual(['II.1', 'II.2', 'II.4']);
    expect(merged[1].text).toBe('Rà soát thủ tục.\nTổ chức tập huấn.');
    expect(merged[1].title).toBe('Nhiệm vụ II.2');
  });

  it('keeps the upper lead unit and adds the lower task’s units as support, each once', () => {
    const tasks = [
      task('II.1', { leadUnit: 'Sở Nội vụ', supportUnits: ['Sở Tài chính'] }),
      task('II.2', { leadUnit: 'Sở Tư pháp', supportUnits: ['Sở Tài chính', 'Sở Nội vụ', 'Công an tỉnh'] }),
    ];
    const [merged] = mergeUp(tasks, 1);
    expect(merged.leadUnit).toBe('Sở Nội vụ');
    expect(merged.supportUnits).toEqual(['Sở Tài chính', 'Sở Tư pháp', 'Công an tỉnh']);
    expect(tasks[0].supportUnits).toEqual(['Sở Tài chính']);
  });

  it('takes the lower lead unit when the upper task has none, without listing it as support too', () => {
    const tasks = [task('II.1', { supportUnits: ['Sở Tài chính'] }), task('II.2', { leadUnit: 'Sở Tư pháp' })];
    const [merged] = mergeUp(tasks, 1);
    expect(merged.leadUnit).toBe('Sở Tư pháp');
    expect(merged.supportUnits).toEqual(['Sở Tài chính']);
  });

  it('keeps the earlier deadline, or the only one', () => {
    expect(mergeUp([task('II.1', { due: '2024-09-30' }), task('II.2', { due: '2024-06-30' })], 1)[0].due).toBe(
      '2024-06-30',
    );
    expect(mergeUp([task('II.1', { due: '2024-06-30' }), task('II.2', { due: '2024-09-30' })], 1)[0].due).toBe(
      '2024-06-30',
    );
    expect(
      mergeUp([task('II.1'), task('II.2', { due: '2024-09-30', dueText: 'trước 30/9/2024' })], 1)[0],
    ).toMatchObject({
      due: '2024-09-30',
      dueText: 'trước 30/9/2024',
    });
    expect(mergeUp([task('II.1'), task('II.2')], 1)[0].due).toBeNull();
  });

  it('leaves the list as it is for the first task, which has nothing above it', () => {
    const tasks = [task('II.1', { text: 'Một.' }), task('II.2', { text: 'Hai.' })];
    const after = mergeUp(tasks, 0);
    expect(refs(after)).toEqual(['II.1', 'II.2']);
    expect(after.map((t) => t.text)).toEqual(['Một.', 'Hai.']);
    expect(refs(mergeUp(tasks, 2))).toEqual(['II.1', 'II.2']);
  });
});

describe('splitting a task', () => {
  const TWO =
    'Rà soát, đánh giá kết quả thực hiện quy chế dân chủ ở cơ sở. Tổ chức tập huấn cho cán bộ, công chức về công tác dân vận chính quyền.';

  it('cuts the text between its sentences: the first stays, the rest becomes a new task right after it', () => {
    const tasks = [
      task('II.1'),
      task('II.2', {
        text: TWO,
        title: 'Rà soát, đánh giá kết quả thực hiện quy chế dân chủ ở cơ sở',
        leadUnit: 'Sở Nội vụ',
        due: '2024-06-30',
      }),
      task('II.3'),
    ];
    const split = splitTask(tasks, 1);
    expect(refs(split)).toEqual(['II.1', 'II.2', 'II.2-2', 'II.3']);
    expect(split[1]).toMatchObject({
      text: 'Rà soát, đánh giá kết quả thực hiện quy chế dân chủ ở cơ sở.',
      title: 'Rà soát, đánh giá kết quả thực hiện quy chế dân chủ ở cơ sở',
    });
    expect(split[2]).toMatchObject({
      text: 'Tổ chức tập huấn cho cán bộ, công chức về công tác dân vận chính quyền.',
      title: 'Tổ chức tập huấn cho cán bộ, công chức về công tác dân vận chính quyền',
      leadUnit: 'Sở Nội vụ',
      due: '2024-06-30',
    });
    // The list given is left as it was.
    expect(tasks[1].text).toBe(TWO);
  });

  it('cuts at the boundary nearest the middle of the text', () => {
    const text = 'Một. Hai câu ngắn. Ba là câu dài hơn hẳn hai câu trước cộng lại. Bốn.';
    const [first, second] = splitTask([task('II.1', { text })], 0);
    expect(first.text).toBe('Một. Hai câu ngắn.');
    expect(second.text).toBe('Ba là câu dài hơn hẳn hai câu trước cộng lại. Bốn.');
    expect(second.title).toBe('Ba là câu dài hơn hẳn hai câu trước cộng lại');
  });

  it('treats a semicolon and a line break as sentence boundaries, but not a full stop inside a sentence', () => {
    expect(splitAtSentence('Tuyên truyền, phổ biến pháp luật; tổ chức đối thoại với nhân dân.')).toEqual([
      'Tuyên truyền, phổ biến pháp luật;',
      'tổ chức đối thoại với nhân dân.',
    ]);
    expect(splitAtSentence('Kiện toàn Ban Chỉ đạo\n- Ban hành quy chế hoạt động')).toEqual([
      'Kiện toàn Ban Chỉ đạo',
      '- Ban hành quy chế hoạt động',
    ]);
    expect(splitAtSentence('Hội nghị, tập huấn, v.v. theo kế hoạch năm 2024.')).toBeNull();
    expect(splitAtSentence('Thực hiện trước ngày 10.5.2024.')).toBeNull();
  });

  it('copies a one-sentence text whole, with the next free code, so codes stay unique', () => {
    const tasks = [task('II.1'), task('II.2', { leadUnit: 'Sở Nội vụ', due: '2024-06-30' }), task('II.3')];
    const split = splitTask(tasks, 1);
    expect(refs(split)).toEqual(['II.1', 'II.2', 'II.2-2', 'II.3']);
    expect(split[1]).toEqual(tasks[1]);
    expect(split[2]).toMatchObject({
      leadUnit: 'Sở Nội vụ',
      due: '2024-06-30',
      text: tasks[1].text,
      title: tasks[1].title,
    });
    // Splitting again skips the code already taken.
    const again = splitTask(split, 1);
    expect(refs(again)).toEqual(['II.1', 'II.2', 'II.2-3', 'II.2-2', 'II.3']);
    expect(new Set(refs(again)).size).toBe(again.length);
  });

  it('gives the new task its own unit list, so editing one half leaves the other alone', () => {
    for (const text of ['Một câu.', TWO]) {
      const split = splitTask([task('II.1', { text, supportUnits: ['Sở Tài chính'] })], 0);
      split[1].supportUnits.push('Sở Nội vụ');
      expect(split[0].supportUnits).toEqual(['Sở Tài chính']);
    }
  });

  it('splits nothing for an index outside the list', () => {
    expect(refs(splitTask([task('II.1')], 3))).toEqual(['II.1']);
  });
});

describe('units typed in the review', () => {
  it('are separated by semicolons or new lines, trimmed, with blanks dropped', () => {
    expect(splitUnits(' Sở Tài chính; Sở Nội vụ ;\nCông an tỉnh;; ')).toEqual([
      'Sở Tài chính',
      'Sở Nội vụ',
      'Công an tỉnh',
    ]);
    expect(splitUnits('   ')).toEqual([]);
  });

  it('keep a comma inside a unit name', () => {
    expect(splitUnits('Sở Văn hóa, Thể thao và Du lịch; Sở Y tế')).toEqual([
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Y tế',
    ]);
  });
});

describe('dates typed as dd/MM/yyyy', () => {
  it('reads day, month and year in the Vietnamese order, with or without leading zeros', () => {
    expect(parseTypedDate('30/06/2025')).toBe('2025-06-30');
    expect(parseTypedDate('1/7/2025')).toBe('2025-07-01');
    expect(parseTypedDate(' 05/12/2025 ')).toBe('2025-12-05');
    expect(parseTypedDate('15.3.2025')).toBe('2025-03-15');
    expect(parseTypedDate('15-03-2025')).toBe('2025-03-15');
    expect(parseTypedDate('29/02/2024')).toBe('2024-02-29');
  });

  it('refuses what is not a real calendar date in that form', () => {
    for (const text of [
      '31/02/2025',
      '29/02/2025',
      '12/13/2025',
      '00/01/2025',
      '2025-06-30',
      '30/06/25',
      '30/06',
      '',
      'ngày 30/6/2025',
      '3O/06/2025',
    ]) {
      expect(parseTypedDate(text), text).toBeNull();
    }
  });
});

describe('tasks flagged for review', () => {
  const sure = { task: 0.9, lead: 0.9, due: 0.9 };

  it('flags each field the parser is unsure of (below 0.6), with its reason', () => {
    expect(doubtsOf(task('II.1', { due: '2025-06-30', confidence: sure }))).toEqual([]);
    expect(doubtsOf(task('II.1', { due: '2025-06-30', confidence: { task: 0.4, lead: 0.59, due: 0.6 } }))).toEqual([
      'task',
      'lead',
    ]);
    expect(doubtsOf(task('II.1', { due: '2025-06-30', confidence: { ...sure, due: 0.2 } }))).toEqual(['due']);
  });

  it('flags a task with no deadline until the user gives one or chooses "no deadline"', () => {
    const open: ReviewTask = task('II.1');
    expect(missingDue(open)).toBe(true);
    expect(doubtsOf(open)).toEqual(['missingDue']);
    expect(doubtsOf({ ...open, noDue: true })).toEqual([]);
    expect(doubtsOf({ ...open, due: '2025-06-30' })).toEqual([]);
  });

  it('treats a parse without confidences as sure', () => {
    expect(doubtsOf(task('II.1', { due: '2025-06-30' }))).toEqual([]);
  });

  it('stops flagging a field once the user has checked it, on that task only', () => {
    const first = task('II.1', { due: '2025-06-30', confidence: { task: 0.3, lead: 0.3, due: 0.9 } });
    const [kept, copy] = splitTask([first], 0);
    confirmFields(kept, ['lead']);
    expect(doubtsOf(kept)).toEqual(['task']);
    expect(doubtsOf(copy)).toEqual(['task', 'lead']);
  });
});

describe('bulk edit of the ticked tasks', () => {
  const tasks = (): ReviewTask[] => [
    task('II.1', { leadUnit: 'Văn phòng', supportUnits: ['Thanh tra'], due: '2025-12-31' }),
    task('II.2', { leadUnit: 'Văn phòng', due: '2025-03-31' }),
    task('II.3', { leadUnit: null }),
    task('II.4', { leadUnit: 'Thanh tra', due: '2025-06-30' }),
  ];

  it('sets the lead unit, the supporting units and the deadline of the ticked tasks only', () => {
    const before = tasks();
    const after = applyBulk(before, new Set([1, 2]), {
      leadUnit: 'Phòng Pháp chế',
      supportUnits: ['Thanh tra', 'Văn phòng'],
      due: '2025-09-30',
    });
    expect(after.map((t) => [t.ref, t.leadUnit, t.supportUnits, t.due])).toEqual([
      ['II.1', 'Văn phòng', ['Thanh tra'], '2025-12-31'],
      ['II.2', 'Phòng Pháp chế', ['Thanh tra', 'Văn phòng'], '2025-09-30'],
      ['II.3', 'Phòng Pháp chế', ['Thanh tra', 'Văn phòng'], '2025-09-30'],
      ['II.4', 'Thanh tra', [], '2025-06-30'],
    ]);
    // The list shown before the edit is left as it was; ticked tasks do not share one unit list.
    expect(before[1]).toMatchObject({ leadUnit: 'Văn phòng', due: '2025-03-31' });
    after[1].supportUnits.push('Sở Nội vụ');
    expect(after[2].supportUnits).toEqual(['Thanh tra', 'Văn phòng']);
  });

  it('leaves a field out of the edit as each task had it', () => {
    const after = applyBulk(tasks(), new Set([0, 1]), { due: '2025-10-15' });
    expect(after.map((t) => [t.leadUnit, t.supportUnits, t.due])).toEqual([
      ['Văn phòng', ['Thanh tra'], '2025-10-15'],
      ['Văn phòng', [], '2025-10-15'],
      [null, [], null],
      ['Thanh tra', [], '2025-06-30'],
    ]);
  });

  it('drops the deadlines only as the user\'s "no deadline" choice, which then stops the flag', () => {
    const after = applyBulk(tasks(), new Set([0, 2]), { due: null });
    expect(after.map((t) => t.due)).toEqual([null, '2025-03-31', null, '2025-06-30']);
    expect(after.filter(missingDue)).toEqual([]);
    // A date given later replaces the choice.
    expect(missingDue(applyBulk(after, new Set([0]), { due: '2025-05-05' })[0])).toBe(false);
    expect(applyBulk(after, new Set([0]), { due: '2025-05-05' })[0].noDue).toBe(false);
  });

  it('clears the doubt about the fields it sets', () => {
    const doubtful = [task('II.1', { confidence: { task: 0.9, lead: 0.2, due: 0.2 } })];
    expect(doubtsOf(applyBulk(doubtful, new Set([0]), { leadUnit: 'Thanh tra' })[0])).toEqual(['due', 'missingDue']);
    expect(doubtsOf(applyBulk(doubtful, new Set([0]), { leadUnit: 'Thanh tra', due: '2025-06-30' })[0])).toEqual([]);
  });
});

describe('shift-click ranges', () => {
  it('runs from the last ticked row to the clicked one, in either direction, over the rows shown', () => {
    expect(rangeBetween([0, 1, 2, 3, 4, 5], 1, 4)).toEqual([1, 2, 3, 4]);
    expect(rangeBetween([0, 1, 2, 3, 4, 5], 4, 1)).toEqual([1, 2, 3, 4]);
    // With the list filtered to the flagged tasks, hidden ones are not ticked.
    expect(rangeBetween([2, 7, 9, 30], 7, 30)).toEqual([7, 9, 30]);
    // A last row no longer shown: only the clicked one.
    expect(rangeBetween([2, 7, 9], 5, 9)).toEqual([9]);
  });
});
