// Two users of two units in the preview (Chromium): each opens the sidebar's progress tab and
// sees only their own unit's tasks as lead, the tasks they support apart, and no other unit to pick.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle, ROOT } from '../../scripts/harness/load-bundle';
import { rpc, sheetValues } from '../../scripts/harness/add-on';
import type { ParsedPlan } from '../../src/shared/rpc';
import { chromiumAvailable, usePreviewInChromium } from './chromium';

const OFFICE = 'vanphong@example.gov.vn';
const MEMBERS: Record<string, string> = { 'Sở Tư pháp': 'tuphap@example.gov.vn', 'Sở Nội vụ': 'noivu@example.gov.vn' };

/** The office imports a plan and enters the two units' members; then `user` is at the keyboard. */
function stateFor(user: string): string {
  const bundle = loadBundle({ emulator: { locale: 'vi', userEmail: OFFICE } });
  const parsed = rpc<ParsedPlan>(
    bundle,
    'parsePlanText',
    readFileSync(join(ROOT, 'test/fixtures/office/numbered.txt'), 'utf8'),
  );
  rpc(bundle, 'createTaskSheet', parsed.plan);
  const rows = sheetValues(bundle, 'Đơn vị');
  for (const [unit, email] of Object.entries(MEMBERS))
    bundle.emulator.userEdit('Đơn vị', `E${rows.findIndex((r) => r[0] === unit) + 1}`, email);
  bundle.emulator.setUser(user);
  return bundle.emulator.save();
}

for (const [unit, lead, support] of [
  ['Sở Tư pháp', 'I.1', 'I.2'],
  ['Sở Nội vụ', 'I.2', 'I.1'],
] as const) {
  describe.runIf(chromiumAvailable())(`the progress tab as a member of ${unit}`, () => {
    const session = usePreviewInChromium({ initialState: () => stateFor(MEMBERS[unit]) });

    it("shows only that unit's tasks, and the tasks it supports apart", { timeout: 90_000 }, async () => {
      const { sidebar, errors, page } = await session.openPage();
      await sidebar.locator('#tab-progress').click();
      const items = sidebar.locator('.task-item');
      await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(2);
      // The picker offers the member's own unit only (after its "pick a unit" line).
      expect((await sidebar.locator('#progress-unit option').allTextContents()).slice(1)).toEqual([unit]);
      expect(await sidebar.locator('.task-item:not(.support)').getAttribute('data-code')).toBe(lead);
      expect(await sidebar.locator('.task-item.support').getAttribute('data-code')).toBe(support);
      expect(await sidebar.locator('#progress-support').textContent()).toContain('Phối hợp (1)');
      // The supported task has no update form: only the lead unit reports its progress.
      expect(await sidebar.locator('.task-item.support .task-summary').count()).toBe(0);
      await page.screenshot({ path: join(ROOT, `test-results/office-progress-${lead}.png`) });
      expect(errors).toEqual([]);
    });
  });
}

describe.runIf(chromiumAvailable())('asking for more time and deciding it', () => {
  const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const session = usePreviewInChromium({ initialState: () => stateFor(MEMBERS['Sở Tư pháp']) });

  it("a member asks from the task's form; the entry then says it waits", { timeout: 90_000 }, async () => {
    const { sidebar, errors, page } = await session.openPage();
    await sidebar.locator('#tab-progress').click();
    const item = sidebar.locator('.task-item[data-code="I.1"]');
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    await item.locator('.task-summary').click();
    await item.locator('details.extension summary').click();
    await item.locator('details.extension input[type="date"]').fill(inAMonth);
    await item.locator('details.extension button').click();
    await expect
      .poll(() => item.locator('details.extension [role="status"]').textContent(), { timeout: 10_000 })
      .toContain('lý do');
    await item.locator('details.extension textarea').fill('Chờ ý kiến thẩm định');
    await item.locator('details.extension button').click();
    await expect
      .poll(() => item.locator('details.extension [role="status"]').textContent(), { timeout: 10_000 })
      .toBe('Đã gửi đề nghị gia hạn.');
    await page.screenshot({ path: join(ROOT, 'test-results/office-extension-asked.png') });
    await page.reload();
    await sidebar.locator('#tab-progress').click();
    await expect
      .poll(() => sidebar.locator('.task-item[data-code="I.1"] .task-extension').textContent(), { timeout: 10_000 })
      .toMatch(/^Xin gia hạn đến \d\d\/\d\d\/\d{4}: chờ duyệt$/);
    expect(errors).toEqual([]);
  });
});

describe.runIf(chromiumAvailable())("the office's settings", () => {
  const session = usePreviewInChromium({
    initialState: () => {
      const bundle = loadBundle({ saved: stateFor(MEMBERS['Sở Tư pháp']) });
      const planKey = rpc<{ planKey: string }[]>(bundle, 'listPlans')[0].planKey;
      const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
      rpc(bundle, 'requestExtension', { planKey, code: 'I.1', due, reason: 'Chờ ý kiến thẩm định' });
      bundle.emulator.setUser(OFFICE);
      return bundle.emulator.save();
    },
  });

  it('turns on the unit locks and approves a waiting request', { timeout: 90_000 }, async () => {
    const { sidebar, errors, page } = await session.openPage();
    await sidebar.locator('#tab-settings').click();
    await expect.poll(() => sidebar.locator('#office-locks').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => sidebar.locator('#office-extensions li').count(), { timeout: 10_000 }).toBe(1);
    expect(await sidebar.locator('#office-extensions li').textContent()).toContain('I.1');
    await sidebar.locator('#office-locks').check();
    await sidebar.locator('#office-save').click();
    await expect
      .poll(() => sidebar.locator('#office-save + p, #panel-settings [role="status"]').allTextContents(), {
        timeout: 10_000,
      })
      .toContain('Đã lưu cài đặt.');
    await page.screenshot({ path: join(ROOT, 'test-results/office-settings.png') });
    await sidebar.locator('#office-extensions li button', { hasText: 'Duyệt' }).first().click();
    await expect.poll(() => sidebar.locator('#office-extensions li').count(), { timeout: 10_000 }).toBe(0);
    expect(errors).toEqual([]);
  });
});
