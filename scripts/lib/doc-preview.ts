// The preview's /doc/<id> page: reads what the add-on actually wrote into the emulated Google
// Doc (its snapshot) back into a ReportModel and draws it with the core HTML renderer, so the
// page shows the Doc as written (built-in layout or template), not the model it came from.
import { renderReportHtml } from '../../src/core/report/html';
import type {
  Align,
  ColumnsBlock,
  HeadingBlock,
  ParagraphBlock,
  ParagraphStyle,
  ReportBlock,
  ReportModel,
  Run,
  TableBlock,
  TableRow,
} from '../../src/core/report/model';

/** A node of the emulator's document snapshot (test/emulator/document.ts snapshotDocument). */
interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  text?: string;
  runs?: { start: number; end: number; attrs: Record<string, unknown> }[];
  /** TEXT nodes: each stretch with the character style it ends up with. */
  styled?: { text: string; attrs: Record<string, unknown> }[];
  children?: DocNode[];
}

/** Every styled stretch of text under `node`. */
function styledRuns(node: DocNode): NonNullable<DocNode['styled']> {
  return [...(node.styled ?? []), ...(node.children ?? []).flatMap(styledRuns)];
}

/** True when there is text under `node` and all of it is bold. */
function allBold(node: DocNode): boolean {
  const runs = styledRuns(node).filter((run) => run.text.trim() !== '');
  return runs.length > 0 && runs.every((run) => run.attrs.BOLD === true);
}

interface DocSnapshot {
  id: string;
  name: string;
  page: { width: number; height: number; marginTop: number; marginBottom: number; marginLeft: number; marginRight: number };
  body: DocNode;
}

const MM_PER_PT = 25.4 / 72;
const mm = (pt: number): number => Math.round(pt * MM_PER_PT * 100) / 100;
/** What Docs shows for attributes nobody set. */
const DOCS_DEFAULT = { font: 'Arial', sizePt: 11, lineSpacing: 1.15 };

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function align(value: unknown): Align {
  const name = String(value ?? 'LEFT').toLowerCase();
  return name === 'center' || name === 'right' || name === 'justify' ? name : 'left';
}

/** A paragraph's style: its own attributes over those of the table or row around it. */
function styleOf(attrs: Record<string, unknown>): ParagraphStyle {
  return {
    align: align(attrs.HORIZONTAL_ALIGNMENT),
    sizePt: num(attrs.FONT_SIZE, DOCS_DEFAULT.sizePt),
    bold: attrs.BOLD === true,
    italic: attrs.ITALIC === true,
    firstLineIndentMm: mm(num(attrs.INDENT_FIRST_LINE, 0)),
    spaceBeforePt: num(attrs.SPACING_BEFORE, 0),
    spaceAfterPt: num(attrs.SPACING_AFTER, 0),
    lineSpacing: num(attrs.LINE_SPACING, DOCS_DEFAULT.lineSpacing),
    ruleBelowMm: null,
    keepWithNext: false,
  };
}

/** Runs of a paragraph: its text cut at the boundaries of the styled ranges. */
function runsOf(paragraph: DocNode): Run[] {
  const text = paragraph.children?.filter((c) => c.type === 'TEXT') ?? [];
  const runs: Run[] = [];
  for (const node of text) {
    const value = node.text ?? '';
    const ranges = node.runs ?? [];
    const cuts = [...new Set([0, value.length, ...ranges.flatMap((r) => [r.start, r.end])])].filter((c) => c >= 0 && c <= value.length).sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [start, end] = [cuts[i], cuts[i + 1]];
      const run: Run = { text: value.slice(start, end) };
      for (const r of ranges) {
        if (r.start > start || r.end < end) continue;
        if (typeof r.attrs.BOLD === 'boolean') run.bold = r.attrs.BOLD;
        if (typeof r.attrs.ITALIC === 'boolean') run.italic = r.attrs.ITALIC;
        if (r.attrs.UNDERLINE === true) run.underline = true;
        if (typeof r.attrs.FONT_SIZE === 'number') run.sizePt = r.attrs.FONT_SIZE;
        if (r.attrs.BACKGROUND_COLOR) run.placeholder = true;
      }
      runs.push(run);
    }
  }
  return runs;
}

function paragraphBlock(node: DocNode, inherited: Record<string, unknown>): ParagraphBlock | HeadingBlock {
  const attrs = { ...inherited, ...(node.attrs ?? {}) };
  const runs = runsOf(node);
  // A paragraph-wide highlight (the missing-chart line) marks every run.
  if (attrs.BACKGROUND_COLOR) for (const run of runs) run.placeholder = true;
  const style = styleOf(attrs);
  const level = /^HEADING([1-3])$/.exec(String(attrs.HEADING ?? ''));
  if (level) return { kind: 'heading', level: Number(level[1]) as 1 | 2 | 3, runs, style };
  return { kind: 'paragraph', role: 'body', runs, style };
}

function widthsOf(table: DocNode, columns: number, contentMm: number): number[] {
  const set = (table.attrs?.COLUMN_WIDTHS ?? {}) as Record<string, number>;
  return Array.from({ length: columns }, (_, c) => (set[c] !== undefined ? mm(set[c]) : contentMm / columns));
}

function tableBlock(node: DocNode, contentMm: number): ColumnsBlock | TableBlock {
  const tableAttrs = node.attrs ?? {};
  const rows = node.children ?? [];
  const columns = Math.max(0, ...rows.map((r) => r.children?.length ?? 0));
  const widths = widthsOf(node, columns, contentMm).map((widthMm) => ({ widthMm }));
  const inheritedText = (extra: Record<string, unknown>): Record<string, unknown> => ({ FONT_SIZE: tableAttrs.FONT_SIZE, ...extra });
  if (tableAttrs.BORDER_WIDTH === 0) {
    const cells = (rows[0]?.children ?? []).map((cell) =>
      (cell.children ?? []).filter((c) => c.type === 'PARAGRAPH' || c.type === 'LIST_ITEM').map((p) => {
        const block = paragraphBlock(p, inheritedText(rows[0].attrs ?? {}));
        return { kind: 'paragraph', role: 'header', runs: block.runs, style: block.style } satisfies ParagraphBlock;
      }),
    );
    return { kind: 'columns', role: 'header', columns: widths, cells };
  }
  const tableRows: TableRow[] = rows.map((row, r) => {
    const rowBold = allBold(row);
    return {
      role: r === 0 && rowBold ? 'header' : rowBold ? 'total' : 'body',
      cells: (row.children ?? []).map((cell) => {
        const first = cell.children?.[0]?.attrs ?? {};
        return { text: cell.text ?? '', align: align(first.HORIZONTAL_ALIGNMENT), bold: rowBold || allBold(cell), italic: first.ITALIC === true };
      }),
    };
  });
  return {
    kind: 'table',
    role: 'tasks',
    columns: widths,
    headerRows: tableRows[0]?.role === 'header' ? 1 : 0,
    rows: tableRows,
    // The size the cells' text has (set through the table's Text, not on the table).
    sizePt: num(styledRuns(node)[0]?.attrs.FONT_SIZE, DOCS_DEFAULT.sizePt),
    borderPt: num(tableAttrs.BORDER_WIDTH, 1),
    paddingPt: 3,
  };
}

/** The Doc as a ReportModel: page, paragraphs, headings, tables, images and page breaks. */
function docToModel(doc: DocSnapshot): ReportModel {
  const p = doc.page;
  const contentMm = mm(p.width - p.marginLeft - p.marginRight);
  const blocks: ReportBlock[] = [];
  let font: string | null = null;
  for (const node of doc.body.children ?? []) {
    font ??= typeof node.attrs?.FONT_FAMILY === 'string' ? node.attrs.FONT_FAMILY : null;
    if (node.type === 'TABLE') {
      blocks.push(tableBlock(node, contentMm));
      continue;
    }
    if (node.type !== 'PARAGRAPH' && node.type !== 'LIST_ITEM') continue;
    const image = node.children?.find((c) => c.type === 'INLINE_IMAGE');
    if (image) {
      blocks.push({
        kind: 'image',
        key: 'dashboardChart',
        widthMm: mm(num(image.attrs?.WIDTH, 400)),
        heightMm: mm(num(image.attrs?.HEIGHT, 300)),
        alt: String(image.attrs?.ALT_TITLE ?? 'image'),
        align: align(node.attrs?.HORIZONTAL_ALIGNMENT),
      });
      continue;
    }
    const block = paragraphBlock(node, {});
    if (node.type === 'LIST_ITEM' && block.kind === 'paragraph') block.runs.unshift({ text: '• ' });
    if (block.runs.length > 0 || !node.children?.some((c) => c.type === 'PAGE_BREAK')) blocks.push(block);
    if (node.children?.some((c) => c.type === 'PAGE_BREAK')) blocks.push({ kind: 'pageBreak' });
  }
  return {
    locale: 'vi',
    documentName: doc.name,
    page: {
      size: 'A4',
      orientation: 'portrait',
      widthMm: mm(p.width),
      heightMm: mm(p.height),
      widthPt: p.width,
      heightPt: p.height,
      marginsMm: { top: mm(p.marginTop), bottom: mm(p.marginBottom), left: mm(p.marginLeft), right: mm(p.marginRight) },
      marginsPt: { top: p.marginTop, bottom: p.marginBottom, left: p.marginLeft, right: p.marginRight },
      contentWidthMm: contentMm,
    },
    fontFamily: font ?? DOCS_DEFAULT.font,
    period: { kind: 'range', from: '', to: '', label: '' },
    cutoff: '',
    blocks,
  };
}

/** The Doc `id` of the emulator's documents as an HTML page; null when there is no such Doc. */
export function renderDocPreview(documents: unknown[], id: string): string | null {
  const doc = (documents as DocSnapshot[]).find((d) => d.id === id);
  return doc ? renderReportHtml(docToModel(doc)) : null;
}
