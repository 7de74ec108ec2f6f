// Plain text to blocks: normalizes pasted or converted text, then splits it into paragraphs and table rows.
import type { Block } from '../types';

/**
 * Normalizes text the way the parser expects it: Unicode NFC (Word often gives decomposed
 * Vietnamese), LF line ends, plain spaces for non-breaking ones, no zero-width characters,
 * no markdown emphasis residue (`*…*`, `**…**`).
 */
export function normalizeText(text: string): string {
  return (
    String(text ?? '')
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u00A0\u2007\u202F\u3000]/g, ' ')
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
      .replace(/\*{1,3}([^*\n]*?\S)\*{1,3}/g, '$1')
      .replace(/(^|\s)\*{2,3}(?=\S)|(?<=\S)\*{2,3}(?=\s|$)/g, '$1')
      // Markdown headings and quotes ("# KẾ HOẠCH", "> …"), and lines of stray emphasis ("* *").
      .replace(/^[ \t]*#{1,6}[ \t]+/gm, '')
      .replace(/^[ \t]*>[ \t]?/gm, '')
      .replace(/^[ \t*_]+$/gm, '')
  );
}

/** Normalizes one cell or paragraph: collapsed spaces, trimmed. */
function cleanLine(text: string): string {
  return text.replace(/[ \t]+/g, ' ').trim();
}

/** A markdown table's separator row ("|---|:---:|"). */
function isSeparatorRow(line: string): boolean {
  return /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line);
}

function isRow(line: string): boolean {
  return line.includes('\t') || /(?:^|\s)\|(?:\s|$)|^\s*\|.*\|\s*$/.test(line);
}

/**
 * Splits the raw lines of one table into cells. Tab-separated lines split at tabs. Pipe lines split
 * at pipes; when every line of the table is fenced ("| a | b |", markdown), the outer pipes make no cells.
 */
function splitTable(lines: string[]): string[][] {
  const fenced = lines.every((l) => l.includes('\t') || /^\s*\|.*\|\s*$/.test(l));
  return lines.map((line) => {
    if (line.includes('\t')) return line.split('\t').map(cleanLine);
    const body = fenced ? line.trim().replace(/^\|/, '').replace(/\|$/, '') : line;
    return body.split('|').map(cleanLine);
  });
}

/** A wide run of spaces (3 or more) or a tab between two pieces of text: a column boundary of a layout. */
const COLUMN_GAP = /(?<=\S)(?: {3,}|[ ]*\t[ \t]*)(?=\S)/;
/** Where the header ends: the document's own heading, the addressees, or the first item. */
const HEADER_END =
  /^\s*(?:KẾ\s*HOẠCH|QUYẾT\s*ĐỊNH|CHỈ\s*THỊ|THÔNG\s*BÁO|CÔNG\s*VĂN|Kính gửi|(?:[IVX]{1,4}|\d{1,2})\.\s)/;
const MOTTO_LINE = /CỘNG H(?:OÀ|ÒA|OA) XÃ HỘI/;
/** Where a closing ends: an appendix, or the header of a document that follows (a plan after its covering decision). */
const CLOSING_END = /^\s*(?:PHỤ LỤC|Phụ lục)(?![A-Za-zÀ-ỹĐđ])|CỘNG H(?:OÀ|ÒA|OA) XÃ HỘI|^\s*KẾ\s*HOẠCH\s*$/;

/**
 * Reads a two-column layout (pdftotext -layout, or tab-separated lines) as its left column, then its right:
 * the agency over "Số: …" beside the motto over "<place>, ngày …"; the "Nơi nhận:" list beside the signer block.
 * A line with a gap has a left and a right piece; a line with text only far to the right belongs to the right column.
 * Lines with three or more cells are a table and stay as they are (the region ends there).
 */
function readColumns(lines: string[]): string[] {
  const pieces = lines.map((line) => {
    if (
      line
        .split(/ {3,}|\t/)
        .map((c) => c.trim())
        .filter(Boolean).length > 2
    )
      return null;
    const gap = COLUMN_GAP.exec(line);
    if (gap)
      return {
        left: line.slice(0, gap.index),
        right: line.slice(gap.index + gap[0].length),
        at: gap.index + gap[0].length,
      };
    return { left: line, right: '', at: -1 };
  });
  const end = pieces.indexOf(null);
  const region = (end < 0 ? pieces : pieces.slice(0, end)) as Array<{ left: string; right: string; at: number }>;
  const offsets = region.filter((p) => p.at >= 0 && !p.left.includes('\t')).map((p) => p.at);
  if (!region.some((p) => p.at >= 0)) return lines;
  // A line indented nearly as far as the right column is right-column text ("(Đã ký)", the signer's name).
  const rightFrom = offsets.length ? Math.max(12, Math.min(...offsets) - 15) : Infinity;
  const left: string[] = [];
  const right: string[] = [];
  for (const p of region) {
    const indent = /^[ ]*/.exec(p.left)![0].length;
    const l = p.left.replace(/\s+$/, '');
    if (p.at < 0 && /^\t/.test(p.left)) right.push(l.trim());
    else if (p.at < 0 && l.trim() && indent >= rightFrom) right.push(l.trim());
    else {
      if (l.trim()) left.push(l);
      if (p.right.trim()) right.push(p.right.trim());
    }
  }
  return [...left, ...right, ...(end < 0 ? [] : lines.slice(end))];
}

/** Splits the header and each closing ("Nơi nhận: …" to the end) of a two-column layout into its columns. */
function splitLayoutColumns(lines: string[]): string[] {
  const result: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const closing = /^\s*Nơi nhận\s*:?/i.test(lines[i]);
    // A header: the start of the text, or a motto line (the plan's own header after its covering decision).
    const header = i === 0 || MOTTO_LINE.test(lines[i]);
    if (!closing && !header) {
      result.push(lines[i]);
      continue;
    }
    let j = i + 1;
    if (closing) while (j < lines.length && !CLOSING_END.test(lines[j])) j++;
    else while (j < lines.length && j - i < 40 && !HEADER_END.test(lines[j])) j++;
    if (header && (j >= lines.length || !HEADER_END.test(lines[j]))) {
      result.push(lines[i]);
      continue;
    }
    result.push(...readColumns(lines.slice(i, j)));
    i = j - 1;
  }
  return result;
}

/**
 * Splits plain text into blocks: each non-empty line is a paragraph; a line with tabs, or with
 * " | " between cells, is a table row, and consecutive rows form one table. Markdown separator
 * rows ("|---|---|") are dropped.
 */
export function blocksFromText(text: string): Block[] {
  const blocks: Block[] = [];
  let rows: string[] = [];
  const flush = (): void => {
    const table = splitTable(rows).filter((r) => r.some((c) => c !== ''));
    if (table.length) blocks.push({ kind: 'table', rows: table });
    rows = [];
  };
  for (const raw of splitLayoutColumns(normalizeText(text).split('\n'))) {
    if (isSeparatorRow(raw)) continue;
    if (isRow(raw) && raw.replace(/[|\t]/g, '').trim() !== '') {
      rows.push(raw);
      continue;
    }
    if (isRow(raw)) continue;
    if (rows.length) flush();
    const line = cleanLine(raw);
    if (line) blocks.push({ kind: 'paragraph', text: line });
  }
  if (rows.length) flush();
  return blocks;
}

/** Normalizes blocks that come from another producer (a Google Doc) the same way as text. */
export function normalizeBlocks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks ?? []) {
    if (!b || typeof b !== 'object') continue;
    if (b.kind === 'table' && Array.isArray(b.rows)) {
      const rows = b.rows.map((r) =>
        Array.isArray(r) ? r.map((c) => cleanLine(normalizeText(String(c ?? '')).replace(/\n/g, ' '))) : [],
      );
      if (rows.some((r) => r.some((c) => c))) out.push({ kind: 'table', rows });
    } else if (b.kind === 'paragraph') {
      for (const line of normalizeText(String(b.text ?? '')).split('\n')) {
        const t = cleanLine(line);
        if (t) out.push({ kind: 'paragraph', text: t });
      }
    }
  }
  return out;
}
