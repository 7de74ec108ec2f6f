// The "Báo cáo" tab in the local preview: with the seed plan's sheet in place, fill the form,
// "Tạo báo cáo", open the link (the preview's rendering of the Doc) and save a screenshot.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle, ROOT } from '../../scripts/harness/load-bundle';
import { SEED_FILE } from '../../scripts/harness/add-on';
import type { Plan } from '../../src/core/types';
import { chromiumAvailable, usePreviewInChromium } from './chromium';

/** A saved emulator state holding the seed plan's task sheet (made through createTaskSheet). */
function seededState(): string {
  const bundle = loadBundle({ emulator: { locale: 'vi' } });
  const parsed = bundle.rpc('parsePlanText', [readFileSync(SEED_FILE, 'utf8')]) as { ok: true; value: { plan: Plan } };
  const plan = parsed.value.plan;
  plan.tasks = plan.tasks.map((t) => ({
    ...t,
    leadUnit: t.leadUnit ?? 'Các phòng và đơn vị trực thuộc',
    due: t.due ?? '2023-12-31',
  }));
  const created = bundle.rpc('createTaskSheet', [plan]) as { ok: boolean; error?: string };
  if (!created.ok) throw new Error(created.error);
  return bundle.emulator.save();
}

describe.runIf(chromiumAvailable())('report tab in the preview', () => {
  const session = usePreviewInChromium({ initialState: seededState });

  it('creates the report from the sidebar, lists it, and opens the rendered Doc', async () => {
    const { page, sidebar, errors } = await session.openPage();
    await sidebar.locator('#tab-report').click();

    // Prefilled from the plan: the plan picker and its recipients.
    await expect.poll(() => sidebar.locator('#report-plan option').count()).toBe(1);
    expect(await sidebar.locator('#report-recipients').inputValue()).not.toBe('');
    await sidebar.locator('#report-kind').selectOption('semiannual');
    await sidebar.locator('#report-year').fill('2023');
    await sidebar.locator('#report-cutoff').fill('2023-05-05');
    await sidebar.locator('#report-number').fill('12');
    await sidebar.locator('#report-parentAgency').fill('UBND tỉnh Gia Lai');
    await sidebar.locator('#report-issuingAgency').fill('Ban Quản lý Khu kinh tế');
    await sidebar.locator('#report-agencyCode').fill('BQLKKT');
    await sidebar.locator('#report-place').fill('Gia Lai');
    await sidebar.locator('#report-signerTitle').fill('KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN');
    await sidebar.locator('#report-signerName').fill('Nguyễn Văn A');
    await sidebar.locator('#report-create').click();

    const link = sidebar.locator('#report-result a.report-link');
    await expect.poll(() => link.count(), { timeout: 15_000 }).toBe(1);
    expect(await link.textContent()).toMatch(/^Báo cáo kết quả thực hiện Kế hoạch/);
    await expect.poll(() => sidebar.locator('#report-list li').count()).toBe(1);
    expect(await sidebar.locator('.error-banner').isVisible()).toBe(false);

    // The link opens the preview's rendering of the Doc in a new tab.
    const [reportPage] = await Promise.all([session.browser.context.waitForEvent('page'), link.click()]);
    await reportPage.waitForLoadState();
    expect(reportPage.url()).toMatch(/\/doc\//);
    const pages = reportPage.locator('section.page');
    expect(await pages.count()).toBeGreaterThanOrEqual(2);
    const text = (await reportPage.locator('body').textContent()) ?? '';
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('BAN QUẢN LÝ KHU KINH TẾ');
    expect(text).toContain('I. KẾT QUẢ THỰC HIỆN');
    expect(await reportPage.locator('table.layout').count()).toBe(2);
    expect(await reportPage.locator('table.data').count()).toBe(2);
    const font = await reportPage
      .locator('section.page')
      .first()
      .evaluate((node) => getComputedStyle(node).fontFamily);
    expect(font).toContain('Times New Roman');

    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await reportPage.setViewportSize({ width: 900, height: 1200 });
    await reportPage.screenshot({ path: join(ROOT, 'test-results/report.png'), fullPage: true });
    await page.screenshot({ path: join(ROOT, 'test-results/report-sidebar.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
