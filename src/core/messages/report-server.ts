// Messages of the report that only the server says: refusals of the report RPC (naming the
// field by the tab's label), a report too long for one Doc, a Doc that could not be written and
// the title it is left with, the missing-chart line and the reports log sheet. The sidebar shows
// them as the server's answer, so they stay out of its HTML.
import type { Message } from './catalog';

export const reportServerMessages = {
  rptErrTooLarge: {
    vi: 'Báo cáo quá dài cho một tài liệu Google Docs (khoảng {count} ký tự, giới hạn {limit}). Không có tài liệu nào được tạo. Hãy chọn kỳ báo cáo ngắn hơn, hoặc chỉ xuất phụ lục (bảng nhiệm vụ và thống kê) rồi viết phần nội dung riêng.',
    en: 'The report is too long for one Google Doc (about {count} characters, limit {limit}). No Doc was created. Choose a shorter period, or export only the appendix (task and statistics tables) and write the body separately.',
  },
  rptErrWriteFailed: {
    vi: 'Không ghi được báo cáo vào Google Docs. Tài liệu đã tạo được để trống và đánh dấu “(lỗi – có thể xoá)”; lần tạo sau sẽ dùng lại nó. Hãy thử lại.',
    en: 'The report could not be written to Google Docs. The Doc made was emptied and marked “(failed – can be deleted)”; the next attempt reuses it. Please try again.',
  },
  rptErrFillLink: {
    vi: 'Đường liên kết “Ghi vào tài liệu có sẵn” không phải là tài liệu Google Docs.',
    en: 'The “Write into an existing Doc” link is not a Google Docs document.',
  },
  rptErrFillOpen: {
    vi: 'Không mở được tài liệu để ghi báo cáo. Hãy kiểm tra đường liên kết và quyền chỉnh sửa.',
    en: 'The Doc to write the report into could not be opened. Check the link and that you can edit it.',
  },
  rptErrFillNotEmpty: {
    vi: 'Tài liệu để ghi báo cáo đã có nội dung. Hãy tạo một tài liệu trống mới từ mẫu và dán liên kết của nó; không có gì bị thay đổi.',
    en: 'The Doc to write the report into already has content. Make a new empty Doc from the template and paste its link; nothing was changed.',
  },
  rptFailedDocSuffix: { vi: '(lỗi – có thể xoá)', en: '(failed – can be deleted)' },
  rptDraftTooLong: {
    vi: 'Bản nháp quá dài (tối đa {max} ký tự mỗi phần).',
    en: 'Draft too long ({max} characters per part).',
  },
  rptChartMissing: {
    vi: '[Chưa có biểu đồ trên trang Tổng hợp: chèn biểu đồ “{alt}” vào đây.]',
    en: '[No chart on the Dashboard sheet yet: insert the “{alt}” chart here.]',
  },
  rptErrRequired: { vi: 'Vui lòng nhập “{field}”.', en: 'Please fill in “{field}”.' },
  rptErrTooLong: { vi: '“{field}” dài quá {max} ký tự.', en: '“{field}” is longer than {max} characters.' },
  rptErrDate: { vi: '“{field}” không phải là ngày hợp lệ.', en: '“{field}” is not a valid date.' },
  rptErrType: { vi: '“{field}” không hợp lệ.', en: '“{field}” is not valid.' },
  rptErrRange: { vi: '“Từ ngày” phải trước hoặc bằng “Đến ngày”.', en: '“From” must be on or before “To”.' },
  rptErrTemplateLink: {
    vi: 'Đường liên kết mẫu không phải là tài liệu Google Docs.',
    en: 'The template link is not a Google Docs document.',
  },
  rptErrTemplateOpen: {
    vi: 'Không mở được tài liệu mẫu. Hãy kiểm tra đường liên kết và quyền xem.',
    en: 'The template could not be opened. Check the link and that you can view it.',
  },

  // The log sheet.
  sheetReports: { vi: 'Báo cáo', en: 'Reports' },
  rptLogTime: { vi: 'Thời gian', en: 'Time' },
  rptLogPlan: { vi: 'Kế hoạch', en: 'Plan' },
  rptLogPeriod: { vi: 'Kỳ báo cáo', en: 'Period' },
  rptLogCutoff: { vi: 'Tính đến ngày', en: 'As of' },
  rptLogUser: { vi: 'Người tạo', en: 'Created by' },
  rptLogName: { vi: 'Tên tài liệu', en: 'Document' },
  rptLogLink: { vi: 'Liên kết', en: 'Link' },
} satisfies Record<string, Message>;
