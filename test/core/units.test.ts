// The units list: filled from the plans, never duplicated, contacts kept.
import { describe, expect, it } from 'vitest';
import { mergeUnits, rowsToUnits, unitEmails, unitsHeader, unitsOfPlan, unitsToRows } from '../../src/core/units';
import type { Plan } from '../../src/core/types';

describe('units list', () => {
  const existing = [{ name: 'Văn phòng và Tổ chức đoàn thể', shortName: 'VP', emails: ['vp@example.gov.vn'] }];

  it('adds only units it does not know, ignoring case and spacing', () => {
    const { units, added } = mergeUnits(existing, [
      'văn phòng  và tổ chức ĐOÀN THỂ', 'Phòng Quản lý đầu tư', ' Phòng  Quản lý đầu tư ', null, '   ', 'Sở Tài chính',
    ]);
    expect(added).toEqual(['Phòng Quản lý đầu tư', 'Sở Tài chính']);
    expect(units[0]).toEqual(existing[0]);
    expect(units.map((u) => u.name)).toEqual(['Văn phòng và Tổ chức đoàn thể', 'Phòng Quản lý đầu tư', 'Sở Tài chính']);
  });

  it('collects the units a plan names', () => {
    const plan = {
      tasks: [
        { leadUnit: 'A', supportUnits: ['B', 'C'] },
        { leadUnit: null, supportUnits: [] },
      ],
      reports: [{ unit: 'A' }, { unit: null }],
    } as unknown as Plan;
    expect(unitsOfPlan(plan)).toEqual(['A', 'B', 'C', 'A']);
    expect(mergeUnits([], unitsOfPlan(plan)).added).toEqual(['A', 'B', 'C']);
  });

  it('round-trips through the sheet, keeping formula-like names as text', () => {
    const units = [...existing, { name: '=Phòng X', shortName: '', emails: ['a@x.vn', 'b@x.vn'] }];
    const rows = unitsToRows(units);
    expect(rows[1][0]).toBe("'=Phòng X");
    expect(rowsToUnits(rows)).toEqual(units);
    expect(rowsToUnits([['', 'x', ''], ['C', '', 'c@x.vn; d@x.vn']])).toEqual([{ name: 'C', shortName: '', emails: ['c@x.vn', 'd@x.vn'] }]);
    expect(unitsHeader('vi')).toEqual(['Tên đơn vị', 'Tên viết tắt', 'Email liên hệ']);
  });

  it('finds a unit\'s e-mails by name', () => {
    expect(unitEmails(existing, 'VĂN PHÒNG VÀ TỔ CHỨC ĐOÀN THỂ')).toEqual(['vp@example.gov.vn']);
    expect(unitEmails(existing, 'Nobody')).toEqual([]);
    expect(unitEmails(existing, null)).toEqual([]);
  });
});
