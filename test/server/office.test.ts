// People and units as an office has them, through the built add-on: the registry (members and
// contacts entered by the office), two users in two units who see and update only their own
// unit's tasks (and, apart, those they support), a cross-unit save refused, office staff who
// see every unit, and two units merged with their tasks rewritten in one write per sheet.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/harness/load-bundle';
import { openAddOn, rpc, rpcError, sheetValues } from '../../scripts/harness/add-on';
import type { CreatedSheet, ParsedPlan, ProgressView, UnitRegistryView } from '../../src/shared/rpc';

const OFFICE = 'vanphong@example.gov.vn';
const JUSTICE = 'tuphap@example.gov.vn';
const HOME = 'noivu@example.gov.vn';
const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/office', name), 'utf8');
type Bundle = ReturnType<typeof openAddOn>['bundle'];

function importPlan(bundle: Bundle, file: string): CreatedSheet {
  return rpc<CreatedSheet>(bundle, 'createTaskSheet', rpc<ParsedPlan>(bundle, 'parsePlanText', fixture(file)).plan);
}

/** The office types a unit's members into the "Đơn vị" sheet, as in the spreadsheet. */
function setMembers(bundle: Bundle, unit: string, emails: string): void {
  const rows = sheetValues(bundle, 'Đơn vị');
  const row = rows.findIndex((r) => r[0] === unit) + 1;
  expect(row).toBeGreaterThan(1);
  bundle.emulator.userEdit('Đơn vị', `E${row}`, emails);
}

function officeWithTwoUnits() {
  const { bundle } = openAddOn('2026-04-01T02:00:00Z', OFFICE);
  const plan = importPlan(bundle, 'numbered.txt');
  setMembers(bundle, 'Sở Tư pháp', JUSTICE);
  setMembers(bundle, 'Sở Nội vụ', `${HOME}, thuky.noivu@example.gov.vn`);
  return { bundle, planKey: plan.planKey };
}

const save = (planKey: string, code: string, result: string) => ({
  planKey,
  code,
  state: 'in_progress',
  percent: 30,
  completedOn: null,
  result,
  evidence: '',
  baseline: null,
});

describe('the units registry', () => {
  it('lists units split from the plan, generic phrases left out, with other names and members columns', () => {
    const { bundle } = officeWithTwoUnits();
    const units = sheetValues(bundle, 'Đơn vị');
    expect(units[0]).toEqual(['Tên đơn vị', 'Tên viết tắt', 'Email liên hệ', 'Tên gọi khác', 'Email thành viên']);
    expect(
      units
        .slice(1)
        .map((r) => r[0])
        .filter(Boolean)
        .sort(),
    ).toEqual(['Sở Nội vụ', 'Sở Tư pháp', 'Văn phòng UBND tỉnh']);
  });
});

describe('two users in two units', () => {
  it("each sees only their own unit's tasks as lead, and apart the tasks they support", () => {
    const { bundle, planKey } = officeWithTwoUnits();
    bundle.emulator.setUser(JUSTICE);
    const justice = rpc<ProgressView>(bundle, 'getProgressView', { planKey, unit: 'Sở Nội vụ' });
    expect(justice.office).toBe(false);
    expect(justice.units).toEqual(['Sở Tư pháp']);
    expect(justice.unit).toBe('Sở Tư pháp'); // asking for another unit does not show it
    expect(justice.tasks.map((t) => t.code)).toEqual(['I.1']);
    expect(justice.supportTasks.map((t) => t.code)).toEqual(['I.2']);
    bundle.emulator.setUser(HOME);
    const home = rpc<ProgressView>(bundle, 'getProgressView', { planKey });
    expect(home.unit).toBe('Sở Nội vụ');
    expect(home.tasks.map((t) => t.code)).toEqual(['I.2']);
    expect(home.supportTasks.map((t) => t.code)).toEqual(['I.1']);
  });

  it("refuses a save for another unit's task and changes nothing; the own unit's save goes through", () => {
    const { bundle, planKey } = officeWithTwoUnits();
    bundle.emulator.setUser(JUSTICE);
    const before = bundle.emulator.save();
    expect(rpcError(bundle, 'saveProgress', save(planKey, 'I.2', 'không phải việc của tôi'))).toContain(
      'không phải thành viên của đơn vị chủ trì nhiệm vụ I.2',
    );
    expect(bundle.emulator.save()).toBe(before);
    expect(
      rpc<{ changed: string[] }>(bundle, 'saveProgress', save(planKey, 'I.1', 'Đã rà soát 40 thủ tục')).changed,
    ).toContain('result');
  });

  it('someone in no unit sees no task and cannot save; office staff see and update every unit', () => {
    const { bundle, planKey } = officeWithTwoUnits();
    bundle.emulator.setUser('khach@example.gov.vn');
    const stranger = rpc<ProgressView>(bundle, 'getProgressView', { planKey, unit: 'Sở Tư pháp' });
    expect([stranger.units, stranger.unit, stranger.tasks]).toEqual([[], null, []]);
    expect(rpcError(bundle, 'saveProgress', save(planKey, 'I.1', 'x'))).toContain('không phải thành viên');
    expect(rpcError(bundle, 'saveOfficeSettings', { officeEmails: ['khach@example.gov.vn'] })).toContain(
      'Chỉ cán bộ văn phòng',
    );
    bundle.emulator.setUser(OFFICE);
    rpc(bundle, 'saveOfficeSettings', { officeEmails: ['vanthu@example.gov.vn'] });
    bundle.emulator.setUser('vanthu@example.gov.vn');
    const office = rpc<ProgressView>(bundle, 'getProgressView', { planKey, unit: 'Sở Nội vụ' });
    expect(office.office).toBe(true);
    expect(office.units.sort()).toEqual(['Sở Nội vụ', 'Sở Tư pháp', 'Văn phòng UBND tỉnh']);
    expect(office.tasks.map((t) => t.code)).toEqual(['I.2']);
    rpc(bundle, 'saveProgress', save(planKey, 'I.2', 'Văn phòng cập nhật thay'));
  });
});

describe('merging two units', () => {
  it("offers a near-duplicate, never merges it alone, and a merge rewrites every plan's tasks in one write per sheet", () => {
    const { bundle } = openAddOn('2026-04-01T02:00:00Z', OFFICE);
    const first = importPlan(bundle, 'numbered.txt');
    const second = importPlan(bundle, 'second.txt');
    const registry = rpc<UnitRegistryView>(bundle, 'getUnitRegistry');
    expect(registry.units.map((u) => u.name)).toEqual(expect.arrayContaining(['Sở Tư pháp', 'Sở Tư páp']));
    expect(registry.nearDuplicates).toEqual([{ a: 'Sở Tư pháp', b: 'Sở Tư páp', reason: 'spelling' }]);

    bundle.emulator.calls.reset();
    const merged = rpc<{ into: string; tasks: number }>(bundle, 'mergeUnits', 'Sở Tư páp', 'Sở Tư pháp');
    expect(merged).toMatchObject({ into: 'Sở Tư pháp', tasks: 2 });
    // The second plan's sheet: one write of its unit columns; the registry: one write; the log none.
    expect(bundle.emulator.calls.byMethod()['Range.setValues']).toBe(2);
    const sheet = sheetValues(bundle, second.sheetName);
    const lead = sheet[0].indexOf('Đơn vị chủ trì');
    const support = sheet[0].indexOf('Đơn vị phối hợp');
    expect(sheet.slice(1, 3).map((r) => [r[lead], r[support]])).toEqual([
      ['Sở Tư pháp', 'Sở Nội vụ'],
      ['Sở Nội vụ', 'Sở Tư pháp và các cơ quan liên quan'],
    ]);
    const after = rpc<UnitRegistryView>(bundle, 'getUnitRegistry');
    expect(after.units.map((u) => u.name)).not.toContain('Sở Tư páp');
    expect(after.units.find((u) => u.name === 'Sở Tư pháp')?.aliases).toEqual(['Sở Tư páp']);
    expect(after.nearDuplicates).toEqual([]);
    // The first plan's tasks named the kept unit already and are untouched.
    expect(
      sheetValues(bundle, first.sheetName)
        .slice(1, 4)
        .map((r) => r[lead]),
    ).toEqual(['Sở Tư pháp', 'Sở Nội vụ', 'Văn phòng UBND tỉnh']);
  });

  it('is refused to anyone but the office', () => {
    const { bundle } = openAddOn('2026-04-01T02:00:00Z', OFFICE);
    importPlan(bundle, 'numbered.txt');
    importPlan(bundle, 'second.txt');
    bundle.emulator.setUser(JUSTICE);
    const before = bundle.emulator.save();
    expect(rpcError(bundle, 'mergeUnits', 'Sở Tư páp', 'Sở Tư pháp')).toContain('Chỉ cán bộ văn phòng');
    expect(bundle.emulator.save()).toBe(before);
  });
});

describe('address changes', () => {
  it('are logged when typed into "Đơn vị", with who typed them', () => {
    const { bundle } = openAddOn('2026-04-01T02:00:00Z', OFFICE, true);
    importPlan(bundle, 'numbered.txt');
    const row = sheetValues(bundle, 'Đơn vị').findIndex((r) => r[0] === 'Sở Nội vụ') + 1;
    const edit = (a1: string, value: string) => {
      const event = bundle.emulator.userEdit('Đơn vị', a1, value);
      bundle.emulator.runAsSimpleTrigger(() => bundle.run('onEdit', event));
    };
    edit(`C${row}`, 'snv@example.gov.vn');
    edit(`C${row}`, 'ai.do@example.com');
    const log = sheetValues(bundle, 'Nhật ký').filter((r) => String(r[3]).startsWith('Email'));
    expect(log.map((r) => r.slice(1, 6))).toEqual([
      [OFFICE, '', 'Email liên hệ của Sở Nội vụ', '', 'snv@example.gov.vn'],
      [OFFICE, '', 'Email liên hệ của Sở Nội vụ', 'snv@example.gov.vn', 'ai.do@example.com'],
    ]);
  });
});

describe('the daily digest', () => {
  it('goes only to the addresses in the registry (contacts and members), and an address change is logged', () => {
    const { bundle, clock } = openAddOn('2026-04-01T02:00:00Z', OFFICE);
    importPlan(bundle, 'numbered.txt');
    setMembers(bundle, 'Sở Tư pháp', JUSTICE);
    const rows = sheetValues(bundle, 'Đơn vị');
    bundle.emulator.userEdit(
      'Đơn vị',
      `C${rows.findIndex((r) => r[0] === 'Sở Tư pháp') + 1}`,
      'vanthu.stp@example.gov.vn',
    );
    rpc(bundle, 'saveTrackingSettings', { dueSoonDays: 7, dailyCheck: true, digest: true });
    // An address typed into a task's unit cell reaches nobody.
    bundle.run('runDailyCheck', bundle.emulator.clockEvent('runDailyCheck'));
    const mails = bundle.emulator.mail();
    expect(mails.map((m) => m.to)).toEqual(['vanthu.stp@example.gov.vn,tuphap@example.gov.vn']);
    const logged = () => sheetValues(bundle, 'Nhật ký').filter((r) => String(r[3]).startsWith('Email'));
    expect(logged().map((r) => [r[3], r[5]])).toEqual([
      ['Email liên hệ của Sở Tư pháp', 'vanthu.stp@example.gov.vn'],
      ['Email thành viên của Sở Tư pháp', 'tuphap@example.gov.vn'],
    ]);
    // Someone changes the contact: the next digest logs old and new before it goes out.
    bundle.emulator.userEdit(
      'Đơn vị',
      `C${rows.findIndex((r) => r[0] === 'Sở Tư pháp') + 1}`,
      'nguoi.ngoai@example.com',
    );
    clock.now = new Date('2026-04-02T02:00:00Z');
    bundle.run('runDailyCheck', bundle.emulator.clockEvent('runDailyCheck'));
    expect(logged().at(-1)!.slice(3, 6)).toEqual([
      'Email liên hệ của Sở Tư pháp',
      'vanthu.stp@example.gov.vn',
      'nguoi.ngoai@example.com',
    ]);
  });
});

describe('"Khoá theo đơn vị"', () => {
  const cell = (bundle: Bundle, sheetName: string, code: string, header: string) => {
    const values = sheetValues(bundle, sheetName);
    const row = values.findIndex((r) => r[0] === code) + 1;
    const column = values[0].indexOf(header);
    return `${String.fromCharCode(65 + column)}${row}`;
  };
  const PROTECTED = 'You are trying to edit a protected cell or object';

  it("protects each unit's progress cells for its members and the office, the plan columns for the office", () => {
    const { bundle, planKey } = officeWithTwoUnits();
    const sheetName = rpc<{ sheetName: string; planKey: string }[]>(bundle, 'listPlans').find(
      (p) => p.planKey === planKey,
    )!.sheetName;
    const view = rpc<{ unitLocks: boolean; protections: number; lockWarningOnly: boolean }>(
      bundle,
      'saveOfficeSettings',
      { officeEmails: [], unitLocks: true },
    );
    expect(view).toMatchObject({ unitLocks: true, lockWarningOnly: false });
    const protections = bundle.emulator.workbook().sheets.find((s) => s.name === sheetName)!.protections as {
      description: string;
      editors: string[];
      warningOnly: boolean;
    }[];
    const justiceRange = protections.filter((p) => p.description.startsWith('Tiến độ của Sở Tư pháp'));
    expect(justiceRange.length).toBeGreaterThan(0);
    expect(
      justiceRange.every((p) => p.editors.includes(JUSTICE) && p.editors.includes(OFFICE) && !p.editors.includes(HOME)),
    ).toBe(true);
    expect(
      protections
        .filter((p) => p.description.startsWith('Tiến độ của Sở Nội vụ'))
        .every((p) => p.editors.includes(HOME) && !p.editors.includes(JUSTICE)),
    ).toBe(true);

    // In the sheet: a member types into their own unit's row, not into another unit's or the plan.
    bundle.emulator.setUser(JUSTICE);
    bundle.emulator.userEdit(sheetName, cell(bundle, sheetName, 'I.1', 'Kết quả'), 'Đang rà soát');
    expect(() => bundle.emulator.userEdit(sheetName, cell(bundle, sheetName, 'I.2', 'Kết quả'), 'ghi đè')).toThrow(
      PROTECTED,
    );
    expect(() =>
      bundle.emulator.userEdit(sheetName, cell(bundle, sheetName, 'I.1', 'Đơn vị chủ trì'), 'Sở Nội vụ'),
    ).toThrow(PROTECTED);
    expect(() => bundle.emulator.userEdit('Đơn vị', 'C2', 'ngoai@example.com')).toThrow(PROTECTED);
    // Saves from the sidebar still write their stamps, evaluation and log line.
    rpc(bundle, 'saveProgress', save(planKey, 'I.1', 'Đã rà soát 40 thủ tục'));
    bundle.emulator.setUser(HOME);
    rpc(bundle, 'saveProgress', save(planKey, 'I.2', 'Đang biên soạn'));
    // The office edits anything.
    bundle.emulator.setUser(OFFICE);
    bundle.emulator.userEdit(sheetName, cell(bundle, sheetName, 'I.2', 'Kết quả'), 'Văn phòng sửa');
  });

  it('covers a plan imported while the locks are on', () => {
    const { bundle } = officeWithTwoUnits();
    rpc(bundle, 'saveOfficeSettings', { officeEmails: [], unitLocks: true });
    const second = importPlan(bundle, 'second.txt');
    const protections = bundle.emulator.workbook().sheets.find((s) => s.name === second.sheetName)!.protections as {
      description: string;
      editors: string[];
    }[];
    expect(protections.some((p) => p.description.startsWith('Tiến độ của Sở Nội vụ') && p.editors.includes(HOME))).toBe(
      true,
    );
    bundle.emulator.setUser(JUSTICE);
    expect(() =>
      bundle.emulator.userEdit(second.sheetName, cell(bundle, second.sheetName, 'I.2', 'Kết quả'), 'x'),
    ).toThrow(PROTECTED);
  });

  it("comes off again, leaving the user's own protections", () => {
    const { bundle, planKey } = officeWithTwoUnits();
    const sheetName = rpc<{ sheetName: string; planKey: string }[]>(bundle, 'listPlans').find(
      (p) => p.planKey === planKey,
    )!.sheetName;
    const ss = (
      bundle.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActiveSpreadsheet();
    ss.getSheetByName(sheetName)!.getRange('A1:B1').protect().setDescription('của tôi');
    rpc(bundle, 'saveOfficeSettings', { officeEmails: [], unitLocks: true });
    rpc(bundle, 'saveOfficeSettings', { officeEmails: [], unitLocks: false });
    const left = bundle.emulator.workbook().sheets.flatMap((s) => s.protections as { description: string }[]);
    expect(left.map((p) => p.description)).toEqual(['của tôi']);
    bundle.emulator.setUser(JUSTICE);
    bundle.emulator.userEdit(sheetName, cell(bundle, sheetName, 'I.2', 'Kết quả'), 'không còn khoá');
  });
});

describe('deadline extensions (gia hạn)', () => {
  const ask = (planKey: string, code: string, due: string, reason: string) => ({ planKey, code, due, reason });

  it('a unit asks with a reason, the office approves, and evaluation, the sheet and a revision use the approved deadline', () => {
    const { bundle, planKey } = officeWithTwoUnits();
    rpc(bundle, 'saveProgress', save(planKey, 'I.1', 'Đang rà soát'));
    const overdueBefore = rpc<{ items: { code: string }[] }>(bundle, 'checkOverdue', planKey).items.map((i) => i.code);
    expect(overdueBefore).toContain('I.1'); // due 31/03/2026, today 01/04/2026

    bundle.emulator.setUser(JUSTICE);
    expect(rpcError(bundle, 'requestExtension', ask(planKey, 'I.1', '2026-05-15', '  '))).toContain('lý do');
    expect(rpcError(bundle, 'requestExtension', ask(planKey, 'I.1', '2026-03-01', 'Chờ ý kiến các sở'))).toContain(
      'phải sau hạn hiện tại',
    );
    expect(
      rpcError(bundle, 'requestExtension', ask(planKey, 'I.2', '2026-09-30', 'Không phải việc của tôi')),
    ).toContain('không phải thành viên');
    const asked = rpc<{ id: string; status: string }>(
      bundle,
      'requestExtension',
      ask(planKey, 'I.1', '2026-05-15', 'Chờ ý kiến thẩm định của Bộ Tư pháp'),
    );
    expect(asked.status).toBe('pending');
    expect(rpcError(bundle, 'requestExtension', ask(planKey, 'I.1', '2026-05-20', 'Lần nữa'))).toContain(
      'đang chờ duyệt',
    );
    expect(rpcError(bundle, 'decideExtension', { id: asked.id, approve: true })).toContain('Chỉ cán bộ văn phòng');
    // Still pending: the deadline is the plan's.
    expect(rpc<ProgressView>(bundle, 'getProgressView', { planKey }).tasks[0]).toMatchObject({
      code: 'I.1',
      due: '2026-03-31',
      evaluation: 'overdue',
      extension: { status: 'pending' },
    });

    bundle.emulator.setUser(OFFICE);
    const pending = rpc<{ id: string; status: string; reason: string }[]>(bundle, 'listExtensions');
    expect(pending.map((e) => [e.id, e.status, e.reason])).toEqual([
      [asked.id, 'pending', 'Chờ ý kiến thẩm định của Bộ Tư pháp'],
    ]);
    const approved = rpc<{ status: string; decidedBy: string }>(bundle, 'decideExtension', {
      id: asked.id,
      approve: true,
    });
    expect(approved).toMatchObject({ status: 'approved', decidedBy: OFFICE });
    expect(rpcError(bundle, 'decideExtension', { id: asked.id, approve: false })).toContain('đã được xử lý');

    // Evaluation uses the approved deadline; the original is kept with who approved it and when.
    const report = rpc<{ items: { code: string }[] }>(bundle, 'checkOverdue', planKey);
    expect(report.items.map((i) => i.code)).not.toContain('I.1');
    bundle.emulator.setUser(JUSTICE);
    const task = rpc<ProgressView>(bundle, 'getProgressView', { planKey }).tasks.find((t) => t.code === 'I.1')!;
    expect(task).toMatchObject({
      due: '2026-05-15',
      evaluation: 'on_track',
      extension: { status: 'approved', originalDue: '2026-03-31', requestedDue: '2026-05-15' },
    });
    const sheet = sheetValues(bundle, 'Gia hạn');
    expect(sheet[0]).toEqual([
      'Số',
      'Mã kế hoạch',
      'Mã nhiệm vụ',
      'Mã dòng',
      'Hạn ban đầu',
      'Hạn đề nghị',
      'Lý do',
      'Người đề nghị',
      'Thời gian đề nghị',
      'Trạng thái',
      'Người duyệt',
      'Thời gian duyệt',
    ]);
    const row = bundle.emulator.workbook().sheets.find((s) => s.name === 'Gia hạn')!.displayValues[1];
    expect([row[2], row[4], row[5], row[7], row[9], row[10]]).toEqual([
      'I.1',
      '31/03/2026',
      '15/05/2026',
      JUSTICE,
      'Đã duyệt',
      OFFICE,
    ]);
    expect(sheetValues(bundle, 'Nhật ký').some((r) => r[2] === 'I.1' && String(r[5]).includes('2026-05-15'))).toBe(
      true,
    );

    // A revision of the plan does not undo the approved deadline.
    bundle.emulator.setUser(OFFICE);
    const revised = rpc<ParsedPlan>(bundle, 'parsePlanText', fixture('numbered.txt')).plan;
    const preview = rpc<{ changed: { code: string; fields: string[] }[] }>(bundle, 'previewReimport', revised, planKey);
    expect(preview.changed.filter((c) => c.code === 'I.1')).toEqual([]);
  });

  it('a refusal keeps the deadline', () => {
    const { bundle, planKey } = officeWithTwoUnits();
    bundle.emulator.setUser(HOME);
    const asked = rpc<{ id: string }>(
      bundle,
      'requestExtension',
      ask(planKey, 'I.2', '2026-08-31', 'Thiếu kinh phí in tài liệu'),
    );
    bundle.emulator.setUser(OFFICE);
    expect(rpc<{ status: string }>(bundle, 'decideExtension', { id: asked.id, approve: false }).status).toBe('refused');
    const task = rpc<ProgressView>(bundle, 'getProgressView', { planKey, unit: 'Sở Nội vụ' }).tasks[0];
    expect(task).toMatchObject({ code: 'I.2', due: '2026-06-30', extension: { status: 'refused' } });
  });
});
