// Sidebar messages of the office model: tasks a unit supports, the units registry's merge
// offers, and deadline extensions (gia hạn).
export const officeUi = {
  trkLeadTasks: { vi: 'Chủ trì', en: 'Lead' },
  trkSupportTasks: { vi: 'Phối hợp ({count})', en: 'Supporting ({count})' },
  trkNotMember: {
    vi: 'Email của bạn chưa thuộc đơn vị nào (trang "Đơn vị").',
    en: 'Your e-mail is in no unit (the "Units" sheet).',
  },
  unitsMergeTitle: { vi: 'Đơn vị có thể trùng nhau', en: 'Units that may be the same' },
  unitsMergeAccents: { vi: '"{a}" và "{b}" chỉ khác dấu.', en: '"{a}" and "{b}" differ only in accents.' },
  unitsMergeSpelling: { vi: '"{a}" và "{b}" chỉ khác một vài chữ.', en: '"{a}" and "{b}" differ by a letter or two.' },
  unitsMergeInto: { vi: 'Gộp vào "{into}"', en: 'Merge into "{into}"' },
  unitsMerged: {
    vi: 'Đã gộp "{merged}" vào "{into}" ({tasks} nhiệm vụ được cập nhật).',
    en: 'Merged "{merged}" into "{into}" ({tasks} tasks updated).',
  },
  extAsk: { vi: 'Xin gia hạn', en: 'Ask for more time' },
  extNewDue: { vi: 'Hạn mới', en: 'New deadline' },
  extWhy: { vi: 'Lý do', en: 'Reason' },
  extSend: { vi: 'Gửi đề nghị', en: 'Send' },
  extSent: { vi: 'Đã gửi đề nghị gia hạn.', en: 'Request sent.' },
  extNotePending: { vi: 'Xin gia hạn đến {date}: chờ duyệt', en: 'More time asked, to {date}: waiting' },
  extNoteApproved: { vi: 'Đã gia hạn (hạn ban đầu {date})', en: 'Extended (first deadline {date})' },
  extNoteRefused: { vi: 'Đề nghị gia hạn không được duyệt', en: 'Extension refused' },
  extWaiting: { vi: 'Đề nghị gia hạn chờ duyệt', en: 'Extensions waiting' },
  extItem: {
    vi: '{code} ({plan}): {from} → {to}. {reason} — {by}',
    en: '{code} ({plan}): {from} → {to}. {reason} — {by}',
  },
  extApprove: { vi: 'Duyệt', en: 'Approve' },
  extRefuse: { vi: 'Không duyệt', en: 'Refuse' },
  offTitle: { vi: 'Văn phòng', en: 'Office' },
  offEmails: { vi: 'Email cán bộ văn phòng (ngoài chủ bảng tính)', en: 'Office staff e-mails (besides the owner)' },
  offLocks: { vi: 'Khoá theo đơn vị', en: 'Lock by unit' },
  offWarnOnly: {
    vi: 'Đã lưu; tên miền không cho đổi người sửa nên vùng khoá chỉ cảnh báo.',
    en: 'Saved; the domain forbids editor changes, so the locks only warn.',
  },
} as const;
