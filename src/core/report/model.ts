// The report as data: a flat list of styled blocks that the Google Docs and HTML renderers walk.
// Every block carries its fully resolved style, so a renderer never decides layout on its own.
import type { IsoDate } from '../types';
import type { Locale } from '../messages/index';

/** Paragraph alignment (Docs: DocumentApp.HorizontalAlignment, HTML: text-align). */
export type Align = 'left' | 'center' | 'right' | 'justify';

/** A stretch of text with its own character style; unset fields inherit from the paragraph. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  sizePt?: number;
  /**
   * Text that people must replace or confirm before signing (causes, proposals, blanks).
   * Renderers mark it (a highlight) so it cannot be missed; it is still valid report text.
   */
  placeholder?: boolean;
}

/** Paragraph layout, all of it resolved: sizes in points, indents in millimetres. */
export interface ParagraphStyle {
  align: Align;
  /** Font size of runs that set none. */
  sizePt: number;
  /** Character style of runs that set none. */
  bold: boolean;
  italic: boolean;
  firstLineIndentMm: number;
  spaceBeforePt: number;
  spaceAfterPt: number;
  /** Line spacing as a multiple of single spacing (1–1.5 per Nghị định 30). */
  lineSpacing: number;
  /** A short centred rule under the paragraph (under the issuing agency and the motto), or null. */
  ruleBelowMm: number | null;
  /** Keep on the same page as the next paragraph (headings). */
  keepWithNext: boolean;
}

/** What a paragraph is in the document; renderers may map roles to named styles. */
export type ParagraphRole =
  | 'header'
  | 'title'
  | 'subject'
  | 'body'
  | 'closing'
  | 'signer'
  | 'recipientsLabel'
  | 'recipient'
  | 'appendixLabel'
  | 'appendixTitle'
  | 'appendixNote';

export interface ParagraphBlock {
  kind: 'paragraph';
  role: ParagraphRole;
  runs: Run[];
  style: ParagraphStyle;
}

/** "I. KẾT QUẢ …" (level 1), "1. …" (level 2), "a) …" (level 3); the number is part of the runs. */
export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  runs: Run[];
  style: ParagraphStyle;
}

/** A "-" or "+" item: the marker is written in the runs' first text, as real reports do. */
export interface ListItemBlock {
  kind: 'listItem';
  marker: '-' | '+';
  runs: Run[];
  style: ParagraphStyle;
}

export interface TableCell {
  text: string;
  align: Align;
  bold: boolean;
  italic: boolean;
}

/**
 * A table row. Every row has one cell per column. A 'group' row puts its text in the first
 * cell and leaves the rest empty: renderers should merge it across the whole width.
 */
export interface TableRow {
  role: 'header' | 'body' | 'group' | 'total';
  cells: TableCell[];
}

interface TableColumn {
  widthMm: number;
}

/** A bordered data table (the appendix tables). Header rows come first and repeat on new pages. */
export interface TableBlock {
  kind: 'table';
  role: 'tasks' | 'statistics';
  columns: TableColumn[];
  headerRows: number;
  rows: TableRow[];
  sizePt: number;
  borderPt: number;
  /** Cell padding on every side. */
  paddingPt: number;
}

/**
 * A borderless layout table of one row: the document header (agency | national motto) and
 * the signature row (Nơi nhận | signer). Each cell holds its own paragraphs.
 */
export interface ColumnsBlock {
  kind: 'columns';
  role: 'header' | 'signature';
  columns: TableColumn[];
  cells: ParagraphBlock[][];
}

/**
 * The slot of an image made elsewhere (the dashboard chart). `key` names which image; the
 * renderer fills it from the images it is given and draws a placeholder box when it has none.
 */
export interface ImageBlock {
  kind: 'image';
  key: 'dashboardChart';
  widthMm: number;
  heightMm: number;
  /** Alternative text, and the text of the placeholder box. */
  alt: string;
  align: Align;
}

interface PageBreakBlock {
  kind: 'pageBreak';
}

export type ReportBlock =
  | ParagraphBlock
  | HeadingBlock
  | ListItemBlock
  | TableBlock
  | ColumnsBlock
  | ImageBlock
  | PageBreakBlock;

export interface PageSetup {
  size: 'A4';
  orientation: 'portrait';
  widthMm: number;
  heightMm: number;
  widthPt: number;
  heightPt: number;
  marginsMm: { top: number; bottom: number; left: number; right: number };
  marginsPt: { top: number; bottom: number; left: number; right: number };
  /** widthMm minus the side margins: what tables are sized to. */
  contentWidthMm: number;
}

/** The reporting period as the report understands it. */
export interface ReportPeriodInfo {
  kind: 'semiannual' | 'annual' | 'quarter' | 'range';
  from: IsoDate;
  to: IsoDate;
  /** How the period is written in the text ("6 tháng đầu năm 2023"). */
  label: string;
}

/** Which part of the report a draft section is. */
export type DraftGroup = 'direction' | 'summary' | 'results' | 'shortcomings' | 'causes' | 'next' | 'proposals';

/**
 * A section of the draft the "Báo cáo" tab shows and the office may rewrite before the Doc is
 * made. `text` is plain lines: "- " and "+ " start list items, "[…]" marks text to fill in; the
 * report's blocks for the section are made from it (see textToBlocks).
 */
export interface DraftSection {
  /** 'direction', 'summary', 'task:<code>', 'shortcomings', 'causes', 'next', 'proposals'. */
  id: string;
  group: DraftGroup;
  /** The heading the section sits under ("3.1. Tuyên truyền, …" for a task). */
  title: string;
  /** For a task: the plan section it belongs to ("II. NỘI DUNG"). */
  planSection?: string;
  /** The text used: the office's edit when there is one, else `generated`. */
  text: string;
  /** The text made from the data. */
  generated: string;
  edited: boolean;
}

export interface ReportModel {
  locale: Locale;
  /** The name to give the document ("Báo cáo kết quả thực hiện Kế hoạch … 6 tháng đầu năm 2023"). */
  documentName: string;
  page: PageSetup;
  fontFamily: string;
  period: ReportPeriodInfo;
  cutoff: IsoDate;
  /** The report's date (the day it is made by default); absent in a model read back from a Doc. */
  reportDate?: IsoDate;
  /** Disagreements between period, cut-off and date, in the report's language. */
  warnings?: string[];
  /** The editable sections, in the report's order; the blocks were made from their `text`. */
  draft?: DraftSection[];
  blocks: ReportBlock[];
}

/** Points per millimetre (1 pt = 1/72 inch, 1 inch = 25.4 mm). */
const PT_PER_MM = 72 / 25.4;

/** Millimetres to points, rounded to 0.01 pt. */
export function mmToPt(mm: number): number {
  return Math.round(mm * PT_PER_MM * 100) / 100;
}

/** Every block's runs, paragraphs of layout cells included: what a reader of the text sees, in order. */
export function textBlocks(model: ReportModel): Array<ParagraphBlock | HeadingBlock | ListItemBlock> {
  const out: Array<ParagraphBlock | HeadingBlock | ListItemBlock> = [];
  for (const block of model.blocks) {
    if (block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'listItem') out.push(block);
    else if (block.kind === 'columns') for (const cell of block.cells) out.push(...cell);
  }
  return out;
}

/** The plain text of a paragraph-like block. */
export function blockText(block: { runs: Run[] }): string {
  return block.runs.map((run) => run.text).join('');
}

/** The character style of a run as it ends up: the paragraph's, with the run's overrides. */
export interface CharStyle {
  sizePt: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  placeholder: boolean;
}

export function charStyle(run: Run | undefined, style: ParagraphStyle): CharStyle {
  return {
    sizePt: run?.sizePt ?? style.sizePt,
    bold: run?.bold ?? style.bold,
    italic: run?.italic ?? style.italic,
    underline: run?.underline ?? false,
    placeholder: run?.placeholder ?? false,
  };
}
