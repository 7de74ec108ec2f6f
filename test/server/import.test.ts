// Import through the real server entry points on the emulator: the seed plan becomes a task
// sheet; re-import keeps progress and survives moved columns and sorted rows; bad payloads
// write nothing; the service-call count does not depend on the number of tasks.
import { danVanPlanText } from '../fixtures/index';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../scripts/emulator/index';
import * as server from '../../src/server/index';
import { openTaskSheet } from '../../src/server/sheets/task-sheet';
import { withDefaultDues } from '../../src/client/tabs/import-review';
import { COLUMNS, columnHeader, columnLetter, columnSpec, stateLabel, type ColumnKey } from '../../src/core/columns';
import type { Plan, PlanTask } from '../../src/core/types';
import type { RpcResult } from '../../src/shared/rpc';

const SEED = danVanPlanText();

let emu: Emulator;
let uninstall: () => void;

beforeEach(() => {
  emu = createEmulator({ locale: 'vi' });
  uninstall = emu.install();
});
afterEach(() => uninstall());

function value<T>(answer: RpcResult<T>): T {
  if (!answer.ok) throw new Error(`server refused: ${answer.error}`);
  return answer.value;
}

function seedPlan(): Plan {
  return withDefaultDues(value(server.parsePlanText(SEED)).plan);
}

function sheetNamed(name: string) {
  const sheet = emu.workbook().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Where each add-on column is now, found the way the add-on finds it (metadata). */
function columnsOf(planKey: string): Map<ColumnKey, number> {
  return openTaskSheet(SpreadsheetApp.getActiveSpreadsheet(), planKey).columnOf;
}

/** A user drags column `from` to position `to` in the sheet UI: cells and column metadata move together. */
function dragColumn(sheetName: string, from: number, to: number): void {
  const state = emu.state().spreadsheet;
  const sheet = state.sheets.find((s) => s.name === sheetName)!;
  const order = Array.from({ length: sheet.maxCols }, (_, i) => i + 1);
  order.splice(to - 1, 0, ...order.splice(from - 1, 1));
  const newIndexOf = new Map(order.map((old, i) => [old, i + 1]));
  for (const row of sheet.rows) {
    if (!row) continue;
    while (row.length < sheet.maxCols) row.push(undefined);
    const moved = order.map((old) => row[old - 1]);
    row.splice(0, row.length, ...moved);
  }
  for (const m of state.metadata) {
    if (m.location.type === 'COLUMN' && m.location.sheetId === sheet.id)
      m.location.index = newIndexOf.get(m.location.index!)!;
  }
}

function syntheticPlan(n: number, seed = 0): Plan {
  const tasks: PlanTask[] = Array.from({ length: n }, (_, i) => ({
    ref: `II.${i + 1}`,
    section: 'II. NỘI DUNG',
    title: `Task ${i + 1} v${seed}`,
    text: `Task ${i + 1} in full.`,
    leadUnit: `Unit ${i % 7}`,
    supportUnits: i % 3 === 0 ? [`Unit ${(i + 1) % 7}`] : [],
    due: `2024-${String((i % 12) + 1).padStart(2, '0')}-15`,
    dueText: null,
    recurrence: i % 5 === 0 ? 'quarterly' : null,
  }));
  return {
    number: '12/KH-UBND',
    code: 'UBND',
    issuer: 'UBND',
    place: 'Pleiku',
    date: '2024-01-05',
    title: 'Synthetic plan',
    year: 2024,
    basis: ['Căn cứ…'],
    objectives: [],
    tasks,
    reports: [{ text: 'Báo cáo năm', period: 'annual', due: '2024-11-30', unit: 'Unit 0' }],
    recipients: ['- Lưu: VT.'],
    signer: { title: 'CHỦ TỊCH', name: 'Nguyễn Văn A', block: 'CHỦ TỊCH' },
    warnings: [],
  };
}

describe('createTaskSheet with the seed plan', () => {
  it('creates one sheet with its 9 tasks and 2 report rows, formats, dropdowns, colour rules and metadata', () => {
    const plan = seedPlan();
    expect(plan.tasks).toHaveLength(9);
    const created = value(server.createTaskSheet(plan));
    expect(created).toMatchObject({ tasks: 9, reports: 2 });

    const sheet = sheetNamed(created.sheetName);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.values[0]).toEqual(COLUMNS.map((c) => columnHeader(c.key, 'vi')));
    const codes = sheet.values.slice(1, 12).map((r) => r[0]);
    expect(codes).toEqual([...plan.tasks.map((t) => t.ref), 'BC.1', 'BC.2']);
    expect(codes.filter((c) => String(c).startsWith('BC.'))).toEqual(['BC.1', 'BC.2']);
    expect(codes.filter((c) => !String(c).startsWith('BC.'))).toHaveLength(9);
    expect(sheet.values[12].every((v) => v === '')).toBe(true);

    const col = (key: ColumnKey) => COLUMNS.findIndex((c) => c.key === key);
    // Due dates: dd/MM/yyyy, the plan's 6-month report before 10/5/2023; tasks with no deadline get 31/12/2023.
    expect(sheet.formats[1][col('due')]).toBe('dd/MM/yyyy');
    expect(sheet.formats[1][col('title')]).toBe('@');
    const report = sheet.displayValues.find((r) => r[0] === 'BC.1')!;
    expect(report[col('due')]).toBe('10/05/2023');
    expect(sheet.displayValues[1][col('due')]).toBe('31/12/2023');
    // Column widths come from the column specs.
    expect(sheet.columnWidths[col('title') + 1]).toBe(columnSpec('title').width);

    // Readable rows: data aligned to the top; title, units and result wrap; the full text is clipped
    // (still whole in the cell); the header is bold, wrapped, centred on a grey band.
    const live = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(created.sheetName)!;
    const strategies = live.getRange(2, 1, 1, COLUMNS.length).getWrapStrategies()[0].map(String);
    expect(strategies[col('text')]).toBe('CLIP');
    for (const key of ['title', 'leadUnit', 'supportUnits', 'result'] as const)
      expect(strategies[col(key)]).toBe('WRAP');
    expect(live.getRange(400, col('text') + 1).getWrapStrategy()).toBe(SpreadsheetApp.WrapStrategy.CLIP);
    expect(
      live
        .getRange(2, 1, 11, COLUMNS.length)
        .getVerticalAlignments()
        .flat()
        .every((a) => a === 'top'),
    ).toBe(true);
    expect(live.getRange(2, col('text') + 1).getValue()).toBe(plan.tasks[0].text);
    const head = live.getRange(1, 1, 1, COLUMNS.length);
    expect(head.getFontWeights()[0].every((w) => w === 'bold')).toBe(true);
    expect(head.getWrapStrategies()[0].every((w) => String(w) === 'WRAP')).toBe(true);
    expect(head.getHorizontalAlignment()).toBe('center');
    expect(head.getBackground()).toBe('#e8eaed');

    // Dropdown on the state column, in rows the plan did not fill too.
    const state = sheet.validations[1][col('state')]!;
    expect(state.criteria).toBe('VALUE_IN_LIST');
    expect(JSON.stringify(state.values)).toContain(stateLabel('done', 'vi'));
    expect(state.allowInvalid).toBe(false);
    expect(sheet.validations[400][col('state')]?.criteria).toBe('VALUE_IN_LIST');
    expect(sheet.validations[1][col('percent')]?.criteria).toBe('NUMBER_BETWEEN');

    // Colour rules over the data rows.
    expect(sheet.conditionalRules).toHaveLength(7);

    // Metadata: the sheet's plan key and one tag per column, in order.
    const tags = sheet.metadata.filter((m) => m.key === 'planTracker.column');
    expect(tags.map((m) => m.value)).toEqual(COLUMNS.map((c) => c.key));
    expect(tags.map((m) => m.location)).toEqual(COLUMNS.map((_, i) => `COLUMN ${columnLetter(i)}`));
    expect(sheet.metadata.find((m) => m.key === 'planTracker.taskSheet')?.value).toBe(created.planKey);

    // The units sheet lists the plan's units; the plan header is stored for the report.
    const units = sheetNamed('Đơn vị');
    expect(units.values.slice(1).map((r) => r[0])).toContain('Văn phòng và Tổ chức đoàn thể');
    // A generic group stays in the task's text but never becomes a unit.
    expect(units.values.slice(1).map((r) => r[0])).not.toContain('Các phòng và đơn vị trực thuộc');
    expect(value(server.getUnits()).map((u) => u.name)).toEqual(units.values.slice(1).map((r) => r[0]));
    const opened = openTaskSheet(SpreadsheetApp.getActiveSpreadsheet(), created.planKey);
    expect(opened.plan.title).toBe(plan.title);
    expect(opened.plan.recipients).toEqual(plan.recipients);
    expect(opened.plan.signer).toEqual(plan.signer);
    expect(opened.readRecords().records.map((r) => r.code)).toEqual(codes);
    expect(value(server.listPlans())).toEqual([
      expect.objectContaining({ planKey: created.planKey, sheetName: created.sheetName, year: 2023 }),
    ]);
  });

  it('keeps the units list free of duplicates across plans', () => {
    value(server.createTaskSheet(seedPlan()));
    const before = sheetNamed('Đơn vị').values.length;
    const other = { ...seedPlan(), number: '99/KH-X', title: 'Another plan' };
    other.tasks[0] = { ...other.tasks[0], leadUnit: 'văn phòng  và tổ chức đoàn thể', supportUnits: ['Sở Tài chính'] };
    value(server.createTaskSheet(other));
    const names = sheetNamed('Đơn vị')
      .values.slice(1)
      .map((r) => String(r[0]))
      .filter((n) => n !== '');
    expect(names.length).toBe(before); // header excluded: before-1 old units + 1 new
    expect(names).toContain('Sở Tài chính');
    expect(names.filter((n) => n.toLowerCase().includes('tổ chức đoàn thể'))).toHaveLength(1);
  });

  it('makes a separate sheet with its own id when the same plan is created again ("tạo trang mới")', () => {
    const first = value(server.createTaskSheet(seedPlan()));
    const before = sheetNamed(first.sheetName).values;
    const again = value(server.createTaskSheet(seedPlan()));
    expect(again.planKey).not.toBe(first.planKey);
    expect(again.sheetName).not.toBe(first.sheetName);
    expect(sheetNamed(first.sheetName).values).toEqual(before);
  });
});

describe('formula-like plan text', () => {
  it('stays text in every cell', () => {
    const plan = syntheticPlan(4);
    const nasty = ['=IMPORTXML("http://x","//a")', '+84 905 123 456', '-Tổ chức hội nghị', '@all đơn vị'];
    plan.tasks.forEach((t, i) => {
      t.title = nasty[i];
      t.leadUnit = nasty[(i + 1) % 4];
    });
    const created = value(server.createTaskSheet(plan));
    const sheet = sheetNamed(created.sheetName);
    const col = COLUMNS.findIndex((c) => c.key === 'title');
    expect(sheet.values.slice(1, 5).map((r) => r[col])).toEqual(nasty);
    expect(sheet.formulas.flat().every((f) => f === '')).toBe(true);
    expect(
      openTaskSheet(SpreadsheetApp.getActiveSpreadsheet(), created.planKey)
        .readRecords()
        .records.map((r) => r.title)
        .slice(0, 4),
    ).toEqual(nasty);
  });
});

describe('bad payloads', () => {
  const cases: [string, unknown][] = [
    ['not an object', 'plan'],
    ['tasks not a list', { ...syntheticPlan(2), tasks: 'x' }],
    ['an impossible date', { ...syntheticPlan(2), tasks: [{ ...syntheticPlan(2).tasks[0], due: '2023-02-30' }] }],
    ['a task without a title', { ...syntheticPlan(2), tasks: [{ ...syntheticPlan(2).tasks[0], title: ' ' }] }],
    ['an over-long title', { ...syntheticPlan(2), tasks: [{ ...syntheticPlan(2).tasks[0], title: 'x'.repeat(5000) }] }],
    ['an unknown recurrence', { ...syntheticPlan(2), tasks: [{ ...syntheticPlan(2).tasks[0], recurrence: 'weekly' }] }],
    ['no tasks', { ...syntheticPlan(2), tasks: [] }],
    ['a year that is text', { ...syntheticPlan(2), year: '2023' }],
  ];
  for (const [name, payload] of cases) {
    it(`refuses ${name} with a message and writes nothing`, () => {
      const before = JSON.stringify(emu.workbook());
      const answer = server.createTaskSheet(payload as Plan);
      expect(answer.ok).toBe(false);
      if (!answer.ok) {
        expect(answer.error).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i); // Vietnamese
        expect(answer.error).not.toMatch(/undefined|TypeError|at \w+ \(/);
      }
      expect(JSON.stringify(emu.workbook())).toBe(before);
    });
  }

  it('leaves the spreadsheet as it was when a write fails half-way', () => {
    value(server.createTaskSheet(syntheticPlan(3, 1)));
    const before = JSON.stringify(emu.workbook());
    const app = SpreadsheetApp as unknown as { newConditionalFormatRule: () => unknown };
    const original = app.newConditionalFormatRule;
    app.newConditionalFormatRule = () => {
      throw new Error('Service Spreadsheets failed while accessing document');
    };
    try {
      const answer = server.createTaskSheet({ ...syntheticPlan(5), number: '13/KH-UBND' });
      expect(answer.ok).toBe(false);
    } finally {
      app.newConditionalFormatRule = original;
    }
    expect(JSON.stringify(emu.workbook())).toBe(before);
  });

  it('validates the other entry points', () => {
    expect(server.parsePlanText(42 as unknown as string).ok).toBe(false);
    expect(server.parsePlanText('   ').ok).toBe(false);
    expect(server.parsePlanDoc('not a link' as string)).toEqual({
      ok: false,
      error: expect.stringContaining('Google Tài liệu'),
    });
    expect(server.previewReimport(seedPlan(), 7 as unknown as string).ok).toBe(false);
  });
});

describe('re-import', () => {
  /** Units fill progress in the sheet UI: state, percent, result, evidence of several tasks. */
  function fillProgress(sheetName: string, planKey: string): void {
    const cols = columnsOf(planKey);
    const cell = (key: ColumnKey, row: number) => `${columnLetter(cols.get(key)! - 1)}${row}`;
    emu.userEdit(sheetName, cell('state', 2), stateLabel('done', 'vi'));
    emu.userEdit(sheetName, cell('percent', 2), 100);
    emu.userEdit(sheetName, cell('completedOn', 2), new Date(Date.UTC(2023, 3, 2)));
    emu.userEdit(sheetName, cell('result', 2), 'Đã tổ chức 03 hội nghị');
    emu.userEdit(sheetName, cell('state', 4), stateLabel('in_progress', 'vi'));
    emu.userEdit(sheetName, cell('percent', 4), 40);
    emu.userEdit(sheetName, cell('evidence', 4), '=HYPERLINK("https://example.gov.vn/vb/12")');
    emu.userEdit(sheetName, cell('result', 8), 'Đang triển khai');
  }

  function progressCells(sheetName: string, planKey: string): Map<string, unknown[]> {
    const cols = columnsOf(planKey);
    const sheet = sheetNamed(sheetName);
    const codeCol = cols.get('code')! - 1;
    const keys: ColumnKey[] = ['state', 'percent', 'completedOn', 'result', 'evidence', 'updatedAt', 'updatedBy'];
    const out = new Map<string, unknown[]>();
    sheet.values.slice(1).forEach((row, i) => {
      if (row[codeCol] === '') return;
      out.set(
        String(row[codeCol]),
        keys.map((k) => [row[cols.get(k)! - 1], sheet.formulas[i + 1][cols.get(k)! - 1]]),
      );
    });
    return out;
  }

  it('shows the diff first, then applies it keeping every progress cell', () => {
    const plan = seedPlan();
    const created = value(server.createTaskSheet(plan));
    fillProgress(created.sheetName, created.planKey);
    const progressBefore = progressCells(created.sheetName, created.planKey);

    const revised = seedPlan();
    revised.tasks[0] = { ...revised.tasks[0], title: 'Tuyên truyền Luật Thực hiện dân chủ ở cơ sở (sửa)' };
    revised.tasks[2] = { ...revised.tasks[2], leadUnit: 'Phòng Quản lý doanh nghiệp', due: '2023-09-30' };
    const removed = revised.tasks.splice(5, 1)[0];
    revised.tasks.push({ ...revised.tasks[1], ref: 'II.8', title: 'Nhiệm vụ bổ sung', text: 'Nhiệm vụ bổ sung' });

    const before = JSON.stringify(emu.workbook());
    const preview = value(server.previewReimport(revised, created.planKey));
    expect(JSON.stringify(emu.workbook())).toBe(before); // a preview writes nothing
    expect(preview.added).toEqual([{ code: 'II.8', title: 'Nhiệm vụ bổ sung' }]);
    expect(preview.removed.map((r) => r.code)).toEqual([removed.ref]);
    expect(preview.changed).toEqual([
      expect.objectContaining({ code: plan.tasks[0].ref, fields: ['title'] }),
      expect.objectContaining({ code: plan.tasks[2].ref, fields: ['leadUnit', 'due'] }),
    ]);

    const applied = value(server.applyReimport(revised, created.planKey));
    expect(applied).toMatchObject({ added: 1, changed: 2, removed: 1 });

    // Every progress cell is where it was, formulas included.
    const after = progressCells(created.sheetName, created.planKey);
    for (const [code, cells] of progressBefore) expect(after.get(code)).toEqual(cells);

    const records = openTaskSheet(SpreadsheetApp.getActiveSpreadsheet(), created.planKey).readRecords().records;
    const byCode = new Map(records.map((r) => [r.code, r]));
    expect(byCode.get(plan.tasks[0].ref)?.title).toBe('Tuyên truyền Luật Thực hiện dân chủ ở cơ sở (sửa)');
    expect(byCode.get(plan.tasks[0].ref)?.progress.state).toBe('done');
    expect(byCode.get(plan.tasks[2].ref)).toMatchObject({ leadUnit: 'Phòng Quản lý doanh nghiệp', due: '2023-09-30' });
    expect(byCode.get(removed.ref)?.inPlan).toBe(false);
    expect(records.at(-1)).toMatchObject({ code: 'II.8', inPlan: true });
    expect(value(server.getUnits()).map((u) => u.name)).toContain('Phòng Quản lý doanh nghiệp');
    // A second preview finds nothing left to do.
    expect(value(server.previewReimport(revised, created.planKey))).toMatchObject({
      added: [],
      changed: [],
      removed: [],
    });
  });

  it('is not confused by renamed sheets, moved, renamed and inserted columns, sorted rows or user rules', () => {
    const plan = seedPlan();
    const created = value(server.createTaskSheet(plan));
    fillProgress(created.sheetName, created.planKey);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheetByName(created.sheetName)!;
    sheet.setName('Theo dõi của tôi');
    dragColumn('Theo dõi của tôi', COLUMNS.findIndex((c) => c.key === 'state') + 1, 2); // state next to the code
    dragColumn('Theo dõi của tôi', COLUMNS.findIndex((c) => c.key === 'title') + 2, 12); // title far right
    sheet.insertColumnsBefore(4, 1);
    sheet.getRange('D1').setValue('Ghi chú riêng');
    sheet.getRange('D3').setValue('ghi chú của đơn vị');
    sheet.getRange('A1').setValue('Số TT');
    const width = sheet.getLastColumn();
    const titleCol = columnsOf(created.planKey).get('title')!;
    sheet.getRange(2, 1, 11, width).sort({ column: titleCol, ascending: false });
    const userRule = SpreadsheetApp.newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#ffffff')
      .setRanges([sheet.getRange('D2:D20')])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), userRule]);

    const before = emu.workbook().sheets.find((s) => s.name === 'Theo dõi của tôi')!;
    const preview = value(server.previewReimport(plan, created.planKey));
    expect(preview).toMatchObject({
      sheetName: 'Theo dõi của tôi',
      added: [],
      changed: [],
      removed: [],
      unchanged: 11,
    });
    value(server.applyReimport(plan, created.planKey));
    const after = emu.workbook().sheets.find((s) => s.name === 'Theo dõi của tôi')!;
    expect(after.values).toEqual(before.values);
    expect(after.formulas).toEqual(before.formulas);
    // The user's rule is kept; the add-on's rules now read the moved columns.
    expect(after.conditionalRules).toHaveLength(8);
    expect(after.conditionalRules.filter((r) => (r as { background: string }).background === '#ffffff')).toHaveLength(
      1,
    );
    const stateLetter = columnLetter(columnsOf(created.planKey).get('state')! - 1);
    expect(
      JSON.stringify(after.conditionalRules.filter((r) => (r as { background: string }).background !== '#ffffff')),
    ).toContain(`$${stateLetter}2`);

    // A real change after all that lands in the right cells.
    const revised = seedPlan();
    revised.tasks[3] = { ...revised.tasks[3], title: 'Tiêu đề mới' };
    value(server.applyReimport(revised, created.planKey));
    const records = openTaskSheet(ss, created.planKey).readRecords();
    const lookup = records.find({ code: plan.tasks[3].ref });
    const row = lookup.found ? lookup.row : 0;
    const cols = columnsOf(created.planKey);
    expect(sheet.getRange(row, cols.get('title')!).getValue()).toBe('Tiêu đề mới');
    expect(
      sheet
        .getRange(2, 4, 11, 1)
        .getValues()
        .flat()
        .filter((v) => v === 'ghi chú của đơn vị'),
    ).toHaveLength(1);
    expect(sheet.getRange('A1').getValue()).toBe('Số TT');
  });
});

describe('service calls', () => {
  function createCalls(n: number): Record<string, number> {
    const fresh = createEmulator();
    const restore = fresh.install();
    try {
      fresh.calls.reset();
      value(server.createTaskSheet(syntheticPlan(n)));
      return fresh.calls.byMethod();
    } finally {
      restore();
    }
  }

  function reimportCalls(n: number): Record<string, number> {
    const fresh = createEmulator();
    const restore = fresh.install();
    try {
      value(server.createTaskSheet(syntheticPlan(n)));
      const revised = syntheticPlan(n + Math.ceil(n / 10), 1);
      fresh.calls.reset();
      value(server.applyReimport(revised, null));
      return fresh.calls.byMethod();
    } finally {
      restore();
    }
  }

  it('are the same for 10 and 1000 tasks when creating', () => {
    const small = createCalls(10);
    expect(createCalls(1000)).toEqual(small);
    expect(small['Range.setValues']).toBeLessThanOrEqual(6);
  });

  it('are the same for 10 and 1000 tasks when re-importing', () => {
    expect(reimportCalls(1000)).toEqual(reimportCalls(10));
  });
});

describe('Google Doc import', () => {
  it('reads paragraphs and tables of a Doc given by link', () => {
    const doc = DocumentApp.create('Kế hoạch');
    const body = doc.getBody();
    for (const line of SEED.split('\n').filter((l) => l.trim() !== '')) body.appendParagraph(line);
    const parsed = value(server.parsePlanDoc(doc.getUrl()));
    expect(parsed.plan.tasks).toHaveLength(9);
    expect(parsed.plan.reports).toHaveLength(2);
  });

  it('says so when the Doc cannot be opened', () => {
    const answer = server.parsePlanDoc('https://docs.google.com/document/d/1NoSuchDocument000000000/edit');
    expect(answer).toEqual({ ok: false, error: expect.stringContaining('Không mở được tài liệu') });
  });
});
