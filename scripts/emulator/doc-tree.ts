// The document tree of the DocumentApp emulator: plain nodes (DocNode), their parents, text
// segments and runs, attribute storage, node factories and the JSON snapshot. No classes:
// document.ts wraps these nodes in the Apps Script element classes.
import { isDate } from './dates';
import { Blob } from './charts';
import { DocAttribute, enumMember } from './enums';
import { fail } from './errors';
import type { DocNode, DocumentState } from './state';

/** US Letter portrait in points (612 × 792), 72 pt margins: a new document's page (facts DA13). */
export const NEW_PAGE = { width: 612, height: 792, marginTop: 72, marginBottom: 72, marginLeft: 72, marginRight: 72 };

/** Attribute values stored as enum names; these are read back as enum members. */
export const ENUM_ATTRS: Record<string, string> = {
  HEADING: 'ParagraphHeading',
  HORIZONTAL_ALIGNMENT: 'HorizontalAlignment',
  VERTICAL_ALIGNMENT: 'VerticalAlignment',
  GLYPH_TYPE: 'GlyphType',
};

/** Character-level attributes: on paragraphs they style the text (kept in runs). */
export const TEXT_ATTRS = new Set([
  'BOLD',
  'ITALIC',
  'UNDERLINE',
  'STRIKETHROUGH',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'BACKGROUND_COLOR',
  'LINK_URL',
  'CODE',
]);

export const parents = new WeakMap<DocNode, DocNode>();

export function link(node: DocNode): void {
  for (const c of node.children ?? []) {
    parents.set(c, node);
    link(c);
  }
}

export function cloneNode(node: DocNode): DocNode {
  const copy: DocNode = JSON.parse(JSON.stringify(node));
  link(copy);
  return copy;
}

export function plainText(node: DocNode): string {
  switch (node.type) {
    case 'TEXT':
      return node.text ?? '';
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return (node.children ?? []).map(plainText).join('');
    case 'BODY_SECTION':
    case 'TABLE':
    case 'TABLE_ROW':
    case 'TABLE_CELL':
      return (node.children ?? []).map(plainText).join('\n');
    default:
      return '';
  }
}

/** A TEXT node and where its characters sit in the enclosing element's getText(). */
export interface TextSegment {
  node: DocNode;
  start: number;
  end: number;
}

/**
 * The TEXT nodes under `node` with their offsets in plainText(node): paragraphs concatenate
 * their text children; body, table, row and cell join their children with '\n' (facts DA9).
 */
export function textSegments(
  node: DocNode,
  base = 0,
  out: TextSegment[] = [],
): { segments: TextSegment[]; length: number } {
  switch (node.type) {
    case 'TEXT': {
      const length = (node.text ?? '').length;
      out.push({ node, start: base, end: base + length });
      return { segments: out, length };
    }
    case 'PARAGRAPH':
    case 'LIST_ITEM': {
      let at = base;
      for (const c of node.children ?? []) if (c.type === 'TEXT') at += textSegments(c, at, out).length;
      return { segments: out, length: at - base };
    }
    case 'BODY_SECTION':
    case 'TABLE':
    case 'TABLE_ROW':
    case 'TABLE_CELL': {
      let at = base;
      (node.children ?? []).forEach((c, i) => {
        if (i > 0) at += 1;
        at += textSegments(c, at, out).length;
      });
      return { segments: out, length: at - base };
    }
    default:
      return { segments: out, length: 0 };
  }
}

/**
 * The character style each stretch of a TEXT node ends up with: the paragraph's text
 * attributes, then the text node's, then its runs in the order they were set. Attributes of
 * tables, rows, cells and the body are NOT inherited: the reference does not say they reach
 * the text, so the emulator does not pretend they do (unset reads null, i.e. the doc default).
 */
export function resolvedRuns(
  text: DocNode,
  paragraph: DocNode | undefined,
): { text: string; attrs: Record<string, unknown> }[] {
  const full = text.text ?? '';
  const base: Record<string, unknown> = {};
  for (const key of TEXT_ATTRS) base[key] = paragraph?.attrs[key] ?? text.attrs[key] ?? null;
  for (const key of TEXT_ATTRS) if (text.attrs[key] !== undefined) base[key] = text.attrs[key];
  const cuts = new Set([0, full.length]);
  for (const r of text.runs ?? []) {
    cuts.add(Math.max(0, Math.min(full.length, r.start)));
    cuts.add(Math.max(0, Math.min(full.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: { text: string; attrs: Record<string, unknown> }[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    if (e <= s) continue;
    const attrs = { ...base };
    for (const r of text.runs ?? []) if (r.start <= s && r.end >= e) Object.assign(attrs, r.attrs);
    const prev = out[out.length - 1];
    if (prev && JSON.stringify(prev.attrs) === JSON.stringify(attrs)) prev.text += full.slice(s, e);
    else out.push({ text: full.slice(s, e), attrs });
  }
  return out;
}

export function storeAttrValue(v: unknown): unknown {
  if (v && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function' && !isDate(v))
    return String(v);
  return v;
}

export function readAttrValue(key: string, v: unknown): unknown {
  if (v === undefined) return null;
  if (ENUM_ATTRS[key] && typeof v === 'string') return enumMember(ENUM_ATTRS[key], v);
  return v;
}

export function normalizeAttrs(attributes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(attributes)) {
    if (!(k in DocAttribute)) continue; // unknown keys are ignored, as Apps Script does
    out[k] = storeAttrValue(v);
  }
  return out;
}

/** The text node of a paragraph-like element (created on demand). */
export function textNode(p: DocNode): DocNode {
  let t = (p.children ?? []).find((c) => c.type === 'TEXT');
  if (!t) {
    t = { type: 'TEXT', attrs: {}, text: '', runs: [] };
    p.children = [t, ...(p.children ?? [])];
    parents.set(t, p);
  }
  return t;
}

export function newParagraph(type: 'PARAGRAPH' | 'LIST_ITEM', text: string): DocNode {
  const p: DocNode = { type, attrs: {}, children: [] };
  if (text !== '') {
    const t: DocNode = { type: 'TEXT', attrs: {}, text, runs: [] };
    p.children!.push(t);
  }
  if (type === 'LIST_ITEM') {
    p.attrs.GLYPH_TYPE = 'BULLET';
    p.attrs.NESTING_LEVEL = 0;
  }
  link(p);
  return p;
}

export function detach(parent: DocNode, node: DocNode): void {
  if (parent.type === 'BODY_SECTION' && (node.type === 'PARAGRAPH' || node.type === 'LIST_ITEM')) {
    const paras = parent.children!.filter((c) => c.type === 'PARAGRAPH' || c.type === 'LIST_ITEM');
    if (paras.length === 1 && paras[0] === node) fail("Can't remove the last paragraph in a document section.");
    if (parent.children![parent.children!.length - 1] === node)
      fail("Can't remove the last paragraph in a document section.");
  }
  parent.children = parent.children!.filter((c) => c !== node);
  parents.delete(node);
}

export function tableNode(cells?: unknown[][]): DocNode {
  const t: DocNode = { type: 'TABLE', attrs: {}, children: [] };
  for (const row of cells ?? []) {
    const r: DocNode = { type: 'TABLE_ROW', attrs: {}, children: [] };
    for (const v of row)
      r.children!.push({ type: 'TABLE_CELL', attrs: {}, children: [newParagraph('PARAGRAPH', String(v ?? ''))] });
    t.children!.push(r);
  }
  link(t);
  return t;
}

export function imageNode(image: Blob | { getBlob(): Blob }): DocNode {
  const blob = image instanceof Blob ? image : image.getBlob();
  return {
    type: 'INLINE_IMAGE',
    attrs: { WIDTH: 400, HEIGHT: 300 },
    image: {
      contentType: blob.getContentType() ?? 'image/png',
      bytes: blob.getBytes().length,
      name: blob.getName(),
      data: Buffer.from(blob.getBytes().map((b) => b & 0xff)).toString('base64'),
    },
  };
}

export function snapNode(n: DocNode, parent?: DocNode): Record<string, unknown> {
  const out: Record<string, unknown> = { type: n.type };
  if (Object.keys(n.attrs).length) out.attrs = { ...n.attrs };
  if (
    n.type === 'PARAGRAPH' ||
    n.type === 'LIST_ITEM' ||
    n.type === 'TABLE_CELL' ||
    n.type === 'TABLE' ||
    n.type === 'TABLE_ROW'
  )
    out.text = plainText(n);
  if (n.type === 'TEXT') {
    out.text = n.text ?? '';
    if (n.runs?.length) out.runs = n.runs.map((r) => ({ ...r, text: (n.text ?? '').slice(r.start, r.end) }));
    // What each stretch of text looks like, as the paragraph and the runs set it.
    if (out.text !== '') out.styled = resolvedRuns(n, parent);
  }
  if (n.listId) out.listId = n.listId;
  if (n.image) out.image = { ...n.image };
  if (n.children?.length) out.children = n.children.map((c) => snapNode(c, n));
  return out;
}

/** JSON snapshot of a document: name, page setup and every element with its attributes. */
export function snapshotDocument(doc: DocumentState): Record<string, unknown> {
  const headers = Object.fromEntries(
    Object.entries(doc.headers ?? {}).map(([id, h]) => [id, { type: h.type, body: snapNode(h.body) }]),
  );
  return {
    id: doc.id,
    name: doc.name,
    url: doc.url,
    owner: doc.owner,
    page: { ...doc.page },
    documentStyle: { ...(doc.documentStyle ?? {}) },
    headers,
    text: plainText(doc.body),
    body: snapNode(doc.body),
  };
}
