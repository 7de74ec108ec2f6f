// Messages of data integrity: what a failed write left (all or nothing), a task sheet whose
// structure was changed by hand (sheet health) and its repair, and rows that cannot be told apart.
import type { Message } from './index';

export const integrity = {
  // All or nothing.
  errorRolledBack: {
    vi: 'Không thực hiện được: {detail}. Mọi thay đổi của thao tác này đã được hoàn tác, bảng tính giữ nguyên như trước.',
    en: 'This could not be done: {detail}. Every change it made was undone; the spreadsheet is as it was.',
  },
  errorNotRolledBack: {
    vi: 'Không thực hiện được: {detail}. Một số thay đổi đã ghi KHÔNG hoàn tác được; hãy mở Tệp → Nhật ký phiên bản để khôi phục bản trước, rồi thử lại.',
    en: 'This could not be done: {detail}. Some changes already written could NOT be undone; use File → Version history to restore the previous version, then try again.',
  },
  errorLeftover: {
    vi: 'Không thực hiện được: {detail}. Bảng tính giữ nguyên như trước, nhưng còn lại: {leftovers}.',
    en: 'This could not be done: {detail}. The spreadsheet is as it was, but this remains: {leftovers}.',
  },

  // Row identity.
  rowDuplicateCode: {
    vi: 'Mã {code} xuất hiện ở nhiều dòng ({rows}) của bảng "{sheet}"; không biết dòng nào là nhiệm vụ này nên chưa ghi gì. Hãy sửa mã trùng (mỗi nhiệm vụ một mã) rồi thử lại.',
    en: 'Code {code} appears on several rows ({rows}) of "{sheet}"; it is not clear which row is this task, so nothing was written. Give each task its own code, then try again.',
  },
  rowDuplicateRowId: {
    vi: 'Dòng {rows} của bảng "{sheet}" là bản sao của cùng một nhiệm vụ ({code}) — có lẽ một dòng đã được sao chép. Chưa ghi gì. Hãy xoá dòng sao chép thừa rồi thử lại.',
    en: 'Rows {rows} of "{sheet}" are copies of the same task ({code}), probably a copied row. Nothing was written. Delete the extra copy, then try again.',
  },
  rowTaskMoved: {
    vi: 'Dòng của nhiệm vụ {code} nay mang mã {now} (mã đã bị sửa trên bảng tính). Chưa ghi gì: hãy tải lại danh sách và kiểm tra.',
    en: 'The row of task {code} now carries code {now} (the code was changed in the sheet). Nothing was written: reload the list and check.',
  },
  rowProblemDuplicateCode: { vi: 'mã {code} trùng ở các dòng {rows}', en: 'code {code} is on rows {rows}' },
  rowProblemMissingCode: { vi: 'dòng {rows} có nhiệm vụ nhưng không có mã', en: 'rows {rows} hold a task but no code' },
  rowProblemDuplicateRowId: {
    vi: 'dòng {rows} là bản sao của nhiệm vụ {code}',
    en: 'rows {rows} are copies of task {code}',
  },
  rowProblemMissingRowId: {
    vi: 'dòng {rows} được thêm bằng tay (không do tiện ích tạo)',
    en: 'rows {rows} were added by hand (not made by the add-on)',
  },

  // Sheet health: what was changed by hand, and how to repair it.
  sheetNeedsRepair: {
    vi: 'Bảng "{sheet}" đã bị sửa cấu trúc nên chưa thể thực hiện; chưa có gì bị thay đổi. {problems}',
    en: 'The sheet "{sheet}" was changed by hand, so this cannot be done yet; nothing was changed. {problems}',
  },
  healthHeaderDeleted: {
    vi: 'Dòng tiêu đề (dòng 1) đã bị xoá — hãy chọn menu Tiện ích mở rộng → Plan Tracker → "Sửa cấu trúc bảng" để thêm lại, hoặc Hoàn tác (Ctrl+Z).',
    en: 'The header row (row 1) was deleted — choose Extensions → Plan Tracker → "Repair sheet structure" to put it back, or Undo (Ctrl+Z).',
  },
  healthHeaderMoved: {
    vi: 'Dòng tiêu đề đã bị sắp xếp lẫn vào dữ liệu (nay ở dòng {row}) — hãy chọn menu Tiện ích mở rộng → Plan Tracker → "Sửa cấu trúc bảng" để đưa về dòng 1; khi sắp xếp, hãy chọn "Dữ liệu có dòng tiêu đề".',
    en: 'The header row was sorted into the data (now row {row}) — choose Extensions → Plan Tracker → "Repair sheet structure" to put it back on row 1; when sorting, tick "Data has header row".',
  },
  healthColumnDeleted: {
    vi: 'Cột \'{column}\' đã bị xoá — hãy chọn menu Tiện ích mở rộng → Plan Tracker → "Sửa cấu trúc bảng" để thêm lại cột từ kế hoạch đã lưu (tiến độ đã nhập được giữ nguyên), hoặc Hoàn tác (Ctrl+Z).',
    en: 'Column \'{column}\' was deleted — choose Extensions → Plan Tracker → "Repair sheet structure" to add it back from the stored plan (progress entered is kept), or Undo (Ctrl+Z).',
  },
  healthBadDate: {
    vi: 'Cột \'{column}\' có chữ thay vì ngày ở dòng {rows} (ví dụ "{sample}") — hãy nhập ngày dạng dd/MM/yyyy.',
    en: 'Column \'{column}\' holds text instead of a date on rows {rows} (e.g. "{sample}") — enter dates as dd/MM/yyyy.',
  },
  healthBadPercent: {
    vi: 'Cột \'{column}\' có giá trị không phải số từ 0 đến 100 ở dòng {rows} (ví dụ "{sample}") — hãy sửa các ô này.',
    en: 'Column \'{column}\' holds something other than a number from 0 to 100 on rows {rows} (e.g. "{sample}") — correct these cells.',
  },
  healthBadState: {
    vi: 'Cột \'{column}\' có tình trạng không có trong danh sách ở dòng {rows} (ví dụ "{sample}") — hãy chọn lại từ danh sách.',
    en: 'Column \'{column}\' holds a state that is not in the list on rows {rows} (e.g. "{sample}") — pick it again from the list.',
  },
  menuRepairSheet: { vi: 'Sửa cấu trúc bảng', en: 'Repair sheet structure' },
  repairNotTaskSheet: { vi: 'Chưa có bảng theo dõi nào để sửa.', en: 'There is no tracking sheet to repair.' },
  repairDone: { vi: 'Đã sửa cấu trúc bảng "{sheet}": {done}.', en: 'The structure of "{sheet}" was repaired: {done}.' },
  repairNothing: { vi: 'Cấu trúc bảng "{sheet}" không cần sửa.', en: 'The structure of "{sheet}" needs no repair.' },
  repairHeader: { vi: 'đưa dòng tiêu đề về dòng 1', en: 'header row put back on row 1' },
  repairColumn: { vi: "thêm lại cột '{column}'", en: "column '{column}' added back" },
  repairRowIds: { vi: 'đánh mã dòng cho {count} dòng', en: 'row ids given to {count} rows' },
  repairRemaining: { vi: 'Còn cần sửa bằng tay: {problems}', en: 'Still to correct by hand: {problems}' },
} satisfies Record<string, Message>;
