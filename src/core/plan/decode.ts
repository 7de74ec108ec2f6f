// Bytes of a saved plan file to text: UTF-8 (with or without a BOM) or Word's "Unicode" (UTF-16LE/BE).
// Pure: no file system; the parse command and the server can share it.
import { msg, type Locale } from '../messages/index';

/** Result of `decodePlanBytes`: the text without a BOM, or `binary` when the bytes are not text. */
type DecodedPlan =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { ok: false; binary: true; error: string };

/** Signatures of common binary files that users may pick by mistake (zip/docx/xlsx, PDF, OLE .doc, images). */
const BINARY_MAGIC: number[][] = [
  [0x50, 0x4b, 0x03, 0x04], // zip, .docx, .xlsx
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0xd0, 0xcf, 0x11, 0xe0], // OLE (.doc, .xls)
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x7b, 0x5c, 0x72, 0x74, 0x66], // {\rtf
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/**
 * UTF-16 without a BOM, judged cautiously from the NUL bytes of the first 4 KB: in text of
 * mostly Latin-script characters (Vietnamese included) one byte of nearly every pair is 0,
 * always on the same side. Returns the byte order, or null when the pattern is not clear.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // Vietnamese letters above U+00FF (ă, ơ, ư, ạ…) have no NUL byte, so allow some of them; the other side must be NUL-free.
  if (oddZero >= pairs * 0.4 && evenZero <= pairs * 0.02) return 'utf-16le';
  if (evenZero >= pairs * 0.4 && oddZero <= pairs * 0.02) return 'utf-16be';
  return null;
}

const REPLACEMENT = 0xfffd;

/** Code units to a string, in slices so that a long file does not overflow the argument list. */
function fromCodeUnits(units: number[]): string {
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.slice(i, i + 8192));
  return text;
}

/**
 * UTF-16 in either byte order; surrogate pairs pass through as code units, and an odd
 * trailing byte becomes U+FFFD. Written out (no TextDecoder) so that core runs anywhere,
 * Apps Script's V8 included.
 */
function decodeUtf16(bytes: Uint8Array, order: 'utf-16le' | 'utf-16be'): string {
  const units: number[] = [];
  const pairs = bytes.length >> 1;
  for (let i = 0; i < pairs; i++) {
    const a = bytes[2 * i] ?? 0;
    const b = bytes[2 * i + 1] ?? 0;
    units.push(order === 'utf-16le' ? a | (b << 8) : (a << 8) | b);
  }
  if (bytes.length % 2) units.push(REPLACEMENT);
  return fromCodeUnits(units);
}

/**
 * UTF-8 as the WHATWG decoder reads it: each malformed sequence (a bad lead byte, an
 * overlong or surrogate form, a truncated sequence) becomes one U+FFFD and reading resumes
 * at the first byte that did not fit, so no byte is silently dropped.
 */
function decodeUtf8(bytes: Uint8Array): string {
  const units: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i++] ?? 0;
    if (lead < 0x80) {
      units.push(lead);
      continue;
    }
    const needed =
      lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    if (needed === 0) {
      units.push(REPLACEMENT);
      continue;
    }
    // The second byte's range excludes overlong forms, surrogates and points past U+10FFFF.
    let lower = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    let upper = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    let point = lead & (needed === 1 ? 0x1f : needed === 2 ? 0x0f : 0x07);
    let seen = 0;
    while (seen < needed) {
      const next = bytes[i];
      if (next === undefined || next < lower || next > upper) break;
      point = (point << 6) | (next & 0x3f);
      lower = 0x80;
      upper = 0xbf;
      seen++;
      i++;
    }
    if (seen < needed) units.push(REPLACEMENT);
    else if (point >= 0x10000) units.push(0xd800 + ((point - 0x10000) >> 10), 0xdc00 + ((point - 0x10000) & 0x3ff));
    else units.push(point);
  }
  return fromCodeUnits(units);
}

/**
 * Decodes the bytes of a plan file. Detects a UTF-8 BOM (EF BB BF), a UTF-16LE BOM (FF FE),
 * a UTF-16BE BOM (FE FF) and, cautiously, UTF-16 without a BOM from its NUL bytes; strips the
 * BOM. Known binary formats (a .docx zip, PDF, .doc, images) give `{ ok: false, binary: true, error }`
 * with the parser's binary-file message in `locale`.
 * Anything else is read as UTF-8; whether that text is readable is left to `parsePlan`.
 */
export function decodePlanBytes(bytes: Uint8Array, locale: Locale = 'vi'): DecodedPlan {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { ok: true, text: decodeUtf8(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe]))
    return { ok: true, text: decodeUtf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff]))
    return { ok: true, text: decodeUtf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  if (BINARY_MAGIC.some((sig) => startsWith(bytes, sig)))
    return { ok: false, binary: true, error: msg('parserBinary', locale === 'en' ? 'en' : 'vi') };
  const order = sniffUtf16(bytes);
  if (order) return { ok: true, text: decodeUtf16(bytes, order), encoding: order };
  return { ok: true, text: decodeUtf8(bytes), encoding: 'utf-8' };
}
