// The local preview in Chromium: the spreadsheet page with the real sidebar, its four tabs,
// and the sidebar's first server call answered by dist/Code.js on the emulator.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../scripts/lib/preview-server';
import { ROOT } from '../harness/load-bundle';
import { chromiumAvailable, launchBrowser, type Browser } from './chromium';

describe.runIf(chromiumAvailable())('local preview in Chromium', () => {
  let preview: Preview;
  let browser: Browser;
  let stateDir: string;

  beforeAll(async () => {
    stateDir = mkdtempSync(join(tmpdir(), 'plan-tracker-preview-'));
    preview = await startPreview({ port: 0, stateFile: join(stateDir, 'state.json') });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('shows the sheet area and the sidebar with its four tabs and the settings area', async () => {
    const page = await browser.context.newPage();
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(preview.url);

    await expect.poll(() => page.locator('#sheet-tabs .sheet-tab').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('table.grid td').count()).toBeGreaterThan(0);
    expect(await page.locator('#sidebar-title').textContent()).toBe('Theo dõi kế hoạch');

    const sidebar = page.frameLocator('#sidebar-frame');
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
    expect(consoleErrors).toEqual([]);
  });
});
