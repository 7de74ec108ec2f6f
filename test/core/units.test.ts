// The units registry: unit strings split into units, generic phrases and people left out, names
// matched ignoring case and accents and through other names, near-duplicates found (never merged
// silently), a merge that keeps the merged name as another name, and the sheet round trip.
import { describe, expect, it } from 'vitest';
import {
  findUnit,
  mergeUnitEntries,
  mergeUnits,
  nearDuplicates,
  newUnit,
  renameInUnitText,
  resolveUnits,
  rowsToUnits,
  unitCandidates,
  unitEmails,
  unitsHeader,
  unitsOfMember,
  unitsOfPlan,
  unitsToRows,
  type UnitEntry,
} from '../../src/core/units';
import type { Plan } from '../../src/core/types';

const office: UnitEntry = {
  name: 'Văn phòng và Tổ chức đoàn thể',
  shortName: 'VP',
  emails: ['vp@example.gov.vn'],
  aliases: ['Văn phòng Ban'],
  members: ['an@example.gov.vn'],
};

describe('unit strings', () => {
  it('splits "A; B" and "A, B và C" into units', () => {
    expect(unitCandidates('Sở Công Thương; Sở Xây dựng')).toEqual(['Sở Công Thương', 'Sở Xây dựng']);
    expect(unitCandidates('Sở Tài chính, Sở Nội vụ và Công an tỉnh')).toEqual([
      'Sở Tài chính',
      'Sở Nội vụ',
      'Công an tỉnh',
    ]);
  });

  it('leaves generic phrases and people out', () => {
    expect(unitCandidates('các cơ quan liên quan')).toEqual([]);
    expect(unitCandidates('chính quyền địa phương')).toEqual([]);
    expect(unitCandidates('Sở Tư pháp và các cơ quan liên quan')).toEqual(['Sở Tư pháp']);
    expect(unitCandidates('Ông Nguyễn Văn An, Bà Trần Thị Bình')).toEqual([]);
    expect(unitCandidates(null)).toEqual([]);
  });

  it('collects the units a plan names, split', () => {
    const plan = {
      tasks: [
        { leadUnit: 'Sở Công Thương; Sở Xây dựng', supportUnits: ['các cơ quan liên quan', 'Sở Tài chính'] },
        { leadUnit: null, supportUnits: [] },
      ],
      reports: [{ unit: 'Sở Xây dựng' }, { unit: null }],
    } as unknown as Plan;
    expect(unitsOfPlan(plan)).toEqual(['Sở Công Thương', 'Sở Xây dựng', 'Sở Tài chính', 'Sở Xây dựng']);
    expect(mergeUnits([], unitsOfPlan(plan)).added).toEqual(['Sở Công Thương', 'Sở Xây dựng', 'Sở Tài chính']);
  });
});

describe('matching', () => {
  it('finds a unit by name, short name or another name, ignoring case and accents', () => {
    expect(findUnit([office], 'VĂN PHÒNG VÀ TỔ CHỨC ĐOÀN THỂ')).toBe(office);
    expect(findUnit([office], 'van phong va to chuc doan the')).toBe(office);
    expect(findUnit([office], 'vp')).toBe(office);
    expect(findUnit([office], 'Văn phòng Ban')).toBe(office);
    expect(findUnit([office], 'Phòng Khác')).toBeNull();
  });

  it('adds only units it does not know by any name', () => {
    const { units, added } = mergeUnits(
      [office],
      [
        'văn phòng và tổ chức đoàn thể',
        'Van phong Ban',
        'Phòng Quản lý đầu tư',
        ' Phòng  Quản lý đầu tư ',
        null,
        '   ',
      ],
    );
    expect(added).toEqual(['Phòng Quản lý đầu tư']);
    expect(units[0]).toBe(office);
  });

  it("resolves a task's unit text to the registry units it names", () => {
    const units = [newUnit('Sở Công Thương'), newUnit('Sở Xây dựng')];
    expect(resolveUnits(units, 'Sở Công Thương; Sở Xây dựng và các cơ quan liên quan').map((u) => u.name)).toEqual([
      'Sở Công Thương',
      'Sở Xây dựng',
    ]);
    expect(resolveUnits(units, 'các cơ quan liên quan')).toEqual([]);
  });

  it('knows whose member an e-mail is', () => {
    expect(unitsOfMember([office, newUnit('Sở X')], 'AN@example.gov.vn')).toEqual([office]);
    expect(unitsOfMember([office], '')).toEqual([]);
  });
});

describe('near-duplicates and merging', () => {
  it('offers a missing-accent spelling and a typo, never unrelated units', () => {
    const units = [
      newUnit('Sở Tư pháp'),
      newUnit('So Tu phap'),
      newUnit('Sở Kế hoạch và Đầu tư'),
      newUnit('Sở Kế hoạch và Đầu tu'),
      newUnit('Sở Y tế'),
      newUnit('Sở Nội vụ'),
    ];
    expect(nearDuplicates(units)).toEqual([
      { a: 'Sở Tư pháp', b: 'So Tu phap', reason: 'accents' },
      { a: 'Sở Kế hoạch và Đầu tư', b: 'Sở Kế hoạch và Đầu tu', reason: 'accents' },
    ]);
    const typo = [
      newUnit('Sở Giáo dục và Đào tạo'),
      newUnit('Sở Giáo dụcc và Đào tạo'),
      newUnit('Sở Y tế'),
      newUnit('Sở Xây dựng'),
    ];
    expect(nearDuplicates(typo)).toEqual([
      { a: 'Sở Giáo dục và Đào tạo', b: 'Sở Giáo dụcc và Đào tạo', reason: 'spelling' },
    ]);
  });

  it('merges one unit into another: its name becomes another name, contacts and members join', () => {
    const from: UnitEntry = {
      name: 'So Tu phap',
      shortName: 'STP',
      emails: ['stp@example.gov.vn'],
      aliases: [],
      members: ['b@example.gov.vn'],
    };
    const into: UnitEntry = {
      name: 'Sở Tư pháp',
      shortName: '',
      emails: [],
      aliases: [],
      members: ['a@example.gov.vn'],
    };
    const after = mergeUnitEntries([into, newUnit('Sở Y tế'), from], from, into);
    expect(after.map((u) => u.name)).toEqual(['Sở Tư pháp', 'Sở Y tế']);
    expect(after[0]).toEqual({
      name: 'Sở Tư pháp',
      shortName: '',
      emails: ['stp@example.gov.vn'],
      aliases: ['STP'],
      members: ['a@example.gov.vn', 'b@example.gov.vn'],
    });
  });

  it("renames a merged unit inside a task's unit text, keeping the rest as written", () => {
    const from = newUnit('Sở Tu phap');
    expect(renameInUnitText('Sở Tu phap', from, 'Sở Tư pháp')).toBe('Sở Tư pháp');
    expect(renameInUnitText('Sở Nội vụ; Sở Tu phap và các cơ quan liên quan', from, 'Sở Tư pháp')).toBe(
      'Sở Nội vụ; Sở Tư pháp và các cơ quan liên quan',
    );
    expect(renameInUnitText('Sở Nội vụ', from, 'Sở Tư pháp')).toBeNull();
  });
});

describe('the units sheet', () => {
  it('round-trips, keeping formula-like names as text and only real e-mail addresses', () => {
    const units = [office, { name: '=Phòng X', shortName: '', emails: ['a@x.vn', 'b@x.vn'], aliases: [], members: [] }];
    const rows = unitsToRows(units);
    expect(rows[1][0]).toBe("'=Phòng X");
    expect(rowsToUnits(rows)).toEqual(units);
    expect(
      rowsToUnits([
        ['', 'x', ''],
        ['C', '', 'c@x.vn; d@x.vn; không phải thư', 'C cũ; C mới', 'E@X.VN'],
      ]),
    ).toEqual([
      { name: 'C', shortName: '', emails: ['c@x.vn', 'd@x.vn'], aliases: ['C cũ', 'C mới'], members: ['e@x.vn'] },
    ]);
    expect(unitsHeader('vi')).toEqual([
      'Tên đơn vị',
      'Tên viết tắt',
      'Email liên hệ',
      'Tên gọi khác',
      'Email thành viên',
    ]);
    // A sheet made before the registry had other names and members still reads.
    expect(rowsToUnits([['Sở Y tế', 'SYT', 'syt@x.vn']])).toEqual([
      { name: 'Sở Y tế', shortName: 'SYT', emails: ['syt@x.vn'], aliases: [], members: [] },
    ]);
  });

  it("finds a unit's contact e-mails by any of its names", () => {
    expect(unitEmails([office], 'VP')).toEqual(['vp@example.gov.vn']);
    expect(unitEmails([office], 'Nobody')).toEqual([]);
    expect(unitEmails([office], null)).toEqual([]);
  });
});

describe('names with "và" inside', () => {
  it('keeps a unit whose own name has "và" whole', () => {
    expect(unitCandidates('Sở Kế hoạch và Đầu tư')).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(unitCandidates('Văn phòng và Tổ chức đoàn thể')).toEqual(['Văn phòng và Tổ chức đoàn thể']);
    expect(unitCandidates('Sở Văn hóa, Thể thao và Du lịch; Sở Y tế')).toEqual([
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Y tế',
    ]);
  });
});
