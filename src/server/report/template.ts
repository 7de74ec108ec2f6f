// Builds a report from the user's own Google Doc template within the `documents` scope: the
// template's body elements are copied into the new Doc (element.copy() + insert of the same
// type), {{text}} placeholders replaced with replaceText, and {{block}} paragraphs replaced by
// parts of the report model. Placeholder names are listed in src/core/messages/report-ui.ts.
import { blockText, type ReportBlock, type ReportModel } from '../../core/report/model';
import { renderBlocks, insertSink, type DocsImages } from './docs-renderer';

type Body = GoogleAppsScript.Document.Body;

/** Values of the text placeholders, by name without braces. */
export type TemplateValues = Record<string, string>;

/** Block placeholder names and the model's blocks they stand for. */
const BLOCK_PLACEHOLDERS = ['noi_dung', 'khoi_ky', 'phu_luc', 'bang_nhiem_vu', 'bang_thong_ke', 'bieu_do'] as const;
type BlockName = (typeof BLOCK_PLACEHOLDERS)[number];

/** The model's parts a block placeholder can receive. */
function modelParts(model: ReportModel): Record<BlockName, ReportBlock[]> {
  const blocks = model.blocks;
  const subject = blocks.findIndex((b) => b.kind === 'paragraph' && b.role === 'subject');
  const signature = blocks.findIndex((b) => b.kind === 'columns' && b.role === 'signature');
  const appendix = blocks.findIndex((b) => b.kind === 'pageBreak');
  const end = signature >= 0 ? signature : blocks.length;
  return {
    noi_dung: blocks.slice(subject + 1, end),
    khoi_ky: blocks.slice(signature, signature >= 0 ? signature + 1 : 0),
    phu_luc: appendix >= 0 ? blocks.slice(appendix + 1) : [],
    bang_nhiem_vu: blocks.filter((b) => b.kind === 'table' && b.role === 'tasks'),
    bang_thong_ke: blocks.filter((b) => b.kind === 'table' && b.role === 'statistics'),
    bieu_do: blocks.filter((b) => b.kind === 'image'),
  };
}

/** "{{name}}" as a Docs (RE2) search pattern. */
function pattern(name: string): string {
  return `\\{\\{${name}\\}\\}`;
}

/** Whole text of a model paragraph of the given role, or ''. */
export function roleText(model: ReportModel, role: string): string {
  const block = model.blocks.find((b) => b.kind === 'paragraph' && b.role === role);
  return block && block.kind === 'paragraph' ? blockText(block) : '';
}

/**
 * Copies the template body into `body` (a new Doc's), fills the placeholders and puts the
 * report parts in place of the block placeholders. Service calls: a few per template element
 * and per placeholder, plus the rendered parts' own (linear in the tasks).
 */
export function renderFromTemplate(
  template: Body,
  body: Body,
  model: ReportModel,
  values: TemplateValues,
  images: DocsImages,
): void {
  const { ElementType } = DocumentApp;
  body
    .setPageWidth(template.getPageWidth())
    .setPageHeight(template.getPageHeight())
    .setMarginTop(template.getMarginTop())
    .setMarginBottom(template.getMarginBottom())
    .setMarginLeft(template.getMarginLeft())
    .setMarginRight(template.getMarginRight());

  // Copy every element before the new Doc's own empty paragraph, which stays last.
  const slots: { name: BlockName; index: number }[] = [];
  const count = template.getNumChildren();
  let at = 0;
  for (let i = 0; i < count; i++) {
    const element = template.getChild(i);
    const type = element.getType();
    if (type === ElementType.PARAGRAPH) {
      const paragraph = element.asParagraph();
      const name = BLOCK_PLACEHOLDERS.find((n) => paragraph.getText().trim() === `{{${n}}}`);
      if (name) {
        slots.push({ name, index: at });
        continue;
      }
      body.insertParagraph(at++, paragraph.copy());
    } else if (type === ElementType.LIST_ITEM) {
      body.insertListItem(at++, element.asListItem().copy());
    } else if (type === ElementType.TABLE) {
      body.insertTable(at++, element.asTable().copy());
    }
  }

  // replaceText reads "$" and "\" in the replacement as group references and escapes (Java's
  // rules), so a value such as "$'" or "C:\" is escaped to stay the words typed.
  for (const [name, value] of Object.entries(values)) body.replaceText(pattern(name), value.replace(/[\\$]/g, '\\$&'));

  // Without {{noi_dung}}, the report after its subject line goes at the end of the copy.
  const parts = modelParts(model);
  if (!slots.some((slot) => slot.name === 'noi_dung')) {
    const subject = model.blocks.findIndex((b) => b.kind === 'paragraph' && b.role === 'subject');
    const taken = new Set(slots.map((slot) => slot.name));
    const rest = model.blocks
      .slice(subject + 1)
      .filter((block) => !Object.entries(parts).some(([n, bs]) => taken.has(n as BlockName) && bs.includes(block)));
    renderBlocks(model, rest, insertSink(body, at), images);
  }
  // Fill slots from the last, so the earlier slots' indexes stay right.
  for (const slot of [...slots].sort((a, b) => b.index - a.index)) {
    renderBlocks(model, parts[slot.name], insertSink(body, slot.index), images);
  }
}
