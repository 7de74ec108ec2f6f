// The import tab in Chromium: paste the seed plan, edit a unit and a due date in the review
// list, create the sheet and see its rows in the preview's sheet area; plan text that looks
// like HTML is shown as text.
import { danVanPlanText } from '../fixtures/index';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../harness/load-bundle';
import { chromiumAvailable, usePreviewInChromium } from './chromium';

const SEED = danVanPlanText();
const HOSTILE = '<img src=x onerror=alert(1)>';
const HOSTILE_PLAN = `ỦY BAN NHÂN DÂN\nSố: 07/KH-UBND\nKẾ HOẠCH\nThử nghiệm hiển thị năm 2024\nII. NHIỆM VỤ\n1. ${HOSTILE}\n2. Tổ chức hội nghị sơ kết trước ngày 30/6/2024.\n`;

describe.runIf(chromiumAvailable())('import tab in Chromium', () => {
  const session = usePreviewInChromium();

  it('reviews the seed plan, applies the edits and shows the new rows in the sheet area', async () => {
    const { page, sidebar, errors } = await session.openPage();

    await sidebar.locator('#import-text').fill(SEED);
    await sidebar.locator('#import-read').click();
    const tasks = sidebar.locator('li.task');
    await expect.poll(() => tasks.count()).toBe(9);
    // A task with no deadline in the plan starts with the end of the plan year.
    expect(await tasks.nth(0).locator('.task-due').inputValue()).toBe('2023-12-31');

    await tasks.nth(0).locator('.task-lead').fill('Phòng Quản lý đầu tư');
    await tasks.nth(1).locator('.task-due').fill('2023-06-30');
    await sidebar.locator('#import-create').click();
    await expect.poll(() => sidebar.locator('.feedback').textContent(), { timeout: 15_000 }).toContain('9 nhiệm vụ');

    const planTab = page.locator('#sheet-tabs .sheet-tab', { hasText: '(2023)' });
    await expect.poll(() => planTab.count(), { timeout: 10_000 }).toBe(1);
    await planTab.click();
    const rows = page.locator('table.grid tr');
    await expect.poll(() => page.locator('table.grid td', { hasText: 'BC.2' }).count()).toBe(1);
    const row1 = await rows.nth(2).locator('td').allTextContents();
    const row2 = await rows.nth(3).locator('td').allTextContents();
    expect(row1[0]).toBe('II.1');
    expect(row1).toContain('Phòng Quản lý đầu tư');
    expect(row1).toContain('31/12/2023');
    expect(row2).toContain('30/06/2023');
    expect(errors).toEqual([]);
  });

  it('shows a task titled like HTML as text, in the sidebar and in the sheet', async () => {
    const { page, sidebar } = await session.openPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await sidebar.locator('#import-text').fill(HOSTILE_PLAN);
    await sidebar.locator('#import-read').click();
    await expect.poll(() => sidebar.locator('li.task').count()).toBe(2);
    expect(await sidebar.locator('li.task .task-title').first().inputValue()).toBe(HOSTILE);
    expect(await sidebar.locator('img').count()).toBe(0);

    await sidebar.locator('#import-create').click();
    await expect.poll(() => sidebar.locator('.feedback').textContent(), { timeout: 15_000 }).toContain('2 nhiệm vụ');
    const planTab = page.locator('#sheet-tabs .sheet-tab', { hasText: '07' });
    await expect.poll(() => planTab.count(), { timeout: 10_000 }).toBe(1);
    await planTab.click();
    await expect.poll(() => page.locator('table.grid td', { hasText: HOSTILE }).count()).toBeGreaterThan(0);
    expect(await page.locator('table.grid img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
