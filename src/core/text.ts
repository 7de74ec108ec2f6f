// Text compared the way a person reads it: one helper, so that unit names, sheet labels and
// period labels match alike whatever their Unicode form, spacing or case.

/** NFC, inner white space collapsed, trimmed, lower-cased by Vietnamese rules. */
export function comparableText(text: unknown): string {
  return String(text ?? '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('vi');
}
