// Emulator Advanced Docs service: the API's index arithmetic, the requests the report uses, a
// batch that fails as a whole, and the same document seen through DocumentApp.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../scripts/emulator/index';

type Json = Record<string, any>;

function setup(options: Parameters<typeof createEmulator>[0] = {}) {
  const emu = createEmulator(options);
  const Docs = emu.globals.Docs as GoogleAppsScript.Docs;
  const DocumentApp = emu.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
  const documents = Docs.Documents!;
  const id = documents.create({ title: 'Báo cáo' }).documentId!;
  const batch = (...requests: Json[]) =>
    documents.batchUpdate({ requests } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, id) as Json;
  const content = () => (documents.get(id) as Json).body.content as Json[];
  return { emu, Docs, documents, DocumentApp, id, batch, content };
}

describe('Docs.Documents', () => {
  it('is a global only when the manifest enables the advanced service', () => {
    expect(createEmulator().globals.Docs).toBeDefined();
    expect(createEmulator({ advancedServices: [] }).globals.Docs).toBeUndefined();
  });

  it('creates a blank document: a section break [0,1) and one empty paragraph [1,2)', () => {
    const { content, documents, id } = setup();
    expect(content()).toEqual([
      expect.objectContaining({ endIndex: 1, sectionBreak: expect.anything() }),
      expect.objectContaining({ startIndex: 1, endIndex: 2, paragraph: expect.anything() }),
    ]);
    expect((documents.get(id) as Json).title).toBe('Báo cáo');
  });

  it('counts text in UTF-16 code units and splits paragraphs at newlines', () => {
    const { batch, content } = setup();
    batch({ insertText: { location: { index: 1 }, text: 'Kế hoạch\nBáo cáo 😀' } });
    const [, first, second] = content();
    expect(first).toMatchObject({ startIndex: 1, endIndex: 10 });
    // "Báo cáo 😀" is 10 code units (the emoji is two), plus the newline.
    expect(second).toMatchObject({ startIndex: 10, endIndex: 21 });
  });

  it('puts a newline before a table: the table starts at the location + 1, the first cell holds index location + 4', () => {
    const { batch, content } = setup();
    batch({ insertTable: { rows: 2, columns: 2, location: { index: 1 } } });
    const [, before, table, after] = content();
    expect(before).toMatchObject({ startIndex: 1, endIndex: 2 });
    expect(table).toMatchObject({ startIndex: 2 });
    const cells = table.table.tableRows.flatMap((r: Json) => r.tableCells);
    expect(cells.map((c: Json) => c.content[0].startIndex)).toEqual([5, 7, 10, 12]);
    expect(after.startIndex).toBe(table.endIndex);
    batch(
      { insertText: { location: { index: 12 }, text: 'd' } },
      { insertText: { location: { index: 5 }, text: 'a' } },
    );
    const filled = content()[2]
      .table.tableRows.flatMap((r: Json) => r.tableCells)
      .map((c: Json) => c.content[0].paragraph.elements[0].textRun.content);
    expect(filled).toEqual(['a\n', '\n', '\n', 'd\n']);
  });

  it('rejects the whole batch when one request is invalid, with the API text, and changes nothing', () => {
    const { batch, content } = setup();
    batch({ insertText: { location: { index: 1 }, text: 'abc' } });
    const before = JSON.stringify(content());
    // Requests apply in order: the second is checked against the body the first made (end 6).
    expect(() =>
      batch(
        { insertText: { location: { index: 1 }, text: 'x' } },
        { insertText: { location: { index: 50 }, text: 'y' } },
      ),
    ).toThrow(
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[1].insertText: Index 50 must be less than the end index of the referenced segment, 6.',
    );
    expect(JSON.stringify(content())).toBe(before);
    expect(() =>
      batch({ updateTextStyle: { range: { startIndex: 1, endIndex: 3 }, textStyle: { bold: true } } }),
    ).toThrow(
      "Invalid requests[0].updateTextStyle: At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)",
    );
  });

  it('refuses text at a table start (between the table and the paragraph before it)', () => {
    const { batch } = setup();
    batch({ insertTable: { rows: 1, columns: 1, location: { index: 1 } } });
    expect(() => batch({ insertText: { location: { index: 2 }, text: 'x' } })).toThrow(
      'Invalid requests[0].insertText: The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.',
    );
  });

  it('styles text and paragraphs by range, merges cells, pins header rows, sets widths and cell style', () => {
    const { batch, emu, id } = setup();
    batch(
      { insertTable: { rows: 2, columns: 3, location: { index: 1 } } },
      {
        updateTableColumnProperties: {
          tableStartLocation: { index: 2 },
          columnIndices: [0],
          tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: 40, unit: 'PT' } },
          fields: 'width,widthType',
        },
      },
      {
        mergeTableCells: {
          tableRange: {
            tableCellLocation: { tableStartLocation: { index: 2 }, rowIndex: 1, columnIndex: 0 },
            rowSpan: 1,
            columnSpan: 3,
          },
        },
      },
      { pinTableHeaderRows: { tableStartLocation: { index: 2 }, pinnedHeaderRowsCount: 1 } },
      {
        updateTableCellStyle: {
          tableStartLocation: { index: 2 },
          tableCellStyle: { paddingLeft: { magnitude: 0, unit: 'PT' } },
          fields: 'paddingLeft',
        },
      },
      { insertText: { location: { index: 5 }, text: 'STT' } },
      {
        updateTextStyle: {
          range: { startIndex: 5, endIndex: 9 },
          textStyle: { bold: true, fontSize: { magnitude: 12, unit: 'PT' } },
          fields: 'bold,fontSize',
        },
      },
      {
        updateParagraphStyle: {
          range: { startIndex: 5, endIndex: 9 },
          paragraphStyle: {
            alignment: 'CENTER',
            borderBottom: {
              width: { magnitude: 0.75, unit: 'PT' },
              padding: { magnitude: 0, unit: 'PT' },
              dashStyle: 'SOLID',
            },
          },
          fields: 'alignment,borderBottom',
        },
      },
    );
    const doc = (emu.documents() as Json[]).find((d) => d.id === id)!;
    const table = doc.body.children[1];
    expect(table.attrs).toMatchObject({ PINNED_HEADER_ROWS: 1, COLUMN_WIDTHS: { 0: 40 } });
    const [head, ...merged] = table.children[1].children;
    expect(head.attrs).toMatchObject({ COLUMN_SPAN: 3, ROW_SPAN: 1, PADDING_LEFT: 0 });
    for (const cell of merged) expect(cell.attrs.MERGED_INTO).toEqual([1, 0]);
    const stt = table.children[0].children[0].children[0];
    expect(stt.attrs).toMatchObject({ HORIZONTAL_ALIGNMENT: 'CENTER', BORDER_BOTTOM: { width: 0.75 } });
    expect(stt.children[0].styled[0]).toMatchObject({ text: 'STT', attrs: { BOLD: true, FONT_SIZE: 12 } });
    expect(() =>
      batch({
        mergeTableCells: {
          tableRange: {
            tableCellLocation: { tableStartLocation: { index: 2 }, rowIndex: 1, columnIndex: 2 },
            rowSpan: 1,
            columnSpan: 2,
          },
        },
      }),
    ).toThrow('Invalid requests[0].mergeTableCells: The table range is not within the bounds of the table.');
  });

  it('inserts next-page section breaks after a newline and turns a section sideways', () => {
    const { batch, content } = setup();
    batch(
      { insertText: { location: { index: 1 }, text: 'portrait' } },
      { insertSectionBreak: { sectionType: 'NEXT_PAGE', location: { index: 9 } } },
      { insertText: { location: { index: 11 }, text: 'landscape' } },
      {
        updateSectionStyle: {
          range: { startIndex: 11, endIndex: 20 },
          sectionStyle: { flipPageOrientation: true },
          fields: 'flipPageOrientation',
        },
      },
    );
    const [, first, brk, second] = content();
    expect(first).toMatchObject({ startIndex: 1, endIndex: 10 });
    expect(brk).toMatchObject({
      startIndex: 10,
      endIndex: 11,
      sectionBreak: { sectionStyle: { sectionType: 'NEXT_PAGE', flipPageOrientation: true } },
    });
    expect(second).toMatchObject({ startIndex: 11, endIndex: 21 });
    expect(content()[0].sectionBreak.sectionStyle.flipPageOrientation).toBeUndefined();
  });

  it('clears a body with deleteContentRange but never its last newline', () => {
    const { batch, content } = setup();
    batch(
      { insertText: { location: { index: 1 }, text: 'a\nb' } },
      { insertTable: { rows: 1, columns: 1, location: { index: 4 } } },
    );
    const end = content().at(-1)!.endIndex;
    expect(() => batch({ deleteContentRange: { range: { startIndex: 1, endIndex: end } } })).toThrow(
      'The range cannot include the newline character at the end of the segment.',
    );
    batch({ deleteContentRange: { range: { startIndex: 1, endIndex: end - 1 } } });
    expect(content()).toHaveLength(2);
    expect(content()[1]).toMatchObject({ startIndex: 1, endIndex: 2 });
  });

  it('creates one default header, its own segment from index 0', () => {
    const { batch, documents, id } = setup();
    const reply = batch({ createHeader: { type: 'DEFAULT' } });
    const headerId = reply.replies[0].createHeader.headerId;
    batch({ insertText: { location: { segmentId: headerId, index: 0 }, text: 'Trang' } });
    const doc = documents.get(id) as Json;
    expect(doc.documentStyle.defaultHeaderId).toBe(headerId);
    expect(doc.headers[headerId].content[0]).toMatchObject({ startIndex: 0, endIndex: 6 });
    expect(() => batch({ createHeader: { type: 'DEFAULT' } })).toThrow(
      'A default header already exists in the document.',
    );
  });

  it('writes into the store DocumentApp reads, and counts its calls', () => {
    const { batch, DocumentApp, emu, id } = setup();
    emu.calls.reset();
    batch({ insertText: { location: { index: 1 }, text: 'Một\nHai' } });
    expect(emu.calls.byMethod()).toEqual({ 'Docs.Documents.batchUpdate': 1 });
    const body = DocumentApp.openById(id).getBody();
    expect(body.getParagraphs().map((p) => p.getText())).toEqual(['Một', 'Hai']);
    DocumentApp.openById(id).setName('Đổi tên');
    expect((emu.globals.Docs as GoogleAppsScript.Docs).Documents!.get(id).title).toBe('Đổi tên');
  });

  it('needs the documents scope', () => {
    const emu = createEmulator({ oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] });
    expect(() => (emu.globals.Docs as GoogleAppsScript.Docs).Documents!.create({ title: 'x' })).toThrow(
      'You do not have permission to call Docs.Documents.create. Required permissions: https://www.googleapis.com/auth/documents',
    );
  });
});
