// The local preview server: serves the spreadsheet-like page, the real sidebar with a
// google.script.run shim, and /rpc, which calls the real dist/Code.js on the emulator.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { DIST, loadBundle, ROOT, type LoadedBundle } from '../../test/harness/load-bundle';
import { previewPage, withShim } from './preview-page';
import { renderDocPreview } from './doc-preview';

interface PreviewOptions {
  /** Port to listen on; 0 picks a free one (default 8080). */
  port?: number;
  /** Where the emulator's state is kept between runs (default .preview-state/state.json). */
  stateFile?: string;
  /** Where the build wrote Code.js and sidebar.html (default dist/). */
  distDir?: string;
}

export interface Preview {
  url: string;
  close(): Promise<void>;
}

/** The most the sheet area draws, so a large sheet stays responsive. */
const MAX_ROWS = 500;
const MAX_COLUMNS = 40;

/** One cell as the sheet area draws it. */
interface CellView {
  text: string;
  background: string;
  color: string;
  bold: boolean;
  italic: boolean;
  /** Sheets' wrap strategy: wrap grows the row, clip cuts the text at the column edge, overflow spills into empty neighbours. */
  wrap: 'wrap' | 'clip' | 'overflow';
  align: string | null;
  valign: 'top' | 'middle' | 'bottom';
}

interface SheetView {
  name: string;
  /** The spreadsheet's active sheet: the page shows it, as Sheets shows the sheet a script activates. */
  active: boolean;
  /** Hidden sheets (the plan store) get no tab, as in Sheets. */
  hidden: boolean;
  /** 1-based rows of the selection on the active sheet (Range.activate), or null. */
  selectedRows: [number, number] | null;
  frozenRows: number;
  numColumns: number;
  widths: number[];
  cells: CellView[][];
}

/** Reads `fn`, or `fallback` when the emulator does not implement it. */
function attempt<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

function wrapOf(strategy: string): CellView['wrap'] {
  return strategy === 'WRAP' ? 'wrap' : strategy === 'CLIP' ? 'clip' : 'overflow';
}

function valignOf(alignment: string): CellView['valign'] {
  const name = String(alignment ?? '').toLowerCase();
  return name === 'top' ? 'top' : name === 'middle' || name === 'center' ? 'middle' : 'bottom';
}

/** The sheets as the page draws them, read through the emulator's SpreadsheetApp. */
function readSheets(bundle: LoadedBundle): SheetView[] {
  const app = bundle.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const spreadsheet = app.getActiveSpreadsheet();
  const activeName = attempt(() => spreadsheet.getActiveSheet().getName(), '');
  const selection = attempt(() => spreadsheet.getActiveRange(), null);
  return spreadsheet
    .getSheets()
    .map((sheet) => {
      const rows = Math.min(Math.max(sheet.getLastRow(), 30), sheet.getMaxRows(), MAX_ROWS);
      const columns = Math.min(Math.max(sheet.getLastColumn(), 10), sheet.getMaxColumns(), MAX_COLUMNS);
      const range = sheet.getRange(1, 1, rows, columns);
      const blank = (value: string): string[][] => Array.from({ length: rows }, () => Array<string>(columns).fill(value));
      const text = range.getDisplayValues();
      const backgrounds = attempt(() => range.getBackgrounds(), blank('#ffffff'));
      const colors = attempt(() => range.getFontColors(), blank('#000000'));
      const weights = attempt(() => range.getFontWeights(), blank('normal'));
      const styles = attempt(() => range.getFontStyles(), blank('normal'));
      const wraps = attempt(() => range.getWrapStrategies().map((row) => row.map(String)), blank('OVERFLOW'));
      const aligns = attempt(() => range.getHorizontalAlignments(), blank(''));
      const valigns = attempt(() => range.getVerticalAlignments(), blank('bottom'));
      return {
        name: sheet.getName(),
        active: sheet.getName() === activeName,
        hidden: attempt(() => sheet.isSheetHidden(), false),
        selectedRows:
          sheet.getName() === activeName && selection && !(selection.getRow() === 1 && selection.getNumRows() === 1 && selection.getNumColumns() === 1)
            ? [selection.getRow(), selection.getLastRow()]
            : null,
        frozenRows: attempt(() => sheet.getFrozenRows(), 0),
        numColumns: columns,
        widths: Array.from({ length: columns }, (_, c) => attempt(() => sheet.getColumnWidth(c + 1), 100)),
        cells: text.map((row, r) =>
          row.map((value, c) => ({
            text: value,
            background: backgrounds[r][c] || '#ffffff',
            color: colors[r][c] || '#000000',
            bold: weights[r][c] === 'bold',
            italic: styles[r][c] === 'italic',
            wrap: wrapOf(wraps[r][c]),
            align: /left|center|right/i.test(String(aligns[r][c])) ? String(aligns[r][c]).replace(/^general-/, '').toLowerCase() : null,
            valign: valignOf(valigns[r][c]),
          })),
        ),
      };
    });
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  response.end(body);
}

const sendJson = (response: ServerResponse, value: unknown, status = 200): void => send(response, status, 'application/json', JSON.stringify(value));

function errorText(error: unknown): string {
  return error && typeof error === 'object' && 'message' in error ? String((error as { message: unknown }).message) : String(error);
}

/** Starts the preview server; the state file is read at start and written after every call. */
export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const stateFile = options.stateFile ?? join(ROOT, '.preview-state/state.json');
  const distDir = options.distDir ?? DIST;
  let version = 0;

  const save = (bundle: LoadedBundle): void => {
    mkdirSync(dirname(stateFile), { recursive: true });
    writeFileSync(stateFile, bundle.emulator.save());
    version++;
  };
  const open = (): LoadedBundle => loadBundle({ distDir, saved: existsSync(stateFile) ? readFileSync(stateFile, 'utf8') : undefined });
  /**
   * The menu and sidebar as the user's first visit shows them, run on a throwaway copy of the
   * state so that page loads do not pile menus and sidebars into the saved state.
   */
  const openSidebar = (): { title: string; html: string } => {
    const visit = loadBundle({ distDir, saved: bundle.emulator.save() });
    visit.run('onOpen', { authMode: 'FULL' });
    visit.run('showSidebar');
    return visit.emulator.ui().sidebars.at(-1) ?? { title: '', html: readFileSync(join(distDir, 'sidebar.html'), 'utf8') };
  };
  let bundle = open();
  let sidebar = openSidebar();

  const routes = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (request.method === 'GET' && path === '/') {
      // ?locale=en (or vi) makes the emulator's user speak that language from now on.
      const locale = url.searchParams.get('locale');
      if (locale && /^[a-z]{2}(_[A-Z]{2})?$/.test(locale)) {
        bundle.emulator.setUser(bundle.emulator.state().user.email, locale);
        save(bundle);
      }
      sidebar = openSidebar();
      const name = (bundle.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getName();
      send(response, 200, 'text/html', previewPage({ sidebarTitle: sidebar.title, spreadsheetName: name }));
    } else if (request.method === 'GET' && path === '/sidebar') {
      send(response, 200, 'text/html', withShim(sidebar.html));
    } else if (request.method === 'POST' && path === '/rpc') {
      const { name, args } = JSON.parse(await readBody(request)) as { name: string; args?: unknown[] };
      try {
        const value = bundle.rpc(String(name), Array.isArray(args) ? args : []);
        sendJson(response, { ok: true, value });
      } catch (error) {
        sendJson(response, { ok: false, error: errorText(error) });
      }
      save(bundle);
    } else if (request.method === 'GET' && path === '/api/sheets') {
      sendJson(response, { version, sheets: readSheets(bundle) });
    } else if (request.method === 'POST' && path === '/api/activate') {
      // A click on a sheet tab: that sheet becomes the active one, as in Sheets.
      const { name } = JSON.parse(await readBody(request)) as { name: string };
      const app = bundle.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      const sheet = app.getActiveSpreadsheet().getSheetByName(String(name));
      if (sheet) sheet.activate();
      save(bundle);
      sendJson(response, { ok: sheet !== null });
    } else if (request.method === 'GET' && path === '/api/version') {
      sendJson(response, { version });
    } else if (request.method === 'GET' && path === '/api/calls') {
      sendJson(response, { total: bundle.emulator.calls.total(), byMethod: bundle.emulator.calls.byMethod() });
    } else if (request.method === 'GET' && path === '/reset') {
      rmSync(stateFile, { force: true });
      bundle = open();
      sidebar = openSidebar();
      version++;
      response.writeHead(302, { location: '/' });
      response.end();
    } else if (request.method === 'GET' && path.startsWith('/doc/')) {
      // What was written into the Doc, drawn by the report's own HTML renderer.
      const html = renderDocPreview(bundle.emulator.documents(), decodeURIComponent(path.slice('/doc/'.length)));
      if (html) send(response, 200, 'text/html', html);
      else send(response, 404, 'text/plain', 'Not found');
    } else {
      send(response, 404, 'text/plain', 'Not found');
    }
  };

  const server = createServer((request, response) => {
    routes(request, response).catch((error: unknown) => send(response, 500, 'text/plain', errorText(error)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
