// The add-on's only public surface: every export becomes a top-level Apps Script function
// (menu callbacks, google.script.run targets, trigger handlers). Logic lives in the modules.
// To add a google.script.run target: declare it in src/shared/rpc.ts (ServerApi), then
// `export const name = respond(fn);` here.
import { buildMenu, openSidebar, type OpenEvent } from './menu';
import { respond } from './rpc';
import { readSidebarContext } from './sidebar-context';

/** Called by Apps Script when the add-on is installed: builds the menu. */
export function onInstall(e?: OpenEvent): void {
  onOpen(e);
}

/** Simple trigger, called when the spreadsheet opens: builds the add-on menu, nothing else. */
export function onOpen(e?: OpenEvent): void {
  buildMenu(e);
}

/** Called from the menu: opens the sidebar. */
export function showSidebar(): void {
  openSidebar();
}

/** google.script.run target: the sidebar's context (locale, user, spreadsheet). */
export const getSidebarContext = respond(readSidebarContext);
