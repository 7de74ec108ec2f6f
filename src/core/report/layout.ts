// The report's layout numbers (Nghị định 30/2020/NĐ-CP, Phụ lục I; DESIGN.md "The report"):
// page, font, and one resolved paragraph style per kind of paragraph.
import { mmToPt, type PageSetup, type ParagraphStyle } from './model';

export const FONT_FAMILY = 'Times New Roman';

const A4 = { widthMm: 210, heightMm: 297 };
/** Top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm: the lower bound of each range. */
const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 };

export const PAGE: PageSetup = {
  size: 'A4',
  orientation: 'portrait',
  widthMm: A4.widthMm,
  heightMm: A4.heightMm,
  widthPt: mmToPt(A4.widthMm),
  heightPt: mmToPt(A4.heightMm),
  marginsMm: { ...MARGINS_MM },
  marginsPt: {
    top: mmToPt(MARGINS_MM.top),
    bottom: mmToPt(MARGINS_MM.bottom),
    left: mmToPt(MARGINS_MM.left),
    right: mmToPt(MARGINS_MM.right),
  },
  contentWidthMm: A4.widthMm - MARGINS_MM.left - MARGINS_MM.right,
};

/** Body text: 14 pt, justified, first line indented 1.27 cm, 6 pt after, line spacing 1.15. */
const body: ParagraphStyle = {
  align: 'justify',
  sizePt: 14,
  bold: false,
  italic: false,
  firstLineIndentMm: 12.7,
  spaceBeforePt: 0,
  spaceAfterPt: 6,
  lineSpacing: 1.15,
  ruleBelowMm: null,
  keepWithNext: false,
};

/** Centred single-spaced lines with no indent: header, signer, appendix titles. */
const centred: ParagraphStyle = { ...body, align: 'center', firstLineIndentMm: 0, spaceAfterPt: 0, lineSpacing: 1 };

export const STYLES = {
  body,
  heading1: { ...body, bold: true, keepWithNext: true },
  heading2: { ...body, bold: true, keepWithNext: true },
  heading3: { ...body, italic: true, keepWithNext: true },
  listItem: body,
  /** Left column of the header: parent agency (13, caps). */
  parentAgency: { ...centred, sizePt: 13 },
  /** Issuing agency (13, caps, bold) with a short rule under it. */
  issuingAgency: { ...centred, sizePt: 13, bold: true, ruleBelowMm: 25 },
  numberLine: { ...centred, sizePt: 13, spaceBeforePt: 6 },
  /** Right column: the country line (13, caps, bold). */
  country: { ...centred, sizePt: 13, bold: true },
  /** The motto (14, bold) with a rule as long as the motto under it. */
  motto: { ...centred, sizePt: 14, bold: true, ruleBelowMm: 58 },
  placeDate: { ...centred, sizePt: 14, italic: true, spaceBeforePt: 6 },
  title: { ...centred, sizePt: 14, bold: true, spaceBeforePt: 18 },
  /** The subject (trích yếu) with a short rule under it (1/3–1/2 of its line). */
  subject: { ...centred, sizePt: 14, bold: true, spaceAfterPt: 12, ruleBelowMm: 40 },
  recipientsLabel: { ...centred, align: 'left', sizePt: 12, bold: true, italic: true, spaceBeforePt: 6 },
  recipient: { ...centred, align: 'left', sizePt: 11 },
  signer: { ...centred, sizePt: 14, bold: true, spaceBeforePt: 6 },
  /** The name, under room for the signature and the seal. */
  signerName: { ...centred, sizePt: 14, bold: true, spaceBeforePt: 72 },
  appendixLabel: { ...centred, sizePt: 14, bold: true },
  appendixTitle: { ...centred, sizePt: 14, bold: true },
  appendixNote: { ...centred, sizePt: 14, italic: true, spaceAfterPt: 12 },
} satisfies Record<string, ParagraphStyle>;

/** Column widths of the two layout tables, summing to the content width (165 mm). */
export const HEADER_COLUMNS_MM = [70, 95];
export const SIGNATURE_COLUMNS_MM = [80, 85];

/** Appendix tables: 12 pt task table, 11 pt statistics table (eleven columns). */
export const TASK_TABLE = { sizePt: 12, columnsMm: [10, 46, 24, 23, 22, 40] };
export const STATS_TABLE = { sizePt: 11, unitMm: 31, totalMm: 12, categoryMm: 12, rateMm: 19 };
export const TABLE_BORDER_PT = 0.5;
export const TABLE_PADDING_PT = 3;

/** The chart slot: nearly the content width, 3:2 like the dashboard chart. */
export const CHART_SIZE_MM = { width: 150, height: 100 };
