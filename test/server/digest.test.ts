// The e-mail digest as a specification: which unit gets which tasks, and the plain Vietnamese
// message with the sheet link; a unit with nothing overdue or due soon gets no message.
import { describe, expect, it } from 'vitest';
import { composeDigests, type DigestInput } from '../../src/server/tracking/digest';
import type { OverdueItem } from '../../src/shared/rpc';

const URL = 'https://docs.google.com/spreadsheets/d/abc123/edit';

function item(code: string, unit: string | null, due: string, category: OverdueItem['category']): OverdueItem {
  return {
    planKey: 'kh-07',
    planTitle: 'Kế hoạch 07/KH-UBND',
    code,
    title: `Nhiệm vụ ${code}`,
    unit,
    due,
    row: 2,
    category,
  };
}

function input(fields: Partial<DigestInput>): DigestInput {
  return {
    items: [],
    units: [],
    today: '2024-07-10',
    dueSoonDays: 7,
    spreadsheetName: 'Theo dõi kế hoạch 2024',
    url: URL,
    locale: 'vi',
    ...fields,
  };
}

const TU_PHAP = { name: 'Sở Tư pháp', shortName: 'STP', emails: ['stp@example.gov.vn'], aliases: [], members: [] };
const NOI_VU = {
  name: 'Sở Nội vụ',
  shortName: 'SNV',
  emails: ['snv@example.gov.vn', 'vanthu.snv@example.gov.vn'],
  aliases: [],
  members: [],
};
const Y_TE = { name: 'Sở Y tế', shortName: 'SYT', emails: ['syt@example.gov.vn'], aliases: [], members: [] };

describe('e-mail digest', () => {
  it('sends each unit its own overdue and due-soon tasks, to all its addresses', () => {
    const mails = composeDigests(
      input({
        units: [TU_PHAP, NOI_VU],
        items: [
          item('II.1', 'Sở Tư pháp', '2024-06-30', 'overdue'),
          item('II.2', 'Sở Nội vụ', '2024-07-15', 'due_soon'),
          item('II.3', 'Sở Tư pháp', '2024-07-12', 'due_soon'),
        ],
      }),
    );
    expect(mails.map((m) => [m.unit, m.to, m.overdue, m.dueSoon])).toEqual([
      ['Sở Tư pháp', 'stp@example.gov.vn', 1, 1],
      ['Sở Nội vụ', 'snv@example.gov.vn,vanthu.snv@example.gov.vn', 0, 1],
    ]);
    expect(mails[0].body).toContain('[II.1]');
    expect(mails[0].body).toContain('[II.3]');
    expect(mails[0].body).not.toContain('[II.2]');
    expect(mails[1].body).toContain('[II.2]');
    expect(mails[1].body).not.toContain('[II.1]');
  });

  it('sends nothing to a unit with no overdue or due-soon task, nor to a unit with no address', () => {
    const mails = composeDigests(
      input({
        units: [TU_PHAP, Y_TE, { name: 'Công an tỉnh', shortName: 'CA', emails: [], aliases: [], members: [] }],
        items: [
          item('II.1', 'Sở Tư pháp', '2024-06-30', 'overdue'),
          item('II.4', 'Công an tỉnh', '2024-06-01', 'overdue'),
        ],
      }),
    );
    expect(mails.map((m) => m.unit)).toEqual(['Sở Tư pháp']);
    expect(composeDigests(input({ units: [TU_PHAP, Y_TE] }))).toEqual([]);
  });

  it('matches the unit written in the sheet whatever its case or spacing', () => {
    const mails = composeDigests(
      input({
        units: [TU_PHAP],
        items: [item('II.1', '  sở   tư PHÁP ', '2024-06-30', 'overdue'), item('II.9', null, '2024-06-30', 'overdue')],
      }),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0].overdue).toBe(1);
  });

  it('writes plain Vietnamese text: greeting, numbered lists with due dates and days late, and the sheet link', () => {
    const [mail] = composeDigests(
      input({
        units: [TU_PHAP],
        items: [
          item('II.1', 'Sở Tư pháp', '2024-06-30', 'overdue'),
          item('II.3', 'Sở Tư pháp', '2024-07-12', 'due_soon'),
        ],
      }),
    );
    expect(mail.subject).toBe('[Theo dõi kế hoạch 2024] Nhắc việc ngày 10/07/2024: 1 nhiệm vụ quá hạn, 1 sắp đến hạn');
    const lines = mail.body.split('\n');
    expect(lines[0]).toBe('Kính gửi: Sở Tư pháp,');
    expect(lines).toContain('I. NHIỆM VỤ QUÁ HẠN (1)');
    expect(lines).toContain('1. [II.1] Nhiệm vụ II.1 — hạn 30/06/2024 (Kế hoạch 07/KH-UBND), trễ 10 ngày');
    expect(lines).toContain('II. NHIỆM VỤ SẮP ĐẾN HẠN trong 7 ngày tới (1)');
    expect(lines).toContain('1. [II.3] Nhiệm vụ II.3 — hạn 12/07/2024 (Kế hoạch 07/KH-UBND)');
    expect(lines).toContain(URL);
    expect(mail.body).not.toMatch(/<[a-z/][^>]*>/i);
  });

  it('says "(không có)" under a heading with no task', () => {
    const [mail] = composeDigests(
      input({ units: [NOI_VU], items: [item('II.2', 'Sở Nội vụ', '2024-07-15', 'due_soon')] }),
    );
    const lines = mail.body.split('\n');
    expect(lines[lines.indexOf('I. NHIỆM VỤ QUÁ HẠN (0)') + 1]).toBe('(không có)');
  });

  it('keeps a task title that looks like markup as written', () => {
    const hostile = { ...item('II.1', 'Sở Tư pháp', '2024-06-30', 'overdue'), title: '<b>Rà soát</b> & báo cáo' };
    const [mail] = composeDigests(input({ units: [TU_PHAP], items: [hostile] }));
    expect(mail.body).toContain('[II.1] <b>Rà soát</b> & báo cáo — hạn');
  });

  it('is written in English for an English-speaking user', () => {
    const [mail] = composeDigests(
      input({ locale: 'en', units: [TU_PHAP], items: [item('II.1', 'Sở Tư pháp', '2024-06-30', 'overdue')] }),
    );
    expect(mail.subject).toBe('[Theo dõi kế hoạch 2024] Reminder of 10/07/2024: 1 overdue, 0 due soon');
    expect(mail.body).toContain('10 days late');
  });
});
