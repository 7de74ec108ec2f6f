// Messages of the plan-results report (src/core/report): header, subject, sections, appendix.
// Wording follows real Vietnamese plan-results reports (../shared/reference/report-checklist.md).
import type { Message } from './index';

export const report = {
  // Header block and title.
  reportNumberLine: { vi: 'Số: {number}/BC-{code}', en: 'No.: {number}/BC-{code}' },
  reportCountry: { vi: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', en: 'SOCIALIST REPUBLIC OF VIET NAM' },
  reportMotto: { vi: 'Độc lập - Tự do - Hạnh phúc', en: 'Independence - Freedom - Happiness' },
  reportPlaceDate: { vi: '{place}, {date}', en: '{place}, {date}' },
  reportTitle: { vi: 'BÁO CÁO', en: 'REPORT' },
  reportPlanCitation: {
    vi: 'Kế hoạch số {number} ngày {date} của {issuer} về {title}',
    en: 'Plan No. {number} dated {date} of {issuer} on {title}',
  },
  reportBlankDate: { vi: '…', en: '…' },
  reportSubject: { vi: 'Kết quả thực hiện {plan} {period}', en: 'Results of implementing {plan}, {period}' },
  reportDocumentName: { vi: 'Báo cáo {subject}', en: 'Report: {subject}' },
  reportOpening: {
    vi: 'Thực hiện {plan}, {agency} báo cáo kết quả thực hiện Kế hoạch {period} như sau:',
    en: 'Pursuant to {plan}, {agency} reports on the results of implementing the plan in {period} as follows:',
  },

  // Periods.
  reportPeriodFirstHalf: { vi: '6 tháng đầu năm {year}', en: 'the first six months of {year}' },
  reportPeriodSecondHalf: { vi: '6 tháng cuối năm {year}', en: 'the last six months of {year}' },
  reportPeriodYear: { vi: 'năm {year}', en: 'the year {year}' },
  reportPeriodQuarter: { vi: 'quý {quarter} năm {year}', en: 'quarter {quarter} of {year}' },
  reportPeriodRange: { vi: 'từ ngày {from} đến ngày {to}', en: 'from {from} to {to}' },
  reportPeriodComing: { vi: 'thời gian tới', en: 'the coming period' },

  // I. Results.
  reportSectionResults: { vi: 'Kết quả thực hiện', en: 'Results' },
  reportDirection: { vi: 'Công tác lãnh đạo, chỉ đạo, triển khai thực hiện', en: 'Leadership, direction and roll-out' },
  reportDirectionPlaceholder: {
    vi: '[Nêu các văn bản lãnh đạo, chỉ đạo, triển khai đã ban hành: số, ký hiệu, ngày và trích yếu của từng văn bản.]',
    en: '[List the documents issued to lead and roll out the plan: number, date and subject of each.]',
  },
  reportOverall: { vi: 'Kết quả chung', en: 'Overall figures' },
  reportOverallLead: {
    vi: 'Tính đến ngày {date}, Kế hoạch có {total} nhiệm vụ, trong đó:',
    en: 'As of {date}, the plan has {total} tasks, of which:',
  },
  reportCategoryLine: { vi: '{label}: {figure}', en: '{label}: {figure}' },
  reportTaskRatio: { vi: '{count}/{total} nhiệm vụ', en: '{count}/{total} tasks' },
  reportCountNone: { vi: 'không có', en: 'none' },
  reportCompletionRate: {
    vi: 'Tỷ lệ hoàn thành: {done}/{total} nhiệm vụ ({rate})',
    en: 'Completion rate: {done}/{total} tasks ({rate})',
  },
  reportOnTimeRate: {
    vi: 'tỷ lệ hoàn thành đúng hạn: {onTime}/{done} nhiệm vụ đã hoàn thành ({rate})',
    en: 'on-time rate: {onTime}/{done} completed tasks ({rate})',
  },
  reportSeeAppendix: { vi: '(Chi tiết tại Phụ lục kèm theo)', en: '(Details in the attached appendix)' },
  reportTaskResults: { vi: 'Kết quả thực hiện các nhiệm vụ', en: 'Results by task' },
  reportNoResult: { vi: 'Chưa có báo cáo kết quả.', en: 'No result reported yet.' },
  reportStatusEvaluation: { vi: 'Đánh giá: {evaluation}', en: 'Evaluation: {evaluation}' },
  reportStatusUnit: { vi: 'đơn vị chủ trì: {unit}', en: 'lead unit: {unit}' },
  reportStatusDue: { vi: 'thời hạn: {due}', en: 'deadline: {due}' },
  reportStatusCompleted: { vi: 'hoàn thành ngày {date}', en: 'completed on {date}' },
  reportStatusPercent: { vi: 'đạt {percent}%', en: '{percent}% done' },
  reportStatusPaused: { vi: 'đang tạm dừng', en: 'paused' },
  reportStatusEvidence: { vi: 'văn bản, minh chứng: {evidence}', en: 'documents, evidence: {evidence}' },

  // II. Shortcomings and causes.
  reportSectionShortcomings: { vi: 'Tồn tại, hạn chế và nguyên nhân', en: 'Shortcomings and causes' },
  reportShortcomingsLead: {
    vi: 'Bên cạnh kết quả đạt được, việc thực hiện Kế hoạch vẫn còn một số tồn tại, hạn chế như sau:',
    en: 'Alongside the results achieved, the implementation of the plan still has the following shortcomings:',
  },
  reportOverdueCount: { vi: '{count} nhiệm vụ quá hạn', en: '{count} overdue' },
  reportUnfinishedCount: { vi: '{count} nhiệm vụ chưa hoàn thành', en: '{count} unfinished' },
  reportOverdueDays: { vi: 'quá hạn {days} ngày', en: '{days} days overdue' },
  reportCauseSubjective: { vi: 'Nguyên nhân chủ quan: ', en: 'Internal causes: ' },
  reportCauseObjective: { vi: 'Nguyên nhân khách quan: ', en: 'External causes: ' },
  reportCausePlaceholder: { vi: '[đơn vị soạn thảo bổ sung]', en: '[to be filled in by the drafting unit]' },
  reportNone: { vi: 'Không có.', en: 'None.' },

  // III. Next period; IV. proposals; closing.
  reportSectionNext: { vi: 'Nhiệm vụ trọng tâm {period}', en: 'Key tasks for {period}' },
  reportNextIntro: {
    vi: 'Trong {period}, {agency} tập trung thực hiện các nhiệm vụ sau:',
    en: 'In {period}, {agency} will focus on the following tasks:',
  },
  reportContinue: { vi: 'Tiếp tục', en: 'Continue' },
  reportSectionProposals: { vi: 'Đề xuất, kiến nghị', en: 'Proposals' },
  reportProposalsPlaceholder: { vi: 'Không có đề xuất, kiến nghị.', en: 'No proposals.' },
  reportClosing: {
    vi: 'Trên đây là báo cáo {subject} của {agency}./.',
    en: 'The above is the report on {subject} by {agency}./.',
  },

  reportClosingPlan: {
    vi: 'Trên đây là báo cáo kết quả thực hiện Kế hoạch số {number} {period} của {agency}./.',
    en: 'The above is the report on the results of Plan No. {number}, {period}, by {agency}./.',
  },

  // Results written from the data (src/core/report/prose.ts).
  reportSummary: {
    vi: 'Tính đến ngày {date}, Kế hoạch có {total} nhiệm vụ: {parts}.',
    en: 'As of {date}, the plan has {total} tasks: {parts}.',
  },
  reportSumDone: { vi: 'đã hoàn thành {done}/{total} nhiệm vụ (đạt {rate})', en: '{done}/{total} done ({rate})' },
  reportSumDoneLate: { vi: ', trong đó {late} nhiệm vụ hoàn thành chậm so với thời hạn', en: ', {late} of them late' },
  reportSumInProgress: { vi: 'đang triển khai {count}/{total}', en: '{count}/{total} in progress' },
  reportSumOverdue: { vi: 'quá hạn chưa hoàn thành {count}/{total}', en: '{count}/{total} overdue' },
  reportSumNotStarted: { vi: 'chưa triển khai {count}/{total}', en: '{count}/{total} not started' },
  reportSumDuties: {
    vi: 'Về chế độ báo cáo, đã thực hiện {done}/{total} báo cáo định kỳ theo Kế hoạch{overdue}.',
    en: 'Of the periodic reports the plan asks for, {done}/{total} were sent{overdue}.',
  },
  reportSumDutiesOverdue: { vi: '; {count} báo cáo chưa thực hiện đúng thời hạn', en: '; {count} not sent on time' },
  reportActorDid: { vi: '{actor} đã {result}', en: '{actor}: {result}' },
  reportActorSaid: { vi: '{actor} {result}', en: '{actor}: {result}' },
  reportActorIssued: { vi: '{actor} đã ban hành {result}', en: '{actor} issued {result}' },
  reportActorAchieved: { vi: '{actor} đã thực hiện được {result}', en: '{actor} achieved {result}' },
  /** Results already starting with these words keep them ("Đã tổ chức …" → "<unit> đã tổ chức …"). */
  reportResultTenseWords: { vi: 'đã|đang|tiếp tục|chưa', en: 'has|have|is|was' },
  /** Results starting with a document's name were issued ("Công văn số …" → "<unit> đã ban hành Công văn số …"). */
  reportResultDocumentWords: {
    vi: 'Công văn|Kế hoạch|Quyết định|Báo cáo|Thông báo|Văn bản|Hướng dẫn|Chỉ thị|Tờ trình|Chương trình',
    en: 'Letter|Plan|Decision|Report|Notice|Document|Guidance|Directive|Programme',
  },
  reportTaskSubject: { vi: 'Nhiệm vụ', en: 'The task' },
  reportTaskObject: { vi: ' nhiệm vụ', en: ' the task' },
  reportJudgeDoneOnTime: {
    vi: '{subject} đã hoàn thành{object}{date}, đúng thời hạn',
    en: '{subject} completed{object}{date}, on time',
  },
  reportJudgeDone: { vi: '{subject} đã hoàn thành{object}{date}', en: '{subject} completed{object}{date}' },
  reportJudgeDoneLate: {
    vi: '{subject} đã hoàn thành{object}{date}, chậm so với thời hạn {due}',
    en: '{subject} completed{object}{date}, later than the deadline of {due}',
  },
  reportJudgeOverdueStarted: {
    vi: '{subject} đang triển khai{percent}, chưa hoàn thành, đã quá thời hạn {due}',
    en: '{subject} is under way{percent} but not finished, past the deadline of {due}',
  },
  reportJudgeOverdue: {
    vi: '{subject} chưa triển khai thực hiện, đã quá thời hạn {due}',
    en: '{subject} has not started, past the deadline of {due}',
  },
  reportJudgeInProgress: {
    vi: '{subject} đang triển khai thực hiện{percent}{due}',
    en: '{subject} is under way{percent}{due}',
  },
  reportJudgePaused: { vi: '{subject} đang tạm dừng thực hiện{due}', en: '{subject} is paused{due}' },
  reportJudgeNotStarted: { vi: '{subject} chưa triển khai thực hiện{due}', en: '{subject} has not started{due}' },
  reportOnDate: { vi: ' ngày {date}', en: ' on {date}' },
  reportPercentNote: { vi: ' (đạt {percent}%)', en: ' ({percent}% done)' },
  reportDueNote: { vi: '; thời hạn hoàn thành {due}', en: '; deadline {due}' },
  reportEvidenceNote: { vi: 'Văn bản, minh chứng: {evidence}.', en: 'Documents, evidence: {evidence}.' },
  reportAddResult: { vi: '[Bổ sung văn bản, kết quả cụ thể]', en: '[Add the documents and concrete results]' },
  reportShortUnit: { vi: '{unit}: {counts}:', en: '{unit}: {counts}:' },
  reportNoUnitGroup: { vi: 'Các nhiệm vụ chưa được giao đơn vị chủ trì', en: 'Tasks with no lead unit assigned' },
  reportShortOverdue: { vi: '{count} nhiệm vụ quá hạn chưa hoàn thành', en: '{count} overdue and not finished' },
  reportShortLate: { vi: '{count} nhiệm vụ hoàn thành chậm so với thời hạn', en: '{count} finished late' },
  reportShortDutyOverdue: {
    vi: '{count} báo cáo chưa thực hiện đúng thời hạn',
    en: '{count} reports not sent on time',
  },
  reportShortOverdueItem: {
    vi: '{task} (thời hạn {due}, quá hạn {days} ngày)',
    en: '{task} (deadline {due}, {days} days overdue)',
  },
  reportShortLateItem: {
    vi: '{task} (thời hạn {due}, hoàn thành ngày {done})',
    en: '{task} (deadline {due}, finished on {done})',
  },
  reportCausesLines: {
    vi: 'Nguyên nhân chủ quan: [đơn vị soạn thảo bổ sung]\nNguyên nhân khách quan: [đơn vị soạn thảo bổ sung]',
    en: 'Internal causes: [to be filled in by the drafting unit]\nExternal causes: [to be filled in by the drafting unit]',
  },
  /** Plan wording that already asks to go on ("Tiếp tục …"): kept for work in progress, dropped for new work. */
  reportContinueWords: { vi: 'Tiếp tục', en: 'Continue' },
  reportNextDetails: { vi: '{unit}; hoàn thành trước ngày {due}', en: '{unit}; to finish by {due}' },
  reportNextDue: { vi: 'hoàn thành trước ngày {due}', en: 'to finish by {due}' },
  reportNextUrgent: { vi: 'khẩn trương hoàn thành', en: 'to finish urgently' },
  reportNextUrgentUnit: { vi: '{unit}; khẩn trương hoàn thành', en: '{unit}; to finish urgently' },

  // Period checks.
  reportWarnCutoffBefore: {
    vi: 'Ngày số liệu ({cutoff}) trước khi kỳ báo cáo {period} bắt đầu ({from}).',
    en: 'The figures date ({cutoff}) is before the period {period} starts ({from}).',
  },
  reportWarnCutoffAfter: {
    vi: 'Ngày số liệu ({cutoff}) sau khi kỳ báo cáo {period} kết thúc ({to}).',
    en: 'The figures date ({cutoff}) is after the period {period} ends ({to}).',
  },
  reportWarnDateBeforeCutoff: {
    vi: 'Ngày báo cáo ({date}) trước ngày số liệu ({cutoff}).',
    en: 'The report date ({date}) is before the figures date ({cutoff}).',
  },

  // Signature row.
  reportRecipientsLabel: { vi: 'Nơi nhận:', en: 'Recipients:' },
  reportArchivePrefix: { vi: 'Lưu:', en: 'Archive:' },
  reportArchive: { vi: 'Lưu: VT, {unit}', en: 'Archive: Records, {unit}' },

  // Appendix.
  reportAppendixLabel: { vi: 'PHỤ LỤC', en: 'APPENDIX' },
  reportAppendixTitle: {
    vi: 'Kết quả thực hiện các nhiệm vụ của Kế hoạch {period}',
    en: 'Results of the tasks of the plan, {period}',
  },
  reportAppendixNote: {
    vi: '(Kèm theo Báo cáo số {number}/BC-{code} ngày {date} của {agency})',
    en: '(Attached to Report No. {number}/BC-{code} dated {date} of {agency})',
  },
  reportAppendixTasks: { vi: 'Kết quả thực hiện từng nhiệm vụ', en: 'Results by task' },
  reportAppendixStats: { vi: 'Thống kê theo đơn vị', en: 'Figures by unit' },
  reportAppendixChart: { vi: 'Biểu đồ tình hình thực hiện theo đơn vị', en: 'Chart of progress by unit' },
  reportColNo: { vi: 'STT', en: 'No.' },
  reportColResultNote: { vi: 'Kết quả, ghi chú', en: 'Result, notes' },
  reportTotalRow: { vi: 'Tổng cộng', en: 'Total' },
} satisfies Record<string, Message>;
