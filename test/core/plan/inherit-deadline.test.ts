// Deadlines stated above the items: a group's parent sentence and a section's "Thời gian thực hiện: …" line hold for the items that state none.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/core/plan/index';
import type { Plan } from '../../../src/core/types';

const plan = (body: string[]): Plan => {
  const r = parsePlan(
    ['UBND HUYỆN AN BÌNH', 'KẾ HOẠCH', 'Công tác kiểm tra năm 2024', ...body, 'Nơi nhận:', '- Lưu: VT.'].join('\n'),
  );
  if (!r.ok) throw new Error(r.error);
  return r.plan;
};
const dues = (p: Plan) => p.tasks.map((t) => [t.ref, t.due, t.recurrence]);

describe('deadline inherited from a group parent', () => {
  it('gives the parent quarter to sub-items without a deadline of their own; a stated one wins', () => {
    const p = plan([
      'I. NHIỆM VỤ',
      '1. Tổ chức kiểm tra tại các xã trong Quý III/2024:',
      'a) Kiểm tra việc cấp giấy chứng nhận.',
      'b) Kiểm tra hồ sơ đất đai, xong trước ngày 15/8/2024.',
      '2. Tuyên truyền:',
      '- Phát tin trên đài truyền thanh xã.',
    ]);
    expect(dues(p)).toEqual([
      ['I.1.a', '2024-09-30', 'once'],
      ['I.1.b', '2024-08-15', 'once'],
      ['I.2-1', null, null],
    ]);
    expect(p.tasks[0].dueText).toBe('trong Quý III/2024');
  });

  it('passes a recurrence word the same way, and not a cited document date nor a reporting deadline', () => {
    const p = plan([
      'I. NHIỆM VỤ',
      '1. Thường xuyên thực hiện các việc sau:',
      '- Cập nhật dữ liệu.',
      '2. Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2024 như sau:',
      '- Rà soát hồ sơ.',
      '3. Các xã thực hiện các nội dung sau; báo cáo kết quả trước ngày 15/12/2024:',
      '- Lập danh sách hộ nghèo.',
    ]);
    expect(dues(p)).toEqual([
      ['I.1-1', null, 'ongoing'],
      ['I.2-1', null, null],
      ['I.3-1', null, null],
    ]);
  });
});

describe('deadline line under a Roman section', () => {
  it('"Thời gian thực hiện: năm 2024" holds for the items of the section, and is not a task itself', () => {
    const p = plan([
      'I. NHIỆM VỤ',
      'Thời gian thực hiện: năm 2024.',
      '1. Rà soát các thủ tục hành chính.',
      '2. Kiểm tra công vụ, hoàn thành trong tháng 6/2024.',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng: theo dõi việc thực hiện.',
    ]);
    expect(dues(p)).toEqual([
      ['I.1', '2024-12-31', 'once'],
      ['I.2', '2024-06-30', 'once'],
      ['II.1', null, null],
    ]);
  });
  it('a section written as paragraphs only keeps its other paragraphs as tasks', () => {
    const p = plan(['I. NHIỆM VỤ', 'Thời hạn hoàn thành: Quý II/2024.', 'Rà soát, sắp xếp lại các điểm trường.']);
    expect(dues(p)).toEqual([['I.1', '2024-06-30', 'once']]);
  });
});
