// Messages of progress tracking that only the server says: the menu item, the change log's
// header and entries, refusals of a save, and the e-mail digest. The sidebar shows a refusal
// as the server's answer, so none of this travels in its HTML.
import type { Message } from './catalog';

export const trackingServerMessages = {
  // Menu.
  menuCheckOverdue: { vi: 'Kiểm tra quá hạn', en: 'Check overdue tasks' },

  // Change log ("Nhật ký") header and the fields it names, and the entries of the daily check.
  logTime: { vi: 'Thời gian', en: 'Time' },
  logUser: { vi: 'Người thực hiện', en: 'User' },
  logCode: { vi: 'Mã nhiệm vụ', en: 'Task code' },
  logField: { vi: 'Nội dung thay đổi', en: 'Field' },
  logOld: { vi: 'Giá trị cũ', en: 'Old value' },
  logNew: { vi: 'Giá trị mới', en: 'New value' },
  logDailyCheck: { vi: 'Kiểm tra hằng ngày', en: 'Daily check' },
  logDigestSent: { vi: 'Gửi thư nhắc việc', en: 'Digest sent' },
  logDigestLine: {
    vi: '{unit} → {to}: {overdue} quá hạn, {dueSoon} sắp đến hạn',
    en: '{unit} → {to}: {overdue} overdue, {dueSoon} due soon',
  },
  logDigestSkipped: {
    vi: 'Chưa gửi thư nhắc việc (hết hạn mức gửi thư trong ngày)',
    en: 'Digest not sent (daily mail quota used up)',
  },
  logDigestFailed: { vi: 'Gửi thư nhắc việc không thành công', en: 'Digest failed' },
  logDigestFailedLine: { vi: '{line} — lỗi: {error}', en: '{line} — error: {error}' },
  logDigestQuota: { vi: 'Hạn mức gửi thư', en: 'Mail quota' },
  logDigestQuotaNote: {
    vi: '{mails} thư nhắc việc ({recipients} người nhận) chưa được gửi vì tài khoản chạy kiểm tra hằng ngày đã dùng gần hết hạn mức gửi thư trong ngày của Google (còn {remaining} người nhận). Các thư này không được gửi lại; lần kiểm tra sau sẽ gửi thư mới khi hạn mức được cấp lại.',
    en: '{mails} digest(s) ({recipients} recipients) were not sent: the account running the daily check has almost used up its daily Google mail quota ({remaining} recipients left). They will not be resent; the next check sends new digests once the quota is renewed.',
  },

  // Refusals of a save.
  trkTaskNotFound: {
    vi: 'Không tìm thấy nhiệm vụ mã {code} trên bảng tính (có thể đã bị xóa).',
    en: 'Task {code} was not found in the sheet (it may have been deleted).',
  },
  trkEditedMeanwhile: {
    vi: 'Nhiệm vụ {code} vừa được {user} cập nhật sau khi bạn mở. Thay đổi của bạn chưa được lưu: hãy tải lại danh sách, xem nội dung mới rồi nhập lại.',
    en: 'Task {code} was updated by {user} after you opened it. Your change was not saved: reload the list, look at the new values and enter it again.',
  },
  trkSomeone: { vi: 'người khác', en: 'someone else' },
  trkBadState: { vi: 'Tình trạng không hợp lệ.', en: 'The state is not valid.' },
  trkBadPercent: { vi: 'Tiến độ phải là số từ 0 đến 100.', en: 'Progress must be a number from 0 to 100.' },
  trkBadDate: { vi: 'Ngày hoàn thành không hợp lệ.', en: 'The completion date is not valid.' },
  trkDateInFuture: {
    vi: 'Ngày hoàn thành không được sau ngày hôm nay.',
    en: 'The completion date cannot be after today.',
  },
  trkBadDays: { vi: 'Số ngày "sắp đến hạn" phải từ 0 đến 60.', en: 'The due-soon window must be 0 to 60 days.' },

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
  digestDueSoon: {
    vi: 'II. NHIỆM VỤ SẮP ĐẾN HẠN trong {days} ngày tới ({count})',
    en: 'II. TASKS DUE IN THE NEXT {days} DAYS ({count})',
  },
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
