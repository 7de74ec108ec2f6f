// Text helpers of the report: counts, rates and dates the way Vietnamese reports write them,
// sentence ends, first letters, and headings made of whole clauses.
import type { IsoDate } from '../types';
import type { Locale } from '../messages/index';
import { parseIsoDate } from '../dates';

/** Counts the way Vietnamese reports write them: "02", "07", "12". */
export function pad2(n: number): string {
  return n < 10 && n >= 0 ? `0${n}` : String(n);
}

/** A rate as a percentage with at most one decimal: "33,3%" (vi), "33.3%" (en), "100%"; "-" when null. */
export function formatRate(rate: number | null, locale: Locale): string {
  if (rate === null) return '-';
  const tenths = Math.round(rate * 1000);
  const text = tenths % 10 === 0 ? String(tenths / 10) : (tenths / 10).toFixed(1);
  return `${locale === 'vi' ? text.replace('.', ',') : text}%`;
}

/** A date in running text, as the decree writes it: day and month without a leading zero ("10/5/2023"). */
export function proseDate(date: IsoDate): string {
  const parts = parseIsoDate(date);
  if (!parts) return date;
  return `${parts.day}/${parts.month}/${parts.year}`;
}

export function upper(text: string, locale: Locale): string {
  return text.toLocaleUpperCase(locale);
}

/** Lower-cases the first letter unless the first word is an acronym ("UBND", "KCN") or a name. */
export function lowerFirst(text: string): string {
  const first = text.split(/\s/, 1)[0] ?? '';
  if (first.length > 1 && first === first.toLocaleUpperCase('vi')) return text;
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** Drops trailing punctuation and spaces ("… năm 2023." → "… năm 2023"). */
export function stripEnd(text: string): string {
  return text.trim().replace(/[\s.;:,…]+$/, '');
}

/** Ends a sentence with a full stop unless it already ends with one (or "…", "!", "?", ")"). */
export function endSentence(text: string): string {
  const trimmed = text.trim().replace(/[;,:\s]+$/, '');
  return /[.!?…)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Longest heading taken from a plan sentence before it is shortened to its first clauses. */
export const MAX_HEADING = 200;

/**
 * A heading from a plan sentence: the sentence itself when short enough, else its first whole
 * clauses (cut at ";" or "," then at a word), never mid-word and never with "…". The first
 * sentence of `text` is used when it starts like `title` (the parser's title may be cut).
 */
export function clauseHeading(title: string, text: string, max: number = MAX_HEADING): string {
  const cleanTitle = stripEnd(title.replace(/…$/, ''));
  const flat = text.trim().replace(/\s+/g, ' ');
  const first = stripEnd(flat.split(/[.;:]\s+(?=\p{Lu})|[.:]$/u, 1)[0] ?? '');
  const sentence = first && (first.startsWith(cleanTitle) || cleanTitle.startsWith(first)) ? first : cleanTitle;
  return shortenToClauses(sentence, max);
}

/** The text cut to its first whole clauses within `max` characters (";" first, then ","), else to whole words. */
export function shortenToClauses(sentence: string, max: number = MAX_HEADING): string {
  if (sentence.length <= max) return sentence;
  for (const separator of [';', ',']) {
    const cut = sentence.lastIndexOf(separator, max);
    if (cut > max / 3) return stripEnd(sentence.slice(0, cut));
  }
  const space = sentence.lastIndexOf(' ', max);
  return stripEnd(space > 0 ? sentence.slice(0, space) : sentence.slice(0, max));
}
