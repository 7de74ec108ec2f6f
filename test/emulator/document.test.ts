// Emulator DocumentApp: the body tree, attributes, tables, images, page setup and snapshots.
import { describe, expect, it } from 'vitest';
import { createEmulator, loadEmulator } from '../../scripts/emulator/index';

function setup() {
  const emu = createEmulator();
  const DocumentApp = emu.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
  const Utilities = emu.globals.Utilities as GoogleAppsScript.Utilities.Utilities;
  return { emu, DocumentApp, Utilities };
}

describe('DocumentApp', () => {
  it('a new document holds one empty paragraph; appends go after it', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('Báo cáo 6 tháng');
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
    body.appendParagraph('p1');
    body.appendParagraph('p2');
    expect(body.getText()).toBe('\np1\np2');
    expect(doc.getName()).toBe('Báo cáo 6 tháng');
    expect(doc.getUrl()).toContain(doc.getId());
    expect(DocumentApp.openById(doc.getId()).getBody().getText()).toBe('\np1\np2');
    expect(() => DocumentApp.openById('nope')).toThrow(
      'Unexpected error while getting the method or property openById on object DocumentApp.',
    );
  });

  it('paragraph attributes, headings, alignment and text styles', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('r').getBody();
    const p = body
      .appendParagraph('BÁO CÁO')
      .setHeading(DocumentApp.ParagraphHeading.HEADING1)
      .setAlignment(DocumentApp.HorizontalAlignment.CENTER)
      .setSpacingAfter(6)
      .setLineSpacing(1.15)
      .setIndentFirstLine(28.35);
    p.editAsText().setBold(true).setFontSize(14).setFontFamily('Times New Roman');
    expect(p.getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING1);
    expect(p.getAlignment()).toBe(DocumentApp.HorizontalAlignment.CENTER);
    expect(p.getIndentFirstLine()).toBe(28.35);
    expect(p.editAsText().isBold(0)).toBe(true);
    const plain = body.appendParagraph('x');
    expect(plain.getAttributes()[DocumentApp.Attribute.ITALIC as unknown as string]).toBeNull();
    expect(String(plain.getAttributes().HEADING)).toBe('NORMAL');
    const style: Record<string, unknown> = {};
    style[DocumentApp.Attribute.FONT_SIZE as unknown as string] = 13;
    style[DocumentApp.Attribute.ITALIC as unknown as string] = true;
    plain.setAttributes(style);
    expect(plain.getAttributes().FONT_SIZE).toBe(13);
  });

  it('styles a character range only', () => {
    const { DocumentApp } = setup();
    const p = DocumentApp.create('r').getBody().appendParagraph('Nơi nhận: ');
    const tail = p.appendText('- Lưu: VT');
    tail.setItalic(true);
    p.editAsText().setBold(0, 8, true);
    expect(p.getText()).toBe('Nơi nhận: - Lưu: VT');
    expect(p.editAsText().isBold(0)).toBe(true);
    expect(p.editAsText().isBold(12)).toBeNull();
    expect(p.editAsText().isItalic(12)).toBe(true);
  });

  it('tables: cells from a 2-D array, an empty paragraph after, border and widths', () => {
    const { DocumentApp, emu } = setup();
    const body = DocumentApp.create('r').getBody();
    const t = body.appendTable([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(body.getChild(body.getNumChildren() - 1).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(body.getChild(body.getNumChildren() - 2).getType()).toBe(DocumentApp.ElementType.TABLE);
    expect(t.getNumRows()).toBe(2);
    expect(t.getCell(1, 1).getText()).toBe('d');
    expect(t.getText()).toBe('a\nb\nc\nd');
    t.setBorderWidth(0).setColumnWidth(0, 200);
    t.getCell(0, 0).appendParagraph('UBND TỈNH GIA LAI').editAsText().setBold(true);
    expect(t.getBorderWidth()).toBe(0);
    const empty = body.appendTable();
    expect(empty.getNumRows()).toBe(0);
    const snap = emu.documents()[0] as { body: { children: { type: string; attrs?: Record<string, unknown> }[] } };
    expect(snap.body.children.map((c) => c.type)).toEqual(['PARAGRAPH', 'TABLE', 'PARAGRAPH', 'TABLE', 'PARAGRAPH']);
    expect(snap.body.children[1].attrs).toMatchObject({ BORDER_WIDTH: 0 });
  });

  it('list items, images, page breaks, rules and page setup', () => {
    const { DocumentApp, Utilities } = setup();
    const body = DocumentApp.create('r').getBody();
    body
      .setPageWidth(595.276)
      .setPageHeight(841.89)
      .setMarginTop(56.7)
      .setMarginLeft(85)
      .setMarginRight(56.7)
      .setMarginBottom(56.7);
    expect(body.getPageWidth()).toBeCloseTo(595.276);
    const li = body.appendListItem('- Như trên;').setGlyphType(DocumentApp.GlyphType.HOLLOW_BULLET);
    const li2 = body.appendListItem('- Lưu: VT.');
    expect(li2.getListId()).toBe(li.getListId());
    expect(body.getListItems()).toHaveLength(2);
    const img = body
      .appendImage(Utilities.newBlob([137, 80, 78, 71], 'image/png', 'chart.png'))
      .setWidth(500)
      .setHeight(300);
    expect(img.getParent().getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    body.appendPageBreak();
    body.appendHorizontalRule();
    expect(body.getNumChildren()).toBe(6);
  });

  it('attached elements must be detached; copy() makes a detached copy', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('r').getBody();
    const p = body.appendParagraph('mẫu');
    expect(() => body.appendParagraph(p)).toThrow('Element must be detached.');
    const copy = p.copy();
    expect(copy.getParent()).toBeNull();
    body.appendParagraph(copy);
    expect(body.getText()).toBe('\nmẫu\nmẫu');
    expect(() => body.insertParagraph(99, 'x')).toThrow(/must be less than or equal to the number of child elements/);
  });

  it('the last paragraph of the body cannot be removed; clear needs an empty last paragraph', () => {
    const { DocumentApp } = setup();
    const body = DocumentApp.create('r').getBody();
    const last = body.appendParagraph('cuối');
    expect(() => last.removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
    expect(() => body.clear()).toThrow("Can't remove the last paragraph in a document section.");
    body.appendParagraph('');
    body.clear();
    expect(body.getNumChildren()).toBe(1);
  });

  it('replaceText works over the body; saveAndClose closes the instance', () => {
    const { DocumentApp } = setup();
    const doc = DocumentApp.create('r');
    const body = doc.getBody();
    body.appendParagraph('Ngày {{date}}');
    body.replaceText('\\{\\{date\\}\\}', '10/05/2023');
    expect(body.getText()).toBe('\nNgày 10/05/2023');
    doc.saveAndClose();
    expect(() => body.appendParagraph('late')).toThrow('Document is closed, its contents cannot be updated.');
    DocumentApp.openById(doc.getId()).getBody().appendParagraph('reopened');
  });

  it('editAsText of a table, row, cell or body styles the text of every paragraph it holds', () => {
    const { DocumentApp, emu } = setup();
    const doc = DocumentApp.create('r');
    const body = doc.getBody();
    const table = body.appendTable([
      ['STT', 'Nhiệm vụ'],
      ['1', 'Họp'],
    ]);
    const text = table.editAsText();
    expect(text.getText()).toBe('STT\nNhiệm vụ\n1\nHọp');
    text.setFontFamily('Times New Roman').setFontSize(12);
    // Offsets are those of getText(): "Nhiệm vụ" is 4..11, across no cell boundary.
    text.setBold(0, 11, true);
    table.getRow(1).editAsText().setItalic(true);
    table
      .getCell(1, 1)
      .editAsText()
      .setAttributes({
        [DocumentApp.Attribute.FONT_SIZE]: 11,
        [DocumentApp.Attribute.HORIZONTAL_ALIGNMENT]: DocumentApp.HorizontalAlignment.CENTER,
      });
    expect(text.getFontFamily(2)).toBe('Times New Roman');
    expect(text.isBold(5)).toBe(true);
    expect(text.isBold(13)).toBe(null);
    expect(text.getFontSize(15)).toBe(11);
    // A Text takes character attributes only: the cell's paragraph keeps its alignment.
    expect(table.getCell(1, 1).getChild(0).asParagraph().getAlignment()).toBe(DocumentApp.HorizontalAlignment.LEFT);
    body.appendParagraph('Kết luận');
    body.editAsText().setFontFamily('Times New Roman');
    const snap = emu.documents()[0] as { body: unknown };
    const styled: { text: string; attrs: Record<string, unknown> }[] = [];
    const walk = (n: { styled?: typeof styled; children?: unknown[] }): void => {
      styled.push(...(n.styled ?? []));
      for (const c of n.children ?? []) walk(c as typeof n);
    };
    walk(snap.body as Parameters<typeof walk>[0]);
    expect(styled.map((r) => [r.text, r.attrs.FONT_FAMILY, r.attrs.FONT_SIZE, r.attrs.BOLD, r.attrs.ITALIC])).toEqual([
      ['STT', 'Times New Roman', 12, true, null],
      ['Nhiệm vụ', 'Times New Roman', 12, true, null],
      ['1', 'Times New Roman', 12, null, true],
      ['Họp', 'Times New Roman', 11, null, true],
      ['Kết luận', 'Times New Roman', null, null, null],
    ]);
    expect(() => text.setBold(0, 99, true)).toThrow(/must be less than the content length/);
  });

  it("attributes set on a table, row or body do not reach the text; a paragraph's override its runs", () => {
    const { DocumentApp, emu } = setup();
    const body = DocumentApp.create('r').getBody();
    const A = DocumentApp.Attribute;
    const table = body.appendTable([['a', 'b']]);
    table.setAttributes({ [A.FONT_FAMILY]: 'Times New Roman', [A.BOLD]: true });
    table.getRow(0).setAttributes({ [A.FONT_SIZE]: 12 });
    const p = body.appendParagraph('xyz');
    p.editAsText().setFontSize(0, 0, 20);
    p.setAttributes({ [A.FONT_SIZE]: 14, [A.FONT_FAMILY]: 'Times New Roman' });
    const snap = JSON.stringify(emu.documents()[0]);
    expect(snap).toContain('"styled":[{"text":"a","attrs":{"BOLD":null,');
    expect(table.editAsText().getFontFamily(0)).toBe(null);
    expect(p.editAsText().getFontSize(0)).toBe(14);
  });

  it('documents survive save/load', () => {
    const { DocumentApp, emu } = setup();
    const doc = DocumentApp.create('r');
    doc.getBody().appendParagraph('x').setAlignment(DocumentApp.HorizontalAlignment.JUSTIFY);
    const again = loadEmulator(emu.save());
    const D2 = again.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    const p = D2.openById(doc.getId()).getBody().getParagraphs()[1];
    expect(p.getAlignment()).toBe(D2.HorizontalAlignment.JUSTIFY);
    expect(again.documents()).toEqual(emu.documents());
  });
});
