// The report draft in the sidebar: "Xem bản nháp" shows the sections written from the data,
// an edited section is kept and marked, and the Doc made afterwards says what the draft says.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle, ROOT } from '../../scripts/harness/load-bundle';
import { SEED_FILE } from '../../scripts/harness/add-on';
import type { Plan } from '../../src/core/types';
import { chromiumAvailable, usePreviewInChromium } from './chromium';

/** A saved emulator state with the seed plan's task sheet and one task done. */
function seededState(): string {
  const bundle = loadBundle({ emulator: { locale: 'vi' } });
  const parsed = bundle.rpc('parsePlanText', [readFileSync(SEED_FILE, 'utf8')]) as { ok: true; value: { plan: Plan } };
  const plan = parsed.value.plan;
  plan.tasks = plan.tasks.map((t) => ({ ...t, due: t.due ?? '2023-12-31' }));
  const created = bundle.rpc('createTaskSheet', [plan]) as { ok: boolean; error?: string; value: { planKey: string } };
  if (!created.ok) throw new Error(created.error);
  const saved = bundle.rpc('saveProgress', [
    {
      planKey: created.value.planKey,
      baseline: null,
      code: 'II.1',
      state: 'done',
      percent: 100,
      completedOn: '2023-03-20',
      result: 'Tổ chức 02 hội nghị quán triệt Kế hoạch',
      evidence: '',
    },
  ]) as { ok: boolean; error?: string };
  if (!saved.ok) throw new Error(saved.error);
  return bundle.emulator.save();
}

describe.runIf(chromiumAvailable())('report draft in the preview', () => {
  const session = usePreviewInChromium({ initialState: seededState });

  it('shows the draft section by section, keeps an edit, and writes it into the Doc', async () => {
    const { page, sidebar, errors } = await session.openPage();
    await sidebar.locator('#tab-report').click();
    await expect.poll(() => sidebar.locator('#report-plan option').count()).toBe(1);
    await sidebar.locator('#report-draft-show').click();
    const boxes = sidebar.locator('#report-draft textarea.draft-text');
    await expect.poll(() => boxes.count(), { timeout: 15_000 }).toBeGreaterThan(8);
    const summary = sidebar.locator('textarea[data-id="summary"]');
    expect(await summary.inputValue()).toMatch(
      /^Tính đến ngày \d{1,2}\/\d{1,2}\/\d{4}, Kế hoạch có 09 nhiệm vụ: đã hoàn thành 01\/09 nhiệm vụ/,
    );
    expect(await sidebar.locator('textarea[data-id="task:II.1"]').inputValue()).toMatch(
      / đã tổ chức 02 hội nghị quán triệt Kế hoạch\. /,
    );

    const proposal = 'Đề nghị UBND tỉnh bố trí kinh phí tập huấn công tác dân vận năm 2024.';
    await sidebar.locator('textarea[data-id="proposals"]').fill(proposal);
    await sidebar.locator('#report-draft-save').click();
    await expect
      .poll(() => sidebar.locator('#report-draft-status').textContent())
      .toMatch(/Đã lưu bản nháp \(1 phần đã sửa\)/);
    expect(await sidebar.locator('.draft-edited').count()).toBe(1);

    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-results/report-draft-sidebar.png'), fullPage: true });

    await sidebar.locator('#report-create').click();
    const link = sidebar.locator('#report-result a.report-link');
    await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(1);
    const [reportPage] = await Promise.all([session.browser.context.waitForEvent('page'), link.click()]);
    await reportPage.waitForLoadState();
    const text = (await reportPage.locator('body').textContent()) ?? '';
    expect(text).toContain(proposal);
    expect(text).not.toContain('Không có đề xuất, kiến nghị.');
    expect(errors).toEqual([]);
  });

  it('shows a period and cut-off that disagree before making the report, and makes it on a second click', async () => {
    const { sidebar, errors } = await session.openPage();
    await sidebar.locator('#tab-report').click();
    await expect.poll(() => sidebar.locator('#report-plan option').count()).toBe(1);
    await sidebar.locator('#report-kind').selectOption('semiannual');
    await sidebar.locator('#report-year').fill('2023');
    await sidebar.locator('#report-cutoff').fill('2023-12-28');
    const before = await sidebar.locator('#report-list li').count();
    await sidebar.locator('#report-create').click();
    await expect.poll(() => sidebar.locator('#report-warnings .warning').count(), { timeout: 15_000 }).toBe(1);
    expect(await sidebar.locator('#report-warnings').textContent()).toContain(
      'Ngày số liệu (28/12/2023) sau khi kỳ báo cáo 6 tháng đầu năm 2023 kết thúc (30/06/2023).',
    );
    expect(await sidebar.locator('#report-result').textContent()).toContain('bấm "Tạo báo cáo" lần nữa');
    expect(await sidebar.locator('#report-result a.report-link').count()).toBe(0);
    await sidebar.locator('#report-create').click();
    await expect.poll(() => sidebar.locator('#report-result a.report-link').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => sidebar.locator('#report-list li').count()).toBe(before + 1);
    expect(errors).toEqual([]);
  });
});
