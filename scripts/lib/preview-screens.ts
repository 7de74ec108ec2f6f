// Pictures of what users see, taken by headless Chromium from the local preview: the task
// sheet, the dashboard and each page of each report Doc (npm run demo -- … --screenshots).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../harness/chromium';
import { startPreview } from './preview-server';

export interface ScreenshotRequest {
  /** The emulator state to show (emulator.save()). */
  state: string;
  /** The day the page computes its colours for (the run's clock). */
  now: () => Date;
  outDir: string;
  /** The task sheet to show as sheet.png. */
  taskSheet: string;
  /** The dashboard sheet to show as dashboard.png. */
  dashboardSheet: string;
  /** The report Docs to show, page by page, as report-1.png, report-2.png … */
  documentIds: string[];
}

/** Takes the screenshots; returns the files written. */
export async function takeScreenshots(request: ScreenshotRequest): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'plan-tracker-screens-'));
  const stateFile = join(dir, 'state.json');
  writeFileSync(stateFile, request.state);
  mkdirSync(request.outDir, { recursive: true });
  const preview = await startPreview({ port: 0, stateFile, now: request.now });
  const profile = join(dir, 'profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1600, height: 900 },
  });
  const written: string[] = [];
  try {
    const page = await context.newPage();
    await page.goto(preview.url);
    for (const [sheet, file] of [
      [request.taskSheet, 'sheet.png'],
      [request.dashboardSheet, 'dashboard.png'],
    ] as const) {
      await page.locator('#sheet-tabs .sheet-tab', { hasText: sheet }).first().click();
      await page.locator('#sheet-tabs .sheet-tab.active', { hasText: sheet }).waitFor();
      await page.locator('table.grid td').first().waitFor();
      await page.waitForTimeout(300);
      const path = join(request.outDir, file);
      await page.screenshot({ path });
      written.push(path);
    }
    let n = 0;
    for (const id of request.documentIds) {
      await page.setViewportSize({ width: 900, height: 1200 });
      await page.goto(new URL(`/doc/${encodeURIComponent(id)}`, preview.url).href);
      const pages = page.locator('.page');
      const count = await pages.count();
      for (let i = 0; i < count; i++) {
        const path = join(request.outDir, `report-${++n}.png`);
        await pages.nth(i).screenshot({ path });
        written.push(path);
      }
    }
  } finally {
    await context.close();
    await preview.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return written;
}
