// The local preview server: serves the spreadsheet-like page, the real sidebar with a
// google.script.run shim, and /rpc, which calls the real dist/Code.js on the emulator. Cells
// typed in the page are user edits (validation, protection, onEdit as a simple trigger), made
// as the user chosen in the top bar. Only this machine's own pages may change its state.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import vm from 'node:vm';
import { DIST, loadBundle, ROOT, type LoadedBundle } from '../harness/load-bundle';
import { previewPage, withShim } from './preview-page';
import { renderDocPreview } from './doc-preview';
import { readSheets } from './preview-sheets';
import { chartPng } from './preview-chart';
import { BodyTooLarge, readBody, refuseRequest } from './preview-guard';
import { PREVIEW_USERS, previewUser } from './preview-users';
import { columnLetters } from '../emulator/a1';
import { typeIntoCell } from './preview-edit';

interface PreviewOptions {
  /** Port to listen on; 0 picks a free one (default 8080). */
  port?: number;
  /** Where the emulator's state is kept between runs (default .preview-state/state.json). */
  stateFile?: string;
  /** Where the build wrote Code.js and sidebar.html (default dist/). */
  distDir?: string;
  /** The add-on's and the emulator's clock (default the real one); TODAY() in colour rules follows it. */
  now?: () => Date;
}

export interface Preview {
  url: string;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
}

const sendJson = (response: ServerResponse, value: unknown, status = 200): void =>
  send(response, status, 'application/json', JSON.stringify(value));

function errorText(error: unknown): string {
  return error && typeof error === 'object' && 'message' in error
    ? String((error as { message: unknown }).message)
    : String(error);
}

/** A JSON object body, or null when the body is not one. */
function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** ECharts' browser build, served to the page from node_modules (never from a CDN). */
function echartsScript(): Buffer {
  return readFileSync(createRequire(import.meta.url).resolve('echarts/dist/echarts.min.js'));
}

/** Starts the preview server; the state file is read at start and written after every change. */
export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const stateFile = options.stateFile ?? join(ROOT, '.preview-state/state.json');
  const distDir = options.distDir ?? DIST;
  const now = options.now ?? (() => new Date());
  let version = 0;
  let port = 0;

  const save = (bundle: LoadedBundle): void => {
    mkdirSync(dirname(stateFile), { recursive: true });
    writeFileSync(stateFile, bundle.emulator.save());
    version++;
  };
  const load = (saved: string | undefined): LoadedBundle => {
    const loaded = loadBundle({ distDir, saved, emulator: { now, chartImage: chartPng } });
    if (options.now) (vm.runInContext('Date', loaded.context) as DateConstructor).now = () => now().getTime();
    return loaded;
  };
  const open = (): LoadedBundle => load(existsSync(stateFile) ? readFileSync(stateFile, 'utf8') : undefined);
  /**
   * The menu and sidebar as the user's first visit shows them, run on a throwaway copy of the
   * state so that page loads do not pile menus and sidebars into the saved state.
   */
  const openSidebar = (): { title: string; html: string } => {
    const visit = load(bundle.emulator.save());
    visit.run('onOpen', { authMode: 'FULL' });
    visit.run('showSidebar');
    return (
      visit.emulator.ui().sidebars.at(-1) ?? { title: '', html: readFileSync(join(distDir, 'sidebar.html'), 'utf8') }
    );
  };
  let bundle = open();
  let sidebar = openSidebar();
  const currentUser = () => previewUser(bundle.emulator.state().user.email);

  /** A cell typed in the page: the emulator's user edit, then onEdit as a simple trigger. */
  const edit = (body: Record<string, unknown>): { ok: true } | { ok: false; error: string } => {
    if (currentUser().role === 'viewer') return { ok: false, error: 'You can only view this spreadsheet.' };
    const sheet = String(body.sheet ?? '');
    const a1 = typeof body.range === 'string' ? body.range : `${columnLetters(Number(body.column))}${Number(body.row)}`;
    const value =
      body.value === null || ['string', 'number', 'boolean'].includes(typeof body.value)
        ? body.value
        : String(body.value);
    try {
      typeIntoCell(bundle, sheet, a1, value);
    } catch (error) {
      return { ok: false, error: errorText(error) };
    }
    return { ok: true };
  };

  const routes = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const refusal = refuseRequest(request, port);
    if (refusal) {
      send(response, refusal.status, 'text/plain', refusal.reason);
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const post = async (): Promise<Record<string, unknown>> => parseObject(await readBody(request)) ?? {};
    if (request.method === 'GET' && path === '/') {
      const user = currentUser();
      if (user.role !== 'viewer') sidebar = openSidebar();
      const name = bundle.emulator.state().spreadsheet.name;
      send(
        response,
        200,
        'text/html',
        previewPage({
          sidebarTitle: sidebar.title,
          spreadsheetName: name,
          user,
          users: PREVIEW_USERS,
          locale: bundle.emulator.state().user.locale,
        }),
      );
    } else if (request.method === 'GET' && path === '/sidebar') {
      send(response, 200, 'text/html', withShim(sidebar.html));
    } else if (request.method === 'GET' && path === '/vendor/echarts.min.js') {
      send(response, 200, 'text/javascript', echartsScript());
    } else if (request.method === 'POST' && path === '/rpc') {
      const { name, args } = await post();
      if (currentUser().role === 'viewer') {
        sendJson(response, { ok: false, error: 'View-only users cannot run the add-on.' });
        return;
      }
      try {
        const value = bundle.rpc(String(name), Array.isArray(args) ? args : []);
        sendJson(response, { ok: true, value });
      } catch (error) {
        sendJson(response, { ok: false, error: errorText(error) });
      } finally {
        bundle.emulator.endExecution();
      }
      save(bundle);
    } else if (request.method === 'GET' && path === '/api/sheets') {
      sendJson(response, { version, user: currentUser(), sheets: readSheets(bundle.emulator.state(), now()) });
    } else if (request.method === 'POST' && path === '/api/activate') {
      // A click on a sheet tab: that sheet becomes the active one, as in Sheets.
      const { name } = await post();
      const app = bundle.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      const sheet = app.getActiveSpreadsheet().getSheetByName(String(name));
      if (sheet) sheet.activate();
      save(bundle);
      sendJson(response, { ok: sheet !== null });
    } else if (request.method === 'POST' && path === '/api/edit') {
      const answer = edit(await post());
      if (answer.ok) save(bundle);
      sendJson(response, answer);
    } else if (request.method === 'POST' && path === '/api/user') {
      // The top bar: who is at the keyboard (e-mail) and their language; kept in the state.
      const { email, locale } = await post();
      const state = bundle.emulator.state();
      const known = typeof email === 'string' && PREVIEW_USERS.some((u) => u.email === email);
      const language = typeof locale === 'string' && /^[a-z]{2}(_[A-Z]{2})?$/.test(locale) ? locale : undefined;
      if ((email !== undefined && !known) || (locale !== undefined && !language)) {
        sendJson(response, { ok: false, error: 'Unknown user or locale' }, 400);
        return;
      }
      bundle.emulator.setUser(known ? (email as string) : state.user.email, language ?? state.user.locale);
      save(bundle);
      sendJson(response, { ok: true, user: currentUser(), locale: bundle.emulator.state().user.locale });
    } else if (request.method === 'GET' && path === '/api/version') {
      sendJson(response, { version });
    } else if (request.method === 'GET' && path === '/api/calls') {
      sendJson(response, { total: bundle.emulator.calls.total(), byMethod: bundle.emulator.calls.byMethod() });
    } else if (request.method === 'POST' && path === '/reset') {
      rmSync(stateFile, { force: true });
      bundle = open();
      sidebar = openSidebar();
      version++;
      sendJson(response, { ok: true });
    } else if (request.method === 'GET' && path.startsWith('/doc/')) {
      // What was written into the Doc, drawn by the report's own HTML renderer.
      const html = renderDocPreview(bundle.emulator.documents(), decodeURIComponent(path.slice('/doc/'.length)));
      if (html) send(response, 200, 'text/html', html);
      else send(response, 404, 'text/plain', 'Not found');
    } else if (['/rpc', '/reset', '/api/activate', '/api/edit', '/api/user'].includes(path)) {
      send(response, 405, 'text/plain', 'Method not allowed: use POST');
    } else {
      send(response, 404, 'text/plain', 'Not found');
    }
  };

  const server = createServer((request, response) => {
    routes(request, response).catch((error: unknown) => {
      if (error instanceof BodyTooLarge) {
        response.setHeader('connection', 'close');
        send(response, 413, 'text/plain', error.message);
      } else send(response, 500, 'text/plain', errorText(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
