// Plain text to blocks: normalises pasted or converted text, then splits it into paragraphs and table rows.
import type { Block } from '../types';

/**
 * Normalises text the way the parser expects it: Unicode NFC (Word often gives decomposed
 * Vietnamese), LF line ends, plain spaces for non-breaking ones, no zero-width characters,
 * no markdown emphasis residue (`*…*`, `**…**`).
 */
export function normalizeText(text: string): string {
  return String(text ?? '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\u3000]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/\*{1,3}([^*\n]*?\S)\*{1,3}/g, '$1')
    .replace(/(^|\s)\*{2,3}(?=\S)|(?<=\S)\*{2,3}(?=\s|$)/g, '$1')
    // Markdown headings and quotes ("# KẾ HOẠCH", "> …"), and lines of stray emphasis ("* *").
    .replace(/^[ \t]*#{1,6}[ \t]+/gm, '')
    .replace(/^[ \t]*>[ \t]?/gm, '')
    .replace(/^[ \t*_]+$/gm, '');
}

/** Normalises one cell or paragraph: collapsed spaces, trimmed. */
export function cleanLine(text: string): string {
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
  for (const raw of normalizeText(text).split('\n')) {
    if (isSeparatorRow(raw)) continue;
    if (isRow(raw) && raw.replace(/[|\t]/g, '').trim() !== '' ) {
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

/** Normalises blocks that come from another producer (a Google Doc) the same way as text. */
export function normalizeBlocks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks ?? []) {
    if (!b || typeof b !== 'object') continue;
    if (b.kind === 'table' && Array.isArray(b.rows)) {
      const rows = b.rows.map((r) => (Array.isArray(r) ? r.map((c) => cleanLine(normalizeText(String(c ?? '')).replace(/\n/g, ' '))) : []));
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
