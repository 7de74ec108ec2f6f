// The report built end to end from the seed plan's text: parser → task rows → report model.
import { danVanPlanText } from '../../fixtures/index';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../src/core/plan/index';
import { planToRecords } from '../../../src/core/sheet-model';
import { buildReport } from '../../../src/core/report/build';
import { blockText, type ColumnsBlock, type ParagraphBlock, type TableBlock } from '../../../src/core/report/model';
import { settings } from './seed-fixture';

const _repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const seedText = danVanPlanText();

describe('buildReport from the parsed seed plan', () => {
  const parsed = parsePlan(seedText);
  if (!parsed.ok) throw new Error(parsed.error);
  const { plan } = parsed;
  const records = planToRecords(plan, { defaultDueToYearEnd: true });
  const model = buildReport({
    plan,
    records,
    period: { kind: 'semiannual', year: 2023 },
    cutoff: '2023-05-05',
    settings: {
      ...settings,
      recipients: plan.recipients,
      signerBlock: plan.signer.block,
      signerName: plan.signer.name ?? '',
    },
  });

  it('cites the parsed plan in the subject and ends it with the period', () => {
    expect(blockText(model.blocks[2] as ParagraphBlock)).toBe(
      'Kết quả thực hiện Kế hoạch số …/KH-BQLKKT ngày … của Ban Quản lý Khu kinh tế về triển khai thực hiện ' +
        'công tác dân vận chính quyền 6 tháng đầu năm 2023',
    );
  });

  it('lists every parsed task in the plan order, then the report duty due in the period', () => {
    const table = model.blocks.find((b): b is TableBlock => b.kind === 'table' && b.role === 'tasks')!;
    const names = table.rows.filter((r) => r.role === 'body').map((r) => r.cells[1].text);
    expect(names).toHaveLength(plan.tasks.length + 1);
    plan.tasks.forEach((task, i) => expect(names[i].slice(0, 30)).toBe(task.title.slice(0, 30)));
    // The 6-month report is due 9/5, inside the period; the annual one (30/10) is not this report's.
    expect(names.at(-1)).toMatch(/^Báo cáo định kỳ 06 tháng/);
    // Nothing is done and nothing is past due at 05/05 with year-end deadlines: no shortcomings yet.
    const level1 = model.blocks.findIndex((b) => b.kind === 'heading' && blockText(b).startsWith('II. '));
    expect(blockText(model.blocks[level1 + 1] as ParagraphBlock)).toBe('Không có.');
  });

  it("signs with the plan's signer and keeps the plan's own recipients with Lưu last", () => {
    const signature = model.blocks.find((b): b is ColumnsBlock => b.kind === 'columns' && b.role === 'signature')!;
    expect(signature.cells[1].map(blockText)).toEqual(['TRƯỞNG BAN', 'Nguyễn Văn Bình']);
    const recipients = signature.cells[0].map(blockText);
    expect(recipients[1]).toBe('- Ban Dân vận Tỉnh ủy (b/c);');
    expect(recipients.at(-1)).toMatch(/^- Lưu: VT, .*\.$/);
  });
});
