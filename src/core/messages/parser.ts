// Messages of the plan parser: errors for input that is not a plan, and parse warnings.
import type { Message } from './index';

export const parser = {
  parserFileUnreadable: {
    vi: 'Không mở được tệp {file}: tệp không tồn tại hoặc không có quyền đọc.',
    en: 'Cannot open the file {file}: it does not exist or cannot be read.',
  },
  parserUsage: {
    vi: 'Cách dùng: npm run --silent parse -- <tệp kế hoạch .txt> [--en]',
    en: 'Usage: npm run --silent parse -- <plan file .txt> [--en]',
  },
  parserEmpty: {
    vi: 'Không có nội dung để đọc: hãy dán toàn văn kế hoạch hoặc chọn một tệp văn bản.',
    en: 'There is nothing to read: paste the full text of the plan or choose a text file.',
  },
  parserBinary: {
    vi: 'Không đọc được nội dung: đây có vẻ là tệp nhị phân (Word, PDF, ảnh…), không phải văn bản. Hãy dán văn bản của kế hoạch.',
    en: 'This cannot be read: it looks like a binary file (Word, PDF, image…), not text. Paste the text of the plan.',
  },
  parserNoTasks: {
    vi: 'Không tìm thấy nhiệm vụ nào: văn bản này không có các mục nhiệm vụ đánh số, gạch đầu dòng hay bảng phân công của một kế hoạch ({detail}).',
    en: 'No tasks found: this text has no numbered items, bullets or task table of a plan ({detail}).',
  },
  parserNoTasksDetail: {
    vi: 'đã đọc {paragraphs} đoạn, {tables} bảng',
    en: 'read {paragraphs} paragraphs, {tables} tables',
  },
  parserFailed: {
    vi: 'Không đọc được kế hoạch do lỗi ngoài dự kiến: {detail}.',
    en: 'The plan could not be read because of an unexpected error: {detail}.',
  },
  parserWarnInvalidDate: {
    vi: 'Nhiệm vụ {ref}: ngày "{text}" không tồn tại, chưa đặt hạn hoàn thành.',
    en: 'Task {ref}: the date "{text}" does not exist; no due date was set.',
  },
  parserWarnNoHeading: {
    vi: 'Không thấy dòng "KẾ HOẠCH": tiêu đề và phần đầu văn bản có thể chưa đúng.',
    en: 'No "KẾ HOẠCH" heading was found: the title and header may be incomplete.',
  },
  parserWarnNoSigner: {
    vi: 'Không thấy phần "Nơi nhận" hoặc người ký.',
    en: 'No "Nơi nhận" list or signer was found.',
  },
} satisfies Record<string, Message>;
