// Messages of the input guard: refused payloads, platform limits, state/percent/date rules,
// entry points that only a trigger or the menu may run, and the runtime smoke check.
export const guard = {
  valMissing: {
    vi: 'Thiếu dữ liệu gửi lên ("{field}"). Không có gì bị thay đổi.',
    en: 'Nothing was sent for "{field}". Nothing was changed.',
  },
  valBadInput: {
    vi: 'Dữ liệu gửi lên không hợp lệ ở mục "{field}". Không có gì bị thay đổi.',
    en: 'The data sent is not valid at "{field}". Nothing was changed.',
  },
  valTooLong: {
    vi: 'Mục "{field}" dài quá {max} ký tự (giới hạn của một ô Google Sheets là 50.000 ký tự). Không có gì bị thay đổi.',
    en: '"{field}" is longer than {max} characters (a Google Sheets cell holds at most 50,000). Nothing was changed.',
  },
  valPercent: {
    vi: 'Tiến độ phải là số nguyên từ 0 đến 100.',
    en: 'Progress must be a whole number from 0 to 100.',
  },
  valDate: {
    vi: 'Ngày ở mục "{field}" không hợp lệ: cần một ngày có thật trong các năm 2000–2100.',
    en: 'The date in "{field}" is not valid: it must be a real date in the years 2000–2100.',
  },
  valNotStartedPercent: {
    vi: 'Tình trạng "Chưa thực hiện" không đi cùng tiến độ {percent}%. Hãy chọn "Đang thực hiện" hoặc để tiến độ 0%.',
    en: '"Not started" cannot have {percent}% progress. Choose "In progress", or set progress to 0%.',
  },
  valDoneBelow100: {
    vi: 'Tình trạng "Hoàn thành" cần tiến độ 100% (đang nhập {percent}%). Hãy sửa tiến độ hoặc chọn "Đang thực hiện".',
    en: '"Done" needs 100% progress ({percent}% was entered). Correct the progress or choose "In progress".',
  },
  valCompletedNeedsDone: {
    vi: 'Ngày hoàn thành chỉ ghi khi tình trạng là "Hoàn thành".',
    en: 'A completion date is only given when the state is "Done".',
  },
  valPropertyTooBig: {
    vi: 'Thiết lập quá lớn để lưu ({size} KB; Google cho tối đa 9 KB mỗi mục). Hãy rút gọn nội dung. Không có gì bị thay đổi.',
    en: 'The settings are too large to keep ({size} KB; Google allows 9 KB per entry). Please shorten them. Nothing was changed.',
  },
  valStoreFull: {
    vi: 'Bộ nhớ thiết lập của bảng tính đã gần đầy (giới hạn 500 KB của Google). Không có gì bị thay đổi.',
    en: "The spreadsheet's settings store is nearly full (Google allows 500 KB). Nothing was changed.",
  },
  valUnknownPlan: {
    vi: 'Không tìm thấy kế hoạch "{planKey}" trong bảng tính này.',
    en: 'There is no plan "{planKey}" in this spreadsheet.',
  },
  valTriggerOnly: {
    vi: 'Chức năng này chỉ chạy từ menu tiện ích hoặc lịch kiểm tra hằng ngày.',
    en: 'This runs only from the add-on menu or the daily check schedule.',
  },
  smokeTitle: {
    vi: 'Kiểm tra môi trường chạy của Google',
    en: 'Google runtime check',
  },
  smokeAllPassed: {
    vi: 'Tất cả {count} phép kiểm tra đều đạt.',
    en: 'All {count} checks passed.',
  },
  smokeSomeFailed: {
    vi: '{failed} trong {count} phép kiểm tra không đạt (phần bù trong mã sẽ được dùng): {names}.',
    en: '{failed} of {count} checks failed (the code falls back where it can): {names}.',
  },
} as const;
