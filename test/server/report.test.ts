// The report through the real entry points on the emulator: the seed plan's sheet with progress,
// the dashboard with its charts, then createReport → a Google Doc laid out per Nghị định 30.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { LoadedBundle } from '../../scripts/harness/load-bundle';
import type { CreatedReport, ReportDefaults, ReportLogEntry, ReportRequest } from '../../src/shared/report-rpc';
import { createSeedSheet, openAddOn, rpc, rpcError, sheetValues } from '../../scripts/harness/add-on';
import { renderDocPreview } from '../../scripts/lib/doc-preview';

interface Node {
  type: string;
  attrs?: Record<string, unknown>;
  text?: string;
  children?: Node[];
  image?: { contentType: string; bytes: number };
  /** TEXT nodes: each stretch of text with the character style it ends up with. */
  styled?: StyledRun[];
}
interface StyledRun {
  text: string;
  attrs: {
    FONT_FAMILY: string | null;
    FONT_SIZE: number | null;
    BOLD: boolean | null;
    ITALIC: boolean | null;
    BACKGROUND_COLOR: string | null;
  };
}
interface DocSnapshot {
  id: string;
  name: string;
  url: string;
  page: {
    width: number;
    height: number;
    marginTop: number;
    marginBottom: number;
    marginLeft: number;
    marginRight: number;
  };
  body: Node;
}

const PT_PER_MM = 72 / 25.4;
const mm = (pt: number): number => pt / PT_PER_MM;

function documents(bundle: LoadedBundle): DocSnapshot[] {
  return bundle.emulator.documents() as DocSnapshot[];
}

function walk(node: Node, visit: (node: Node, ancestors: Node[]) => void, ancestors: Node[] = []): void {
  visit(node, ancestors);
  for (const child of node.children ?? []) walk(child, visit, [...ancestors, node]);
}

/** Every styled stretch of text under `node`, in document order. */
function styledRuns(node: Node): StyledRun[] {
  const out: StyledRun[] = [];
  walk(node, (n) => void out.push(...(n.styled ?? [])));
  return out;
}

/** What a paragraph looks like: its paragraph attributes with the character style of its first text. */
function look(node: Node): Record<string, unknown> {
  return { ...(node.attrs ?? {}), ...(styledRuns(node)[0]?.attrs ?? {}) };
}

/** True when every side of every cell of `table` has a border of `width` points. */
function bordered(table: Node, width: number): boolean {
  const cells = (table.children ?? []).flatMap((row) => row.children ?? []);
  return (
    cells.length > 0 &&
    cells.every((cell) =>
      ['BORDER_TOP', 'BORDER_BOTTOM', 'BORDER_LEFT', 'BORDER_RIGHT'].every(
        (side) => (cell.attrs?.[side] as { width?: number } | undefined)?.width === width,
      ),
    )
  );
}

function paragraphs(node: Node): { node: Node; ancestors: Node[] }[] {
  const out: { node: Node; ancestors: Node[] }[] = [];
  walk(node, (n, ancestors) => {
    if (n.type === 'PARAGRAPH') out.push({ node: n, ancestors });
  });
  return out;
}

function settingsFor(bundle: LoadedBundle, overrides: Partial<ReportRequest> = {}): ReportRequest {
  const defaults = rpc<ReportDefaults>(bundle, 'getReportDefaults', null);
  return {
    ...defaults.settings!,
    number: '12',
    parentAgency: 'UBND tỉnh Gia Lai',
    issuingAgency: 'Ban Quản lý Khu kinh tế',
    agencyCode: 'BQLKKT',
    place: 'Gia Lai',
    signerTitle: 'KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN',
    signerName: 'Nguyễn Văn A',
    period: { kind: 'semiannual', year: 2023 },
    cutoff: '2023-05-05',
    ...overrides,
  };
}

/** The seed sheet with some progress, the dashboard refreshed (charts placed). */
function seededAddOn(tasks?: number, withDashboard = true): { bundle: LoadedBundle; planKey: string } {
  const { bundle } = openAddOn('2023-05-05T03:00:00Z');
  const planKey = createSeedSheet(bundle, tasks);
  rpc(bundle, 'saveProgress', {
    planKey,
    code: tasks === undefined ? 'II.1' : 'T.1',
    state: 'done',
    percent: 100,
    completedOn: '2023-03-01',
    result: 'Đã tổ chức hội nghị quán triệt Kế hoạch.',
    evidence: '',
    baseline: null,
  });
  if (withDashboard) rpc(bundle, 'checkOverdue', planKey);
  return { bundle, planKey };
}

describe('createReport (built-in layout)', () => {
  let bundle: LoadedBundle;
  let created: CreatedReport;
  let doc: DocSnapshot;

  beforeAll(() => {
    ({ bundle } = seededAddOn());
    created = rpc<CreatedReport>(bundle, 'createReport', settingsFor(bundle));
    doc = documents(bundle).find((d) => d.id === created.id)!;
  });

  it('returns the new Doc and names it after the subject', () => {
    expect(created.url).toContain(created.id);
    expect(doc.name).toBe(created.name);
    expect(created.name).toMatch(/^Báo cáo kết quả thực hiện Kế hoạch số .* 6 tháng đầu năm 2023$/);
  });

  it('is A4 portrait with margins inside the Nghị định 30 ranges', () => {
    expect(doc.page.width).toBeCloseTo(595.28, 1);
    expect(doc.page.height).toBeCloseTo(841.89, 1);
    const within = (pt: number, low: number, high: number): void => {
      // Points are rounded to 0.01 pt (0.004 mm).
      expect(mm(pt)).toBeGreaterThanOrEqual(low - 0.01);
      expect(mm(pt)).toBeLessThanOrEqual(high + 0.01);
    };
    within(doc.page.marginTop, 20, 25);
    within(doc.page.marginBottom, 20, 25);
    within(doc.page.marginLeft, 30, 35);
    within(doc.page.marginRight, 15, 20);
  });

  it('every text run in the created Doc is Times New Roman, in table cells too', () => {
    const runs = styledRuns(doc.body);
    expect(runs.length).toBeGreaterThan(100);
    const tables = doc.body.children!.filter((n) => n.type === 'TABLE');
    expect(tables.flatMap(styledRuns).length).toBeGreaterThan(50);
    for (const run of runs) expect(run.attrs.FONT_FAMILY, run.text).toBe('Times New Roman');
  });

  it('body text is 13–14 pt; header lines 12–14, table text 11–12, rules aside', () => {
    const top = doc.body.children!.filter((n) => n.type === 'PARAGRAPH' && n.text);
    expect(top.length).toBeGreaterThan(30);
    for (const run of top.flatMap(styledRuns)) {
      expect(run.attrs.FONT_SIZE, run.text).toBeGreaterThanOrEqual(13);
      expect(run.attrs.FONT_SIZE, run.text).toBeLessThanOrEqual(14);
    }
    for (const run of doc.body.children!.filter((n) => n.type === 'TABLE').flatMap(styledRuns)) {
      if (/^\u2014+$/.test(run.text)) continue;
      expect(run.attrs.FONT_SIZE, run.text).toBeGreaterThanOrEqual(11);
      expect(run.attrs.FONT_SIZE, run.text).toBeLessThanOrEqual(14);
    }
  });

  it('opens with the borderless two-column header table, without side padding so the national motto keeps to one line', () => {
    const header = doc.body.children![1];
    expect(header.type).toBe('TABLE');
    expect(bordered(header, 0)).toBe(true);
    const cells = header.children![0].children!;
    expect(cells).toHaveLength(2);
    for (const cell of cells) expect(cell.attrs).toMatchObject({ PADDING_LEFT: 0, PADDING_RIGHT: 0 });
    const left = cells[0].children!;
    const right = cells[1].children!;
    expect(left[0].text).toBe('UBND TỈNH GIA LAI');
    expect(look(left[0]).BOLD).toBe(false);
    expect(left[1].text).toBe('BAN QUẢN LÝ KHU KINH TẾ');
    expect(look(left[1]).BOLD).toBe(true);
    expect(left.map((p) => p.text)).toContain('Số: 12/BC-BQLKKT');
    expect(right[0].text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(right[1].text).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(look(right[1])).toMatchObject({ BOLD: true, FONT_SIZE: 14 });
    const placeDate = right.find((p) => p.text?.startsWith('Gia Lai, '))!;
    expect(placeDate.text).toBe('Gia Lai, ngày 05 tháng 5 năm 2023');
    expect(look(placeDate)).toMatchObject({ ITALIC: true, HORIZONTAL_ALIGNMENT: 'CENTER' });
  });

  it('draws the rules under the agency, the motto and the subject as short centred paragraph borders', () => {
    const [left, right] = doc.body.children![1].children![0].children!;
    const ruleAfter = (cell: Node, text: string): Node =>
      cell.children![cell.children!.findIndex((p) => p.text === text) + 1];
    const agencyRule = ruleAfter(left, 'BAN QUẢN LÝ KHU KINH TẾ');
    const mottoRule = ruleAfter(right, 'Độc lập - Tự do - Hạnh phúc');
    for (const [rule, cellMm, ruleMm] of [
      [agencyRule, 70, 25],
      [mottoRule, 95, 58],
    ] as const) {
      expect(rule.text).toBe('');
      expect(rule.attrs).toMatchObject({
        HORIZONTAL_ALIGNMENT: 'CENTER',
        BORDER_BOTTOM: expect.objectContaining({ width: 0.75 }),
      });
      // Indented from both sides so the border is the rule's length.
      expect(mm(cellMm * (72 / 25.4) - 2 * (rule.attrs!.INDENT_START as number))).toBeCloseTo(ruleMm, 0);
    }
    // Under the subject: a 40 mm rule across the 165 mm line, the subject's space after it.
    const body = doc.body.children!;
    const subject = body.findIndex((n) => n.text?.startsWith('Kết quả thực hiện Kế hoạch'));
    const [line, rule] = [body[subject], body[subject + 1]];
    expect(rule.text).toBe('');
    expect(rule.attrs).toMatchObject({ BORDER_BOTTOM: expect.objectContaining({ width: 0.75 }), SPACING_AFTER: 12 });
    expect(line.attrs?.SPACING_AFTER).toBe(0);
    expect(mm(165 * (72 / 25.4) - 2 * (rule.attrs!.INDENT_START as number))).toBeCloseTo(40, 0);
  });

  it('keeps the paragraph the API puts before a table at the very top 1 pt high, and the title right after the header', () => {
    const [spacer, , title] = doc.body.children!;
    expect(spacer).toMatchObject({ type: 'PARAGRAPH', text: '' });
    expect(spacer.attrs).toMatchObject({ SPACING_BEFORE: 0, SPACING_AFTER: 0, LINE_SPACING: 1 });
    expect(title).toMatchObject({ type: 'PARAGRAPH', text: 'BÁO CÁO' });
    expect(look(title)).toMatchObject({ BOLD: true, HORIZONTAL_ALIGNMENT: 'CENTER', FONT_SIZE: 14 });
  });

  it('writes the section headings as Docs headings, bold, and body text justified with a first-line indent', () => {
    const top = doc.body.children!.filter((n) => n.type === 'PARAGRAPH');
    const h1 = top.filter((n) => n.attrs?.HEADING === 'HEADING1').map((n) => n.text);
    expect(h1).toEqual([
      'I. KẾT QUẢ THỰC HIỆN',
      expect.stringMatching(/^II\. /),
      expect.stringMatching(/^III\. /),
      expect.stringMatching(/^IV\. /),
    ]);
    for (const h of top.filter((n) => n.attrs?.HEADING === 'HEADING1')) expect(look(h).BOLD).toBe(true);
    // Task headings ("3.1. …") are italic normal paragraphs, not outline entries (one call less per task).
    const tasks = top.filter((n) => /^3\.\d+\. /.test(n.text ?? ''));
    expect(tasks.length).toBeGreaterThanOrEqual(7);
    for (const h of tasks) {
      expect(look(h)).toMatchObject({ ITALIC: true, FONT_SIZE: 14 });
      expect(h.attrs?.HEADING).toBe('NORMAL');
    }
    const opening = top.find((n) => n.text?.startsWith('Thực hiện Kế hoạch'))!;
    expect(look(opening)).toMatchObject({ HORIZONTAL_ALIGNMENT: 'JUSTIFY', FONT_SIZE: 14, SPACING_AFTER: 6 });
    expect(mm(opening.attrs!.INDENT_FIRST_LINE as number)).toBeCloseTo(12.7, 1);
    expect(opening.attrs!.LINE_SPACING as number).toBeGreaterThanOrEqual(1);
    expect(opening.attrs!.LINE_SPACING as number).toBeLessThanOrEqual(1.5);
  });

  it('highlights the parts people must write (the leadership item, causes)', () => {
    let highlighted = 0;
    walk(doc.body, (n) => {
      if ((n as { attrs?: Record<string, unknown> }).attrs?.BACKGROUND_COLOR) highlighted++;
      for (const run of (n as { runs?: { attrs: Record<string, unknown> }[] }).runs ?? [])
        if (run.attrs.BACKGROUND_COLOR) highlighted++;
    });
    expect(highlighted).toBeGreaterThan(0);
  });

  it('puts the signer block beside Nơi nhận in a borderless table', () => {
    const tables = doc.body.children!.filter((n) => n.type === 'TABLE');
    const signature = tables.find((t) => t.text?.includes('Nơi nhận:'))!;
    expect(bordered(signature, 0)).toBe(true);
    const [left, right] = signature.children![0].children!;
    expect(left.children![0].text).toBe('Nơi nhận:');
    expect(look(left.children![0])).toMatchObject({ BOLD: true, ITALIC: true, FONT_SIZE: 12 });
    expect(left.children!.at(-1)!.text).toMatch(/^- Lưu: /);
    expect(right.children!.map((p) => p.text)).toEqual(['KT. TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Nguyễn Văn A']);
  });

  it('writes the appendix tables with borders and a bold header row', () => {
    const data = doc.body.children!.filter((n) => n.type === 'TABLE' && !bordered(n, 0));
    expect(data).toHaveLength(2);
    const [tasks, stats] = data;
    expect(bordered(tasks, 0.5)).toBe(true);
    expect(bordered(stats, 0.5)).toBe(true);
    // Table header cells are bold and centred; every run of the task table is 12 pt.
    const bold = (node: Node): boolean => styledRuns(node).every((run) => run.attrs.BOLD === true);
    const header = tasks.children![0];
    expect(header.children!.map((c) => c.text)).toEqual([
      'STT',
      expect.any(String),
      expect.any(String),
      expect.any(String),
      expect.any(String),
      expect.any(String),
    ]);
    for (const cell of header.children!) {
      expect(bold(cell), cell.text).toBe(true);
      expect(cell.children![0].attrs?.HORIZONTAL_ALIGNMENT).toBe('CENTER');
    }
    for (const run of styledRuns(tasks)) expect(run.attrs.FONT_SIZE).toBe(12);
    expect(tasks.children!.length - 1).toBeGreaterThanOrEqual(7);
    const firstTask = tasks.children!.find((row) => row.children![0].text === '1')!;
    expect(styledRuns(firstTask).some((run) => run.attrs.BOLD === true)).toBe(false);
    expect(bold(stats.children![0])).toBe(true);
    expect(bold(stats.children!.at(-1)!)).toBe(true);
    expect(bold(stats.children![1])).toBe(false);
    for (const run of styledRuns(stats)) expect(run.attrs.FONT_SIZE).toBe(11);
    expect(stats.children![0].children).toHaveLength(11);
  });

  it('pins the header rows of the appendix tables so they repeat on every page', () => {
    const data = doc.body.children!.filter((n) => n.type === 'TABLE' && !bordered(n, 0));
    for (const table of data) expect(table.attrs?.PINNED_HEADER_ROWS).toBe(1);
  });

  it('puts the eleven-column statistics table with its heading on landscape pages of their own section', () => {
    const body = doc.body.children!;
    const breaks = body.map((n, i) => [n, i] as const).filter(([n]) => n.type === 'SECTION_BREAK');
    expect(breaks).toHaveLength(2);
    const [[first, from], [second, to]] = breaks;
    expect(first.attrs?.SECTION_STYLE).toMatchObject({ sectionType: 'NEXT_PAGE', flipPageOrientation: true });
    expect((second.attrs?.SECTION_STYLE as Record<string, unknown> | undefined)?.flipPageOrientation).toBeUndefined();
    const inside = body.slice(from + 1, to).filter((n) => n.text !== '');
    expect(inside.map((n) => n.type)).toEqual(['PARAGRAPH', 'TABLE']);
    expect(inside[0].text).toMatch(/^2\. /);
    // Its columns fill the landscape line: 297 mm less the side margins.
    const widths = Object.values(inside[1].attrs!.COLUMN_WIDTHS as Record<string, number>);
    expect(widths).toHaveLength(11);
    expect(mm(widths.reduce((a, b) => a + b, 0))).toBeCloseTo(297 - 30 - 15, 0);
  });

  it('inserts the dashboard chart as a PNG image at the model size, centred', () => {
    let image: Node | undefined;
    let holder: Node | undefined;
    walk(doc.body, (n, ancestors) => {
      if (n.type === 'INLINE_IMAGE') {
        image = n;
        holder = ancestors.at(-1);
      }
    });
    expect(image?.image?.contentType).toBe('image/png');
    // InlineImage sizes are pixels (96 per inch): 150 × 100 mm.
    expect(((image!.attrs!.WIDTH as number) / 96) * 25.4).toBeCloseTo(150, 0);
    expect(((image!.attrs!.HEIGHT as number) / 96) * 25.4).toBeCloseTo(100, 0);
    expect(holder?.attrs?.HORIZONTAL_ALIGNMENT).toBe('CENTER');
  });

  it('logs the report in the "Báo cáo" sheet and lists it', () => {
    const rows = sheetValues(bundle, 'Báo cáo');
    expect(rows[0]).toEqual([
      'Thời gian',
      'Kế hoạch',
      'Kỳ báo cáo',
      'Tính đến ngày',
      'Người tạo',
      'Tên tài liệu',
      'Liên kết',
    ]);
    expect(rows[1].slice(2)).toEqual([
      '6 tháng đầu năm 2023',
      expect.stringMatching(/^2023-05-0[45]/),
      'vanphong@example.gov.vn',
      created.name,
      created.url,
    ]);
    const list = rpc<ReportLogEntry[]>(bundle, 'listReports');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      url: created.url,
      period: '6 tháng đầu năm 2023',
      cutoff: '2023-05-05',
      user: 'vanphong@example.gov.vn',
    });
  });
});

describe('the reports log is found by its tag', () => {
  it('after the user renames it, a second report is appended to the same sheet and both are listed', () => {
    const { bundle } = seededAddOn(undefined, false);
    const first = rpc<CreatedReport>(bundle, 'createReport', settingsFor(bundle));
    const ss = (
      bundle.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActiveSpreadsheet();
    ss.getSheetByName('Báo cáo')!.setName('Sổ theo dõi báo cáo');

    const second = rpc<CreatedReport>(bundle, 'createReport', settingsFor(bundle, { number: '13' }));
    const sheets = bundle.emulator.workbook().sheets.map((s) => s.name);
    expect(sheets).toContain('Sổ theo dõi báo cáo');
    expect(sheets).not.toContain('Báo cáo');
    const rows = sheetValues(bundle, 'Sổ theo dõi báo cáo');
    expect(rows.map((row) => row[6])).toEqual(['Liên kết', first.url, second.url]);
    expect(rpc<ReportLogEntry[]>(bundle, 'listReports').map((r) => r.url)).toEqual([second.url, first.url]);
  });
});

describe('createReport refuses bad settings and creates nothing', () => {
  const cases: [string, Partial<ReportRequest> | Record<string, unknown>, RegExp][] = [
    ['an impossible cut-off date', { cutoff: '2023-02-30' }, /Số liệu tính đến ngày.*không phải là ngày hợp lệ/],
    ['a missing cut-off date', { cutoff: '' }, /Vui lòng nhập “Số liệu tính đến ngày”/],
    ['a too long number', { number: '1'.repeat(31) }, /Số báo cáo.*30 ký tự/],
    ['recipients that are not a list', { recipients: 'Sở Nội vụ' }, /Nơi nhận/],
    ['a number that is not text', { number: 12 }, /Số báo cáo.*không hợp lệ/],
    [
      'a range ending before it starts',
      { period: { kind: 'range', year: 2023, from: '2023-06-01', to: '2023-01-01' } },
      /Từ ngày/,
    ],
    ['an unknown period kind', { period: { kind: 'weekly', year: 2023 } }, /Kỳ báo cáo/],
    ['an empty issuing agency', { issuingAgency: '   ' }, /Vui lòng nhập “Cơ quan ban hành”/],
    [
      'a template link that is not a Doc',
      { templateUrl: 'https://example.com/x' },
      /không phải là tài liệu Google Docs/,
    ],
    ['an unknown plan', { planKey: 'no-such-plan@2023' }, /.+/],
  ];
  it.each(cases)('%s', (_name, overrides, message) => {
    const { bundle } = seededAddOn(undefined, false);
    const before = documents(bundle).length;
    const error = rpcError(bundle, 'createReport', { ...settingsFor(bundle), ...overrides });
    expect(error).toMatch(message);
    expect(documents(bundle)).toHaveLength(before);
    expect(bundle.emulator.workbook().sheets.some((s) => s.name === 'Báo cáo')).toBe(false);
  });
});

describe('createReport details', () => {
  it('writes a highlighted placeholder line when the dashboard has no chart, and still succeeds', () => {
    const { bundle } = seededAddOn(undefined, false);
    const created = rpc<CreatedReport>(bundle, 'createReport', settingsFor(bundle));
    const doc = documents(bundle).find((d) => d.id === created.id)!;
    let images = 0;
    walk(doc.body, (n) => void (n.type === 'INLINE_IMAGE' && images++));
    expect(images).toBe(0);
    const placeholder = paragraphs(doc.body).find((p) => p.node.text?.includes('Tổng hợp'))!;
    expect(look(placeholder.node).BACKGROUND_COLOR).toBeTruthy();
  });

  it('prefills the settings from the plan and remembers what the user saved', () => {
    const { bundle, planKey } = seededAddOn(undefined, false);
    const defaults = rpc<ReportDefaults>(bundle, 'getReportDefaults', planKey);
    expect(defaults.plans.map((p) => p.planKey)).toEqual([planKey]);
    // The seed asks for a 6-month report before 10/5/2023; the clock is 05/05/2023.
    expect(defaults.settings).toMatchObject({
      planKey,
      period: { kind: 'semiannual', year: 2023 },
      cutoff: '2023-05-05',
    });
    expect(defaults.settings!.recipients.length).toBeGreaterThan(0);
    const saved = rpc<ReportRequest>(bundle, 'saveReportSettings', {
      ...defaults.settings!,
      parentAgency: 'UBND tỉnh Gia Lai',
      number: '07',
    });
    expect(saved.number).toBe('07');
    expect(rpc<ReportDefaults>(bundle, 'getReportDefaults', planKey).settings).toMatchObject({
      parentAgency: 'UBND tỉnh Gia Lai',
      number: '07',
    });
  });

  it('builds from a template: copies its letterhead, fills placeholders and puts the task table in place', () => {
    const { bundle } = seededAddOn(undefined, false);
    const app = bundle.emulator.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    const template = app.create('Mẫu báo cáo');
    const body = template.getBody();
    body.appendTable([['{{co_quan_chu_quan}}\n{{co_quan}}', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']]);
    body.appendParagraph('Số: {{so}}/BC-{{ky_hieu}} — {{dia_danh}}, {{ngay}}');
    body.appendParagraph('{{trich_yeu}}');
    body.appendParagraph('{{noi_dung}}');
    body.appendParagraph('Bảng nhiệm vụ:');
    body.appendParagraph('{{bang_nhiem_vu}}');
    body.appendParagraph('{{nguoi_ky}}');
    template.saveAndClose();
    const before = documents(bundle).length;
    const created = rpc<CreatedReport>(bundle, 'createReport', settingsFor(bundle, { templateUrl: template.getUrl() }));
    expect(documents(bundle)).toHaveLength(before + 1);
    const doc = documents(bundle).find((d) => d.id === created.id)!;
    const texts = doc.body.children!.map((n) => n.text ?? '');
    const all = texts.join('\n');
    expect(all).not.toContain('{{');
    const letterhead = doc.body.children!.find((n) => n.type === 'TABLE')!;
    expect(letterhead.text).toContain('UBND TỈNH GIA LAI\nBAN QUẢN LÝ KHU KINH TẾ');
    expect(all).toContain('Số: 12/BC-BQLKKT — Gia Lai, ngày 05 tháng 5 năm 2023');
    expect(all).toMatch(/Kết quả thực hiện Kế hoạch số .* 6 tháng đầu năm 2023/);
    expect(all).toContain('I. KẾT QUẢ THỰC HIỆN');
    const label = texts.indexOf('Bảng nhiệm vụ:');
    expect(doc.body.children![label + 1].type).toBe('TABLE');
    expect(doc.body.children![label + 1].children![0].children![0].text).toBe('STT');
    expect(texts[label + 2]).toBe('Nguyễn Văn A');
    // The template itself is untouched.
    const original = documents(bundle).find((d) => d.name === 'Mẫu báo cáo')!;
    expect(original.body.children!.map((n) => n.text)).toContain('{{noi_dung}}');
  });
});

/** Calls of the Docs services (the Advanced Docs service and DocumentApp's classes). */
function docsCalls(bundle: LoadedBundle): Record<string, number> {
  const docsClasses = /^(Docs\.|DocumentApp\.|Document\.|Body\.|Paragraph\.|InlineImage\.|Table|Text\.)/;
  return Object.fromEntries(Object.entries(bundle.emulator.calls.byMethod()).filter(([key]) => docsClasses.test(key)));
}

const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);

describe('Docs calls', () => {
  function reportCalls(tasks: number): Record<string, number> {
    const { bundle } = seededAddOn(tasks);
    const settings = settingsFor(bundle);
    bundle.emulator.calls.reset();
    rpc<CreatedReport>(bundle, 'createReport', settings);
    return docsCalls(bundle);
  }

  it('stay nearly constant: one create, a few batchUpdates and the chart, at 10 as at 100 tasks', () => {
    const ten = reportCalls(10);
    const hundred = reportCalls(100);
    expect(ten['Docs.Documents.create']).toBe(1);
    expect(ten['Docs.Documents.batchUpdate']).toBeGreaterThanOrEqual(1);
    expect(ten['InlineImage.setWidth']).toBe(1);
    expect(sum(hundred)).toBeLessThanOrEqual(2 * sum(ten));
    expect(sum(ten)).toBeLessThan(20);
  });
});

describe('the task table in the Doc', () => {
  it('merges each group row across the whole table, its text in the first cell', () => {
    const { bundle } = seededAddOn(undefined, false);
    const created = rpc<CreatedReport>(bundle, 'createReport', settingsFor(bundle));
    const doc = documents(bundle).find((d) => d.id === created.id)!;
    const tasks = doc.body.children!.find((n) => n.type === 'TABLE' && n.children![0].children![0].text === 'STT')!;
    const groups = tasks.children!.filter((row) => row.children![0].attrs?.COLUMN_SPAN !== undefined);
    expect(groups.length).toBeGreaterThan(0);
    for (const row of groups) {
      const [head, ...rest] = row.children!;
      expect(head.attrs).toMatchObject({ COLUMN_SPAN: 6, ROW_SPAN: 1 });
      expect(head.text).not.toBe('');
      for (const cell of rest) expect(cell.attrs?.MERGED_INTO).toEqual([tasks.children!.indexOf(row), 0]);
    }
  });
});

describe('"fill this Doc": the report written into a Doc made from the agency template', () => {
  /** An empty Doc as made from a template in Docs: page numbers in its header from page 2 (different first page). */
  function agencyDoc(bundle: LoadedBundle, body: string[] = []): GoogleAppsScript.Document.Document {
    const app = bundle.emulator.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
    const doc = app.create('Báo cáo 6 tháng (mẫu Ban)');
    for (const line of body) doc.getBody().appendParagraph(line);
    const stored = bundle.emulator.state().documents.find((d) => d.id === doc.getId())!;
    const paragraph = (children: unknown[]) => ({
      type: 'PARAGRAPH',
      attrs: { HORIZONTAL_ALIGNMENT: 'CENTER' },
      children,
    });
    stored.headers = {
      'kix.first': { type: 'DEFAULT', body: { type: 'HEADER_SECTION', attrs: {}, children: [paragraph([])] } as never },
      'kix.pages': {
        type: 'DEFAULT',
        body: {
          type: 'HEADER_SECTION',
          attrs: {},
          children: [paragraph([{ type: 'AUTO_TEXT', attrs: { AUTO_TEXT_TYPE: 'PAGE_NUMBER' } }])],
        } as never,
      },
    };
    stored.documentStyle = {
      defaultHeaderId: 'kix.pages',
      firstPageHeaderId: 'kix.first',
      useFirstPageHeaderFooter: true,
    };
    return doc;
  }

  it('writes into that Doc, keeps its header with the page numbers, and the preview numbers pages from 2 at the top centre', () => {
    const { bundle } = seededAddOn(undefined, false);
    const target = agencyDoc(bundle);
    const count = documents(bundle).length;
    const created = rpc<CreatedReport>(bundle, 'createReport', settingsFor(bundle, { fillDocUrl: target.getUrl() }));
    expect(created.id).toBe(target.getId());
    expect(created.name).toBe('Báo cáo 6 tháng (mẫu Ban)');
    expect(documents(bundle)).toHaveLength(count);
    const doc = documents(bundle).find((d) => d.id === created.id)! as DocSnapshot & {
      headers: Record<string, unknown>;
      documentStyle: Record<string, unknown>;
    };
    expect(doc.body.children!.some((n) => n.text === 'BÁO CÁO')).toBe(true);
    expect(Object.keys(doc.headers)).toEqual(['kix.first', 'kix.pages']);
    expect(doc.documentStyle).toMatchObject({ useFirstPageHeaderFooter: true, defaultHeaderId: 'kix.pages' });
    expect(doc.page.width).toBeCloseTo(595.28, 1);
    const html = renderDocPreview(bundle.emulator.documents(), created.id)!;
    const headers = [...html.matchAll(/<div class="doc-header"[^>]*>([\s\S]*?)<\/div>/g)].map((m) =>
      m[1]
        .replace(/<[^>]+>/g, '')
        .replace(/&#8203;/g, '')
        .trim(),
    );
    expect(headers.length).toBeGreaterThanOrEqual(3);
    expect(headers[0]).toBe('');
    expect(headers.slice(1)).toEqual(headers.slice(1).map((_, i) => String(i + 2)));
    expect(rpc<ReportLogEntry[]>(bundle, 'listReports')[0]).toMatchObject({ url: created.url, name: created.name });
  });

  it('refuses a Doc that already has text, a link that is not a Doc and one that does not open, changing nothing', () => {
    const { bundle } = seededAddOn(undefined, false);
    const used = agencyDoc(bundle, ['Nội dung cũ']);
    const before = JSON.stringify(bundle.emulator.documents());
    expect(rpcError(bundle, 'createReport', settingsFor(bundle, { fillDocUrl: used.getUrl() }))).toMatch(
      /đã có nội dung.*không có gì bị thay đổi/,
    );
    expect(rpcError(bundle, 'createReport', settingsFor(bundle, { fillDocUrl: 'https://example.com/doc' }))).toMatch(
      /không phải là tài liệu Google Docs/,
    );
    expect(
      rpcError(
        bundle,
        'createReport',
        settingsFor(bundle, { fillDocUrl: 'https://docs.google.com/document/d/1NoSuchDocument1234/edit' }),
      ),
    ).toMatch(/Không mở được tài liệu để ghi báo cáo/);
    expect(JSON.stringify(bundle.emulator.documents())).toBe(before);
    expect(bundle.emulator.workbook().sheets.some((s) => s.name === 'Báo cáo')).toBe(false);
  });
});

describe('createReport is safe with the Doc', () => {
  it('refuses a report past a million characters before creating anything, suggesting the appendix only', () => {
    const { bundle } = seededAddOn(2000, false);
    const before = documents(bundle).length;
    bundle.emulator.calls.reset();
    const error = rpcError(bundle, 'createReport', settingsFor(bundle));
    expect(error).toMatch(/quá dài cho một tài liệu Google Docs .*1\.000\.000.*chỉ xuất phụ lục/);
    expect(documents(bundle)).toHaveLength(before);
    expect(sum(docsCalls(bundle))).toBe(0);
  });

  it('after a rejected batch the Doc is left empty, titled "(lỗi – có thể xoá)" and logged; the retry writes into the same Doc', () => {
    const { bundle } = seededAddOn(undefined, false);
    const documentsApi = (bundle.emulator.globals.Docs as GoogleAppsScript.Docs).Documents!;
    const batchUpdate = documentsApi.batchUpdate.bind(documentsApi);
    // The first write gets one request the API refuses (an index past the end): the whole batch is rejected.
    let failures = 1;
    documentsApi.batchUpdate = (resource, id) => {
      const requests =
        failures-- > 0
          ? [...resource.requests!, { insertText: { location: { index: 10_000_000 }, text: 'x' } }]
          : resource.requests!;
      return batchUpdate({ requests }, id);
    };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = rpcError(bundle, 'createReport', settingsFor(bundle));
    expect(error).toMatch(/Không ghi được báo cáo.*\(lỗi – có thể xoá\).*dùng lại/);
    const failed = documents(bundle).at(-1)!;
    expect(failed.name).toMatch(/ \(lỗi – có thể xoá\)$/);
    expect(failed.body.children!.map((n) => n.type)).toEqual(['PARAGRAPH']);
    expect(failed.body.children![0].text).toBe('');
    expect(logged.mock.calls.some((args) => String(args[0]).includes(failed.id))).toBe(true);
    expect(String(logged.mock.calls.flat().find((a) => a instanceof Error))).toContain('Invalid requests[');
    logged.mockRestore();
    expect(bundle.emulator.workbook().sheets.some((s) => s.name === 'Báo cáo')).toBe(false);

    const count = documents(bundle).length;
    const created = rpc<CreatedReport>(bundle, 'createReport', settingsFor(bundle));
    expect(created.id).toBe(failed.id);
    expect(documents(bundle)).toHaveLength(count);
    const doc = documents(bundle).find((d) => d.id === created.id)!;
    expect(doc.name).toBe(created.name);
    expect(doc.name).not.toContain('lỗi');
    expect(doc.body.children!.some((n) => n.text === 'BÁO CÁO')).toBe(true);
    // The next report makes a new Doc again.
    const next = rpc<CreatedReport>(bundle, 'createReport', settingsFor(bundle, { number: '13' }));
    expect(next.id).not.toBe(created.id);
  });
});

describe('npm run demo', () => {
  it('writes the report model, its HTML and the Docs calls', async () => {
    const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { runDemo } = await import('../../scripts/demo');
    const { SEED_FILE } = await import('../../scripts/harness/add-on');
    const out = mkdtempSync(join(tmpdir(), 'plan-tracker-demo-report-'));
    try {
      runDemo({ planFile: SEED_FILE, outDir: out, today: '2023-05-05' }, () => undefined);
      const model = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
        documentName: string;
        cutoff: string;
        blocks: unknown[];
      };
      expect(model.cutoff).toBe('2023-05-05');
      expect(model.blocks.length).toBeGreaterThan(30);
      expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('BÁO CÁO');
      const calls = JSON.parse(readFileSync(join(out, 'report-calls.json'), 'utf8')) as {
        docs: number;
        total: number;
        document: { name: string };
      };
      expect(calls.document.name).toBe(model.documentName);
      expect(calls.docs).toBeGreaterThan(0);
      expect(calls.docs).toBeLessThanOrEqual(calls.total);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
