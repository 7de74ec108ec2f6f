// The sidebar's messages: both languages, the four tab names, placeholders filled.
import { describe, expect, it } from 'vitest';
import { localeFrom, msg } from '../../../src/core/messages/index';
import { ui } from '../../../src/core/messages/ui';

describe('ui messages', () => {
  it('names the four tabs as the design does', () => {
    expect(['tabImport', 'tabProgress', 'tabOverdue', 'tabReport'].map((k) => msg(k as keyof typeof ui, 'vi'))).toEqual(
      ['Nhập kế hoạch', 'Tiến độ', 'Quá hạn', 'Báo cáo'],
    );
  });

  it('has a non-empty Vietnamese and English text for every key', () => {
    for (const [key, entry] of Object.entries(ui)) {
      expect(entry.vi, key).not.toBe('');
      expect(entry.en, key).not.toBe('');
    }
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(msg('uiSignedInAs', 'en', { email: 'a@b.vn' })).toBe('Signed in as a@b.vn');
    expect(msg('uiSignedInAs', 'en')).toBe('Signed in as {email}');
  });

  it('shows the sidebar title in Vietnamese for vi locales and English for others', () => {
    expect(msg('sidebarTitle', localeFrom('vi_VN'))).toBe('Theo dõi kế hoạch');
    expect(msg('sidebarTitle', localeFrom('en-GB'))).toBe('Plan Tracker');
    expect(msg('sidebarTitle', localeFrom(''))).toBe('Plan Tracker');
  });
});
