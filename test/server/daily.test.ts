// Specs of the daily check through the built add-on: its trigger belongs to one spreadsheet,
// and its digests respect the mail quota and are always recorded in the change log.
import { describe, expect, it } from 'vitest';
import { openAddOn, reviewedSeedPlan, rpc, sheetValues } from '../../scripts/harness/add-on';
import type { TrackingSettingsView } from '../../src/shared/rpc';
import type { LoadedBundle } from '../../scripts/harness/load-bundle';

const NOW = '2023-06-01T02:00:00Z';
const ON = { dueSoonDays: 7, dailyCheck: true, digest: true };
const OFF = { ...ON, dailyCheck: false };

type TriggerRecord = { handler: string; documentId?: string };

function dailyTriggers(bundle: LoadedBundle): TriggerRecord[] {
  return (bundle.emulator.triggers() as TriggerRecord[]).filter((t) => t.handler === 'runDailyCheck');
}

describe('the daily trigger belongs to one spreadsheet', () => {
  it('installs in a second spreadsheet of the same user, and turning it off there leaves the first one its trigger', () => {
    const { bundle } = openAddOn(NOW);
    const first = bundle.emulator.state().spreadsheet.id;
    expect(rpc<TrackingSettingsView>(bundle, 'saveTrackingSettings', ON).triggerInstalled).toBe(true);

    // The same user opens another plan's spreadsheet: its daily check is off until turned on there.
    const second = bundle.emulator.openSpreadsheet('Kế hoạch 2024');
    expect(rpc<TrackingSettingsView>(bundle, 'getTrackingSettings').triggerInstalled).toBe(false);
    expect(rpc<TrackingSettingsView>(bundle, 'saveTrackingSettings', ON).triggerInstalled).toBe(true);
    rpc(bundle, 'saveTrackingSettings', ON); // saved again: never duplicated
    expect(
      dailyTriggers(bundle)
        .map((t) => t.documentId)
        .sort(),
    ).toEqual([first, second].sort());

    // Off in the second spreadsheet removes only its own trigger.
    expect(rpc<TrackingSettingsView>(bundle, 'saveTrackingSettings', OFF).triggerInstalled).toBe(false);
    expect(dailyTriggers(bundle).map((t) => t.documentId)).toEqual([first]);

    bundle.emulator.activateSpreadsheet(first);
    expect(rpc<TrackingSettingsView>(bundle, 'getTrackingSettings').triggerInstalled).toBe(true);
    expect(rpc<TrackingSettingsView>(bundle, 'saveTrackingSettings', OFF).triggerInstalled).toBe(false);
    expect(dailyTriggers(bundle)).toHaveLength(0);
  });
});

const UNITS = [
  { name: 'Phòng Quản lý đầu tư', email: 'dautu@example.gov.vn' },
  { name: 'Phòng Quản lý doanh nghiệp', email: 'doanhnghiep@example.gov.vn' },
  { name: 'Phòng Tài nguyên và Môi trường', email: 'tnmt@example.gov.vn' },
];

/** A plan sheet where each of three units (each with an e-mail) has one overdue task; the daily check and digest on. */
function threeUnitsWithOverdueWork(): LoadedBundle {
  const { bundle } = openAddOn(NOW);
  const plan = reviewedSeedPlan(bundle);
  plan.tasks = plan.tasks.map((t, i) =>
    i < UNITS.length ? { ...t, leadUnit: UNITS[i].name, due: '2023-05-01' } : { ...t, due: '2023-12-31' },
  );
  rpc(bundle, 'createTaskSheet', plan);
  const ss = (
    bundle.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
  ).getActiveSpreadsheet();
  const units = ss.getSheetByName('Đơn vị')!;
  const names = units
    .getRange(2, 1, units.getLastRow() - 1, 1)
    .getValues()
    .map((r) => r[0]);
  for (const unit of UNITS) units.getRange(2 + names.indexOf(unit.name), 3).setValue(unit.email);
  rpc(bundle, 'saveTrackingSettings', ON);
  return bundle;
}

/** The change log rows the daily check wrote: [field, new value]. */
function digestLog(bundle: LoadedBundle): string[][] {
  return sheetValues(bundle, 'Nhật ký')
    .slice(1)
    .filter((row) => /thư|Hạn mức/i.test(String(row[3])))
    .map((row) => [String(row[3]), String(row[5])]);
}

describe('the digest and the mail quota', () => {
  it('sends every digest when the quota allows, and records each', () => {
    const bundle = threeUnitsWithOverdueWork();
    bundle.run('runDailyCheck', bundle.emulator.clockEvent('runDailyCheck'));
    expect(bundle.emulator.mail().map((m) => m.to)).toEqual(UNITS.map((u) => u.email));
    expect(digestLog(bundle).map(([field]) => field)).toEqual([
      'Gửi thư nhắc việc',
      'Gửi thư nhắc việc',
      'Gửi thư nhắc việc',
    ]);
  });

  it('with a quota of 1 sends one digest, records the other two as skipped and says why', () => {
    const bundle = threeUnitsWithOverdueWork();
    bundle.emulator.setMailQuota(1);
    bundle.run('runDailyCheck', bundle.emulator.clockEvent('runDailyCheck'));

    expect(bundle.emulator.mail().map((m) => m.to)).toEqual([UNITS[0].email]);
    const log = digestLog(bundle);
    expect(log.filter(([field]) => field === 'Gửi thư nhắc việc').map(([, value]) => value)).toEqual([
      expect.stringContaining(UNITS[0].email),
    ]);
    const skipped = log.filter(([field]) => field.startsWith('Chưa gửi thư nhắc việc'));
    expect(skipped.map(([, value]) => value)).toEqual([
      expect.stringContaining(UNITS[1].email),
      expect.stringContaining(UNITS[2].email),
    ]);
    const note = log.find(([field]) => field === 'Hạn mức gửi thư');
    expect(note?.[1]).toMatch(/^2 thư nhắc việc \(2 người nhận\) chưa được gửi .*còn 0 người nhận/);
  });

  it('goes on when one mail fails, and records the failure with the sent ones', () => {
    const bundle = threeUnitsWithOverdueWork();
    // Fault injection: the mail service refuses the second unit's message.
    const mailApp = bundle.emulator.globals.MailApp as { sendEmail: (m: { to: string }) => void };
    const send = mailApp.sendEmail.bind(mailApp);
    mailApp.sendEmail = (m) => {
      if (m.to === UNITS[1].email) throw new Error('Failed to send email: the server refused it');
      send(m);
    };
    bundle.run('runDailyCheck', bundle.emulator.clockEvent('runDailyCheck'));

    expect(bundle.emulator.mail().map((m) => m.to)).toEqual([UNITS[0].email, UNITS[2].email]);
    const log = digestLog(bundle);
    expect(log.filter(([field]) => field === 'Gửi thư nhắc việc').map(([, value]) => value)).toEqual([
      expect.stringContaining(UNITS[0].email),
      expect.stringContaining(UNITS[2].email),
    ]);
    expect(log.filter(([field]) => field === 'Gửi thư nhắc việc không thành công').map(([, value]) => value)).toEqual([
      expect.stringMatching(new RegExp(`${UNITS[1].email}.*the server refused it`)),
    ]);
  });
});
