// The user's language on the server side, read from the Apps Script session.
import { localeFrom, type Locale } from '../core/messages/index';

/**
 * The active user's locale. Needs an authorized context (not AuthMode.NONE);
 * falls back to Vietnamese when the session cannot tell.
 */
export function userLocale(): Locale {
  try {
    return localeFrom(Session.getActiveUserLocale());
  } catch {
    return 'vi';
  }
}
