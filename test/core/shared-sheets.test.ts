// The shared sheets as data: names and headers in both languages, the plan store hidden.
import { describe, expect, it } from 'vitest';
import { SHARED_SHEETS } from '../../src/core/shared-sheets';
import { historyHeader } from '../../src/core/dashboard';
import { unitsHeader } from '../../src/core/units';
import { msg } from '../../src/core/messages/index';

describe('shared sheets', () => {
  it('name each sheet in both languages', () => {
    expect(Object.values(SHARED_SHEETS).map((s) => msg(s.name, 'vi'))).toEqual([
      'Đơn vị',
      'Kế hoạch (dữ liệu)',
      'Nhật ký',
      'Lịch sử',
      'Tổng hợp',
      'Gia hạn',
      'Báo cáo',
    ]);
    expect(msg(SHARED_SHEETS.changeLog.name, 'en')).toBe('Change log');
  });

  it('give the logs and lists their header rows, and a width per header column', () => {
    expect(SHARED_SHEETS.changeLog.header('vi')[0]).toBe('Thời gian');
    expect(SHARED_SHEETS.reports.header('en')).toEqual([
      'Time',
      'Plan',
      'Period',
      'As of',
      'Created by',
      'Document',
      'Link',
    ]);
    expect(SHARED_SHEETS.history.header('vi')).toEqual(historyHeader('vi'));
    expect(SHARED_SHEETS.units.header('vi')).toEqual(unitsHeader('vi'));
    for (const spec of Object.values(SHARED_SHEETS)) {
      if (spec.widths.length > 0) expect(spec.widths).toHaveLength(spec.header('vi').length);
    }
  });

  it('hide only the plan store', () => {
    expect(
      Object.values(SHARED_SHEETS)
        .filter((s) => s.hidden)
        .map((s) => s.kind),
    ).toEqual(['planStore']);
  });
});
