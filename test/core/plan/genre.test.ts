// Genre rules that real plans share beyond the annotated examples: layouts, markers, units, deadlines, closings.
// Every excerpt here is synthetic, written for the rule it shows.
import { describe, expect, it } from 'vitest';
import { blocksFromText, parsePlan } from '../../../src/core/plan/index';
import type { Plan } from '../../../src/core/types';

function parse(text: string): Plan {
  const r = parsePlan(text);
  if (!r.ok) throw new Error(r.error);
  return r.plan;
}

const HEAD = ['UBND HUYỆN A', 'Số: 7/KH-UBND', 'A, ngày 02 tháng 01 năm 2025', 'KẾ HOẠCH', 'Công tác năm 2025'];
const TAIL = ['Nơi nhận:', '- UBND tỉnh;', '- Lưu: VT.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn Bé'];
const plan = (...body: string[]): Plan => parse([...HEAD, ...body, ...TAIL].join('\n'));

describe('markdown-converted plans', () => {
  it('drops separator rows and outer pipes of a pipe table', () => {
    const blocks = blocksFromText('| STT | Nội dung |\n|---|:---:|\n| 1 | Việc một |');
    expect(blocks).toEqual([
      {
        kind: 'table',
        rows: [
          ['STT', 'Nội dung'],
          ['1', 'Việc một'],
        ],
      },
    ]);
  });
  it('keeps an empty first cell when the rows are not fenced by pipes', () => {
    const blocks = blocksFromText('TT | Việc | Người\n | Rà soát | Bà Lan');
    expect(blocks).toEqual([
      {
        kind: 'table',
        rows: [
          ['TT', 'Việc', 'Người'],
          ['', 'Rà soát', 'Bà Lan'],
        ],
      },
    ]);
  });
  it('reads "# KẾ HOẠCH" headings and bold section headings', () => {
    const p = parse(
      [
        '# KẾ HOẠCH',
        '## Công tác năm 2025',
        '**I. NHIỆM VỤ**',
        '**1. Rà soát hồ sơ tồn đọng.**',
        '**Nơi nhận:**',
        '- Lưu: VT.',
      ].join('\n'),
    );
    expect(p.title).toBe('Công tác năm 2025');
    expect(p.tasks.map((t) => [t.ref, t.title])).toEqual([['I.1', 'Rà soát hồ sơ tồn đọng']]);
  });
});

describe('item markers', () => {
  it('treats bullets "•", "–", "—" and Word symbol bullets as dashes', () => {
    const p = plan('I. NHIỆM VỤ', '1. Nhóm việc:', '• Việc một.', '– Việc hai.', '— Việc ba.', '\uF0B7 Việc bốn.');
    expect(p.tasks.map((t) => t.ref)).toEqual(['I.1-1', 'I.1-2', 'I.1-3', 'I.1-4']);
  });
  it('numbers items "1)", "(1)", "a." and "(a)"', () => {
    const p = plan('I. NHIỆM VỤ', '1) Việc một.', '(2) Nhóm việc:', 'a. Việc hai a.', '(b) Việc hai b.');
    expect(p.tasks.map((t) => t.ref)).toEqual(['I.1', 'I.2.a', 'I.2.b']);
  });
  it('keeps an item that starts with "Yêu cầu các …" as work, not as an objectives label', () => {
    const p = plan(
      'I. NHIỆM VỤ',
      '1. Yêu cầu các đơn vị khai thác lắp đặt trạm cân.',
      '2. Yêu cầu: bảo đảm đúng tiến độ.',
    );
    expect(p.tasks.map((t) => t.ref)).toEqual(['I.1']);
  });
});

describe('units inside tasks', () => {
  it('splits named partners at commas and keeps generic groups whole', () => {
    const p = plan(
      'I. NHIỆM VỤ',
      '1. Giao Phòng Nội vụ chủ trì, phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao, Phòng Tư pháp, các cơ quan, đơn vị có liên quan rà soát hồ sơ.',
    );
    expect(p.tasks[0].leadUnit).toBe('Phòng Nội vụ');
    expect(p.tasks[0].supportUnits).toEqual([
      'Trung tâm Văn hóa, Thông tin và Thể thao',
      'Phòng Tư pháp',
      'các cơ quan, đơn vị có liên quan',
    ]);
  });
  it('splits running text at "và" before a second unit, but not inside a generic list', () => {
    const p = plan('I. NHIỆM VỤ', '1. Phòng Kinh tế phối hợp với Sở Tài chính và các sở, ban, ngành tổ chức kiểm tra.');
    expect(p.tasks[0].supportUnits).toEqual(['Sở Tài chính', 'các sở, ban, ngành']);
  });
  it('reads "X chủ trì; Y phối hợp"', () => {
    const p = plan('I. NHIỆM VỤ', '1. Văn phòng HĐND và UBND huyện chủ trì; Phòng Nội vụ phối hợp nâng cấp phần mềm.');
    expect(p.tasks[0]).toMatchObject({ leadUnit: 'Văn phòng HĐND và UBND huyện', supportUnits: ['Phòng Nội vụ'] });
  });
  it('takes the unit of "X có trách nhiệm:" and "X là cơ quan thường trực, …" without the role words', () => {
    const p = plan(
      'I. TỔ CHỨC THỰC HIỆN',
      '1. Cục Kiểm lâm có trách nhiệm:',
      'a) Theo dõi việc thực hiện.',
      '2. Phòng Nội vụ là cơ quan thường trực, theo dõi, đôn đốc thực hiện Kế hoạch.',
    );
    expect(p.tasks.map((t) => t.leadUnit)).toEqual(['Cục Kiểm lâm', 'Phòng Nội vụ']);
  });
  it('joins co-leads named before the verb with "; "', () => {
    const p = plan('I. TỔ CHỨC THỰC HIỆN', '1. Viện Nghiên cứu A; Viện Chiến lược B nghiên cứu, đề xuất giải pháp.');
    expect(p.tasks[0].leadUnit).toBe('Viện Nghiên cứu A; Viện Chiến lược B');
  });
});

describe('deadlines and recurrence in task text', () => {
  it('does not read "tháng 01 năm 2022" of a cited document as a yearly recurrence', () => {
    const p = plan('I. NHIỆM VỤ', '1. Sửa đổi Nghị định số 06/2022/NĐ-CP ngày 07 tháng 01 năm 2022 của Chính phủ.');
    expect(p.tasks[0].recurrence).toBeNull();
  });
  it('reads "Thời gian: 6 tháng đầu năm 2025" and "trong tháng 3/2025"', () => {
    const p = plan(
      'I. NHIỆM VỤ',
      '1. Triển khai dịch vụ công. Thời gian: 6 tháng đầu năm 2025.',
      '2. Tổ chức hội thao trong tháng 3/2025.',
    );
    expect(p.tasks.map((t) => t.due)).toEqual(['2025-06-30', '2025-03-31']);
  });
});

describe('document layouts', () => {
  it('does not take the Điều 1–3 of a covering Quyết định as tasks, and reads its closing and issuer', () => {
    const p = parse(
      [
        'BỘ XÂY DỰNG',
        'Số: 12/QĐ-BXD',
        'Hà Nội, ngày 03 tháng 4 năm 2025',
        'QUYẾT ĐỊNH',
        'Ban hành Kế hoạch kiểm tra năm 2025',
        'BỘ TRƯỞNG BỘ XÂY DỰNG',
        'QUYẾT ĐỊNH:',
        'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra.',
        'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
        'Nơi nhận: - Như Điều 2; - Lưu: VT. | KT. BỘ TRƯỞNG THỨ TRƯỞNG Trần Văn Minh',
        'KẾ HOẠCH',
        'Kiểm tra năm 2025',
        'I. NHIỆM VỤ',
        '1. Kiểm tra công trình A, hoàn thành trong Quý II/2025.',
        '2. Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước.',
        '3. Trong quá trình thực hiện, nếu phát sinh vướng mắc, các đơn vị báo cáo về Bộ./.',
      ].join('\n'),
    );
    expect(p.tasks.map((t) => t.ref)).toEqual(['I.1']);
    expect(p.issuer).toBe('BỘ XÂY DỰNG');
    expect(p.recipients).toEqual(['Như Điều 2']);
    expect(p.signer).toEqual({ title: 'THỨ TRƯỞNG', name: 'Trần Văn Minh', block: 'KT. BỘ TRƯỞNG / THỨ TRƯỞNG' });
  });
  it('reads an appendix after a body that has no closing, with numbered group rows over lettered rows', () => {
    const p = plan(
      'I. NHIỆM VỤ',
      '1. Tuyên truyền Nghị định./.',
      'PHỤ LỤC',
      'TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian',
      '1 | Tuyên truyền | | |',
      'a) | Tổ chức hội nghị | Cục A | Vụ B; các đơn vị liên quan | Quý III/2025',
      'b) | Phát hành tờ gấp | Cục A | | Thường xuyên',
      '2 | Xây dựng Thông tư | Cục A | Vụ B | Quý IV/2025',
    );
    const rows = p.tasks.filter((t) => t.ref.startsWith('PL'));
    expect(rows.map((t) => [t.ref, t.leadUnit, t.due, t.recurrence])).toEqual([
      ['PL.1.a', 'Cục A', '2025-09-30', 'once'],
      ['PL.1.b', 'Cục A', null, 'ongoing'],
      ['PL.2', 'Cục A', '2025-12-31', 'once'],
    ]);
    expect(rows[0].supportUnits).toEqual(['Vụ B', 'các đơn vị liên quan']);
  });
  it('reads a task table whose header spans two rows, and several tables in one appendix', () => {
    const p = plan(
      'I. NHIỆM VỤ',
      '1. Theo dõi thực hiện.',
      'Phụ lục',
      'STT\tNhiệm vụ\tĐơn vị thực hiện\t\tThời hạn',
      '\t\tChủ trì\tPhối hợp\t',
      '1\tRà soát quy chế\tPhòng A\tPhòng B\ttháng 6/2025',
      'Bảng 2',
      'STT\tNhiệm vụ\tĐơn vị chủ trì\tThời hạn',
      '1\tKiểm tra cuối năm\tPhòng C\tQuý IV/2025',
    );
    const rows = p.tasks.filter((t) => t.ref.startsWith('PL'));
    expect(rows.map((t) => [t.ref, t.leadUnit, t.supportUnits, t.due])).toEqual([
      ['PL.1', 'Phòng A', ['Phòng B'], '2025-06-30'],
      ['PL.1~2', 'Phòng C', [], '2025-12-31'],
    ]);
  });
  it('gives a long task a one-line title cut at a word, at most 160 characters', () => {
    const long = `1. ${'Rà soát hồ sơ đất đai '.repeat(15)}trên địa bàn.`;
    const t = plan('I. NHIỆM VỤ', long).tasks[0];
    expect(t.title.length).toBeLessThanOrEqual(160);
    expect(t.title.endsWith('…')).toBe(true);
    const kept = t.title.slice(0, -1);
    expect(t.text.startsWith(kept)).toBe(true);
    // Cut at a word: the next character of the text is a space.
    expect(t.text.charAt(kept.length)).toBe(' ');
  });
});

describe('a unit that leads in a later sentence of the task', () => {
  it('takes "X chủ trì, phối hợp với Y" after the work sentence', () => {
    const text = [
      'KẾ HOẠCH',
      'Làm thử năm 2024',
      'II. NHIỆM VỤ',
      '1. Hướng dẫn người dân dùng dịch vụ công trực tuyến. Công an xã chủ trì, phối hợp với Đoàn Thanh niên xã thực hiện.',
    ].join('\n');
    const r = parsePlan(text);
    expect(r.ok && r.plan.tasks[0].leadUnit).toBe('Công an xã');
    expect(r.ok && r.plan.tasks[0].supportUnits).toEqual(['Đoàn Thanh niên xã']);
  });
});

describe('a numbered "Chế độ báo cáo:" item in the organisation section', () => {
  it('gives one report per period and no task', () => {
    const text = [
      'KẾ HOẠCH',
      'Làm thử năm 2024',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Nội vụ: Theo dõi việc thực hiện Kế hoạch.',
      '2. Chế độ báo cáo: Các phòng báo cáo kết quả định kỳ 6 tháng (trước ngày 15/6/2024), hằng năm (trước ngày 15/12/2024).',
    ].join('\n');
    const r = parsePlan(text);
    expect(r.ok && r.plan.tasks.map((t) => t.ref)).toEqual(['III.1']);
    expect(r.ok && r.plan.reports.map((x) => [x.period, x.due])).toEqual([
      ['semiannual', '2024-06-15'],
      ['annual', '2024-12-15'],
    ]);
  });
});

describe('a section that hands its tasks to the appendix', () => {
  it('takes the rows, not the pointer paragraph', () => {
    const text = [
      'KẾ HOẠCH',
      'Làm thử năm 2024',
      'II. NHIỆM VỤ',
      'Các nhiệm vụ cụ thể và đơn vị chủ trì được phân công tại Phụ lục kèm theo.',
      'Nơi nhận:',
      '- Lưu: VT.',
      'HIỆU TRƯỞNG',
      'Lê Văn Hải',
      'PHỤ LỤC',
      'STT\tNội dung\tĐơn vị chủ trì\tThời gian hoàn thành',
      '1\tMở lớp tập huấn\tTổ Tin học\tQuý IV/2024',
    ].join('\n');
    const r = parsePlan(text);
    expect(r.ok && r.plan.tasks.map((t) => [t.ref, t.leadUnit, t.due])).toEqual([['PL.1', 'Tổ Tin học', '2024-12-31']]);
  });
});

describe('a directive letter converted from PDF with hard-wrapped lines', () => {
  const text = [
    'ỦY BAN NHÂN DÂN TỈNH',
    'Số: 12/UBND-KT',
    'V/v triển khai thực hiện',
    'một chương trình',
    'Kính gửi:',
    '- Các Sở, ban, ngành;',
    '- Công an tỉnh.',
    'Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:',
    '1. Các Sở, ban, ngành thuộc tỉnh, Công an tỉnh,',
    'Ủy ban nhân dân các xã tổ chức quán triệt chương trình.',
    '2. Giao Sở Tài chính chủ trì, phối hợp với các cơ quan xây dựng dự thảo kế hoạch, hoàn thành',
    'trước ngày 05/10/2026.',
  ].join('\n');
  it('reads "V/v" as the subject line, the addressees as header, and a line ending in a comma as part of the sentence', () => {
    const r = parsePlan(text);
    expect(r.ok && r.plan.tasks.map((t) => [t.ref, t.leadUnit, t.due])).toEqual([
      ['1', 'Các Sở, ban, ngành thuộc tỉnh, Công an tỉnh, Ủy ban nhân dân các xã', null],
      ['2', 'Sở Tài chính', '2026-10-05'],
    ]);
  });
});

describe('a sentence item followed at once by its own sub-items', () => {
  it('is a group: its lettered sub-items are the tasks, each with its own unit and deadline', () => {
    const p = plan(
      'II. NHIỆM VỤ',
      '1. Tổ chức sơ kết công tác dân vận tại các thôn.',
      'a) Sơ kết đợt một: Phòng Văn hóa thực hiện.',
      'b) Sơ kết đợt hai: Phòng Văn hóa thực hiện trong tháng 10/2025.',
    );
    expect(p.tasks.map((t) => [t.ref, t.leadUnit, t.due])).toEqual([
      ['II.1.a', 'Phòng Văn hóa', null],
      ['II.1.b', 'Phòng Văn hóa', '2025-10-31'],
    ]);
  });
  it('passes the unit its sentence names down to the sub-items', () => {
    const p = plan(
      'II. NHIỆM VỤ',
      '1. Phòng Kinh tế chủ trì rà soát các cụm công nghiệp.',
      '- Rà soát cụm phía Bắc.',
      '- Rà soát cụm phía Nam.',
    );
    expect(p.tasks.map((t) => [t.ref, t.leadUnit])).toEqual([
      ['II.1-1', 'Phòng Kinh tế'],
      ['II.1-2', 'Phòng Kinh tế'],
    ]);
  });
  it('stays one task when the sub-items only give its details (time, place, participants)', () => {
    const p = plan(
      'II. NHIỆM VỤ',
      '1. Tổ chức hội nghị triển khai kế hoạch.',
      '- Thời gian: tháng 3/2025.',
      '- Địa điểm: Hội trường UBND huyện.',
      '- Thành phần: lãnh đạo các phòng.',
    );
    expect(p.tasks.map((t) => [t.ref, t.due])).toEqual([['II.1', '2025-03-31']]);
  });
  it('stays one task when a paragraph comes between it and the sub-items', () => {
    const p = plan(
      'II. NHIỆM VỤ',
      '1. Đợt một: từ ngày 02/6/2025.',
      'Đối tượng: theo danh sách đăng ký, cụ thể:',
      '- Thợ nổ mìn: 30 người.',
      '- Chỉ huy nổ mìn: 5 người.',
    );
    expect(p.tasks.map((t) => t.ref)).toEqual(['II.1']);
  });
});

describe('several reporting duties in one sentence', () => {
  const reports = (sentence: string) =>
    plan('III. TỔ CHỨC THỰC HIỆN', `1. Phòng Tư pháp: theo dõi việc thực hiện; ${sentence}`).reports.map((r) => [
      r.period,
      r.due,
    ]);
  it('reads "hằng quý (…)" and "báo cáo năm (…)"', () => {
    expect(
      reports(
        'tổng hợp báo cáo UBND huyện định kỳ hằng quý (trước ngày 20 của tháng cuối quý) và báo cáo năm (trước ngày 05/12/2025).',
      ),
    ).toEqual([
      ['quarterly', null],
      ['annual', '2025-12-05'],
    ]);
  });
  it('reads "báo cáo 6 tháng", "báo cáo tháng" and "sơ kết" with their parentheses', () => {
    expect(
      reports(
        'gửi báo cáo tháng (trước ngày 25 hằng tháng), báo cáo 6 tháng (trước ngày 10/6/2025) và tổ chức sơ kết (trước ngày 30/7/2025).',
      ),
    ).toEqual([
      ['monthly', null],
      ['semiannual', '2025-06-10'],
      ['once', '2025-07-30'],
    ]);
  });
  it('reads duties whose deadline follows without a parenthesis', () => {
    expect(reports('báo cáo định kỳ báo cáo quý trước ngày 15/3/2025, báo cáo năm trước ngày 10/12/2025.')).toEqual([
      ['quarterly', '2025-03-15'],
      ['annual', '2025-12-10'],
    ]);
  });
});

describe('a plan converted with pdftotext -layout: header and closing in two columns', () => {
  const row = (left: string, right: string): string =>
    (left ? left.padEnd(40) + '      ' + right : ' '.repeat(52) + right).trimEnd();
  const text = [
    row('ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
    row('HUYỆN BÌNH SƠN', 'Độc lập - Tự do - Hạnh phúc'),
    row('Số: 31/KH-UBND', 'Bình Sơn, ngày 20 tháng 02 năm 2025'),
    '',
    'KẾ HOẠCH',
    'Phòng, chống thiên tai năm 2025',
    'I. NHIỆM VỤ',
    '1. Rà soát phương án sơ tán dân   vùng trũng, xong trước ngày 30/5/2025.',
    '',
    row('Nơi nhận:', 'TM. ỦY BAN NHÂN DÂN'),
    row('- UBND tỉnh;', 'KT. CHỦ TỊCH'),
    row('- Các xã, thị trấn;', 'PHÓ CHỦ TỊCH'),
    '- Lưu: VT.',
    '',
    row('', '(Đã ký)'),
    row('', 'Trần Thị Mai'),
  ].join('\n');
  it('reads number, place, date and issuer from the left and right columns of the header', () => {
    const p = parse(text);
    expect([p.number, p.code, p.place, p.date, p.issuer]).toEqual([
      '31',
      'KH-UBND',
      'Bình Sơn',
      '2025-02-20',
      'ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN',
    ]);
  });
  it('takes recipients from the left column and the signer block from the right', () => {
    const p = parse(text);
    expect(p.recipients).toEqual(['UBND tỉnh', 'Các xã, thị trấn']);
    expect(p.signer).toEqual({
      title: 'PHÓ CHỦ TỊCH',
      name: 'Trần Thị Mai',
      block: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
    });
  });
  it('does not split a body line that has a wide space', () => {
    const p = parse(text);
    expect(p.tasks.map((t) => [t.ref, t.text, t.due])).toEqual([
      ['I.1', 'Rà soát phương án sơ tán dân vùng trũng, xong trước ngày 30/5/2025.', '2025-05-30'],
    ]);
  });
  it('reads the same closing written with tabs', () => {
    const p = parse(
      [
        ...text.split('\n').slice(0, 8),
        'Nơi nhận:\tTM. ỦY BAN NHÂN DÂN',
        '- UBND tỉnh;\tKT. CHỦ TỊCH',
        '- Lưu: VT.\tPHÓ CHỦ TỊCH',
        '\tTrần Thị Mai',
      ].join('\n'),
    );
    expect([p.recipients, p.signer.block, p.signer.name]).toEqual([
      ['UBND tỉnh'],
      'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
      'Trần Thị Mai',
    ]);
  });
});

describe('layouts of school and programme plans', () => {
  it('reads month headings ("Tháng 9/2024: …"): each dash is due at the month\'s end unless it states its own date', () => {
    const p = plan(
      'II. NỘI DUNG THEO THÁNG',
      'Tháng 9/2024: Ổn định nề nếp.',
      '- Các tổ chuyên môn lập kế hoạch dạy học.',
      '- Tổ chức lễ khai giảng vào ngày 05/9/2024.',
      'Tháng 10/2024: Đổi mới phương pháp.',
      '- Dự giờ giáo viên mới (Phụ trách: Phó Hiệu trưởng).',
    );
    expect(p.tasks.map((t) => [t.ref, t.leadUnit, t.due])).toEqual([
      ['II.T9-1', 'Các tổ chuyên môn', '2024-09-30'],
      ['II.T9-2', null, '2024-09-05'],
      ['II.T10-1', 'Phó Hiệu trưởng', '2024-10-31'],
    ]);
  });
  it('reads "Nhiệm vụ 1:" items whose dashes give the lead, partners and deadline', () => {
    const p = plan(
      'II. NHIỆM VỤ',
      'Nhiệm vụ 1: Xây dựng cơ sở dữ liệu hộ tịch.',
      '- Đơn vị chủ trì: Phòng Hành chính tư pháp.',
      '- Đơn vị phối hợp: Văn phòng Sở, Công đoàn Sở.',
      '- Thời gian hoàn thành: Quý III/2025.',
      'Nhiệm vụ 2: Tập huấn kỹ năng số.',
      '- Tổ chức 01 lớp cho công chức; Văn phòng Sở chủ trì, thực hiện trong tháng 5/2025.',
      '- Phòng Tổ chức biên soạn tài liệu, hoàn thành trong tháng 4/2025.',
    );
    expect(p.tasks.map((t) => [t.ref, t.leadUnit, t.supportUnits, t.due])).toEqual([
      ['II.1', 'Phòng Hành chính tư pháp', ['Văn phòng Sở', 'Công đoàn Sở'], '2025-09-30'],
      ['II.2-1', 'Văn phòng Sở', [], '2025-05-31'],
      ['II.2-2', 'Phòng Tổ chức', [], '2025-04-30'],
    ]);
  });
  it('gives a task no deadline from a reporting clause that follows its work after a semicolon', () => {
    const p = plan(
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Nội vụ: đôn đốc các đơn vị; tổng hợp báo cáo 6 tháng (trước ngày 10/6/2025) và báo cáo năm (trước ngày 15/11/2025).',
    );
    expect([p.tasks[0].due, p.reports.map((r) => [r.period, r.due])]).toEqual([
      null,
      [
        ['semiannual', '2025-06-10'],
        ['annual', '2025-11-15'],
      ],
    ]);
  });
});
