// Messages of the office model: plan names, the dashboard's plan chooser and all-plans table,
// the units registry, members and permissions, and deadline extensions (gia hạn).
export const office = {
  // Plan names.
  planLabelNumbered: { vi: '{title} — Số {number}', en: '{title} — No. {number}' },
  planLabelNumberOnly: { vi: 'Kế hoạch số {number}', en: 'Plan No. {number}' },
  planLabelUntitled: { vi: 'Kế hoạch chưa có tên (trang "{sheet}")', en: 'Untitled plan (sheet "{sheet}")' },
  logPlan: { vi: 'Kế hoạch', en: 'Plan' },
  historyPlanId: { vi: 'Mã kế hoạch', en: 'Plan id' },
  importNoMatchingPlan: {
    vi: 'Không tìm thấy kế hoạch cùng số, cơ quan ban hành và ngày ban hành — hãy chọn bảng theo dõi cần cập nhật, hoặc tạo trang mới.',
    en: 'No plan with the same number, issuer and date was found — pick the sheet to update, or create a new sheet.',
  },

  // Dashboard: plan chooser and all-plans table.
  dashChoosePlan: { vi: 'Chọn kế hoạch:', en: 'Plan shown:' },
  dashChooseHelp: {
    vi: 'Chọn kế hoạch để xem; bảng và biểu đồ sẽ cập nhật theo kế hoạch đã chọn.',
    en: 'Pick the plan to show; the tables and charts follow the plan picked.',
  },
  dashAllPlans: { vi: 'Tất cả kế hoạch', en: 'All plans' },
  dashPlanTasks: { vi: 'Số nhiệm vụ', en: 'Tasks' },
} as const;
