// Messages of the task model: dates in words, state/recurrence/evaluation labels, task-sheet
// column headers (the shared sheets' names and the dashboard's are in sheets-server.ts).
import type { Message } from './index';

export const domain = {
  // Dates. Day and month arrive already padded the way Nghị định 30/2020 wants them.
  dateInWords: { vi: 'ngày {day} tháng {month} năm {year}', en: '{monthName} {dayNumber}, {year}' },
  monthNames: {
    vi: 'tháng 1|tháng 2|tháng 3|tháng 4|tháng 5|tháng 6|tháng 7|tháng 8|tháng 9|tháng 10|tháng 11|tháng 12',
    en: 'January|February|March|April|May|June|July|August|September|October|November|December',
  },

  // Progress states (the state dropdown).
  stateNotStarted: { vi: 'Chưa thực hiện', en: 'Not started' },
  stateInProgress: { vi: 'Đang thực hiện', en: 'In progress' },
  stateDone: { vi: 'Hoàn thành', en: 'Done' },
  statePaused: { vi: 'Tạm dừng', en: 'Paused' },

  // Recurrence.
  recurrenceOnce: { vi: 'Một lần', en: 'Once' },
  recurrenceMonthly: { vi: 'Hằng tháng', en: 'Monthly' },
  recurrenceQuarterly: { vi: 'Hằng quý', en: 'Quarterly' },
  recurrenceSemiannual: { vi: '6 tháng', en: 'Semiannual' },
  recurrenceAnnual: { vi: 'Hằng năm', en: 'Annual' },
  recurrenceOngoing: { vi: 'Thường xuyên', en: 'Ongoing' },

  // Evaluation categories (DESIGN.md, "Domain").
  evalDoneOnTime: { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
  evalDoneLate: { vi: 'Hoàn thành quá hạn', en: 'Done late' },
  evalOnTrack: { vi: 'Đang thực hiện trong hạn', en: 'On track' },
  evalDueSoon: { vi: 'Sắp đến hạn', en: 'Due soon' },
  evalOverdue: { vi: 'Quá hạn', en: 'Overdue' },
  evalNotStarted: { vi: 'Chưa thực hiện', en: 'Not started' },
  evalNoDeadline: { vi: 'Không có thời hạn', en: 'No deadline' },

  // Task sheet column headers.
  colCode: { vi: 'Mã', en: 'Code' },
  colSection: { vi: 'Mục', en: 'Section' },
  colTitle: { vi: 'Nhiệm vụ', en: 'Task' },
  colText: { vi: 'Nội dung đầy đủ', en: 'Full text' },
  colLeadUnit: { vi: 'Đơn vị chủ trì', en: 'Lead unit' },
  colSupportUnits: { vi: 'Đơn vị phối hợp', en: 'Supporting units' },
  colDue: { vi: 'Thời hạn', en: 'Due date' },
  colDueText: { vi: 'Thời hạn theo kế hoạch', en: 'Deadline as written' },
  colRecurrence: { vi: 'Tần suất', en: 'Recurrence' },
  colState: { vi: 'Tình trạng', en: 'State' },
  colPercent: { vi: 'Tiến độ (%)', en: 'Progress (%)' },
  colCompletedOn: { vi: 'Ngày hoàn thành', en: 'Completed on' },
  colResult: { vi: 'Kết quả', en: 'Result' },
  colEvidence: { vi: 'Minh chứng', en: 'Evidence' },
  colEvaluation: { vi: 'Đánh giá', en: 'Evaluation' },
  colUpdatedAt: { vi: 'Cập nhật lúc', en: 'Updated at' },
  colUpdatedBy: { vi: 'Người cập nhật', en: 'Updated by' },
  colInPlan: { vi: 'Trong kế hoạch', en: 'In plan' },
  colRowId: { vi: 'Mã dòng', en: 'Row id' },
  inPlanYes: { vi: 'Có', en: 'Yes' },
  inPlanNo: { vi: 'Không còn trong kế hoạch', en: 'No longer in the plan' },
  reportSection: { vi: 'Chế độ báo cáo', en: 'Reporting duties' },
  percentInvalid: { vi: 'Nhập số từ 0 đến 100', en: 'Enter a number from 0 to 100' },
  dateInvalid: { vi: 'Nhập ngày dạng dd/MM/yyyy', en: 'Enter a date as dd/MM/yyyy' },
  stateInvalid: { vi: 'Chọn một tình trạng trong danh sách', en: 'Pick a state from the list' },
} satisfies Record<string, Message>;
