// Bytes of a saved plan file to text: UTF-8 (with or without a BOM) or Word's "Unicode" (UTF-16LE/BE).
// Pure: no file system; the parse command and the server can share it.
import { msg, type Locale } from '../messages/index';

/** Result of `decodePlanBytes`: the text without a BOM, or `binary` when the bytes are not text. */
type DecodedPlan = { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { ok: false; binary: true; error: string };

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

function decodeUtf16(bytes: Uint8Array, order: 'utf-16le' | 'utf-16be'): string {
  // TextDecoder handles both byte orders and surrogate pairs; an odd trailing byte becomes U+FFFD.
  return new TextDecoder(order).decode(bytes);
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
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: decodeUtf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: decodeUtf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  if (BINARY_MAGIC.some((sig) => startsWith(bytes, sig))) return { ok: false, binary: true, error: msg('parserBinary', locale === 'en' ? 'en' : 'vi') };
  const order = sniffUtf16(bytes);
  if (order) return { ok: true, text: decodeUtf16(bytes, order), encoding: order };
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
}
