// Messages of progress tracking the sidebar shows: the "Tiến độ", "Quá hạn" and settings tabs
// (the change log, save refusals and the e-mail digest are the server's: tracking-server.ts).
import type { Message } from './index';

export const tracking = {
  // Who made a change, when the change log does not know (the "Tiến độ" tab shows it too).
  logUnknownUser: { vi: '(không rõ)', en: '(unknown)' },

  // No plan, or its sheet gone.
  trkNoPlan: {
    vi: 'Chưa có kế hoạch nào — hãy nhập kế hoạch ở thẻ "Nhập kế hoạch".',
    en: 'There is no plan yet — import one in the "Import plan" tab.',
  },
  trkPlanNotFound: {
    vi: 'Không tìm thấy bảng theo dõi của kế hoạch này.',
    en: 'The sheet of this plan was not found.',
  },

  // "Tiến độ" tab.
  trkPlan: { vi: 'Kế hoạch', en: 'Plan' },
  trkUnit: { vi: 'Đơn vị của tôi', en: 'My unit' },
  trkPickUnit: { vi: '— Chọn đơn vị —', en: '— Pick a unit —' },
  trkNoTasks: { vi: 'Đơn vị này chưa có nhiệm vụ nào.', en: 'This unit has no tasks.' },
  trkDue: { vi: 'Hạn: {date}', en: 'Due: {date}' },
  trkNoDue: { vi: 'Không có thời hạn', en: 'No deadline' },
  trkState: { vi: 'Tình trạng', en: 'State' },
  trkPercent: { vi: 'Tiến độ (%)', en: 'Progress (%)' },
  trkCompletedOn: { vi: 'Ngày hoàn thành', en: 'Completed on' },
  trkResult: { vi: 'Kết quả', en: 'Result' },
  trkEvidence: { vi: 'Minh chứng (đường dẫn hoặc số văn bản)', en: 'Evidence (link or document number)' },
  trkSave: { vi: 'Lưu', en: 'Save' },
  trkCancel: { vi: 'Đóng', en: 'Close' },
  trkSaved: { vi: 'Đã lưu nhiệm vụ {code}.', en: 'Task {code} saved.' },
  trkUpdated: { vi: 'Cập nhật: {user}, {date}', en: 'Updated: {user}, {date}' },
  trkReload: { vi: 'Tải lại', en: 'Reload' },
  trkShowRow: { vi: 'Xem trên bảng tính', en: 'Show in sheet' },

  // "Quá hạn" tab.
  trkRunCheck: { vi: 'Kiểm tra quá hạn', en: 'Check overdue tasks' },
  trkCheckedAt: {
    vi: 'Kiểm tra ngày {date}: {overdue} quá hạn, {dueSoon} sắp đến hạn.',
    en: 'Checked {date}: {overdue} overdue, {dueSoon} due soon.',
  },
  trkCheckHint: {
    vi: 'Bấm "Kiểm tra quá hạn" để đánh giá lại mọi nhiệm vụ theo ngày hôm nay, cập nhật trang Tổng hợp và xem các nhiệm vụ quá hạn, sắp đến hạn.',
    en: 'Click "Check overdue tasks" to evaluate every task as of today, refresh the dashboard and list the overdue and due-soon tasks.',
  },
  trkNothingLate: { vi: 'Không có nhiệm vụ quá hạn hoặc sắp đến hạn.', en: 'No overdue or due-soon tasks.' },
  trkOverdueHeading: { vi: 'Quá hạn', en: 'Overdue' },
  trkDueSoonHeading: { vi: 'Sắp đến hạn', en: 'Due soon' },
  trkNoUnit: { vi: 'Chưa giao đơn vị', en: 'No unit assigned' },
  trkUnitOverdue: { vi: '{count} quá hạn', en: '{count} overdue' },
  trkUnitDueSoon: { vi: '{count} sắp đến hạn', en: '{count} due soon' },

  // Settings.
  trkDueSoonDays: { vi: 'Báo "sắp đến hạn" trước (ngày)', en: 'Flag as due soon (days before)' },
  trkDailyCheck: { vi: 'Tự động kiểm tra mỗi sáng', en: 'Check automatically every morning' },
  trkDigest: {
    vi: 'Gửi thư nhắc việc cho các đơn vị có email',
    en: 'E-mail each unit with a contact address a digest',
  },
  trkDigestHint: {
    vi: 'Thư gửi tới địa chỉ ghi ở trang "Đơn vị"; mỗi đơn vị nhận danh sách nhiệm vụ quá hạn và sắp đến hạn của mình.',
    en: 'Mail goes to the addresses on the "Units" sheet; each unit gets its own overdue and due-soon tasks.',
  },
  trkSaveSettings: { vi: 'Lưu cài đặt', en: 'Save settings' },
  trkSettingsSaved: { vi: 'Đã lưu cài đặt.', en: 'Settings saved.' },
  trkTriggerOn: {
    vi: 'Đang bật kiểm tra hằng ngày (khoảng {hour} giờ sáng).',
    en: 'The daily check is on (around {hour} a.m.).',
  },
  trkTriggerOff: { vi: 'Chưa bật kiểm tra hằng ngày.', en: 'The daily check is off.' },
} satisfies Record<string, Message>;
