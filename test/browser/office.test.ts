// Two users of two units in the preview (Chromium): each opens the sidebar's progress tab and
// sees only their own unit's tasks as lead, the tasks they support apart, and no other unit to pick.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle, ROOT } from '../harness/load-bundle';
import { rpc, sheetValues } from '../server/tracking-fixture';
import type { ParsedPlan } from '../../src/shared/rpc';
import { chromiumAvailable, usePreviewInChromium } from './chromium';

const OFFICE = 'vanphong@example.gov.vn';
const MEMBERS: Record<string, string> = { 'Sở Tư pháp': 'tuphap@example.gov.vn', 'Sở Nội vụ': 'noivu@example.gov.vn' };

/** The office imports a plan and enters the two units' members; then `user` is at the keyboard. */
function stateFor(user: string): string {
  const bundle = loadBundle({ emulator: { locale: 'vi', userEmail: OFFICE } });
  const parsed = rpc<ParsedPlan>(bundle, 'parsePlanText', readFileSync(join(ROOT, 'test/fixtures/office/numbered.txt'), 'utf8'));
  rpc(bundle, 'createTaskSheet', parsed.plan);
  const rows = sheetValues(bundle, 'Đơn vị');
  for (const [unit, email] of Object.entries(MEMBERS)) bundle.emulator.userEdit('Đơn vị', `E${rows.findIndex((r) => r[0] === unit) + 1}`, email);
  bundle.emulator.setUser(user);
  return bundle.emulator.save();
}

for (const [unit, lead, support] of [
  ['Sở Tư pháp', 'I.1', 'I.2'],
  ['Sở Nội vụ', 'I.2', 'I.1'],
] as const) {
  describe.runIf(chromiumAvailable())(`the progress tab as a member of ${unit}`, () => {
    const session = usePreviewInChromium({ initialState: () => stateFor(MEMBERS[unit]) });

    it('shows only that unit\'s tasks, and the tasks it supports apart', { timeout: 90_000 }, async () => {
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
