// The local preview in Chromium: the spreadsheet page with the real sidebar, its four tabs, and
// the sidebar's first server call answered by dist/Code.js on the emulator; the sheet drawn as
// Sheets draws it (rule colours, charts), cells typed as user edits, and the user switch.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, loadBundle } from '../../scripts/harness/load-bundle';
import { createSeedSheet, rpc } from '../../scripts/harness/add-on';
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

describe.runIf(chromiumAvailable())('the preview as Google Sheets', () => {
  let sheetName = '';
  const session = usePreviewInChromium({
    // The seed plan's task sheet and, after a check, the dashboard with its charts.
    initialState: () => {
      const bundle = loadBundle({ emulator: { locale: 'vi' } });
      const planKey = createSeedSheet(bundle);
      rpc(bundle, 'checkOverdue', planKey);
      sheetName = bundle.emulator
        .workbook()
        .sheets.find((s) => s.metadata.some((m) => m.key === 'planTracker.taskSheet'))!.name;
      return bundle.emulator.save();
    },
  });

  /** The cell of the task `code` under the header `name`. */
  const cellOf = async (page: import('playwright-core').Page, code: string, name: string) => {
    const header = await page.locator('table.grid tr').nth(1).locator('td').allTextContents();
    return page.locator('table.grid tr', { hasText: code }).first().locator('td').nth(header.indexOf(name));
  };

  it('paints rows by their rule, draws the dashboard charts, and takes typed cells as user edits', {
    timeout: 90_000,
  }, async () => {
    const { page, errors } = await session.openPage();
    await page.locator('#sheet-tabs .sheet-tab', { hasText: 'Tổng hợp' }).click();
    // Three charts, each an ECharts SVG with its title.
    await expect.poll(() => page.locator('#grid .chart svg').count(), { timeout: 10_000 }).toBe(3);
    expect(await page.locator('#grid .chart').first().textContent()).toContain('Tình hình thực hiện theo đơn vị');

    await page.locator('#sheet-tabs .sheet-tab', { hasText: sheetName }).click();
    await expect
      .poll(() => page.locator('table.grid tr', { hasText: 'II.5' }).count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    // The seed's deadlines are in 2023: by today II.5 is overdue and its row is red.
    const code = page.locator('table.grid td', { hasText: /^II\.5$/ });
    expect(await code.evaluate((td) => getComputedStyle(td).backgroundColor)).toBe('rgb(244, 204, 204)');

    // 150 % is refused with Sheets' dialog; 60 is taken.
    const percent = await cellOf(page, 'II.5', 'Tiến độ (%)');
    await percent.dblclick();
    await page.keyboard.type('150');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#problem').isVisible()).toBe(true);
    expect(await page.locator('#problem .message').textContent()).toContain('violates the data validation rules');
    await page.locator('#problem button').click();
    await (await cellOf(page, 'II.5', 'Tiến độ (%)')).dblclick();
    await page.keyboard.type('60');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await cellOf(page, 'II.5', 'Tiến độ (%)')).textContent(), { timeout: 10_000 })
      .toBe('60');

    // The state cell is a dropdown of the rule's values; choosing "Hoàn thành" recolours the row.
    const state = await cellOf(page, 'II.5', 'Tình trạng');
    await state.dblclick();
    const options = await state.locator('select option').allTextContents();
    expect(options).toContain('Hoàn thành');
    await state.locator('select').selectOption('Hoàn thành');
    await expect
      .poll(async () => (await cellOf(page, 'II.5', 'Tình trạng')).textContent(), { timeout: 10_000 })
      .toBe('Hoàn thành');
    // onEdit stamped the row.
    await expect
      .poll(async () => (await cellOf(page, 'II.5', 'Cập nhật lúc')).textContent(), { timeout: 10_000 })
      .not.toBe('');
    await expect.poll(() => code.evaluate((td) => getComputedStyle(td).backgroundColor)).not.toBe('rgb(244, 204, 204)');
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-results/preview-sheet.png') });
    expect(errors).toEqual([]);
  });

  it('switches to the view-only leader: no sidebar, no typing; the choice is kept', { timeout: 60_000 }, async () => {
    const { page } = await session.openPage();
    await page.locator('#user').selectOption('lanhdao@example.gov.vn');
    await expect.poll(() => page.locator('body').getAttribute('data-role'), { timeout: 10_000 }).toBe('viewer');
    expect(await page.locator('#sidebar-frame').count()).toBe(0);
    expect(await page.locator('.viewer-note').isVisible()).toBe(true);
    await page.locator('table.grid td').nth(20).dblclick();
    expect(await page.locator('table.grid .editor').count()).toBe(0);
    await page.reload();
    expect(await page.locator('#user').inputValue()).toBe('lanhdao@example.gov.vn');
    await page.locator('#user').selectOption('phongtochuc@example.gov.vn');
    await expect.poll(() => page.locator('body').getAttribute('data-role'), { timeout: 10_000 }).toBe('editor');
    await expect
      .poll(() => page.frameLocator('#sidebar-frame').locator('.header .secondary').textContent(), { timeout: 10_000 })
      .toContain('phongtochuc@example.gov.vn');
  });
});
