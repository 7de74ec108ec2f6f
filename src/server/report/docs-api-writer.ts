// Writes a ReportModel into a Google Doc through the Advanced Docs service: the whole report is
// planned as Docs API requests with their indexes worked out here (UTF-16 units, the API's
// structure rules), then sent in a few batchUpdate calls whatever its length. What DocumentApp
// cannot do comes with it: paragraph borders for the rules, merged group rows, pinned header
// rows, a landscape section for a wide table, cell padding. The chart (a blob, which the API
// cannot take: insertInlineImage needs a public URL) is added with DocumentApp afterwards.
import { at, last } from '../../core/arrays';
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

/**
 * One Docs API request. Typed loosely: the bundled typings predate section, merge, pin and
 * cell-style requests, which the API reference documents.
 */
type Request = Record<string, Record<string, unknown>>;
type BlobSource = GoogleAppsScript.Base.BlobSource;

/** Images for the model's image slots; a missing one is written as a placeholder paragraph. */
export type ReportImages = Partial<Record<ImageBlock['key'], BlobSource | null>>;

/**
 * Requests per batchUpdate. The API documents no count limit; batches of this size keep each
 * payload under about 1 MB, so a 1,000-task report takes a handful of calls.
 */
const REQUESTS_PER_BATCH = 4000;
/** Google Docs' documented size limit is about 1.02 million characters; stay under it. */
export const DOC_CHARACTER_LIMIT = 1_000_000;

const BLACK = { color: { rgbColor: { red: 0, green: 0, blue: 0 } } };
const PLACEHOLDER_HIGHLIGHT = { color: { rgbColor: { red: 1, green: 0.949, blue: 0.659 } } };
/** A rule under a header line: a 0.75 pt solid bottom border of its own short paragraph. */
const RULE_WIDTH_PT = 0.75;
/** Space between a header line and its rule. */
const RULE_GAP_PT = 2;
/** Spacer paragraphs (the one the API puts before a table at the start) are 1 pt high. */
const SPACER_PT = 1;
/** The layout tables' cells have no side padding, so the national motto fits on one line. */
const LAYOUT_CELL_PADDING_PT = 0;
/** A data table wider than this many columns goes in a landscape section. */
const LANDSCAPE_MIN_COLUMNS = 9;
/** CSS reference pixels per inch: DocumentApp's InlineImage sizes are in pixels. */
const PX_PER_INCH = 96;

const pt = (magnitude: number) => ({ magnitude: Math.round(magnitude * 100) / 100, unit: 'PT' });

const ALIGNMENT: Record<Align, string> = { left: 'START', center: 'CENTER', right: 'END', justify: 'JUSTIFIED' };

function runsText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}

/** Paragraph text as the API takes it: a line break inside a paragraph is a vertical tab. */
function clean(text: string): string {
  return text.replace(/\r?\n/g, '\u000b');
}

/** Where the chart goes once the text is written: the n-th paragraph of the body. */
interface ImageSlot {
  paragraphOrdinal: number;
  block: ImageBlock;
}

/** The planned Doc: its requests in order (content first, then styles) and the image slots. */
export interface DocsPlan {
  requests: Request[];
  images: ImageSlot[];
}

/** A style to apply to [start, end) once every piece of text is in. */
interface Styled {
  start: number;
  end: number;
  paragraph?: Record<string, unknown>;
  paragraphFields?: string;
  text?: Record<string, unknown>;
  textFields?: string;
}

const TEXT_FIELDS = 'weightedFontFamily,fontSize,bold,italic,underline,foregroundColor,backgroundColor';
const PARAGRAPH_FIELDS =
  'namedStyleType,alignment,lineSpacing,spaceAbove,spaceBelow,indentFirstLine,indentStart,indentEnd,keepWithNext';

/**
 * Plans the requests. The body is written from its start (index 1) forwards, always at the
 * end, so an index worked out when a piece is written stays right until the end; a table's
 * cells are filled from the last so the earlier cells' indexes hold while filling.
 */
export class DocsPlanner {
  private readonly content: Request[] = [];
  private readonly styles: Styled[] = [];
  private readonly extra: Request[] = [];
  private readonly imageSlots: ImageSlot[] = [];
  /** Index of the end of the last paragraph's text (just before its newline). */
  private cursor = 1;
  /** The last paragraph is empty and unclaimed (a new document's, or the one after a table). */
  private fresh = true;
  /** Paragraphs before the last one, as Body.getParagraphs() counts them. */
  private paragraphsBefore = 0;
  private readonly contentWidthPt: number;
  private readonly landscapeWidthPt: number;

  constructor(private readonly model: ReportModel) {
    const { page } = model;
    this.contentWidthPt = page.widthPt - page.marginsPt.left - page.marginsPt.right;
    this.landscapeWidthPt = page.heightPt - page.marginsPt.left - page.marginsPt.right;
  }

  /** Every request of the report: document style, content, then styles and table settings. */
  plan(images: ReportImages): DocsPlan {
    const { page } = this.model;
    const documentStyle: Request = {
      updateDocumentStyle: {
        documentStyle: {
          pageSize: { width: pt(page.widthPt), height: pt(page.heightPt) },
          marginTop: pt(page.marginsPt.top),
          marginBottom: pt(page.marginsPt.bottom),
          marginLeft: pt(page.marginsPt.left),
          marginRight: pt(page.marginsPt.right),
        },
        fields: 'pageSize,marginTop,marginBottom,marginLeft,marginRight',
      },
    };
    const blocks = this.model.blocks;
    const wide = (block: ReportBlock | undefined) =>
      block?.kind === 'table' && block.columns.length >= LANDSCAPE_MIN_COLUMNS;
    for (let i = 0; i < blocks.length; i++) {
      const block = at(blocks, i);
      // A wide table goes on landscape pages of its own section, with its heading.
      if (wide(block) || (block.kind === 'heading' && wide(blocks[i + 1]))) {
        const start = this.sectionBreak();
        if (!wide(block)) this.block(at(blocks, i++), images, false);
        this.block(at(blocks, i), images, true);
        this.landscape(start, this.sectionBreak());
        continue;
      }
      this.block(block, images, false);
    }
    return {
      requests: [documentStyle, ...this.content, ...this.styleRequests(), ...this.extra],
      images: this.imageSlots,
    };
  }

  // ---- content ------------------------------------------------------------------------------

  /**
   * Inserts text at the cursor, joined to the previous insertion when that one ended right
   * there: a run of paragraphs is one insertText.
   */
  private insertAtCursor(text: string): void {
    const last = this.content[this.content.length - 1]?.insertText as
      | { location: { index: number }; text: string }
      | undefined;
    if (last && last.location.index + last.text.length === this.cursor) last.text += text;
    else this.content.push({ insertText: { location: { index: this.cursor }, text } });
  }

  /** Writes a paragraph at the end; returns its [start, end) (end after its newline). */
  private paragraph(text: string): { start: number; end: number } {
    const value = clean(text);
    if (this.fresh) {
      if (value) this.insertAtCursor(value);
      const start = this.cursor;
      this.cursor += value.length;
      this.fresh = false;
      return { start, end: this.cursor + 1 };
    }
    this.insertAtCursor(`\n${value}`);
    this.paragraphsBefore += 1;
    const start = this.cursor + 1;
    this.cursor = start + value.length;
    return { start, end: this.cursor + 1 };
  }

  /** The body ordinal (Body.getParagraphs()) of the paragraph paragraph() just wrote. */
  private lastOrdinal(): number {
    return this.paragraphsBefore;
  }

  /** Ends the last paragraph if it holds something, so the next piece starts on a fresh one. */
  private freshParagraph(): void {
    if (this.fresh) return;
    this.insertAtCursor('\n');
    this.paragraphsBefore += 1;
    this.cursor += 1;
    this.fresh = true;
  }

  /**
   * A table of `cells` (each cell's paragraphs joined by "\n"). Returns its start index and
   * each cell's paragraphs' ranges. The API puts a newline before a table: on a fresh
   * paragraph that leaves an empty one before it, which is styled 1 pt high.
   */
  private table(cells: string[][]): { start: number; cells: { start: number; end: number }[][][] } {
    const rows = cells.length;
    const columns = at(cells, 0).length;
    const wasFresh = this.fresh;
    this.content.push({ insertTable: { rows, columns, location: { index: this.cursor } } });
    if (wasFresh) this.spacer(this.cursor);
    const start = this.cursor + 1;
    // Fill the cells from the last: an empty cell's paragraph sits at cell start + 1.
    for (let r = rows - 1; r >= 0; r--) {
      for (let c = columns - 1; c >= 0; c--) {
        const text = at(at(cells, r), c).split('\n').map(clean).join('\n');
        if (text === '') continue;
        const cellStart = start + 1 + r * (1 + 2 * columns) + 1 + 2 * c;
        this.content.push({ insertText: { location: { index: cellStart + 1 }, text } });
      }
    }
    // Final indexes, walking forward.
    let position = start + 1;
    const ranges: { start: number; end: number }[][][] = [];
    let paragraphs = 0;
    for (let r = 0; r < rows; r++) {
      position += 1; // row start
      const row: { start: number; end: number }[][] = [];
      for (let c = 0; c < columns; c++) {
        position += 1; // cell start
        const cell: { start: number; end: number }[] = [];
        for (const line of at(at(cells, r), c).split('\n')) {
          const len = clean(line).length;
          cell.push({ start: position, end: position + len + 1 });
          position += len + 1;
          paragraphs += 1;
        }
        row.push(cell);
      }
      ranges.push(row);
    }
    // The paragraph the table was inserted in stays before it; the new last one follows.
    this.paragraphsBefore += 1 + paragraphs;
    this.cursor = position;
    this.fresh = true;
    return { start, cells: ranges };
  }

  private spacer(index: number): void {
    this.styles.push({
      start: index,
      end: index + 1,
      paragraph: {
        namedStyleType: 'NORMAL_TEXT',
        alignment: 'START',
        lineSpacing: 100,
        spaceAbove: pt(0),
        spaceBelow: pt(0),
        indentFirstLine: pt(0),
        indentStart: pt(0),
        indentEnd: pt(0),
        keepWithNext: false,
      },
      paragraphFields: PARAGRAPH_FIELDS,
      text: this.textStyle({ sizePt: SPACER_PT, bold: false, italic: false, underline: false, placeholder: false }),
      textFields: TEXT_FIELDS,
    });
  }

  private pageBreak(): void {
    this.freshParagraph();
    this.content.push({ insertPageBreak: { location: { index: this.cursor } } });
    this.spacer(this.cursor);
    this.paragraphsBefore += 1;
    this.cursor += 2;
  }

  /** A next-page section break at the end; returns its index. */
  private sectionBreak(): number {
    const wasFresh = this.fresh;
    this.content.push({ insertSectionBreak: { sectionType: 'NEXT_PAGE', location: { index: this.cursor } } });
    if (wasFresh) this.spacer(this.cursor);
    const at = this.cursor + 1;
    this.paragraphsBefore += 1;
    this.cursor += 2;
    this.fresh = true;
    return at;
  }

  /** Turns the section between two breaks sideways; its margins stay as the decree sets them for the page as read. */
  private landscape(start: number, end: number): void {
    const { page } = this.model;
    this.extra.push({
      updateSectionStyle: {
        range: { startIndex: start + 1, endIndex: end },
        sectionStyle: {
          flipPageOrientation: true,
          marginTop: pt(page.marginsPt.top),
          marginBottom: pt(page.marginsPt.bottom),
          marginLeft: pt(page.marginsPt.left),
          marginRight: pt(page.marginsPt.right),
        },
        fields: 'flipPageOrientation,marginTop,marginBottom,marginLeft,marginRight',
      },
    });
  }

  // ---- blocks -------------------------------------------------------------------------------

  private block(block: ReportBlock, images: ReportImages, wide: boolean): void {
    switch (block.kind) {
      case 'paragraph':
      case 'listItem':
        this.styledParagraph(block.runs, block.style, 'NORMAL_TEXT', this.contentWidthPt);
        break;
      case 'heading':
        this.styledParagraph(
          block.runs,
          block.style,
          block.level === 1 ? 'HEADING_1' : block.level === 2 ? 'HEADING_2' : 'NORMAL_TEXT',
          this.contentWidthPt,
        );
        break;
      case 'table':
        this.dataTable(block, wide);
        break;
      case 'columns':
        this.columns(block);
        break;
      case 'image':
        this.image(block, images[block.key] ?? null);
        break;
      case 'pageBreak':
        this.pageBreak();
        break;
    }
  }

  private textStyle(chars: CharStyle): Record<string, unknown> {
    return {
      weightedFontFamily: { fontFamily: this.model.fontFamily },
      fontSize: pt(chars.sizePt),
      bold: chars.bold,
      italic: chars.italic,
      underline: chars.underline,
      foregroundColor: BLACK,
      backgroundColor: chars.placeholder ? PLACEHOLDER_HIGHLIGHT : {},
    };
  }

  private paragraphStyle(style: ParagraphStyle, named: string): Record<string, unknown> {
    return {
      namedStyleType: named,
      alignment: ALIGNMENT[style.align],
      lineSpacing: Math.round(style.lineSpacing * 100),
      spaceAbove: pt(style.spaceBeforePt),
      spaceBelow: pt(style.spaceAfterPt),
      indentFirstLine: pt(mmToPt(style.firstLineIndentMm)),
      indentStart: pt(0),
      indentEnd: pt(0),
      keepWithNext: style.keepWithNext,
    };
  }

  /** A paragraph with its style; runs that differ from the first get their own text style. */
  private styledParagraph(
    runs: readonly Run[],
    style: ParagraphStyle,
    named: string,
    widthPt: number,
    at?: { start: number; end: number },
  ): void {
    const range = at ?? this.paragraph(runsText(runs));
    // A rule sits right under its line; the space after the line goes after the rule.
    this.styleRuns(range, runs, style.ruleBelowMm === null ? style : { ...style, spaceAfterPt: 0 }, named);
    if (style.ruleBelowMm !== null) this.rule(style, widthPt);
  }

  private styleRuns(
    range: { start: number; end: number },
    runs: readonly Run[],
    style: ParagraphStyle,
    named: string,
  ): void {
    const visible = runs.filter((run) => run.text.length > 0);
    const base = charStyle(visible[0], style);
    this.styles.push({
      ...range,
      paragraph: this.paragraphStyle(style, named),
      paragraphFields: PARAGRAPH_FIELDS,
      text: this.textStyle(base),
      textFields: TEXT_FIELDS,
    });
    let offset = range.start;
    for (const run of visible) {
      const chars = charStyle(run, style);
      const length = clean(run.text).length;
      if (JSON.stringify(chars) !== JSON.stringify(base))
        this.styles.push({ start: offset, end: offset + length, text: this.textStyle(chars), textFields: TEXT_FIELDS });
      offset += length;
    }
  }

  /** A short centred rule: an empty 1 pt paragraph, indented to the rule's length, with a bottom border. */
  private rule(style: ParagraphStyle, widthPt: number, at?: { start: number; end: number }): void {
    const range = at ?? this.paragraph('');
    const side = Math.max(0, (widthPt - mmToPt(style.ruleBelowMm ?? 0)) / 2);
    this.styles.push({
      ...range,
      paragraph: {
        namedStyleType: 'NORMAL_TEXT',
        alignment: 'CENTER',
        lineSpacing: 100,
        spaceAbove: pt(RULE_GAP_PT),
        spaceBelow: pt(style.spaceAfterPt),
        indentFirstLine: pt(0),
        indentStart: pt(side),
        indentEnd: pt(side),
        keepWithNext: true,
        borderBottom: { width: pt(RULE_WIDTH_PT), padding: pt(0), dashStyle: 'SOLID', color: BLACK },
      },
      paragraphFields: `${PARAGRAPH_FIELDS},borderBottom`,
      text: this.textStyle({ sizePt: SPACER_PT, bold: false, italic: false, underline: false, placeholder: false }),
      textFields: TEXT_FIELDS,
    });
  }

  /** The header and signature rows: a borderless one-row table, each cell its own paragraphs (rules included). */
  private columns(block: ColumnsBlock): void {
    const texts = block.cells.map((paragraphs) =>
      paragraphs
        .flatMap((p) => (p.style.ruleBelowMm !== null ? [runsText(p.runs), ''] : [runsText(p.runs)]))
        .join('\n'),
    );
    const { start, cells } = this.table([texts]);
    block.columns.forEach((column, c) => this.columnWidth(start, c, mmToPt(column.widthMm)));
    const none = { width: pt(0), dashStyle: 'SOLID', color: BLACK };
    this.extra.push({
      updateTableCellStyle: {
        tableStartLocation: { index: start },
        tableCellStyle: {
          borderTop: none,
          borderBottom: none,
          borderLeft: none,
          borderRight: none,
          paddingLeft: pt(LAYOUT_CELL_PADDING_PT),
          paddingRight: pt(LAYOUT_CELL_PADDING_PT),
          paddingTop: pt(0),
          paddingBottom: pt(0),
        },
        fields: 'borderTop,borderBottom,borderLeft,borderRight,paddingLeft,paddingRight,paddingTop,paddingBottom',
      },
    });
    block.cells.forEach((paragraphs, c) => {
      const ranges = at(at(cells, 0), c);
      let k = 0;
      for (const para of paragraphs) {
        this.styleRuns(
          at(ranges, k++),
          para.runs,
          para.style.ruleBelowMm === null ? para.style : { ...para.style, spaceAfterPt: 0 },
          'NORMAL_TEXT',
        );
        if (para.style.ruleBelowMm !== null)
          this.rule(para.style, mmToPt(at(block.columns, c).widthMm), at(ranges, k++));
      }
    });
  }

  private columnWidth(tableStart: number, column: number, widthPt: number): void {
    this.extra.push({
      updateTableColumnProperties: {
        tableStartLocation: { index: tableStart },
        columnIndices: [column],
        tableColumnProperties: { widthType: 'FIXED_WIDTH', width: pt(widthPt) },
        fields: 'widthType,width',
      },
    });
  }

  /**
   * A bordered data table: borders and padding for every cell (one request), column widths,
   * the cells' common paragraph and text style over the whole table (one each), bold rows,
   * cells the model aligns or italicises otherwise, group rows merged across, header rows pinned.
   */
  private dataTable(block: TableBlock, wide: boolean): void {
    const { start, cells } = this.table(block.rows.map((row) => row.cells.map((cell) => cell.text)));
    const total = block.columns.reduce((sum, column) => sum + column.widthMm, 0);
    const scale = wide ? this.landscapeWidthPt / mmToPt(total) : 1;
    block.columns.forEach((column, c) => this.columnWidth(start, c, mmToPt(column.widthMm) * scale));
    const line = { width: pt(block.borderPt), dashStyle: 'SOLID', color: BLACK };
    const pad = pt(block.paddingPt);
    this.extra.push({
      updateTableCellStyle: {
        tableStartLocation: { index: start },
        tableCellStyle: {
          borderTop: line,
          borderBottom: line,
          borderLeft: line,
          borderRight: line,
          paddingLeft: pad,
          paddingRight: pad,
          paddingTop: pad,
          paddingBottom: pad,
        },
        fields: 'borderTop,borderBottom,borderLeft,borderRight,paddingLeft,paddingRight,paddingTop,paddingBottom',
      },
    });
    const whole = { start: at(at(at(cells, 0), 0), 0).start, end: last(last(last(cells))).end };
    const cellParagraph: ParagraphStyle = {
      align: 'left',
      sizePt: block.sizePt,
      bold: false,
      italic: false,
      firstLineIndentMm: 0,
      spaceBeforePt: 0,
      spaceAfterPt: 0,
      lineSpacing: 1,
      ruleBelowMm: null,
      keepWithNext: false,
    };
    this.styles.push({
      ...whole,
      paragraph: this.paragraphStyle(cellParagraph, 'NORMAL_TEXT'),
      paragraphFields: PARAGRAPH_FIELDS,
      text: this.textStyle(charStyle(undefined, cellParagraph)),
      textFields: TEXT_FIELDS,
    });
    block.rows.forEach((row, r) => {
      const rowCells = at(cells, r);
      const rowFirst = at(at(rowCells, 0), 0);
      const rowLast = last(last(rowCells));
      const rowBold = row.cells.every((cell) => cell.bold || cell.text === '') && row.cells.some((cell) => cell.bold);
      if (rowBold)
        this.styles.push({ start: rowFirst.start, end: rowLast.end, text: { bold: true }, textFields: 'bold' });
      row.cells.forEach((cell, c) => {
        const range = { start: at(at(rowCells, c), 0).start, end: last(at(rowCells, c)).end };
        if (cell.align !== 'left')
          this.styles.push({ ...range, paragraph: { alignment: ALIGNMENT[cell.align] }, paragraphFields: 'alignment' });
        const text: Record<string, unknown> = {};
        if (cell.bold && !rowBold) text.bold = true;
        if (cell.italic) text.italic = true;
        if (Object.keys(text).length) this.styles.push({ ...range, text, textFields: Object.keys(text).join(',') });
      });
      if (row.role === 'group' && row.cells.length > 1) {
        this.extra.push({
          mergeTableCells: {
            tableRange: {
              tableCellLocation: { tableStartLocation: { index: start }, rowIndex: r, columnIndex: 0 },
              rowSpan: 1,
              columnSpan: row.cells.length,
            },
          },
        });
      }
    });
    if (block.headerRows > 0)
      this.extra.push({
        pinTableHeaderRows: { tableStartLocation: { index: start }, pinnedHeaderRowsCount: block.headerRows },
      });
  }

  /** The chart's paragraph (filled with DocumentApp afterwards) or a highlighted placeholder line. */
  private image(block: ImageBlock, blob: BlobSource | null): void {
    const style: ParagraphStyle = {
      align: block.align,
      sizePt: 13,
      bold: false,
      italic: !blob,
      firstLineIndentMm: 0,
      spaceBeforePt: 6,
      spaceAfterPt: 6,
      lineSpacing: 1,
      ruleBelowMm: null,
      keepWithNext: false,
    };
    if (!blob) {
      this.styledParagraph(
        [{ text: msg('rptChartMissing', this.model.locale, { alt: block.alt }), placeholder: true }],
        style,
        'NORMAL_TEXT',
        this.contentWidthPt,
      );
      return;
    }
    const range = this.paragraph('');
    this.imageSlots.push({ paragraphOrdinal: this.lastOrdinal(), block });
    this.styleRuns(range, [], style, 'NORMAL_TEXT');
  }

  // ---- styles -------------------------------------------------------------------------------

  /**
   * The style requests, neighbouring ranges with the same style joined into one request (a run
   * of body paragraphs is one updateParagraphStyle and one updateTextStyle).
   */
  private styleRequests(): Request[] {
    const out: Request[] = [];
    const join = (kind: 'paragraph' | 'text') => {
      let open: { start: number; end: number; key: string; style: Record<string, unknown>; fields: string } | null =
        null;
      const flush = () => {
        if (!open) return;
        if (kind === 'paragraph')
          out.push({
            updateParagraphStyle: {
              range: { startIndex: open.start, endIndex: open.end },
              paragraphStyle: open.style,
              fields: open.fields,
            },
          });
        else
          out.push({
            updateTextStyle: {
              range: { startIndex: open.start, endIndex: open.end },
              textStyle: open.style,
              fields: open.fields,
            },
          });
        open = null;
      };
      for (const s of this.styles) {
        const style = kind === 'paragraph' ? s.paragraph : s.text;
        const fields = kind === 'paragraph' ? s.paragraphFields : s.textFields;
        if (!style || !fields) continue;
        const key = JSON.stringify([style, fields]);
        if (open && open.key === key && open.end === s.start) {
          open.end = s.end;
          continue;
        }
        flush();
        open = { start: s.start, end: s.end, key, style, fields };
      }
      flush();
    };
    join('paragraph');
    join('text');
    return out;
  }
}

/** Characters the report's text comes to (what counts against Google's document size limit). */
export function reportCharacters(model: ReportModel): number {
  let n = 0;
  const count = (runs: readonly Run[]) => (n += runsText(runs).length + 1);
  for (const block of model.blocks) {
    if (block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'listItem') count(block.runs);
    else if (block.kind === 'columns') for (const cell of block.cells) for (const p of cell) count(p.runs);
    else if (block.kind === 'table')
      for (const row of block.rows) for (const cell of row.cells) n += cell.text.length + 2;
  }
  return n;
}

/** The requests in batches of REQUESTS_PER_BATCH (each one atomic on the API's side). */
export function batches(requests: Request[]): Request[][] {
  const out: Request[][] = [];
  for (let i = 0; i < requests.length; i += REQUESTS_PER_BATCH) out.push(requests.slice(i, i + REQUESTS_PER_BATCH));
  return out;
}

/** Millimetres to CSS pixels (96 per inch), what InlineImage.setWidth/setHeight take. */
export function mmToPx(mm: number): number {
  return Math.round((mm / 25.4) * PX_PER_INCH);
}

/**
 * Writes the model into the Doc `documentId`, whose body must be empty (a new Doc, or one
 * cleared): the planned requests in a few batchUpdate calls, then the chart through DocumentApp.
 */
export function writeReportDoc(documentId: string, model: ReportModel, images: ReportImages): void {
  const docs = Docs!;
  const plan = new DocsPlanner(model).plan(images);
  for (const batch of batches(plan.requests))
    docs.Documents!.batchUpdate({ requests: batch as GoogleAppsScript.Docs.Schema.Request[] }, documentId);
  if (plan.images.length === 0) return;
  const doc = DocumentApp.openById(documentId);
  const paragraphs = doc.getBody().getParagraphs();
  for (const slot of plan.images) {
    const blob = images[slot.block.key];
    if (!blob) continue;
    at(paragraphs, slot.paragraphOrdinal)
      .appendInlineImage(blob)
      .setWidth(mmToPx(slot.block.widthMm))
      .setHeight(mmToPx(slot.block.heightMm))
      .setAltTitle(slot.block.alt);
  }
  doc.saveAndClose();
}

/** The end index of the Doc's body (a new Doc's is 2: its one empty paragraph). */
function bodyEnd(documentId: string): number {
  const content = Docs!.Documents!.get(documentId).body?.content ?? [];
  return content[content.length - 1]?.endIndex ?? 2;
}

/** Empties the Doc's body (one batchUpdate); headers stay. */
export function clearDocBody(documentId: string): void {
  const end = bodyEnd(documentId);
  if (end > 2)
    Docs!.Documents!.batchUpdate(
      {
        requests: [
          { deleteContentRange: { range: { startIndex: 1, endIndex: end - 1 } } },
        ] as GoogleAppsScript.Docs.Schema.Request[],
      },
      documentId,
    );
}
