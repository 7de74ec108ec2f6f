// Emulator Range: wrap strategies and alignments, recorded the way the real service reports them.
import { describe, expect, it } from 'vitest';
import { createEmulator } from '../../scripts/emulator/index';

function setup() {
  const emu = createEmulator();
  const app = (emu.globals as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp }).SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().insertSheet('Nhiệm vụ');
  return { emu, app, sheet };
}

describe('wrap strategy', () => {
  it('overflows by default; setWrap(true) is WRAP and setWrap(false) OVERFLOW', () => {
    const { app, sheet } = setup();
    expect(sheet.getRange('A1').getWrapStrategy()).toBe(app.WrapStrategy.OVERFLOW);
    sheet.getRange('A1').setWrap(true);
    expect(sheet.getRange('A1').getWrapStrategy()).toBe(app.WrapStrategy.WRAP);
    sheet.getRange('A1').setWrap(false);
    expect(sheet.getRange('A1').getWrapStrategy()).toBe(app.WrapStrategy.OVERFLOW);
  });

  it('sets one strategy per cell in one call, and CLIP does not wrap', () => {
    const { emu, app, sheet } = setup();
    const { WRAP, CLIP } = app.WrapStrategy;
    emu.calls.reset();
    sheet.getRange('A1:B2').setWrapStrategies([
      [WRAP, CLIP],
      [WRAP, CLIP],
    ]);
    expect(emu.calls.byMethod()['Range.setWrapStrategies']).toBe(1);
    expect(sheet.getRange('A1:B2').getWrapStrategies()).toEqual([
      [WRAP, CLIP],
      [WRAP, CLIP],
    ]);
    expect(sheet.getRange('A1:B1').getWraps()).toEqual([[true, false]]);
    sheet.getRange('A1:B2').clearFormat();
    expect(sheet.getRange('B1').getWrapStrategy()).toBe(app.WrapStrategy.OVERFLOW);
  });

  it('refuses a strategy given as text, and a grid of the wrong size', () => {
    const { app, sheet } = setup();
    expect(() =>
      sheet.getRange('A1').setWrapStrategy('CLIP' as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy),
    ).toThrow(/method signature/);
    expect(() => sheet.getRange('A1:B1').setWrapStrategies([[app.WrapStrategy.CLIP]])).toThrow(/number of columns/);
  });
});

describe('alignment', () => {
  it('reads vertical and horizontal alignments cell by cell; bottom and general by default', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setVerticalAlignment('top');
    sheet.getRange('A1').setHorizontalAlignment('center');
    expect(sheet.getRange('A1:B2').getVerticalAlignments()).toEqual([
      ['top', 'top'],
      ['bottom', 'bottom'],
    ]);
    expect(sheet.getRange('A1:B1').getHorizontalAlignments()).toEqual([['center', 'general']]);
  });
});
