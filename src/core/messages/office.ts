// Messages of the office model: plan names, the dashboard's plan chooser and all-plans table,
// the units registry, members and permissions, and deadline extensions (gia hạn).
export const office = {
  // Plan names.
  planLabelNumbered: { vi: '{title} — Số {number}', en: '{title} — No. {number}' },
  planLabelNumberOnly: { vi: 'Kế hoạch số {number}', en: 'Plan No. {number}' },
  planLabelUntitled: { vi: 'Kế hoạch chưa có tên (trang "{sheet}")', en: 'Untitled plan (sheet "{sheet}")' },
  logPlan: { vi: 'Kế hoạch', en: 'Plan' },
  historyPlanId: { vi: 'Mã kế hoạch', en: 'Plan id' },
  importNoMatchingPlan: {
    vi: 'Không tìm thấy kế hoạch cùng số, cơ quan ban hành và ngày ban hành — hãy chọn bảng theo dõi cần cập nhật, hoặc tạo trang mới.',
    en: 'No plan with the same number, issuer and date was found — pick the sheet to update, or create a new sheet.',
  },

  // Dashboard: plan chooser and all-plans table.
  dashChoosePlan: { vi: 'Chọn kế hoạch:', en: 'Plan shown:' },
  dashChooseHelp: {
    vi: 'Chọn kế hoạch để xem; bảng và biểu đồ sẽ cập nhật theo kế hoạch đã chọn.',
    en: 'Pick the plan to show; the tables and charts follow the plan picked.',
  },
  dashAllPlans: { vi: 'Tất cả kế hoạch', en: 'All plans' },
  dashPlanTasks: { vi: 'Số nhiệm vụ', en: 'Tasks' },

  // Units registry.
  unitsAliases: { vi: 'Tên gọi khác', en: 'Other names' },
  unitsMembers: { vi: 'Email thành viên', en: "Members' e-mails" },

  // Units registry errors and permissions (server).
  unitsBadName: { vi: 'Tên đơn vị không hợp lệ ({field}).', en: 'The unit name is not valid ({field}).' },
  unitsNotFound: {
    vi: 'Không tìm thấy đơn vị "{name}" trong danh sách đơn vị.',
    en: 'Unit "{name}" is not in the units list.',
  },
  unitsSame: { vi: 'Hai tên này là cùng một đơn vị.', en: 'Both names are the same unit.' },
  permOfficeOnly: {
    vi: 'Chỉ cán bộ văn phòng (người quản lý bảng tính) mới thực hiện được thao tác này.',
    en: 'Only office staff (who manage the spreadsheet) can do this.',
  },
  permBadOffice: { vi: 'Danh sách email văn phòng không hợp lệ.', en: 'The office e-mail list is not valid.' },
  permNotYourUnit: {
    vi: 'Bạn không phải thành viên của đơn vị chủ trì nhiệm vụ {code} ({unit}), nên không cập nhật được nhiệm vụ này. Nếu bạn thuộc đơn vị này, hãy đề nghị văn phòng thêm email của bạn vào danh sách thành viên ở trang "Đơn vị".',
    en: 'You are not a member of the lead unit of task {code} ({unit}), so you cannot update it. If you belong to that unit, ask the office to add your e-mail to its members in the "Units" sheet.',
  },

  // Address changes in the change log.
  logUnitContacts: { vi: 'Email liên hệ của {unit}', en: 'Contact e-mails of {unit}' },
  logUnitMembers: { vi: 'Email thành viên của {unit}', en: "Members' e-mails of {unit}" },
  logUnitsSheet: { vi: '(trang Đơn vị)', en: '(Units sheet)' },

  // "Khoá theo đơn vị": descriptions of the protections (shown in Data → Protected sheets and ranges).
  lockPlanColumns: { vi: 'Nội dung kế hoạch — chỉ văn phòng sửa', en: 'Plan content — office only' },
  lockEvaluation: { vi: 'Đánh giá — tính tự động', en: 'Evaluation — computed' },
  lockUnit: { vi: 'Tiến độ của {unit} — đơn vị và văn phòng', en: 'Progress of {unit} — the unit and the office' },
  lockUnits: { vi: 'Danh sách đơn vị — chỉ văn phòng sửa', en: 'Units list — office only' },
  lockPlanStore: { vi: 'Dữ liệu kế hoạch — chỉ văn phòng sửa', en: 'Plan data — office only' },
  lockChangeLog: { vi: 'Nhật ký — ghi tự động khi cập nhật', en: 'Change log — written on each update' },

  // Deadline extensions: the "Gia hạn" sheet and its messages.
  sheetExtensions: { vi: 'Gia hạn', en: 'Extensions' },
  extId: { vi: 'Số', en: 'No.' },
  extPlanId: { vi: 'Mã kế hoạch', en: 'Plan id' },
  extRowId: { vi: 'Mã dòng', en: 'Row id' },
  extOriginalDue: { vi: 'Hạn ban đầu', en: 'Original deadline' },
  extRequestedDue: { vi: 'Hạn đề nghị', en: 'Deadline asked for' },
  extReason: { vi: 'Lý do', en: 'Reason' },
  extRequestedBy: { vi: 'Người đề nghị', en: 'Asked by' },
  extRequestedAt: { vi: 'Thời gian đề nghị', en: 'Asked on' },
  extStatus: { vi: 'Trạng thái', en: 'Status' },
  extDecidedBy: { vi: 'Người duyệt', en: 'Decided by' },
  extDecidedAt: { vi: 'Thời gian duyệt', en: 'Decided on' },
  extPending: { vi: 'Chờ duyệt', en: 'Pending' },
  extApproved: { vi: 'Đã duyệt', en: 'Approved' },
  extRefused: { vi: 'Không duyệt', en: 'Refused' },
  extBadDate: { vi: 'Hạn đề nghị không phải là ngày hợp lệ.', en: 'The deadline asked for is not a valid date.' },
  extNotLater: {
    vi: 'Hạn đề nghị phải sau hạn hiện tại và không trước hôm nay.',
    en: 'The deadline asked for must be after the current one and not before today.',
  },
  extNoReason: { vi: 'Hãy nêu lý do xin gia hạn.', en: 'Give the reason for the extension.' },
  extReasonTooLong: {
    vi: 'Lý do quá dài (tối đa 1000 ký tự).',
    en: 'The reason is too long (at most 1000 characters).',
  },
  extAlreadyPending: {
    vi: 'Nhiệm vụ {code} đã có đề nghị gia hạn đang chờ duyệt.',
    en: 'Task {code} already has an extension request waiting.',
  },
  extNotFound: { vi: 'Không tìm thấy đề nghị gia hạn {id}.', en: 'Extension request {id} was not found.' },
  extDecided: { vi: 'Đề nghị gia hạn {id} đã được xử lý.', en: 'Extension request {id} was already decided.' },
  logExtensionApproved: { vi: 'Gia hạn (đã duyệt)', en: 'Extension approved' },
} as const;
