// Tracking through the real entry points of dist/Code.js on the emulator: saving progress from
// the sidebar, concurrent and conflicting saves, onEdit stamps, the overdue check, the daily
// trigger and its digests, the dashboard figures of the seed plan, and constant call counts.
import { describe, expect, it } from 'vitest';
import {
  createSeedSheet,
  dragColumn,
  DEPARTMENTS,
  OFFICE,
  openAddOn,
  reviewedSeedPlan,
  rpc,
  rpcError,
  sheetValues,
  taskRows,
} from '../../scripts/harness/add-on';
import type { OverdueReport, ProgressView, SaveProgressResult, TrackingSettingsView } from '../../src/shared/rpc';

// 1 June 2023, 09:00 in Hà Nội.
const NOW = '2023-06-01T02:00:00Z';

const update = (planKey: string, code: string, baseline: string | null, fields: Record<string, unknown> = {}) => ({
  planKey,
  code,
  state: 'in_progress',
  percent: 40,
  completedOn: null,
  result: '',
  evidence: '',
  baseline,
  ...fields,
});

describe('saving progress from the sidebar', () => {
  it("writes only that task's progress cells and stamps, and appends one log row per changed field", () => {
    const { bundle } = openAddOn(NOW);
    const planKey = createSeedSheet(bundle);
    const view = rpc<ProgressView>(bundle, 'getProgressView', { planKey, unit: DEPARTMENTS });
    const task = view.tasks.find((t) => t.code === 'II.1')!;
    const before = taskRows(bundle);

    bundle.emulator.calls.reset();
    const saved = rpc<SaveProgressResult>(
      bundle,
      'saveProgress',
      update(planKey, 'II.1', task.baseline, {
        state: 'done',
        percent: null,
        result: 'Đã tổ chức 3 hội nghị',
        evidence: '=HYPERLINK("x")',
      }),
    );
    const setValues = bundle.emulator.calls.byMethod()['Range.setValues'];

    expect(saved.changed).toEqual(['state', 'percent', 'completedOn', 'result', 'evidence']);
    // completion date defaults to today in the sheet's time zone, percent to 100
    expect(saved.task.completedOn).toBe('2023-06-01');
    expect(saved.task.evaluation).toBe('done_on_time');
    const after = taskRows(bundle);
    const row = after.find((r) => r['Mã'] === 'II.1')!;
    expect(row['Tình trạng']).toBe('Hoàn thành');
    expect(row['Tiến độ (%)']).toBe(100);
    expect(row['Kết quả']).toBe('Đã tổ chức 3 hội nghị');
    expect(row['Minh chứng']).toBe('=HYPERLINK("x")');
    expect(row['Người cập nhật']).toBe('vanphong@example.gov.vn');
    expect(row['Đánh giá']).toBe('Hoàn thành đúng hạn');
    // every other row is untouched
    expect(after.filter((r) => r['Mã'] !== 'II.1')).toEqual(before.filter((r) => r['Mã'] !== 'II.1'));
    // progress columns and stamps are adjacent in a fresh sheet: two writes (+1 for the log)
    expect(setValues).toBeLessThanOrEqual(3);

    const log = sheetValues(bundle, 'Nhật ký');
    expect(log[0]).toEqual([
      'Thời gian',
      'Người thực hiện',
      'Mã nhiệm vụ',
      'Nội dung thay đổi',
      'Giá trị cũ',
      'Giá trị mới',
      'Kế hoạch',
    ]);
    expect(
      log
        .slice(1)
        .filter((r) => r[2] === 'II.1')
        .map((r) => [r[3], r[4], r[5]]),
    ).toEqual([
      ['Tình trạng', '', 'Hoàn thành'],
      ['Tiến độ (%)', '', '100'],
      ['Ngày hoàn thành', '', '01/06/2023'],
      ['Kết quả', '', 'Đã tổ chức 3 hội nghị'],
      ['Minh chứng', '', '=HYPERLINK("x")'],
    ]);
  });

  it("answers with the saved row, stamped with who and the day in the sheet's time zone, as a re-read shows it", () => {
    // 01:30 on 2 June in Hà Nội is still 1 June in UTC.
    const { bundle } = openAddOn('2023-06-01T18:30:00Z');
    const planKey = createSeedSheet(bundle);
    const task = rpc<ProgressView>(bundle, 'getProgressView', { planKey, unit: DEPARTMENTS }).tasks.find(
      (t) => t.code === 'II.2',
    )!;
    expect([task.updatedOn, task.updatedBy]).toEqual([null, '']);

    const saved = rpc<SaveProgressResult>(
      bundle,
      'saveProgress',
      update(planKey, 'II.2', task.baseline, { state: 'in_progress', percent: 40 }),
    );
    expect([saved.task.state, saved.task.percent, saved.task.updatedOn, saved.task.updatedBy]).toEqual([
      'in_progress',
      40,
      '2023-06-02',
      'vanphong@example.gov.vn',
    ]);
    const reread = rpc<ProgressView>(bundle, 'getProgressView', { planKey }).tasks.find((t) => t.code === 'II.2')!;
    expect(reread).toEqual(saved.task);
  });

  it('finds the row by code at the moment of writing, after the rows were sorted', () => {
    const { bundle } = openAddOn(NOW);
    const planKey = createSeedSheet(bundle);
    const view = rpc<ProgressView>(bundle, 'getProgressView', { planKey, unit: OFFICE });
    const task = view.tasks.find((t) => t.code === 'III.1')!;
    const sheetName = bundle.emulator
      .workbook()
      .sheets.find((s) => s.metadata.some((m) => m.key === 'planTracker.taskSheet'))!.name;
    const ss = (
      bundle.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActiveSpreadsheet();
    const sheet = ss.getSheetByName(sheetName)!;
    sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn()).sort({ column: 1, ascending: false });
    rpc(bundle, 'saveProgress', update(planKey, 'III.1', task.baseline, { result: 'Đã kiểm tra' }));
    const rows = taskRows(bundle);
    expect(rows.find((r) => r['Mã'] === 'III.1')!['Kết quả']).toBe('Đã kiểm tra');
    expect(rows.filter((r) => r['Kết quả'] === 'Đã kiểm tra')).toHaveLength(1);
  });

  it('keeps both of two saves of different tasks made from views loaded at the same time', () => {
    const { bundle } = openAddOn(NOW);
    const planKey = createSeedSheet(bundle);
    // Two office staff, who may update any unit's tasks.
    rpc(bundle, 'saveOfficeSettings', { officeEmails: ['a@example.gov.vn', 'b@example.gov.vn'] });
    bundle.emulator.setUser('a@example.gov.vn');
    const viewA = rpc<ProgressView>(bundle, 'getProgressView', { planKey, unit: DEPARTMENTS });
    bundle.emulator.setUser('b@example.gov.vn');
    const viewB = rpc<ProgressView>(bundle, 'getProgressView', { planKey, unit: DEPARTMENTS });
    bundle.emulator.setUser('a@example.gov.vn');
    rpc(
      bundle,
      'saveProgress',
      update(planKey, 'II.2', viewA.tasks.find((t) => t.code === 'II.2')!.baseline, { result: 'A' }),
    );
    bundle.emulator.setUser('b@example.gov.vn');
    rpc(
      bundle,
      'saveProgress',
      update(planKey, 'II.3', viewB.tasks.find((t) => t.code === 'II.3')!.baseline, { result: 'B' }),
    );
    const rows = taskRows(bundle);
    expect(rows.find((r) => r['Mã'] === 'II.2')).toMatchObject({
      'Kết quả': 'A',
      'Người cập nhật': 'a@example.gov.vn',
    });
    expect(rows.find((r) => r['Mã'] === 'II.3')).toMatchObject({
      'Kết quả': 'B',
      'Người cập nhật': 'b@example.gov.vn',
    });
  });

  it('refuses a save whose row was edited in between, and leaves the other change in place', () => {
    const { bundle } = openAddOn(NOW);
    const planKey = createSeedSheet(bundle);
    // Two office staff, who may update any unit's tasks.
    rpc(bundle, 'saveOfficeSettings', { officeEmails: ['a@example.gov.vn', 'b@example.gov.vn'] });
    bundle.emulator.setUser('a@example.gov.vn');
    const viewA = rpc<ProgressView>(bundle, 'getProgressView', { planKey, unit: DEPARTMENTS });
    bundle.emulator.setUser('b@example.gov.vn');
    const viewB = rpc<ProgressView>(bundle, 'getProgressView', { planKey, unit: DEPARTMENTS });
    rpc(
      bundle,
      'saveProgress',
      update(planKey, 'II.2', viewB.tasks.find((t) => t.code === 'II.2')!.baseline, { result: 'B first' }),
    );
    bundle.emulator.setUser('a@example.gov.vn');
    const error = rpcError(
      bundle,
      'saveProgress',
      update(planKey, 'II.2', viewA.tasks.find((t) => t.code === 'II.2')!.baseline, { result: 'A late' }),
    );
    expect(error).toContain('II.2');
    expect(error).toContain('b@example.gov.vn');
    expect(taskRows(bundle).find((r) => r['Mã'] === 'II.2')!['Kết quả']).toBe('B first');
  });

  it('says the spreadsheet is busy when another execution holds the document lock', () => {
    const { bundle } = openAddOn(NOW);
    const planKey = createSeedSheet(bundle);
    const release = bundle.emulator.holdLock('document');
    expect(rpcError(bundle, 'saveProgress', update(planKey, 'II.2', null))).toMatch(/người khác cập nhật/);
    release();
  });

  it('rejects invalid input with a readable message and writes nothing', () => {
    const { bundle } = openAddOn(NOW);
    const planKey = createSeedSheet(bundle);
    const before = taskRows(bundle);
    expect(rpcError(bundle, 'saveProgress', update(planKey, 'II.2', null, { percent: 140 }))).toMatch(/0 đến 100/);
    expect(
      rpcError(
        bundle,
        'saveProgress',
        update(planKey, 'II.2', null, { state: 'done', percent: null, completedOn: '2023-06-02' }),
      ),
    ).toMatch(/sau ngày hôm nay/);
    expect(rpcError(bundle, 'saveProgress', update(planKey, 'XX.9', null))).toMatch(/XX\.9/);
    expect(taskRows(bundle)).toEqual(before);
  });

  it('remembers the unit a user picked', () => {
    const { bundle } = openAddOn(NOW);
    const planKey = createSeedSheet(bundle);
    rpc(bundle, 'getProgressView', { planKey, unit: OFFICE });
    const again = rpc<ProgressView>(bundle, 'getProgressView', { planKey });
    expect(again.unit).toBe(OFFICE);
    // overdue first (BC.1), then not started (BC.2), then on track (III.1)
    expect(again.tasks.map((t) => t.code)).toEqual(['BC.1', 'BC.2', 'III.1']);
    // Registered units, and for office staff the group no registered unit stands for.
    expect(again.units).toEqual(expect.arrayContaining([OFFICE, DEPARTMENTS]));
    bundle.emulator.setUser('other@example.gov.vn');
    expect(rpc<ProgressView>(bundle, 'getProgressView', { planKey }).unit).toBeNull();
  });
});

describe('edits made in the sheet (onEdit)', () => {
  /** A user of the task sheet types `value` into II.6's result cell; the onEdit simple trigger runs. */
  function editResult(sameDomain: boolean) {
    const { bundle } = openAddOn(NOW, 'vanphong@example.gov.vn', sameDomain);
    createSeedSheet(bundle);
    const sheet = bundle.emulator
      .workbook()
      .sheets.find((s) => s.metadata.some((m) => m.key === 'planTracker.taskSheet'))!;
    const header = sheet.values[0].map(String);
    const row = sheet.values.findIndex((r) => r[0] === 'II.6') + 1;
    const column = header.indexOf('Kết quả');
    const a1 = `${String.fromCharCode(65 + column)}${row}`;
    const event = bundle.emulator.userEdit(sheet.name, a1, 'Đã đăng tin');
    bundle.emulator.calls.reset();
    bundle.emulator.runAsSimpleTrigger(() => bundle.run('onEdit', event));
    const edited = taskRows(bundle).find((r) => r['Mã'] === 'II.6')!;
    return { bundle, edited, log: sheetValues(bundle, 'Nhật ký') };
  }

  it('stamps the row and logs the change, as a simple trigger', () => {
    const { bundle, edited, log } = editResult(true);
    expect(edited['Người cập nhật']).toBe('vanphong@example.gov.vn');
    expect(edited['Cập nhật lúc']).toBe(new Date(NOW).toISOString());
    expect(log.at(-1)!.slice(1, 6)).toEqual(['vanphong@example.gov.vn', 'II.6', 'Kết quả', '', 'Đã đăng tin']);
    expect(String(log.at(-1)![6])).toMatch(/dân vận chính quyền/); // the plan, by its name
    // It reads the header, the edited row and the plan's name (plan store), not the whole sheet,
    // and finds the columns from the layout remembered at creation instead of reading every column's tag.
    const calls = bundle.emulator.calls.byMethod();
    expect(calls['Range.getValues']).toBeLessThanOrEqual(3);
    expect(calls['DeveloperMetadataLocation.getColumn']).toBeUndefined();
    // creating the change log and reading the plan's name included (was 128); the document lock
    // (get, tryLock, flush, release) and the typed-formula check (getFormulas) add 5
    expect(bundle.emulator.calls.total()).toBeLessThanOrEqual(60);
    expect(calls['MailApp.sendEmail']).toBeUndefined();
  });

  it("says the editor is unknown when the simple trigger cannot see the e-mail (a user outside the developer's domain)", () => {
    const { edited, log } = editResult(false);
    expect(edited['Người cập nhật']).toBe('(không rõ)');
    expect(edited['Cập nhật lúc']).toBe(new Date(NOW).toISOString());
    expect(log.at(-1)!.slice(1, 6)).toEqual(['(không rõ)', 'II.6', 'Kết quả', '', 'Đã đăng tin']);
  });

  it('finds a column the user moved after the layout was remembered', () => {
    const { bundle } = openAddOn(NOW, 'vanphong@example.gov.vn', true);
    createSeedSheet(bundle);
    const name = bundle.emulator
      .workbook()
      .sheets.find((s) => s.metadata.some((m) => m.key === 'planTracker.taskSheet'))!.name;
    const edit = (header: string, value: string) => {
      const sheet = bundle.emulator.workbook().sheets.find((s) => s.name === name)!;
      const column = sheet.values[0].map(String).indexOf(header);
      const row = sheet.values.findIndex((r) => r.includes('II.3')) + 1;
      const event = bundle.emulator.userEdit(name, `${String.fromCharCode(65 + column)}${row}`, value);
      bundle.emulator.runAsSimpleTrigger(() => bundle.run('onEdit', event));
    };
    edit('Kết quả', 'trước');
    // Result to column B, "updated by" to column A: the header row changes, so the tags are read again.
    dragColumn(bundle, name, 13, 2);
    dragColumn(bundle, name, 17, 1);
    edit('Kết quả', 'sau');
    const sheet = bundle.emulator.workbook().sheets.find((s) => s.name === name)!;
    const row = sheet.values.find((r) => r.includes('II.3'))!;
    expect(row[0]).toBe('vanphong@example.gov.vn');
    expect(row[2]).toBe('sau');
    expect(sheetValues(bundle, 'Nhật ký').at(-1)!.slice(2, 6)).toEqual(['II.3', 'Kết quả', 'trước', 'sau']);
  });

  it('ignores edits outside the progress columns and never throws', () => {
    const { bundle } = openAddOn(NOW);
    createSeedSheet(bundle);
    const sheet = bundle.emulator
      .workbook()
      .sheets.find((s) => s.metadata.some((m) => m.key === 'planTracker.taskSheet'))!;
    const event = bundle.emulator.userEdit(sheet.name, 'C3', 'Tên mới');
    bundle.emulator.runAsSimpleTrigger(() => bundle.run('onEdit', event));
    expect(bundle.emulator.workbook().sheets.some((s) => s.name === 'Nhật ký')).toBe(false);
    expect(() => bundle.emulator.runAsSimpleTrigger(() => bundle.run('onEdit', undefined))).not.toThrow();
    expect(() => bundle.emulator.runAsSimpleTrigger(() => bundle.run('onEdit', { range: null }))).not.toThrow();
  });
});

/** The seed plan's progress file used by the dashboard spec and the demo. */
const PROGRESS = [
  {
    code: 'II.1',
    state: 'Hoàn thành',
    percent: 100,
    completedOn: '2023-04-20',
    result: 'Quán triệt tại hội nghị',
    evidence: 'CV 12/BQL',
  },
  { code: 'II.2', state: 'Đang thực hiện', percent: 50, completedOn: null, result: '', evidence: '' },
  {
    code: 'II.5',
    state: 'Hoàn thành',
    percent: 100,
    completedOn: '2023-05-20',
    result: 'Phát động thi đua',
    evidence: '',
  },
  { code: 'III.1', state: 'Đang thực hiện', percent: 30, completedOn: null, result: '', evidence: '' },
];

describe('the overdue check and the dashboard', () => {
  it('writes every evaluation, lists overdue and due-soon tasks, and fills the dashboard for the seed plan', () => {
    const { bundle } = openAddOn(NOW);
    const planKey = createSeedSheet(bundle);
    for (const p of PROGRESS) rpc(bundle, 'saveProgress', { planKey, baseline: null, ...p });
    const report = rpc<OverdueReport>(bundle, 'checkOverdue', planKey);
    expect(report.today).toBe('2023-06-01');
    expect(report.items.map((i) => [i.code, i.category, i.unit])).toEqual([
      ['BC.1', 'overdue', OFFICE],
      ['II.4', 'due_soon', DEPARTMENTS],
    ]);
    const evaluations = Object.fromEntries(taskRows(bundle).map((r) => [r['Mã'], r['Đánh giá']]));
    expect(evaluations).toEqual({
      'II.1': 'Hoàn thành đúng hạn',
      'II.2': 'Đang thực hiện trong hạn',
      'II.3': 'Chưa thực hiện',
      'II.4': 'Sắp đến hạn',
      'II.5': 'Hoàn thành quá hạn',
      'II.6': 'Chưa thực hiện',
      'II.7': 'Chưa thực hiện',
      'III.1': 'Đang thực hiện trong hạn',
      'III.2': 'Chưa thực hiện',
      'BC.1': 'Quá hạn',
      'BC.2': 'Chưa thực hiện',
    });

    const dashboard = sheetValues(bundle, 'Tổng hợp');
    // unit, total, done on time, done late, on track, due soon, overdue, not started, no deadline, completion, on time
    // A title row names the plan and the day of the check; the unit table starts below it.
    expect(dashboard[0][0]).toMatch(
      /^Tổng hợp tình hình thực hiện kế hoạch: .*dân vận chính quyền.* — số liệu tính đến ngày 01\/06\/2023$/,
    );
    // Then the plan chooser, then the unit table.
    expect(dashboard[1][0]).toBe('Chọn kế hoạch:');
    expect(dashboard[2][0]).toBe('Đơn vị');
    const byUnit = Object.fromEntries(dashboard.slice(3, 6).map((r) => [r[0], r.slice(1, 11)]));
    expect(byUnit[DEPARTMENTS]).toEqual([8, 1, 1, 1, 1, 0, 4, 0, 0.25, 0.5]);
    // Report duties (BC.1 overdue, BC.2 not started) are counted on their own row, as in the report.
    expect(byUnit[OFFICE]).toEqual([1, 0, 0, 1, 0, 0, 0, 0, 0, '']);
    expect(byUnit['Toàn kế hoạch']).toEqual([9, 1, 1, 2, 1, 0, 4, 0, 2 / 9, 0.5]);
    expect(dashboard[6].slice(0, 11)).toEqual(['Chế độ báo cáo', 2, 0, 0, 0, 0, 1, 1, 0, 0, '']);

    const charts = bundle.emulator.workbook().sheets.find((s) => s.name === 'Tổng hợp')!.charts;
    expect(charts).toHaveLength(3);
    const history = sheetValues(bundle, 'Lịch sử');
    expect(history).toHaveLength(2);
    expect(history[1].slice(2, 4)).toEqual([9, 1]);
    expect(history[1][1]).toBe(dashboard[1][1]); // the plan by its name
    expect(history[1].at(-1)).toBe(planKey);
  });

  it("updates the charts and replaces the day's history row on a second check; a new day adds one", () => {
    const { bundle, clock } = openAddOn(NOW);
    const planKey = createSeedSheet(bundle);
    rpc(bundle, 'checkOverdue', planKey);
    const ids = (
      bundle.emulator.workbook().sheets.find((s) => s.name === 'Tổng hợp')!.charts as { chartId: number }[]
    ).map((c) => c.chartId);
    rpc(bundle, 'saveProgress', { planKey, baseline: null, ...PROGRESS[0] });
    rpc(bundle, 'checkOverdue', planKey);
    const dash = bundle.emulator.workbook().sheets.find((s) => s.name === 'Tổng hợp')!;
    expect((dash.charts as { chartId: number }[]).map((c) => c.chartId)).toEqual(ids);
    expect(sheetValues(bundle, 'Lịch sử')).toHaveLength(2);
    expect(sheetValues(bundle, 'Lịch sử')[1][3]).toBe(1);
    clock.now = new Date('2023-06-02T02:00:00Z');
    rpc(bundle, 'checkOverdue', planKey);
    expect(sheetValues(bundle, 'Lịch sử')).toHaveLength(3);
    expect(bundle.emulator.workbook().sheets.find((s) => s.name === 'Tổng hợp')!.charts).toHaveLength(3);
  });

  it('finds every shared sheet by its tag after users renamed them all', () => {
    const { bundle } = openAddOn(NOW);
    const planKey = createSeedSheet(bundle);
    rpc(bundle, 'saveProgress', { planKey, baseline: null, ...PROGRESS[0] });
    rpc(bundle, 'checkOverdue', planKey);
    const ss = (
      bundle.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActiveSpreadsheet();
    const renamed: Record<string, string> = {
      'Nhật ký': 'Log',
      'Lịch sử': 'Snapshots',
      'Tổng hợp': 'Cho lãnh đạo',
      'Đơn vị': 'Danh bạ',
      'Kế hoạch (dữ liệu)': 'Data',
    };
    for (const [from, to] of Object.entries(renamed)) ss.getSheetByName(from)!.setName(to);
    const sheetsBefore = ss.getSheets().length;

    rpc(bundle, 'saveProgress', { planKey, baseline: null, ...PROGRESS[1] });
    rpc(bundle, 'checkOverdue', planKey);
    expect(ss.getSheets().length).toBe(sheetsBefore);
    expect(sheetValues(bundle, 'Log').at(-1)![2]).toBe('II.2');
    expect(sheetValues(bundle, 'Cho lãnh đạo')[3].slice(0, 2)).toEqual([DEPARTMENTS, 8]);
    expect(sheetValues(bundle, 'Snapshots')).toHaveLength(2);
    expect(rpc<{ name: string }[]>(bundle, 'getUnits').map((u) => u.name)).toContain(OFFICE);
    expect(rpc<ProgressView>(bundle, 'getProgressView', { planKey, unit: DEPARTMENTS }).plans[0].title).not.toBe('');
    // A sheet the user names like ours is not taken for ours.
    ss.insertSheet('Nhật ký').getRange('A1').setValue('ghi chép riêng');
    rpc(bundle, 'saveProgress', { planKey, baseline: null, ...PROGRESS[2] });
    expect(sheetValues(bundle, 'Nhật ký')).toEqual([['ghi chép riêng']]);
    expect(sheetValues(bundle, 'Log').at(-1)![2]).toBe('II.5');
  });

  it("charts the trend of the shown plan only, while the history keeps every plan's snapshots", () => {
    const { bundle, clock } = openAddOn(NOW);
    const seed = createSeedSheet(bundle);
    const small = rpc<{ planKey: string }>(bundle, 'createTaskSheet', {
      ...reviewedSeedPlan(bundle, 3),
      number: '07/KH-BQL',
      title: 'Kế hoạch nhỏ',
    }).planKey;
    const trendBlock = () => {
      const dash = bundle.emulator.workbook().sheets.find((s) => s.name === 'Tổng hợp')!;
      const trend = (dash.charts as { title?: string; options?: Record<string, unknown>; ranges: string[] }[]).find(
        (c) => JSON.stringify(c).includes('Diễn biến'),
      )!;
      const header = dash.values.findIndex((r) => r.includes('Ngày'));
      const column = dash.values[header].indexOf('Ngày');
      const rows = dash.values
        .slice(header + 1)
        .map((r) => r.slice(column, column + 8))
        .filter((r) => r[0] !== '');
      return { rows, total: dash.values.find((r) => r[0] === 'Toàn kế hoạch')![1], chart: JSON.stringify(trend) };
    };
    // Day 1: a check of every plan; day 2: the small plan alone, then every plan again.
    rpc(bundle, 'checkOverdue', null);
    clock.now = new Date('2023-06-02T02:00:00Z');
    rpc(bundle, 'checkOverdue', small);
    expect(
      sheetValues(bundle, 'Lịch sử')
        .slice(1)
        .map((r) => r.at(-1)),
    ).toEqual([seed, small, small]);
    let shown = trendBlock();
    expect(shown.rows).toHaveLength(2); // the small plan's two days, not the seed plan's row (11 tasks)
    expect(shown.rows.every((r) => (r.slice(1) as number[]).reduce((a, b) => a + b, 0) === 3)).toBe(true);
    expect(shown.chart).toContain('Kế hoạch nhỏ');
    expect(shown.total).toBe(3); // the small plan's table: 3 tasks; its 2 report rows are counted apart
    clock.now = new Date('2023-06-03T02:00:00Z');
    rpc(bundle, 'checkOverdue', null);
    expect(
      sheetValues(bundle, 'Lịch sử')
        .slice(1)
        .map((r) => r.at(-1)),
    ).toEqual([seed, small, small, seed, small]);
    shown = trendBlock();
    expect(shown.rows).toHaveLength(3); // still the plan last checked on its own
    expect(shown.rows.every((r) => (r.slice(1) as number[]).reduce((a, b) => a + b, 0) === 3)).toBe(true);
  });

  it("jumps to a task's row", () => {
    const { bundle } = openAddOn(NOW);
    const planKey = createSeedSheet(bundle);
    const report = rpc<OverdueReport>(bundle, 'checkOverdue', planKey);
    expect(rpc<boolean>(bundle, 'goToTask', planKey, report.items[0].code)).toBe(true);
    // The task sheet is shown, with the task's row selected.
    const ss = (
      bundle.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActiveSpreadsheet();
    expect(
      ss
        .getActiveSheet()
        .getDeveloperMetadata()
        .map((m) => m.getKey()),
    ).toContain('planTracker.taskSheet');
    const selected = ss.getActiveRange()!;
    expect(ss.getActiveSheet().getRange(selected.getRow(), 1).getValue()).toBe(report.items[0].code);
    expect(rpcError(bundle, 'goToTask', planKey, 'XX.1')).toContain('XX.1');
  });

  it('takes the same number of service calls for 10 and 1000 tasks', () => {
    const counts = [10, 1000].map((n) => {
      const { bundle } = openAddOn(NOW);
      const planKey = createSeedSheet(bundle, n);
      rpc(bundle, 'checkOverdue', planKey); // charts and history created once
      bundle.emulator.calls.reset();
      rpc(bundle, 'checkOverdue', planKey);
      return bundle.emulator.calls.byMethod();
    });
    expect(counts[1]).toEqual(counts[0]);
  });
});

describe('the daily check', () => {
  it('installs its trigger once, removes it, and e-mails each unit with an address its digest', () => {
    const { bundle } = openAddOn(NOW);
    const planKey = createSeedSheet(bundle);
    for (const p of PROGRESS) rpc(bundle, 'saveProgress', { planKey, baseline: null, ...p });
    // the office has an e-mail; the departments do not
    const ss = (
      bundle.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActiveSpreadsheet();
    const units = ss.getSheetByName('Đơn vị')!;
    const names = units
      .getRange(2, 1, units.getLastRow() - 1, 1)
      .getValues()
      .map((r) => r[0]);
    units.getRange(2 + names.indexOf(OFFICE), 3).setValue('vanphong@bqlkkt.gialai.gov.vn');

    const on = { dueSoonDays: 7, dailyCheck: true, digest: true };
    expect(rpc<TrackingSettingsView>(bundle, 'saveTrackingSettings', on).triggerInstalled).toBe(true);
    rpc(bundle, 'saveTrackingSettings', on);
    const triggers = bundle.emulator.triggers() as { handler: string }[];
    expect(triggers.filter((t) => t.handler === 'runDailyCheck')).toHaveLength(1);

    bundle.run('runDailyCheck', bundle.emulator.clockEvent('runDailyCheck'));
    const mail = bundle.emulator.mail();
    expect(mail).toHaveLength(1);
    expect(mail[0].to).toBe('vanphong@bqlkkt.gialai.gov.vn');
    expect(mail[0].subject).toContain('1 nhiệm vụ quá hạn');
    expect(mail[0].body).toContain('Kính gửi: Văn phòng và Tổ chức đoàn thể,');
    expect(mail[0].body).toContain('[BC.1]');
    expect(mail[0].body).toContain('hạn 10/05/2023');
    expect(mail[0].body).toContain('trễ 22 ngày');
    expect(mail[0].body).toContain('https://');
    expect(sheetValues(bundle, 'Nhật ký').at(-1)![5]).toContain('vanphong@bqlkkt.gialai.gov.vn');

    const off = rpc<TrackingSettingsView>(bundle, 'saveTrackingSettings', { ...on, dailyCheck: false });
    expect(off.triggerInstalled).toBe(false);
    expect(bundle.emulator.triggers()).toHaveLength(0);
  });

  it('sends nothing when the digest is off', () => {
    const { bundle } = openAddOn(NOW);
    createSeedSheet(bundle);
    rpc(bundle, 'saveTrackingSettings', { dueSoonDays: 7, dailyCheck: true, digest: false });
    bundle.run('runDailyCheck', bundle.emulator.clockEvent('runDailyCheck'));
    expect(bundle.emulator.mail()).toHaveLength(0);
  });

  it('refuses a due-soon window out of range', () => {
    const { bundle } = openAddOn(NOW);
    expect(rpcError(bundle, 'saveTrackingSettings', { dueSoonDays: 99, dailyCheck: false, digest: false })).toMatch(
      /0 đến 60/,
    );
  });
});
