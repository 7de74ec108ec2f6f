// The import tab in Chromium: an 85-task plan is reviewed in a compact table (a fraction of the
// old page), several tasks get units and a deadline at once, a wrongly typed date changes
// nothing, and the new rows carry the edits; a task with no deadline blocks creation until
// the user chooses "Không có thời hạn"; plan text that looks like HTML is shown as text.
import { describe, expect, it } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import { chromiumAvailable, usePreviewInChromium } from './chromium';
import { syntheticPlanText } from '../fixtures/synthetic-plan';

const HOSTILE = '<img src=x onerror=alert(1)>';
const HOSTILE_PLAN = `ỦY BAN NHÂN DÂN\nSố: 07/KH-UBND\nKẾ HOẠCH\nThử nghiệm hiển thị năm 2024\nII. NHIỆM VỤ\n1. ${HOSTILE}\n2. Tổ chức hội nghị sơ kết trước ngày 30/6/2024.\n`;
// No year anywhere, so II.1 has no deadline to default to; II.3 names a date that does not exist.
const YEARLESS_PLAN = [
  'ỦY BAN NHÂN DÂN\nSố: 12/KH-UBND\nKẾ HOẠCH\nTổ chức hội nghị thử nghiệm\nII. NHIỆM VỤ',
  '1. Tổ chức hội nghị tổng kết công tác.',
  '2. Tổ chức tập huấn nghiệp vụ trước ngày 30/6/2025.',
  '3. Kiểm tra công tác văn thư, lưu trữ, hoàn thành trước ngày 31/13/2025.\n',
].join('\n');

/** The cells of the task sheet's row whose code cell is `code`. */
async function sheetRow(page: Page, code: string): Promise<string[]> {
  const row = page.locator('table.grid tr', {
    has: page.locator('td', { hasText: new RegExp(`^${code.replace('.', '\\.')}$`) }),
  });
  await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
  return row.locator('td').allTextContents();
}

async function readPlan(sidebar: FrameLocator, text: string): Promise<void> {
  await sidebar.locator('#import-text').fill(text);
  await sidebar.locator('#import-read').click();
  await sidebar.locator('#import-tasks').waitFor();
}

describe.runIf(chromiumAvailable())('import tab in Chromium', () => {
  const session = usePreviewInChromium();

  it('reviews 85 tasks in a compact table, sets lead, supporting units and a deadline on several at once, and creates them', {
    timeout: 90_000,
  }, async () => {
    const { page, sidebar, errors } = await session.openPage();
    await readPlan(sidebar, syntheticPlanText(85));
    const rows = sidebar.locator('#import-tasks tbody tr[data-code]');
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(85);
    expect(await sidebar.locator('#import-count').textContent()).toContain(`${count} nhiệm vụ`);
    // One short row per task: the whole review fits in a fraction of the old 18,000 px of boxes.
    const height = await page.frame({ name: 'sidebar-frame' })!.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(5000);

    // Tick II.3, shift-click II.6: four tasks are selected.
    await rows.nth(2).locator('input').click();
    await rows
      .nth(5)
      .locator('input')
      .click({ modifiers: ['Shift'] });
    await expect.poll(() => sidebar.locator('#import-bulk strong').textContent()).toBe('Đã chọn 4');
    const before = await rows.nth(3).locator('.task-due').textContent();

    // A wrong date is explained and changes nothing.
    await sidebar.locator('#bulk-lead').fill('Phòng Pháp chế');
    await sidebar.locator('#bulk-due').fill('31/02/2025');
    await sidebar.locator('#bulk-apply').click();
    expect(await sidebar.locator('#bulk-note').textContent()).toContain('"31/02/2025" không phải ngày dd/mm/yyyy');
    expect(await rows.nth(3).locator('.task-due').textContent()).toBe(before);
    expect(await rows.nth(3).locator('.task-lead').textContent()).not.toBe('Phòng Pháp chế');

    // Supporting units are suggested one after another, after a ";".
    const supportOptions = () =>
      sidebar
        .locator('#import-support-units option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    await sidebar.locator('#bulk-support').pressSequentially('Thanh tra Sở;');
    expect(await supportOptions()).toContain('Thanh tra Sở; Văn phòng Sở');
    await sidebar.locator('#bulk-support').fill('Thanh tra Sở; Văn phòng Sở');
    await sidebar.locator('#bulk-due').fill('30/9/2025');
    await sidebar.locator('#bulk-apply').click();
    expect(await sidebar.locator('#bulk-note').textContent()).toBe('Đã cập nhật 4 nhiệm vụ.');
    for (const i of [2, 3, 4, 5]) {
      expect(await rows.nth(i).locator('.task-lead').textContent()).toBe('Phòng Pháp chế');
      expect(await rows.nth(i).locator('.task-due').textContent()).toBe('30/09/2025');
    }
    expect(await rows.nth(6).locator('.task-lead').textContent()).not.toBe('Phòng Pháp chế');

    // A row opens its form; a wrongly typed date there keeps the deadline the row shows.
    await rows.nth(0).locator('.task-title').click();
    const dueInput = sidebar.locator('.task-form .task-due-input');
    await dueInput.fill('31/13/2025');
    await dueInput.press('Tab');
    expect(await sidebar.locator('.task-form .error').textContent()).toContain('"31/13/2025" không phải ngày');
    expect(await dueInput.getAttribute('aria-invalid')).toBe('true');
    const firstDue = await rows.nth(0).locator('.task-due').textContent();
    expect(firstDue).toMatch(/^\d\d\/\d\d\/2025$/);
    await dueInput.fill('1/7/2025');
    await dueInput.press('Tab');
    expect(await rows.nth(0).locator('.task-due').textContent()).toBe('01/07/2025');

    await sidebar.locator('#import-create').click();
    await expect
      .poll(() => sidebar.locator('.feedback').textContent(), { timeout: 20_000 })
      .toContain(`${count} nhiệm vụ`);
    for (const code of ['II.3', 'II.4', 'II.5', 'II.6']) {
      const cells = await sheetRow(page, code);
      expect(cells).toContain('Phòng Pháp chế');
      expect(cells).toContain('30/09/2025');
      expect(cells.some((cell) => cell.includes('Thanh tra Sở') && cell.includes('Văn phòng Sở'))).toBe(true);
    }
    expect(await sheetRow(page, 'II.1')).toContain('01/07/2025');
    expect(await sheetRow(page, 'II.7')).not.toContain('Phòng Pháp chế');

    // The next review suggests the registry's units, the one added above among them.
    await sidebar.locator('button.link', { hasText: 'Làm lại' }).click();
    await readPlan(sidebar, HOSTILE_PLAN);
    expect(
      await sidebar
        .locator('#import-units option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
    ).toContain('Phòng Pháp chế');
    expect(errors).toEqual([]);
  });

  it('flags doubtful tasks with their reason and refuses to create while one has no deadline, until the user chooses "Không có thời hạn"', async () => {
    const { page, sidebar, errors } = await session.openPage();
    await readPlan(sidebar, YEARLESS_PLAN);
    const row = (code: string) => sidebar.locator(`#import-tasks tr[data-code="${code}"]`);
    const first = row('II.1');
    expect(await first.getAttribute('class')).toBe('doubt');
    expect(await first.locator('.doubt-reasons').textContent()).toBe('Chưa có thời hạn');
    expect(await row('II.3').locator('.doubt-reasons').textContent()).toBe('Thời hạn chưa chắc; Chưa có thời hạn');
    expect(await row('II.2').getAttribute('class')).toBe('');
    expect(await sidebar.locator('label[for="import-only-doubts"]').textContent()).toBe(
      'Chỉ hiện nhiệm vụ cần xem lại (2)',
    );

    await sidebar.locator('#import-create').click();
    const refusal = sidebar.locator('.feedback .error');
    expect(await refusal.textContent()).toBe(
      '2 nhiệm vụ chưa có thời hạn (II.1, II.3): hãy nhập ngày hoặc chọn "Không có thời hạn".',
    );
    // Only the tasks to fix are listed, and nothing was made.
    expect(await sidebar.locator('#import-tasks tr[data-code]').count()).toBe(2);
    expect(await page.locator('#sheet-tabs .sheet-tab', { hasText: '12' }).count()).toBe(0);

    // A date given to II.3 settles it: it leaves the list of tasks to review.
    await row('II.3').locator('input').click();
    await sidebar.locator('#bulk-due').fill('15/12/2025');
    await sidebar.locator('#bulk-apply').click();
    await expect.poll(() => sidebar.locator('#import-tasks tr[data-code]').count()).toBe(1);
    expect(await sidebar.locator('label[for="import-only-doubts"]').textContent()).toBe(
      'Chỉ hiện nhiệm vụ cần xem lại (1)',
    );

    // A date typed, then emptied: the date stays, and the form says how to drop it.
    await first.click();
    const dueInput = sidebar.locator('.task-form .task-due-input');
    await dueInput.fill('15/8/2025');
    await dueInput.press('Tab');
    expect(await first.locator('.task-due').textContent()).toBe('15/08/2025');
    await dueInput.fill('');
    await dueInput.press('Tab');
    expect(await sidebar.locator('.task-form .error').textContent()).toBe(
      'Để bỏ thời hạn, hãy chọn "Không có thời hạn".',
    );
    expect(await dueInput.inputValue()).toBe('15/08/2025');
    expect(await first.locator('.task-due').textContent()).toBe('15/08/2025');

    // "Không có thời hạn" drops it; unticking brings the date back; ticked again for the sheet.
    const noDue = sidebar.locator('.task-form .task-no-due');
    await noDue.check();
    expect(await first.locator('.task-due').textContent()).toBe('Không');
    await noDue.uncheck();
    expect(await first.locator('.task-due').textContent()).toBe('15/08/2025');
    await noDue.check();
    expect(await first.getAttribute('class')).toBe('');
    expect(await sidebar.locator('label[for="import-only-doubts"]').textContent()).toBe(
      'Chỉ hiện nhiệm vụ cần xem lại (0)',
    );
    await sidebar.locator('#import-only-doubts').uncheck();
    expect(await sidebar.locator('#import-tasks tr[data-code]').count()).toBe(3);
    await sidebar.locator('#import-create').click();
    await expect.poll(() => sidebar.locator('.feedback').textContent(), { timeout: 15_000 }).toContain('3 nhiệm vụ');
    const cells = await sheetRow(page, 'II.1');
    expect(cells.some((c) => /\d\d\/\d\d\/\d{4}/.test(c))).toBe(false);
    expect(await sheetRow(page, 'II.2')).toContain('30/06/2025');
    expect(await sheetRow(page, 'II.3')).toContain('15/12/2025');
    expect(errors).toEqual([]);
  });

  it('shows a task titled like HTML as text, in the sidebar and in the sheet', async () => {
    const { page, sidebar } = await session.openPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await readPlan(sidebar, HOSTILE_PLAN);
    expect(await sidebar.locator('#import-tasks tr[data-code]').count()).toBe(2);
    expect(await sidebar.locator('#import-tasks .task-title').first().textContent()).toBe(HOSTILE);
    // The keyboard opens a row's form too.
    await sidebar.locator('#import-tasks tr[data-code="II.1"]').focus();
    await sidebar.locator('#import-tasks tr[data-code="II.1"]').press('Enter');
    expect(await sidebar.locator('.task-form .task-title-input').inputValue()).toBe(HOSTILE);
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
