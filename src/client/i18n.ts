// The sidebar's language: set once from the server's context, used by every client string.
import { sidebarMsg as msg, type Locale, type SidebarMessageKey as MessageKey } from '../core/messages/sidebar';

let current: Locale = 'vi';

/** Sets the language of every string the sidebar shows from now on. */
export function setLocale(locale: Locale): void {
  current = locale;
}

/** The sidebar's current language. */
export function currentLocale(): Locale {
  return current;
}

/** A message in the sidebar's language. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return msg(key, current, params);
}
