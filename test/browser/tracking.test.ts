// The progress flow in the local preview (Chromium): pick a unit, mark a task done, and see the
// row's evaluation in the task sheet and the dashboard change after the overdue check.
import { describe, expect, it } from 'vitest';
import { addDays, formatDate, todayIn } from '../../src/core/dates';
import type { OverdueReport } from '../../src/shared/rpc';
import { createSeedSheet, DEPARTMENTS, reviewedSeedPlan, rpc } from '../../scripts/harness/add-on';
import { loadBundle } from '../../scripts/harness/load-bundle';
import { chromiumAvailable, usePreviewInChromium } from './chromium';

describe.runIf(chromiumAvailable())('progress tab in the preview', () => {
  let sheetName = '';
  const session = usePreviewInChromium({
    // A spreadsheet with the seed plan's task sheet, made through createTaskSheet.
    initialState: () => {
      const bundle = loadBundle({ emulator: { locale: 'vi' } });
      createSeedSheet(bundle);
      sheetName = bundle.emulator
        .workbook()
        .sheets.find((s) => s.metadata.some((m) => m.key === 'planTracker.taskSheet'))!.name;
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
    await expect
      .poll(() => sidebar.locator('#progress-note').textContent(), { timeout: 10_000 })
      .toContain('Đã lưu nhiệm vụ II.1');
    // The seed deadline (31/12/2023) is past, so a task done today is done late.
    await expect.poll(() => item.locator('.evaluation').textContent(), { timeout: 10_000 }).toBe('Hoàn thành quá hạn');

    await page.locator('#sheet-tabs .sheet-tab', { hasText: sheetName }).click();
    const row = page.locator('table.grid tr', { hasText: 'II.1' }).first();
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('Hoàn thành quá hạn');

    await sidebar.locator('#tab-overdue').click();
    await sidebar.locator('#overdue-check').click();
    await expect
      .poll(() => sidebar.locator('#overdue-results [role="status"]').textContent(), { timeout: 10_000 })
      .toMatch(/quá hạn/);
    await expect
      .poll(() => page.locator('#sheet-tabs .sheet-tab', { hasText: 'Tổng hợp' }).count(), { timeout: 10_000 })
      .toBe(1);
    await page.locator('#sheet-tabs .sheet-tab', { hasText: 'Tổng hợp' }).click();
    const unitRow = page.locator('table.grid tr', { hasText: DEPARTMENTS }).first();
    // total 7, done on time 0, done late 1 …
    await expect
      .poll(async () => (await unitRow.locator('td').allTextContents()).slice(0, 4), { timeout: 10_000 })
      .toEqual([DEPARTMENTS, '8', '0', '1']);
    expect(errors).toEqual([]);
  });
});

describe.runIf(chromiumAvailable())('progress entries and the overdue list by unit in the preview', () => {
  const today = todayIn('Asia/Ho_Chi_Minh', new Date());
  let expected: OverdueReport['items'] = [];
  const session = usePreviewInChromium({
    // The seed plan with one task due in three days and the last task given to no unit.
    initialState: () => {
      const bundle = loadBundle({ emulator: { locale: 'vi' } });
      const plan = reviewedSeedPlan(bundle);
      plan.tasks.find((t) => t.ref === 'II.2')!.due = addDays(today, 3);
      plan.tasks[plan.tasks.length - 1].leadUnit = null;
      rpc(bundle, 'createTaskSheet', plan);
      // What the check finds before II.1 is marked done in the sidebar.
      expected = rpc<OverdueReport>(bundle, 'checkOverdue', null).items;
      return bundle.emulator.save();
    },
  });

  it('shows the saved state, percent and update in the entry, keeps the form on a failed save, and groups the overdue list by unit', {
    timeout: 90_000,
  }, async () => {
    const { sidebar, errors } = await session.openPage();
    await sidebar.locator('#tab-progress').click();
    await expect.poll(() => sidebar.locator('#progress-unit option').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    await sidebar.locator('#progress-unit').selectOption(DEPARTMENTS);
    const item = sidebar.locator('.task-item[data-code="II.1"]');
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    const meta = item.locator('.task-meta');
    expect(await meta.textContent()).not.toContain('Hoàn thành');
    expect(await meta.textContent()).not.toContain('Cập nhật');

    await item.locator('.task-summary').click();
    // A refused save keeps what was typed.
    await item.locator('select').selectOption('in_progress');
    await item.locator('input[type="number"]').fill('150');
    await item.locator('textarea').fill('Đã họp triển khai');
    await item.locator('button.action').click();
    await expect.poll(() => item.locator('form .error').textContent(), { timeout: 10_000 }).toContain('0 đến 100');
    expect(await item.locator('select').inputValue()).toBe('in_progress');
    expect(await item.locator('input[type="number"]').inputValue()).toBe('150');
    expect(await item.locator('textarea').inputValue()).toBe('Đã họp triển khai');

    await item.locator('select').selectOption('done');
    await item.locator('input[type="number"]').fill('');
    await item.locator('button.action').click();
    await expect
      .poll(() => sidebar.locator('#progress-note').textContent(), { timeout: 10_000 })
      .toContain('Đã lưu nhiệm vụ II.1');
    await expect.poll(() => meta.textContent(), { timeout: 10_000 }).toContain('Hoàn thành · 100% · Hạn: 31/12/2023');
    expect(await item.locator('.evaluation').textContent()).toBe('Hoàn thành quá hạn');
    expect(await item.locator('.task-updated').textContent()).toMatch(
      new RegExp(`^Cập nhật: \\S+@\\S+, ${formatDate(today)}$`),
    );
    expect(await item.locator('form').count()).toBe(0);

    await sidebar.locator('#tab-overdue').click();
    await sidebar.locator('#overdue-check').click();
    const groups = sidebar.locator('#overdue-results .unit-group');
    await expect.poll(() => groups.count(), { timeout: 10_000 }).toBeGreaterThan(1);
    // One heading per unit with its counts, units in order, no unit last.
    const late = expected.filter((i) => i.code !== 'II.1');
    const units = [...new Set(late.map((i) => i.unit))]
      .filter((u) => u !== null)
      .sort((a, b) => a!.localeCompare(b!, 'vi'));
    const heading = (unit: string | null): string => {
      const mine = late.filter((i) => i.unit === unit);
      const overdue = mine.filter((i) => i.category === 'overdue').length;
      const dueSoon = mine.length - overdue;
      return `${unit ?? 'Chưa giao đơn vị'} — ${[overdue ? `${overdue} quá hạn` : '', dueSoon ? `${dueSoon} sắp đến hạn` : ''].filter(Boolean).join(', ')}`;
    };
    expect(late.some((i) => i.unit === null) && late.some((i) => i.category === 'due_soon')).toBe(true);
    expect(await groups.locator('h3').allTextContents()).toEqual([...units, null].map(heading));
    const departments = groups.filter({ hasText: DEPARTMENTS });
    expect(await departments.locator('h3').textContent()).toMatch(/— \d+ quá hạn, 1 sắp đến hạn$/);
    // Overdue before due soon inside the group; II.1 is done and gone.
    const categories = await departments
      .locator('li')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-category')));
    expect(categories[categories.length - 1]).toBe('due_soon');
    expect(categories.slice(0, -1).every((c) => c === 'overdue')).toBe(true);
    expect(await departments.locator('li[data-code="II.2"] .evaluation').textContent()).toBe('Sắp đến hạn');
    expect(await sidebar.locator('#overdue-results li[data-code="II.1"]').count()).toBe(0);
    expect(await groups.last().locator('h3').textContent()).toMatch(/^Chưa giao đơn vị — /);
    expect(errors).toEqual([]);
  });
});
