// Renders the report model as one standalone HTML page: A4 page boxes with the model's margins,
// its font, sizes, indents and spacing. Used by the local preview and by tests; all text escaped.
import type {
  ColumnsBlock,
  ImageBlock,
  ParagraphStyle,
  ReportBlock,
  ReportModel,
  Run,
  TableBlock,
  TableRow,
} from './model';

/** Images to put in the model's image slots, by key: a data: URI or an http(s) URL. */
type ReportImages = Partial<Record<ImageBlock['key'], string>>;

/** The whole page, `<!DOCTYPE html>` to `</html>`; each page break starts a new A4 box. */
export function renderReportHtml(model: ReportModel, images: ReportImages = {}): string {
  const { page } = model;
  const m = page.marginsMm;
  const pages: ReportBlock[][] = [[]];
  for (const block of model.blocks) {
    if (block.kind === 'pageBreak') pages.push([]);
    else pages[pages.length - 1].push(block);
  }
  const css = [
    `@page { size: ${page.size} ${page.orientation}; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }`,
    'html { background: #e8eaed; }',
    'body { margin: 0; padding: 12px 0; }',
    `.page { box-sizing: border-box; width: ${page.widthMm}mm; min-height: ${page.heightMm}mm;` +
      ` padding: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; margin: 0 auto 12px; background: #fff;` +
      ` color: #000; font-family: ${cssFont(model.fontFamily)}; box-shadow: 0 1px 3px rgba(0,0,0,.3); }`,
    '.page p, .page h1, .page h2, .page h3 { margin: 0; font-size: inherit; }',
    'table { border-collapse: collapse; table-layout: fixed; }',
    'table.layout td { vertical-align: top; padding: 0; border: none; }',
    'table.data { margin: 0 auto 6pt; }',
    'table.data thead { display: table-header-group; }',
    '.rule { display: block; margin: 3pt auto 0; border-top: 1px solid #000; height: 0; }',
    'mark.placeholder { background: #fff2a8; color: inherit; }',
    '.image-placeholder { box-sizing: border-box; border: 1px dashed #5f6368; color: #5f6368; display: flex;' +
      ' align-items: center; justify-content: center; text-align: center; font-style: italic; }',
    `@media print { html { background: none; } body { padding: 0; } .page { width: auto; min-height: 0; padding: 0;` +
      ' margin: 0; box-shadow: none; break-after: page; } .page:last-child { break-after: auto; } }',
  ].join('\n');
  const body = pages
    .map(
      (blocks) =>
        `<section class="page">\n${blocks.map((block) => renderBlock(block, model, images)).join('\n')}\n</section>`,
    )
    .join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${model.locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(model.documentName)}</title>`,
    `<style>\n${css}\n</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

function renderBlock(block: ReportBlock, model: ReportModel, images: ReportImages): string {
  switch (block.kind) {
    case 'paragraph':
      return paragraphHtml('p', `para ${block.role}`, block.runs, block.style);
    case 'heading':
      return paragraphHtml(`h${block.level}`, `heading level-${block.level}`, block.runs, block.style);
    case 'listItem':
      return paragraphHtml('p', 'list-item', block.runs, block.style);
    case 'table':
      return tableHtml(block, model.page.contentWidthMm);
    case 'columns':
      return columnsHtml(block);
    case 'image':
      return imageHtml(block, images[block.key]);
    case 'pageBreak':
      return '';
  }
}

function paragraphHtml(tag: string, className: string, runs: Run[], style: ParagraphStyle): string {
  const css = [
    `text-align: ${style.align}`,
    `font-size: ${style.sizePt}pt`,
    `font-weight: ${style.bold ? 'bold' : 'normal'}`,
    `font-style: ${style.italic ? 'italic' : 'normal'}`,
    `text-indent: ${style.firstLineIndentMm}mm`,
    `margin: ${style.spaceBeforePt}pt 0 ${style.spaceAfterPt}pt 0`,
    `line-height: ${style.lineSpacing}`,
    ...(style.keepWithNext ? ['break-after: avoid'] : []),
  ].join('; ');
  const rule = style.ruleBelowMm === null ? '' : `<span class="rule" style="width: ${style.ruleBelowMm}mm"></span>`;
  return `<${tag} class="${className}" style="${css}">${runs.map(runHtml).join('')}${rule}</${tag}>`;
}

function runHtml(run: Run): string {
  const css: string[] = [];
  if (run.bold !== undefined) css.push(`font-weight: ${run.bold ? 'bold' : 'normal'}`);
  if (run.italic !== undefined) css.push(`font-style: ${run.italic ? 'italic' : 'normal'}`);
  if (run.underline) css.push('text-decoration: underline');
  if (run.sizePt !== undefined) css.push(`font-size: ${run.sizePt}pt`);
  const text = escapeHtml(run.text).replace(/\n/g, '<br>');
  const tag = run.placeholder ? 'mark' : 'span';
  const cls = run.placeholder ? ' class="placeholder"' : '';
  if (!css.length && !run.placeholder) return text;
  return `<${tag}${cls}${css.length ? ` style="${css.join('; ')}"` : ''}>${text}</${tag}>`;
}

function colgroup(widthsMm: number[]): string {
  return `<colgroup>${widthsMm.map((w) => `<col style="width: ${w}mm">`).join('')}</colgroup>`;
}

function tableHtml(block: TableBlock, contentWidthMm: number): string {
  const widths = block.columns.map((c) => c.widthMm);
  const width = Math.min(
    contentWidthMm,
    widths.reduce((a, b) => a + b, 0),
  );
  const cellCss = (bold: boolean, italic: boolean, align: string): string =>
    `border: ${block.borderPt}pt solid #000; padding: ${block.paddingPt}pt; text-align: ${align};` +
    ` vertical-align: top; font-weight: ${bold ? 'bold' : 'normal'}; font-style: ${italic ? 'italic' : 'normal'}`;
  const row = (r: TableRow): string => {
    const tag = r.role === 'header' ? 'th' : 'td';
    if (r.role === 'group') {
      const first = r.cells[0];
      return `<tr class="group"><td colspan="${r.cells.length}" style="${cellCss(first.bold, first.italic, first.align)}">${escapeHtml(first.text)}</td></tr>`;
    }
    const cells = r.cells
      .map(
        (c) =>
          `<${tag} style="${cellCss(c.bold, c.italic, c.align)}">${escapeHtml(c.text).replace(/\n/g, '<br>')}</${tag}>`,
      )
      .join('');
    return `<tr class="${r.role}">${cells}</tr>`;
  };
  const head = block.rows.slice(0, block.headerRows).map(row).join('');
  const bodyRows = block.rows.slice(block.headerRows).map(row).join('\n');
  return (
    `<table class="data ${block.role}" style="width: ${width}mm; font-size: ${block.sizePt}pt; line-height: 1.15">` +
    `${colgroup(widths)}<thead>${head}</thead>\n<tbody>\n${bodyRows}\n</tbody></table>`
  );
}

function columnsHtml(block: ColumnsBlock): string {
  const widths = block.columns.map((c) => c.widthMm);
  const width = widths.reduce((a, b) => a + b, 0);
  const cells = block.cells
    .map(
      (paragraphs) =>
        `<td>${paragraphs.map((p) => paragraphHtml('p', `para ${p.role}`, p.runs, p.style)).join('')}</td>`,
    )
    .join('');
  return `<table class="layout ${block.role}" style="width: ${width}mm">${colgroup(widths)}<tr>${cells}</tr></table>`;
}

function imageHtml(block: ImageBlock, source: string | undefined): string {
  const size = `width: ${block.widthMm}mm; height: ${block.heightMm}mm`;
  const wrap = (inner: string): string =>
    `<div class="image ${block.key}" style="text-align: ${block.align}">${inner}</div>`;
  if (source && /^(data:image\/(png|jpeg|gif|svg\+xml)[;,]|https?:\/\/)/i.test(source)) {
    return wrap(`<img src="${escapeHtml(source)}" alt="${escapeHtml(block.alt)}" style="${size}">`);
  }
  return wrap(`<div class="image-placeholder" style="${size}; margin: 0 auto">${escapeHtml(block.alt)}</div>`);
}

function cssFont(family: string): string {
  return `'${family.replace(/['\\]/g, '')}', Times, serif`;
}
