// Specification of the plan-results report model: the seed plan at a cut-off date must meet
// the checklist points that data can decide (../shared/reference/report-checklist.md).
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report/build';
import {
  blockText,
  textBlocks,
  type ColumnsBlock,
  type ParagraphBlock,
  type ReportBlock,
  type ReportModel,
  type TableBlock,
} from '../../../src/core/report/model';
import type { TaskRecord } from '../../../src/core/types';
import { DEPARTMENTS, OFFICE, seed, seedRecords, settings, sixMonthInput, sixMonthRecords } from './seed-fixture';

const SUBJECT =
  'Kết quả thực hiện Kế hoạch số …/KH-BQLKKT ngày … của Ban Quản lý Khu kinh tế về triển khai thực hiện ' +
  'công tác dân vận chính quyền 6 tháng đầu năm 2023';

const lines = (model: ReportModel): string[] => textBlocks(model).map(blockText);
const columns = (model: ReportModel, role: ColumnsBlock['role']): ColumnsBlock =>
  model.blocks.find((b): b is ColumnsBlock => b.kind === 'columns' && b.role === role)!;
const table = (model: ReportModel, role: TableBlock['role']): TableBlock =>
  model.blocks.find((b): b is TableBlock => b.kind === 'table' && b.role === role)!;
const cellTexts = (t: TableBlock, role: string): string[][] =>
  t.rows.filter((r) => r.role === role).map((r) => r.cells.map((c) => c.text));

/** The texts between the heading that starts with `from` and the next level-1 heading. */
function section(model: ReportModel, from: string): string[] {
  const all = model.blocks.filter((b): b is Extract<ReportBlock, { runs: unknown }> => 'runs' in b);
  const start = all.findIndex((b) => b.kind === 'heading' && blockText(b).startsWith(from));
  expect(start).toBeGreaterThanOrEqual(0);
  const end = all.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 1);
  return all.slice(start + 1, end < 0 ? undefined : end).map(blockText);
}

describe('buildReport on the seed plan, 6-month report at cut-off 05/05/2023', () => {
  const model = buildReport(sixMonthInput());
  const text = lines(model);

  it('opens with the two-column header: agencies and number left, motto and dated place right', () => {
    const header = columns(model, 'header');
    expect(model.blocks[0]).toBe(header);
    const [left, right] = header.cells;
    expect(left.map(blockText)).toEqual([
      'UBND TỈNH GIA LAI',
      'BAN QUẢN LÝ KHU KINH TẾ',
      expect.stringMatching(/^Số:\s+\/BC-BQLKKT$/),
    ]);
    expect(left[0].style.bold).toBe(false);
    expect(left[1].style.bold).toBe(true);
    expect(left[1].style.ruleBelowMm).toBeGreaterThan(0);
    expect(right.map(blockText)).toEqual([
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Gia Lai, ngày 08 tháng 5 năm 2023',
    ]);
    expect(right[0].style.bold && right[1].style.bold).toBe(true);
    expect(right[2].style.italic).toBe(true);
    expect(header.columns.reduce((sum, c) => sum + c.widthMm, 0)).toBe(model.page.contentWidthMm);
  });

  it('writes the report date in words with a leading zero on days below 10 and on months 1 and 2', () => {
    const dateLine = (date: string): string =>
      blockText(columns(buildReport(sixMonthInput({ settings: { ...settings, date } })), 'header').cells[1][2]);
    expect(dateLine('2023-02-03')).toBe('Gia Lai, ngày 03 tháng 02 năm 2023');
    expect(dateLine('2023-01-15')).toBe('Gia Lai, ngày 15 tháng 01 năm 2023');
    expect(dateLine('2023-11-25')).toBe('Gia Lai, ngày 25 tháng 11 năm 2023');
  });

  it('puts "BÁO CÁO" alone, then the subject citing the plan in full and ending with the period', () => {
    const title = model.blocks[1] as ParagraphBlock;
    const subject = model.blocks[2] as ParagraphBlock;
    expect([blockText(title), title.style.bold, title.style.align]).toEqual(['BÁO CÁO', true, 'center']);
    expect(blockText(subject)).toBe(SUBJECT);
    expect(subject.style).toMatchObject({ bold: true, align: 'center' });
    expect(blockText(subject)).not.toMatch(/V\/v|\.$/);
    expect(model.documentName).toBe(`Báo cáo ${SUBJECT.charAt(0).toLowerCase()}${SUBJECT.slice(1)}`);
  });

  it('starts the body with "Thực hiện Kế hoạch số … ngày … của …" and a lead-in ending "như sau:"', () => {
    expect(blockText(model.blocks[3] as ParagraphBlock)).toBe(
      'Thực hiện Kế hoạch số …/KH-BQLKKT ngày … của Ban Quản lý Khu kinh tế về triển khai thực hiện công tác dân vận ' +
        'chính quyền năm 2023, Ban Quản lý Khu kinh tế báo cáo kết quả thực hiện Kế hoạch 6 tháng đầu năm 2023 như sau:',
    );
    expect(text.join('\n')).not.toMatch(/chúng tôi|đơn vị em|bản báo cáo này/i);
  });

  it('states the period once in the subject, the way real reports do', () => {
    const subjectOf = (overrides: Parameters<typeof sixMonthInput>[0]): string =>
      blockText(buildReport(sixMonthInput(overrides)).blocks[2] as ParagraphBlock);
    const plan = sixMonthInput().plan;
    const annual = subjectOf({ period: { kind: 'annual', year: 2023 }, cutoff: '2023-12-10' });
    expect(annual).toMatch(/ công tác dân vận chính quyền năm 2023$/);
    expect(annual.match(/năm 2023/g)).toHaveLength(1);
    expect(subjectOf({})).toMatch(/ công tác dân vận chính quyền 6 tháng đầu năm 2023$/);
    expect(subjectOf({ period: { kind: 'quarter', year: 2023, quarter: 2 } })).toMatch(/ chính quyền quý II năm 2023$/);
    // A title without the year, or with another year, is cited as it stands.
    expect(subjectOf({ plan: { ...plan, title: 'Triển khai công tác dân vận chính quyền' } })).toMatch(
      / dân vận chính quyền 6 tháng đầu năm 2023$/,
    );
    expect(subjectOf({ plan: { ...plan, title: 'Công tác dân vận giai đoạn 2021 - 2025 năm 2022' } })).toMatch(
      / năm 2022 6 tháng đầu năm 2023$/,
    );
    // A date range keeps the title whole: its label says no year.
    expect(subjectOf({ period: { kind: 'range', year: 2023, from: '2023-01-01', to: '2023-04-30' } })).toMatch(
      / chính quyền năm 2023 từ ngày 01\/01\/2023 đến ngày 30\/04\/2023$/,
    );
  });

  it('cites the plan by its own number and date when the plan has them', () => {
    const dated = buildReport(sixMonthInput({ plan: { ...sixMonthInput().plan, number: '05', date: '2023-01-09' } }));
    expect(blockText(dated.blocks[2] as ParagraphBlock)).toMatch(
      /^Kết quả thực hiện Kế hoạch số 05\/KH-BQLKKT ngày 09\/01\/2023 của /,
    );
    const bareCode = buildReport(sixMonthInput({ plan: { ...sixMonthInput().plan, number: '05', code: 'UBND' } }));
    expect(blockText(bareCode.blocks[2] as ParagraphBlock)).toMatch(
      /^Kết quả thực hiện Kế hoạch số 05\/KH-UBND ngày … của /,
    );
  });

  it('numbers the sections I–IV in capitals, in the order results, shortcomings, next period, proposals', () => {
    const level1 = model.blocks
      .filter((b) => b.kind === 'heading' && b.level === 1)
      .map((b) => blockText(b as ParagraphBlock));
    expect(level1).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
      'III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2023',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    expect(text.join('\n')).not.toMatch(/^#|\*\*|•/m);
  });

  it('sums up in one sentence with only the categories that are not zero, in x/y figures and a rate', () => {
    const results = section(model, 'I. ');
    expect(results[results.indexOf('2. Kết quả chung') + 1]).toBe(
      'Tính đến ngày 5/5/2023, Kế hoạch có 09 nhiệm vụ: đã hoàn thành 02/09 nhiệm vụ (đạt 22,2%), trong đó 01 nhiệm vụ ' +
        'hoàn thành chậm so với thời hạn, đang triển khai 03/09, quá hạn chưa hoàn thành 02/09, chưa triển khai 02/09. ' +
        '(Chi tiết tại Phụ lục kèm theo).',
    );
  });

  it('opens the results with the leadership item, then one heading per task in the plan order', () => {
    const results = section(model, 'I. ');
    expect(results[0]).toBe('1. Công tác lãnh đạo, chỉ đạo, triển khai thực hiện');
    const taskHeadings = model.blocks
      .filter((b) => b.kind === 'heading' && b.level === 3)
      .map((b) => blockText(b as ParagraphBlock));
    expect(taskHeadings).toHaveLength(seed.tasks.length);
    seed.tasks.forEach((task, i) => {
      expect(taskHeadings[i].startsWith(`3.${i + 1}. `)).toBe(true);
      // The heading is the task's first sentence: the summary, or what it is cut from.
      const name = taskHeadings[i].slice(`3.${i + 1}. `.length);
      expect(name.startsWith(task.summary) || task.summary.startsWith(name)).toBe(true);
    });
    expect(taskHeadings[7]).toBe('3.8. Theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch này');
  });

  it("writes each task's result as a sentence naming its unit, the unit's text kept, then a judgement with dates as d/m/yyyy", () => {
    const results = section(model, 'I. ');
    const after = (heading: string): string => results[results.findIndex((l) => l.startsWith(heading)) + 1];
    // No unit: the issuing agency did it; the unit's own words follow "đã", evidence is named.
    expect(after('3.1.')).toBe(
      'Ban Quản lý Khu kinh tế đã ban hành Công văn số 125/BQLKKT-VP ngày 20/3/2023 triển khai tuyên truyền ' +
        '<Luật Thực hiện dân chủ ở cơ sở> & các văn bản liên quan. Nhiệm vụ đã hoàn thành ngày 20/3/2023, đúng thời hạn. ' +
        'Văn bản, minh chứng: CV 125/BQLKKT-VP.',
    );
    expect(after('3.5.')).toBe(
      'Ban Quản lý Khu kinh tế đã xây dựng 01 mô hình "Dân vận khéo". Nhiệm vụ đã hoàn thành ngày 25/4/2023, chậm so với thời hạn 15/4/2023.',
    );
    // No result text: one sentence with the unit as subject; a percentage only below 100.
    expect(after('3.2.')).toBe(
      'Ban Quản lý Khu kinh tế đang triển khai thực hiện (đạt 40%); thời hạn hoàn thành 31/12/2023.',
    );
    expect(after('3.4.')).toBe(`${DEPARTMENTS} đang triển khai (đạt 60%), chưa hoàn thành, đã quá thời hạn 30/4/2023.`);
    expect(after('3.8.')).toBe(`${OFFICE} chưa triển khai thực hiện, đã quá thời hạn 15/3/2023.`);
    // Not started but due soon is "chưa triển khai", not "đang triển khai".
    expect(after('3.6.')).toBe(`${OFFICE} chưa triển khai thực hiện; thời hạn hoàn thành 8/5/2023.`);
    expect(results.join('\n')).not.toMatch(/Đánh giá:|Chưa có báo cáo kết quả|\d\d\/0\d\/2023/);
  });

  it('says "100%" of no task that is not done, and asks for the documents of a task done without a result', () => {
    const records = seedRecords({
      'II.2': { due: '2023-12-31', progress: { state: 'in_progress', percent: 100 } },
      'II.3': { progress: { state: 'done', completedOn: '2023-04-02' } },
    });
    const built = buildReport(sixMonthInput({ records }));
    const results = section(built, 'I. ');
    const after = (heading: string): string => results[results.findIndex((l) => l.startsWith(heading)) + 1];
    expect(after('3.2.')).toBe('Ban Quản lý Khu kinh tế đang triển khai thực hiện; thời hạn hoàn thành 31/12/2023.');
    expect(after('3.3.')).toBe(
      'Ban Quản lý Khu kinh tế đã hoàn thành nhiệm vụ ngày 2/4/2023. [Bổ sung văn bản, kết quả cụ thể]',
    );
    const ask = textBlocks(built).find((b) => blockText(b).includes('[Bổ sung'))!;
    expect(ask.runs.at(-1)).toMatchObject({ text: '[Bổ sung văn bản, kết quả cụ thể]', placeholder: true });
  });

  it('lists under II only overdue and late tasks, grouped by unit, unassigned ones in words, with causes to fill in', () => {
    expect(section(model, 'II. ')).toEqual([
      'Bên cạnh kết quả đạt được, việc thực hiện Kế hoạch vẫn còn một số tồn tại, hạn chế như sau:',
      `- ${DEPARTMENTS}: 01 nhiệm vụ quá hạn chưa hoàn thành:`,
      '+ Tiếp tục thực hiện Chương trình cải cách hành chính của tỉnh giai đoạn 2021-2025 (thời hạn 30/4/2023, quá hạn 05 ngày).',
      `- ${OFFICE}: 01 nhiệm vụ quá hạn chưa hoàn thành:`,
      '+ Theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch này (thời hạn 15/3/2023, quá hạn 51 ngày).',
      '- Các nhiệm vụ chưa được giao đơn vị chủ trì: 01 nhiệm vụ hoàn thành chậm so với thời hạn:',
      expect.stringMatching(
        /^\+ Phát động các phong trào thi đua .* phong cách Hồ Chí Minh \(thời hạn 15\/4\/2023, hoàn thành ngày 25\/4\/2023\)\.$/,
      ),
      'Nguyên nhân chủ quan: [đơn vị soạn thảo bổ sung]',
      'Nguyên nhân khách quan: [đơn vị soạn thảo bổ sung]',
    ]);
    // II.6 is due in three days and not started: not a shortcoming yet.
    expect(section(model, 'II. ').join('\n')).not.toContain('tiếp cận thông tin');
    const cause = textBlocks(model).find((b) => blockText(b).startsWith('Nguyên nhân chủ quan'))!;
    expect(cause.runs.map((r) => Boolean(r.placeholder))).toEqual([false, true]);
  });

  it('heads III with the next period; "Tiếp tục" only for work under way, the plan wording for new work, no past deadline', () => {
    const next = section(model, 'III. ');
    expect(next[0]).toBe('Trong 6 tháng cuối năm 2023, Ban Quản lý Khu kinh tế tập trung thực hiện các nhiệm vụ sau:');
    const items = next.slice(1);
    expect(items).toHaveLength(7);
    expect(items[0]).toBe(
      '- Tiếp tục thực hiện đồng bộ các giải pháp để hoàn thành các chỉ tiêu kinh tế - xã hội được tỉnh giao trong năm 2023 và cả giai đoạn 2021-2025 (hoàn thành trước ngày 31/12/2023);',
    );
    // II.4 is under way and already says "Tiếp tục": not doubled; its deadline has passed.
    expect(items[2]).toBe(
      '- Tiếp tục thực hiện Chương trình cải cách hành chính của tỉnh giai đoạn 2021-2025 (Các phòng và đơn vị trực thuộc; khẩn trương hoàn thành);',
    );
    // Not started: the plan's own wording, no "Tiếp tục".
    expect(items[3]).toMatch(
      new RegExp(
        `^- Thực hiện đúng quy định về tiếp cận thông tin .* \\(${OFFICE}; hoàn thành trước ngày 8/5/2023\\);$`,
      ),
    );
    expect(items[5]).toBe(
      `- Theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch này (${OFFICE}; khẩn trương hoàn thành);`,
    );
    expect(items.join('\n')).not.toMatch(/15\/3\/2023|30\/4\/2023/);
    // Done tasks (II.1, II.5) are not carried over.
    expect(items.join('\n')).not.toMatch(/Tuyên truyền, phổ biến rộng rãi|Phát động các phong trào/i);
  });

  it('gives no deadline to continuous work ("Thường xuyên") carried over, even with a default date', () => {
    const records = seedRecords({ 'II.3': { due: '2023-12-31', progress: { state: 'in_progress' } } });
    const items = section(buildReport(sixMonthInput({ records })), 'III. ');
    expect(items.find((l) => l.includes('thường xuyên cải tiến'))).toMatch(
      /^- Tiếp tục thường xuyên cải tiến [^()]*;$/,
    );
  });

  it('drops a leading "Tiếp tục" from a task not started', () => {
    const records = seedRecords({ 'II.4': { due: '2023-12-31', progress: { state: 'not_started' } } });
    const items = section(buildReport(sixMonthInput({ records })), 'III. ');
    expect(items.find((l) => l.includes('Chương trình cải cách hành chính'))).toMatch(
      /^- Thực hiện Chương trình cải cách hành chính của tỉnh /,
    );
  });

  it('leaves a one-line proposal for people to confirm, and closes naming the plan and the agency once, ending "./."', () => {
    const proposals = section(model, 'IV. ');
    expect(proposals[0]).toBe('Không có đề xuất, kiến nghị.');
    const closing = model.blocks.find((b): b is ParagraphBlock => b.kind === 'paragraph' && b.role === 'closing')!;
    expect(blockText(closing)).toBe(
      'Trên đây là báo cáo kết quả thực hiện Kế hoạch số …/KH-BQLKKT 6 tháng đầu năm 2023 của Ban Quản lý Khu kinh tế./.',
    );
  });

  it('puts Nơi nhận left and the signer right on the same row, "Lưu" last', () => {
    const signature = columns(model, 'signature');
    const [left, right] = signature.cells;
    expect(left.map(blockText)).toEqual([
      'Nơi nhận:',
      '- Ban Dân vận Tỉnh ủy (b/c);',
      '- Sở Nội vụ;',
      '- Các phòng, đơn vị trực thuộc;',
      '- Trang thông tin điện tử BQLKKT;',
      '- Lưu: VT, VP (02).',
    ]);
    expect(left[0].style).toMatchObject({ sizePt: 12, bold: true, italic: true });
    expect(left[1].style.sizePt).toBe(11);
    expect(right.map(blockText)).toEqual(['KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Nguyễn Văn An']);
    expect(right.every((p) => p.style.bold)).toBe(true);
  });

  it('adds the "Lưu" line when the recipients lack it, and signs with the title when there is no block', () => {
    const plain = buildReport(
      sixMonthInput({
        settings: {
          ...settings,
          recipients: ['- Sở Nội vụ;', 'Lưu: VT', 'UBND tỉnh (b/c)'],
          signerBlock: null,
          signerTitle: 'Trưởng ban',
          archiveUnit: 'VP',
        },
      }),
    );
    const [left, right] = columns(plain, 'signature').cells;
    expect(left.map(blockText).slice(1)).toEqual(['- Sở Nội vụ;', '- UBND tỉnh (b/c);', '- Lưu: VT.']);
    expect(right.map(blockText)).toEqual(['TRƯỞNG BAN', 'Nguyễn Văn An']);
    const added = buildReport(sixMonthInput({ settings: { ...settings, recipients: ['Sở Nội vụ'] } }));
    expect(columns(added, 'signature').cells[0].map(blockText).slice(-1)).toEqual(['- Lưu: VT, ….']);
  });

  it('starts the appendix on a new page with "PHỤ LỤC", its title and the report it belongs to', () => {
    const at = model.blocks.findIndex((b) => b.kind === 'pageBreak');
    expect(at).toBeGreaterThan(model.blocks.indexOf(columns(model, 'signature')));
    expect(model.blocks.slice(at + 1, at + 4).map((b) => blockText(b as ParagraphBlock))).toEqual([
      'PHỤ LỤC',
      'KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH 6 THÁNG ĐẦU NĂM 2023',
      expect.stringMatching(/^\(Kèm theo Báo cáo số\s+\/BC-BQLKKT ngày 08\/05\/2023 của Ban Quản lý Khu kinh tế\)$/),
    ]);
  });

  it('tabulates every task in plan order with its unit, deadline, evaluation and result', () => {
    const tasks = table(model, 'tasks');
    expect(cellTexts(tasks, 'header')).toEqual([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Đánh giá', 'Kết quả, ghi chú'],
    ]);
    expect(tasks.rows[0].cells.every((c) => c.bold)).toBe(true);
    expect(cellTexts(tasks, 'group').map((r) => r[0])).toEqual(['II. NỘI DUNG', 'III. TỔ CHỨC THỰC HIỆN']);
    const body = cellTexts(tasks, 'body');
    expect(body.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(body.map((r) => r[4])).toEqual([
      'Hoàn thành đúng hạn',
      'Đang thực hiện trong hạn',
      'Không có thời hạn',
      'Quá hạn',
      'Hoàn thành quá hạn',
      'Sắp đến hạn',
      'Chưa thực hiện',
      'Quá hạn',
      'Đang thực hiện trong hạn',
    ]);
    expect(body[3].slice(2, 4)).toEqual([DEPARTMENTS, '30/04/2023']);
    expect(body[0][5]).toContain('CV 125/BQLKKT-VP');
    expect(body[1][5]).toBe('Chưa có báo cáo kết quả.');
    expect(tasks.columns.reduce((s, c) => s + c.widthMm, 0)).toBe(model.page.contentWidthMm);
  });

  it('tabulates the figures per unit with a total row, and leaves a slot for the dashboard chart', () => {
    const stats = table(model, 'statistics');
    expect(cellTexts(stats, 'header')[0]).toHaveLength(11);
    expect(cellTexts(stats, 'body')).toEqual([
      [DEPARTMENTS, '2', '0', '0', '1', '0', '1', '0', '0', '0%', '-'],
      [OFFICE, '2', '0', '0', '0', '1', '1', '0', '0', '0%', '-'],
      ['(Chưa giao đơn vị)', '5', '1', '1', '1', '0', '0', '1', '1', '40%', '50%'],
    ]);
    expect(cellTexts(stats, 'total')).toEqual([['Tổng cộng', '9', '1', '1', '2', '1', '2', '1', '1', '22,2%', '50%']]);
    expect(model.blocks.at(-1)).toMatchObject({ kind: 'image', key: 'dashboardChart' });
    expect(buildReport(sixMonthInput({ chartImage: false })).blocks.some((b) => b.kind === 'image')).toBe(false);
  });

  it('sets A4 portrait, margins within Nghị định 30 ranges, Times New Roman and the body style', () => {
    const { page } = model;
    expect([page.size, page.widthMm, page.heightMm, Math.round(page.widthPt), Math.round(page.heightPt)]).toEqual([
      'A4',
      210,
      297,
      595,
      842,
    ]);
    expect(page.marginsMm.top).toBeGreaterThanOrEqual(20);
    expect(page.marginsMm.top).toBeLessThanOrEqual(25);
    expect(page.marginsMm.left).toBeGreaterThanOrEqual(30);
    expect(page.marginsMm.left).toBeLessThanOrEqual(35);
    expect(page.marginsMm.right).toBeGreaterThanOrEqual(15);
    expect(page.marginsMm.right).toBeLessThanOrEqual(20);
    expect(page.marginsPt.left).toBeCloseTo(85.04, 1);
    expect(model.fontFamily).toBe('Times New Roman');
    const opening = model.blocks[3] as ParagraphBlock;
    expect(opening.style).toMatchObject({ align: 'justify', sizePt: 14, firstLineIndentMm: 12.7 });
    expect(opening.style.spaceAfterPt).toBeGreaterThanOrEqual(6);
    expect(opening.style.lineSpacing).toBeGreaterThanOrEqual(1);
    expect(opening.style.lineSpacing).toBeLessThanOrEqual(1.5);
  });
});

describe('buildReport: which tasks a period covers', () => {
  const withEntries = (entries: Parameters<typeof seedRecords>[0]): TaskRecord[] => seedRecords(entries);
  const evaluations = (model: ReportModel): string[] => cellTexts(table(model, 'tasks'), 'body').map((r) => r[4]);

  it('states "Không có." under II and III and names only the done category when everything is done', () => {
    const done = Object.fromEntries(
      seed.tasks.map((t) => [
        t.ref,
        { due: '2023-04-30', progress: { state: 'done' as const, completedOn: '2023-04-01' } },
      ]),
    );
    const model = buildReport(sixMonthInput({ records: withEntries(done) }));
    expect(section(model, 'II. ')).toEqual(['Không có.']);
    expect(section(model, 'III. ')).toEqual(['Không có.']);
    expect(lines(model)).toContain(
      'Tính đến ngày 5/5/2023, Kế hoạch có 09 nhiệm vụ: đã hoàn thành 09/09 nhiệm vụ (đạt 100%). (Chi tiết tại Phụ lục kèm theo).',
    );
  });

  it('treats a task due after the period end as not yet due, even when the cut-off is later', () => {
    const records = withEntries({ 'II.7': { due: '2023-07-05', progress: { state: 'not_started' } } });
    const semiannual = buildReport(sixMonthInput({ records, cutoff: '2023-07-10' }));
    expect(evaluations(semiannual)[6]).toBe('Chưa thực hiện');
    expect(section(semiannual, 'II. ').join('\n')).not.toContain('Phối hợp, tạo điều kiện');
    const annual = buildReport(
      sixMonthInput({ records, cutoff: '2023-07-10', period: { kind: 'annual', year: 2023 } }),
    );
    expect(evaluations(annual)[6]).toBe('Quá hạn');
    expect(section(annual, 'II. ').join('\n')).toContain('Phối hợp, tạo điều kiện');
    expect(lines(annual)).toContain('III. NHIỆM VỤ TRỌNG TÂM NĂM 2024');
  });

  it('leaves out one-off tasks finished before the period, but counts recurring ones again', () => {
    const records = withEntries({
      'II.1': { due: '2023-03-31', progress: { state: 'done', completedOn: '2023-03-01' } },
      'II.3': { progress: { state: 'done', completedOn: '2023-03-01' } },
    });
    const q2 = buildReport(
      sixMonthInput({ records, cutoff: '2023-06-20', period: { kind: 'quarter', year: 2023, quarter: 2 } }),
    );
    const body = cellTexts(table(q2, 'tasks'), 'body');
    expect(body).toHaveLength(8);
    expect(body.some((r) => r[1].startsWith('Tuyên truyền, phổ biến rộng rãi'))).toBe(false);
    expect(body.find((r) => r[1].startsWith('Thường xuyên cải tiến'))![4]).toBe('Không có thời hạn');
    expect(lines(q2)).toContain('III. NHIỆM VỤ TRỌNG TÂM QUÝ III NĂM 2023');
    expect(blockText(q2.blocks[2] as ParagraphBlock)).toMatch(/ quý II năm 2023$/);
  });

  it('counts report duties apart from tasks, lists an overdue one under II, and leaves out rows no longer in the plan', () => {
    const duty = (code: string, title: string, due: string, done: boolean): TaskRecord => ({
      ...sixMonthRecords()[0],
      code,
      kind: 'report',
      section: 'Chế độ báo cáo',
      title,
      text: title,
      leadUnit: OFFICE,
      due,
      progress: {
        ...sixMonthRecords()[0].progress,
        state: done ? 'done' : null,
        completedOn: done ? '2023-04-05' : null,
        result: '',
        evidence: '',
      },
    });
    const extra: TaskRecord[] = [
      duty('BC.0', 'Báo cáo quý I', '2023-04-10', true),
      duty('BC.1', 'Báo cáo định kỳ 06 tháng', '2023-05-01', false),
      duty('BC.2', 'Báo cáo 01 năm', '2023-10-30', false),
      { ...sixMonthRecords()[0], code: 'II.9', inPlan: false, title: 'Nhiệm vụ đã bỏ' },
    ];
    const model = buildReport(sixMonthInput({ records: [...sixMonthRecords(), ...extra] }));
    // The tasks are still 09; the duties due in the period are 02, one of them overdue.
    const results = section(model, 'I. ');
    const summary = results[results.indexOf('2. Kết quả chung') + 1];
    expect(summary).toMatch(/^Tính đến ngày 5\/5\/2023, Kế hoạch có 09 nhiệm vụ: đã hoàn thành 02\/09 nhiệm vụ/);
    expect(summary).toContain(
      'Về chế độ báo cáo, đã thực hiện 01/02 báo cáo định kỳ theo Kế hoạch; 01 báo cáo chưa thực hiện đúng thời hạn.',
    );
    expect(section(model, 'II. ')).toContain(
      `- ${OFFICE}: 01 nhiệm vụ quá hạn chưa hoàn thành, 01 báo cáo chưa thực hiện đúng thời hạn:`,
    );
    expect(section(model, 'II. ')).toContain('+ Báo cáo định kỳ 06 tháng (thời hạn 1/5/2023, quá hạn 04 ngày).');
    // Duties are not next-period tasks; the annual one, due after the period, is not in this report.
    expect(section(model, 'III. ').join('\n')).not.toContain('Báo cáo');
    const rows = cellTexts(table(model, 'tasks'), 'body');
    expect(rows).toHaveLength(11);
    expect(rows.map((r) => r[1])).not.toContain('Báo cáo 01 năm');
    expect(rows.map((r) => r[1])).not.toContain('Nhiệm vụ đã bỏ');
  });

  it('labels a from–to range and rejects one that ends before it starts', () => {
    const range = buildReport(
      sixMonthInput({ period: { kind: 'range', year: 2023, from: '2023-03-01', to: '2023-05-31' } }),
    );
    expect(range.period).toMatchObject({
      from: '2023-03-01',
      to: '2023-05-31',
      label: 'từ ngày 01/03/2023 đến ngày 31/05/2023',
    });
    expect(lines(range)).toContain('III. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI');
    expect(() =>
      buildReport(sixMonthInput({ period: { kind: 'range', year: 2023, from: '2023-05-31', to: '2023-03-01' } })),
    ).toThrow(RangeError);
  });

  it('writes the report in English for locale "en"', () => {
    const model = buildReport(sixMonthInput({ locale: 'en' }));
    const text = lines(model);
    expect(text).toContain('REPORT');
    expect(blockText(model.blocks[2] as ParagraphBlock)).toMatch(
      /^Results of implementing Plan No\. …\/KH-BQLKKT dated … of .*, the first six months of 2023$/,
    );
    expect(text).toContain('I. RESULTS');
    expect(text.join('\n')).toContain('02/09 overdue');
    expect(blockText(columns(model, 'header').cells[1][2])).toBe('Gia Lai, May 8, 2023');
    expect(text.join('\n')).not.toMatch(
      /BÁO CÁO|Nơi nhận|Kết quả chung|Không có|Continue tiếp tục|Nhiệm vụ đã|đang triển khai/i,
    );
    // The plan's own "Lưu" line is recognised, not doubled by an English one.
    expect(columns(model, 'signature').cells[0].map(blockText).slice(-2)).toEqual([
      '- Trang thông tin điện tử BQLKKT;',
      '- Lưu: VT, VP (02).',
    ]);
  });
});
