// The add-on against the emulator gaps an audit found, through the real dist/Code.js: chart ids
// read back after insertChart, Sheets' 50,000-character cell, a "GMT+07:00" spreadsheet, whole
// pixels for images, replaceText's "$" rules in a template fill, and the runtime smoke check.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { IN_PROCESS, loadBundle, type LoadedBundle } from '../../scripts/harness/load-bundle';
import type { OverdueReport, ProgressView, SaveProgressResult } from '../../src/shared/rpc';
import type { CreatedReport, ReportDefaults, ReportRequest } from '../../src/shared/report-rpc';
import { createSeedSheet, DEPARTMENTS, openAddOn, rpc, rpcError, setClock } from '../../scripts/harness/add-on';

type Snapshot = {
  id: string;
  name: string;
  body: { children?: { type: string; text?: string; children?: unknown[] }[] };
};

function dashboardCharts(bundle: LoadedBundle): { chartId: number }[] {
  const sheet =
    bundle.emulator
      .workbook()
      .sheets.find((s) => s.metadata.some((m) => m.key === 'planTracker.sharedSheet' && m.value === 'dashboard')) ??
    bundle.emulator.workbook().sheets.find((s) => s.name === 'Tổng hợp')!;
  return sheet.charts as { chartId: number }[];
}

describe("dashboard charts (insertChart leaves the caller's chart without an id)", () => {
  it('three daily checks on three days leave three charts, updated in place', () => {
    const { bundle, clock } = openAddOn('2023-06-01T00:00:00Z');
    createSeedSheet(bundle);
    rpc(bundle, 'saveTrackingSettings', { dueSoonDays: 7, dailyCheck: true, digest: false });
    const ids: number[][] = [];
    for (const day of ['2023-06-01', '2023-06-02', '2023-06-03']) {
      clock.now = new Date(`${day}T00:00:00Z`);
      bundle.run('runDailyCheck', bundle.emulator.clockEvent('runDailyCheck'));
      ids.push(dashboardCharts(bundle).map((c) => c.chartId));
    }
    expect(ids[0]).toHaveLength(3);
    expect(ids[1]).toEqual(ids[0]);
    expect(ids[2]).toEqual(ids[0]);
  });

  it('puts back a chart the user deleted, and only that one', () => {
    const { bundle } = openAddOn('2023-06-01T02:00:00Z');
    const planKey = createSeedSheet(bundle);
    rpc(bundle, 'checkOverdue', planKey);
    const ss = (
      bundle.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActiveSpreadsheet();
    const dashboard = ss.getSheetByName('Tổng hợp')!;
    const [first, ...kept] = dashboard.getCharts();
    dashboard.removeChart(first);
    rpc(bundle, 'checkOverdue', planKey);
    rpc(bundle, 'checkOverdue', planKey);
    const after = dashboardCharts(bundle).map((c) => c.chartId);
    expect(after).toHaveLength(3);
    expect(after).toEqual(expect.arrayContaining(kept.map((c) => c.getChartId())));
  });
});

describe('a spreadsheet in a custom time zone ("GMT+07:00")', () => {
  it('saves, lists and checks with the day of that offset', () => {
    // 1 June 2023, 17:30 UTC: already 2 June at GMT+07:00.
    const clock = { now: new Date('2023-06-01T17:30:00Z') };
    const bundle = loadBundle({ emulator: { locale: 'vi', timeZone: 'GMT+07:00', now: () => clock.now } });
    setClock(bundle, () => clock.now);
    const planKey = createSeedSheet(bundle);
    const view = rpc<ProgressView>(bundle, 'getProgressView', { planKey, unit: DEPARTMENTS });
    expect(view.today).toBe('2023-06-02');
    const saved = rpc<SaveProgressResult>(bundle, 'saveProgress', {
      planKey,
      code: 'II.1',
      state: 'done',
      percent: null,
      completedOn: null,
      result: 'Xong',
      evidence: '',
      baseline: null,
    });
    expect(saved.task.completedOn).toBe('2023-06-02');
    expect(saved.task.updatedOn).toBe('2023-06-02');
    expect(rpc<OverdueReport>(bundle, 'checkOverdue', planKey).today).toBe('2023-06-02');
  });

  it('also with the short spelling "GMT+7" and west of Greenwich ("GMT-05:00")', () => {
    for (const [timeZone, today] of [
      ['GMT+7', '2023-06-02'],
      ['GMT-05:00', '2023-06-01'],
    ] as const) {
      const clock = { now: new Date('2023-06-01T17:30:00Z') };
      const bundle = loadBundle({ emulator: { locale: 'vi', timeZone, now: () => clock.now } });
      setClock(bundle, () => clock.now);
      const planKey = createSeedSheet(bundle);
      expect([timeZone, rpc<ProgressView>(bundle, 'getProgressView', { planKey }).today]).toEqual([timeZone, today]);
    }
  });
});

describe('the 50,000-character cell', () => {
  it('a result one character too long is refused before anything is written', () => {
    const { bundle } = openAddOn('2023-06-01T02:00:00Z');
    const planKey = createSeedSheet(bundle);
    const before = JSON.stringify(bundle.emulator.workbook());
    expect(
      rpcError(bundle, 'saveProgress', {
        planKey,
        code: 'II.2',
        state: 'in_progress',
        percent: 50,
        completedOn: null,
        result: 'r'.repeat(50_001),
        evidence: '',
        baseline: null,
      }),
    ).toMatch(/50\.000/);
    expect(JSON.stringify(bundle.emulator.workbook())).toBe(before);
  });

  it('a user cannot type more than a cell holds (the sheet refuses it as Sheets does)', () => {
    const { bundle } = openAddOn('2023-06-01T02:00:00Z');
    createSeedSheet(bundle);
    const name = bundle.emulator
      .workbook()
      .sheets.find((s) => s.metadata.some((m) => m.key === 'planTracker.taskSheet'))!.name;
    expect(() => bundle.emulator.userEdit(name, 'P5', 'x'.repeat(50_001))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
  });
});

function reportSettings(bundle: LoadedBundle, overrides: Partial<ReportRequest> = {}): ReportRequest {
  const defaults = rpc<ReportDefaults>(bundle, 'getReportDefaults', null);
  return {
    ...defaults.settings!,
    issuingAgency: 'Ban Quản lý',
    period: { kind: 'semiannual', year: 2023 },
    cutoff: '2023-05-31',
    ...overrides,
  };
}

describe('report Docs', () => {
  it('sizes the dashboard chart image in whole pixels', () => {
    const { bundle } = openAddOn('2023-06-01T02:00:00Z');
    const planKey = createSeedSheet(bundle);
    rpc(bundle, 'checkOverdue', planKey);
    const created = rpc<CreatedReport>(bundle, 'createReport', reportSettings(bundle));
    const doc = bundle.emulator.state().documents.find((d) => d.id === created.id)!;
    const images: { attrs: Record<string, unknown> }[] = [];
    const walk = (n: { type: string; attrs?: Record<string, unknown>; children?: unknown[] }) => {
      if (n.type === 'INLINE_IMAGE') images.push(n as { attrs: Record<string, unknown> });
      for (const c of (n.children ?? []) as (typeof n)[]) walk(c);
    };
    walk(doc.body as never);
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      expect(Number.isInteger(image.attrs.WIDTH)).toBe(true);
      expect(Number.isInteger(image.attrs.HEIGHT)).toBe(true);
    }
  });

  it('a template fill keeps "$\'", "$&", "$1" and "\\" in the user\'s values as typed', () => {
    const { bundle } = openAddOn('2023-06-01T02:00:00Z');
    createSeedSheet(bundle);
    const app = bundle.emulator.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    const template = app.create('Mẫu có ký hiệu');
    template.getBody().appendParagraph('Người ký: {{nguoi_ky}} — nơi: {{dia_danh}} — số {{so}}');
    template.saveAndClose();
    const signer = "Nguyễn $'Văn$& A";
    const created = rpc<CreatedReport>(
      bundle,
      'createReport',
      reportSettings(bundle, {
        templateUrl: template.getUrl(),
        signerName: signer,
        place: 'C:\\Gia Lai $1',
        number: '12$',
      }),
    );
    const doc = (bundle.emulator.documents() as Snapshot[]).find((d) => d.id === created.id)!;
    const text = doc.body.children!.map((n) => n.text ?? '').join('\n');
    expect(text).toContain(`Người ký: ${signer} — nơi: C:\\Gia Lai $1 — số 12$`);
  });
});

describe('runtime smoke check', () => {
  it('passes every check on this runtime, for a region zone and a fixed offset', () => {
    for (const timeZone of ['Asia/Ho_Chi_Minh', 'GMT+07:00']) {
      const bundle = loadBundle({ emulator: { locale: 'en', timeZone } });
      const report = bundle.run('runtimeSmokeTest') as {
        ok: boolean;
        summary: string;
        checks: { name: string; ok: boolean; detail: string }[];
      };
      expect(report.checks.filter((c) => !c.ok)).toEqual([]);
      expect(report.summary).toBe(`All ${report.checks.length} checks passed.`);
      expect(report.checks.map((c) => c.name)).toEqual(
        expect.arrayContaining([
          'Intl.DateTimeFormat timeZone',
          'formatToParts',
          "toLocaleLowerCase('vi')",
          "normalize('NFC')",
          'spreadsheet time zone',
        ]),
      );
    }
  });

  // Patches the bundle's realm: only when it runs in node:vm (not in the in-process coverage run).
  it.skipIf(IN_PROCESS)('names the feature that fails, with what it saw', () => {
    const bundle = loadBundle({ emulator: { locale: 'en' } });
    // A runtime whose lower-casing ignores the locale's letters.
    vm.runInContext("String.prototype.toLocaleLowerCase = function () { return 'broken'; }", bundle.context);
    const report = bundle.run('runtimeSmokeTest') as {
      ok: boolean;
      summary: string;
      checks: { name: string; ok: boolean; detail: string }[];
    };
    expect(report.ok).toBe(false);
    expect(report.summary).toBe("1 of 6 checks failed (the code falls back where it can): toLocaleLowerCase('vi').");
    expect(report.checks.find((c) => !c.ok)!.detail).toBe('got broken');
  });
});
