// The preview server without a browser: sheets as the page draws them, /rpc on the real
// bundle, state kept across restarts, reset, and documents as HTML.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../scripts/lib/preview-server';
import { withShim } from '../../scripts/lib/preview-page';
import { loadBundle } from '../harness/load-bundle';

let dir: string;
let stateFile: string;
const open: Preview[] = [];

async function start(): Promise<Preview> {
  const preview = await startPreview({ port: 0, stateFile });
  open.push(preview);
  return preview;
}

async function getJson<T>(preview: Preview, path: string): Promise<T> {
  return (await (await fetch(new URL(path, preview.url))).json()) as T;
}

interface SheetsAnswer {
  sheets: {
    name: string;
    frozenRows: number;
    widths: number[];
    cells: { text: string; background: string; bold: boolean; wrap: string; valign: string; align: string | null }[][];
  }[];
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-tracker-preview-'));
  stateFile = join(dir, 'state.json');
});

afterEach(async () => {
  while (open.length) await open.pop()!.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('preview server', () => {
  it('draws values, backgrounds, bold and the frozen header from the saved state', async () => {
    const seeded = loadBundle();
    const app = seeded.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().insertSheet('Tasks');
    sheet.getRange('A1:B2').setValues([['Code', 'Title'], ['II.1', '<b>not markup</b>']]);
    sheet.getRange('A1:B1').setFontWeight('bold').setBackground('#d9ead3');
    sheet.setFrozenRows(1);
    writeFileSync(stateFile, seeded.emulator.save());

    const preview = await start();
    const { sheets } = await getJson<SheetsAnswer>(preview, '/api/sheets');
    const tasks = sheets.find((s) => s.name === 'Tasks')!;
    expect(tasks.frozenRows).toBe(1);
    expect(tasks.cells[0].slice(0, 2).map((c) => [c.text, c.bold, c.background])).toEqual([
      ['Code', true, '#d9ead3'],
      ['Title', true, '#d9ead3'],
    ]);
    expect(tasks.cells[1][1].text).toBe('<b>not markup</b>');
  });

  it('draws wrap, clip and overflow, top alignment and column widths as the sheet sets them', async () => {
    const seeded = loadBundle();
    const app = seeded.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().insertSheet('Tasks');
    const { WRAP, CLIP, OVERFLOW } = app.WrapStrategy;
    sheet.getRange('A2:C2').setValues([['a long title', 'the full text', 'x']]).setWrapStrategies([[WRAP, CLIP, OVERFLOW]]).setVerticalAlignment('top');
    sheet.getRange('A1').setHorizontalAlignment('center');
    sheet.setColumnWidth(2, 60);
    writeFileSync(stateFile, seeded.emulator.save());

    const preview = await start();
    const { sheets } = await getJson<SheetsAnswer>(preview, '/api/sheets');
    const tasks = sheets.find((s) => s.name === 'Tasks')!;
    expect(tasks.cells[1].slice(0, 3).map((c) => [c.wrap, c.valign])).toEqual([
      ['wrap', 'top'],
      ['clip', 'top'],
      ['overflow', 'top'],
    ]);
    expect(tasks.cells[2][0]).toMatchObject({ wrap: 'overflow', valign: 'bottom' });
    expect(tasks.cells[0][0].align).toBe('center');
    expect(tasks.widths[1]).toBe(60);
  });

  it('marks hidden sheets, follows the active sheet and its selection, and activates a sheet on request', async () => {
    const seeded = loadBundle();
    const book = (seeded.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    book.insertSheet('Store').hideSheet();
    const tasks = book.insertSheet('Tasks');
    tasks.getRange(3, 1, 1, 4).activate();
    writeFileSync(stateFile, seeded.emulator.save());

    const preview = await start();
    const first = (await getJson<SheetsAnswer>(preview, '/api/sheets')).sheets as unknown as { name: string; hidden: boolean; active: boolean; selectedRows: number[] | null }[];
    expect(first.find((s) => s.name === 'Store')).toMatchObject({ hidden: true, active: false });
    expect(first.find((s) => s.name === 'Tasks')).toMatchObject({ hidden: false, active: true, selectedRows: [3, 3] });
    const answer = await fetch(new URL('/api/activate', preview.url), { method: 'POST', body: JSON.stringify({ name: first[0].name }) });
    expect(await answer.json()).toEqual({ ok: true });
    const second = (await getJson<SheetsAnswer>(preview, '/api/sheets')).sheets as unknown as { name: string; active: boolean }[];
    expect(second.filter((s) => s.active).map((s) => s.name)).toEqual([first[0].name]);
  });

  it('makes the user speak the language asked for with ?locale=', async () => {
    const preview = await start();
    await fetch(new URL('/?locale=en', preview.url));
    const post = (body: unknown) => fetch(new URL('/rpc', preview.url), { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json());
    expect(await post({ name: 'getSidebarContext', args: [] })).toMatchObject({ ok: true, value: { ok: true, value: { locale: 'en' } } });
  });

  it('answers /rpc through the bundle and reports a missing function as a failure', async () => {
    const preview = await start();
    const post = (body: unknown) => fetch(new URL('/rpc', preview.url), { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json());
    expect(await post({ name: 'getSidebarContext', args: [] })).toMatchObject({ ok: true, value: { ok: true, value: { locale: 'vi' } } });
    expect(await post({ name: 'noSuchFunction', args: [] })).toEqual({ ok: false, error: 'Script function not found: noSuchFunction' });
    expect(existsSync(stateFile)).toBe(true);
  });

  it('keeps its state across a restart until reset', async () => {
    const first = await start();
    await fetch(new URL('/rpc', first.url), { method: 'POST', body: JSON.stringify({ name: 'getSidebarContext', args: [] }) });
    await first.close();
    open.pop();
    const seeded = loadBundle({ saved: readFileSync(stateFile, 'utf8') });
    (seeded.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().insertSheet('Kept');
    writeFileSync(stateFile, seeded.emulator.save());

    const second = await start();
    expect((await getJson<SheetsAnswer>(second, '/api/sheets')).sheets.map((s) => s.name)).toContain('Kept');
    const reset = await fetch(new URL('/reset', second.url), { redirect: 'manual' });
    expect(reset.status).toBe(302);
    expect((await getJson<SheetsAnswer>(second, '/api/sheets')).sheets.map((s) => s.name)).not.toContain('Kept');
  });

  it('serves the page, the sidebar with its shim, and a document as HTML', async () => {
    const seeded = loadBundle();
    const docs = seeded.emulator.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    const doc = docs.create('Report');
    doc.getBody().appendParagraph('Results & <causes>');
    writeFileSync(stateFile, seeded.emulator.save());

    const preview = await start();
    expect(await (await fetch(preview.url)).text()).toContain('sidebar-frame');
    const sidebar = await (await fetch(new URL('/sidebar', preview.url))).text();
    expect(sidebar).toContain('window.google');
    expect(sidebar).toContain('id="app"');
    const html = await (await fetch(new URL(`/doc/${doc.getId()}`, preview.url))).text();
    expect(html).toContain('Results &amp; &lt;causes&gt;');
  });
});

describe('withShim', () => {
  it('puts the shim first in <head>, before the sidebar script', () => {
    const html = withShim('<html><head><style></style></head><body><script>app()</script></body></html>');
    expect(html.indexOf('window.google')).toBeGreaterThan(html.indexOf('<head>'));
    expect(html.indexOf('window.google')).toBeLessThan(html.indexOf('app()'));
  });
});

describe('preview page loads', () => {
  it('do not pile menus and sidebars into the saved state', async () => {
    const preview = await start();
    for (let i = 0; i < 3; i++) await fetch(preview.url);
    await fetch(new URL('/rpc', preview.url), { method: 'POST', body: JSON.stringify({ name: 'getSidebarContext', args: [] }) });
    const saved = loadBundle({ saved: readFileSync(stateFile, 'utf8') });
    expect(saved.emulator.ui().sidebars).toEqual([]);
  });
});
