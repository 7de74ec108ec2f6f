// Deadline phrases as plans write them, and the due dates and recurrences they mean.
import { describe, expect, it } from 'vitest';
import { findDeadline, parseDeadline } from '../../../src/core/plan/index';

describe('parseDeadline', () => {
  it.each([
    ['trước ngày 10/5/2023', '2023-05-10', 'once'],
    ['ngày 15 tháng 12 năm 2023', '2023-12-15', 'once'],
    ['tháng 6/2024', '2024-06-30', 'once'],
    ['Xong trong tháng 2/2024', '2024-02-29', 'once'],
    ['Quý II/2024', '2024-06-30', 'once'],
    ['Xong trong Quý IV/2026', '2026-12-31', 'once'],
    ['quý III, IV/2026, 2027', '2027-12-31', 'once'],
    ['6 tháng đầu năm 2023', '2023-06-30', 'once'],
    ['năm 2023', '2023-12-31', 'once'],
    ['Trong năm 2026', '2026-12-31', 'once'],
    ['2024 - 2030', '2030-12-31', 'once'],
    ['Hoàn thành đầu tư, lắp đặt và vận hành xong trước ngày 01/01/2030', '2030-01-01', 'once'],
  ])('reads "%s" as due %s', (text, due, recurrence) => {
    const d = parseDeadline(text, 2023);
    expect(d.due).toBe(due);
    expect(d.recurrence).toBe(recurrence);
    expect(d.dueText).toBe(text);
  });

  it.each([
    ['thường xuyên', 'ongoing'],
    ['Hằng năm', 'annual'],
    ['hàng năm', 'annual'],
    ['định kỳ hằng quý', 'quarterly'],
    ['trước ngày 18 hằng tháng', 'monthly'],
    ['mỗi học kỳ', 'semiannual'],
  ])('reads "%s" as a recurrence with no date', (text, recurrence) => {
    const d = parseDeadline(text, 2023);
    expect(d.due).toBeNull();
    expect(d.recurrence).toBe(recurrence);
  });

  it('takes the plan year when the phrase has none, and keeps the recurrence', () => {
    expect(parseDeadline('định kỳ hàng năm (trước ngày 10/12)', 2026)).toMatchObject({
      due: '2026-12-10',
      recurrence: 'annual',
    });
  });

  it('does not guess an impossible date: due stays null, the phrase is kept and flagged', () => {
    const d = parseDeadline('trước ngày 31/02/2024', 2024);
    expect(d.due).toBeNull();
    expect(d.dueText).toBe('trước ngày 31/02/2024');
    expect(d.invalidDate).toBe('31/02/2024');
  });

  it('returns nothing for a phrase with no deadline', () => {
    expect(parseDeadline('theo quy định', 2023)).toEqual({ due: null, dueText: null, recurrence: null });
    expect(parseDeadline('', 2023)).toEqual({ due: null, dueText: null, recurrence: null });
  });
});

describe('findDeadline in a task text', () => {
  it('finds a deadline next to a cue word', () => {
    const d = findDeadline('Xử lý dứt điểm các hành vi khai thác bằng tàu cuốc xong trong quý II năm 2026.', 2026);
    expect(d).toMatchObject({ due: '2026-06-30', dueText: 'xong trong quý II năm 2026', recurrence: 'once' });
  });

  it('reads an event date with a time ("Từ 13h30 ngày 02/6/2026")', () => {
    expect(findDeadline('Đợt 1: Từ 13h30’ ngày 02/6/2026 (Thứ Ba).', 2026)?.due).toBe('2026-06-02');
  });

  it('ignores the dates of cited documents and years that are not deadlines', () => {
    expect(
      findDeadline('Quán triệt Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương.', 2023),
    ).toBeNull();
    expect(
      findDeadline('Hoàn thành các mục tiêu của tỉnh đề ra trong năm 2023 và giai đoạn 2021-2025.', 2023),
    ).toBeNull();
  });

  it('falls back to a recurrence word', () => {
    expect(findDeadline('Tăng cường thanh tra, kiểm tra thường xuyên, đột xuất.', 2026)).toEqual({
      due: null,
      dueText: 'thường xuyên',
      recurrence: 'ongoing',
    });
  });
});
