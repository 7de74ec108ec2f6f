// Text helpers of the parser: sentences, headings and the one-line title of a task.

export function sentenceEnd(s: string): boolean {
  return /[.;!?…]["”’)]*$/.test(s.trim());
}

export function headingLike(s: string): boolean {
  const t = s.trim();
  return !sentenceEnd(t) && t.split(/\s+/).length <= 30;
}

export function stripColon(s: string): string {
  return s.trim().replace(/\s*:$/, '');
}

/**
 * The first sentence of a task, at most 160 characters. A longer sentence is cut at a word
 * and ends with "…", so a reader sees that the title is not the whole sentence.
 */
export function makeTitle(text: string): string {
  const first = text
    .split(/(?<=[.;])\s+/)[0]
    .replace(/[.;:]$/, '')
    .trim();
  if (first.length <= 160) return first;
  const cut = first.slice(0, 159);
  const space = cut.lastIndexOf(' ');
  return (space > 80 ? cut.slice(0, space) : cut).replace(/[\s,;:(–-]+$/, '') + '…';
}

/** Splits a text into sentences at "." or ";" before a capital letter. */
export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.;])\s+(?=\p{Lu})/u);
}
