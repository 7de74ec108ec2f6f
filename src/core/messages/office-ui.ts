// Sidebar messages of the office model: tasks a unit supports, the units registry's merge
// offers, and deadline extensions (gia hạn).
export const officeUi = {
  trkLeadTasks: { vi: 'Chủ trì', en: 'Lead' },
  trkSupportTasks: { vi: 'Phối hợp ({count})', en: 'Supporting ({count})' },
  trkSupportHint: { vi: 'Đơn vị chủ trì cập nhật tiến độ các nhiệm vụ này.', en: 'The lead unit reports progress on these tasks.' },
  trkNotMember: {
    vi: 'Email của bạn chưa có trong danh sách thành viên của đơn vị nào. Hãy đề nghị văn phòng bổ sung ở trang "Đơn vị".',
    en: 'Your e-mail is not in any unit\'s members list. Ask the office to add it in the "Units" sheet.',
  },
  unitsMergeTitle: { vi: 'Đơn vị có thể trùng nhau', en: 'Units that may be the same' },
  unitsMergeAccents: { vi: '"{a}" và "{b}" chỉ khác dấu.', en: '"{a}" and "{b}" differ only in accents.' },
  unitsMergeSpelling: { vi: '"{a}" và "{b}" chỉ khác một vài chữ.', en: '"{a}" and "{b}" differ by a letter or two.' },
  unitsMergeInto: { vi: 'Gộp vào "{into}"', en: 'Merge into "{into}"' },
  unitsMerged: { vi: 'Đã gộp "{merged}" vào "{into}" ({tasks} nhiệm vụ được cập nhật).', en: 'Merged "{merged}" into "{into}" ({tasks} tasks updated).' },
} as const;
