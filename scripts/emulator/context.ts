// The shared context every emulated object sees: counter, state, clock, acting user, auth mode, locks.
import type { CallCounter } from './counter';
import { AuthMode, type EnumMember } from './enums';
import { fail } from './errors';
import type { ChartSpec, EmulatorState, SheetState, SpreadsheetState } from './state';

/** Simulated lock holders (by lock kind) for LockService tests. */
export interface LockTable {
  /** kind → holder token ('self:<n>' for a Lock of this execution, or any other string). */
  holders: Map<string, string>;
  /** kind → simulated time (ms, on the `waitedMs` clock) when another execution lets go; absent: never. */
  releaseAt: Map<string, number>;
  /** Simulated milliseconds this execution has spent waiting in tryLock/waitLock. */
  waitedMs: number;
  /** False when the script runs with no containing document: getDocumentLock() answers null (facts L1). */
  inDocument: boolean;
}

/** Everything the emulated services share. */
export interface Ctx {
  counter: CallCounter;
  state: EmulatorState;
  now(): Date;
  files: Record<string, string>;
  authMode: EnumMember;
  /** True while running a simple trigger (onOpen/onEdit): no mail, no sidebars (DESIGN). */
  simpleTrigger: boolean;
  locks: LockTable;
  /** Makes a Date in the script's realm (install() into a node:vm context switches it). */
  newDate(ms: number): Date;
  /** OAuth scopes the project declares (appsscript.json oauthScopes). */
  scopes: readonly string[];
  /**
   * True when the user is in the developer's Google Workspace domain. Otherwise the user's
   * e-mail is blank in contexts that run without the user's authorization (simple onOpen/onEdit).
   * https://developers.google.com/apps-script/reference/base/user#getEmail()
   */
  sameDomain: boolean;
  /** Draws an embedded chart as PNG bytes (the preview and demo give one); without it a 1×1 PNG stands in. */
  chartImage?: (spreadsheet: SpreadsheetState, chart: ChartSpec) => Uint8Array;
}

/** The full Sheets scope openById/openByUrl need; spreadsheets.currentonly does not cover them. */
export const SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

/**
 * Refuses a call the project's scopes (or a simple trigger, which runs without authorization)
 * do not allow, with the real text: "You do not have permission to call SpreadsheetApp.openById.
 * Required permissions: https://www.googleapis.com/auth/spreadsheets".
 */
export function requireScope(ctx: Ctx, what: string, scope: string): void {
  if (
    ctx.authMode === AuthMode.NONE ||
    ctx.simpleTrigger ||
    ctx.authMode === AuthMode.LIMITED ||
    !ctx.scopes.includes(scope)
  ) {
    fail(`You do not have permission to call ${what}. Required permissions: ${scope}`);
  }
}

/** The sheet state with the given id, or a "deleted" failure. */
export function sheetById(ctx: Ctx, id: number): SheetState {
  const s = ctx.state.spreadsheet.sheets.find((x) => x.id === id);
  if (!s) fail('The sheet has been deleted.');
  return s;
}

/** Next unique integer id inside the spreadsheet (sheet ids, metadata ids, chart ids). */
export function nextId(ctx: Ctx): number {
  return ctx.state.spreadsheet.nextId++;
}

/**
 * Refuses a call that needs authorization when the script runs in AuthMode.NONE (an add-on's
 * onOpen before the user has used it in this document): only menus may be built then.
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes
 */
export function requireAuth(ctx: Ctx, what: string): void {
  if (ctx.authMode === AuthMode.NONE) {
    fail(`You do not have permission to call ${what}. Required permissions: authorized access (AuthMode.NONE)`);
  }
}

/** Refuses what simple triggers (AuthMode.LIMITED) may not do: mail, sidebars, dialogs, triggers. */
export function requireFull(ctx: Ctx, what: string): void {
  requireAuth(ctx, what);
  if (ctx.simpleTrigger || ctx.authMode === AuthMode.LIMITED) {
    fail(
      `You do not have permission to call ${what}. Required permissions: full authorization (not available in a simple trigger)`,
    );
  }
}
