// The report's defaults and draft through the add-on: the period offered on a given day, the
// draft section by section, the office's edits kept per plan and period (split under the 9 KB
// property limit) and written into the Doc, the parent agency remembered for the spreadsheet.
import { describe, expect, it } from 'vitest';
import type { LoadedBundle } from '../../scripts/harness/load-bundle';
import type { CreatedReport, ReportDefaults, ReportDraftView, ReportRequest } from '../../src/shared/report-rpc';
import type { Plan } from '../../src/core/types';
import { createSeedSheet, openAddOn, reviewedSeedPlan, rpc, rpcError } from '../../scripts/harness/add-on';

function defaults(bundle: LoadedBundle, planKey: string | null = null): ReportRequest {
  return rpc<ReportDefaults>(bundle, 'getReportDefaults', planKey).settings!;
}

function documentProperties(bundle: LoadedBundle): Record<string, string> {
  return (JSON.parse(bundle.emulator.save()) as { properties: { document: Record<string, string> } }).properties
    .document;
}

/** Every paragraph text of a Doc the emulator holds, in order. */
function docText(bundle: LoadedBundle, id: string): string {
  const doc = (bundle.emulator.documents() as { id: string; body: unknown }[]).find((d) => d.id === id)!;
  const out: string[] = [];
  const walk = (n: { type?: string; text?: string; children?: unknown[] }): void => {
    if (n.type === 'PARAGRAPH' || n.type === 'LIST_ITEM') out.push(n.text ?? '');
    for (const c of n.children ?? []) walk(c as typeof n);
  };
  walk(doc.body as { children?: unknown[] });
  return out.join('\n');
}

describe('the report the tab offers', () => {
  it("on 28/12/2023 offers the year's report, figures and date as of that day", () => {
    const { bundle } = openAddOn('2023-12-28T02:00:00Z');
    createSeedSheet(bundle);
    const s = defaults(bundle);
    expect(s.period).toMatchObject({ kind: 'annual', year: 2023 });
    expect(s.cutoff).toBe('2023-12-28');
    expect(s.reportDate).toBe('2023-12-28');
  });

  it("on 20/5/2023 offers the 6-month report not yet made; once it is in the reports log, the year's", () => {
    const { bundle } = openAddOn('2023-05-20T02:00:00Z');
    createSeedSheet(bundle);
    const s = defaults(bundle);
    expect(s.period).toMatchObject({ kind: 'semiannual', year: 2023 });
    expect(s.cutoff).toBe('2023-05-20');
    rpc<CreatedReport>(bundle, 'createReport', s);
    expect(defaults(bundle).period).toMatchObject({ kind: 'annual', year: 2023 });
  });

  it('warns when the cut-off falls outside the period', () => {
    const { bundle } = openAddOn('2023-12-28T02:00:00Z');
    createSeedSheet(bundle);
    const draft = rpc<ReportDraftView>(bundle, 'getReportDraft', {
      ...defaults(bundle),
      period: { kind: 'semiannual', year: 2023 },
    });
    expect(draft.warnings).toEqual([
      'Ngày số liệu (28/12/2023) sau khi kỳ báo cáo 6 tháng đầu năm 2023 kết thúc (30/06/2023).',
    ]);
  });

  it('cites the plan with the number and date the office gives', () => {
    const { bundle } = openAddOn('2023-12-28T02:00:00Z');
    createSeedSheet(bundle);
    const created = rpc<CreatedReport>(bundle, 'createReport', {
      ...defaults(bundle),
      planNumber: '12',
      planDate: '2023-01-10',
    });
    expect(docText(bundle, created.id)).toContain('Thực hiện Kế hoạch số 12/KH-BQLKKT ngày 10/01/2023 của ');
  });

  it('takes the parent agency from a two-line header, and remembers a typed one for the other plans', () => {
    const { bundle } = openAddOn('2023-12-28T02:00:00Z');
    const plan: Plan = { ...reviewedSeedPlan(bundle), parentAgency: 'ỦY BAN NHÂN DÂN TỈNH GIA LAI' };
    const first = rpc<{ planKey: string }>(bundle, 'createTaskSheet', plan).planKey;
    expect(defaults(bundle, first).parentAgency).toBe('ỦY BAN NHÂN DÂN TỈNH GIA LAI');
    const second = rpc<{ planKey: string }>(bundle, 'createTaskSheet', {
      ...reviewedSeedPlan(bundle, 3),
      number: '07/KH-BQL',
      title: 'Kế hoạch nhỏ',
    }).planKey;
    expect(defaults(bundle, second).parentAgency).toBe('');
    rpc(bundle, 'saveReportSettings', { ...defaults(bundle, second), parentAgency: 'UBND tỉnh Gia Lai' });
    const third = rpc<{ planKey: string }>(bundle, 'createTaskSheet', {
      ...reviewedSeedPlan(bundle, 2),
      number: '08/KH-BQL',
      title: 'Kế hoạch khác',
    }).planKey;
    expect(defaults(bundle, third).parentAgency).toBe('UBND tỉnh Gia Lai');
  });
});

describe('the report draft', () => {
  it("shows the sections in order, keeps the office's edits for the plan and period, and writes them into the Doc", () => {
    const { bundle } = openAddOn('2023-12-28T02:00:00Z');
    createSeedSheet(bundle);
    const settings = defaults(bundle);
    const draft = rpc<ReportDraftView>(bundle, 'getReportDraft', settings);
    expect(draft.periodLabel).toBe('năm 2023');
    expect(draft.sections.map((s) => s.group).filter((g, i, all) => all.indexOf(g) === i)).toEqual([
      'direction',
      'summary',
      'results',
      'shortcomings',
      'causes',
      'next',
      'proposals',
    ]);
    expect(draft.sections.find((s) => s.id === 'summary')!.text).toMatch(
      /^Tính đến ngày 28\/12\/2023, Kế hoạch có 09 nhiệm vụ: /,
    );

    const proposal = 'Đề nghị UBND tỉnh bố trí kinh phí tổ chức tập huấn công tác dân vận năm 2024.';
    const saved = rpc<ReportDraftView>(bundle, 'saveReportDraft', settings, {
      proposals: proposal,
      summary: draft.sections.find((s) => s.id === 'summary')!.text,
    });
    expect(saved.sections.find((s) => s.id === 'proposals')).toMatchObject({ text: proposal, edited: true });
    // A section sent back unchanged is not an edit.
    expect(saved.sections.find((s) => s.id === 'summary')!.edited).toBe(false);
    // Shown again (another session): the edit is still there; another period has none.
    expect(
      rpc<ReportDraftView>(bundle, 'getReportDraft', settings).sections.find((s) => s.id === 'proposals')!.text,
    ).toBe(proposal);
    const other = rpc<ReportDraftView>(bundle, 'getReportDraft', {
      ...settings,
      period: { kind: 'semiannual', year: 2023 },
    });
    expect(other.sections.find((s) => s.id === 'proposals')!.edited).toBe(false);

    const created = rpc<CreatedReport>(bundle, 'createReport', settings);
    const text = docText(bundle, created.id);
    expect(text).toContain(proposal);
    expect(text).not.toContain('Không có đề xuất, kiến nghị.');
    expect(text).toMatch(/ngày 28 tháng 12 năm 2023/);

    // Sent back blank: the generated text again.
    const reverted = rpc<ReportDraftView>(bundle, 'saveReportDraft', settings, { proposals: '' });
    expect(reverted.sections.find((s) => s.id === 'proposals')).toMatchObject({
      text: 'Không có đề xuất, kiến nghị.',
      edited: false,
    });
  });

  it('stores a long draft in parts under the 9 KB value limit and reads it back whole', () => {
    const { bundle } = openAddOn('2023-12-28T02:00:00Z');
    createSeedSheet(bundle);
    const settings = defaults(bundle);
    const draft = rpc<ReportDraftView>(bundle, 'getReportDraft', settings);
    const results = draft.sections.filter((s) => s.group === 'results');
    const long = (i: number): string =>
      `Đơn vị đã tổ chức tuyên truyền, phổ biến Kế hoạch lần ${i}; `.repeat(60).trim();
    const edits = Object.fromEntries(results.map((s, i) => [s.id, long(i)]));
    rpc(bundle, 'saveReportDraft', settings, edits);
    const values = Object.entries(documentProperties(bundle)).filter(([k]) => k.startsWith('planTracker.reportDraft:'));
    expect(values.length).toBeGreaterThan(3);
    for (const [, v] of values) expect(Buffer.byteLength(v)).toBeLessThanOrEqual(9 * 1024);
    const again = rpc<ReportDraftView>(bundle, 'getReportDraft', settings);
    results.forEach((s, i) => expect(again.sections.find((x) => x.id === s.id)!.text).toBe(long(i)));
    // A shorter draft afterwards leaves no stale parts behind.
    rpc(bundle, 'saveReportDraft', settings, Object.fromEntries(results.map((s) => [s.id, ''])));
    expect(
      Object.keys(documentProperties(bundle)).filter((k) => k.startsWith('planTracker.reportDraft:')).length,
    ).toBeLessThanOrEqual(2);
  });

  it('refuses a section longer than the limit, changing nothing', () => {
    const { bundle } = openAddOn('2023-12-28T02:00:00Z');
    createSeedSheet(bundle);
    const settings = defaults(bundle);
    expect(rpcError(bundle, 'saveReportDraft', settings, { proposals: 'x'.repeat(20001) })).toBe(
      'Bản nháp quá dài (tối đa 20000 ký tự mỗi phần).',
    );
    expect(Object.keys(documentProperties(bundle)).some((k) => k.startsWith('planTracker.reportDraft:'))).toBe(false);
  });
});
