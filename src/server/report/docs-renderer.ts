// Writes a ReportModel into a Google Doc: page setup, one styled paragraph or table per block.
// Docs has no bulk paragraph API, so calls grow with the number of rendered elements (linear
// in the tasks); everything else is one call per element: attributes go in one setAttributes.
import { msg } from '../../core/messages/index';
import { mmToPt, type Align, type ColumnsBlock, type ImageBlock, type ParagraphStyle, type ReportBlock, type ReportModel, type Run, type TableBlock } from '../../core/report/model';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Table = GoogleAppsScript.Document.Table;
type Element = GoogleAppsScript.Document.Element;
type BlobSource = GoogleAppsScript.Base.BlobSource;

/** Images for the model's image slots; a missing one is written as a placeholder paragraph. */
export type DocsImages = Partial<Record<ImageBlock['key'], BlobSource | null>>;

/** Highlight of text people must replace before signing (the HTML renderer's mark colour). */
export const PLACEHOLDER_HIGHLIGHT = '#fff2a8';
const TEXT_COLOUR = '#000000';
const BORDER_COLOUR = '#000000';
/** A rule under a header line is a run of em dashes at this size (TNR em = 1 em wide). */
const RULE_SIZE_PT = 8;

/**
 * Where blocks go: at the end of a body (reusing its trailing empty paragraph) or at a fixed
 * position (a template's placeholder). Each method returns the element it made.
 */
export interface BlockSink {
  paragraph(text: string): Paragraph;
  table(cells: string[][]): Table;
  /** A paragraph holding the image. */
  image(blob: BlobSource): { paragraph: Paragraph; image: GoogleAppsScript.Document.InlineImage };
  pageBreak(): void;
}

/**
 * Appends at the end of `body`. The body's trailing empty paragraph (a new document's first
 * paragraph, or the one appendTable leaves after a table) is filled instead of left blank.
 */
export function appendSink(body: Body, trailing: Paragraph | null): BlockSink {
  let pending: Paragraph | null = trailing;
  return {
    paragraph(text) {
      if (pending) {
        const p = pending;
        p.setText(text);
        pending = null;
        return p;
      }
      return body.appendParagraph(text);
    },
    table(cells) {
      if (pending) return body.insertTable(body.getChildIndex(pending), cells);
      const table = body.appendTable(cells);
      const next = table.getNextSibling();
      pending = next && next.getType() === DocumentApp.ElementType.PARAGRAPH ? next.asParagraph() : null;
      return table;
    },
    image(blob) {
      const paragraph = pending ?? body.appendParagraph('');
      pending = null;
      return { paragraph, image: paragraph.appendInlineImage(blob) };
    },
    pageBreak() {
      if (pending) {
        pending.appendPageBreak();
        pending = null;
      } else {
        body.appendPageBreak();
      }
    },
  };
}

/** Inserts into `body` starting at child `index`, moving later content down. */
export function insertSink(body: Body, index: number): BlockSink {
  let at = index;
  return {
    paragraph: (text) => body.insertParagraph(at++, text),
    table: (cells) => body.insertTable(at++, cells),
    image(blob) {
      const paragraph = body.insertParagraph(at++, '');
      return { paragraph, image: paragraph.appendInlineImage(blob) };
    },
    pageBreak() {
      body.insertPageBreak(at++);
    },
  };
}

/** Sets A4 size and the model's margins (points) on the document's body. */
export function applyPageSetup(body: Body, model: ReportModel): void {
  const { page } = model;
  body
    .setPageWidth(page.widthPt)
    .setPageHeight(page.heightPt)
    .setMarginTop(page.marginsPt.top)
    .setMarginBottom(page.marginsPt.bottom)
    .setMarginLeft(page.marginsPt.left)
    .setMarginRight(page.marginsPt.right);
}

/**
 * Renders the whole model into a new document's body: page setup, then every block in order.
 * The body must be fresh (one empty paragraph), as DocumentApp.create leaves it.
 */
export function renderReportDoc(model: ReportModel, body: Body, images: DocsImages = {}): void {
  applyPageSetup(body, model);
  const first = body.getChild(0).asParagraph();
  renderBlocks(model, model.blocks, appendSink(body, first), images);
}

/** Renders `blocks` through `sink` with the model's font. */
export function renderBlocks(model: ReportModel, blocks: readonly ReportBlock[], sink: BlockSink, images: DocsImages = {}): void {
  const font = model.fontFamily;
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
      case 'listItem':
        styleParagraph(sink.paragraph(runsText(block.runs)), block.runs, block.style, font);
        break;
      case 'heading': {
        const p = sink.paragraph(runsText(block.runs));
        p.setHeading(HEADINGS[block.level]());
        styleParagraph(p, block.runs, block.style, font);
        break;
      }
      case 'table':
        renderTable(block, sink, font);
        break;
      case 'columns':
        renderColumns(block, sink, font);
        break;
      case 'image':
        renderImage(block, sink, images[block.key] ?? null, font, msg('rptChartMissing', model.locale, { alt: block.alt }));
        break;
      case 'pageBreak':
        sink.pageBreak();
        break;
    }
  }
}

const HEADINGS = {
  1: () => DocumentApp.ParagraphHeading.HEADING1,
  2: () => DocumentApp.ParagraphHeading.HEADING2,
  3: () => DocumentApp.ParagraphHeading.HEADING3,
} as const;

function alignment(align: Align): GoogleAppsScript.Document.HorizontalAlignment {
  const { HorizontalAlignment } = DocumentApp;
  switch (align) {
    case 'left':
      return HorizontalAlignment.LEFT;
    case 'center':
      return HorizontalAlignment.CENTER;
    case 'right':
      return HorizontalAlignment.RIGHT;
    case 'justify':
      return HorizontalAlignment.JUSTIFY;
  }
}

function runsText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}

/** Every paragraph and character attribute of a paragraph style, as one setAttributes object. */
export function paragraphAttributes(style: ParagraphStyle, font: string): Record<string, unknown> {
  const A = DocumentApp.Attribute;
  return {
    [A.FONT_FAMILY]: font,
    [A.FONT_SIZE]: style.sizePt,
    [A.BOLD]: style.bold,
    [A.ITALIC]: style.italic,
    [A.FOREGROUND_COLOR]: TEXT_COLOUR,
    [A.HORIZONTAL_ALIGNMENT]: alignment(style.align),
    [A.INDENT_FIRST_LINE]: mmToPt(style.firstLineIndentMm),
    [A.INDENT_START]: 0,
    [A.SPACING_BEFORE]: style.spaceBeforePt,
    [A.SPACING_AFTER]: style.spaceAfterPt,
    [A.LINE_SPACING]: style.lineSpacing,
  };
}

/**
 * One setAttributes for the paragraph, then one setter per character attribute of each run
 * that differs from the paragraph (placeholders are highlighted).
 */
function styleParagraph(p: Paragraph, runs: readonly Run[], style: ParagraphStyle, font: string): void {
  p.setAttributes(paragraphAttributes(style, font));
  let text: GoogleAppsScript.Document.Text | null = null;
  let start = 0;
  for (const run of runs) {
    const end = start + run.text.length - 1;
    if (run.text.length > 0) {
      const edit = (): GoogleAppsScript.Document.Text => (text ??= p.editAsText());
      if (run.bold !== undefined && run.bold !== style.bold) edit().setBold(start, end, run.bold);
      if (run.italic !== undefined && run.italic !== style.italic) edit().setItalic(start, end, run.italic);
      if (run.underline) edit().setUnderline(start, end, true);
      if (run.sizePt !== undefined && run.sizePt !== style.sizePt) edit().setFontSize(start, end, run.sizePt);
      if (run.placeholder) edit().setBackgroundColor(start, end, PLACEHOLDER_HIGHLIGHT);
    }
    start += run.text.length;
  }
}

/** A centred line of em dashes about `widthMm` long, under a header line. */
function ruleText(widthMm: number): string {
  const dashMm = (RULE_SIZE_PT * 25.4) / 72;
  return '\u2014'.repeat(Math.max(1, Math.round(widthMm / dashMm)));
}

/** The header and signature rows: a borderless one-row table, each cell its own paragraphs. */
function renderColumns(block: ColumnsBlock, sink: BlockSink, font: string): void {
  const A = DocumentApp.Attribute;
  const table = sink.table([block.cells.map((paragraphs) => (paragraphs[0] ? runsText(paragraphs[0].runs) : ''))]);
  table.setAttributes({ [A.BORDER_WIDTH]: 0, [A.FONT_FAMILY]: font });
  block.columns.forEach((column, c) => table.setColumnWidth(c, mmToPt(column.widthMm)));
  block.cells.forEach((paragraphs, c) => {
    const cell = table.getCell(0, c);
    paragraphs.forEach((para, i) => {
      const p = i === 0 ? cell.getChild(0).asParagraph() : cell.appendParagraph(runsText(para.runs));
      styleParagraph(p, para.runs, para.style, font);
      if (para.style.ruleBelowMm !== null) {
        const rule = cell.appendParagraph(ruleText(para.style.ruleBelowMm));
        rule.setAttributes({
          ...paragraphAttributes({ ...para.style, sizePt: RULE_SIZE_PT, bold: false, italic: false, spaceBeforePt: 0, spaceAfterPt: 0, lineSpacing: 1 }, font),
          [A.INDENT_FIRST_LINE]: 0,
        });
      }
    });
  });
}

/**
 * A data table in one appendTable call, then: borders, font and size on the table (one call),
 * column widths (one per column), bold on header, group and total rows (one per row), and the
 * alignment of each cell that is not left-aligned (its paragraph, one lookup and one call).
 */
function renderTable(block: TableBlock, sink: BlockSink, font: string): void {
  const A = DocumentApp.Attribute;
  const table = sink.table(block.rows.map((row) => row.cells.map((cell) => cell.text)));
  table.setAttributes({
    [A.BORDER_WIDTH]: block.borderPt,
    [A.BORDER_COLOR]: BORDER_COLOUR,
    [A.FONT_FAMILY]: font,
    [A.FONT_SIZE]: block.sizePt,
  });
  block.columns.forEach((column, c) => table.setColumnWidth(c, mmToPt(column.widthMm)));
  block.rows.forEach((row, r) => {
    const rowBold = row.cells.every((cell) => cell.bold || cell.text === '') && row.cells.some((cell) => cell.bold);
    if (rowBold) table.getRow(r).setAttributes({ [A.BOLD]: true });
    row.cells.forEach((cell, c) => {
      if (cell.text === '') return;
      const attrs: Record<string, unknown> = {};
      if (cell.align !== 'left') attrs[A.HORIZONTAL_ALIGNMENT] = alignment(cell.align);
      if (cell.bold && !rowBold) attrs[A.BOLD] = true;
      if (cell.italic) attrs[A.ITALIC] = true;
      if (Object.keys(attrs).length > 0) cellParagraph(table, r, c).setAttributes(attrs);
    });
  });
}

function cellParagraph(table: Table, row: number, column: number): Element {
  return table.getCell(row, column).getChild(0);
}

/** The chart as an inline image at the model's size, or a highlighted placeholder line. */
function renderImage(block: ImageBlock, sink: BlockSink, blob: BlobSource | null, font: string, missingText: string): void {
  const A = DocumentApp.Attribute;
  if (!blob) {
    const p = sink.paragraph(missingText);
    p.setAttributes({
      ...paragraphAttributes(
        { align: block.align, sizePt: 13, bold: false, italic: true, firstLineIndentMm: 0, spaceBeforePt: 6, spaceAfterPt: 6, lineSpacing: 1, ruleBelowMm: null, keepWithNext: false },
        font,
      ),
      [A.BACKGROUND_COLOR]: PLACEHOLDER_HIGHLIGHT,
    });
    return;
  }
  const { paragraph, image } = sink.image(blob);
  image.setWidth(mmToPt(block.widthMm)).setHeight(mmToPt(block.heightMm)).setAltTitle(block.alt);
  paragraph.setAttributes({ [A.HORIZONTAL_ALIGNMENT]: alignment(block.align), [A.INDENT_FIRST_LINE]: 0 });
}
