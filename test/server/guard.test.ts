// The input guard and the locks through the real dist/Code.js on the emulator: a table of bad
// payloads for every google.script.run target (each refused in the user's words, nothing
// changed), state/percent/date consistency, platform limits, typed formulas in the sheet, the
// trigger-only daily check, and the document lock on every write path.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { IN_PROCESS, type LoadedBundle } from '../../scripts/harness/load-bundle';
import type { ProgressView, SaveProgressResult, TrackingSettingsView } from '../../src/shared/rpc';
import type { ReportDefaults, ReportRequest } from '../../src/shared/report-rpc';
import {
  createSeedSheet,
  DEPARTMENTS,
  openAddOn,
  reviewedSeedPlan,
  rpc,
  rpcError,
  taskRows,
} from '../../scripts/harness/add-on';

// 1 June 2023, 09:00 in Hà Nội.
const NOW = '2023-06-01T02:00:00Z';
const UNEXPECTED = /ngoài dự kiến|went wrong/;

const update = (planKey: string, code: string, fields: Record<string, unknown> = {}) => ({
  planKey,
  code,
  state: 'in_progress',
  percent: 40,
  completedOn: null,
  result: '',
  evidence: '',
  baseline: null,
  ...fields,
});

/** Everything a user could see changed: cells, formats, charts, Docs, properties, mail, triggers. */
function snapshot(bundle: LoadedBundle): string {
  const e = bundle.emulator;
  return JSON.stringify({
    workbook: e.workbook(),
    documents: e.documents().length,
    properties: e.state().properties,
    mail: e.mail(),
    triggers: e.triggers(),
  });
}

function reportSettings(bundle: LoadedBundle, overrides: Record<string, unknown> = {}): ReportRequest {
  const defaults = rpc<ReportDefaults>(bundle, 'getReportDefaults', null);
  return {
    ...defaults.settings!,
    issuingAgency: 'Ban Quản lý Khu kinh tế',
    period: { kind: 'semiannual', year: 2023 },
    cutoff: '2023-05-31',
    ...overrides,
  } as ReportRequest;
}

describe('bad payloads at the RPC boundary', () => {
  it("refuses every bad input in the user's words and changes nothing", () => {
    const { bundle } = openAddOn(NOW);
    const planKey = createSeedSheet(bundle);
    const plan = reviewedSeedPlan(bundle);
    const good = reportSettings(bundle);
    const long = (n: number) => 'x'.repeat(n);
    const cases: [string, string, unknown[], RegExp?][] = [
      // saveProgress: shape
      ['null update', 'saveProgress', [null], /Thiếu dữ liệu/],
      ['no argument', 'saveProgress', [], /Thiếu dữ liệu/],
      ['update is a string', 'saveProgress', ['II.2'], /Thiếu dữ liệu/],
      ['update is an array', 'saveProgress', [[1, 2]], /Thiếu dữ liệu/],
      ['code missing', 'saveProgress', [{ ...update(planKey, 'II.2'), code: undefined }]],
      ['code a number', 'saveProgress', [update(planKey, 'II.2', { code: 7 })]],
      ['code empty', 'saveProgress', [update(planKey, '')]],
      ['code too long', 'saveProgress', [update(planKey, long(41))]],
      ['planKey missing', 'saveProgress', [{ ...update(planKey, 'II.2'), planKey: undefined }]],
      ['planKey an object', 'saveProgress', [update(planKey, 'II.2', { planKey: { $ne: 1 } })]],
      // percent
      ['percent 140', 'saveProgress', [update(planKey, 'II.2', { percent: 140 })], /số nguyên từ 0 đến 100/],
      ['percent -1', 'saveProgress', [update(planKey, 'II.2', { percent: -1 })], /0 đến 100/],
      ['percent 33.5', 'saveProgress', [update(planKey, 'II.2', { percent: 33.5 })], /số nguyên/],
      ['percent true', 'saveProgress', [update(planKey, 'II.2', { percent: true })], /0 đến 100/],
      ['percent "0x10"', 'saveProgress', [update(planKey, 'II.2', { percent: '0x10' })], /0 đến 100/],
      ['percent "50"', 'saveProgress', [update(planKey, 'II.2', { percent: '50' })], /0 đến 100/],
      [
        'percent NaN (sent as null is fine, a string is not)',
        'saveProgress',
        [update(planKey, 'II.2', { percent: 'NaN' })],
        /0 đến 100/,
      ],
      ['percent an array', 'saveProgress', [update(planKey, 'II.2', { percent: [50] })], /0 đến 100/],
      // state
      [
        'state unknown',
        'saveProgress',
        [update(planKey, 'II.2', { state: 'finished-ish' })],
        /Tình trạng không hợp lệ/,
      ],
      ['state a number', 'saveProgress', [update(planKey, 'II.2', { state: 3 })], /Tình trạng không hợp lệ/],
      ['state too long', 'saveProgress', [update(planKey, 'II.2', { state: long(61) })], /Tình trạng không hợp lệ/],
      // dates
      [
        'year 1000',
        'saveProgress',
        [update(planKey, 'II.2', { state: 'done', percent: 100, completedOn: '1000-01-01' })],
        /2000–2100/,
      ],
      [
        'year 2101',
        'saveProgress',
        [update(planKey, 'II.2', { state: 'done', percent: 100, completedOn: '2101-01-01' })],
        /2000–2100/,
      ],
      [
        '30 February',
        'saveProgress',
        [update(planKey, 'II.2', { state: 'done', percent: 100, completedOn: '2023-02-30' })],
        /2000–2100/,
      ],
      [
        'date as dd/MM/yyyy',
        'saveProgress',
        [update(planKey, 'II.2', { state: 'done', percent: 100, completedOn: '01/05/2023' })],
        /2000–2100/,
      ],
      [
        'date as a number',
        'saveProgress',
        [update(planKey, 'II.2', { state: 'done', percent: 100, completedOn: 45000 })],
        /2000–2100/,
      ],
      [
        'date in the future',
        'saveProgress',
        [update(planKey, 'II.2', { state: 'done', percent: 100, completedOn: '2023-06-02' })],
        /sau ngày hôm nay/,
      ],
      // consistency
      [
        'not started at 80%',
        'saveProgress',
        [update(planKey, 'II.2', { state: 'not_started', percent: 80 })],
        /Chưa thực hiện.*80%/,
      ],
      [
        'not started (label) at 80% with a date',
        'saveProgress',
        [update(planKey, 'II.2', { state: 'Chưa thực hiện', percent: 80, completedOn: '2023-05-01' })],
        /Chưa thực hiện/,
      ],
      [
        'not started with a completion date',
        'saveProgress',
        [update(planKey, 'II.2', { state: 'not_started', percent: 0, completedOn: '2023-05-01' })],
        /Ngày hoàn thành chỉ ghi/,
      ],
      [
        'done at 40%',
        'saveProgress',
        [update(planKey, 'II.2', { state: 'done', percent: 40 })],
        /Hoàn thành.*100%.*40%/,
      ],
      ['done (label) at 99%', 'saveProgress', [update(planKey, 'II.2', { state: 'Hoàn thành', percent: 99 })], /100%/],
      [
        'in progress with a completion date',
        'saveProgress',
        [update(planKey, 'II.2', { completedOn: '2023-05-01' })],
        /Ngày hoàn thành chỉ ghi/,
      ],
      [
        'paused with a completion date',
        'saveProgress',
        [update(planKey, 'II.2', { state: 'paused', completedOn: '2023-05-01' })],
        /Ngày hoàn thành chỉ ghi/,
      ],
      // sizes
      ['result over a cell', 'saveProgress', [update(planKey, 'II.2', { result: long(50_001) })], /50\.000/],
      ['result of 1 MB', 'saveProgress', [update(planKey, 'II.2', { result: long(1_000_000) })], /50\.000/],
      ['evidence over a cell', 'saveProgress', [update(planKey, 'II.2', { evidence: long(50_001) })], /Minh chứng/],
      ['result an object', 'saveProgress', [update(planKey, 'II.2', { result: { toString: 1 } })], /Kết quả/],
      ['baseline a number', 'saveProgress', [update(planKey, 'II.2', { baseline: 12 })]],
      ['unknown task', 'saveProgress', [update(planKey, 'XX.9')], /XX\.9/],
      ['unknown plan', 'saveProgress', [update('no such plan', 'II.2')]],
      // saveTrackingSettings
      ['settings null', 'saveTrackingSettings', [null], /Thiếu dữ liệu/],
      ['settings missing', 'saveTrackingSettings', []],
      ['days 61', 'saveTrackingSettings', [{ dueSoonDays: 61, dailyCheck: false, digest: false }]],
      ['days "5"', 'saveTrackingSettings', [{ dueSoonDays: '5', dailyCheck: false, digest: false }]],
      ['days 2.5', 'saveTrackingSettings', [{ dueSoonDays: 2.5, dailyCheck: false, digest: false }]],
      ['dailyCheck "yes"', 'saveTrackingSettings', [{ dueSoonDays: 5, dailyCheck: 'yes', digest: false }]],
      ['digest 1', 'saveTrackingSettings', [{ dueSoonDays: 5, dailyCheck: false, digest: 1 }]],
      // getProgressView / checkOverdue / goToTask
      ['view request a string', 'getProgressView', ['plan']],
      ['view unit too long', 'getProgressView', [{ planKey, unit: long(301) }]],
      ['check key a number', 'checkOverdue', [42]],
      ['check key an object', 'checkOverdue', [{ planKey }]],
      ['go to task without code', 'goToTask', [planKey]],
      ['go to task, key null', 'goToTask', [null, 'II.2']],
      // import
      ['plan text null', 'parsePlanText', [null]],
      ['plan text a number', 'parsePlanText', [12]],
      ['doc link an object', 'parsePlanDoc', [{ url: 'x' }]],
      ['create sheet from null', 'createTaskSheet', [null]],
      ['create sheet from a string', 'createTaskSheet', ['plan']],
      ['create sheet, tasks not a list', 'createTaskSheet', [{ ...plan, tasks: 'many' }]],
      ['create sheet, title a number', 'createTaskSheet', [{ ...plan, title: 5 }]],
      ['re-import with a bad key', 'applyReimport', [plan, 17]],
      ['preview re-import of null', 'previewReimport', [null, planKey]],
      // report
      ['report settings null', 'saveReportSettings', [null], /Thiếu dữ liệu/],
      ['report settings a list', 'createReport', [[good]]],
      ['report cut-off year 1999', 'createReport', [{ ...good, cutoff: '1999-12-31' }], /2000–2100/],
      [
        'report range to 2200',
        'createReport',
        [{ ...good, period: { kind: 'range', year: 2023, from: '2023-01-01', to: '2200-01-01' } }],
        /2000–2100/,
      ],
      [
        'report settings over 9 KB',
        'saveReportSettings',
        [{ ...good, recipients: Array.from({ length: 40 }, () => long(290)) }],
        /9 KB/,
      ],
      [
        'report recipients over 9 KB',
        'createReport',
        [{ ...good, recipients: Array.from({ length: 40 }, () => long(290)) }],
        /9 KB/,
      ],
      [
        'report settings of an unknown plan',
        'saveReportSettings',
        [{ ...good, planKey: 'made-up key 1' }],
        /Không tìm thấy kế hoạch/,
      ],
      ['report getDefaults key an object', 'getReportDefaults', [{}]],
      ['draft edits a list', 'saveReportDraft', [good, ['text']]],
      ['draft section over a cell', 'saveReportDraft', [good, { intro: long(50_001) }], /50\.000/],
      ['draft of null settings', 'getReportDraft', [null], /Thiếu dữ liệu/],
      // units registry and office settings
      ['merge units given numbers', 'mergeUnits', [1, 2]],
      ['merge units, one name missing', 'mergeUnits', ['Phòng A']],
      ['office settings null', 'saveOfficeSettings', [null], /Thiếu dữ liệu/],
      ['office e-mails not a list', 'saveOfficeSettings', [{ officeEmails: 'a@b.vn' }]],
      [
        'office e-mails over 9 KB',
        'saveOfficeSettings',
        [{ officeEmails: Array.from({ length: 200 }, (_, i) => `nguoi.dung.so.${i}.${long(40)}@example.gov.vn`) }],
        /9 KB/,
      ],
    ];

    const before = snapshot(bundle);
    const failures: string[] = [];
    for (const [label, name, args, pattern] of cases) {
      const answer = bundle.rpc(name, args) as { ok: boolean; error?: string };
      const held =
        !answer.ok &&
        typeof answer.error === 'string' &&
        answer.error.length > 0 &&
        !UNEXPECTED.test(answer.error) &&
        (!pattern || pattern.test(answer.error)) &&
        snapshot(bundle) === before;
      if (!held) failures.push(`${label} (${name}): ${answer.ok ? 'accepted' : answer.error}`);
    }
    console.log(`bad inputs tried: ${cases.length}, held: ${cases.length - failures.length}`);
    expect(failures).toEqual([]);
  });

  it('answers in English for an English-speaking user', () => {
    const { bundle } = openAddOn(NOW);
    const planKey = createSeedSheet(bundle);
    bundle.emulator.setUser('staff@example.gov.vn', 'en');
    expect(rpcError(bundle, 'saveProgress', null)).toBe('Nothing was sent for "update". Nothing was changed.');
    expect(rpcError(bundle, 'saveTrackingSettings', null)).toBe(
      'Nothing was sent for "settings". Nothing was changed.',
    );
    expect(rpcError(bundle, 'saveProgress', update(planKey, 'II.2', { state: 'done', percent: 40 }))).toMatch(
      /"Done" needs 100% progress \(40% was entered\)/,
    );
    expect(rpcError(bundle, 'saveProgress', update(planKey, 'II.2', { result: 'x'.repeat(50_001) }))).toMatch(
      /"Result" is longer than 50000 characters/,
    );
  });

  it('accepts what the sidebar sends: "Done" with no percent becomes 100%, an empty date is none', () => {
    const { bundle } = openAddOn(NOW);
    const planKey = createSeedSheet(bundle);
    const saved = rpc<SaveProgressResult>(
      bundle,
      'saveProgress',
      update(planKey, 'II.2', { state: 'Hoàn thành', percent: null, completedOn: '' }),
    );
    expect(saved.task.percent).toBe(100);
    expect(saved.task.completedOn).toBe('2023-06-01');
    const started = rpc<SaveProgressResult>(
      bundle,
      'saveProgress',
      update(planKey, 'II.3', { state: 'not_started', percent: 0 }),
    );
    expect(started.task.state).toBe('not_started');
    // a result of exactly one full cell is kept whole
    const full = rpc<SaveProgressResult>(
      bundle,
      'saveProgress',
      update(planKey, 'II.4', { result: 'y'.repeat(50_000) }),
    );
    expect(full.task.result).toHaveLength(50_000);
  });
});

describe('stored settings', () => {
  it('falls back to the defaults when a stored value is damaged, and refuses to fill the property store', () => {
    const { bundle } = openAddOn(NOW);
    const planKey = createSeedSheet(bundle);
    const props = bundle.emulator.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
    props.getDocumentProperties().setProperty('planTracker.tracking', '{"dueSoonDays":"lots","digest":"yes"}');
    const view = rpc<TrackingSettingsView>(bundle, 'getTrackingSettings');
    expect(view).toMatchObject({ dueSoonDays: 7, digest: false, dailyCheck: false });
    // Fill the store nearly to Google's 500 KB with other data: saving settings is refused in words.
    const store = props.getDocumentProperties();
    const used = () =>
      Object.entries(store.getProperties()).reduce(
        (n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(String(v)),
        0,
      );
    for (let i = 0; 500 * 1024 - used() > 9_300; i++) store.setProperty(`other.${i}`, 'z'.repeat(9000));
    store.setProperty('pad', 'z'.repeat(500 * 1024 - used() - 3 - 200));
    const before = snapshot(bundle);
    expect(rpcError(bundle, 'saveReportSettings', reportSettings(bundle, { planKey }))).toMatch(/500 KB/);
    expect(snapshot(bundle)).toBe(before);
  });
});

describe('typed formulas in the sheet', () => {
  it('turns "=IMPORTXML(…)" typed into a text column back into text, even after a paste reset the format', () => {
    const { bundle } = openAddOn(NOW, 'vanphong@example.gov.vn', true);
    createSeedSheet(bundle);
    const sheet = bundle.emulator
      .workbook()
      .sheets.find((s) => s.metadata.some((m) => m.key === 'planTracker.taskSheet'))!;
    const header = sheet.values[0].map(String);
    const row = sheet.values.findIndex((r) => r[0] === 'II.6') + 1;
    const a1 = (title: string) => `${String.fromCharCode(65 + header.indexOf(title))}${row}`;
    const ss = (
      bundle.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActiveSpreadsheet();
    const formula = '=IMPORTXML("https://example.com/?q="&A1, "//a")';
    for (const title of ['Kết quả', 'Nội dung đầy đủ']) {
      // A paste with "paste format" leaves the cell in the General format.
      ss.getSheetByName(sheet.name)!.getRange(a1(title)).setNumberFormat('General');
      const event = bundle.emulator.userEdit(sheet.name, a1(title), formula);
      expect(ss.getSheetByName(sheet.name)!.getRange(a1(title)).getFormula()).toBe(formula);
      bundle.emulator.runAsSimpleTrigger(() => bundle.run('onEdit', event));
      const cell = ss.getSheetByName(sheet.name)!.getRange(a1(title));
      expect(cell.getFormula()).toBe('');
      expect(cell.getNumberFormat()).toBe('@');
    }
    const task = rpc<ProgressView>(bundle, 'getProgressView', { unit: DEPARTMENTS }).tasks.find(
      (t) => t.code === 'II.6',
    )!;
    expect(task.result).toBe(formula);
  });
});

describe('entry points only a trigger or the menu may run', () => {
  it('runDailyCheck sends nothing when called through google.script.run, and runs for its own trigger', () => {
    const { bundle } = openAddOn(NOW);
    createSeedSheet(bundle);
    rpc(bundle, 'saveTrackingSettings', { dueSoonDays: 7, dailyCheck: true, digest: true });
    const before = snapshot(bundle);
    bundle.rpc('runDailyCheck', []);
    bundle.rpc('runDailyCheck', [{ triggerUid: 'guessed-123' }]);
    bundle.rpc('runDailyCheck', [{ triggerUid: '' }]);
    expect(snapshot(bundle)).toBe(before);
    bundle.run('runDailyCheck', bundle.emulator.clockEvent('runDailyCheck'));
    expect(snapshot(bundle)).not.toBe(before);
  });

  it("another user's trigger event does not let this user run the daily check", () => {
    const { bundle } = openAddOn(NOW);
    createSeedSheet(bundle);
    rpc(bundle, 'saveTrackingSettings', { dueSoonDays: 7, dailyCheck: true, digest: true });
    const event = bundle.emulator.clockEvent('runDailyCheck');
    bundle.emulator.setUser('other@example.gov.vn');
    const before = snapshot(bundle);
    bundle.rpc('runDailyCheck', [JSON.parse(JSON.stringify(event))]);
    expect(snapshot(bundle)).toBe(before);
  });

  it('checkOverdueFromMenu says a busy lock in a toast instead of failing', () => {
    const { bundle } = openAddOn(NOW);
    createSeedSheet(bundle);
    bundle.emulator.holdLock('document');
    expect(() => bundle.run('checkOverdueFromMenu')).not.toThrow();
    expect(bundle.emulator.ui().toasts.at(-1)).toMatch(/người khác cập nhật/);
  });
});

describe('the document lock on every write path', () => {
  it('every write answers "busy, try again" while another execution holds the lock, and changes nothing', () => {
    const { bundle } = openAddOn(NOW);
    const planKey = createSeedSheet(bundle);
    const plan = reviewedSeedPlan(bundle);
    const settings = reportSettings(bundle);
    bundle.emulator.holdLock('document');
    const before = snapshot(bundle);
    const writes: [string, unknown[]][] = [
      ['saveProgress', [update(planKey, 'II.2')]],
      ['checkOverdue', [planKey]],
      ['createTaskSheet', [{ ...plan, title: `${plan.title} (bản 2)` }]],
      ['applyReimport', [plan, planKey]],
      ['saveTrackingSettings', [{ dueSoonDays: 5, dailyCheck: false, digest: false }]],
      ['saveReportSettings', [settings]],
      ['createReport', [settings]],
    ];
    for (const [name, args] of writes) {
      expect([name, rpcError(bundle, name, ...args)]).toEqual([
        name,
        'Bảng tính đang được người khác cập nhật. Vui lòng thử lại sau ít giây.',
      ]);
    }
    expect(snapshot(bundle)).toBe(before);
  });

  it('waits for a lock that is let go within the wait, on the simulated clock', () => {
    const { bundle } = openAddOn(NOW);
    const planKey = createSeedSheet(bundle);
    const waited = bundle.emulator.lockWaitedMs();
    bundle.emulator.holdLock('document', 'another-save', 3_000);
    const saved = rpc<SaveProgressResult>(
      bundle,
      'saveProgress',
      update(planKey, 'II.2', { result: 'after the wait' }),
    );
    expect(saved.task.result).toBe('after the wait');
    expect(bundle.emulator.lockWaitedMs() - waited).toBe(3_000);
    // held for longer than the add-on waits (15 s): busy after the whole wait
    bundle.emulator.holdLock('document', 'a-long-report', 60_000);
    expect(rpcError(bundle, 'saveProgress', update(planKey, 'II.3'))).toMatch(/người khác cập nhật/);
    expect(bundle.emulator.lockWaitedMs() - waited).toBe(18_000);
  });

  it('onEdit under a held lock leaves the edit unstamped and does not throw', () => {
    const { bundle } = openAddOn(NOW, 'vanphong@example.gov.vn', true);
    createSeedSheet(bundle);
    const sheet = bundle.emulator
      .workbook()
      .sheets.find((s) => s.metadata.some((m) => m.key === 'planTracker.taskSheet'))!;
    const header = sheet.values[0].map(String);
    const row = sheet.values.findIndex((r) => r[0] === 'II.6') + 1;
    const event = bundle.emulator.userEdit(
      sheet.name,
      `${String.fromCharCode(65 + header.indexOf('Kết quả'))}${row}`,
      'typed',
    );
    bundle.emulator.holdLock('document');
    expect(() => bundle.emulator.runAsSimpleTrigger(() => bundle.run('onEdit', event))).not.toThrow();
    expect(taskRows(bundle).find((r) => r['Mã'] === 'II.6')!['Người cập nhật']).toBe('');
  });

  it('uses the script lock where Apps Script gives no document lock (getDocumentLock() is null)', () => {
    const { bundle } = openAddOn(NOW);
    const planKey = createSeedSheet(bundle);
    bundle.emulator.setInDocument(false);
    const lockService = bundle.emulator.globals.LockService as GoogleAppsScript.Lock.LockService;
    expect(lockService.getDocumentLock()).toBeNull();
    expect(
      rpc<SaveProgressResult>(bundle, 'saveProgress', update(planKey, 'II.2', { result: 'no document lock' })).task
        .result,
    ).toBe('no document lock');
    bundle.emulator.holdLock('script');
    expect(rpcError(bundle, 'saveProgress', update(planKey, 'II.2', { result: 'again' }))).toMatch(
      /người khác cập nhật/,
    );
  });
});

describe("service errors in the script's realm", () => {
  // Realms exist only when the bundle runs in node:vm (not in the in-process coverage run).
  it.skipIf(IN_PROCESS)("are instances of the script's Error, named Exception, with the service message", () => {
    const { bundle } = openAddOn(NOW);
    const probe = vm.runInContext(
      `(() => { try { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue('x'.repeat(50001)); return null; }
        catch (e) { return { isError: e instanceof Error, name: e.name, message: e.message, text: String(e) }; } })()`,
      bundle.context,
    ) as { isError: boolean; name: string; message: string; text: string };
    expect(probe).toEqual({
      isError: true,
      name: 'Exception',
      message: 'Your input contains more than the maximum of 50000 characters in a single cell.',
      text: 'Exception: Your input contains more than the maximum of 50000 characters in a single cell.',
    });
  });
});
