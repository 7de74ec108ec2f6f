// Browser test harness: Debian's Chromium through playwright-core, with a fresh profile, and
// the local preview opened in it. Without /usr/bin/chromium the suites are skipped with a note,
// except under CI=true.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type FrameLocator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startPreview, type Preview } from '../../scripts/lib/preview-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/harness/chromium';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

/**
 * Whether browser suites can run. Prints how to install Chromium when they cannot;
 * under CI=true a missing Chromium throws, so the run fails instead of skipping.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const hint = `Chromium not found at ${CHROMIUM_PATH}: install it with apt-get install -y chromium`;
  if (process.env.CI === 'true') throw new Error(`${hint} (required when CI=true)`);
  console.log(`SKIPPED browser tests. ${hint}`);
  return false;
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh user-data-dir, removed again on close. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'plan-tracker-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The spreadsheet page of the preview, its sidebar frame, and the page errors seen so far. */
export interface PreviewPage {
  page: Page;
  sidebar: FrameLocator;
  errors: string[];
}

/** A preview server and a Chromium, both started in beforeAll and closed in afterAll. */
export interface PreviewSession {
  readonly preview: Preview;
  readonly browser: Browser;
  /** Opens the preview in a new page, collecting uncaught page errors from the start. */
  openPage(): Promise<PreviewPage>;
}

/**
 * Call inside a describe: starts the local preview on a free port with its own state file
 * (written from `initialState()` when given, e.g. an emulator state with a task sheet) and
 * launches Chromium before the suite; closes both and removes the state afterwards.
 */
export function usePreviewInChromium(options: { initialState?: () => string } = {}): PreviewSession {
  let preview: Preview | undefined;
  let browser: Browser | undefined;
  let stateDir: string | undefined;

  beforeAll(async () => {
    stateDir = mkdtempSync(join(tmpdir(), 'plan-tracker-preview-'));
    const stateFile = join(stateDir, 'state.json');
    if (options.initialState) writeFileSync(stateFile, options.initialState());
    preview = await startPreview({ port: 0, stateFile });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    if (stateDir) rmSync(stateDir, { recursive: true, force: true });
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use the session inside a test`);
    return value;
  };
  return {
    get preview() {
      return started(preview, 'The preview');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
    async openPage() {
      const page = await started(browser, 'Chromium').context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(started(preview, 'The preview').url);
      return { page, sidebar: page.frameLocator('#sidebar-frame'), errors };
    },
  };
}
