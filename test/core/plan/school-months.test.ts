// Month headings without a year ("Tháng 9:") in a school plan: months 8–12 fall in the school year's first year, 1–7 in its second.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/core/plan/index';
import type { Plan } from '../../../src/core/types';

const plan = (title: string, body: string[]): Plan => {
  const r = parsePlan(
    ['TRƯỜNG TIỂU HỌC AN BÌNH', 'KẾ HOẠCH', title, 'I. NỘI DUNG', ...body, 'Nơi nhận:', '- Lưu: VT.'].join('\n'),
  );
  if (!r.ok) throw new Error(r.error);
  return r.plan;
};
const BODY = [
  'Tháng 9:',
  '- Tổ chức khai giảng năm học mới.',
  '- Họp phụ huynh học sinh trước ngày 20/9.',
  'Tháng 12:',
  '- Kiểm tra cuối học kỳ I.',
  'Tháng 3:',
  '- Hội giảng cấp trường, xong trước ngày 15/3.',
  '- Thi giáo viên dạy giỏi.',
  'Tháng 5:',
  '- Tổng kết năm học.',
];

describe('school-year month headings', () => {
  it.each(['Hoạt động chuyên môn năm học 2024-2025', 'Hoạt động chuyên môn năm học 2024 - 2025'])(
    '%s: Sept–Dec in 2024, Jan–Jul in 2025; a stated date wins',
    (title) => {
      const p = plan(title, BODY);
      expect(p.tasks.map((t) => [t.title.split(' ').slice(0, 3).join(' '), t.due])).toEqual([
        ['Tổ chức khai', '2024-09-30'],
        ['Họp phụ huynh', '2024-09-20'],
        ['Kiểm tra cuối', '2024-12-31'],
        ['Hội giảng cấp', '2025-03-15'],
        ['Thi giáo viên', '2025-03-31'],
        ['Tổng kết năm', '2025-05-31'],
      ]);
      expect(p.tasks[0].dueText).toBe('tháng 9/2024');
    },
  );

  it('without a school year, the months are of the plan year', () => {
    const p = plan('Công tác năm 2025', BODY);
    expect(p.tasks.map((t) => t.due)).toEqual([
      '2025-09-30',
      '2025-09-20',
      '2025-12-31',
      '2025-03-15',
      '2025-03-31',
      '2025-05-31',
    ]);
  });

  it('a heading with its year ("Tháng 9/2024:") keeps it', () => {
    const p = plan('Hoạt động năm học 2024-2025', ['Tháng 1/2026:', '- Sơ kết học kỳ I.']);
    expect(p.tasks.map((t) => t.due)).toEqual(['2026-01-31']);
  });
});
