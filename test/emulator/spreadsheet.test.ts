// Emulator SpreadsheetApp: the shape rules, addressing, grid limits, formats and metadata the real service has.
import { describe, expect, it } from 'vitest';
import { createEmulator, loadEmulator } from '../../scripts/emulator/index';

function setup() {
  const emu = createEmulator();
  const g = emu.globals as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet('Nhiệm vụ');
  return { emu, SpreadsheetApp: g.SpreadsheetApp, ss, sheet };
}

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
}

describe('values', () => {
  it('setValues with the wrong number of rows throws the real text, rows checked first', () => {
    const { sheet } = setup();
    const e = thrown(() => sheet.getRange(1, 1, 2, 4).setValues([[1, 2, 3, 4, 5]]));
    expect(e.name).toBe('Exception');
    expect(e.message).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(String(e)).toBe('Exception: ' + e.message);
  });

  it('setValues with the wrong number of columns throws the real text', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 1, 4).setValues([[1, 2, 3, 4, 5]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.',
    );
  });

  it("empty cells read '' and dates come back as Date objects", () => {
    const { sheet } = setup();
    const due = new Date('2023-05-09T17:00:00Z');
    sheet.getRange('A1:C1').setValues([['Nhiệm vụ', due, 3]]);
    const values = sheet.getRange('A1:D2').getValues();
    expect(values[0][0]).toBe('Nhiệm vụ');
    expect(values[0][1]).toBeInstanceOf(Date);
    expect((values[0][1] as Date).getTime()).toBe(due.getTime());
    expect(values[0][2]).toBe(3);
    expect(values[0][3]).toBe('');
    expect(values[1]).toEqual(['', '', '', '']);
    expect(sheet.getRange('Z1000').getValue()).toBe('');
  });

  it('a string starting with = is stored as a formula and never evaluated', () => {
    const { sheet, emu } = setup();
    sheet.getRange('A1:B1').setValues([[2, '=A1*2']]);
    expect(sheet.getRange('B1').getFormula()).toBe('=A1*2');
    expect(sheet.getRange('B1').getValue()).toBe('');
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '=A1*2']]);
    emu.setFormulaResult('Nhiệm vụ', 'B1', 4);
    expect(sheet.getRange('B1').getValue()).toBe(4);
  });

  it('text is user-entered: numbers, percents, dates convert; apostrophe and @ keep text', () => {
    const { sheet } = setup();
    sheet.getRange('A1:E1').setValues([['1.2', '50%', '10/5/2023', "'1.2", 'TRUE']]);
    const [v] = sheet.getRange('A1:E1').getValues();
    expect(v[0]).toBe(1.2);
    expect(v[1]).toBe(0.5);
    expect(v[2]).toBeInstanceOf(Date);
    expect(sheet.getRange('C1').getDisplayValue()).toBe('10/05/2023');
    expect(v[3]).toBe('1.2');
    expect(v[4]).toBe(true);
    sheet.getRange('F1').setNumberFormat('@').setValue('=SUM(1)');
    expect(sheet.getRange('F1').getValue()).toBe('=SUM(1)');
    expect(sheet.getRange('F1').getFormula()).toBe('');
  });

  it('display values apply number formats in the spreadsheet time zone', () => {
    const { sheet, ss } = setup();
    // 2023-05-09 17:00 UTC is already 10/05 in Asia/Ho_Chi_Minh.
    sheet.getRange('A1:D1').setValues([[new Date('2023-05-09T17:00:00Z'), 0.25, 1234.5, 7]]);
    sheet.getRange('A1:D1').setNumberFormats([['dd/MM/yyyy', '0%', '#,##0.00', '@']]);
    // The spreadsheet locale (vi_VN) decides the marks: a decimal comma and a grouping dot.
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['10/05/2023', '25%', '1.234,50', '7']]);
    expect(sheet.getRange('A1:D1').getNumberFormats()).toEqual([['dd/MM/yyyy', '0%', '#,##0.00', '@']]);
    ss.setSpreadsheetLocale('en_US');
    expect(sheet.getRange('C1').getDisplayValue()).toBe('1,234.50');
    sheet.getRange('E1').setValue(new Date('2023-01-02T03:04:05Z')).setNumberFormat('yyyy-MM-dd HH:mm:ss');
    expect(sheet.getRange('E1').getDisplayValue()).toBe('2023-01-02 10:04:05');
  });

  it('clear removes contents and formats; clearContent keeps formats', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1').setValue(5).setBackground('#FF0000').setNumberFormat('0.00');
    r.clearContent();
    expect(r.getValue()).toBe('');
    expect(r.getBackground()).toBe('#ff0000');
    r.clear();
    expect(r.getNumberFormat()).toBe('General');
    expect(r.getBackground()).toBe('#ffffff');
  });
});

describe('addressing and grid limits', () => {
  it('ranges are 1-based and A1 notation round-trips', () => {
    const { sheet } = setup();
    const r = sheet.getRange(1, 1, 3, 3);
    expect(r.getA1Notation()).toBe('A1:C3');
    const b = sheet.getRange('B2:D5');
    expect([b.getRow(), b.getColumn(), b.getNumRows(), b.getNumColumns()]).toEqual([2, 2, 4, 3]);
    expect(sheet.getRange('$C$3').getA1Notation()).toBe('C3');
    expect(sheet.getRange('D:F').getNumRows()).toBe(1000);
    expect(sheet.getRange('D:F').getA1Notation()).toBe('D:F');
    expect(sheet.getRange('5:7').getA1Notation()).toBe('5:7');
    expect(sheet.getRange('C5:B2').getA1Notation()).toBe('B2:C5');
    expect(sheet.getRange("'Nhiệm vụ'!E10:F12").getA1Notation()).toBe('E10:F12');
    expect(() => sheet.getRange('B')).toThrow('Range not found');
  });

  it('rejects rows/columns below 1 and empty sizes with the real texts', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(2, 1, 0, 3)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(2, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
  });

  it('reading or writing beyond the 1000×26 grid throws; the sheet does not grow', () => {
    const { sheet } = setup();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('AA1')).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(999, 1, 5, 1).getValues()).toThrow('outside the dimensions');
    expect(() => sheet.getColumnWidth(27)).toThrow('Those columns are out of bounds.');
    expect(sheet.getMaxRows()).toBe(1000);
  });

  it('getLastRow/getDataRange follow content; an empty sheet reads A1', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getDataRange().getValues()).toEqual([['']]);
    sheet.getRange('C5').setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
  });

  it('appendRow writes below the data and grows a full sheet', () => {
    const { sheet } = setup();
    sheet.appendRow(['a', 1]);
    sheet.appendRow(['b', 2]);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['more']);
    expect(sheet.getMaxRows()).toBe(1001);
  });

  it('deleting every non-frozen row throws', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, 999)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
  });

  it('offset keeps the size and checks it', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B2');
    expect(r.offset(1, 1).getA1Notation()).toBe('B2:C3');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('A1');
    expect(() => r.offset(0, 0, 0)).toThrow(/number of rows/);
  });
});

describe('sheets', () => {
  it('insertSheet orders by 0-based index, getIndex is 1-based, duplicates throw', () => {
    const { ss } = setup();
    ss.insertSheet('s2', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['s2', 'Trang tính1', 'Nhiệm vụ']);
    expect(ss.getSheetByName('Nhiệm vụ')!.getIndex()).toBe(3);
    expect(() => ss.insertSheet('nhiệm VỤ')).toThrow(
      'A sheet with the name "nhiệm VỤ" already exists. Please enter another name.',
    );
    expect(ss.getActiveSheet().getName()).toBe('s2');
    expect(ss.getSheetByName('missing')).toBeNull();
  });

  it('the last sheet cannot be deleted', () => {
    const { ss, sheet } = setup();
    ss.deleteSheet(sheet);
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
  });
});

describe('developer metadata', () => {
  it('only whole rows/columns take metadata; a cell does not see its column', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('B2:D4').addDeveloperMetadata('k', 'v')).toThrow(
      /arbitrary ranges is not currently supported/,
    );
    sheet.getRange('G:G').addDeveloperMetadata('colKey', 'due');
    expect(sheet.getRange('G3').getDeveloperMetadata()).toEqual([]);
    const [md] = sheet.getRange('G:G').getDeveloperMetadata();
    expect(md.getKey()).toBe('colKey');
    expect(String(md.getLocation().getLocationType())).toBe('COLUMN');
  });

  it('column metadata follows its column when columns are inserted or deleted', () => {
    const { ss, sheet } = setup();
    sheet.getRange('C:C').addDeveloperMetadata('column', 'status');
    sheet.insertColumnsBefore(1, 2);
    const [md] = ss.createDeveloperMetadataFinder().withKey('column').withValue('status').find();
    expect(md.getLocation().getColumn()!.getColumn()).toBe(5);
    sheet.deleteColumn(1);
    expect(md.getLocation().getColumn()!.getA1Notation()).toBe('D:D');
    sheet.deleteColumn(4);
    expect(ss.createDeveloperMetadataFinder().withKey('column').find()).toHaveLength(0);
  });

  it('row metadata follows its row through inserts and sorting', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A1:B4').setValues([
      ['code', 'n'],
      ['c', 3],
      ['a', 1],
      ['b', 2],
    ]);
    sheet.getRange('2:2').addDeveloperMetadata('task', 'c');
    sheet.setFrozenRows(1);
    sheet.sort(1, true);
    expect(sheet.getRange('A2:A4').getValues().flat()).toEqual(['a', 'b', 'c']);
    const [md] = ss.createDeveloperMetadataFinder().withKey('task').find();
    expect(md.getLocation().getRow()!.getRow()).toBe(4);
    sheet.insertRowsBefore(2, 3);
    expect(md.getLocation().getRow()!.getRow()).toBe(7);
    sheet.getRange(2, 1, 6, 26).sort({ column: 2, ascending: false });
    // Blank rows sort last in either direction.
    expect(sheet.getRange('A2:A7').getValues().flat()).toEqual(['c', 'b', 'a', '', '', '']);
    expect(md.getLocation().getRow()!.getRow()).toBe(2);
  });

  it('finder narrows by key, value and location type; remove deletes', () => {
    const { ss, sheet, SpreadsheetApp } = setup();
    ss.addDeveloperMetadata('plan', '05/KH');
    sheet.addDeveloperMetadata('sheet', 'tasks');
    sheet.getRange('1:1').addDeveloperMetadata('header');
    const rows = ss
      .createDeveloperMetadataFinder()
      .withLocationType(SpreadsheetApp.DeveloperMetadataLocationType.ROW)
      .find();
    expect(rows.map((m) => m.getKey())).toEqual(['header']);
    expect(rows[0].getValue()).toBeNull();
    expect(typeof rows[0].getId()).toBe('number');
    expect(ss.getDeveloperMetadata().map((m) => m.getValue())).toEqual(['05/KH']);
    sheet.getDeveloperMetadata()[0].remove();
    expect(sheet.getDeveloperMetadata()).toHaveLength(0);
  });
});

describe('validation, rules, charts, protection', () => {
  it('keeps data validation criteria from the builder', () => {
    const { sheet, SpreadsheetApp } = setup();
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['Chưa thực hiện', 'Hoàn thành'])
      .setAllowInvalid(false)
      .build();
    sheet.getRange('A2:A5').setDataValidation(rule);
    const got = sheet.getRange('A3').getDataValidation()!;
    expect(String(got.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(got.getCriteriaValues()).toEqual([['Chưa thực hiện', 'Hoàn thành'], true]);
    expect(got.getAllowInvalid()).toBe(false);
    expect(sheet.getRange('B2').getDataValidation()).toBeNull();
    expect(() => sheet.getRange('A1:A2').setDataValidations([[rule]])).toThrow(/number of rows/);
  });

  it('conditional format rules are replaced as a list, in order', () => {
    const { sheet, SpreadsheetApp } = setup();
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$E2<TODAY()')
      .setBackground('#F4CCCC')
      .setRanges([sheet.getRange('A2:H100')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const [got] = sheet.getConditionalFormatRules();
    expect(got.getBooleanCondition()!.getCriteriaValues()).toEqual(['=$E2<TODAY()']);
    expect(got.getBooleanCondition()!.getBackground()).toBe('#f4cccc');
    expect(got.getRanges()[0].getA1Notation()).toBe('A2:H100');
  });

  it('charts are kept as specifications and get an id on insert', () => {
    const { sheet, emu } = setup();
    const Charts = emu.globals.Charts as GoogleAppsScript.Charts.Charts;
    const built = sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(sheet.getRange('A1:C5'))
      .setOption('title', 'Tiến độ')
      .setPosition(2, 5, 0, 0)
      .build();
    expect(built.getChartId()).toBeNull();
    sheet.insertChart(built);
    const [c] = sheet.getCharts();
    expect(c.getChartId()).toEqual(expect.any(Number));
    expect(c.getOptions().get('title')).toBe('Tiến độ');
    expect(c.getContainerInfo().getAnchorColumn()).toBe(5);
    expect(c.getAs('image/png').getContentType()).toBe('image/png');
    expect(emu.workbook().sheets[1].charts).toEqual([
      expect.objectContaining({ type: 'BAR', ranges: ['Nhiệm vụ!A1:C5'], options: { title: 'Tiến độ' } }),
    ]);
    sheet.removeChart(c);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  it('protections are recorded', () => {
    const { sheet, SpreadsheetApp } = setup();
    const p = sheet.getRange('A1:H1').protect().setDescription('Tiêu đề').setWarningOnly(true);
    expect(p.isWarningOnly()).toBe(true);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(1);
    expect(sheet.protect().getDescription()).toBe('');
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    expect(sheet.protect().getRange().getA1Notation()).toBe('');
  });

  it('checkboxes read false until checked; notes take 2-D arrays only; banding is recorded', () => {
    const { sheet, SpreadsheetApp } = setup();
    sheet.getRange('A1:A2').setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[false], [false]]);
    sheet.getRange('A1').check();
    expect(sheet.getRange('A1').getValue()).toBe(true);
    expect(() => sheet.getRange('B1').setNotes('foo' as unknown as string[][])).toThrow(
      /don't match the method signature/,
    );
    sheet.getRange('A1:H20').applyRowBanding(SpreadsheetApp.BandingTheme.LIGHT_GREY);
    expect(sheet.getBandings()).toHaveLength(1);
  });
});

describe('state', () => {
  it('save/load keeps values, dates as Dates, formats and metadata', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1:B1').setValues([['x', new Date('2023-10-29T17:00:00Z')]]);
    sheet.getRange('B:B').addDeveloperMetadata('col', 'due');
    const again = loadEmulator(emu.save());
    const ss2 = (again.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive();
    const v = ss2.getSheetByName('Nhiệm vụ')!.getRange('B1').getValue();
    expect(v).toBeInstanceOf(Date);
    expect((v as Date).toISOString()).toBe('2023-10-29T17:00:00.000Z');
    expect(ss2.createDeveloperMetadataFinder().withKey('col').find()).toHaveLength(1);
  });

  it('workbook() reports values with ISO dates, formats and metadata', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1:B1').setValues([['x', new Date('2023-10-29T17:00:00Z')]]);
    sheet.getRange('1:1').setBackground('#CFE2F3');
    sheet.getRange('B:B').addDeveloperMetadata('col', 'due');
    const wb = emu.workbook().sheets.find((s) => s.name === 'Nhiệm vụ')!;
    expect(wb.values[0].slice(0, 2)).toEqual(['x', '2023-10-29T17:00:00.000Z']);
    expect(wb.formats[0][1]).toBe('dd/MM/yyyy');
    expect(wb.backgrounds[0][0]).toBe('#cfe2f3');
    expect(wb.metadata).toEqual([expect.objectContaining({ key: 'col', value: 'due', location: 'COLUMN B' })]);
  });

  it('userEdit sets a value uncounted and returns the onEdit event', () => {
    const { emu, sheet } = setup();
    sheet.getRange('C2').setValue('Chưa thực hiện');
    emu.calls.reset();
    const e = emu.userEdit('Nhiệm vụ', 'C2', 'Hoàn thành') as {
      value: string;
      oldValue: string;
      range: GoogleAppsScript.Spreadsheet.Range;
    };
    expect(emu.calls.total()).toBe(0);
    expect(e.value).toBe('Hoàn thành');
    expect(e.oldValue).toBe('Chưa thực hiện');
    expect(e.range.getA1Notation()).toBe('C2');
    expect(sheet.getRange('C2').getValue()).toBe('Hoàn thành');
  });
});
