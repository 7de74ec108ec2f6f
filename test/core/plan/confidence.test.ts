// Every parsed task says how sure the parser is of it, its lead unit and its deadline; doubtful ones fall below 0.6.
// Every excerpt here is synthetic, written for the rule it shows.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/core/plan/index';
import type { Plan, PlanTask } from '../../../src/core/types';

const HEAD = [
  'UBND XÃ HÒA BÌNH',
  'Số: 12/KH-UBND',
  'Hòa Bình, ngày 05 tháng 3 năm 2026',
  'KẾ HOẠCH',
  'Chỉnh trang nghĩa trang nhân dân năm 2026',
];
const TAIL = ['Nơi nhận:', '- UBND huyện;', '- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Lê Văn Sơn'];

function plan(...body: string[]): Plan {
  const r = parsePlan([...HEAD, ...body, ...TAIL].join('\n'));
  if (!r.ok) throw new Error(r.error);
  return r.plan;
}

const flagged = (t: PlanTask): boolean => Math.min(t.confidence!.task, t.confidence!.lead, t.confidence!.due) < 0.6;

describe('confidence of parsed tasks', () => {
  it('is high for a task that opens with a verb, names its unit and states a date', () => {
    const p = plan(
      'I. NHIỆM VỤ',
      '1. Giao Công chức Địa chính chủ trì đo đạc lại ranh giới nghĩa trang, hoàn thành trước ngày 30/4/2026.',
    );
    const c = p.tasks[0].confidence!;
    expect(c.task).toBeGreaterThanOrEqual(0.9);
    expect(c.lead).toBeGreaterThanOrEqual(0.9);
    expect(c.due).toBeGreaterThanOrEqual(0.9);
    expect(flagged(p.tasks[0])).toBe(false);
  });

  it('flags a bare noun phrase and a task with no unit under the section that assigns units', () => {
    const p = plan('I. TỔ CHỨC THỰC HIỆN', '1. Rà soát các phần mộ chưa có bia.', '2. Khu mộ liệt sĩ phía đông');
    const [verb, noun] = p.tasks;
    expect(verb.confidence!.lead).toBeLessThan(0.6);
    expect(noun.confidence!.task).toBeLessThan(0.6);
    expect(p.tasks.every(flagged)).toBe(true);
  });

  it('flags a deadline phrase that names no date it can read', () => {
    const p = plan('I. NHIỆM VỤ', '1. Văn phòng UBND xã lập dự toán chỉnh trang, hoàn thành trước ngày 31/02/2026.');
    expect(p.tasks[0].confidence!.due).toBeLessThan(0.6);
  });

  it('keeps every value between 0 and 1 on table rows too', () => {
    const p = plan(
      'I. NHIỆM VỤ',
      'STT | Nội dung | Đơn vị chủ trì | Thời gian',
      '1 | Trồng cây xanh quanh nghĩa trang | Đoàn Thanh niên xã | Tháng 4/2026',
      '2 | Sửa cổng chính | | Đợt cuối',
    );
    // The second row's empty unit cell is merged with the one above: the unit is inferred, so less sure.
    expect(p.tasks.map((t) => t.leadUnit)).toEqual(['Đoàn Thanh niên xã', 'Đoàn Thanh niên xã']);
    expect(p.tasks.map((t) => t.confidence!.lead >= 0.9)).toEqual([true, false]);
    expect(p.tasks[1].confidence!.due).toBeLessThan(0.6);
    for (const t of p.tasks) for (const v of Object.values(t.confidence!)) expect(v >= 0 && v <= 1).toBe(true);
  });
});
