// The messages module: every word a user reads, Vietnamese first, English second.
// Each feature keeps its dictionary in a file beside this one; all are merged here.
import { common } from './common';
import { parser } from './parser';
import { domain } from './domain';
import { report } from './report';
import { ui } from './ui';
import { tracking } from './tracking';
import { importMessages } from './import';
import { reportUi } from './report-ui';

/** A user's language. Anything that is not Vietnamese is shown in English. */
export type Locale = 'vi' | 'en';

/** One message in both languages. `{name}` placeholders are filled by `msg`. */
export interface Message {
  vi: string;
  en: string;
}

// Each feature's dictionary is listed here once.
const dictionaries = [common, domain, ui, report, parser, tracking, importMessages, reportUi] as const;

type KeysOf<T> = T extends unknown ? keyof T : never;
/** Every message key known to the add-on. */
export type MessageKey = KeysOf<(typeof dictionaries)[number]>;

const all: Record<string, Message> = Object.assign({}, ...dictionaries);

/** Picks the locale from an Apps Script / browser locale string ("vi", "vi_VN", "en-US"). */
export function localeFrom(tag: string | null | undefined): Locale {
  return /^vi(?:$|[_-])/i.test(String(tag ?? '').trim()) ? 'vi' : 'en';
}

/** Returns the message for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function msg(key: MessageKey, locale: Locale = 'vi', params: Record<string, string | number> = {}): string {
  const entry = all[key as string];
  if (!entry) throw new Error(`Unknown message key: ${String(key)}`);
  return entry[locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Both languages of a message (for text that must match whatever language a sheet was made in). */
export function msgBoth(key: MessageKey): Message {
  const entry = all[key as string];
  if (!entry) throw new Error(`Unknown message key: ${String(key)}`);
  return entry;
}
