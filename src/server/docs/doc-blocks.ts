// Reads a Google Doc (by link or id) into the parser's blocks: paragraphs and list items as
// paragraphs, tables as rows of cell texts, so a Doc and pasted text feed the same parser.
import type { Block } from '../../core/types';
import { UserError } from '../rpc';

type Body = GoogleAppsScript.Document.Body;

/** The document id in a Docs link ("…/document/d/<id>/edit"), or the text itself when it is an id. */
export function docIdOf(linkOrId: string): string | null {
  const text = linkOrId.trim();
  const fromLink = /\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{10,})/.exec(text);
  if (fromLink) return fromLink[1] ?? null;
  return /^[A-Za-z0-9_-]{10,}$/.test(text) ? text : null;
}

/** The blocks of a Doc's body; a readable error when the link is wrong or the Doc can't be opened. */
export function readDocBlocks(linkOrId: string): Block[] {
  const id = docIdOf(linkOrId);
  if (!id) throw new UserError('importDocBadLink', { link: linkOrId.trim().slice(0, 80) });
  let body: Body;
  try {
    body = DocumentApp.openById(id).getBody();
  } catch {
    throw new UserError('importDocOpenFailed');
  }
  return bodyBlocks(body);
}

/** Paragraphs, list items and tables of a body, in order (other elements are skipped). */
function bodyBlocks(body: Body): Block[] {
  const blocks: Block[] = [];
  const count = body.getNumChildren();
  for (let i = 0; i < count; i++) {
    const child = body.getChild(i);
    const type = String(child.getType());
    if (type === 'PARAGRAPH') blocks.push({ kind: 'paragraph', text: child.asParagraph().getText() });
    else if (type === 'LIST_ITEM') blocks.push({ kind: 'paragraph', text: child.asListItem().getText() });
    else if (type === 'TABLE') {
      const table = child.asTable();
      const rows: string[][] = [];
      for (let r = 0; r < table.getNumRows(); r++) {
        const row = table.getRow(r);
        const cells: string[] = [];
        for (let c = 0; c < row.getNumCells(); c++) cells.push(row.getCell(c).getText());
        rows.push(cells);
      }
      blocks.push({ kind: 'table', rows });
    }
  }
  return blocks;
}
