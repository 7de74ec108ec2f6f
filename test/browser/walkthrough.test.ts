// A first-time user in Chromium: the Progress tab says there is no plan yet and where to make
// one; after the plan is created the sheet area switches to the new sheet (the hidden plan store
// gets no tab), the stale error is gone, the review cannot make a second copy, and the Progress
// tab, shown again, offers the plan's units.
import { danVanPlanText } from '../fixtures/index';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, usePreviewInChromium } from './chromium';

const SEED = danVanPlanText();

describe.runIf(chromiumAvailable())('a first-time user in Chromium', () => {
  const session = usePreviewInChromium();

  it('is told where to start, then follows the new sheet and finds the plan in the Progress tab', {
    timeout: 90_000,
  }, async () => {
    const { page, sidebar, errors } = await session.openPage();

    await sidebar.locator('#tab-progress').click();
    await expect
      .poll(() => sidebar.locator('#progress-note').textContent(), { timeout: 10_000 })
      .toBe('Chưa có kế hoạch nào — hãy nhập kế hoạch ở thẻ "Nhập kế hoạch".');
    expect(await sidebar.locator('#progress-unit').count()).toBe(0);
    await sidebar.locator('#tab-overdue').click();
    await sidebar.locator('#overdue-check').click();
    await expect
      .poll(() => sidebar.locator('#overdue-results .error').textContent(), { timeout: 10_000 })
      .toContain('Nhập kế hoạch');
    expect(await sidebar.locator('.error-banner').isVisible()).toBe(true);

    await sidebar.locator('#tab-import').click();
    await sidebar.locator('#import-text').fill(SEED);
    await sidebar.locator('#import-read').click();
    await sidebar.locator('#import-create').click();
    await expect.poll(() => sidebar.locator('.feedback').textContent(), { timeout: 15_000 }).toContain('9 nhiệm vụ');
    // The failure of before no longer shows; the review now updates the sheet it made.
    expect(await sidebar.locator('.error-banner').isVisible()).toBe(false);
    expect(await sidebar.locator('#import-create').count()).toBe(0);
    expect(await sidebar.locator('#import-preview').count()).toBe(1);

    // The sheet area shows the new sheet, as Sheets does when the script activates it.
    const active = page.locator('#sheet-tabs .sheet-tab.active');
    await expect.poll(() => active.textContent(), { timeout: 10_000 }).toContain('(2023)');
    await expect.poll(() => page.locator('table.grid td', { hasText: 'BC.2' }).count()).toBe(1);
    const tabs = await page.locator('#sheet-tabs .sheet-tab').allTextContents();
    expect(tabs).toContain('Đơn vị');
    expect(tabs).not.toContain('Kế hoạch (dữ liệu)');

    await sidebar.locator('#tab-progress').click();
    await expect.poll(() => sidebar.locator('#progress-unit option').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    expect(await sidebar.locator('#progress-note').textContent()).toBe('');

    // A click on a tab shows that sheet and keeps it shown.
    await page.locator('#sheet-tabs .sheet-tab', { hasText: 'Đơn vị' }).click();
    await expect.poll(() => active.textContent(), { timeout: 10_000 }).toBe('Đơn vị');
    expect(errors).toEqual([]);
  });
});
