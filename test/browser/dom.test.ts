// The sidebar's DOM helpers in Chromium: text given to el(), append() and replaceChildren() is
// shown as written and never parsed as markup, so plan text cannot inject elements or scripts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSync } from 'esbuild';
import type { Page } from 'playwright-core';
import { ROOT } from '../../scripts/harness/load-bundle';
import { chromiumAvailable, launchBrowser, type Browser } from './chromium';

const HOSTILE = '<img src=x onerror="window.__injected = true">';

/** src/client/dom.ts as a script that defines window.dom. */
function domScript(): string {
  const built = buildSync({
    entryPoints: [`${ROOT}/src/client/dom.ts`],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'dom',
    target: 'es2020',
  });
  return built.outputFiles[0].text;
}

describe.runIf(chromiumAvailable())('DOM helpers in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.setContent('<!doctype html><html><body><div id="root"></div></body></html>');
    await page.addScriptTag({ content: domScript() });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows text that looks like HTML as text, in children and in attributes', async () => {
    const shown = await page.evaluate((hostile) => {
      const { el } = (window as unknown as { dom: typeof import('../../src/client/dom') }).dom;
      const root = document.getElementById('root')!;
      root.replaceChildren(el('div', { title: hostile, 'data-code': hostile }, [hostile, ' & ', 5]));
      return {
        text: root.textContent,
        images: root.querySelectorAll('img').length,
        title: root.firstElementChild!.getAttribute('title'),
      };
    }, HOSTILE);
    expect(shown).toEqual({ text: `${HOSTILE} & 5`, images: 0, title: HOSTILE });
    // Give a would-be onerror the chance to run.
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected ?? false)).toBe(false);
  });

  it('replaces children with text and nodes alike, and leaves out null, undefined and false', async () => {
    const shown = await page.evaluate((hostile) => {
      const { el, replaceChildren } = (window as unknown as { dom: typeof import('../../src/client/dom') }).dom;
      const list = el('ul', {}, [el('li', {}, ['cũ'])]);
      replaceChildren(list, [el('li', {}, [hostile]), null, undefined, false, 'đuôi']);
      return { html: list.innerHTML, items: list.children.length };
    }, HOSTILE);
    expect(shown.items).toBe(1);
    expect(shown.html).toBe('<li>&lt;img src=x onerror="window.__injected = true"&gt;</li>đuôi');
  });

  it('turns on… functions into listeners and true/false into present/absent attributes', async () => {
    const shown = await page.evaluate(() => {
      const { el } = (window as unknown as { dom: typeof import('../../src/client/dom') }).dom;
      let clicks = 0;
      const button = el('button', { onclick: () => clicks++, disabled: false, hidden: true, 'aria-label': null }, [
        'Lưu',
      ]);
      button.click();
      return {
        clicks,
        disabled: button.hasAttribute('disabled'),
        hidden: button.getAttribute('hidden'),
        label: button.hasAttribute('aria-label'),
        onclick: button.hasAttribute('onclick'),
      };
    });
    expect(shown).toEqual({ clicks: 1, disabled: false, hidden: '', label: false, onclick: false });
  });
});
