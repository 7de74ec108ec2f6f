// The error classes of plans the parser had not seen (issue 14), on the team's own synthetic plans in the genre:
// non-task enumerations, attribute fields, time windows, lettered branches, units, merged table cells, reporting
// duties inside items, numbering past 99, short unit-led lists. Every text here is written for the rule it shows.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from '../../fixtures/index';
import { describeMisses, figures, listFolder, scoreExamples, sumScores } from '../../../scripts/plan-accuracy-scorer';
import { parsePlan } from '../../../src/core/plan/index';
import type { Plan } from '../../../src/core/types';

const PLANS = join(FIXTURES_DIR, 'plans');

function parseFixture(name: string): Plan {
  const r = parsePlan(readFileSync(join(PLANS, `${name}.txt`), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.plan;
}

const byRef = (p: Plan, ref: string) => p.tasks.find((t) => t.ref === ref);

describe('the synthetic plans of the error classes', () => {
  it('parse with every annotated task, unit and deadline right', () => {
    const scores = scoreExamples(PLANS);
    const misses = listFolder(PLANS).map((ex) => {
      const r = parsePlan(readFileSync(ex.txt, 'utf8'));
      return r.ok ? describeMisses(r.plan, JSON.parse(readFileSync(ex.json, 'utf8'))) : [`${ex.name}: ${r.error}`];
    });
    expect(misses.flat()).toEqual([]);
    const f = figures(sumScores('fixtures', scores));
    expect({ f1: f.f1, lead: f.lead, due: f.due, reports: f.reports }).toEqual({ f1: 1, lead: 1, due: 1, reports: 1 });
  });
});

describe('enumerations that are not tasks', () => {
  const p = parseFixture('ve-sinh-moi-truong-2026');
  it('skips forms, slogans, participants, agenda, monitoring sites and parameters', () => {
    const texts = p.tasks.map((t) => t.text);
    for (const noun of [
      'Pa nô, áp phích',
      'Sạch nhà, sạch ngõ',
      'Trưởng các phòng, ban',
      'Quán triệt Kế hoạch ra quân',
      'Kênh chính Bắc',
      'Thông số quan trắc',
    ])
      expect(texts.filter((t) => t.startsWith(noun))).toEqual([]);
  });
  it('reads an item with attribute dashes as one task with the unit and deadline of its fields', () => {
    expect(byRef(p, 'II.3')).toMatchObject({
      leadUnit: 'Ủy ban nhân dân các xã, thị trấn',
      supportUnits: ['Hội Liên hiệp Phụ nữ huyện', 'Huyện đoàn'],
      due: '2026-04-30',
    });
    // "02 lần/tháng" is a frequency of sampling, not a recurring deadline.
    expect(byRef(p, 'II.4')).toMatchObject({
      leadUnit: 'Trung tâm Dịch vụ nông nghiệp huyện',
      due: '2026-09-30',
      recurrence: 'once',
    });
  });
  it('takes "chậm nhất" over "dự kiến"', () => {
    expect(byRef(p, 'II.2')?.due).toBe('2026-03-10');
  });
});

describe('units', () => {
  const p = parseFixture('ve-sinh-moi-truong-2026');
  it('reads a position, "Đề nghị A, B, C:", co-leads and a unit line after a run of dashes', () => {
    expect(byRef(p, 'III.1')?.leadUnit).toBe('Phó Chủ tịch Ủy ban nhân dân huyện phụ trách khối kinh tế');
    expect(byRef(p, 'III.4.b')?.leadUnit).toBe(
      'Ủy ban Mặt trận Tổ quốc Việt Nam huyện; Hội Nông dân huyện; Hội Cựu chiến binh huyện',
    );
    expect(byRef(p, 'III.5')?.leadUnit).toBe(
      'Phòng Văn hóa, Khoa học và Thông tin; Trung tâm Văn hóa - Thể thao và Truyền thông huyện',
    );
    expect(['III.6-1', 'III.6-2', 'III.6-3'].map((r) => byRef(p, r)?.leadUnit)).toEqual(
      Array(3).fill('Phòng Kinh tế, Hạ tầng và Đô thị'),
    );
  });
  it('lists a reporting duty inside an operative item, and the task is due when its one-off report is', () => {
    expect(p.reports.map((r) => [r.due, r.unit])).toContainEqual(['2026-05-10', 'Ủy ban nhân dân các xã, thị trấn']);
    const k = parseFixture('kiem-ke-thiet-bi-2026');
    expect(byRef(k, 'III.3')?.due).toBe('2026-11-30');
    expect(k.reports.map((r) => r.period)).toContain('quarterly');
  });
});

describe('reporting duties', () => {
  it("takes a table row that sends a report as a duty, and a funding sub-heading's items as no tasks", () => {
    const r = parsePlan(
      [
        'KẾ HOẠCH',
        'Số hóa hồ sơ địa chính năm 2026',
        'II. NHIỆM VỤ',
        'STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành',
        '1 | Quét và lưu trữ hồ sơ địa chính của các xã | Văn phòng Đăng ký đất đai | Quý III/2026',
        '2 | Tham mưu Ủy ban nhân dân huyện báo cáo Sở Nông nghiệp và Môi trường kết quả số hóa | Phòng Nông nghiệp và Môi trường | Hằng năm',
        'III. TỔ CHỨC THỰC HIỆN',
        '1. Phương án huy động kinh phí',
        '- Lồng ghép vào dự toán chi thường xuyên của huyện.',
        '2. Phòng Tài chính - Kế hoạch bố trí kinh phí số hóa trong dự toán năm 2026.',
        'Nơi nhận:',
        '- Lưu: VT.',
      ].join('\n'),
    );
    expect(r.ok && r.plan.reports.map((x) => [x.period, x.unit])).toEqual([
      ['annual', 'Phòng Nông nghiệp và Môi trường'],
    ]);
    expect(r.ok && r.plan.tasks.map((t) => t.ref)).toEqual(['II.B1.1', 'II.B1.2', 'III.2']);
  });
});

describe('tables and long lists', () => {
  it('gives 150 tasks for a 150-row appendix, merged unit and time cells continuing the row above', () => {
    const k = parseFixture('kiem-ke-thiet-bi-2026');
    const rows = k.tasks.filter((t) => t.ref.startsWith('PL.'));
    expect(rows).toHaveLength(150);
    expect(rows[149]).toMatchObject({ ref: 'PL.150', leadUnit: 'Trường THPT Cam Lộ', due: '2026-11-30' });
  });
  it('reads a row with an empty TT as the second row of the item above', () => {
    const d = parseFixture('phong-chong-dich-mua-mua-2026');
    expect(d.tasks.filter((t) => t.ref.startsWith('T.')).map((t) => [t.ref, t.leadUnit, t.due])).toEqual([
      ['T.1.a', 'Trạm Y tế xã', '2026-05-31'],
      ['T.1.b', 'Trạm Y tế xã', '2026-05-31'],
      ['T.2', 'Ban Quản lý chợ', '2026-06-30'],
    ]);
  });
  it('numbers items past 99 instead of folding them into item 99', () => {
    const items = Array.from(
      { length: 120 },
      (_, i) => `${i + 1}. Kiểm tra hồ sơ thửa đất số ${i + 1} của tờ bản đồ địa chính.`,
    );
    const r = parsePlan(
      ['KẾ HOẠCH', 'Kiểm tra hồ sơ đất đai năm 2026', 'I. NHIỆM VỤ', ...items, 'Nơi nhận:', '- Lưu: VT.'].join('\n'),
    );
    expect(r.ok && r.plan.tasks.map((t) => t.ref).slice(-2)).toEqual(['I.119', 'I.120']);
  });
  it('takes a short list of unit-led items without final punctuation as tasks', () => {
    const d = parseFixture('phong-chong-dich-mua-mua-2026');
    expect(d.tasks.slice(0, 5).map((t) => t.leadUnit)).toEqual([
      'Trạm Y tế xã',
      'Công an xã',
      'Đoàn Thanh niên xã',
      'Trường Mầm non Tân Hòa',
      'Các thôn',
    ]);
  });
});
