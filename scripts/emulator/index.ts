// The in-memory Apps Script emulator: createEmulator/loadEmulator, the globals, and the views tests read.
import { columnLetters } from './a1';
import { CallCounter } from './counter';
import type { Ctx } from './context';
import { displayValue, isDate } from './dates';
import { DocumentApp, newDocumentState } from './document';
import { snapshotDocument } from './doc-tree';
import { Docs } from './docs-api';
import { AuthMode, enumMember, type EnumMember } from './enums';
import { ScriptException, fail } from './errors';
import { cellAt, newSheetState, peek, readValue, writeValue } from './grid';
import { rangeFromA1, defaultSheetBase, Spreadsheet, SpreadsheetApp } from './spreadsheet';
import { Range } from './range';
import { validates } from './rules';
import vm from 'node:vm';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  Charts as ChartsService,
  LockService,
  Logger,
  MailApp,
  MAIL_DAILY_QUOTA,
  PropertiesService,
  ScriptApp,
  Session,
  Utilities,
} from './services';
import {
  parseState,
  stringifyState,
  type CellValue,
  type ChartSpec,
  type EmulatorState,
  type GridBox,
  type SpreadsheetState,
} from './state';
import { HtmlService, uiAnswers } from './ui';
import { requireEditable } from './permissions';

export { ScriptException } from './errors';
export { AuthMode } from './enums';

/** Options of a new emulator. */
export interface EmulatorOptions {
  /** Acting user; default 'vanphong@example.gov.vn'. */
  userEmail?: string;
  /** The spreadsheet's owner; default the acting user; null for a spreadsheet in a shared drive. */
  ownerEmail?: string | null;
  /** Users the spreadsheet is shared with for editing, besides the owner. */
  editors?: string[];
  /** Session.getActiveUserLocale(); default 'vi'. */
  locale?: string;
  /** Spreadsheet and script time zone; default 'Asia/Ho_Chi_Minh'. */
  timeZone?: string;
  /** Default 'Kế hoạch 2023'. */
  spreadsheetName?: string;
  /** Clock for stamps the emulator makes. */
  now?: () => Date;
  /** HtmlService.createHtmlOutputFromFile sources by name (without '.html'). */
  files?: Record<string, string>;
  /** The project's OAuth scopes; default the oauthScopes of appsscript/appsscript.json. */
  oauthScopes?: string[];
  /** User symbols of the enabled advanced services (e.g. 'Docs'); default the manifest's. */
  advancedServices?: string[];
  /**
   * The acting user is in the developer's Google Workspace domain, so simple triggers see the
   * user's e-mail. Default false: an add-on's users (other agencies) get '' there.
   */
  sameDomainAsDeveloper?: boolean;
  /** Draws an embedded chart as PNG bytes for EmbeddedChart.getAs/getBlob; default a 1×1 PNG. */
  chartImage?: (spreadsheet: SpreadsheetState, chart: ChartSpec) => Uint8Array;
}

/** The oauthScopes of the project's manifest (appsscript/appsscript.json), or [] without one. */
function manifestScopes(): string[] {
  try {
    const path = fileURLToPath(new URL('../../appsscript/appsscript.json', import.meta.url));
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { oauthScopes?: string[] };
    return manifest.oauthScopes ?? [];
  } catch {
    return [];
  }
}

/** The userSymbols of the manifest's enabledAdvancedServices: only those are globals in a script. */
function manifestAdvancedServices(): string[] {
  try {
    const path = fileURLToPath(new URL('../../appsscript/appsscript.json', import.meta.url));
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
      dependencies?: { enabledAdvancedServices?: { userSymbol: string }[] };
    };
    return (manifest.dependencies?.enabledAdvancedServices ?? []).map((s) => s.userSymbol);
  } catch {
    return [];
  }
}

/** What workbook() reports per sheet (the demo's workbook.json). */
export interface WorkbookSheet {
  name: string;
  sheetId: number;
  index: number;
  hidden: boolean;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  columnWidths: Record<number, number>;
  hiddenColumns: number[];
  tabColor: string | null;
  /** Values as the cells hold them; dates as ISO strings; formulas as their text. */
  values: (string | number | boolean)[][];
  displayValues: string[][];
  formulas: string[][];
  formats: (string | null)[][];
  backgrounds: (string | null)[][];
  fontColors: (string | null)[][];
  fontWeights: (string | null)[][];
  validations: ({
    criteria: string | null;
    values: unknown[];
    allowInvalid: boolean;
    helpText: string | null;
  } | null)[][];
  conditionalRules: unknown[];
  charts: unknown[];
  protections: unknown[];
  metadata: { id: number; key: string; value: string | null; visibility: string; location: string }[];
}

/** The emulator handed to tests, the preview server and the demo. */
export interface Emulator {
  /** The Apps Script globals: SpreadsheetApp, DocumentApp, HtmlService, PropertiesService, LockService, Session, Utilities, ScriptApp, MailApp, Charts, Logger, console. */
  globals: Record<string, unknown>;
  /** Puts the globals on `target` (default globalThis); returns a function that removes them. */
  install(target?: object): () => void;
  calls: { total(): number; byMethod(): Record<string, number>; reset(): void };
  /**
   * Fault injection: `arm(n)` makes the n-th service call from now fail with the error Apps
   * Script gives when that service fails (before the call does anything); `arm(null)` turns it
   * off. `calls()` counts the service calls that could fail since the last arm; `failed()` names
   * the call that was failed, or null.
   */
  faults: { arm(n: number | null): void; calls(): number; failed(): string | null };
  /** Switches the acting user (email, locale) — e.g. two unit staff editing. */
  setUser(email: string, locale?: string): void;
  /** demo's workbook.json. */
  workbook(): { sheets: WorkbookSheet[] };
  /** JSON snapshot of every Doc created. */
  documents(): unknown[];
  mail(): { to: string; subject: string; body: string; htmlBody?: string }[];
  ui(): { menus: unknown[]; sidebars: { title: string; html: string }[]; alerts: string[]; toasts: string[] };
  triggers(): unknown[];
  /** A user edit in the sheet UI (not via script): sets the value uncounted and returns the onEdit event object. */
  userEdit(sheetName: string, a1: string, value: unknown): unknown;
  /** Serialises the whole state to JSON text (load it with loadEmulator). */
  save(): string;
  /** Puts back a state from save() in this emulator (same globals; locks released, faults off). */
  restore(saved: string): void;

  // ---- additions
  /** Sets the auth mode the next calls run in (default FULL); e.g. AuthMode.NONE for an add-on's first onOpen. */
  setAuthMode(mode: EnumMember | 'NONE' | 'LIMITED' | 'FULL'): void;
  /** Runs `fn` as a simple trigger (AuthMode.LIMITED: no mail, sidebars, dialogs or triggers), then restores the mode. */
  runAsSimpleTrigger<T>(fn: () => T): T;
  /**
   * Lets another (simulated) execution hold a lock: 'document' | 'script' | 'user'; with
   * `forMs` it lets go that many simulated milliseconds from now (a tryLock waiting that long
   * gets it). Returns a release function.
   */
  holdLock(kind: 'document' | 'script' | 'user', holder?: string, forMs?: number): () => void;
  /**
   * The event object Apps Script hands a time-driven trigger of this user and document with
   * this handler (authMode, triggerUid, the time fields), as when the trigger fires.
   * https://developers.google.com/apps-script/guides/triggers/events#time-driven_events
   */
  clockEvent(handler: string): Record<string, unknown>;
  /** Simulated milliseconds spent waiting for locks so far. */
  lockWaitedMs(): number;
  /** Runs as a script with no containing document (getDocumentLock() is null), or back inside it. */
  setInDocument(inDocument: boolean): void;
  /** Releases every lock (as at the end of an execution). */
  endExecution(): void;
  /** Queues answers for Ui.alert/prompt (buttons by name, prompt texts). */
  queueUiAnswers(answers: { buttons?: string[]; texts?: string[] }): void;
  /** Records a computed value for a formula cell (formulas are never evaluated). */
  setFormulaResult(sheetName: string, a1: string, value: CellValue): void;
  /** Number of Utilities.sleep calls. */
  sleeps(): number;
  /** Logger lines. */
  logs(): string[];
  /** The raw state (read-only use). */
  state(): EmulatorState;
  /**
   * The same user opens another spreadsheet and uses the add-on there: a new, empty spreadsheet
   * (same time zone and locale) becomes the active document, with its own document properties;
   * triggers, user and script properties, mail and the mail quota stay shared. Returns its id.
   */
  openSpreadsheet(name: string): string;
  /** Makes the spreadsheet with this id (the first or one from openSpreadsheet) the active document again. */
  activateSpreadsheet(id: string): void;
  /** Sets what MailApp.getRemainingDailyQuota() answers, as if the user had sent mail earlier today. */
  setMailQuota(remaining: number): void;
}

const DEFAULTS = {
  userEmail: 'vanphong@example.gov.vn',
  locale: 'vi',
  timeZone: 'Asia/Ho_Chi_Minh',
  spreadsheetName: 'Kế hoạch 2023',
};

function spreadsheetLocale(locale: string): string {
  return /^vi/i.test(locale) ? 'vi_VN' : /^en/i.test(locale) ? 'en_US' : locale;
}

/** A new spreadsheet with one empty 1000×26 sheet; the n-th one the user has gets its own id. */
function freshSpreadsheet(n: number, name: string, timeZone: string, locale: string): SpreadsheetState {
  return {
    id: `1EmuLatedSpreadsheetId${n}PlanTracker`,
    name,
    timeZone,
    locale,
    sheets: [newSheetState(0, `${defaultSheetBase(locale)}1`)],
    activeSheetId: 0,
    metadata: [],
    nextId: 1001,
  };
}

function freshState(
  o: Required<Pick<EmulatorOptions, 'userEmail' | 'locale' | 'timeZone' | 'spreadsheetName'>> &
    Pick<EmulatorOptions, 'ownerEmail' | 'editors'>,
): EmulatorState {
  return {
    version: 1,
    spreadsheet: {
      ...freshSpreadsheet(0, o.spreadsheetName, o.timeZone, spreadsheetLocale(o.locale)),
      owner: o.ownerEmail === undefined ? o.userEmail : o.ownerEmail,
      editors: o.editors ?? [],
    },
    documents: [],
    properties: { script: {}, document: {}, user: {} },
    triggers: [],
    mail: [],
    mailQuota: MAIL_DAILY_QUOTA,
    ui: { menus: [], sidebars: [], dialogs: [], alerts: [], toasts: [], prompts: [] },
    user: { email: o.userEmail, locale: o.locale },
    nextDocId: 1,
    logs: [],
    sleeps: 0,
  };
}

function isoOrValue(v: CellValue): string | number | boolean {
  return isDate(v) ? v.toISOString() : v;
}

function boxA1(box: GridBox, ctx: Ctx): string {
  const s = ctx.state.spreadsheet.sheets.find((x) => x.id === box.sheetId);
  if (!s) return '#REF!';
  return ctx.counter.uncounted(
    () => `${s.name}!${new Range(ctx, box.sheetId, box.row, box.col, box.numRows, box.numCols).getA1Notation()}`,
  );
}

function build(state: EmulatorState, options: EmulatorOptions): Emulator {
  const counter = new CallCounter();
  const ctx: Ctx = {
    counter,
    state,
    now: options.now ?? (() => new Date()),
    files: options.files ?? {},
    authMode: AuthMode.FULL,
    simpleTrigger: false,
    locks: { holders: new Map(), releaseAt: new Map(), waitedMs: 0, inDocument: true },
    newDate: (ms) => new Date(ms),
    scopes: options.oauthScopes ?? manifestScopes(),
    sameDomain: options.sameDomainAsDeveloper ?? false,
    chartImage: options.chartImage,
  };

  const globals: Record<string, unknown> = {
    SpreadsheetApp: new SpreadsheetApp(ctx),
    DocumentApp: new DocumentApp(ctx),
    HtmlService: new HtmlService(ctx),
    PropertiesService: new PropertiesService(ctx),
    LockService: new LockService(ctx),
    Session: new Session(ctx),
    Utilities: new Utilities(ctx),
    ScriptApp: new ScriptApp(ctx),
    MailApp: new MailApp(ctx),
    Charts: new ChartsService(ctx),
    Logger: new Logger(ctx),
    console,
  };
  // An advanced service is a global only when the manifest enables it (its symbol otherwise is undefined).
  if ((options.advancedServices ?? manifestAdvancedServices()).includes('Docs'))
    globals.Docs = new Docs(ctx, (name) => newDocumentState(ctx, name));

  const workbook = (): { sheets: WorkbookSheet[] } =>
    counter.uncounted(() => {
      const ss = state.spreadsheet;
      const tz = ss.timeZone;
      return {
        sheets: ss.sheets.map((s, i) => {
          const nRows = s.rows.length;
          let nCols = 0;
          for (const r of s.rows) if (r) nCols = Math.max(nCols, r.length);
          const grid = <T>(fn: (r: number, c: number) => T): T[][] =>
            Array.from({ length: nRows }, (_, r) => Array.from({ length: nCols }, (_, c) => fn(r + 1, c + 1)));
          return {
            name: s.name,
            sheetId: s.id,
            index: i + 1,
            hidden: s.hidden,
            maxRows: s.maxRows,
            maxColumns: s.maxCols,
            frozenRows: s.frozenRows,
            columnWidths: { ...s.colWidths },
            hiddenColumns: [...s.hiddenCols],
            tabColor: s.tabColor,
            values: grid((r, c) => {
              const cell = peek(s, r, c);
              if (cell?.f && cell.v === undefined) return cell.f;
              return isoOrValue(readValue(cell, tz));
            }),
            displayValues: grid((r, c) => {
              const cell = peek(s, r, c);
              return displayValue(readValue(cell, tz), cell?.nf, tz, state.spreadsheet.locale);
            }),
            formulas: grid((r, c) => peek(s, r, c)?.f ?? ''),
            formats: grid((r, c) => peek(s, r, c)?.nf ?? null),
            backgrounds: grid((r, c) => peek(s, r, c)?.bg ?? null),
            fontColors: grid((r, c) => peek(s, r, c)?.fc ?? null),
            fontWeights: grid((r, c) => peek(s, r, c)?.fw ?? null),
            validations: grid((r, c) => {
              const dv = peek(s, r, c)?.dv;
              return dv ? JSON.parse(JSON.stringify(dv)) : null;
            }),
            conditionalRules: s.conditionalRules.map((rule) => ({
              criteria: rule.criteria,
              values: rule.values,
              background: rule.background ?? null,
              fontColor: rule.fontColor ?? null,
              bold: rule.bold ?? null,
              ranges: rule.ranges.map((b) => boxA1(b, ctx)),
            })),
            charts: s.charts.map((c) => ({
              chartId: c.chartId,
              type: c.type,
              ranges: c.ranges.map((b) => boxA1(b, ctx)),
              options: c.options,
              position: c.position,
            })),
            protections: s.protections.map((p) => ({
              type: p.type,
              range: p.type === 'SHEET' ? '' : boxA1(p.box, ctx),
              description: p.description,
              warningOnly: p.warningOnly,
              editors: p.editors,
            })),
            metadata: ss.metadata
              .filter((m) => m.location.sheetId === s.id)
              .map((m) => ({
                id: m.id,
                key: m.key,
                value: m.value,
                visibility: m.visibility,
                location:
                  m.location.type === 'SHEET'
                    ? 'SHEET'
                    : m.location.type === 'ROW'
                      ? `ROW ${m.location.index}`
                      : `COLUMN ${columnLetters(m.location.index!)}`,
              })),
          };
        }),
      };
    });

  const emulator: Emulator = {
    globals,
    install(target: object = globalThis) {
      const t = target as Record<string, unknown>;
      // Dates handed to the script must be Dates of its realm, so `instanceof Date` holds there.
      if (vm.isContext(t)) {
        const RealmDate = vm.runInContext('Date', t) as DateConstructor;
        ctx.newDate = (ms) => new RealmDate(ms);
        // Service errors reach the script as its own realm's Error, named 'Exception'.
        const RealmError = vm.runInContext('Error', t) as ErrorConstructor;
        counter.toScriptRealm = (error) => {
          if (!(error instanceof ScriptException)) return error;
          const remade = new RealmError(error.message);
          remade.name = error.name;
          return remade;
        };
      }
      const previous = new Map<string, PropertyDescriptor | undefined>();
      for (const [k, v] of Object.entries(globals)) {
        previous.set(k, Object.getOwnPropertyDescriptor(t, k));
        Object.defineProperty(t, k, { value: v, configurable: true, writable: true, enumerable: false });
      }
      return () => {
        for (const [k, d] of previous) {
          if (d) Object.defineProperty(t, k, d);
          else delete t[k];
        }
      };
    },
    faults: {
      arm: (n) => {
        counter.documentId = state.spreadsheet.id;
        counter.armFault(n);
      },
      calls: () => counter.faultableCalls(),
      failed: () => counter.failedCall,
    },
    calls: {
      total: () => counter.total(),
      byMethod: () => counter.byMethod(),
      reset: () => counter.reset(),
    },
    setUser(email, locale) {
      state.user = { email, locale: locale ?? state.user.locale };
    },
    workbook,
    documents: () => state.documents.map((d) => snapshotDocument(d)),
    mail: () => state.mail.map((m) => ({ ...m })),
    ui: () => JSON.parse(JSON.stringify(state.ui)),
    triggers: () => state.triggers.map((t) => ({ ...t })),
    userEdit(sheetName, a1, value) {
      return counter.uncounted(() => {
        const sheet = state.spreadsheet.sheets.find((s) => s.name === sheetName);
        if (!sheet) fail(`No sheet named ${sheetName}`);
        const range = rangeFromA1(ctx, sheet, a1);
        // The UI refuses an edit of protected cells the user may not edit (warning-only ones only warn).
        requireEditable(ctx, range._box());
        const single = range.getNumRows() === 1 && range.getNumColumns() === 1;
        const tz = state.spreadsheet.timeZone;
        const cell = cellAt(sheet, range.getRow(), range.getColumn());
        const old = readValue(cell, tz);
        const scratch = { ...cell };
        writeValue(scratch, value, state.spreadsheet);
        const typed = readValue(scratch, tz);
        // A rule that rejects invalid input stops the edit in the UI.
        if (cell.dv && !cell.dv.allowInvalid && !validates(cell.dv, typed)) {
          throw new ScriptException(
            `There was a problem: the data you entered in cell ${range.getA1Notation()} violates the data validation rules set on this cell.`,
          );
        }
        range.setValue(value);
        // e.value / e.oldValue are strings (dates as serial numbers), absent when empty.
        const asEventText = (v: CellValue) =>
          v === '' ? undefined : isDate(v) ? displayValue(v, '0.#####', tz) : String(v);
        const event: Record<string, unknown> = {
          authMode: AuthMode.LIMITED,
          range,
          source: new Spreadsheet(ctx),
          // The event's user is blank unless the editor is in the developer's domain (facts U5).
          user: {
            getEmail: () => (ctx.sameDomain ? state.user.email : ''),
            toString: () => (ctx.sameDomain ? state.user.email : ''),
          },
          triggerUid: undefined,
        };
        if (single) {
          const nv = asEventText(readValue(peek(sheet, range.getRow(), range.getColumn()), tz));
          if (nv !== undefined) event.value = nv;
          const ov = asEventText(old);
          if (ov !== undefined) event.oldValue = ov;
        }
        return event;
      });
    },
    save: () => stringifyState(state),
    restore(saved) {
      const next = parseState<EmulatorState>(saved);
      for (const key of Object.keys(state)) delete (state as unknown as Record<string, unknown>)[key];
      Object.assign(state, next);
      ctx.locks.holders.clear();
      counter.armFault(null);
    },

    setAuthMode(mode) {
      ctx.authMode = typeof mode === 'string' ? AuthMode[mode] : mode;
    },
    runAsSimpleTrigger(fn) {
      const prevMode = ctx.authMode;
      const prevSimple = ctx.simpleTrigger;
      ctx.authMode = AuthMode.LIMITED;
      ctx.simpleTrigger = true;
      try {
        return fn();
      } finally {
        ctx.authMode = prevMode;
        ctx.simpleTrigger = prevSimple;
      }
    },
    holdLock(kind, holder = 'another-execution', forMs) {
      const key =
        kind === 'document'
          ? `document:${state.spreadsheet.id}`
          : kind === 'user'
            ? `user:${state.user.email}`
            : 'script';
      ctx.locks.holders.set(key, holder);
      if (forMs !== undefined) ctx.locks.releaseAt.set(key, ctx.locks.waitedMs + forMs);
      else ctx.locks.releaseAt.delete(key);
      return () => {
        if (ctx.locks.holders.get(key) === holder) {
          ctx.locks.holders.delete(key);
          ctx.locks.releaseAt.delete(key);
        }
      };
    },
    lockWaitedMs: () => ctx.locks.waitedMs,
    clockEvent(handler) {
      const trigger = state.triggers.find(
        (t) =>
          t.handler === handler &&
          t.eventType === 'CLOCK' &&
          t.user === state.user.email &&
          (t.documentId ?? state.spreadsheet.id) === state.spreadsheet.id,
      );
      if (!trigger) fail(`No time-driven trigger for ${handler}`);
      const now = ctx.now();
      return {
        authMode: AuthMode.FULL,
        triggerUid: trigger.id,
        timezone: 'UTC',
        year: now.getUTCFullYear(),
        month: now.getUTCMonth() + 1,
        'day-of-month': now.getUTCDate(),
        hour: now.getUTCHours(),
        minute: now.getUTCMinutes(),
        second: now.getUTCSeconds(),
      };
    },
    setInDocument(inDocument) {
      ctx.locks.inDocument = inDocument;
    },
    endExecution() {
      ctx.locks.holders.clear();
      ctx.locks.releaseAt.clear();
    },
    queueUiAnswers(answers) {
      const q = uiAnswers.get(ctx) ?? { buttons: [], texts: [] };
      for (const b of answers.buttons ?? []) q.buttons.push(enumMember('Button', b));
      q.texts.push(...(answers.texts ?? []));
      uiAnswers.set(ctx, q);
    },
    setFormulaResult(sheetName, a1, value) {
      const sheet = state.spreadsheet.sheets.find((s) => s.name === sheetName);
      if (!sheet) fail(`No sheet named ${sheetName}`);
      const r = counter.uncounted(() => rangeFromA1(ctx, sheet, a1));
      const cell = cellAt(sheet, r.getRow(), r.getColumn());
      if (!cell.f) fail(`${a1} holds no formula`);
      cell.v = isDate(value) ? new Date(value.getTime()) : value;
    },
    sleeps: () => state.sleeps,
    logs: () => [...state.logs],
    state: () => state,
    openSpreadsheet(name) {
      const others = (state.otherSpreadsheets ??= []);
      const current = state.spreadsheet;
      const fresh = freshSpreadsheet(others.length + 1, name, current.timeZone, current.locale);
      switchTo(fresh, {});
      return fresh.id;
    },
    activateSpreadsheet(id) {
      if (state.spreadsheet.id === id) return;
      const others = state.otherSpreadsheets ?? [];
      const at = others.findIndex((o) => o.spreadsheet.id === id);
      if (at < 0) fail(`No spreadsheet with id ${id}`);
      const [next] = others.splice(at, 1);
      switchTo(next.spreadsheet, next.documentProperties);
    },
    setMailQuota(remaining) {
      state.mailQuota = remaining;
    },
  };

  /** Puts the active spreadsheet (and its document properties) aside and makes `next` active. */
  function switchTo(next: SpreadsheetState, documentProperties: Record<string, string>): void {
    (state.otherSpreadsheets ??= []).push({
      spreadsheet: state.spreadsheet,
      documentProperties: state.properties.document,
    });
    state.spreadsheet = next;
    state.properties.document = documentProperties;
  }
  return emulator;
}

/**
 * A fresh emulator: one spreadsheet with one empty 1000×26 sheet, no documents, empty stores.
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const o = {
    userEmail: options.userEmail ?? DEFAULTS.userEmail,
    locale: options.locale ?? DEFAULTS.locale,
    timeZone: options.timeZone ?? DEFAULTS.timeZone,
    spreadsheetName: options.spreadsheetName ?? DEFAULTS.spreadsheetName,
    ownerEmail: options.ownerEmail,
    editors: options.editors,
  };
  return build(freshState(o), options);
}

/** An emulator restored from save() output; Dates in cells come back as Dates. */
export function loadEmulator(saved: string, options: EmulatorOptions = {}): Emulator {
  const state = parseState<EmulatorState>(saved);
  if (state.version !== 1) throw new Error(`unsupported emulator state version ${String(state.version)}`);
  if (options.userEmail) state.user.email = options.userEmail;
  if (options.locale) state.user.locale = options.locale;
  return build(state, options);
}
