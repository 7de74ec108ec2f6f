// Emulator behaviours an audit found missing, each as the Apps Script reference states it:
// chart ids only through getCharts(), the 50,000-character cell, fixed-offset time zones,
// whole-pixel images, a null document lock outside a document, tryLock waiting, and
// replaceText's Java replacement rules.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../scripts/emulator/index';

type G = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  LockService: GoogleAppsScript.Lock.LockService;
  Charts: GoogleAppsScript.Charts.Charts;
  Utilities: GoogleAppsScript.Utilities.Utilities;
};

function setup(options = {}) {
  const emu = createEmulator(options);
  return { emu, g: emu.globals as unknown as G };
}

describe('emulator gaps', () => {
  it("insertChart does not give the caller's chart an id; getCharts() does", () => {
    const { g } = setup();
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    const built = sheet
      .newChart()
      .setChartType(g.Charts.ChartType.PIE)
      .addRange(sheet.getRange('A1:B3'))
      .setPosition(2, 2, 0, 0)
      .build();
    sheet.insertChart(built);
    expect(built.getChartId()).toBeNull();
    expect(sheet.getCharts()[0].getChartId()).toEqual(expect.any(Number));
  });

  it("refuses a cell of more than 50,000 characters with Sheets' message, and takes exactly 50,000", () => {
    const { g } = setup();
    const range = g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1');
    expect(() => range.setValue('x'.repeat(50_001))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(() => range.setValues([['y'.repeat(50_001)]])).toThrow(/maximum of 50000 characters/);
    range.setValue('z'.repeat(50_000));
    expect(String(range.getValue())).toHaveLength(50_000);
  });

  it('runs a spreadsheet whose time zone is a fixed offset such as GMT+07:00', () => {
    const { g } = setup({ timeZone: 'GMT+07:00' });
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getSpreadsheetTimeZone()).toBe('GMT+07:00');
    expect(g.Utilities.formatDate(new Date('2023-06-01T17:30:00Z'), 'GMT+07:00', 'yyyy-MM-dd HH:mm')).toBe(
      '2023-06-02 00:30',
    );
  });

  it('InlineImage sizes are whole pixels', () => {
    const { g } = setup();
    const body = g.DocumentApp.create('r').getBody();
    const blob = g.Utilities.newBlob([137, 80, 78, 71], 'image/png', 'p.png');
    const image = body.appendImage(blob);
    expect(() => image.setWidth(120.5)).toThrow(
      /don't match the method signature for DocumentApp.InlineImage.setWidth/,
    );
    expect(() => image.setHeight(80.25)).toThrow(/InlineImage.setHeight/);
    image.setWidth(120).setHeight(80);
    expect([image.getWidth(), image.getHeight()]).toEqual([120, 80]);
  });

  it('getDocumentLock() is null outside a containing document; the script lock still exists', () => {
    const { emu, g } = setup();
    emu.setInDocument(false);
    expect(g.LockService.getDocumentLock()).toBeNull();
    expect(g.LockService.getScriptLock().tryLock(0)).toBe(true);
    emu.setInDocument(true);
    expect(g.LockService.getDocumentLock()).not.toBeNull();
  });

  it('tryLock waits for another execution to let go, on a simulated clock, up to its timeout', () => {
    const { emu, g } = setup();
    emu.holdLock('document', 'other', 2_000);
    const lock = g.LockService.getDocumentLock();
    expect(lock.tryLock(1_000)).toBe(false);
    expect(emu.lockWaitedMs()).toBe(1_000);
    expect(lock.tryLock(5_000)).toBe(true);
    expect(emu.lockWaitedMs()).toBe(2_000);
    lock.releaseLock();
    emu.holdLock('document', 'forever');
    expect(() => g.LockService.getDocumentLock().waitLock(3_000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(emu.lockWaitedMs()).toBe(5_000);
  });

  it("replaceText reads the replacement by Java's rules: $n groups, \\ escapes, any other $ is an error", () => {
    const { g } = setup();
    const body = g.DocumentApp.create('r').getBody();
    const p = body.appendParagraph('Ký: {{a}} và {{b}}');
    body.replaceText('\\{\\{(a)\\}\\}', '[$1]');
    expect(p.getText()).toBe('Ký: [a] và {{b}}');
    body.replaceText('\\{\\{b\\}\\}', 'giá \\$5 \\\\ hết');
    expect(p.getText()).toBe('Ký: [a] và giá $5 \\ hết');
    expect(() => body.replaceText('giá', "$'")).toThrow(/Illegal group reference/);
    expect(() => body.replaceText('giá', '$&')).toThrow(/Illegal group reference/);
    expect(() => body.replaceText('giá', 'x$')).toThrow(/group index is missing/);
    expect(() => body.replaceText('giá', '$2')).toThrow('No group 2');
    expect(() => body.replaceText('giá', 'x\\')).toThrow(/character to be escaped is missing/);
    expect(p.getText()).toBe('Ký: [a] và giá $5 \\ hết');
  });
});
