// Messages of progress tracking: the "Tiến độ", "Quá hạn" and settings tabs, the change log,
// the overdue check, the daily trigger and the e-mail digest sent to units.
import type { Message } from './index';

export const tracking = {
  // Menu.
  menuCheckOverdue: { vi: 'Kiểm tra quá hạn', en: 'Check overdue tasks' },

  // Change log ("Nhật ký") header and the fields it names.
  logTime: { vi: 'Thời gian', en: 'Time' },
  logUser: { vi: 'Người thực hiện', en: 'User' },
  logCode: { vi: 'Mã nhiệm vụ', en: 'Task code' },
  logField: { vi: 'Nội dung thay đổi', en: 'Field' },
  logOld: { vi: 'Giá trị cũ', en: 'Old value' },
  logNew: { vi: 'Giá trị mới', en: 'New value' },
  logUnknownUser: { vi: '(không rõ)', en: '(unknown)' },
  logDailyCheck: { vi: 'Kiểm tra hằng ngày', en: 'Daily check' },
  logDigestSent: { vi: 'Gửi thư nhắc việc', en: 'Digest sent' },
  logDigestLine: {
    vi: '{unit} → {to}: {overdue} quá hạn, {dueSoon} sắp đến hạn',
    en: '{unit} → {to}: {overdue} overdue, {dueSoon} due soon',
  },
  logDigestSkipped: { vi: 'Chưa gửi thư nhắc việc (hết hạn mức gửi thư trong ngày)', en: 'Digest not sent (daily mail quota used up)' },
  logDigestFailed: { vi: 'Gửi thư nhắc việc không thành công', en: 'Digest failed' },
  logDigestFailedLine: { vi: '{line} — lỗi: {error}', en: '{line} — error: {error}' },
  logDigestQuota: { vi: 'Hạn mức gửi thư', en: 'Mail quota' },
  logDigestQuotaNote: {
    vi: '{mails} thư nhắc việc ({recipients} người nhận) chưa được gửi vì tài khoản chạy kiểm tra hằng ngày đã dùng gần hết hạn mức gửi thư trong ngày của Google (còn {remaining} người nhận). Các thư này không được gửi lại; lần kiểm tra sau sẽ gửi thư mới khi hạn mức được cấp lại.',
    en: '{mails} digest(s) ({recipients} recipients) were not sent: the account running the daily check has almost used up its daily Google mail quota ({remaining} recipients left). They will not be resent; the next check sends new digests once the quota is renewed.',
  },

  // Save errors.
  trkNoPlan: {
    vi: 'Chưa có kế hoạch nào — hãy nhập kế hoạch ở thẻ "Nhập kế hoạch".',
    en: 'There is no plan yet — import one in the "Import plan" tab.',
  },
  trkPlanNotFound: { vi: 'Không tìm thấy bảng theo dõi của kế hoạch này.', en: 'The sheet of this plan was not found.' },
  trkTaskNotFound: { vi: 'Không tìm thấy nhiệm vụ mã {code} trên bảng tính (có thể đã bị xóa).', en: 'Task {code} was not found in the sheet (it may have been deleted).' },
  trkEditedMeanwhile: {
    vi: 'Nhiệm vụ {code} vừa được {user} cập nhật sau khi bạn mở. Thay đổi của bạn chưa được lưu: hãy tải lại danh sách, xem nội dung mới rồi nhập lại.',
    en: 'Task {code} was updated by {user} after you opened it. Your change was not saved: reload the list, look at the new values and enter it again.',
  },
  trkSomeone: { vi: 'người khác', en: 'someone else' },
  trkBadState: { vi: 'Tình trạng không hợp lệ.', en: 'The state is not valid.' },
  trkBadPercent: { vi: 'Tiến độ phải là số từ 0 đến 100.', en: 'Progress must be a number from 0 to 100.' },
  trkBadDate: { vi: 'Ngày hoàn thành không hợp lệ.', en: 'The completion date is not valid.' },
  trkDateInFuture: { vi: 'Ngày hoàn thành không được sau ngày hôm nay.', en: 'The completion date cannot be after today.' },
  trkBadDays: { vi: 'Số ngày "sắp đến hạn" phải từ 0 đến 60.', en: 'The due-soon window must be 0 to 60 days.' },

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
  trkCheckedAt: { vi: 'Kiểm tra ngày {date}: {overdue} quá hạn, {dueSoon} sắp đến hạn.', en: 'Checked {date}: {overdue} overdue, {dueSoon} due soon.' },
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
  trkDigest: { vi: 'Gửi thư nhắc việc cho các đơn vị có email', en: 'E-mail each unit with a contact address a digest' },
  trkDigestHint: {
    vi: 'Thư gửi tới địa chỉ ghi ở trang "Đơn vị"; mỗi đơn vị nhận danh sách nhiệm vụ quá hạn và sắp đến hạn của mình.',
    en: 'Mail goes to the addresses on the "Units" sheet; each unit gets its own overdue and due-soon tasks.',
  },
  trkSaveSettings: { vi: 'Lưu cài đặt', en: 'Save settings' },
  trkSettingsSaved: { vi: 'Đã lưu cài đặt.', en: 'Settings saved.' },
  trkTriggerOn: { vi: 'Đang bật kiểm tra hằng ngày (khoảng {hour} giờ sáng).', en: 'The daily check is on (around {hour} a.m.).' },
  trkTriggerOff: { vi: 'Chưa bật kiểm tra hằng ngày.', en: 'The daily check is off.' },

  // The e-mail digest.
  digestSubject: {
    vi: '[{spreadsheet}] Nhắc việc ngày {date}: {overdue} nhiệm vụ quá hạn, {dueSoon} sắp đến hạn',
    en: '[{spreadsheet}] Reminder of {date}: {overdue} overdue, {dueSoon} due soon',
  },
  digestGreeting: { vi: 'Kính gửi: {unit},', en: 'To: {unit},' },
  digestIntro: {
    vi: 'Theo số liệu trên bảng theo dõi kế hoạch đến ngày {date}, đơn vị có các nhiệm vụ sau cần lưu ý:',
    en: 'According to the plan tracking sheet as of {date}, your unit has the following tasks to attend to:',
  },
  digestOverdue: { vi: 'I. NHIỆM VỤ QUÁ HẠN ({count})', en: 'I. OVERDUE TASKS ({count})' },
  digestDueSoon: { vi: 'II. NHIỆM VỤ SẮP ĐẾN HẠN trong {days} ngày tới ({count})', en: 'II. TASKS DUE IN THE NEXT {days} DAYS ({count})' },
  digestItem: { vi: '{n}. [{code}] {title} — hạn {due} ({plan})', en: '{n}. [{code}] {title} — due {due} ({plan})' },
  digestLate: { vi: ', trễ {days} ngày', en: ', {days} days late' },
  digestNone: { vi: '(không có)', en: '(none)' },
  digestAction: {
    vi: 'Đề nghị đơn vị cập nhật tình trạng, kết quả và minh chứng thực hiện tại bảng theo dõi:',
    en: 'Please update the state, results and evidence in the tracking sheet:',
  },
  digestFooter: {
    vi: 'Thư này được gửi tự động từ tiện ích Theo dõi kế hoạch; vui lòng không trả lời thư này.',
    en: 'This message was sent automatically by Plan Tracker; please do not reply.',
  },
} satisfies Record<string, Message>;
