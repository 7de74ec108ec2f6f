// Messages of the plan import that only the server says: refusals of a bad payload, a
// damaged or missing sheet, an unreadable Google Doc. The sidebar shows them as the server's
// answer, so they stay out of its HTML.
import type { Message } from './catalog';

export const importServerMessages = {
  sheetPlanUntitled: { vi: 'Kế hoạch', en: 'Plan' },
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
  importDocBadLink: {
    vi: 'Đường liên kết hoặc mã tài liệu "{link}" không đúng dạng Google Tài liệu.',
    en: '"{link}" is not a Google Docs link or id.',
  },
  importDocOpenFailed: {
    vi: 'Không mở được tài liệu. Hãy kiểm tra đường liên kết và quyền xem của bạn đối với tài liệu.',
    en: 'The document could not be opened. Check the link and that you may view the document.',
  },
} satisfies Record<string, Message>;
