// Server-only messages of the shared sheets: their names, the units sheet's and the history's
// headers, and the dashboard's titles, tables and charts. Kept out of the sidebar's HTML.
import type { Message } from './index';

export const sheetsServer = {
  // Shared sheets.
  sheetUnits: { vi: 'Đơn vị', en: 'Units' },
  sheetDashboard: { vi: 'Tổng hợp', en: 'Dashboard' },
  sheetChangeLog: { vi: 'Nhật ký', en: 'Change log' },
  sheetHistory: { vi: 'Lịch sử', en: 'History' },

  // Units sheet.
  unitsName: { vi: 'Tên đơn vị', en: 'Unit' },
  unitsShortName: { vi: 'Tên viết tắt', en: 'Short name' },
  unitsEmails: { vi: 'Email liên hệ', en: 'Contact e-mails' },

  // Dashboard.
  dashTitle: { vi: 'Tổng hợp tình hình thực hiện kế hoạch', en: 'Plan progress summary' },
  dashTitleOf: { vi: 'Tổng hợp tình hình thực hiện kế hoạch: {plan}', en: 'Plan progress summary: {plan}' },
  dashAsOf: { vi: 'số liệu tính đến ngày {date}', en: 'figures as of {date}' },
  dashUnit: { vi: 'Đơn vị', en: 'Unit' },
  dashTotal: { vi: 'Tổng số nhiệm vụ', en: 'Total tasks' },
  dashCompletionRate: { vi: 'Tỷ lệ hoàn thành', en: 'Completion rate' },
  dashOnTimeRate: { vi: 'Tỷ lệ đúng hạn', en: 'On-time rate' },
  dashOverall: { vi: 'Toàn kế hoạch', en: 'Whole plan' },
  dashNoUnit: { vi: '(Chưa giao đơn vị)', en: '(No unit assigned)' },
  dashChartByUnit: { vi: 'Tình hình thực hiện theo đơn vị', en: 'Progress by unit' },
  dashChartOverall: { vi: 'Cơ cấu nhiệm vụ theo đánh giá', en: 'Tasks by evaluation' },
  dashChartTrend: { vi: 'Diễn biến theo thời gian', en: 'Trend over time' },
  dashChartTrendOf: { vi: 'Diễn biến theo thời gian: {plan}', en: 'Trend over time: {plan}' },
  historyDate: { vi: 'Ngày', en: 'Date' },
  historyPlan: { vi: 'Kế hoạch', en: 'Plan' },
} satisfies Record<string, Message>;
