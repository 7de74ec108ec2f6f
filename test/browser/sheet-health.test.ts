// A task sheet changed by hand, seen in the preview (Chromium): with the due column deleted,
// the Progress tab says what was changed and how to repair it in place of the task list.
import { describe, expect, it } from 'vitest';
import { createSeedSheet } from '../../scripts/harness/add-on';
import { loadBundle } from '../../scripts/harness/load-bundle';
import { chromiumAvailable, usePreviewInChromium } from './chromium';

describe.runIf(chromiumAvailable())('a task sheet changed by hand, in the preview', () => {
  const session = usePreviewInChromium({
    initialState: () => {
      const bundle = loadBundle({ emulator: { locale: 'vi' } });
      createSeedSheet(bundle);
      const ss = (
        bundle.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
      ).getActiveSpreadsheet();
      const sheet = ss
        .getSheets()
        .find((s) => s.getDeveloperMetadata().some((m) => m.getKey() === 'planTracker.taskSheet'));
      const header = sheet?.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? [];
      sheet?.deleteColumn(header.indexOf('Thời hạn') + 1);
      return bundle.emulator.save();
    },
  });

  it('names the deleted column and the repair in the Progress tab', { timeout: 90_000 }, async () => {
    const { page, sidebar } = await session.openPage();
    await sidebar.locator('#tab-progress').click();
    await expect
      .poll(() => sidebar.locator('#progress-note').textContent(), { timeout: 10_000 })
      .toContain("Cột 'Thời hạn' đã bị xoá");
    expect(await sidebar.locator('#progress-note').textContent()).toContain('Sửa cấu trúc bảng');
    expect(await sidebar.locator('.task-item').count()).toBe(0);
    if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT });
  });
});
