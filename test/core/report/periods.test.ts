// Report periods: the default report to make on a given day (from the plan's report duties and
// the reports already made), its cut-off, and the warnings when period and dates disagree.
import { describe, expect, it } from 'vitest';
import { cutoffFor, defaultReportPeriod, periodWarnings, type ReportDuty } from '../../../src/core/report/periods';

/** "Thực hiện nghiêm chế độ thông tin, báo cáo định kỳ 06 tháng (trước ngày 10/5/2023), 01 năm (trước ngày 30/10/2023)." */
const duties: ReportDuty[] = [
  { period: 'semiannual', due: '2023-05-09' },
  { period: 'annual', due: '2023-10-29' },
];

describe('defaultReportPeriod', () => {
  it("on 28/12 gives the year's report with figures as of that day, not the annual deadline of 30/10", () => {
    expect(defaultReportPeriod(duties, [], 2023, '2023-12-28')).toEqual({
      period: { kind: 'annual', year: 2023 },
      cutoff: '2023-12-28',
    });
  });

  it('on 20/5 gives the 6-month report not yet made, though its deadline has passed', () => {
    expect(defaultReportPeriod(duties, [], 2023, '2023-05-20')).toEqual({
      period: { kind: 'semiannual', year: 2023 },
      cutoff: '2023-05-20',
    });
  });

  it('skips a report already in the reports log, in either language', () => {
    expect(defaultReportPeriod(duties, ['6 tháng đầu năm 2023'], 2023, '2023-05-20').period).toEqual({
      kind: 'annual',
      year: 2023,
    });
    expect(defaultReportPeriod(duties, ['the first six months of 2023'], 2023, '2023-05-20').period).toEqual({
      kind: 'annual',
      year: 2023,
    });
  });

  it('after the periods have ended, gives the one just ended with its end as cut-off', () => {
    expect(defaultReportPeriod(duties, [], 2023, '2024-01-15')).toEqual({
      period: { kind: 'annual', year: 2023 },
      cutoff: '2023-12-31',
    });
  });

  it('reads quarterly duties as four quarters, each due as long after its end', () => {
    const quarterly: ReportDuty[] = [{ period: 'quarterly', due: '2023-03-25' }];
    expect(defaultReportPeriod(quarterly, ['quý I năm 2023'], 2023, '2023-05-02')).toEqual({
      period: { kind: 'quarter', year: 2023, quarter: 2 },
      cutoff: '2023-05-02',
    });
  });

  it("with no dated duty gives the year's report", () => {
    expect(defaultReportPeriod([{ period: null, due: null }], [], 2023, '2023-08-01')).toEqual({
      period: { kind: 'annual', year: 2023 },
      cutoff: '2023-08-01',
    });
  });

  it("cuts off at today, or at the period's end once past", () => {
    expect(cutoffFor({ kind: 'semiannual', year: 2023 }, '2023-07-10')).toBe('2023-06-30');
    expect(cutoffFor({ kind: 'semiannual', year: 2023 }, '2023-06-10')).toBe('2023-06-10');
  });
});

describe('periodWarnings', () => {
  it('warns of a cut-off outside the period and a report dated before its figures', () => {
    expect(periodWarnings({ kind: 'semiannual', year: 2023 }, '2023-10-30', '2023-10-30', 'vi')).toEqual([
      'Ngày số liệu (30/10/2023) sau khi kỳ báo cáo 6 tháng đầu năm 2023 kết thúc (30/06/2023).',
    ]);
    expect(periodWarnings({ kind: 'annual', year: 2024 }, '2023-12-28', '2023-12-20', 'vi')).toEqual([
      'Ngày số liệu (28/12/2023) trước khi kỳ báo cáo năm 2024 bắt đầu (01/01/2024).',
      'Ngày báo cáo (20/12/2023) trước ngày số liệu (28/12/2023).',
    ]);
    expect(periodWarnings({ kind: 'annual', year: 2023 }, '2023-12-28', '2023-12-28', 'vi')).toEqual([]);
  });
});
