// The preview server without a browser: sheets as the page draws them (rule colours, dropdowns,
// charts), cells typed as user edits, several users, /rpc on the real bundle, state kept across
// restarts, reset, documents as HTML, and requests from anywhere but its own pages refused.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPreview, type Preview } from '../../scripts/lib/preview-server';
import { withShim } from '../../scripts/lib/preview-page';
import { loadBundle } from '../../scripts/harness/load-bundle';
import { createSeedSheet, openAddOn, rpc } from '../../scripts/harness/add-on';
import { EVALUATION_COLOURS } from '../../src/core/conditional-rules';
import { MAX_BODY_BYTES } from '../../scripts/lib/preview-guard';
import { chartPng } from '../../scripts/lib/preview-chart';
import { shiftFormula } from '../../scripts/lib/preview-sheets';

let dir: string;
let stateFile: string;
const open: Preview[] = [];

async function start(now?: () => Date): Promise<Preview> {
  const preview = await startPreview({ port: 0, stateFile, now });
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
    sheet.getRange('A1:B2').setValues([
      ['Code', 'Title'],
      ['II.1', '<b>not markup</b>'],
    ]);
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
    sheet
      .getRange('A2:C2')
      .setValues([['a long title', 'the full text', 'x']])
      .setWrapStrategies([[WRAP, CLIP, OVERFLOW]])
      .setVerticalAlignment('top');
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
    const book = (
      seeded.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActiveSpreadsheet();
    book.insertSheet('Store').hideSheet();
    const tasks = book.insertSheet('Tasks');
    tasks.getRange(3, 1, 1, 4).activate();
    writeFileSync(stateFile, seeded.emulator.save());

    const preview = await start();
    const first = (await getJson<SheetsAnswer>(preview, '/api/sheets')).sheets as unknown as {
      name: string;
      hidden: boolean;
      active: boolean;
      selectedRows: number[] | null;
    }[];
    expect(first.find((s) => s.name === 'Store')).toMatchObject({ hidden: true, active: false });
    expect(first.find((s) => s.name === 'Tasks')).toMatchObject({ hidden: false, active: true, selectedRows: [3, 3] });
    const answer = await fetch(new URL('/api/activate', preview.url), {
      method: 'POST',
      body: JSON.stringify({ name: first[0].name }),
    });
    expect(await answer.json()).toEqual({ ok: true });
    const second = (await getJson<SheetsAnswer>(preview, '/api/sheets')).sheets as unknown as {
      name: string;
      active: boolean;
    }[];
    expect(second.filter((s) => s.active).map((s) => s.name)).toEqual([first[0].name]);
  });

  it('makes the user speak the language chosen in the top bar', async () => {
    const preview = await start();
    await fetch(new URL('/api/user', preview.url), { method: 'POST', body: JSON.stringify({ locale: 'en' }) });
    const post = (body: unknown) =>
      fetch(new URL('/rpc', preview.url), { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json());
    expect(await post({ name: 'getSidebarContext', args: [] })).toMatchObject({
      ok: true,
      value: { ok: true, value: { locale: 'en' } },
    });
  });

  it('answers /rpc through the bundle and reports a missing function as a failure', async () => {
    const preview = await start();
    const post = (body: unknown) =>
      fetch(new URL('/rpc', preview.url), { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json());
    expect(await post({ name: 'getSidebarContext', args: [] })).toMatchObject({
      ok: true,
      value: { ok: true, value: { locale: 'vi' } },
    });
    expect(await post({ name: 'noSuchFunction', args: [] })).toEqual({
      ok: false,
      error: 'Script function not found: noSuchFunction',
    });
    expect(existsSync(stateFile)).toBe(true);
  });

  it('keeps its state across a restart until reset', async () => {
    const first = await start();
    await fetch(new URL('/rpc', first.url), {
      method: 'POST',
      body: JSON.stringify({ name: 'getSidebarContext', args: [] }),
    });
    await first.close();
    open.pop();
    const seeded = loadBundle({ saved: readFileSync(stateFile, 'utf8') });
    (seeded.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .getActiveSpreadsheet()
      .insertSheet('Kept');
    writeFileSync(stateFile, seeded.emulator.save());

    const second = await start();
    expect((await getJson<SheetsAnswer>(second, '/api/sheets')).sheets.map((s) => s.name)).toContain('Kept');
    expect((await fetch(new URL('/reset', second.url))).status).toBe(405);
    expect((await getJson<SheetsAnswer>(second, '/api/sheets')).sheets.map((s) => s.name)).toContain('Kept');
    const reset = await fetch(new URL('/reset', second.url), { method: 'POST' });
    expect(await reset.json()).toEqual({ ok: true });
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
    await fetch(new URL('/rpc', preview.url), {
      method: 'POST',
      body: JSON.stringify({ name: 'getSidebarContext', args: [] }),
    });
    const saved = loadBundle({ saved: readFileSync(stateFile, 'utf8') });
    expect(saved.emulator.ui().sidebars).toEqual([]);
  });
});

/** A request with headers fetch will not let a test set (Host), straight through node:http. */
function raw(
  preview: Preview,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  const url = new URL(options.path ?? '/', preview.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('preview server guards', () => {
  it('answers only to 127.0.0.1 and localhost on its own port', async () => {
    const preview = await start();
    const port = new URL(preview.url).port;
    expect((await raw(preview, { headers: { host: `127.0.0.1:${port}` } })).status).toBe(200);
    expect((await raw(preview, { headers: { host: `localhost:${port}` } })).status).toBe(200);
    expect((await raw(preview, { headers: { host: `evil.example:${port}` } })).status).toBe(421);
    expect((await raw(preview, { headers: { host: `127.0.0.1:1` } })).status).toBe(421);
    expect((await raw(preview, { path: '/api/sheets', headers: { host: 'attacker.test' } })).status).toBe(421);
  });

  it('refuses state changes from other sites and by GET, and keeps the state', async () => {
    const preview = await start();
    const origin = new URL(preview.url).origin;
    const host = new URL(preview.url).host;
    const body = JSON.stringify({ name: 'getSidebarContext', args: [] });
    const crossOrigin = await raw(preview, {
      method: 'POST',
      path: '/rpc',
      headers: { host, origin: 'http://evil.example' },
      body,
    });
    expect(crossOrigin.status).toBe(403);
    const crossSite = await raw(preview, {
      method: 'POST',
      path: '/reset',
      headers: { host, 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    const sameSiteOtherPort = await raw(preview, {
      method: 'POST',
      path: '/api/user',
      headers: { host, origin: 'http://127.0.0.1:1', 'sec-fetch-site': 'same-site' },
      body: '{"locale":"en"}',
    });
    expect(sameSiteOtherPort.status).toBe(403);
    const own = await raw(preview, {
      method: 'POST',
      path: '/rpc',
      headers: { host, origin, 'sec-fetch-site': 'same-origin' },
      body,
    });
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body)).toMatchObject({ ok: true, value: { ok: true, value: { locale: 'vi' } } });
    for (const path of ['/reset', '/rpc', '/api/edit', '/api/user', '/api/activate'])
      expect((await raw(preview, { path, headers: { host } })).status).toBe(405);
    expect((await raw(preview, { path: '/?locale=en', headers: { host } })).status).toBe(200);
    const context = await fetch(new URL('/rpc', preview.url), { method: 'POST', body }).then((r) => r.json());
    expect(context).toMatchObject({ ok: true, value: { ok: true, value: { locale: 'vi' } } });
  });

  it('refuses a body over the limit with 413 and goes on answering', async () => {
    const preview = await start();
    const host = new URL(preview.url).host;
    const big = JSON.stringify({ name: 'parsePlanText', args: ['x'.repeat(MAX_BODY_BYTES)] });
    expect(
      (
        await raw(preview, {
          method: 'POST',
          path: '/rpc',
          headers: { host, 'content-type': 'application/json' },
          body: big,
        })
      ).status,
    ).toBe(413);
    const chunked = await new Promise<number>((resolve, reject) => {
      const url = new URL('/rpc', preview.url);
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'transfer-encoding': 'chunked' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) =>
        error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve(413) : reject(error),
      );
      for (let i = 0; i < 3; i++) req.write('y'.repeat(MAX_BODY_BYTES / 2));
      req.end();
    });
    expect(chunked).toBe(413);
    expect((await fetch(new URL('/api/version', preview.url))).status).toBe(200);
  });
});

interface DrawnCell {
  text: string;
  background: string;
  color: string;
  strikethrough: boolean;
  choices: string[] | null;
  invalid: boolean;
}
interface DrawnSheet {
  name: string;
  frozenRows: number;
  cells: DrawnCell[][];
  charts: {
    anchorRow: number;
    width: number;
    option: { title?: { text: string }; series: { type: string; name?: string; data: unknown[] }[] };
  }[];
}

const NOW = new Date('2023-06-20T02:00:00Z');

/** The seed plan's task sheet, made by the add-on at 09:00 on 20/06/2023, written to the state file. */
function seedTaskSheet(): { sheetName: string } {
  const { bundle } = openAddOn(NOW.toISOString());
  const planKey = createSeedSheet(bundle);
  rpc(bundle, 'checkOverdue', planKey);
  const sheetName = bundle.emulator
    .workbook()
    .sheets.find((s) => s.metadata.some((m) => m.key === 'planTracker.taskSheet'))!.name;
  writeFileSync(stateFile, bundle.emulator.save());
  return { sheetName };
}

async function drawn(
  preview: Preview,
  name: string,
): Promise<{ sheet: DrawnSheet; header: string[]; row(code: string): DrawnCell[] }> {
  const sheet = (await getJson<{ sheets: DrawnSheet[] }>(preview, '/api/sheets')).sheets.find((s) => s.name === name)!;
  const header = sheet.cells[0].map((c) => c.text);
  return { sheet, header, row: (code) => sheet.cells.find((r) => r[0].text === code)! };
}

const edit = (preview: Preview, body: unknown) =>
  fetch(new URL('/api/edit', preview.url), { method: 'POST', body: JSON.stringify(body) }).then(
    (r) => r.json() as Promise<{ ok: boolean; error?: string }>,
  );
const asUser = (preview: Preview, email: string) =>
  fetch(new URL('/api/user', preview.url), { method: 'POST', body: JSON.stringify({ email }) });

describe('preview draws what Sheets draws', () => {
  it('paints the task rows with the colour rules evaluated for the preview day', async () => {
    const { sheetName } = seedTaskSheet();
    const preview = await start(() => NOW);
    const { row, header } = await drawn(preview, sheetName);
    const due = header.indexOf('Thời hạn');
    // II.5 was due 15/05/2023 and is not done: overdue, red across the row.
    expect(row('II.5')[due].text).toBe('15/05/2023');
    expect(row('II.5').map((c) => c.background)).toEqual(
      Array(row('II.5').length).fill(EVALUATION_COLOURS.overdue!.background),
    );
    expect(row('II.5')[0].color).toBe(EVALUATION_COLOURS.overdue!.fontColor);
    // II.4 is due 05/06/2023 … also past; a year-end task not started is grey.
    expect(row('II.1')[0].background).toBe(EVALUATION_COLOURS.not_started!.background);
    await preview.close();
    open.pop();
    // A month earlier the same II.5 is due soon (within the week), amber.
    const earlier = await start(() => new Date('2023-05-10T02:00:00Z'));
    expect((await drawn(earlier, sheetName)).row('II.5')[0].background).toBe(EVALUATION_COLOURS.due_soon!.background);
  });

  it('offers the state dropdown, marks the frozen header and draws the dashboard charts from their ranges', async () => {
    const { sheetName } = seedTaskSheet();
    const preview = await start(() => NOW);
    const { sheet, row, header } = await drawn(preview, sheetName);
    expect(sheet.frozenRows).toBe(1);
    expect(row('II.1')[header.indexOf('Tình trạng')].choices).toContain('Hoàn thành');
    expect(row('II.1')[header.indexOf('Mã')].choices).toBeNull();
    const dashboard = (await getJson<{ sheets: DrawnSheet[] }>(preview, '/api/sheets')).sheets.find(
      (s) => s.charts.length > 0,
    )!;
    expect(dashboard.charts).toHaveLength(3);
    const [byUnit, overall] = dashboard.charts;
    expect(byUnit.option.title?.text).toBe('Tình hình thực hiện theo đơn vị');
    expect(byUnit.option.series.map((s) => s.name)).toContain('Quá hạn');
    expect(byUnit.option.series.every((s) => s.type === 'bar')).toBe(true);
    // The pie's slices are the counts of the sheet's pie block (label in A, count in B).
    const slices = overall.option.series[0].data as { name: string; value: number }[];
    const overdueRow = dashboard.cells.find((r) => r[0].text === 'Quá hạn')!;
    expect(Number(overdueRow[1].text)).toBeGreaterThan(0);
    expect(slices.find((d) => d.name === 'Quá hạn')?.value).toBe(Number(overdueRow[1].text));
  });

  it('shifts relative references of a rule formula and keeps absolute ones and strings', () => {
    expect(shiftFormula('=AND($A2<>"",B2="A1",$C$3>0)', 3, 1)).toBe('=AND($A5<>"",C5="A1",$C$3>0)');
    expect(shiftFormula('=DATE(2023,1,1)<$G2', 1, 0)).toBe('=DATE(2023,1,1)<$G3');
  });

  it('renders a chart to a PNG of the chart size for the report image', () => {
    const { bundle } = openAddOn(NOW.toISOString());
    const planKey = createSeedSheet(bundle);
    rpc(bundle, 'checkOverdue', planKey);
    const spreadsheet = bundle.emulator.state().spreadsheet;
    const chart = spreadsheet.sheets.flatMap((s) => s.charts)[0];
    const png = Buffer.from(chartPng(spreadsheet, chart));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([600, 360]);
    expect(png.length).toBeGreaterThan(5000);
  });
});

describe('typing in cells', () => {
  it("is a user edit: the row recolours, onEdit stamps it, and a value the rule rejects is refused with Sheets' message", async () => {
    const { sheetName } = seedTaskSheet();
    const preview = await start(() => NOW);
    const { header, sheet } = await drawn(preview, sheetName);
    const at = (code: string) => sheet.cells.findIndex((r) => r[0].text === code) + 1;
    const column = (name: string) => header.indexOf(name) + 1;
    await fetch(new URL('/api/activate', preview.url), { method: 'POST', body: JSON.stringify({ name: sheetName }) });

    const refused = await edit(preview, {
      sheet: sheetName,
      row: at('II.5'),
      column: column('Tiến độ (%)'),
      value: '150',
    });
    expect(refused.ok).toBe(false);
    expect(refused.error).toContain('violates the data validation rules');
    expect((await drawn(preview, sheetName)).row('II.5')[column('Tiến độ (%)') - 1].text).toBe('');

    expect(
      await edit(preview, { sheet: sheetName, row: at('II.5'), column: column('Tình trạng'), value: 'Hoàn thành' }),
    ).toEqual({ ok: true });
    expect(
      await edit(preview, {
        sheet: sheetName,
        row: at('II.5'),
        column: column('Ngày hoàn thành'),
        value: '19/06/2023',
      }),
    ).toEqual({ ok: true });
    const after = (await drawn(preview, sheetName)).row('II.5');
    expect(after[0].background).toBe(EVALUATION_COLOURS.done_late!.background);
    // onEdit ran as a simple trigger and stamped the row's update time; starting the change log
    // did not take the user away from the sheet they typed in.
    expect(after[column('Cập nhật lúc') - 1].text).not.toBe('');
    const sheets = (await getJson<{ sheets: { name: string; active: boolean }[] }>(preview, '/api/sheets')).sheets;
    expect(sheets.filter((s) => s.active).map((s) => s.name)).toEqual([sheetName]);
  });

  it('refuses a protected range to everyone but its editors and the owner, and every edit to a viewer', async () => {
    const seeded = loadBundle();
    const book = (
      seeded.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActiveSpreadsheet();
    const sheet = book.insertSheet('Tasks');
    // Only the listed editor (and the owner): not the rest of the owner's domain.
    sheet.getRange('A1:B1').protect().setDomainEdit(false).addEditor('phongtochuc@example.gov.vn');
    writeFileSync(stateFile, seeded.emulator.save());
    const preview = await start();

    await asUser(preview, 'phongketoan@example.gov.vn');
    expect(await edit(preview, { sheet: 'Tasks', range: 'A1', value: 'x' })).toEqual({
      ok: false,
      error:
        'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    });
    expect(await edit(preview, { sheet: 'Tasks', range: 'A2', value: 'free' })).toEqual({ ok: true });
    await asUser(preview, 'phongtochuc@example.gov.vn');
    expect(await edit(preview, { sheet: 'Tasks', range: 'A1', value: 'by an editor' })).toEqual({ ok: true });
    await asUser(preview, 'vanphong@example.gov.vn');
    expect(await edit(preview, { sheet: 'Tasks', range: 'B1', value: 'by the owner' })).toEqual({ ok: true });
    await asUser(preview, 'lanhdao@example.gov.vn');
    expect((await edit(preview, { sheet: 'Tasks', range: 'C5', value: 'x' })).ok).toBe(false);
    const tasks = (await getJson<{ sheets: DrawnSheet[] }>(preview, '/api/sheets')).sheets.find(
      (s) => s.name === 'Tasks',
    )!;
    expect(tasks.cells[0].slice(0, 2).map((c) => c.text)).toEqual(['by an editor', 'by the owner']);
    expect(tasks.cells[4][2].text).toBe('');
  });
});

describe('several users', () => {
  it('switches who is at the keyboard, keeps the choice, and gives each their own user properties', async () => {
    const preview = await start();
    const post = (body: unknown) =>
      fetch(new URL('/rpc', preview.url), { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json());
    await asUser(preview, 'phongtochuc@example.gov.vn');
    expect(await post({ name: 'getSidebarContext', args: [] })).toMatchObject({
      ok: true,
      value: { value: { userEmail: 'phongtochuc@example.gov.vn' } },
    });
    expect((await asUser(preview, 'stranger@example.com')).status).toBe(400);
    const saved = JSON.parse(readFileSync(stateFile, 'utf8')) as { user: { email: string } };
    expect(saved.user.email).toBe('phongtochuc@example.gov.vn');
    await asUser(preview, 'lanhdao@example.gov.vn');
    expect(await post({ name: 'getSidebarContext', args: [] })).toMatchObject({ ok: false });
    expect(await (await fetch(preview.url)).text()).toContain('View-only');
  });
});
