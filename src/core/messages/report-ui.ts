// Messages of the "Báo cáo" tab, the report RPC (validation, template) and the "Báo cáo" log sheet.
//
// Template placeholders (a user's own Google Doc; see rptTemplateHelp). Text placeholders are
// replaced wherever they appear, table cells included:
//   {{so}} report number · {{co_quan_chu_quan}} parent agency (capitals) · {{co_quan}} issuing
//   agency (capitals) · {{ten_co_quan}} issuing agency as written · {{ky_hieu}} agency code ·
//   {{dia_danh}} place · {{ngay}} report date in words ("ngày 05 tháng 5 năm 2023") ·
//   {{ngay_chot}} cut-off date (dd/mm/yyyy) · {{ky_bao_cao}} period ("6 tháng đầu năm 2023") ·
//   {{trich_yeu}} subject line · {{chuc_vu}} signer title · {{nguoi_ky}} signer name ·
//   {{noi_nhan}} recipients, one per line.
// Block placeholders stand alone in a paragraph of the body and are replaced by report parts:
//   {{noi_dung}} opening, sections I–IV and closing · {{khoi_ky}} Nơi nhận and signer table ·
//   {{phu_luc}} the whole appendix · {{bang_nhiem_vu}} the task table · {{bang_thong_ke}} the
//   per-unit statistics table · {{bieu_do}} the dashboard chart.
// Without {{noi_dung}}, everything after the subject line is added at the end of the copy.
import type { Message } from './index';

export const reportUi = {
  // The tab.
  rptPlan: { vi: 'Kế hoạch', en: 'Plan' },
  rptNoPlans: {
    vi: 'Chưa có kế hoạch nào — hãy nhập kế hoạch ở thẻ "Nhập kế hoạch".',
    en: 'There is no plan yet — import one in the "Import plan" tab.',
  },
  rptPeriod: { vi: 'Kỳ báo cáo', en: 'Period' },
  rptPeriodSemiannual: { vi: '6 tháng đầu năm', en: 'First six months' },
  rptPeriodAnnual: { vi: 'Năm', en: 'Year' },
  rptPeriodQuarter: { vi: 'Quý', en: 'Quarter' },
  rptPeriodRange: { vi: 'Từ ngày – đến ngày', en: 'From – to' },
  rptYear: { vi: 'Năm', en: 'Year' },
  rptQuarter: { vi: 'Quý', en: 'Quarter' },
  rptFrom: { vi: 'Từ ngày', en: 'From' },
  rptTo: { vi: 'Đến ngày', en: 'To' },
  rptCutoff: { vi: 'Số liệu tính đến ngày', en: 'Figures as of' },
  rptReportDate: { vi: 'Ngày báo cáo', en: 'Report date' },
  rptPlanNumber: { vi: 'Số, ký hiệu kế hoạch (VD: 12/KH-BQLKKT)', en: 'Plan number (e.g. 12/KH-BQLKKT)' },
  rptPlanDate: { vi: 'Ngày ban hành kế hoạch', en: 'Plan date' },
  rptDraft: { vi: 'Bản nháp báo cáo', en: 'Report draft' },
  rptDraftShow: { vi: 'Xem bản nháp', en: 'Show draft' },
  rptDraftHelp: {
    vi: 'Dòng đầu "- ", "+ " là gạch đầu dòng; [ ] là chỗ cần bổ sung.',
    en: 'Lines starting "- ", "+ " are list items; [ ] is to fill in.',
  },
  rptDraftSave: { vi: 'Lưu bản nháp', en: 'Save draft' },
  rptDraftSaved: { vi: 'Đã lưu bản nháp ({count} phần đã sửa).', en: 'Draft saved ({count} parts edited).' },
  rptDraftEdited: { vi: 'đã sửa', en: 'edited' },
  rptConfirmWarnings: {
    vi: 'Kiểm tra cảnh báo ở trên; bấm "Tạo báo cáo" lần nữa để vẫn tạo.',
    en: 'Check the warnings above; click "Create report" again to make it anyway.',
  },
  rptDraftRevert: { vi: 'Dùng nội dung tự động', en: 'Use generated text' },
  rptDraftResults: { vi: 'Kết quả từng nhiệm vụ', en: 'Results by task' },
  rptNumber: { vi: 'Số báo cáo', en: 'Report number' },
  rptParentAgency: { vi: 'Cơ quan chủ quản', en: 'Parent agency' },
  rptIssuingAgency: { vi: 'Cơ quan ban hành', en: 'Issuing agency' },
  rptAgencyCode: { vi: 'Ký hiệu cơ quan', en: 'Agency code' },
  rptPlace: { vi: 'Địa danh', en: 'Place' },
  rptSignerTitle: { vi: 'Chức vụ người ký', en: 'Signer title' },
  rptSignerName: { vi: 'Họ tên người ký', en: 'Signer name' },
  rptRecipients: { vi: 'Nơi nhận (mỗi dòng một nơi)', en: 'Recipients (one per line)' },
  rptTemplate: { vi: 'Mẫu Google Docs (không bắt buộc)', en: 'Google Docs template (optional)' },
  rptTemplateHelp: {
    vi: 'Dán đường liên kết tài liệu mẫu có các ô {{so}}, {{ngay}}, {{trich_yeu}}, {{noi_dung}}, {{bang_nhiem_vu}}…',
    en: 'Paste the link of a template document with {{so}}, {{ngay}}, {{trich_yeu}}, {{noi_dung}}, {{bang_nhiem_vu}}…',
  },
  rptFillDoc: { vi: 'Ghi vào tài liệu có sẵn', en: 'Write into an existing Doc' },
  rptFillDocHelp: {
    vi: 'Để có số trang: dán liên kết tài liệu trống tạo từ mẫu của cơ quan.',
    en: 'For page numbers: paste the link of an empty Doc made from your template.',
  },
  rptCreate: { vi: 'Tạo báo cáo', en: 'Create report' },
  rptSave: { vi: 'Lưu thiết lập', en: 'Save settings' },
  rptSaved: { vi: 'Đã lưu thiết lập.', en: 'Settings saved.' },
  rptCreated: { vi: 'Đã tạo báo cáo:', en: 'Report created:' },
  rptMade: { vi: 'Các báo cáo đã tạo', en: 'Reports made' },
  rptNoneMade: { vi: 'Chưa có báo cáo nào.', en: 'No reports yet.' },
  rptMadeBy: { vi: '{time} · {user}', en: '{time} · {user}' },
} satisfies Record<string, Message>;
