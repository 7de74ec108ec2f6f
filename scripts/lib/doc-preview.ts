// The preview's /doc/<id> page and the demo's report.html: draws what was written into the
// emulated Google Doc (its snapshot), not the model it came from: sections (portrait or
// landscape pages), the header with its page number, paragraphs with their indents, spacing
// and borders (the short rules), runs with their character style, tables with their column
// widths, cell borders and padding, merged cells and pinned header rows, images at their size.
import { escapeHtml } from '../../src/core/report/html';

/** A node of the emulator's document snapshot (scripts/emulator/document.ts snapshotDocument). */
interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  text?: string;
  /** TEXT nodes: each stretch with the character style it ends up with. */
  styled?: { text: string; attrs: Record<string, unknown> }[];
  children?: DocNode[];
  /** INLINE_IMAGE: the picture's bytes in base64, when the emulator kept them. */
  image?: { contentType: string; data?: string };
}

interface PageSetup {
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
}

interface DocSnapshot {
  id: string;
  name: string;
  page: PageSetup;
  documentStyle?: Record<string, unknown>;
  headers?: Record<string, { type: string; body: DocNode }>;
  body: DocNode;
}

/** What Docs shows for attributes nobody set. */
const DOCS_DEFAULT = { font: 'Arial', sizePt: 11, lineSpacing: 1.15, cellPaddingPt: 5, borderPt: 1 };

type Attrs = Record<string, unknown>;
const num = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

interface Border {
  width: number;
  color: string | null;
  padding: number;
}

function borderCss(value: unknown, side: string, fallbackPt: number): string {
  const border = value as Border | undefined;
  const width = border ? border.width : fallbackPt;
  if (!width) return `border-${side}: none`;
  return `border-${side}: ${width}pt solid ${border?.color ?? '#000'}`;
}

function runHtml(run: { text: string; attrs: Attrs }, font: string): string {
  const a = run.attrs;
  const css = [
    `font-family: ${cssFont(typeof a.FONT_FAMILY === 'string' ? a.FONT_FAMILY : font)}`,
    `font-size: ${num(a.FONT_SIZE, DOCS_DEFAULT.sizePt)}pt`,
    `font-weight: ${a.BOLD === true ? 'bold' : 'normal'}`,
    `font-style: ${a.ITALIC === true ? 'italic' : 'normal'}`,
  ];
  if (a.UNDERLINE === true) css.push('text-decoration: underline');
  if (typeof a.FOREGROUND_COLOR === 'string') css.push(`color: ${a.FOREGROUND_COLOR}`);
  if (typeof a.BACKGROUND_COLOR === 'string') css.push(`background: ${a.BACKGROUND_COLOR}`);
  const text = escapeHtml(run.text).replaceAll('\u000b', '<br>');
  return `<span style="${css.join('; ')}">${text}</span>`;
}

const ALIGN: Record<string, string> = { LEFT: 'left', CENTER: 'center', RIGHT: 'right', JUSTIFY: 'justify' };

function paragraphHtml(p: DocNode, font: string, pageNumber: number): string {
  const a = p.attrs ?? {};
  const start = num(a.INDENT_START, 0);
  const first = num(a.INDENT_FIRST_LINE, start);
  // An empty paragraph is as high as its newline's font (kept as MARK).
  const mark = (a.MARK ?? {}) as Attrs;
  const css = [
    `text-align: ${ALIGN[String(a.HORIZONTAL_ALIGNMENT)] ?? 'left'}`,
    // Indents as margins: a paragraph's border runs between its indents, as in Docs.
    `margin: ${num(a.SPACING_BEFORE, 0)}pt ${num(a.INDENT_END, 0)}pt ${num(a.SPACING_AFTER, 0)}pt ${start}pt`,
    `text-indent: ${first - start}pt`,
    `line-height: ${num(a.LINE_SPACING, DOCS_DEFAULT.lineSpacing)}`,
    `font-size: ${num(mark.FONT_SIZE, DOCS_DEFAULT.sizePt)}pt`,
    `font-family: ${cssFont(typeof mark.FONT_FAMILY === 'string' ? mark.FONT_FAMILY : font)}`,
  ];
  for (const side of ['TOP', 'BOTTOM']) {
    const border = a[`BORDER_${side}`] as Border | undefined | null;
    if (border && border.width > 0)
      css.push(
        `border-${side.toLowerCase()}: ${border.width}pt solid ${border.color ?? '#000'}`,
        `padding-${side.toLowerCase()}: ${border.padding}pt`,
      );
  }
  const inner = (p.children ?? [])
    .map((c) => {
      if (c.type === 'TEXT') return (c.styled ?? []).map((run) => runHtml(run, font)).join('');
      if (c.type === 'AUTO_TEXT') return runHtml({ text: String(pageNumber), attrs: c.attrs ?? {} }, font);
      if (c.type === 'INLINE_IMAGE') {
        const ca = c.attrs ?? {};
        // DocumentApp sizes are pixels (96 per inch), as CSS pixels are.
        const picture =
          c.image?.data && /^image\/(png|jpeg|gif)$/.test(c.image.contentType)
            ? `data:${c.image.contentType};base64,${c.image.data}`
            : null;
        if (picture)
          return `<img src="${picture}" alt="${escapeHtml(String(ca.ALT_TITLE ?? 'image'))}" style="width: ${num(ca.WIDTH, 400)}px; height: ${num(ca.HEIGHT, 300)}px; vertical-align: top">`;
        return `<span class="image" style="display: inline-flex; width: ${num(ca.WIDTH, 400)}px; height: ${num(ca.HEIGHT, 300)}px">${escapeHtml(String(ca.ALT_TITLE ?? 'image'))}</span>`;
      }
      return '';
    })
    .join('');
  const tag = /^HEADING[1-6]$/.test(String(a.HEADING)) ? `h${String(a.HEADING).slice(-1)}` : 'p';
  return `<${tag} style="${css.join('; ')}">${inner || '&#8203;'}</${tag}>`;
}

function tableHtml(t: DocNode, font: string, pageNumber: number): string {
  const a = t.attrs ?? {};
  const rows = t.children ?? [];
  const cells = rows.flatMap((r) => r.children ?? []);
  // A table every cell of which has no border is a layout table (the header, the signature).
  const cellBorder = (c: DocNode, side: string) => (c.attrs?.[`BORDER_${side}`] as Border | undefined)?.width;
  const borderless =
    a.BORDER_WIDTH === 0 ||
    (cells.length > 0 && cells.every((c) => ['TOP', 'BOTTOM', 'LEFT', 'RIGHT'].every((s) => cellBorder(c, s) === 0)));
  const tableBorder = num(a.BORDER_WIDTH, DOCS_DEFAULT.borderPt);
  const columns = Math.max(0, ...rows.map((r) => r.children?.length ?? 0));
  const widths = (a.COLUMN_WIDTHS ?? {}) as Record<string, number>;
  const colgroup = `<colgroup>${Array.from({ length: columns }, (_, c) => (widths[c] !== undefined ? `<col style="width: ${widths[c]}pt">` : '<col>')).join('')}</colgroup>`;
  const total = Array.from({ length: columns }, (_, c) => widths[c]).every((w) => w !== undefined)
    ? Object.values(widths).reduce((x, y) => x + y, 0)
    : null;
  const pinned = num(a.PINNED_HEADER_ROWS, 0);
  const rowHtml = (row: DocNode) =>
    `<tr>${(row.children ?? [])
      .filter((cell) => cell.attrs?.MERGED_INTO === undefined)
      .map((cell) => {
        const ca = cell.attrs ?? {};
        const css = [
          ...['TOP', 'BOTTOM', 'LEFT', 'RIGHT'].map((side) =>
            borderCss(ca[`BORDER_${side}`] ?? (borderless ? { width: 0 } : undefined), side.toLowerCase(), tableBorder),
          ),
          ...['TOP', 'BOTTOM', 'LEFT', 'RIGHT'].map(
            (side) => `padding-${side.toLowerCase()}: ${num(ca[`PADDING_${side}`], DOCS_DEFAULT.cellPaddingPt)}pt`,
          ),
          'vertical-align: top',
        ];
        if (typeof ca.BACKGROUND_COLOR === 'string') css.push(`background: ${ca.BACKGROUND_COLOR}`);
        const span = `${num(ca.COLUMN_SPAN, 1) > 1 ? ` colspan="${num(ca.COLUMN_SPAN, 1)}"` : ''}${num(ca.ROW_SPAN, 1) > 1 ? ` rowspan="${num(ca.ROW_SPAN, 1)}"` : ''}`;
        return `<td${span} style="${css.join('; ')}">${contentHtml(cell.children ?? [], font, pageNumber)}</td>`;
      })
      .join('')}</tr>`;
  const head = pinned > 0 ? `<thead>${rows.slice(0, pinned).map(rowHtml).join('')}</thead>` : '';
  const body = `<tbody>${rows.slice(pinned).map(rowHtml).join('\n')}</tbody>`;
  return `<table class="${borderless ? 'layout' : 'data'}"${total !== null ? ` style="width: ${total}pt"` : ''}>${colgroup}${head}${body}</table>`;
}

function contentHtml(nodes: DocNode[], font: string, pageNumber: number): string {
  return nodes
    .map((n) =>
      n.type === 'TABLE'
        ? tableHtml(n, font, pageNumber)
        : n.type === 'PARAGRAPH' || n.type === 'LIST_ITEM'
          ? paragraphHtml(n, font, pageNumber)
          : '',
    )
    .join('\n');
}

interface Page {
  nodes: DocNode[];
  section: Attrs;
}

/** The body cut into page boxes: at page breaks and at next-page section breaks. */
function pagesOf(doc: DocSnapshot): Page[] {
  let section = (doc.body.attrs?.SECTION_STYLE ?? {}) as Attrs;
  const pages: Page[] = [{ nodes: [], section }];
  for (const node of doc.body.children ?? []) {
    if (node.type === 'SECTION_BREAK') {
      section = (node.attrs?.SECTION_STYLE ?? {}) as Attrs;
      if (section.sectionType !== 'CONTINUOUS') pages.push({ nodes: [], section });
      continue;
    }
    const current = pages[pages.length - 1];
    // A paragraph holding a page break ends its page (its text before the break stays on it).
    if (node.children?.some((c) => c.type === 'PAGE_BREAK')) {
      current.nodes.push({ ...node, children: node.children.filter((c) => c.type !== 'PAGE_BREAK') });
      pages.push({ nodes: [], section });
      continue;
    }
    current.nodes.push(node);
  }
  return pages.filter(
    (page, i) =>
      i === 0 ||
      page.nodes.some((n) => n.type !== 'PARAGRAPH' || (n.text ?? '') !== '' || (n.children ?? []).length > 0),
  );
}

function docFont(doc: DocSnapshot): string {
  const stack: DocNode[] = [doc.body];
  while (stack.length) {
    const node = stack.shift()!;
    for (const run of node.styled ?? []) if (typeof run.attrs.FONT_FAMILY === 'string') return run.attrs.FONT_FAMILY;
    stack.push(...(node.children ?? []));
  }
  return DOCS_DEFAULT.font;
}

/** The Doc as a standalone HTML page, one box per page break or section. */
function docHtml(doc: DocSnapshot): string {
  const font = docFont(doc);
  const style = doc.documentStyle ?? {};
  const header = typeof style.defaultHeaderId === 'string' ? doc.headers?.[style.defaultHeaderId] : undefined;
  const firstHeader = typeof style.firstPageHeaderId === 'string' ? doc.headers?.[style.firstPageHeaderId] : undefined;
  const boxes = pagesOf(doc).map((page, i) => {
    const flip = page.section.flipPageOrientation === true;
    const width = flip ? doc.page.height : doc.page.width;
    const height = flip ? doc.page.width : doc.page.height;
    const m = (key: 'marginTop' | 'marginBottom' | 'marginLeft' | 'marginRight') =>
      num(page.section[key], doc.page[key]);
    // From page 2 the default header; on page 1 the first-page header when the Doc uses one.
    const head = i === 0 && style.useFirstPageHeaderFooter === true ? firstHeader : header;
    const headerHtml = head
      ? `<div class="doc-header" style="position: absolute; left: ${m('marginLeft')}pt; right: ${m('marginRight')}pt; top: 36pt">${contentHtml(head.body.children ?? [], font, i + 1)}</div>`
      : '';
    return (
      `<section class="page${flip ? ' landscape' : ''}" style="width: ${width}pt; min-height: ${height}pt; padding: ${m('marginTop')}pt ${m('marginRight')}pt ${m('marginBottom')}pt ${m('marginLeft')}pt">` +
      `${headerHtml}\n${contentHtml(page.nodes, font, i + 1)}\n</section>`
    );
  });
  const css = [
    'html { background: #e8eaed; }',
    'body { margin: 0; padding: 12px 0; }',
    `.page { position: relative; box-sizing: border-box; margin: 0 auto 12px; background: #fff; color: #000; font-family: ${cssFont(font)}; box-shadow: 0 1px 3px rgba(0,0,0,.3); }`,
    '.page p, .page h1, .page h2, .page h3, .page h4, .page h5, .page h6 { font-weight: normal; }',
    'table { border-collapse: collapse; table-layout: fixed; margin: 0 auto; }',
    'table.data thead { display: table-header-group; }',
    '.image { box-sizing: border-box; border: 1px dashed #5f6368; color: #5f6368; align-items: center; justify-content: center; font-style: italic; vertical-align: top; }',
    '@media print { html { background: none; } body { padding: 0; } .page { margin: 0; box-shadow: none; break-after: page; } }',
  ].join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(doc.name)}</title>`,
    `<style>\n${css}\n</style>`,
    '</head>',
    '<body>',
    ...boxes,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function cssFont(family: string): string {
  return `'${family.replace(/['\\]/g, '')}', Times, serif`;
}

/** The Doc `id` of the emulator's documents as an HTML page; null when there is no such Doc. */
export function renderDocPreview(documents: unknown[], id: string): string | null {
  const doc = (documents as DocSnapshot[]).find((d) => d.id === id);
  return doc ? docHtml(doc) : null;
}
