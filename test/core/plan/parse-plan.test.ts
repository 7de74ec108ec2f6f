// parsePlan as a specification: given plan text, these header fields, tasks, units, deadlines, reports and closing.
import { describe, expect, it } from 'vitest';
import { blocksFromText, normalizeText, parsePlan } from '../../../src/core/plan/index';
import type { Plan } from '../../../src/core/types';

const PLAN = [
  'UBND TỈNH GIA LAI | | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'SỞ NỘI VỤ | | Độc lập - Tự do - Hạnh phúc',
  'Số: 46/KH-SNV | | Gia Lai, ngày 05 tháng 01 năm 2024',
  '',
  'KẾ HOẠCH',
  'Cải cách hành chính năm 2024',
  'Căn cứ Quyết định số 12/QĐ-UBND ngày 02/01/2024 của UBND tỉnh; Sở Nội vụ xây dựng Kế hoạch như sau:',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Nâng cao chất lượng phục vụ người dân.',
  'II. NHIỆM VỤ',
  '1. Rà soát thủ tục hành chính',
  '- Rà soát, đơn giản hóa thủ tục hành chính, hoàn thành trước ngày 30/6/2024.',
  '- Công khai thủ tục hành chính thường xuyên.',
  '2. Giao Văn phòng Sở chủ trì, phối hợp với Phòng Tổ chức cán bộ xây dựng quy chế, xong trong Quý III/2024.',
  '3. Kiểm tra việc thực hiện, hoàn thành trước ngày 31/02/2024.',
  'III. TỔ CHỨC THỰC HIỆN',
  '1. Phòng Cải cách hành chính: Theo dõi, đôn đốc thực hiện Kế hoạch; báo cáo định kỳ 06 tháng (trước ngày 15/6/2024), 01 năm (trước ngày 15/12/2024).',
  '2. Thanh tra Sở',
  'Kiểm tra công vụ đột xuất.',
  'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Nội vụ.',
  'Nơi nhận:',
  '- UBND tỉnh (b/c);',
  '- Các phòng thuộc Sở;',
  '- Lưu: VT, CCHC.',
  'KT. GIÁM ĐỐC',
  'PHÓ GIÁM ĐỐC',
  'Nguyễn Văn An',
].join('\n');

function parse(text: string, locale: 'vi' | 'en' = 'vi'): Plan {
  const r = parsePlan(text, { locale });
  if (!r.ok) throw new Error(r.error);
  return r.plan;
}

describe('parsePlan: header', () => {
  const plan = parse(PLAN);
  it('reads number, code, place, date, year, title and basis', () => {
    expect(plan).toMatchObject({
      number: '46',
      code: 'KH-SNV',
      place: 'Gia Lai',
      date: '2024-01-05',
      year: 2024,
      title: 'Cải cách hành chính năm 2024',
    });
    expect(plan.basis[0]).toMatch(/^Căn cứ Quyết định/);
    expect(plan.issuer).toBe('Sở Nội vụ');
  });
  it('keeps objectives out of the tasks', () => {
    expect(plan.objectives).toContain('Nâng cao chất lượng phục vụ người dân.');
    expect(plan.tasks.some((t) => t.text.startsWith('Nâng cao chất lượng'))).toBe(false);
  });
  it('gives a blank number as null', () => {
    expect(parse(PLAN.replace('Số: 46/KH-SNV', 'Số: /KH-SNV')).number).toBeNull();
  });
});

describe('parsePlan: tasks', () => {
  const plan = parse(PLAN);
  const byRef = Object.fromEntries(plan.tasks.map((t) => [t.ref, t]));
  it('takes dash items under a heading as tasks, not the heading', () => {
    expect(plan.tasks.map((t) => t.ref)).toEqual(['II.1-1', 'II.1-2', 'II.2', 'II.3', 'III.1', 'III.2']);
  });
  it('reads deadlines and recurrence from the task text', () => {
    expect(byRef['II.1-1']).toMatchObject({
      due: '2024-06-30',
      dueText: 'hoàn thành trước ngày 30/6/2024',
      recurrence: 'once',
    });
    expect(byRef['II.1-2']).toMatchObject({ due: null, recurrence: 'ongoing' });
    expect(byRef['II.2']).toMatchObject({ due: '2024-09-30', dueText: 'xong trong Quý III/2024' });
  });
  it('leaves an impossible date empty and warns', () => {
    expect(byRef['II.3'].due).toBeNull();
    expect(plan.warnings.join(' ')).toContain('31/02/2024');
  });
  it('reads units: "Giao X chủ trì, phối hợp với Y", "Unit: duties", a unit heading with its paragraph', () => {
    expect(byRef['II.2']).toMatchObject({ leadUnit: 'Văn phòng Sở', supportUnits: ['Phòng Tổ chức cán bộ'] });
    expect(byRef['III.1'].leadUnit).toBe('Phòng Cải cách hành chính');
    expect(byRef['III.1'].text).toMatch(/^Theo dõi, đôn đốc/);
    expect(byRef['III.2']).toMatchObject({ leadUnit: 'Thanh tra Sở', text: 'Kiểm tra công vụ đột xuất.' });
  });
  it('keeps closing boilerplate out of the tasks', () => {
    expect(plan.tasks.some((t) => /khó khăn, vướng mắc/.test(t.text))).toBe(false);
  });
  it('cuts titles to one line of at most 160 characters', () => {
    for (const t of plan.tasks) expect(t.title.length).toBeLessThanOrEqual(160);
  });
});

describe('parsePlan: reports and closing', () => {
  const plan = parse(PLAN);
  it('reads each reporting period with its deadline and unit', () => {
    expect(plan.reports).toEqual([
      expect.objectContaining({ period: 'semiannual', due: '2024-06-15', unit: 'Phòng Cải cách hành chính' }),
      expect.objectContaining({ period: 'annual', due: '2024-12-15', unit: 'Phòng Cải cách hành chính' }),
    ]);
  });
  it('reads recipients without the archive line, and the signer block', () => {
    expect(plan.recipients).toEqual(['UBND tỉnh (b/c)', 'Các phòng thuộc Sở']);
    expect(plan.signer).toEqual({ title: 'PHÓ GIÁM ĐỐC', name: 'Nguyễn Văn An', block: 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC' });
  });
});

describe('parsePlan: task tables', () => {
  it('reads a tab-separated table of tasks with lead, partners and deadline columns', () => {
    const text = [
      'KẾ HOẠCH',
      'Chuyển đổi số năm 2024',
      'II. NHIỆM VỤ',
      'STT\tNội dung nhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành',
      '1\tXây dựng cơ sở dữ liệu\tSở Thông tin và Truyền thông\tSở Tài chính; Sở Nội vụ\tQuý II/2024',
      '2\tĐào tạo kỹ năng số\tSở Nội vụ\t\tThường xuyên',
    ].join('\n');
    const plan = parse(text);
    expect(plan.tasks).toHaveLength(2);
    expect(plan.tasks[0]).toMatchObject({
      text: 'Xây dựng cơ sở dữ liệu',
      leadUnit: 'Sở Thông tin và Truyền thông',
      supportUnits: ['Sở Tài chính', 'Sở Nội vụ'],
      due: '2024-06-30',
    });
    expect(plan.tasks[1]).toMatchObject({ leadUnit: 'Sở Nội vụ', due: null, recurrence: 'ongoing' });
  });
});

describe('parsePlan: input that is not a plan', () => {
  it.each([
    ['', 'Không có nội dung'],
    ['   \n\n  ', 'Không có nội dung'],
    ['\u0000\u0001PK\u0003\u0004binary', 'tệp nhị phân'],
    ['Xin chào, đây là một lá thư bình thường.\nChúc sức khỏe.', 'Không tìm thấy nhiệm vụ'],
  ])('answers %j with a Vietnamese message, never an exception', (input, words) => {
    const r = parsePlan(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(words);
  });
  it('answers in English for the English locale', () => {
    const r = parsePlan('just a letter', { locale: 'en' });
    expect(r).toEqual({ ok: false, error: expect.stringContaining('No tasks found') });
  });
  it('accepts blocks from another producer (a Google Doc)', () => {
    const r = parsePlan(blocksFromText(PLAN));
    expect(r.ok && r.plan.tasks.length).toBe(6);
  });
});

describe('normalization', () => {
  it('gives NFC, LF, plain spaces, no zero-width characters and no markdown emphasis', () => {
    const raw = 'Ke\u0302\u0301 hoa\u0323ch\r\nA\u00A0B\u200B **đậm** và *nghiêng*';
    expect(normalizeText(raw)).toBe('Kế hoạch\nA B đậm và nghiêng');
  });
});
