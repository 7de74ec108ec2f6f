// Messages of the plan import the sidebar shows: the input, the review table and its bulk
// edit, the task sheet's creation and re-import (server-only refusals are in import-server.ts).
import type { Message } from './index';

export const importMessages = {
  // Shared sheets made by the import.
  sheetPlanStore: { vi: 'Kế hoạch (dữ liệu)', en: 'Plans (data)' },

  importTextMissing: {
    vi: 'Hãy dán nội dung kế hoạch hoặc nhập đường liên kết Google Tài liệu.',
    en: 'Paste the plan text or give a Google Docs link.',
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
  importLeadShort: { vi: 'Chủ trì', en: 'Lead' },
  importTableHint: {
    vi: 'Bấm vào dòng để sửa; đánh dấu nhiều dòng (Shift+bấm: cả đoạn) để sửa cùng lúc.',
    en: 'Click a row to edit it; tick several (Shift+click: a run) to edit them at once.',
  },
  importSelectAll: { vi: 'Chọn tất cả', en: 'Select all' },
  importDateHint: { vi: 'dd/mm/yyyy', en: 'dd/mm/yyyy' },
  importDateInvalid: {
    vi: '"{value}" không phải ngày dd/mm/yyyy (ví dụ 30/06/2025); thời hạn cũ được giữ.',
    en: '"{value}" is not a dd/mm/yyyy date (e.g. 30/06/2025); the deadline is kept.',
  },
  importDateEmpty: {
    vi: 'Để bỏ thời hạn, hãy chọn "Không có thời hạn".',
    en: 'To drop the deadline, choose "No deadline".',
  },
  importNoDue: { vi: 'Không có thời hạn', en: 'No deadline' },
  importNoDueShort: { vi: 'Không', en: 'None' },
  importDueInPlan: { vi: 'Kế hoạch ghi: "{text}"', en: 'The plan says: "{text}"' },
  importDoubtTask: { vi: 'Có thể không phải nhiệm vụ', en: 'May not be a task' },
  importDoubtLead: { vi: 'Đơn vị chủ trì chưa chắc', en: 'Lead unit unsure' },
  importDoubtDue: { vi: 'Thời hạn chưa chắc', en: 'Deadline unsure' },
  importDoubtMissingDue: { vi: 'Chưa có thời hạn', en: 'No deadline yet' },
  importDoubtFilter: { vi: 'Chỉ hiện nhiệm vụ cần xem lại ({count})', en: 'Only tasks to review ({count})' },
  importDoubtClear: { vi: 'Đã xem, bỏ đánh dấu', en: 'Checked, unflag' },
  importMissingDues: {
    vi: '{count} nhiệm vụ chưa có thời hạn ({codes}): hãy nhập ngày hoặc chọn "Không có thời hạn".',
    en: '{count} tasks have no deadline ({codes}): type a date or choose "No deadline".',
  },
  importBulkSelected: { vi: 'Đã chọn {count}', en: '{count} selected' },
  importBulkClear: { vi: 'Bỏ chọn', en: 'Clear' },
  importBulkApply: { vi: 'Áp dụng', en: 'Apply' },
  importBulkNothing: { vi: 'Hãy nhập đơn vị hoặc thời hạn.', en: 'Type a unit or a deadline.' },
  importBulkDone: { vi: 'Đã cập nhật {count} nhiệm vụ.', en: 'Updated {count} tasks.' },
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
