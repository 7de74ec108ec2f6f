// The Advanced Docs service (Docs.Documents.create/get/batchUpdate) over the same document store
// as DocumentApp: requests address the DocNode tree by Docs API indexes (UTF-16 code units).
//
// Index arithmetic (https://developers.google.com/docs/api/concepts/structure): the body starts
// with a section break [0,1); a paragraph spans its text, one unit per inline object (image,
// page break, auto text) and its closing "\n"; a table spans 1 (its start) + per row 1 (row
// start) + per cell 1 (cell start) + the cell's paragraphs; a section break spans 1. Headers
// are their own segments starting at 0. A batch is validated while it is applied to a copy:
// one bad request rejects the whole batch and the document is unchanged.
import { requireScope, type Ctx } from './context';
import { Counted } from './counter';
import type { DocNode, DocumentState } from './state';

export const DOCUMENTS_SCOPE = 'https://www.googleapis.com/auth/documents';

/** What an advanced service throws on an API error: "API call to … failed with error: …". */
export class GoogleJsonResponseException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GoogleJsonResponseException';
  }
}

/** A request's validation failure; becomes "Invalid requests[i].<kind>: <message>". */
class InvalidRequest extends Error {}

function invalid(message: string): never {
  throw new InvalidRequest(message);
}

type Json = Record<string, unknown>;

type DocState = DocumentState;

// ---------------------------------------------------------------------------------------------
// Layout: the Docs API view of a segment (start/end index of every paragraph, table, cell).

interface ParaSpan {
  node: DocNode;
  /** The children list holding the paragraph, and the node owning it. */
  owner: DocNode;
  start: number;
  end: number;
  inTable: boolean;
}
interface CellSpan {
  node: DocNode;
  start: number;
  end: number;
}
interface TableSpan {
  node: DocNode;
  owner: DocNode;
  start: number;
  end: number;
  rows: { node: DocNode; start: number; end: number; cells: CellSpan[] }[];
}
interface SectionSpan {
  node: DocNode;
  start: number;
  end: number;
}
interface Layout {
  paragraphs: ParaSpan[];
  tables: TableSpan[];
  sections: SectionSpan[];
  /** Top-level elements of the segment in order. */
  top: { kind: 'paragraph' | 'table' | 'section'; node: DocNode; start: number; end: number }[];
  end: number;
}

const INLINE_OBJECTS = new Set(['INLINE_IMAGE', 'PAGE_BREAK', 'HORIZONTAL_RULE', 'AUTO_TEXT', 'FOOTNOTE']);

function isParagraph(n: DocNode): boolean {
  return n.type === 'PARAGRAPH' || n.type === 'LIST_ITEM';
}

/** Units a paragraph's content occupies, its "\n" excluded. */
function contentLength(p: DocNode): number {
  let n = 0;
  for (const c of p.children ?? []) n += c.type === 'TEXT' ? (c.text ?? '').length : INLINE_OBJECTS.has(c.type) ? 1 : 0;
  return n;
}

function layoutOf(segment: DocNode, base: number): Layout {
  const out: Layout = { paragraphs: [], tables: [], sections: [], top: [], end: base };
  const walk = (owner: DocNode, at: number, inTable: boolean, top: boolean): number => {
    for (const child of owner.children ?? []) {
      if (isParagraph(child)) {
        const end = at + contentLength(child) + 1;
        out.paragraphs.push({ node: child, owner, start: at, end, inTable });
        if (top) out.top.push({ kind: 'paragraph', node: child, start: at, end });
        at = end;
      } else if (child.type === 'TABLE') {
        const span: TableSpan = { node: child, owner, start: at, end: at, rows: [] };
        let i = at + 1;
        for (const row of child.children ?? []) {
          const rowSpan = { node: row, start: i, end: i, cells: [] as CellSpan[] };
          i += 1;
          for (const cell of row.children ?? []) {
            const cellStart = i;
            i = walk(cell, i + 1, true, false);
            rowSpan.cells.push({ node: cell, start: cellStart, end: i });
          }
          rowSpan.end = i;
          span.rows.push(rowSpan);
        }
        span.end = i;
        out.tables.push(span);
        if (top) out.top.push({ kind: 'table', node: child, start: at, end: i });
        at = i;
      } else if (child.type === 'SECTION_BREAK') {
        out.sections.push({ node: child, start: at, end: at + 1 });
        if (top) out.top.push({ kind: 'section', node: child, start: at, end: at + 1 });
        at += 1;
      }
    }
    return at;
  };
  out.end = walk(segment, base, false, true);
  out.tables.sort((a, b) => a.start - b.start);
  return out;
}

/** The first of `spans` (sorted, non-overlapping at their level) whose end is after `index`. */
function firstEndingAfter(spans: readonly { end: number }[], index: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Shifts the spans of a sorted list that end after `index` (their start only when after it too). */
function shiftFrom(spans: { start: number; end: number }[], index: number, delta: number): void {
  for (let i = firstEndingAfter(spans, index); i < spans.length; i++) {
    const span = spans[i];
    if (span.start > index) span.start += delta;
    span.end += delta;
  }
}

/**
 * Moves every index after `index` by `delta` (text put inside a paragraph at `index`): only
 * what ends after it is touched, found by binary search at each level.
 */
function shiftLayout(l: Layout, index: number, delta: number): void {
  shiftFrom(l.paragraphs, index, delta);
  shiftFrom(l.sections, index, delta);
  shiftFrom(l.top, index, delta);
  for (let t = firstEndingAfter(l.tables, index); t < l.tables.length; t++) {
    const table = l.tables[t];
    if (table.start > index) table.start += delta;
    table.end += delta;
    for (let r = firstEndingAfter(table.rows, index); r < table.rows.length; r++) {
      const row = table.rows[r];
      if (row.start > index) row.start += delta;
      row.end += delta;
      shiftFrom(row.cells, index, delta);
    }
  }
  l.end += delta;
}

/** The paragraphs overlapping [start, end), in order (binary search for the first). */
function paragraphsIn(l: Layout, start: number, end: number): ParaSpan[] {
  const ps = l.paragraphs;
  let lo = 0;
  let hi = ps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: ParaSpan[] = [];
  for (let i = lo; i < ps.length && ps[i].start < end; i++) out.push(ps[i]);
  return out;
}

/** The paragraph whose [start, end) holds `index`, by binary search. */
function paragraphAt(layout: Layout, index: number): ParaSpan | null {
  const ps = layout.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ps[mid].end <= index) lo = mid + 1;
    else if (ps[mid].start > index) hi = mid - 1;
    else return ps[mid];
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Paragraph content edits.

function textNode(text: string, attrs: Json | null): DocNode {
  return {
    type: 'TEXT',
    attrs: {},
    text,
    runs:
      attrs && Object.keys(attrs).length > 0 && text.length > 0
        ? [{ start: 0, end: text.length, attrs: { ...attrs } }]
        : [],
  };
}

/** The character style (runs only) at offset `at` of a TEXT node. */
function runAttrsAt(t: DocNode, at: number): Json {
  const out: Json = {};
  for (const r of t.runs ?? []) if (r.start <= at && r.end > at) Object.assign(out, r.attrs);
  return out;
}

/** Splits a paragraph's children at content offset `at` (TEXT nodes are cut, runs with them). */
function splitChildren(children: DocNode[], at: number): [DocNode[], DocNode[]] {
  const left: DocNode[] = [];
  const right: DocNode[] = [];
  let pos = 0;
  for (const c of children) {
    const len = c.type === 'TEXT' ? (c.text ?? '').length : INLINE_OBJECTS.has(c.type) ? 1 : 0;
    if (pos + len <= at && !(len === 0 && pos === at && right.length > 0)) left.push(c);
    else if (pos >= at) right.push(c);
    else {
      const cut = at - pos;
      const text = c.text ?? '';
      const runs = c.runs ?? [];
      left.push({
        ...c,
        text: text.slice(0, cut),
        runs: runs.filter((r) => r.start < cut).map((r) => ({ ...r, end: Math.min(r.end, cut) })),
      });
      right.push({
        ...c,
        attrs: { ...c.attrs },
        text: text.slice(cut),
        runs: runs
          .filter((r) => r.end > cut)
          .map((r) => ({ ...r, start: Math.max(0, r.start - cut), end: r.end - cut })),
      });
    }
    pos += len;
  }
  return [left, right];
}

/** Joins neighbouring TEXT nodes without node-level attributes, dropping empty ones. */
function normalize(children: DocNode[]): DocNode[] {
  const out: DocNode[] = [];
  for (const c of children) {
    if (c.type === 'TEXT' && (c.text ?? '') === '') continue;
    const prev = out[out.length - 1];
    if (
      c.type === 'TEXT' &&
      prev?.type === 'TEXT' &&
      Object.keys(prev.attrs).length === 0 &&
      Object.keys(c.attrs).length === 0
    ) {
      const shift = (prev.text ?? '').length;
      out[out.length - 1] = {
        ...prev,
        text: (prev.text ?? '') + (c.text ?? ''),
        runs: [
          ...(prev.runs ?? []),
          ...(c.runs ?? []).map((r) => ({ ...r, start: r.start + shift, end: r.end + shift })),
        ],
      };
    } else out.push(c);
  }
  return out;
}

/** The runs' style of the character before `at` in a paragraph (inserted text takes it). */
function styleBefore(p: DocNode, at: number): Json {
  let pos = 0;
  let last: Json = {};
  for (const c of p.children ?? []) {
    const len = c.type === 'TEXT' ? (c.text ?? '').length : INLINE_OBJECTS.has(c.type) ? 1 : 0;
    if (c.type === 'TEXT' && len > 0) {
      if (at > pos && at <= pos + len) return runAttrsAt(c, at - pos - 1);
      if (at === 0 && pos === 0) last = runAttrsAt(c, 0);
    }
    pos += len;
  }
  return last;
}

function newParagraph(attrs: Json, children: DocNode[]): DocNode {
  return { type: 'PARAGRAPH', attrs: JSON.parse(JSON.stringify(attrs)), children: normalize(children) };
}

/**
 * Cuts paragraph `span` at content offset `at`: the paragraph keeps what is before, and the
 * element(s) `middle` then a new paragraph with what is after (and the original "\n", so the
 * paragraph style) follow it in the owner.
 */
function cutParagraph(span: ParaSpan, at: number, middle: DocNode[]): DocNode {
  const [left, right] = splitChildren(span.node.children ?? [], at);
  const after = newParagraph(span.node.attrs, right);
  span.node.children = normalize(left);
  const kids = span.owner.children!;
  kids.splice(kids.indexOf(span.node) + 1, 0, ...middle, after);
  return after;
}

function insertTextAt(span: ParaSpan, at: number, text: string): void {
  const style = styleBefore(span.node, at);
  const parts = text.split('\n');
  if (parts.length === 1) {
    const [left, right] = splitChildren(span.node.children ?? [], at);
    span.node.children = normalize([...left, textNode(text, style), ...right]);
    return;
  }
  const [left, right] = splitChildren(span.node.children ?? [], at);
  const made: DocNode[] = [];
  for (let i = 1; i < parts.length; i++) {
    const last = i === parts.length - 1;
    made.push(
      newParagraph(span.node.attrs, last ? [textNode(parts[i], style), ...right] : [textNode(parts[i], style)]),
    );
  }
  span.node.children = normalize([...left, textNode(parts[0], style)]);
  const kids = span.owner.children!;
  kids.splice(kids.indexOf(span.node) + 1, 0, ...made);
}

// ---------------------------------------------------------------------------------------------
// Styles: Docs API objects ↔ the store's attributes (DocumentApp's names where one exists).

function pt(d: unknown, what: string): number {
  const dim = d as { magnitude?: number; unit?: string } | undefined;
  if (!dim || typeof dim !== 'object') invalid(`${what} must be a Dimension.`);
  if (dim.unit !== 'PT') invalid(`${what}: the unit must be PT.`);
  return dim.magnitude ?? 0;
}

function hex(color: unknown): string | null {
  const rgb = (color as { color?: { rgbColor?: { red?: number; green?: number; blue?: number } } } | undefined)?.color
    ?.rgbColor;
  if (!rgb) return null;
  const c = (v: number | undefined) =>
    Math.round((v ?? 0) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${c(rgb.red)}${c(rgb.green)}${c(rgb.blue)}`;
}

/** The listed fields of a style object ('*' = every field the request kind knows). */
function fieldList(fields: unknown, known: readonly string[]): string[] {
  if (typeof fields !== 'string' || fields.trim() === '')
    invalid("At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)");
  if (fields.trim() === '*') return [...known];
  const list = fields.split(',').map((f) => f.trim());
  for (const f of list) if (!known.includes(f.split('.')[0])) invalid(`Invalid field: ${f}`);
  return list.map((f) => f.split('.')[0]);
}

const TEXT_FIELDS = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'fontSize',
  'weightedFontFamily',
  'foregroundColor',
  'backgroundColor',
  'link',
  'baselineOffset',
  'smallCaps',
] as const;

function textAttrs(style: Json, fields: string[]): Json {
  const out: Json = {};
  for (const f of fields) {
    const v = style[f];
    switch (f) {
      case 'bold':
        out.BOLD = v === true;
        break;
      case 'italic':
        out.ITALIC = v === true;
        break;
      case 'underline':
        out.UNDERLINE = v === true;
        break;
      case 'strikethrough':
        out.STRIKETHROUGH = v === true;
        break;
      case 'fontSize':
        out.FONT_SIZE = v === undefined ? null : pt(v, 'fontSize');
        break;
      case 'weightedFontFamily':
        out.FONT_FAMILY = (v as { fontFamily?: string } | undefined)?.fontFamily ?? null;
        break;
      case 'foregroundColor':
        out.FOREGROUND_COLOR = hex(v);
        break;
      case 'backgroundColor':
        out.BACKGROUND_COLOR = hex(v);
        break;
      case 'link':
        out.LINK_URL = (v as { url?: string } | undefined)?.url ?? null;
        break;
    }
  }
  return out;
}

const PARAGRAPH_FIELDS = [
  'namedStyleType',
  'alignment',
  'lineSpacing',
  'spaceAbove',
  'spaceBelow',
  'indentFirstLine',
  'indentStart',
  'indentEnd',
  'keepWithNext',
  'keepLinesTogether',
  'borderTop',
  'borderBottom',
  'borderLeft',
  'borderRight',
  'borderBetween',
  'direction',
  'shading',
] as const;
const ALIGN: Record<string, string> = { START: 'LEFT', CENTER: 'CENTER', END: 'RIGHT', JUSTIFIED: 'JUSTIFY' };
const HEADING: Record<string, string> = {
  NORMAL_TEXT: 'NORMAL',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
  HEADING_1: 'HEADING1',
  HEADING_2: 'HEADING2',
  HEADING_3: 'HEADING3',
  HEADING_4: 'HEADING4',
  HEADING_5: 'HEADING5',
  HEADING_6: 'HEADING6',
};

/** A paragraph or cell border as stored: width and padding in points, colour as hex. */
function border(v: unknown, what: string): Json | null {
  if (v === undefined) return null;
  const b = v as Json;
  return {
    width: b.width === undefined ? 0 : pt(b.width, `${what}.width`),
    padding: b.padding === undefined ? 0 : pt(b.padding, `${what}.padding`),
    color: hex(b.color),
    dashStyle: b.dashStyle ?? 'SOLID',
  };
}

function paragraphAttrs(style: Json, fields: string[]): Json {
  const out: Json = {};
  for (const f of fields) {
    const v = style[f];
    switch (f) {
      case 'namedStyleType':
        if (v !== undefined && !HEADING[String(v)]) invalid(`Invalid value for namedStyleType: ${String(v)}`);
        out.HEADING = v === undefined ? 'NORMAL' : HEADING[String(v)];
        break;
      case 'alignment':
        if (v !== undefined && !ALIGN[String(v)]) invalid(`Invalid value for alignment: ${String(v)}`);
        out.HORIZONTAL_ALIGNMENT = v === undefined ? null : ALIGN[String(v)];
        break;
      case 'lineSpacing':
        out.LINE_SPACING = typeof v === 'number' ? v / 100 : null;
        break;
      case 'spaceAbove':
        out.SPACING_BEFORE = v === undefined ? null : pt(v, 'spaceAbove');
        break;
      case 'spaceBelow':
        out.SPACING_AFTER = v === undefined ? null : pt(v, 'spaceBelow');
        break;
      case 'indentFirstLine':
        out.INDENT_FIRST_LINE = v === undefined ? null : pt(v, 'indentFirstLine');
        break;
      case 'indentStart':
        out.INDENT_START = v === undefined ? null : pt(v, 'indentStart');
        break;
      case 'indentEnd':
        out.INDENT_END = v === undefined ? null : pt(v, 'indentEnd');
        break;
      case 'keepWithNext':
        out.KEEP_WITH_NEXT = v === true;
        break;
      case 'keepLinesTogether':
        out.KEEP_LINES_TOGETHER = v === true;
        break;
      case 'borderTop':
        out.BORDER_TOP = border(v, f);
        break;
      case 'borderBottom':
        out.BORDER_BOTTOM = border(v, f);
        break;
      case 'borderLeft':
        out.BORDER_LEFT = border(v, f);
        break;
      case 'borderRight':
        out.BORDER_RIGHT = border(v, f);
        break;
      case 'borderBetween':
        out.BORDER_BETWEEN = border(v, f);
        break;
    }
  }
  return out;
}

const CELL_FIELDS = [
  'backgroundColor',
  'borderTop',
  'borderBottom',
  'borderLeft',
  'borderRight',
  'paddingTop',
  'paddingBottom',
  'paddingLeft',
  'paddingRight',
  'contentAlignment',
] as const;
const CONTENT_ALIGN: Record<string, string> = { TOP: 'TOP', MIDDLE: 'CENTER', BOTTOM: 'BOTTOM' };

function cellAttrs(style: Json, fields: string[]): Json {
  const out: Json = {};
  for (const f of fields) {
    const v = style[f];
    switch (f) {
      case 'backgroundColor':
        out.BACKGROUND_COLOR = hex(v);
        break;
      case 'paddingTop':
        out.PADDING_TOP = v === undefined ? null : pt(v, f);
        break;
      case 'paddingBottom':
        out.PADDING_BOTTOM = v === undefined ? null : pt(v, f);
        break;
      case 'paddingLeft':
        out.PADDING_LEFT = v === undefined ? null : pt(v, f);
        break;
      case 'paddingRight':
        out.PADDING_RIGHT = v === undefined ? null : pt(v, f);
        break;
      case 'contentAlignment':
        out.VERTICAL_ALIGNMENT =
          v === undefined
            ? null
            : (CONTENT_ALIGN[String(v)] ?? invalid(`Invalid value for contentAlignment: ${String(v)}`));
        break;
      case 'borderTop':
        out.BORDER_TOP = border(v, f);
        break;
      case 'borderBottom':
        out.BORDER_BOTTOM = border(v, f);
        break;
      case 'borderLeft':
        out.BORDER_LEFT = border(v, f);
        break;
      case 'borderRight':
        out.BORDER_RIGHT = border(v, f);
        break;
    }
  }
  return out;
}

const SECTION_FIELDS = [
  'flipPageOrientation',
  'marginTop',
  'marginBottom',
  'marginLeft',
  'marginRight',
  'marginHeader',
  'marginFooter',
  'sectionType',
  'useFirstPageHeaderFooter',
  'pageNumberStart',
  'contentDirection',
  'columnSeparatorStyle',
] as const;
const DOCUMENT_FIELDS = [
  'pageSize',
  'marginTop',
  'marginBottom',
  'marginLeft',
  'marginRight',
  'marginHeader',
  'marginFooter',
  'useFirstPageHeaderFooter',
  'pageNumberStart',
  'background',
  'useEvenPageHeaderFooter',
] as const;

/**
 * Applies character attributes to the text of `p` between content offsets [from, to). The
 * paragraph's newline has a style too (it sets an empty paragraph's height): kept as MARK.
 */
function styleText(p: DocNode, from: number, to: number, attrs: Json): void {
  if (to > contentLength(p)) p.attrs.MARK = { ...((p.attrs.MARK as Json | undefined) ?? {}), ...attrs };
  let pos = 0;
  for (const c of p.children ?? []) {
    const len = c.type === 'TEXT' ? (c.text ?? '').length : INLINE_OBJECTS.has(c.type) ? 1 : 0;
    if (c.type === 'TEXT') {
      const s = Math.max(from, pos) - pos;
      const e = Math.min(to, pos + len) - pos;
      if (e > s) (c.runs ??= []).push({ start: s, end: e, attrs: { ...attrs } });
    } else if (INLINE_OBJECTS.has(c.type) && pos >= from && pos < to) Object.assign(c.attrs, attrs);
    pos += len;
  }
}

// ---------------------------------------------------------------------------------------------
// The batch: requests applied in order to a working copy of the document.

interface Working {
  doc: DocState;
  layouts: Map<string, Layout>;
}

function segmentOf(w: Working, segmentId: unknown): { root: DocNode; base: number; body: boolean } {
  if (segmentId === undefined || segmentId === '' || segmentId === null)
    return { root: w.doc.body, base: 1, body: true };
  const header = w.doc.headers?.[String(segmentId)];
  if (!header) invalid(`Segment ${String(segmentId)} not found.`);
  return { root: header.body, base: 0, body: false };
}

function layout(w: Working, segmentId: unknown): Layout {
  const key = String(segmentId ?? '');
  let l = w.layouts.get(key);
  if (!l) {
    const seg = segmentOf(w, segmentId);
    l = layoutOf(seg.root, seg.base);
    w.layouts.set(key, l);
  }
  return l;
}

function changed(w: Working): void {
  w.layouts.clear();
}

/** The paragraph to insert into at a location or at the end of a segment, and the offset in it. */
function insertionPoint(
  w: Working,
  req: Json,
  kind: string,
): { span: ParaSpan; at: number; index: number; segmentId: unknown } {
  const location = req.location as Json | undefined;
  const end = req.endOfSegmentLocation as Json | undefined;
  if (!!location === !!end) invalid('Exactly one of location or endOfSegmentLocation must be specified.');
  const segmentId = (location ?? end)!.segmentId;
  const l = layout(w, segmentId);
  if (end) {
    const last = l.paragraphs.filter((p) => !p.inTable).pop()!;
    return { span: last, at: last.end - 1 - last.start, index: last.end - 1, segmentId };
  }
  const index = location!.index;
  if (typeof index !== 'number' || !Number.isInteger(index)) invalid('Index must be specified.');
  const min = segmentOf(w, segmentId).base;
  if (index < min) invalid(`Index ${index} must be greater than or equal to ${min}.`);
  if (index >= l.end) invalid(`Index ${index} must be less than the end index of the referenced segment, ${l.end}.`);
  const span = paragraphAt(l, index);
  if (!span)
    invalid(
      `The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.`,
    );
  void kind;
  return { span, at: index - span.start, index, segmentId };
}

function requireRange(w: Working, range: unknown): { start: number; end: number; segmentId: unknown; layout: Layout } {
  const r = range as Json | undefined;
  if (!r) invalid('Range must be specified.');
  const start = r.startIndex as number;
  const end = r.endIndex as number;
  if (typeof start !== 'number' || typeof end !== 'number')
    invalid('The range must have a startIndex and an endIndex.');
  const l = layout(w, r.segmentId);
  const min = segmentOf(w, r.segmentId).base;
  if (start < min) invalid(`Index ${start} must be greater than or equal to ${min}.`);
  if (end <= start) invalid('The range should not be empty.');
  if (end > l.end) invalid(`Index ${end - 1} must be less than the end index of the referenced segment, ${l.end}.`);
  return { start, end, segmentId: r.segmentId, layout: l };
}

function tableAt(w: Working, location: unknown): TableSpan {
  const loc = location as Json | undefined;
  if (!loc || typeof loc.index !== 'number') invalid('The table start location must be specified.');
  const t = layout(w, loc.segmentId).tables.find((x) => x.start === loc.index);
  if (!t) invalid(`The provided table start location is invalid. No table starts at index ${loc.index as number}.`);
  return t;
}

/** Cells of a table range (rows × columns from a cell), refusing ranges outside the table. */
function cellsOf(
  w: Working,
  tableRange: unknown,
): {
  table: TableSpan;
  cells: { r: number; c: number; node: DocNode }[];
  r0: number;
  c0: number;
  rows: number;
  cols: number;
} {
  const tr = tableRange as Json | undefined;
  const loc = tr?.tableCellLocation as Json | undefined;
  if (!loc) invalid('The table range must have a table cell location.');
  const table = tableAt(w, loc.tableStartLocation);
  const r0 = (loc.rowIndex as number) ?? 0;
  const c0 = (loc.columnIndex as number) ?? 0;
  const rows = tr!.rowSpan as number;
  const cols = tr!.columnSpan as number;
  if (!(rows > 0) || !(cols > 0)) invalid('The row span and column span must be positive.');
  const nRows = table.rows.length;
  const nCols = table.rows[0]?.cells.length ?? 0;
  if (r0 < 0 || c0 < 0 || r0 + rows > nRows || c0 + cols > nCols)
    invalid('The table range is not within the bounds of the table.');
  const cells: { r: number; c: number; node: DocNode }[] = [];
  for (let r = r0; r < r0 + rows; r++)
    for (let c = c0; c < c0 + cols; c++) cells.push({ r, c, node: table.rows[r].cells[c].node });
  return { table, cells, r0, c0, rows, cols };
}

function emptyCell(): DocNode {
  return { type: 'TABLE_CELL', attrs: {}, children: [{ type: 'PARAGRAPH', attrs: {}, children: [] }] };
}

function emptyParagraphText(p: DocNode): boolean {
  return (p.children ?? []).every((c) => c.type === 'TEXT' && (c.text ?? '') === '');
}

type Handler = (w: Working, req: Json) => Json | void;

const HANDLERS: Record<string, Handler> = {
  insertText(w, req) {
    if (typeof req.text !== 'string') invalid('Text must be specified.');
    const { span, at, index, segmentId } = insertionPoint(w, req, 'insertText');
    if (req.text === '') return;
    insertTextAt(span, at, req.text);
    // Text within one paragraph only moves what follows: shift the layout instead of redoing it.
    if (!req.text.includes('\n')) shiftLayout(layout(w, segmentId), index, req.text.length);
    else changed(w);
  },

  insertTable(w, req) {
    const rows = req.rows as number;
    const columns = req.columns as number;
    if (!(Number.isInteger(rows) && rows > 0)) invalid('The number of rows must be positive.');
    if (!(Number.isInteger(columns) && columns > 0 && columns <= 20))
      invalid('The number of columns must be between 1 and 20.');
    const { span, at } = insertionPoint(w, req, 'insertTable');
    const table: DocNode = { type: 'TABLE', attrs: {}, children: [] };
    for (let r = 0; r < rows; r++)
      table.children!.push({ type: 'TABLE_ROW', attrs: {}, children: Array.from({ length: columns }, emptyCell) });
    // A newline goes before the table: the paragraph ends there, the table starts at index + 1.
    cutParagraph(span, at, [table]);
    changed(w);
  },

  insertPageBreak(w, req) {
    const { span, at } = insertionPoint(w, req, 'insertPageBreak');
    if (
      span.inTable ||
      (req.location as Json | undefined)?.segmentId ||
      (req.endOfSegmentLocation as Json | undefined)?.segmentId
    )
      invalid('Page breaks can only be inserted inside the body, outside tables.');
    // A page break then a newline.
    const [left, right] = splitChildren(span.node.children ?? [], at);
    span.node.children = normalize([...left, { type: 'PAGE_BREAK', attrs: {} }]);
    const kids = span.owner.children!;
    kids.splice(kids.indexOf(span.node) + 1, 0, newParagraph(span.node.attrs, right));
    changed(w);
  },

  insertSectionBreak(w, req) {
    const type = req.sectionType;
    if (type !== 'CONTINUOUS' && type !== 'NEXT_PAGE') invalid('The section type must be CONTINUOUS or NEXT_PAGE.');
    const { span, at, segmentId } = insertionPoint(w, req, 'insertSectionBreak');
    if (segmentId || span.inTable) invalid('Section breaks can only be inserted inside the body, outside tables.');
    const brk: DocNode = { type: 'SECTION_BREAK', attrs: { SECTION_STYLE: { sectionType: type } } };
    cutParagraph(span, at, [brk]);
    changed(w);
  },

  insertInlineImage(w, req) {
    const uri = req.uri;
    if (typeof uri !== 'string' || !/^https?:\/\//.test(uri))
      invalid('The image URI must be a publicly accessible http(s) URL.');
    if (uri.length > 2048) invalid('The URI must be less than 2 kB.');
    const { span, at } = insertionPoint(w, req, 'insertInlineImage');
    const size = (req.objectSize ?? {}) as Json;
    const attrs: Json = { URI: uri };
    // objectSize is a Dimension (points); DocumentApp reads an image's size in pixels (96 dpi).
    if (size.width) attrs.WIDTH = Math.round((pt(size.width, 'objectSize.width') * 4) / 3);
    if (size.height) attrs.HEIGHT = Math.round((pt(size.height, 'objectSize.height') * 4) / 3);
    const [left, right] = splitChildren(span.node.children ?? [], at);
    span.node.children = normalize([
      ...left,
      { type: 'INLINE_IMAGE', attrs, image: { contentType: 'image/png', bytes: 0, name: null } },
      ...right,
    ]);
    changed(w);
    return { insertInlineImage: { objectId: `kix.img${Math.random().toString(36).slice(2, 10)}` } };
  },

  deleteContentRange(w, req) {
    const { start, end, layout: l } = requireRange(w, req.range);
    if (end === l.end) invalid('The range cannot include the newline character at the end of the segment.');
    const first = paragraphAt(l, start);
    const last = paragraphAt(l, end - 1 < start ? start : end);
    // Within one paragraph: text only (its newline stays).
    if (first && last && first === paragraphAt(l, end - 1) && end < first.end) {
      const [left, rest] = splitChildren(first.node.children ?? [], start - first.start);
      const [, right] = splitChildren(rest, end - start);
      first.node.children = normalize([...left, ...right]);
      changed(w);
      return;
    }
    // Across elements: whole tables and section breaks only, between two body paragraphs.
    const cutsTable = l.tables.some((t) => (start > t.start && start < t.end) || (end > t.start && end < t.end));
    if (!first || !last || first.inTable || last.inTable || cutsTable)
      invalid('Invalid deletion range. Cannot delete the requested range.');
    const [keepLeft] = splitChildren(first.node.children ?? [], start - first.start);
    const [, keepRight] = splitChildren(last.node.children ?? [], end - last.start);
    const kids = w.doc.body.children!;
    const i = kids.indexOf(first.node);
    const j = kids.indexOf(last.node);
    // The last paragraph keeps its newline, so its style; the first's kept text joins it.
    last.node.children = normalize([...keepLeft, ...keepRight]);
    kids.splice(i, j - i);
    changed(w);
  },

  updateTextStyle(w, req) {
    if (!req.textStyle) invalid('Text style must be specified.');
    const attrs = textAttrs(req.textStyle as Json, fieldList(req.fields, TEXT_FIELDS));
    const { start, end, layout: l } = requireRange(w, req.range);
    for (const p of paragraphsIn(l, start, end))
      styleText(p.node, Math.max(start, p.start) - p.start, Math.min(end, p.end) - p.start, attrs);
  },

  updateParagraphStyle(w, req) {
    if (!req.paragraphStyle) invalid('Paragraph style must be specified.');
    const attrs = paragraphAttrs(req.paragraphStyle as Json, fieldList(req.fields, PARAGRAPH_FIELDS));
    const { start, end, layout: l } = requireRange(w, req.range);
    for (const p of paragraphsIn(l, start, end)) Object.assign(p.node.attrs, attrs);
  },

  updateTableCellStyle(w, req) {
    if (!req.tableCellStyle) invalid('Table cell style must be specified.');
    const attrs = cellAttrs(req.tableCellStyle as Json, fieldList(req.fields, CELL_FIELDS));
    if (req.tableRange && req.tableStartLocation)
      invalid('Only one of tableRange or tableStartLocation may be specified.');
    const nodes = req.tableRange
      ? cellsOf(w, req.tableRange).cells.map((c) => c.node)
      : tableAt(w, req.tableStartLocation).rows.flatMap((r) => r.cells.map((c) => c.node));
    for (const n of nodes) Object.assign(n.attrs, attrs);
  },

  updateTableColumnProperties(w, req) {
    const table = tableAt(w, req.tableStartLocation);
    const props = (req.tableColumnProperties ?? {}) as Json;
    const fields = fieldList(req.fields, ['width', 'widthType']);
    const nCols = table.rows[0]?.cells.length ?? 0;
    const indices = (req.columnIndices as number[] | undefined)?.length
      ? (req.columnIndices as number[])
      : Array.from({ length: nCols }, (_, i) => i);
    for (const i of indices) if (!(i >= 0 && i < nCols)) invalid(`Column index ${i} is out of bounds.`);
    if (fields.includes('width')) {
      const width = pt(props.width, 'tableColumnProperties.width');
      if (width < 5) invalid('The column width must be at least 5 points.');
      const widths = { ...((table.node.attrs.COLUMN_WIDTHS as Json | undefined) ?? {}) };
      for (const i of indices) widths[i] = width;
      table.node.attrs.COLUMN_WIDTHS = widths;
    }
  },

  mergeTableCells(w, req) {
    const { cells } = cellsOf(w, req.tableRange);
    if (cells.length < 2) invalid('At least two cells must be merged.');
    const [head, ...rest] = cells;
    if (rest.some((c) => c.node.attrs.MERGED_INTO !== undefined) || head.node.attrs.MERGED_INTO !== undefined)
      invalid('The cells are already merged.');
    const tr = req.tableRange as Json;
    head.node.attrs.COLUMN_SPAN = tr.columnSpan;
    head.node.attrs.ROW_SPAN = tr.rowSpan;
    // The merged cells' text joins the head cell's; they stay in the table, empty.
    let moved = false;
    for (const c of rest) {
      const kept = (c.node.children ?? []).filter((p) => !(isParagraph(p) && emptyParagraphText(p)));
      if (kept.length) {
        head.node.children!.push(...kept);
        c.node.children = [{ type: 'PARAGRAPH', attrs: {}, children: [] }];
        moved = true;
      }
      c.node.attrs.MERGED_INTO = [head.r, head.c];
    }
    if (moved) changed(w);
  },

  pinTableHeaderRows(w, req) {
    const table = tableAt(w, req.tableStartLocation);
    const count = (req.pinnedHeaderRowsCount as number | undefined) ?? 0;
    if (!(Number.isInteger(count) && count >= 0 && count <= table.rows.length))
      invalid('The number of pinned header rows must be between 0 and the number of rows.');
    table.node.attrs.PINNED_HEADER_ROWS = count;
  },

  updateSectionStyle(w, req) {
    const style = req.sectionStyle as Json | undefined;
    if (!style) invalid('Section style must be specified.');
    const fields = fieldList(req.fields, SECTION_FIELDS);
    const { start, end, segmentId, layout: l } = requireRange(w, req.range);
    if (segmentId) invalid('Section styles can only be updated in the body.');
    // A section runs from its break to the next; the first one's break is the implicit one at 0.
    const starts = [
      { start: 0, attrs: w.doc.body.attrs },
      ...l.sections.map((s) => ({ start: s.start, attrs: s.node.attrs })),
    ];
    starts.forEach((s, i) => {
      const until = i + 1 < starts.length ? starts[i + 1].start : l.end;
      if (until <= start || s.start >= end) return;
      const current = { ...((s.attrs.SECTION_STYLE as Json | undefined) ?? {}) };
      for (const f of fields) {
        const v = style[f];
        if (f.startsWith('margin')) current[f] = v === undefined ? undefined : pt(v, f);
        else current[f] = v;
      }
      s.attrs.SECTION_STYLE = current;
    });
  },

  updateDocumentStyle(w, req) {
    const style = req.documentStyle as Json | undefined;
    if (!style) invalid('Document style must be specified.');
    const fields = fieldList(req.fields, DOCUMENT_FIELDS);
    const page = w.doc.page;
    const ds = (w.doc.documentStyle ??= {});
    for (const f of fields) {
      const v = style[f];
      if (f === 'pageSize') {
        const size = (v ?? {}) as Json;
        page.width = pt(size.width, 'pageSize.width');
        page.height = pt(size.height, 'pageSize.height');
      } else if (f === 'marginTop') page.marginTop = pt(v, f);
      else if (f === 'marginBottom') page.marginBottom = pt(v, f);
      else if (f === 'marginLeft') page.marginLeft = pt(v, f);
      else if (f === 'marginRight') page.marginRight = pt(v, f);
      else ds[f] = v;
    }
  },

  createHeader(w, req) {
    const type = req.type;
    if (type !== 'DEFAULT') invalid('The header type must be DEFAULT.');
    const ds = (w.doc.documentStyle ??= {});
    if (req.sectionBreakLocation)
      invalid('Headers of a section other than the first are not supported by this emulator.');
    if (ds.defaultHeaderId) invalid('A default header already exists in the document.');
    const id = `kix.hdr${(w.doc.nextHeaderId = (w.doc.nextHeaderId ?? 0) + 1)}`;
    (w.doc.headers ??= {})[id] = {
      type: 'DEFAULT',
      body: { type: 'HEADER_SECTION', attrs: {}, children: [{ type: 'PARAGRAPH', attrs: {}, children: [] }] },
    };
    ds.defaultHeaderId = id;
    return { createHeader: { headerId: id } };
  },
};

/** Applies `requests` to a copy of `doc`; returns the replies and the copy, or throws. */
function applyBatch(doc: DocState, requests: unknown): { replies: Json[]; result: DocState } {
  if (!Array.isArray(requests) || requests.length === 0)
    throw new GoogleJsonResponseException(
      'API call to docs.documents.batchUpdate failed with error: Must specify at least one request.',
    );
  const copy = JSON.parse(
    JSON.stringify({
      body: doc.body,
      page: doc.page,
      headers: doc.headers ?? {},
      documentStyle: doc.documentStyle ?? {},
      nextHeaderId: doc.nextHeaderId ?? 0,
    }),
  ) as DocState;
  const w: Working = { doc: { ...doc, ...copy }, layouts: new Map() };
  const replies: Json[] = [];
  requests.forEach((request, i) => {
    const keys = Object.keys((request ?? {}) as Json);
    if (keys.length !== 1)
      throw new GoogleJsonResponseException(
        `API call to docs.documents.batchUpdate failed with error: Invalid requests[${i}]: Exactly one request kind must be set.`,
      );
    const kind = keys[0];
    const handler = HANDLERS[kind];
    if (!handler)
      throw new GoogleJsonResponseException(
        `API call to docs.documents.batchUpdate failed with error: Invalid JSON payload received. Unknown name "${kind}" at 'requests[${i}]': Cannot find field.`,
      );
    try {
      replies.push(handler(w, (request as Json)[kind] as Json) ?? {});
    } catch (e) {
      if (e instanceof InvalidRequest)
        throw new GoogleJsonResponseException(
          `API call to docs.documents.batchUpdate failed with error: Invalid requests[${i}].${kind}: ${e.message}`,
        );
      throw e;
    }
  });
  return { replies, result: w.doc };
}

// ---------------------------------------------------------------------------------------------
// documents.get: the document as the API returns it.

function rgb(hexColour: unknown): Json | undefined {
  if (typeof hexColour !== 'string') return undefined;
  const n = (i: number) => parseInt(hexColour.slice(i, i + 2), 16) / 255;
  return { color: { rgbColor: { red: n(1), green: n(3), blue: n(5) } } };
}

function paragraphJson(p: DocNode, start: number): Json {
  const elements: Json[] = [];
  let at = start;
  for (const c of p.children ?? []) {
    if (c.type === 'TEXT') {
      const text = c.text ?? '';
      if (!text) continue;
      elements.push({ startIndex: at, endIndex: at + text.length, textRun: { content: text, textStyle: {} } });
      at += text.length;
    } else if (INLINE_OBJECTS.has(c.type)) {
      const key =
        c.type === 'INLINE_IMAGE'
          ? 'inlineObjectElement'
          : c.type === 'PAGE_BREAK'
            ? 'pageBreak'
            : c.type === 'AUTO_TEXT'
              ? 'autoText'
              : 'horizontalRule';
      elements.push({
        startIndex: at,
        endIndex: at + 1,
        [key]: c.type === 'AUTO_TEXT' ? { type: c.attrs.AUTO_TEXT_TYPE ?? 'PAGE_NUMBER' } : {},
      });
      at += 1;
    }
  }
  const last = elements[elements.length - 1] as { textRun?: { content: string }; endIndex: number } | undefined;
  if (last?.textRun) {
    last.textRun.content += '\n';
    last.endIndex += 1;
  } else elements.push({ startIndex: at, endIndex: at + 1, textRun: { content: '\n', textStyle: {} } });
  const heading = Object.entries(HEADING).find(([, v]) => v === p.attrs.HEADING)?.[0] ?? 'NORMAL_TEXT';
  const alignment = Object.entries(ALIGN).find(([, v]) => v === p.attrs.HORIZONTAL_ALIGNMENT)?.[0];
  const style: Json = { namedStyleType: heading };
  if (alignment) style.alignment = alignment;
  if (p.attrs.BORDER_BOTTOM)
    style.borderBottom = { width: { magnitude: (p.attrs.BORDER_BOTTOM as Json).width, unit: 'PT' } };
  return { elements, paragraphStyle: style };
}

function contentJson(root: DocNode, base: number): Json[] {
  const l = layoutOf(root, base);
  const out: Json[] =
    base === 1
      ? [{ endIndex: 1, sectionBreak: { sectionStyle: root.attrs.SECTION_STYLE ?? { sectionType: 'CONTINUOUS' } } }]
      : [];
  for (const e of l.top) {
    if (e.kind === 'paragraph')
      out.push({ startIndex: e.start, endIndex: e.end, paragraph: paragraphJson(e.node, e.start) });
    else if (e.kind === 'section')
      out.push({ startIndex: e.start, endIndex: e.end, sectionBreak: { sectionStyle: e.node.attrs.SECTION_STYLE } });
    else {
      const t = l.tables.find((x) => x.node === e.node)!;
      out.push({
        startIndex: t.start,
        endIndex: t.end,
        table: {
          rows: t.rows.length,
          columns: t.rows[0]?.cells.length ?? 0,
          tableStyle: { tableColumnProperties: [] },
          tableRows: t.rows.map((r) => ({
            startIndex: r.start,
            endIndex: r.end,
            tableCells: r.cells.map((c) => {
              const inner = layoutOf(c.node, c.start + 1);
              return {
                startIndex: c.start,
                endIndex: c.end,
                content: inner.top.map((p) => ({
                  startIndex: p.start,
                  endIndex: p.end,
                  paragraph: paragraphJson(p.node, p.start),
                })),
                tableCellStyle: {
                  rowSpan: c.node.attrs.ROW_SPAN ?? 1,
                  columnSpan: c.node.attrs.COLUMN_SPAN ?? 1,
                  backgroundColor: rgb(c.node.attrs.BACKGROUND_COLOR) ?? {},
                },
              };
            }),
          })),
        },
      });
    }
  }
  return out;
}

function documentJson(doc: DocState): Json {
  const headers: Json = {};
  for (const [id, h] of Object.entries(doc.headers ?? {}))
    headers[id] = { headerId: id, content: contentJson(h.body, 0) };
  const p = doc.page;
  const dim = (v: number) => ({ magnitude: v, unit: 'PT' });
  return {
    documentId: doc.id,
    title: doc.name,
    body: { content: contentJson(doc.body, 1) },
    headers,
    documentStyle: {
      ...(doc.documentStyle ?? {}),
      pageSize: { width: dim(p.width), height: dim(p.height) },
      marginTop: dim(p.marginTop),
      marginBottom: dim(p.marginBottom),
      marginLeft: dim(p.marginLeft),
      marginRight: dim(p.marginRight),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The service objects.

/** Docs.Documents. https://developers.google.com/docs/api/reference/rest/v1/documents */
export class DocsDocuments extends Counted {
  constructor(
    private readonly ctx: Ctx,
    private readonly createDoc: (name: string) => DocumentState,
  ) {
    super(ctx.counter, 'Docs.Documents');
  }

  private find(documentId: unknown, method: string): DocState {
    requireScope(this.ctx, `Docs.Documents.${method}`, DOCUMENTS_SCOPE);
    const doc = this.ctx.state.documents.find((d) => d.id === documentId) as DocState | undefined;
    if (!doc)
      throw new GoogleJsonResponseException(
        `API call to docs.documents.${method} failed with error: Requested entity was not found.`,
      );
    return doc;
  }

  /** A blank document: one empty paragraph after the section break; the title is its name. */
  create(resource: { title?: string } = {}): Json {
    requireScope(this.ctx, 'Docs.Documents.create', DOCUMENTS_SCOPE);
    const doc = this.createDoc(resource.title || 'Untitled document') as DocState;
    return documentJson(doc);
  }

  get(documentId: string): Json {
    return documentJson(this.find(documentId, 'get'));
  }

  /** Note the advanced service's argument order: the request body first, then the id. */
  batchUpdate(resource: { requests?: unknown[] }, documentId: string): Json {
    const doc = this.find(documentId, 'batchUpdate');
    const { replies, result } = applyBatch(doc, resource?.requests);
    doc.body = result.body;
    doc.page = result.page;
    doc.headers = result.headers;
    doc.documentStyle = result.documentStyle;
    doc.nextHeaderId = result.nextHeaderId;
    return { documentId, replies };
  }
}

/** The Docs advanced service global. */
export class Docs {
  readonly Documents: DocsDocuments;
  constructor(ctx: Ctx, createDoc: (name: string) => DocumentState) {
    this.Documents = new DocsDocuments(ctx, createDoc);
  }
}
