// The add-on menu and the sidebar: what the user sees when the spreadsheet opens.
import { msg, type Locale } from '../core/messages/index';
import { userLocale } from './locale';

/** The part of the onOpen / onInstall event the menu reads. */
export interface OpenEvent {
  authMode?: GoogleAppsScript.Script.AuthMode;
}

/** The file name (without .html) of the built sidebar in the Apps Script project. */
const SIDEBAR_FILE = 'sidebar';

/**
 * The menu's language. In AuthMode.NONE (add-on not yet used in this file) no service but the
 * menu may be touched, so the menu stays Vietnamese; otherwise it follows the user's locale.
 */
function menuLocale(e: OpenEvent | undefined): Locale {
  if (!e || e.authMode === undefined || String(e.authMode) === 'NONE') return 'vi';
  return userLocale();
}

/** Builds the add-on menu and nothing else (it may run in AuthMode.NONE). */
export function buildMenu(e?: OpenEvent): void {
  const locale = menuLocale(e);
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(msg('menuOpen', locale), 'showSidebar')
    .addItem(msg('menuCheckOverdue', locale), 'checkOverdueFromMenu')
    .addItem(msg('menuRepairSheet', locale), 'repairSheetFromMenu')
    .addToUi();
}

/** Opens the sidebar, titled in the user's language. */
export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(msg('sidebarTitle', userLocale()));
  SpreadsheetApp.getUi().showSidebar(html);
}
