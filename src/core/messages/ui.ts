// Messages of the sidebar shell: tabs, settings, progress and connection errors.
import type { Message } from './index';

export const ui = {
  tabImport: { vi: 'Nhập kế hoạch', en: 'Import plan' },
  tabProgress: { vi: 'Tiến độ', en: 'Progress' },
  tabOverdue: { vi: 'Quá hạn', en: 'Overdue' },
  tabReport: { vi: 'Báo cáo', en: 'Report' },
  tabSettings: { vi: 'Cài đặt', en: 'Settings' },
  tabComingSoon: { vi: 'Phần này đang được xây dựng.', en: 'This part is being built.' },
  uiLoading: { vi: 'Đang tải…', en: 'Loading…' },
  uiWorking: { vi: 'Đang xử lý…', en: 'Working…' },
  uiDismiss: { vi: 'Đóng', en: 'Dismiss' },
  uiSignedInAs: { vi: 'Người dùng: {email}', en: 'Signed in as {email}' },
  errorServer: {
    vi: 'Không liên lạc được với máy chủ: {detail}. Vui lòng thử lại.',
    en: 'Could not reach the server: {detail}. Please try again.',
  },
  errorNoServer: {
    vi: 'Thanh bên chỉ chạy được bên trong Google Trang tính.',
    en: 'The sidebar only works inside Google Sheets.',
  },
} satisfies Record<string, Message>;
