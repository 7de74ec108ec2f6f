// Messages of the plan import: the review list, the task sheet's creation and re-import, and
// the errors of bad payloads and unreadable Google Docs.
import type { Message } from './index';

export const importMessages = {
  // Server: shared sheets made by the import.
  sheetPlanStore: { vi: 'Kế hoạch (dữ liệu)', en: 'Plans (data)' },
  sheetPlanUntitled: { vi: 'Kế hoạch', en: 'Plan' },

  // Server: refusals (nothing is written).
  importBadPayload: {
    vi: 'Dữ liệu kế hoạch gửi lên không hợp lệ ({field}). Không có gì được ghi vào bảng tính.',
    en: 'The plan data sent is not valid ({field}). Nothing was written to the spreadsheet.',
  },
  importTooLong: {
    vi: 'Nội dung "{field}" quá dài (tối đa {max} ký tự). Không có gì được ghi vào bảng tính.',
    en: '"{field}" is too long (at most {max} characters). Nothing was written to the spreadsheet.',
  },
  importTooMany: {
    vi: 'Kế hoạch có quá nhiều {field} (tối đa {max}). Không có gì được ghi vào bảng tính.',
    en: 'The plan has too many {field} (at most {max}). Nothing was written to the spreadsheet.',
  },
  importBadDate: {
    vi: 'Ngày "{value}" của nhiệm vụ {code} không hợp lệ. Không có gì được ghi vào bảng tính.',
    en: 'The date "{value}" of task {code} is not valid. Nothing was written to the spreadsheet.',
  },
  importNoTasks: {
    vi: 'Kế hoạch không có nhiệm vụ nào để tạo bảng theo dõi.',
    en: 'The plan has no tasks to track.',
  },
  importEmptyCode: {
    vi: 'Nhiệm vụ thứ {index} chưa có mã hoặc tên. Không có gì được ghi vào bảng tính.',
    en: 'Task {index} has no code or title. Nothing was written to the spreadsheet.',
  },
  importSheetExists: {
    vi: 'Bảng tính đã có bảng theo dõi cho kế hoạch này ("{sheet}"). Hãy dùng "Cập nhật từ kế hoạch sửa đổi".',
    en: 'This spreadsheet already tracks this plan ("{sheet}"). Use "Update from the revised plan".',
  },
  importPlanNotFound: {
    vi: 'Không tìm thấy bảng theo dõi của kế hoạch này. Có thể trang tính đã bị xóa.',
    en: 'The tracking sheet of this plan was not found. It may have been deleted.',
  },
  importSheetDamaged: {
    vi: 'Bảng theo dõi "{sheet}" thiếu cột {column}; không thể cập nhật.',
    en: 'The tracking sheet "{sheet}" has lost its column {column}; it cannot be updated.',
  },
  importParseFailed: { vi: '{detail}', en: '{detail}' },
  importTextMissing: {
    vi: 'Hãy dán nội dung kế hoạch hoặc nhập đường liên kết Google Tài liệu.',
    en: 'Paste the plan text or give a Google Docs link.',
  },
  importDocBadLink: {
    vi: 'Đường liên kết hoặc mã tài liệu "{link}" không đúng dạng Google Tài liệu.',
    en: '"{link}" is not a Google Docs link or id.',
  },
  importDocOpenFailed: {
    vi: 'Không mở được tài liệu. Hãy kiểm tra đường liên kết và quyền xem của bạn đối với tài liệu.',
    en: 'The document could not be opened. Check the link and that you may view the document.',
  },

  // Sidebar: input.
  importIntro: {
    vi: 'Dán nội dung kế hoạch (có thể gồm bảng từ Word) hoặc đường liên kết Google Tài liệu.',
    en: 'Paste the plan text (tables from Word are fine) or a Google Docs link.',
  },
  importTextLabel: { vi: 'Nội dung kế hoạch', en: 'Plan text' },
  importDocLabel: { vi: 'Hoặc liên kết Google Tài liệu', en: 'Or a Google Docs link' },
  importRead: { vi: 'Đọc kế hoạch', en: 'Read the plan' },

  // Sidebar: review.
  importReviewTitle: { vi: 'Kiểm tra trước khi tạo', en: 'Review before creating' },
  importPlanNumber: { vi: 'Số kế hoạch', en: 'Plan number' },
  importPlanTitle: { vi: 'Trích yếu', en: 'Title' },
  importPlanYear: { vi: 'Năm', en: 'Year' },
  importWarnings: { vi: 'Lưu ý khi đọc kế hoạch', en: 'Notes from reading the plan' },
  importTasksCount: { vi: '{count} nhiệm vụ, {reports} báo cáo', en: '{count} tasks, {reports} reports' },
  importTaskCode: { vi: 'Mã', en: 'Code' },
  importTaskTitle: { vi: 'Nhiệm vụ', en: 'Task' },
  importLead: { vi: 'Đơn vị chủ trì', en: 'Lead unit' },
  importSupport: { vi: 'Đơn vị phối hợp (cách nhau bởi ;)', en: 'Supporting units (separated by ;)' },
  importDue: { vi: 'Thời hạn', en: 'Due' },
  importRecurrence: { vi: 'Lặp lại', en: 'Recurrence' },
  importRecurrenceNone: { vi: '(không)', en: '(none)' },
  importDrop: { vi: 'Bỏ', en: 'Drop' },
  importMergeUp: { vi: 'Gộp lên trên', en: 'Merge up' },
  importSplit: { vi: 'Tách', en: 'Split' },
  importCreate: { vi: 'Tạo bảng theo dõi', en: 'Create tracking sheet' },
  importCancel: { vi: 'Làm lại', en: 'Start over' },
  importCreated: {
    vi: 'Đã tạo trang "{sheet}" với {tasks} nhiệm vụ và {reports} báo cáo.',
    en: 'Created sheet "{sheet}" with {tasks} tasks and {reports} reports.',
  },

  // Sidebar: re-import.
  importExisting: {
    vi: 'Kế hoạch này đã có bảng theo dõi "{sheet}".',
    en: 'This plan already has the tracking sheet "{sheet}".',
  },
  importTarget: { vi: 'Cập nhật vào trang', en: 'Update the sheet' },
  importTargetNew: { vi: '(tạo trang mới)', en: '(create a new sheet)' },
  importPreview: { vi: 'Xem thay đổi', en: 'Show the changes' },
  importApply: { vi: 'Cập nhật từ kế hoạch sửa đổi', en: 'Update from the revised plan' },
  importDiffAdded: { vi: 'Thêm mới ({count})', en: 'Added ({count})' },
  importDiffChanged: { vi: 'Thay đổi ({count})', en: 'Changed ({count})' },
  importDiffRemoved: { vi: 'Không còn trong kế hoạch ({count})', en: 'No longer in the plan ({count})' },
  importDiffUnchanged: { vi: '{count} nhiệm vụ giữ nguyên.', en: '{count} tasks unchanged.' },
  importDiffKeeps: {
    vi: 'Tiến độ các đơn vị đã nhập được giữ nguyên.',
    en: 'Progress entered by the units is kept.',
  },
  importApplied: {
    vi: 'Đã cập nhật "{sheet}": thêm {added}, sửa {changed}, đánh dấu {removed}.',
    en: 'Updated "{sheet}": {added} added, {changed} changed, {removed} marked.',
  },
} satisfies Record<string, Message>;
