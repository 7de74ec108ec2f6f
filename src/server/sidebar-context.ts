// What the sidebar learns when it opens: the user's language, e-mail and the spreadsheet.
import type { SidebarContext } from '../shared/rpc';
import { userLocale } from './locale';

/** Reads the sidebar's context from the session and the active spreadsheet. */
export function readSidebarContext(): SidebarContext {
  return {
    locale: userLocale(),
    userEmail: Session.getActiveUser().getEmail(),
    spreadsheetName: SpreadsheetApp.getActiveSpreadsheet().getName(),
  };
}
