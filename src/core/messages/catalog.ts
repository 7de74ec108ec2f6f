// A message catalog over a set of dictionaries: lookup by key, `{name}` placeholders filled.
// The server uses every dictionary (index.ts); the sidebar only its own (sidebar.ts), so
// report and parser wording never travel in the sidebar's HTML.

/** A user's language. Anything that is not Vietnamese is shown in English. */
export type Locale = 'vi' | 'en';

/** One message in both languages. `{name}` placeholders are filled by `msg`. */
export interface Message {
  vi: string;
  en: string;
}

/** Placeholder values of a message. */
export type MessageParams = Record<string, string | number>;

type KeysOf<T> = T extends unknown ? keyof T & string : never;
/** The keys of every dictionary in a list of dictionaries. */
export type CatalogKey<D extends readonly Record<string, Message>[]> = KeysOf<D[number]>;

/** Lookup functions over one set of dictionaries. */
export interface Catalog<K extends string> {
  /** The message for `key` in `locale`, with `{name}` placeholders filled from `params`. */
  msg(key: K, locale?: Locale, params?: MessageParams): string;
  /** Both languages of a message (for text that must match whatever language a sheet was made in). */
  msgBoth(key: K): Message;
}

/** Picks the locale from an Apps Script / browser locale string ("vi", "vi_VN", "en-US"). */
export function localeFrom(tag: string | null | undefined): Locale {
  return /^vi(?:$|[_-])/i.test(String(tag ?? '').trim()) ? 'vi' : 'en';
}

/** Builds a catalog; a key missing from it is a programming error and throws. */
export function createCatalog<const D extends readonly Record<string, Message>[]>(
  dictionaries: D,
): Catalog<CatalogKey<D>> {
  const all: Record<string, Message> = Object.assign({}, ...dictionaries);
  const entryOf = (key: string): Message => {
    const entry = all[key];
    if (!entry) throw new Error(`Unknown message key: ${key}`);
    return entry;
  };
  return {
    msg(key, locale = 'vi', params = {}) {
      return entryOf(key)[locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
        Object.hasOwn(params, name) ? String(params[name]) : whole,
      );
    },
    msgBoth: entryOf,
  };
}
