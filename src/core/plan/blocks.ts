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
    .replace(/(^|\s)\*{2,3}(?=\S)|(?<=\S)\*{2,3}(?=\s|$)/g, '$1');
}

/** Normalises one cell or paragraph: collapsed spaces, trimmed. */
export function cleanLine(text: string): string {
  return text.replace(/[ \t]+/g, ' ').trim();
}

function splitRow(line: string): string[] | null {
  if (line.includes('\t')) return line.split('\t').map(cleanLine);
  if (/(?:^|\s)\|(?:\s|$)/.test(line)) return line.split('|').map(cleanLine);
  return null;
}

/**
 * Splits plain text into blocks: each non-empty line is a paragraph; a line with tabs, or with
 * " | " between cells, is a table row, and consecutive rows form one table.
 */
export function blocksFromText(text: string): Block[] {
  const blocks: Block[] = [];
  let table: string[][] | null = null;
  for (const raw of normalizeText(text).split('\n')) {
    const row = splitRow(raw);
    if (row && row.some((c) => c !== '')) {
      if (!table) {
        table = [];
        blocks.push({ kind: 'table', rows: table });
      }
      table.push(row);
      continue;
    }
    table = null;
    const line = cleanLine(raw);
    if (line) blocks.push({ kind: 'paragraph', text: line });
  }
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
