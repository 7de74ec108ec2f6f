// The report's writing rules on real phrasing: results naming the unit, headings of whole
// clauses, dates as the decree writes them, next-period items, and the draft's edits.
import { describe, expect, it } from 'vitest';
import { resultSentence } from '../../../src/core/report/prose';
import { clauseHeading, proseDate, shortenToClauses } from '../../../src/core/report/text';
import { buildReport } from '../../../src/core/report/build';
import { blockText, textBlocks } from '../../../src/core/report/model';
import { sixMonthInput } from './seed-fixture';

describe('resultSentence', () => {
  const unit = 'Văn phòng và Tổ chức đoàn thể';
  it('puts the unit before the unit\'s own words, with "đã" when they start with a verb', () => {
    expect(resultSentence(unit, 'Tổ chức 02 hội nghị quán triệt cho 85 lượt công chức', 'vi')).toBe(
      `${unit} đã tổ chức 02 hội nghị quán triệt cho 85 lượt công chức.`,
    );
  });
  it('keeps "đã"/"đang" the unit wrote, and a text that already names the unit', () => {
    expect(resultSentence(unit, 'Đã tiếp nhận 14 ý kiến phản ánh;', 'vi')).toBe(
      `${unit} đã tiếp nhận 14 ý kiến phản ánh.`,
    );
    expect(resultSentence(unit, `${unit} đã ban hành Kế hoạch số 05/KH-VP`, 'vi')).toBe(
      `${unit} đã ban hành Kế hoạch số 05/KH-VP.`,
    );
  });
  it('keeps a text that names its own subject before "đã"/"đang", never doubling the unit', () => {
    expect(resultSentence(unit, 'Văn phòng đã tổ chức 01 hội nghị sơ kết', 'vi')).toBe(
      'Văn phòng đã tổ chức 01 hội nghị sơ kết.',
    );
    expect(resultSentence(unit, 'Lãnh đạo Ban đang chỉ đạo rà soát thủ tục', 'vi')).toBe(
      'Lãnh đạo Ban đang chỉ đạo rà soát thủ tục.',
    );
    // A clause break before "đã" means the text starts with the action: the unit is named.
    expect(resultSentence(unit, 'Tổ chức 02 hội nghị, đã có 85 lượt tham dự', 'vi')).toBe(
      `${unit} đã tổ chức 02 hội nghị, đã có 85 lượt tham dự.`,
    );
  });

  it('says a document named first was issued, and a figure named first was achieved', () => {
    expect(resultSentence(unit, 'Công văn số 125/BQLKKT-VP ngày 20/3/2023 về tuyên truyền', 'vi')).toBe(
      `${unit} đã ban hành Công văn số 125/BQLKKT-VP ngày 20/3/2023 về tuyên truyền.`,
    );
    expect(resultSentence(unit, '01 mô hình "Dân vận khéo"', 'vi')).toBe(
      `${unit} đã thực hiện được 01 mô hình "Dân vận khéo".`,
    );
  });
});

describe('headings and dates', () => {
  it('writes dates in running text without leading zeros', () => {
    expect(proseDate('2023-05-10')).toBe('10/5/2023');
    expect(proseDate('2023-01-05')).toBe('5/1/2023');
  });
  it('takes a heading from the first sentence of the text when the title is cut, never mid-word and with no "…"', () => {
    const title = 'Tổ chức thực hiện tốt Luật Tiếp cận thông tin, bảo đảm quyền tiếp cận thông…';
    const text =
      'Tổ chức thực hiện tốt Luật Tiếp cận thông tin, bảo đảm quyền tiếp cận thông tin của công dân. Thực hiện nghiêm công tác tiếp công dân.';
    expect(clauseHeading(title, text)).toBe(
      'Tổ chức thực hiện tốt Luật Tiếp cận thông tin, bảo đảm quyền tiếp cận thông tin của công dân',
    );
  });
  it('shortens a long sentence to its first whole clauses', () => {
    const sentence = `Thường xuyên rà soát, đánh giá, cắt giảm thủ tục hành chính không cần thiết; ${'trọng tâm là các thủ tục gây trở ngại cho doanh nghiệp '.repeat(5)}`;
    const heading = shortenToClauses(sentence.trim(), 120);
    expect(heading).toBe('Thường xuyên rà soát, đánh giá, cắt giảm thủ tục hành chính không cần thiết');
    const words = 'cải cách hành chính '.repeat(20).trim();
    const cut = shortenToClauses(words, 50);
    expect(words.startsWith(cut) && words[cut.length] === ' ').toBe(true);
  });
});

describe('the draft', () => {
  it("lists the sections in order and writes the office's edit into the report instead of the generated text", () => {
    const plain = buildReport(sixMonthInput());
    expect(plain.draft!.map((s) => s.id).filter((id) => !id.startsWith('task:'))).toEqual([
      'direction',
      'summary',
      'shortcomings',
      'causes',
      'next',
      'proposals',
    ]);
    expect(plain.draft!.filter((s) => s.group === 'results').map((s) => s.planSection)).toContain('II. NỘI DUNG');
    const edited = buildReport(
      sixMonthInput({
        edits: {
          proposals:
            'Đề nghị UBND tỉnh xem xét, bố trí kinh phí:\n- Tổ chức tập huấn công tác dân vận năm 2024;\n- Xây dựng mô hình [tên mô hình].',
          'task:II.2': 'Ban Quản lý Khu kinh tế đã tổ chức 03 đoàn kiểm tra.',
        },
      }),
    );
    const text = textBlocks(edited).map(blockText);
    expect(text).toContain('Đề nghị UBND tỉnh xem xét, bố trí kinh phí:');
    expect(text).toContain('- Tổ chức tập huấn công tác dân vận năm 2024;');
    expect(text).toContain('Ban Quản lý Khu kinh tế đã tổ chức 03 đoàn kiểm tra.');
    expect(text).not.toContain('Không có đề xuất, kiến nghị.');
    const item = textBlocks(edited).find((b) => blockText(b).startsWith('- Xây dựng mô hình'))!;
    expect(item.kind).toBe('listItem');
    expect(item.runs.find((r) => r.placeholder)?.text).toBe('[tên mô hình]');
    const proposals = edited.draft!.find((s) => s.id === 'proposals')!;
    expect(proposals.edited).toBe(true);
    expect(proposals.generated).toBe('Không có đề xuất, kiến nghị.');
  });

  it('dates the report on its own date, separate from the cut-off of the figures', () => {
    const model = buildReport(sixMonthInput({ cutoff: '2023-05-05' }));
    expect(model.reportDate).toBe('2023-05-08');
    expect(model.cutoff).toBe('2023-05-05');
  });
});
