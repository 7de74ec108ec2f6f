import { Blob, makeBlob } from './charts';
import { requireAuth, type Ctx } from './context';
import { Counted } from './counter';
import {
  DocAttribute,
  ElementType,
  GlyphType,
  HorizontalAlignment,
  ParagraphHeading,
  TextAlignment,
  VerticalAlignment,
  enumMember,
  type EnumMember,
} from './enums';
import { fail, signatureError } from './errors';
import type { DocNode, DocumentState } from './state';

import {
  NEW_PAGE,
  TEXT_ATTRS,
  cloneNode,
  detach,
  imageNode,
  link,
  newParagraph,
  normalizeAttrs,
  parents,
  plainText,
  readAttrValue,
  resolvedRuns,
  storeAttrValue,
  tableNode,
  textNode,
  textSegments,
} from './doc-tree';

/** Per-instance open/closed flag: saveAndClose() closes one Document object (facts DA14). */
interface DocSession {
  closed: boolean;
  doc: DocumentState;
}

/** Wraps a node in the class for its type. */
export function wrap(ctx: Ctx, session: DocSession, node: DocNode): Element {
  switch (node.type) {
    case 'BODY_SECTION':
      return new Body(ctx, session, node);
    case 'PARAGRAPH':
      return new Paragraph(ctx, session, node);
    case 'LIST_ITEM':
      return new ListItem(ctx, session, node);
    case 'TABLE':
      return new Table(ctx, session, node);
    case 'TABLE_ROW':
      return new TableRow(ctx, session, node);
    case 'TABLE_CELL':
      return new TableCell(ctx, session, node);
    case 'TEXT':
      return new Text(ctx, session, node, 0, null);
    case 'INLINE_IMAGE':
      return new InlineImage(ctx, session, node);
    case 'PAGE_BREAK':
      return new Element(ctx, session, node, 'PageBreak');
    case 'HORIZONTAL_RULE':
      return new Element(ctx, session, node, 'HorizontalRule');
    default:
      return new Element(ctx, session, node, 'UnsupportedElement');
  }
}

/** Any document element. https://developers.google.com/apps-script/reference/document/element */
export class Element extends Counted {
  constructor(
    protected readonly ctx: Ctx,
    protected readonly session: DocSession,
    /** @internal */ readonly _node: DocNode,
    private readonly cls: string,
  ) {
    super(ctx.counter, cls);
  }

  override toString(): string {
    return this.cls;
  }

  /** Refuses edits through a closed Document instance. */
  protected edit(): void {
    if (this.session.closed) fail('Document is closed, its contents cannot be updated.');
  }

  getType(): EnumMember {
    return enumMember('ElementType', this._node.type);
  }
  getParent(): Element | null {
    const p = parents.get(this._node);
    return p ? wrap(this.ctx, this.session, p) : null;
  }
  /** A detached deep copy (facts DA4). */
  copy(): Element {
    return wrap(this.ctx, this.session, cloneNode(this._node));
  }
  getText(): string {
    return plainText(this._node);
  }
  getAttributes(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(DocAttribute)) out[k] = readAttrValue(k, this._node.attrs[k]);
    return out;
  }
  setAttributes(attributes: Record<string, unknown>): this {
    this.edit();
    Object.assign(this._node.attrs, normalizeAttrs(attributes));
    return this;
  }
  getNextSibling(): Element | null {
    const p = parents.get(this._node);
    if (!p) return null;
    const i = p.children!.indexOf(this._node);
    return i >= 0 && i + 1 < p.children!.length ? wrap(this.ctx, this.session, p.children![i + 1]) : null;
  }
  getPreviousSibling(): Element | null {
    const p = parents.get(this._node);
    if (!p) return null;
    const i = p.children!.indexOf(this._node);
    return i > 0 ? wrap(this.ctx, this.session, p.children![i - 1]) : null;
  }
  isAtDocumentEnd(): boolean {
    let n: DocNode = this._node;
    for (let p = parents.get(n); p; n = p, p = parents.get(p))
      if (p.children![p.children!.length - 1] !== n) return false;
    return true;
  }
  /** The last paragraph of a body cannot go (facts DA15). */
  removeFromParent(): this {
    this.edit();
    const p = parents.get(this._node);
    if (!p) return this;
    detach(p, this._node);
    return this;
  }
  asParagraph(): Paragraph {
    return this.as('PARAGRAPH') as Paragraph;
  }
  asListItem(): ListItem {
    return this.as('LIST_ITEM') as ListItem;
  }
  asTable(): Table {
    return this.as('TABLE') as Table;
  }
  asTableRow(): TableRow {
    return this.as('TABLE_ROW') as TableRow;
  }
  asTableCell(): TableCell {
    return this.as('TABLE_CELL') as TableCell;
  }
  asText(): Text {
    return this.as('TEXT') as Text;
  }
  asInlineImage(): InlineImage {
    return this.as('INLINE_IMAGE') as InlineImage;
  }
  asBody(): Body {
    return this.as('BODY_SECTION') as Body;
  }
  private as(type: string): Element {
    if (this._node.type !== type) fail(`Cannot cast element of type ${this._node.type} to ${type}.`);
    return wrap(this.ctx, this.session, this._node);
  }
}

/** Elements that hold children. */
export class ContainerElement extends Element {
  getNumChildren(): number {
    return (this._node.children ?? []).length;
  }
  getChild(childIndex: number): Element {
    const c = (this._node.children ?? [])[childIndex];
    if (!c)
      fail(`Child index (${childIndex}) must be less than the number of child elements (${this.getNumChildren()}).`);
    return wrap(this.ctx, this.session, c);
  }
  getChildIndex(child: Element): number {
    const i = (this._node.children ?? []).indexOf(child._node);
    if (i < 0) fail('Element does not contain the specified child element.');
    return i;
  }
  removeChild(child: Element): this {
    this.edit();
    detach(this._node, child._node);
    return this;
  }
  editAsText(): Text {
    return new Text(this.ctx, this.session, this._node, 0, null);
  }
  /** Regex replace in every text of the element (Docs uses RE2; JS RegExp is close enough here). */
  replaceText(searchPattern: string, replacement: string): this {
    this.edit();
    const re = new RegExp(searchPattern, 'g');
    const walk = (n: DocNode) => {
      if (n.type === 'TEXT' && n.text) {
        const next = n.text.replace(re, (...match) => expandReplacement(replacement, match));
        if (next !== n.text) {
          n.text = next;
          n.runs = (n.runs ?? []).map((r) => ({
            ...r,
            start: Math.min(r.start, next.length),
            end: Math.min(r.end, next.length),
          }));
        }
      }
      for (const c of n.children ?? []) walk(c);
    };
    walk(this._node);
    return this;
  }
  getParagraphs(): Paragraph[] {
    const out: Paragraph[] = [];
    const walk = (n: DocNode) => {
      for (const c of n.children ?? []) {
        if (c.type === 'PARAGRAPH' || c.type === 'LIST_ITEM') out.push(wrap(this.ctx, this.session, c) as Paragraph);
        else walk(c);
      }
    };
    walk(this._node);
    return out;
  }
  getTables(): Table[] {
    const out: Table[] = [];
    const walk = (n: DocNode) => {
      for (const c of n.children ?? []) {
        if (c.type === 'TABLE') out.push(new Table(this.ctx, this.session, c));
        walk(c);
      }
    };
    walk(this._node);
    return out;
  }
  getListItems(): ListItem[] {
    return this.getParagraphs().filter((p) => p._node.type === 'LIST_ITEM') as ListItem[];
  }

  /** Inserts a node; attached elements must be copied first (facts DA4). */
  protected insertNode(index: number, node: DocNode): DocNode {
    this.edit();
    if (parents.has(node)) fail('Element must be detached.');
    const kids = (this._node.children ??= []);
    if (index < 0 || index > kids.length)
      fail(`Child index (${index}) must be less than or equal to the number of child elements (${kids.length}).`);
    kids.splice(index, 0, node);
    parents.set(node, this._node);
    return node;
  }

  protected paragraphNode(arg: unknown, type: 'PARAGRAPH' | 'LIST_ITEM'): DocNode {
    if (typeof arg === 'string') return newParagraph(type, arg);
    if (arg instanceof Element && arg._node.type === type) return arg._node;
    fail(
      `The parameters (${arg === undefined ? 'null' : typeof arg === 'object' ? '(class)' : typeof arg}) don't match the method signature for DocumentApp.${this.toString()}.append${type === 'PARAGRAPH' ? 'Paragraph' : 'ListItem'}.`,
    );
  }
}

/** Body. https://developers.google.com/apps-script/reference/document/body */
export class Body extends ContainerElement {
  constructor(ctx: Ctx, session: DocSession, node: DocNode) {
    super(ctx, session, node, 'Body');
  }
  private page() {
    return this.session.doc.page;
  }
  /** Appends after the existing children; a new body's empty paragraph stays (facts DA3). */
  appendParagraph(paragraph: string | Paragraph): Paragraph {
    return new Paragraph(
      this.ctx,
      this.session,
      this.insertNode(this.getNumChildren(), this.paragraphNode(paragraph, 'PARAGRAPH')),
    );
  }
  insertParagraph(childIndex: number, paragraph: string | Paragraph): Paragraph {
    return new Paragraph(
      this.ctx,
      this.session,
      this.insertNode(childIndex, this.paragraphNode(paragraph, 'PARAGRAPH')),
    );
  }
  /** Consecutive list items join the same list (facts DA11). */
  appendListItem(listItem: string | ListItem): ListItem {
    const node = this.paragraphNode(listItem, 'LIST_ITEM');
    const kids = this._node.children ?? [];
    const prev = kids[kids.length - 1];
    node.listId =
      node.listId ??
      (prev?.type === 'LIST_ITEM' && prev.listId ? prev.listId : `kix.list${Math.random().toString(36).slice(2, 10)}`);
    return new ListItem(this.ctx, this.session, this.insertNode(kids.length, node));
  }
  insertListItem(childIndex: number, listItem: string | ListItem): ListItem {
    const node = this.paragraphNode(listItem, 'LIST_ITEM');
    node.listId = node.listId ?? `kix.list${Math.random().toString(36).slice(2, 10)}`;
    return new ListItem(this.ctx, this.session, this.insertNode(childIndex, node));
  }
  /** Also appends an empty paragraph after the table (facts DA8). */
  appendTable(cells?: string[][] | Table): Table {
    const node = cells instanceof Table ? cells._node : tableNode(cells as unknown[][] | undefined);
    const t = new Table(this.ctx, this.session, this.insertNode(this.getNumChildren(), node));
    this.insertNode(this.getNumChildren(), newParagraph('PARAGRAPH', ''));
    return t;
  }
  insertTable(childIndex: number, cells?: string[][] | Table): Table {
    const node = cells instanceof Table ? cells._node : tableNode(cells as unknown[][] | undefined);
    return new Table(this.ctx, this.session, this.insertNode(childIndex, node));
  }
  /** The image sits in a new paragraph (facts DA12). */
  appendImage(image: Blob | InlineImage): InlineImage {
    const p = this.insertNode(this.getNumChildren(), newParagraph('PARAGRAPH', ''));
    const img = image instanceof InlineImage ? cloneNode(image._node) : imageNode(image as Blob);
    p.children!.push(img);
    parents.set(img, p);
    return new InlineImage(this.ctx, this.session, img);
  }
  insertImage(childIndex: number, image: Blob): InlineImage {
    const p = this.insertNode(childIndex, newParagraph('PARAGRAPH', ''));
    const img = imageNode(image);
    p.children!.push(img);
    parents.set(img, p);
    return new InlineImage(this.ctx, this.session, img);
  }
  /** A PageBreak inside a new paragraph (facts DA12). */
  appendPageBreak(): Element {
    const p = this.insertNode(this.getNumChildren(), newParagraph('PARAGRAPH', ''));
    const pb: DocNode = { type: 'PAGE_BREAK', attrs: {} };
    p.children!.push(pb);
    parents.set(pb, p);
    return new Element(this.ctx, this.session, pb, 'PageBreak');
  }
  insertPageBreak(childIndex: number): Element {
    const p = this.insertNode(childIndex, newParagraph('PARAGRAPH', ''));
    const pb: DocNode = { type: 'PAGE_BREAK', attrs: {} };
    p.children!.push(pb);
    parents.set(pb, p);
    return new Element(this.ctx, this.session, pb, 'PageBreak');
  }
  appendHorizontalRule(): Element {
    const p = this.insertNode(this.getNumChildren(), newParagraph('PARAGRAPH', ''));
    const hr: DocNode = { type: 'HORIZONTAL_RULE', attrs: {} };
    p.children!.push(hr);
    parents.set(hr, p);
    return new Element(this.ctx, this.session, hr, 'HorizontalRule');
  }
  /**
   * Leaves one empty paragraph. Like the real service it refuses when the body ends in a
   * non-empty paragraph or list item (facts DA15): append an empty paragraph first.
   */
  clear(): Body {
    this.edit();
    const kids = this._node.children ?? [];
    const last = kids[kids.length - 1];
    if (
      last &&
      (last.type === 'PARAGRAPH' || last.type === 'LIST_ITEM') &&
      (plainText(last) !== '' || (last.children ?? []).some((c) => c.type !== 'TEXT'))
    ) {
      fail("Can't remove the last paragraph in a document section.");
    }
    this._node.children = [newParagraph('PARAGRAPH', '')];
    link(this._node);
    return this;
  }
  setMarginTop(marginTop: number): Body {
    this.edit();
    this.page().marginTop = marginTop;
    return this;
  }
  setMarginBottom(marginBottom: number): Body {
    this.edit();
    this.page().marginBottom = marginBottom;
    return this;
  }
  setMarginLeft(marginLeft: number): Body {
    this.edit();
    this.page().marginLeft = marginLeft;
    return this;
  }
  setMarginRight(marginRight: number): Body {
    this.edit();
    this.page().marginRight = marginRight;
    return this;
  }
  setPageWidth(pageWidth: number): Body {
    this.edit();
    this.page().width = pageWidth;
    return this;
  }
  setPageHeight(pageHeight: number): Body {
    this.edit();
    this.page().height = pageHeight;
    return this;
  }
  getMarginTop(): number {
    return this.page().marginTop;
  }
  getMarginBottom(): number {
    return this.page().marginBottom;
  }
  getMarginLeft(): number {
    return this.page().marginLeft;
  }
  getMarginRight(): number {
    return this.page().marginRight;
  }
  getPageWidth(): number {
    return this.page().width;
  }
  getPageHeight(): number {
    return this.page().height;
  }
  override getAttributes(): Record<string, unknown> {
    const out = super.getAttributes();
    const p = this.page();
    Object.assign(out, {
      PAGE_WIDTH: p.width,
      PAGE_HEIGHT: p.height,
      MARGIN_TOP: p.marginTop,
      MARGIN_BOTTOM: p.marginBottom,
      MARGIN_LEFT: p.marginLeft,
      MARGIN_RIGHT: p.marginRight,
    });
    return out;
  }
  /** Page attributes go to the page; text attributes to every paragraph. */
  override setAttributes(attributes: Record<string, unknown>): this {
    this.edit();
    const a = normalizeAttrs(attributes);
    const p = this.page();
    const pageKeys: Record<string, keyof typeof p> = {
      PAGE_WIDTH: 'width',
      PAGE_HEIGHT: 'height',
      MARGIN_TOP: 'marginTop',
      MARGIN_BOTTOM: 'marginBottom',
      MARGIN_LEFT: 'marginLeft',
      MARGIN_RIGHT: 'marginRight',
    };
    for (const [k, v] of Object.entries(a)) {
      if (pageKeys[k]) p[pageKeys[k]] = v as number;
      else this._node.attrs[k] = v;
    }
    return this;
  }
}

/** Paragraph and ListItem behaviour. */
export class ParagraphLike extends ContainerElement {
  /** Defaults a new paragraph reads back (facts DA5). */
  override getAttributes(): Record<string, unknown> {
    const out = super.getAttributes();
    out.HEADING = readAttrValue('HEADING', this._node.attrs.HEADING ?? 'NORMAL');
    out.HORIZONTAL_ALIGNMENT = readAttrValue('HORIZONTAL_ALIGNMENT', this._node.attrs.HORIZONTAL_ALIGNMENT ?? 'LEFT');
    out.LEFT_TO_RIGHT = this._node.attrs.LEFT_TO_RIGHT ?? true;
    out.LINE_SPACING = this._node.attrs.LINE_SPACING ?? 1.15;
    return out;
  }
  private set(key: string, value: unknown): this {
    this.edit();
    this._node.attrs[key] = storeAttrValue(value);
    return this;
  }
  setHeading(heading: EnumMember): this {
    return this.set('HEADING', heading);
  }
  getHeading(): EnumMember {
    return enumMember('ParagraphHeading', String(this._node.attrs.HEADING ?? 'NORMAL'));
  }
  setAlignment(alignment: EnumMember): this {
    return this.set('HORIZONTAL_ALIGNMENT', alignment);
  }
  getAlignment(): EnumMember {
    return enumMember('HorizontalAlignment', String(this._node.attrs.HORIZONTAL_ALIGNMENT ?? 'LEFT'));
  }
  setIndentFirstLine(indentFirstLine: number): this {
    return this.set('INDENT_FIRST_LINE', indentFirstLine);
  }
  getIndentFirstLine(): number | null {
    return (this._node.attrs.INDENT_FIRST_LINE as number) ?? null;
  }
  setIndentStart(indentStart: number): this {
    return this.set('INDENT_START', indentStart);
  }
  getIndentStart(): number | null {
    return (this._node.attrs.INDENT_START as number) ?? null;
  }
  setIndentEnd(indentEnd: number): this {
    return this.set('INDENT_END', indentEnd);
  }
  getIndentEnd(): number | null {
    return (this._node.attrs.INDENT_END as number) ?? null;
  }
  setSpacingBefore(spacingBefore: number): this {
    return this.set('SPACING_BEFORE', spacingBefore);
  }
  getSpacingBefore(): number | null {
    return (this._node.attrs.SPACING_BEFORE as number) ?? null;
  }
  setSpacingAfter(spacingAfter: number): this {
    return this.set('SPACING_AFTER', spacingAfter);
  }
  getSpacingAfter(): number | null {
    return (this._node.attrs.SPACING_AFTER as number) ?? null;
  }
  setLineSpacing(multiplier: number): this {
    return this.set('LINE_SPACING', multiplier);
  }
  getLineSpacing(): number {
    return (this._node.attrs.LINE_SPACING as number) ?? 1.15;
  }
  setLeftToRight(leftToRight: boolean): this {
    return this.set('LEFT_TO_RIGHT', leftToRight);
  }
  isLeftToRight(): boolean {
    return (this._node.attrs.LEFT_TO_RIGHT as boolean) ?? true;
  }
  setLinkUrl(url: string | null): this {
    return this.set('LINK_URL', url);
  }
  getLinkUrl(): string | null {
    return (this._node.attrs.LINK_URL as string) ?? null;
  }
  /**
   * Text attributes on a paragraph style all its text (earlier character runs of those
   * attributes are overridden); paragraph attributes stay on the paragraph.
   */
  override setAttributes(attributes: Record<string, unknown>): this {
    this.edit();
    const attrs = normalizeAttrs(attributes);
    Object.assign(this._node.attrs, attrs);
    for (const c of this._node.children ?? []) {
      if (c.type !== 'TEXT') continue;
      for (const r of c.runs ?? []) for (const k of Object.keys(attrs)) if (TEXT_ATTRS.has(k)) delete r.attrs[k];
      c.runs = (c.runs ?? []).filter((r) => Object.keys(r.attrs).length > 0);
    }
    return this;
  }
  /** Replaces the contents with one text run. */
  setText(text: string): this {
    this.edit();
    this._node.children = text === '' ? [] : [{ type: 'TEXT', attrs: {}, text: String(text), runs: [] }];
    link(this._node);
    return this;
  }
  /** Appends a new text run and returns it (styling it styles only the appended text). */
  appendText(text: string): Text {
    this.edit();
    const t = textNode(this._node);
    const start = (t.text ?? '').length;
    t.text = (t.text ?? '') + String(text);
    return new Text(this.ctx, this.session, this._node, start, t.text.length);
  }
  appendInlineImage(image: Blob): InlineImage {
    this.edit();
    const img = imageNode(image);
    (this._node.children ??= []).push(img);
    parents.set(img, this._node);
    return new InlineImage(this.ctx, this.session, img);
  }
  appendPageBreak(): Element {
    this.edit();
    const pb: DocNode = { type: 'PAGE_BREAK', attrs: {} };
    (this._node.children ??= []).push(pb);
    parents.set(pb, this._node);
    return new Element(this.ctx, this.session, pb, 'PageBreak');
  }
  appendHorizontalRule(): Element {
    this.edit();
    const hr: DocNode = { type: 'HORIZONTAL_RULE', attrs: {} };
    (this._node.children ??= []).push(hr);
    parents.set(hr, this._node);
    return new Element(this.ctx, this.session, hr, 'HorizontalRule');
  }
  override editAsText(): Text {
    return new Text(this.ctx, this.session, this._node, 0, null);
  }
  clear(): this {
    this.edit();
    this._node.children = [];
    return this;
  }
}

/** Paragraph. https://developers.google.com/apps-script/reference/document/paragraph */
export class Paragraph extends ParagraphLike {
  constructor(ctx: Ctx, session: DocSession, node: DocNode) {
    super(ctx, session, node, 'Paragraph');
  }
}

/** ListItem. https://developers.google.com/apps-script/reference/document/list-item */
export class ListItem extends ParagraphLike {
  constructor(ctx: Ctx, session: DocSession, node: DocNode) {
    super(ctx, session, node, 'ListItem');
  }
  setGlyphType(glyphType: EnumMember): ListItem {
    this.edit();
    this._node.attrs.GLYPH_TYPE = String(glyphType);
    return this;
  }
  getGlyphType(): EnumMember {
    return enumMember('GlyphType', String(this._node.attrs.GLYPH_TYPE ?? 'BULLET'));
  }
  setNestingLevel(nestingLevel: number): ListItem {
    this.edit();
    this._node.attrs.NESTING_LEVEL = nestingLevel;
    return this;
  }
  getNestingLevel(): number {
    return (this._node.attrs.NESTING_LEVEL as number) ?? 0;
  }
  getListId(): string {
    return this._node.listId ?? '';
  }
  setListId(listItem: ListItem): ListItem {
    this.edit();
    this._node.listId = listItem._node.listId;
    return this;
  }
}

/** Table. https://developers.google.com/apps-script/reference/document/table */
export class Table extends ContainerElement {
  constructor(ctx: Ctx, session: DocSession, node: DocNode) {
    super(ctx, session, node, 'Table');
  }
  getNumRows(): number {
    return (this._node.children ?? []).length;
  }
  getRow(rowIndex: number): TableRow {
    const r = (this._node.children ?? [])[rowIndex];
    if (!r) fail(`Child index (${rowIndex}) must be less than the number of child elements (${this.getNumRows()}).`);
    return new TableRow(this.ctx, this.session, r);
  }
  getCell(rowIndex: number, cellIndex: number): TableCell {
    return this.getRow(rowIndex).getCell(cellIndex);
  }
  appendTableRow(tableRow?: TableRow): TableRow {
    const node: DocNode = tableRow ? tableRow._node : { type: 'TABLE_ROW', attrs: {}, children: [] };
    return new TableRow(this.ctx, this.session, this.insertNode(this.getNumRows(), node));
  }
  insertTableRow(childIndex: number, tableRow?: TableRow): TableRow {
    const node: DocNode = tableRow ? tableRow._node : { type: 'TABLE_ROW', attrs: {}, children: [] };
    return new TableRow(this.ctx, this.session, this.insertNode(childIndex, node));
  }
  removeRow(rowIndex: number): TableRow {
    const row = this.getRow(rowIndex);
    this.edit();
    detach(this._node, row._node);
    return row;
  }
  /** Points; 0 hides the borders (facts DA10). */
  setBorderWidth(width: number): Table {
    this.edit();
    this._node.attrs.BORDER_WIDTH = width;
    return this;
  }
  getBorderWidth(): number {
    return (this._node.attrs.BORDER_WIDTH as number) ?? 1;
  }
  setBorderColor(color: string): Table {
    this.edit();
    this._node.attrs.BORDER_COLOR = color;
    return this;
  }
  getBorderColor(): string {
    return (this._node.attrs.BORDER_COLOR as string) ?? '#000000';
  }
  setColumnWidth(columnIndex: number, width: number): Table {
    this.edit();
    const widths = ((this._node.attrs.COLUMN_WIDTHS as Record<number, number>) ??= {});
    widths[columnIndex] = width;
    return this;
  }
  getColumnWidth(columnIndex: number): number | null {
    return (this._node.attrs.COLUMN_WIDTHS as Record<number, number>)?.[columnIndex] ?? null;
  }
}

/** TableRow. */
export class TableRow extends ContainerElement {
  constructor(ctx: Ctx, session: DocSession, node: DocNode) {
    super(ctx, session, node, 'TableRow');
  }
  getNumCells(): number {
    return (this._node.children ?? []).length;
  }
  getCell(cellIndex: number): TableCell {
    const c = (this._node.children ?? [])[cellIndex];
    if (!c) fail(`Child index (${cellIndex}) must be less than the number of child elements (${this.getNumCells()}).`);
    return new TableCell(this.ctx, this.session, c);
  }
  appendTableCell(textContents?: string | TableCell): TableCell {
    const node: DocNode =
      textContents instanceof TableCell
        ? textContents._node
        : { type: 'TABLE_CELL', attrs: {}, children: [newParagraph('PARAGRAPH', textContents ?? '')] };
    link(node);
    return new TableCell(this.ctx, this.session, this.insertNode(this.getNumCells(), node));
  }
  removeCell(cellIndex: number): TableCell {
    const c = this.getCell(cellIndex);
    this.edit();
    detach(this._node, c._node);
    return c;
  }
  setMinimumHeight(minHeight: number): TableRow {
    this.edit();
    this._node.attrs.MINIMUM_HEIGHT = minHeight;
    return this;
  }
  getMinimumHeight(): number {
    return (this._node.attrs.MINIMUM_HEIGHT as number) ?? 0;
  }
}

/** TableCell: holds paragraphs, list items and tables. */
export class TableCell extends ContainerElement {
  constructor(ctx: Ctx, session: DocSession, node: DocNode) {
    super(ctx, session, node, 'TableCell');
  }
  private setAttr(key: string, v: unknown): TableCell {
    this.edit();
    this._node.attrs[key] = storeAttrValue(v);
    return this;
  }
  appendParagraph(paragraph: string | Paragraph): Paragraph {
    return new Paragraph(
      this.ctx,
      this.session,
      this.insertNode(this.getNumChildren(), this.paragraphNode(paragraph, 'PARAGRAPH')),
    );
  }
  insertParagraph(childIndex: number, paragraph: string | Paragraph): Paragraph {
    return new Paragraph(
      this.ctx,
      this.session,
      this.insertNode(childIndex, this.paragraphNode(paragraph, 'PARAGRAPH')),
    );
  }
  appendListItem(listItem: string | ListItem): ListItem {
    const node = this.paragraphNode(listItem, 'LIST_ITEM');
    node.listId = node.listId ?? `kix.list${Math.random().toString(36).slice(2, 10)}`;
    return new ListItem(this.ctx, this.session, this.insertNode(this.getNumChildren(), node));
  }
  appendTable(cells?: string[][]): Table {
    const t = new Table(this.ctx, this.session, this.insertNode(this.getNumChildren(), tableNode(cells)));
    this.insertNode(this.getNumChildren(), newParagraph('PARAGRAPH', ''));
    return t;
  }
  appendImage(image: Blob): InlineImage {
    const p = this.insertNode(this.getNumChildren(), newParagraph('PARAGRAPH', ''));
    const img = imageNode(image);
    p.children!.push(img);
    parents.set(img, p);
    return new InlineImage(this.ctx, this.session, img);
  }
  /** Replaces the contents with one paragraph of text. */
  setText(text: string): TableCell {
    this.edit();
    this._node.children = [newParagraph('PARAGRAPH', text)];
    link(this._node);
    return this;
  }
  clear(): TableCell {
    return this.setText('');
  }
  setBackgroundColor(color: string): TableCell {
    return this.setAttr('BACKGROUND_COLOR', color);
  }
  getBackgroundColor(): string | null {
    return (this._node.attrs.BACKGROUND_COLOR as string) ?? null;
  }
  /** "width of the column containing the current cell" (facts DA10). */
  setWidth(width: number): TableCell {
    return this.setAttr('WIDTH', width);
  }
  getWidth(): number | null {
    return (this._node.attrs.WIDTH as number) ?? null;
  }
  setPaddingTop(paddingTop: number): TableCell {
    return this.setAttr('PADDING_TOP', paddingTop);
  }
  setPaddingBottom(paddingBottom: number): TableCell {
    return this.setAttr('PADDING_BOTTOM', paddingBottom);
  }
  setPaddingLeft(paddingLeft: number): TableCell {
    return this.setAttr('PADDING_LEFT', paddingLeft);
  }
  setPaddingRight(paddingRight: number): TableCell {
    return this.setAttr('PADDING_RIGHT', paddingRight);
  }
  setVerticalAlignment(alignment: EnumMember): TableCell {
    return this.setAttr('VERTICAL_ALIGNMENT', alignment);
  }
  getVerticalAlignment(): EnumMember | null {
    return readAttrValue('VERTICAL_ALIGNMENT', this._node.attrs.VERTICAL_ALIGNMENT) as EnumMember | null;
  }
  getColSpan(): number {
    return 1;
  }
  getRowSpan(): number {
    return 1;
  }
  getParentRow(): TableRow {
    return this.getParent() as TableRow;
  }
  getParentTable(): Table {
    return this.getParent()!.getParent() as Table;
  }
}

/** InlineImage; width and height in pixels. */
export class InlineImage extends Element {
  constructor(ctx: Ctx, session: DocSession, node: DocNode) {
    super(ctx, session, node, 'InlineImage');
  }
  getWidth(): number {
    return this._node.attrs.WIDTH as number;
  }
  /** Whole pixels: the reference types the argument Integer, so a fraction is refused. */
  setWidth(width: number): InlineImage {
    if (!Number.isInteger(width)) signatureError('DocumentApp', 'InlineImage', 'setWidth', [width]);
    this.edit();
    this._node.attrs.WIDTH = width;
    return this;
  }
  getHeight(): number {
    return this._node.attrs.HEIGHT as number;
  }
  /** Whole pixels, as setWidth. https://developers.google.com/apps-script/reference/document/inline-image#setHeight(Integer) */
  setHeight(height: number): InlineImage {
    if (!Number.isInteger(height)) signatureError('DocumentApp', 'InlineImage', 'setHeight', [height]);
    this.edit();
    this._node.attrs.HEIGHT = height;
    return this;
  }
  getBlob(): Blob {
    const image = this._node.image;
    const bytes = image?.data !== undefined ? Buffer.from(image.data, 'base64') : new Uint8Array(image?.bytes ?? 0);
    return makeBlob(this.ctx, bytes, image?.contentType ?? 'image/png', image?.name ?? null);
  }
  getAltTitle(): string | null {
    return (this._node.attrs.ALT_TITLE as string) ?? null;
  }
  setAltTitle(title: string): InlineImage {
    this.edit();
    this._node.attrs.ALT_TITLE = title;
    return this;
  }
}

/**
 * Text: a view over the text of a paragraph-like element (or of its TEXT child), optionally a
 * slice [start, end). Styles are kept as character runs. https://developers.google.com/apps-script/reference/document/text
 */
export class Text extends Element {
  constructor(
    ctx: Ctx,
    session: DocSession,
    private readonly owner: DocNode,
    private readonly start: number,
    private readonly end: number | null,
  ) {
    super(ctx, session, owner.type === 'TEXT' ? owner : owner, 'Text');
  }

  /** True for the Text of a body, table, row or cell: a view over many paragraphs. */
  private multi(): boolean {
    return this.owner.type !== 'TEXT' && this.owner.type !== 'PARAGRAPH' && this.owner.type !== 'LIST_ITEM';
  }

  /** The TEXT node holding the characters of a paragraph-like owner. */
  private tn(): DocNode {
    if (this.owner.type === 'TEXT') return this.owner;
    if (!this.multi()) return textNode(this.owner);
    fail(
      'Editing the characters of a multi-paragraph Text (insert, delete, set) is not emulated; edit each paragraph.',
    );
  }

  override getType(): EnumMember {
    return ElementType.TEXT;
  }
  override getText(): string {
    const t =
      this.owner.type === 'TEXT' || this.owner.type === 'PARAGRAPH' || this.owner.type === 'LIST_ITEM'
        ? (this.tn().text ?? '')
        : plainText(this.owner);
    return t.slice(this.start, this.end ?? undefined);
  }

  private span(a?: number, b?: number, length?: number): [number, number] {
    const fullLength = length ?? (this.multi() ? textSegments(this.owner).length : (this.tn().text ?? '').length);
    const lo = this.start;
    const hi = this.end ?? fullLength;
    if (a === undefined) return [lo, hi];
    const len = hi - lo;
    // Public offsets are inclusive: (start, endOffsetInclusive).
    if (a < 0 || b === undefined || b < a || b >= len)
      fail(`Index (${String(b)}) must be less than the content length (${len}).`);
    return [lo + a, lo + b + 1];
  }

  private style(key: string, args: unknown[]): Text {
    this.edit();
    const value = storeAttrValue(args.length === 3 ? args[2] : args[0]);
    if (this.multi()) {
      // Over many paragraphs: the range [s, e) of getText() styles each text node it covers.
      const { segments, length } = textSegments(this.owner);
      const [s, e] =
        args.length === 3
          ? this.span(args[0] as number, args[1] as number, length)
          : this.span(undefined, undefined, length);
      for (const seg of segments) {
        const lo = Math.max(s, seg.start);
        const hi = Math.min(e, seg.end);
        if (hi > lo)
          (seg.node.runs ??= []).push({ start: lo - seg.start, end: hi - seg.start, attrs: { [key]: value } });
      }
      return this;
    }
    const [s, e] = args.length === 3 ? this.span(args[0] as number, args[1] as number) : this.span();
    const t = this.tn();
    if (e <= s) {
      // Styling empty text sets the style for what is typed next: kept on the element.
      t.attrs[key] = value;
      return this;
    }
    (t.runs ??= []).push({ start: s, end: e, attrs: { [key]: value } });
    return this;
  }

  setBold(...args: unknown[]): Text {
    return this.style('BOLD', args);
  }
  setItalic(...args: unknown[]): Text {
    return this.style('ITALIC', args);
  }
  setUnderline(...args: unknown[]): Text {
    return this.style('UNDERLINE', args);
  }
  setStrikethrough(...args: unknown[]): Text {
    return this.style('STRIKETHROUGH', args);
  }
  setFontSize(...args: unknown[]): Text {
    return this.style('FONT_SIZE', args);
  }
  setFontFamily(...args: unknown[]): Text {
    return this.style('FONT_FAMILY', args);
  }
  setForegroundColor(...args: unknown[]): Text {
    return this.style('FOREGROUND_COLOR', args);
  }
  setBackgroundColor(...args: unknown[]): Text {
    return this.style('BACKGROUND_COLOR', args);
  }
  setLinkUrl(...args: unknown[]): Text {
    return this.style('LINK_URL', args);
  }
  setTextAlignment(...args: unknown[]): Text {
    return this.style(
      'TEXT_ALIGNMENT',
      args.map((a) => (a === TextAlignment.NORMAL ? 'NORMAL' : a)),
    );
  }

  /**
   * setAttributes(attributes) styles the whole text, setAttributes(start, endInclusive,
   * attributes) a range; only character attributes apply (paragraph ones belong to paragraphs).
   */
  override setAttributes(...args: unknown[]): this {
    const attrs = normalizeAttrs((args.length === 3 ? args[2] : args[0]) as Record<string, unknown>);
    for (const [key, value] of Object.entries(attrs)) {
      if (!TEXT_ATTRS.has(key)) continue;
      this.style(key, args.length === 3 ? [args[0], args[1], value] : [value]);
    }
    return this;
  }

  /** Attributes at a character offset (runs applied in order), or of the whole text. */
  override getAttributes(offset?: number): Record<string, unknown> {
    if (this.multi()) {
      const out = super.getAttributes();
      const at = this.start + (offset ?? 0);
      for (const seg of textSegments(this.owner).segments) {
        if (at < seg.start || at >= seg.end) continue;
        const para = parents.get(seg.node);
        let pos = seg.start;
        for (const run of resolvedRuns(seg.node, para)) {
          if (at < pos + run.text.length) {
            for (const [k, v] of Object.entries(run.attrs)) out[k] = readAttrValue(k, v);
            break;
          }
          pos += run.text.length;
        }
      }
      return out;
    }
    const out = super.getAttributes();
    const t = this.tn();
    for (const [k, v] of Object.entries(t.attrs)) out[k] = readAttrValue(k, v);
    for (const [k, v] of Object.entries(this.owner.attrs)) if (TEXT_ATTRS.has(k)) out[k] = readAttrValue(k, v);
    const at = this.start + (offset ?? 0);
    for (const r of t.runs ?? [])
      if (at >= r.start && at < r.end) for (const [k, v] of Object.entries(r.attrs)) out[k] = readAttrValue(k, v);
    return out;
  }
  isBold(offset?: number): boolean | null {
    return (this.getAttributes(offset).BOLD as boolean) ?? null;
  }
  isItalic(offset?: number): boolean | null {
    return (this.getAttributes(offset).ITALIC as boolean) ?? null;
  }
  getFontSize(offset?: number): number | null {
    return (this.getAttributes(offset).FONT_SIZE as number) ?? null;
  }
  getFontFamily(offset?: number): string | null {
    return (this.getAttributes(offset).FONT_FAMILY as string) ?? null;
  }

  setText(text: string): Text {
    this.edit();
    const t = this.tn();
    t.text = String(text);
    t.runs = [];
    return this;
  }
  appendText(text: string): Text {
    this.edit();
    const t = this.tn();
    const s = (t.text ?? '').length;
    t.text = (t.text ?? '') + String(text);
    return new Text(this.ctx, this.session, this.owner, s, t.text.length);
  }
  insertText(offset: number, text: string): Text {
    this.edit();
    const t = this.tn();
    const at = this.start + offset;
    t.text = (t.text ?? '').slice(0, at) + text + (t.text ?? '').slice(at);
    t.runs = (t.runs ?? []).map((r) => ({
      ...r,
      start: r.start >= at ? r.start + text.length : r.start,
      end: r.end > at ? r.end + text.length : r.end,
    }));
    return this;
  }
  deleteText(startOffset: number, endOffsetInclusive: number): Text {
    this.edit();
    const t = this.tn();
    const [s, e] = this.span(startOffset, endOffsetInclusive);
    const n = e - s;
    t.text = (t.text ?? '').slice(0, s) + (t.text ?? '').slice(e);
    t.runs = (t.runs ?? [])
      .map((r) => ({
        ...r,
        start: r.start >= e ? r.start - n : Math.min(r.start, s),
        end: r.end >= e ? r.end - n : Math.min(r.end, s),
      }))
      .filter((r) => r.end > r.start);
    return this;
  }
  replaceText(searchPattern: string, replacement: string): Text {
    this.edit();
    const t = this.tn();
    t.text = (t.text ?? '').replace(new RegExp(searchPattern, 'g'), (...match) =>
      expandReplacement(replacement, match),
    );
    t.runs = (t.runs ?? []).map((r) => ({
      ...r,
      start: Math.min(r.start, t.text!.length),
      end: Math.min(r.end, t.text!.length),
    }));
    return this;
  }
}

/**
 * A replacement as replaceText applies it. Apps Script's document service runs on Java, whose
 * Matcher rules differ from String.prototype.replace: `$n` and `${name}` insert a group, `\`
 * takes the next character literally, and any other `$` is an error (so `$'` or `$&` never
 * insert the text around the match). [inf] from the Java Matcher.appendReplacement contract.
 */
export function expandReplacement(replacement: string, match: unknown[]): string {
  const groups: string[] = [];
  let named: Record<string, string> = {};
  for (const item of match) {
    if (typeof item === 'string') groups.push(item);
    else break;
  }
  const last = match[match.length - 1];
  if (last && typeof last === 'object') named = last as Record<string, string>;
  const groupCount = groups.length - 1;
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c === '\\') {
      i++;
      if (i >= replacement.length) fail('character to be escaped is missing');
      out += replacement[i];
    } else if (c === '$') {
      i++;
      if (i >= replacement.length) fail('Illegal group reference: group index is missing');
      if (replacement[i] === '{') {
        const end = replacement.indexOf('}', i);
        const name = end < 0 ? '' : replacement.slice(i + 1, end);
        if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) fail("named capturing group is missing trailing '}'");
        if (!(name in named)) fail(`No group with name {${name}}`);
        out += named[name] ?? '';
        i = end;
      } else if (/[0-9]/.test(replacement[i])) {
        let n = Number(replacement[i]);
        if (n > groupCount) fail(`No group ${n}`);
        while (
          i + 1 < replacement.length &&
          /[0-9]/.test(replacement[i + 1]) &&
          n * 10 + Number(replacement[i + 1]) <= groupCount
        ) {
          n = n * 10 + Number(replacement[++i]);
        }
        out += groups[n] ?? '';
      } else {
        fail('Illegal group reference');
      }
    } else {
      out += c;
    }
  }
  return out;
}

/** Document. https://developers.google.com/apps-script/reference/document/document */
export class Document extends Counted {
  constructor(
    private readonly ctx: Ctx,
    private readonly session: DocSession,
  ) {
    super(ctx.counter, 'Document');
  }
  getId(): string {
    return this.session.doc.id;
  }
  getName(): string {
    return this.session.doc.name;
  }
  setName(name: string): Document {
    this.session.doc.name = name;
    return this;
  }
  getUrl(): string {
    return this.session.doc.url;
  }
  getBody(): Body {
    return new Body(this.ctx, this.session, this.session.doc.body);
  }
  getHeader(): null {
    return null;
  }
  getFooter(): null {
    return null;
  }
  /** Clears only the body (facts DA16). */
  clear(): Document {
    this.getBody().clear();
    return this;
  }
  /** Further edits through this instance fail; reopen with openById (facts DA14). */
  saveAndClose(): void {
    this.session.closed = true;
  }
  getAs(contentType: string): Blob {
    return makeBlob(this.ctx, plainText(this.session.doc.body), contentType, `${this.session.doc.name}.pdf`);
  }
  getBlob(): Blob {
    return this.getAs('application/pdf');
  }
  addEditor(emailAddress: string): Document {
    void emailAddress;
    return this;
  }
  getEditors(): unknown[] {
    return [];
  }
}

/** Adds a new document (one empty paragraph, Letter size, 72 pt margins) to the store. */
export function newDocumentState(ctx: Ctx, name: string): DocumentState {
  const n = ctx.state.nextDocId++;
  const id = `1EmuDoc${String(n).padStart(4, '0')}${Buffer.from(name).toString('hex').slice(0, 12)}`;
  const doc: DocumentState = {
    id,
    name,
    url: `https://docs.google.com/document/d/${id}/edit`,
    body: { type: 'BODY_SECTION', attrs: {}, children: [newParagraph('PARAGRAPH', '')] },
    page: { ...NEW_PAGE },
    closed: false,
    owner: ctx.state.user.email,
  };
  link(doc.body);
  ctx.state.documents.push(doc);
  return doc;
}

/** DocumentApp. https://developers.google.com/apps-script/reference/document/document-app */
export class DocumentApp extends Counted {
  readonly Attribute = DocAttribute;
  readonly ElementType = ElementType;
  readonly GlyphType = GlyphType;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ParagraphHeading = ParagraphHeading;
  readonly TextAlignment = TextAlignment;
  readonly VerticalAlignment = VerticalAlignment;

  constructor(private readonly ctx: Ctx) {
    super(ctx.counter, 'DocumentApp');
  }

  /** A new doc whose body holds one empty paragraph (facts DA1, DA2). */
  create(name: string): Document {
    requireAuth(this.ctx, 'DocumentApp.create');
    if (typeof name !== 'string' || name === '') fail('Invalid argument: name');
    return new Document(this.ctx, { closed: false, doc: newDocumentState(this.ctx, name) });
  }
  /** Unknown ids throw the real text (facts R20). */
  openById(id: string): Document {
    requireAuth(this.ctx, 'DocumentApp.openById');
    const doc = this.ctx.state.documents.find((d) => d.id === id);
    if (!doc) fail('Unexpected error while getting the method or property openById on object DocumentApp.');
    if (!parents.has(doc.body.children?.[0] as DocNode)) link(doc.body);
    return new Document(this.ctx, { closed: false, doc });
  }
  openByUrl(url: string): Document {
    requireAuth(this.ctx, 'DocumentApp.openByUrl');
    const doc = this.ctx.state.documents.find((d) => d.url === url || url.includes(d.id));
    if (!doc) fail('Unexpected error while getting the method or property openByUrl on object DocumentApp.');
    if (!parents.has(doc.body.children?.[0] as DocNode)) link(doc.body);
    return new Document(this.ctx, { closed: false, doc });
  }
  /** The add-on lives in Sheets: there is no active document. */
  getActiveDocument(): null {
    return null;
  }
}
