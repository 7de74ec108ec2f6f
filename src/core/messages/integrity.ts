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
  rptLeftoverDoc: {
    vi: 'tài liệu trống "{name}" trong Google Drive của bạn ({url}) — tiện ích không có quyền xoá tệp, bạn có thể xoá nó',
    en: 'an empty document "{name}" in your Google Drive ({url}) — the add-on may not delete files; you can delete it',
  },
  rptFailedDocName: { vi: '[Lỗi – có thể xoá] {name}', en: '[Failed – can be deleted] {name}' },

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
  rowProblemDuplicateRowId: { vi: 'dòng {rows} là bản sao của nhiệm vụ {code}', en: 'rows {rows} are copies of task {code}' },
  rowProblemMissingRowId: { vi: 'dòng {rows} được thêm bằng tay (không do tiện ích tạo)', en: 'rows {rows} were added by hand (not made by the add-on)' },
  reimportAmbiguousRows: {
    vi: 'Không cập nhật kế hoạch vào bảng "{sheet}" vì không đối chiếu được các dòng: {problems}. Chưa ghi gì. Hãy sửa các dòng này rồi nhập lại.',
    en: 'The plan was not re-imported into "{sheet}": its rows cannot be matched ({problems}). Nothing was written. Fix these rows, then import again.',
  },
} satisfies Record<string, Message>;
