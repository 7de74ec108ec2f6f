// Writes a ReportModel into a Google Doc: page setup, one styled paragraph or table per block.
// Docs has no bulk paragraph API, so calls grow with the paragraphs (linear in the tasks): one
// append and one setAttributes each; tables cost a fixed number of calls whatever their length.
import { msg } from '../../core/messages/index';
import {
  mmToPt,
  type Align,
  type ColumnsBlock,
  type ImageBlock,
  type ParagraphStyle,
  type ReportBlock,
  type ReportModel,
  type Run,
  type TableBlock,
} from '../../core/report/model';
import { charStyle, type CharStyle } from '../../core/report/model';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;
type Table = GoogleAppsScript.Document.Table;
type Element = GoogleAppsScript.Document.Element;
type BlobSource = GoogleAppsScript.Base.BlobSource;

/** Images for the model's image slots; a missing one is written as a placeholder paragraph. */
export type DocsImages = Partial<Record<ImageBlock['key'], BlobSource | null>>;

/** Highlight of text people must replace before signing (the HTML renderer's mark colour). */
const PLACEHOLDER_HIGHLIGHT = '#fff2a8';
const TEXT_COLOUR = '#000000';
const BORDER_COLOUR = '#000000';
/** A rule under a header line is a run of em dashes at this size (TNR em = 1 em wide). */
const RULE_SIZE_PT = 8;

/**
 * Where blocks go: at the end of a body (reusing its trailing empty paragraph) or at a fixed
 * position (a template's placeholder). Each method returns the element it made.
 */
interface BlockSink {
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
function appendSink(body: Body, trailing: Paragraph | null): BlockSink {
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
function applyPageSetup(body: Body, model: ReportModel): void {
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
export function renderBlocks(
  model: ReportModel,
  blocks: readonly ReportBlock[],
  sink: BlockSink,
  images: DocsImages = {},
): void {
  const font = model.fontFamily;
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
      case 'listItem':
        styleParagraph(sink.paragraph(runsText(block.runs)), block.runs, block.style, font);
        break;
      case 'heading': {
        const p = sink.paragraph(runsText(block.runs));
        // Named headings for the outline's sections and items (levels 1–2, a handful per
        // report). Level 3 (one per task) stays a styled normal paragraph: the call it would
        // cost per task buys only an outline entry nobody scrolls through a thousand of.
        if (block.level !== 3) p.setHeading(HEADINGS[block.level]());
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
        renderImage(
          block,
          sink,
          images[block.key] ?? null,
          font,
          msg('rptChartMissing', model.locale, { alt: block.alt }),
        );
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

function sameChars(a: CharStyle, b: CharStyle): boolean {
  return (
    a.sizePt === b.sizePt &&
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.underline === b.underline &&
    a.placeholder === b.placeholder
  );
}

/** Character attributes for setAttributes (font family included: the doc default is not ours). */
function charAttributes(chars: CharStyle, font: string, clearHighlight = false): Record<string, unknown> {
  const A = DocumentApp.Attribute;
  const attrs: Record<string, unknown> = {
    [A.FONT_FAMILY]: font,
    [A.FONT_SIZE]: chars.sizePt,
    [A.BOLD]: chars.bold,
    [A.ITALIC]: chars.italic,
    [A.UNDERLINE]: chars.underline,
    [A.FOREGROUND_COLOR]: TEXT_COLOUR,
  };
  if (chars.placeholder) attrs[A.BACKGROUND_COLOR] = PLACEHOLDER_HIGHLIGHT;
  else if (clearHighlight) attrs[A.BACKGROUND_COLOR] = null;
  return attrs;
}

/** Every paragraph and character attribute of a paragraph style, as one setAttributes object. */
function paragraphAttributes(
  style: ParagraphStyle,
  font: string,
  chars: CharStyle = charStyle(undefined, style),
): Record<string, unknown> {
  const A = DocumentApp.Attribute;
  return {
    ...charAttributes(chars, font),
    [A.HORIZONTAL_ALIGNMENT]: alignment(style.align),
    [A.INDENT_FIRST_LINE]: mmToPt(style.firstLineIndentMm),
    [A.INDENT_START]: 0,
    [A.SPACING_BEFORE]: style.spaceBeforePt,
    [A.SPACING_AFTER]: style.spaceAfterPt,
    [A.LINE_SPACING]: style.lineSpacing,
  };
}

/**
 * One setAttributes for the whole paragraph, carrying the character style most of its text has
 * (the first run's); then, only when runs differ from it, one editAsText and one ranged
 * setAttributes per differing run. A paragraph of one style costs one call.
 */
function styleParagraph(p: Paragraph, runs: readonly Run[], style: ParagraphStyle, font: string): void {
  const visible = runs.filter((run) => run.text.length > 0);
  const base = charStyle(visible[0], style);
  p.setAttributes(paragraphAttributes(style, font, base));
  let text: GoogleAppsScript.Document.Text | null = null;
  let start = 0;
  for (const run of visible) {
    const chars = charStyle(run, style);
    if (!sameChars(chars, base))
      (text ??= p.editAsText()).setAttributes(
        start,
        start + run.text.length - 1,
        charAttributes(chars, font, base.placeholder),
      );
    start += run.text.length;
  }
}

/**
 * A centred line of em dashes about `widthMm` long, under a header line. NĐ 30 draws a solid
 * rule (1/3–1/2 of the agency name, the motto's full width); DocumentApp has no paragraph
 * border or drawing API, so a short run of 8 pt em dashes in its own single-spaced paragraph
 * is the closest it allows (a table border would need a nested table per rule).
 */
function ruleText(widthMm: number): string {
  const dashMm = (RULE_SIZE_PT * 25.4) / 72;
  return '\u2014'.repeat(Math.max(1, Math.round(widthMm / dashMm)));
}

/** The header and signature rows: a borderless one-row table, each cell its own paragraphs. */
function renderColumns(block: ColumnsBlock, sink: BlockSink, font: string): void {
  const A = DocumentApp.Attribute;
  const table = sink.table([block.cells.map((paragraphs) => (paragraphs[0] ? runsText(paragraphs[0].runs) : ''))]);
  table.setAttributes({ [A.BORDER_WIDTH]: 0 });
  block.columns.forEach((column, c) => table.setColumnWidth(c, mmToPt(column.widthMm)));
  block.cells.forEach((paragraphs, c) => {
    const cell = table.getCell(0, c);
    paragraphs.forEach((para, i) => {
      const p = i === 0 ? cell.getChild(0).asParagraph() : cell.appendParagraph(runsText(para.runs));
      styleParagraph(p, para.runs, para.style, font);
      if (para.style.ruleBelowMm !== null) {
        const ruleStyle: ParagraphStyle = {
          ...para.style,
          sizePt: RULE_SIZE_PT,
          bold: false,
          italic: false,
          firstLineIndentMm: 0,
          spaceBeforePt: 0,
          spaceAfterPt: 0,
          lineSpacing: 1,
        };
        cell.appendParagraph(ruleText(para.style.ruleBelowMm)).setAttributes(paragraphAttributes(ruleStyle, font));
      }
    });
  });
}

/**
 * A data table in one appendTable call, then a fixed number of calls whatever its length:
 * borders (one call); font family and size through the table's Text (editAsText, the
 * documented route to the cells' text: attributes set on a Table are not said to reach it);
 * column widths (one per column); bold rows (header, group, total) as ranges of that Text;
 * and the alignment of each cell the model does not leave left-aligned (its paragraph: one
 * lookup and one call). The model centres only header cells and the short statistics table.
 */
function renderTable(block: TableBlock, sink: BlockSink, font: string): void {
  const A = DocumentApp.Attribute;
  const table = sink.table(block.rows.map((row) => row.cells.map((cell) => cell.text)));
  table.setAttributes({ [A.BORDER_WIDTH]: block.borderPt, [A.BORDER_COLOR]: BORDER_COLOUR });
  const text = table.editAsText().setFontFamily(font).setFontSize(block.sizePt);
  block.columns.forEach((column, c) => table.setColumnWidth(c, mmToPt(column.widthMm)));
  // Bold rows through ranges of the table's Text when its getText() is laid out as expected
  // (cells and rows joined by "\n"), one call per row; else through each row's own Text.
  const rowTexts = block.rows.map((row) => row.cells.map((cell) => cell.text).join('\n'));
  const ranged = text.getText() === rowTexts.join('\n');
  let rowStart = 0;
  block.rows.forEach((row, r) => {
    const rowBold = row.cells.every((cell) => cell.bold || cell.text === '') && row.cells.some((cell) => cell.bold);
    const rowLength = (rowTexts[r] ?? '').length;
    if (rowBold && ranged) text.setBold(rowStart, rowStart + rowLength - 1, true);
    else if (rowBold) table.getRow(r).editAsText().setBold(true);
    rowStart += rowLength + 1;
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
function renderImage(
  block: ImageBlock,
  sink: BlockSink,
  blob: BlobSource | null,
  font: string,
  missingText: string,
): void {
  const A = DocumentApp.Attribute;
  if (!blob) {
    const style: ParagraphStyle = {
      align: block.align,
      sizePt: 13,
      bold: false,
      italic: true,
      firstLineIndentMm: 0,
      spaceBeforePt: 6,
      spaceAfterPt: 6,
      lineSpacing: 1,
      ruleBelowMm: null,
      keepWithNext: false,
    };
    sink
      .paragraph(missingText)
      .setAttributes(paragraphAttributes(style, font, { ...charStyle(undefined, style), placeholder: true }));
    return;
  }
  const { paragraph, image } = sink.image(blob);
  // InlineImage sizes are whole pixels (the reference types them Integer).
  image
    .setWidth(Math.round(mmToPt(block.widthMm)))
    .setHeight(Math.round(mmToPt(block.heightMm)))
    .setAltTitle(block.alt);
  paragraph.setAttributes({ [A.HORIZONTAL_ALIGNMENT]: alignment(block.align), [A.INDENT_FIRST_LINE]: 0 });
}
