// The progress flow in the local preview (Chromium): pick a unit, mark a task done, and see the
// row's evaluation in the task sheet and the dashboard change after the overdue check.
import { describe, expect, it } from 'vitest';
import { createSeedSheet, DEPARTMENTS } from '../server/tracking-fixture';
import { loadBundle } from '../harness/load-bundle';
import { chromiumAvailable, usePreviewInChromium } from './chromium';

describe.runIf(chromiumAvailable())('progress tab in the preview', () => {
  let sheetName = '';
  const session = usePreviewInChromium({
    // A spreadsheet with the seed plan's task sheet, made through createTaskSheet.
    initialState: () => {
      const bundle = loadBundle({ emulator: { locale: 'vi' } });
      createSeedSheet(bundle);
      sheetName = bundle.emulator.workbook().sheets.find((s) => s.metadata.some((m) => m.key === 'planTracker.taskSheet'))!.name;
      return bundle.emulator.save();
    },
  });

  it('marks a task done and shows its evaluation and the dashboard figures', { timeout: 90_000 }, async () => {
    const { page, sidebar, errors } = await session.openPage();

    await sidebar.locator('#tab-progress').click();
    await expect.poll(() => sidebar.locator('#progress-unit option').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    await sidebar.locator('#progress-unit').selectOption(DEPARTMENTS);
    const item = sidebar.locator('.task-item[data-code="II.1"]');
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    await item.locator('.task-summary').click();
    await item.locator('select').selectOption('done');
    // Done: the completion date is filled with today.
    expect(await item.locator('input[type="date"]').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await item.locator('button.action').click();
    await expect.poll(() => sidebar.locator('#progress-note').textContent(), { timeout: 10_000 }).toContain('Đã lưu nhiệm vụ II.1');
    // The seed deadline (31/12/2023) is past, so a task done today is done late.
    await expect.poll(() => item.locator('.evaluation').textContent(), { timeout: 10_000 }).toBe('Hoàn thành quá hạn');

    await page.locator('#sheet-tabs .sheet-tab', { hasText: sheetName }).click();
    const row = page.locator('table.grid tr', { hasText: 'II.1' }).first();
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('Hoàn thành quá hạn');

    await sidebar.locator('#tab-overdue').click();
    await sidebar.locator('#overdue-check').click();
    await expect.poll(() => sidebar.locator('#overdue-results [role="status"]').textContent(), { timeout: 10_000 }).toMatch(/quá hạn/);
    await expect.poll(() => page.locator('#sheet-tabs .sheet-tab', { hasText: 'Tổng hợp' }).count(), { timeout: 10_000 }).toBe(1);
    await page.locator('#sheet-tabs .sheet-tab', { hasText: 'Tổng hợp' }).click();
    const unitRow = page.locator('table.grid tr', { hasText: DEPARTMENTS }).first();
    // total 7, done on time 0, done late 1 …
    await expect.poll(async () => (await unitRow.locator('td').allTextContents()).slice(0, 4), { timeout: 10_000 }).toEqual([DEPARTMENTS, '8', '0', '1']);
    expect(errors).toEqual([]);
  });
});
