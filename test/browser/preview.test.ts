// The local preview in Chromium: the spreadsheet page with the real sidebar, its four tabs,
// and the sidebar's first server call answered by dist/Code.js on the emulator.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness/load-bundle';
import { chromiumAvailable, usePreviewInChromium } from './chromium';

describe.runIf(chromiumAvailable())('local preview in Chromium', () => {
  const session = usePreviewInChromium();

  it('shows the sheet area and the sidebar with its four tabs and the settings area', async () => {
    const { page, sidebar, errors } = await session.openPage();

    await expect.poll(() => page.locator('#sheet-tabs .sheet-tab').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('table.grid td').count()).toBeGreaterThan(0);
    expect(await page.locator('#sidebar-title').textContent()).toBe('Theo dõi kế hoạch');

    const tabs = sidebar.getByRole('tab');
    await expect.poll(() => tabs.allTextContents()).toEqual(['Nhập kế hoạch', 'Tiến độ', 'Quá hạn', 'Báo cáo']);
    expect(await sidebar.locator('#tab-import').getAttribute('aria-selected')).toBe('true');
    // The four tabs fit on one line of the 300 px sidebar.
    const tops = await tabs.evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);

    await sidebar.getByRole('button', { name: 'Cài đặt' }).click();
    expect(await sidebar.locator('#panel-settings').isVisible()).toBe(true);

    await sidebar.locator('#tab-overdue').click();
    expect(await sidebar.locator('#panel-overdue').isVisible()).toBe(true);
    expect(await sidebar.locator('#panel-import').isVisible()).toBe(false);
    // getSidebarContext went through the shim to the bundle: the signed-in user is shown.
    expect(await sidebar.locator('.header .secondary').count()).toBe(1);
    expect(await sidebar.locator('.error-banner').isVisible()).toBe(false);

    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-results/preview.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
