// Messages shared by the whole add-on: its name, the menu, generic errors.
import type { Message } from './index';

export const common = {
  appName: { vi: 'Theo dõi kế hoạch', en: 'Plan Tracker' },
  menuOpen: { vi: 'Mở Theo dõi kế hoạch', en: 'Open Plan Tracker' },
  sidebarTitle: { vi: 'Theo dõi kế hoạch', en: 'Plan Tracker' },
  errorUnexpected: {
    vi: 'Đã có lỗi ngoài dự kiến: {detail}. Dữ liệu trên bảng tính không bị thay đổi.',
    en: 'Something went wrong: {detail}. The spreadsheet was not changed.',
  },
  errorBusy: {
    vi: 'Bảng tính đang được người khác cập nhật. Vui lòng thử lại sau ít giây.',
    en: 'Someone else is updating the spreadsheet. Please try again in a few seconds.',
  },
} satisfies Record<string, Message>;
