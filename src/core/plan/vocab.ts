// Vietnamese vocabulary of plans: section words, unit heads, verbs and deadline cues, as regexes.

/** Words that open the name of an agency, office or group of units. */
const UNIT_HEADS =
  'Sở|Ban|Phòng|Văn phòng|UBND|Ủy ban|Uỷ ban|Công an|Bộ Chỉ huy|Bộ đội|Bộ|Thanh tra|Thuế|Chi cục|Cục|Tổng cục|' +
  'Trung tâm|Trạm|Đài|Báo|Hội đồng|Hội|Liên đoàn|Liên minh|Tỉnh đoàn|Đoàn|Viện|Tòa án|Toà án|Viện Kiểm sát|Trường|Kho bạc|' +
  'Ngân hàng|Bảo hiểm|Hiệp hội|Giám đốc|Thủ trưởng|Chủ tịch|Mặt trận|Cơ quan|Đơn vị|Chi nhánh|Công ty|Tổng công ty|Phân hiệu|' +
  'Đảng ủy|Đảng uỷ|Huyện|Thành phố|Thị xã|Xã|Phường|Lãnh đạo|Tổ|Tổ chức đoàn thể|Bộ phận|Điện lực|Hạt|Ban Quản lý|' +
  'Trưởng|Phó|Các|Cán bộ|Công chức|Vụ|Tạp chí|Viễn thông|Bưu điện|Tổng đội|Ban Giám hiệu|Tổ chuyên môn|Tổng phụ trách|Hiệu trưởng|Giáo viên|Nhân viên|Công đoàn|Chi bộ';

/** Continuations that turn a unit head into an ordinary word ("Phòng chống", "Hội nghị"). */
const NOT_UNIT_AFTER_HEAD =
  /^(?:Phòng (?:chống|ngừa|cháy|tránh)|Hội (?:nghị|thảo|thi|diễn)|Trường hợp|Bộ (?:máy|tiêu chí|chỉ số)|Ban hành|Đoàn kết|Xã hội|Báo cáo|Tổ chức(?! đoàn thể)|Cơ quan (?:hành chính nhà nước các cấp)|Các (?:nhiệm vụ|nội dung|chỉ tiêu|giải pháp|hoạt động|mô hình|chương trình|dự án|văn bản|quy định|hình thức|trường hợp|vấn đề|khó khăn))/i;

const UNIT_START = new RegExp(`^(?:${UNIT_HEADS})(?=[\\s,.;:]|$)`, 'i');

/** Tells whether a phrase looks like the name of a unit (or a group of units). */
export function looksLikeUnit(phrase: string): boolean {
  const p = phrase.trim();
  if (!p || p.length > 160 || NOT_UNIT_AFTER_HEAD.test(p)) return false;
  if (/[.!?]\s+\S/.test(p)) return false;
  return UNIT_START.test(p) && p.split(/\s+/).length <= 24;
}

/** Verbs that end a subject at the start of a task ("Các Sở, ngành chủ động …"). */
export const SUBJECT_VERB =
  /(?<!Viện|Trung tâm)\s+(?:có trách nhiệm|là cơ quan|là đầu mối|định kỳ|nghiên cứu|chủ động|nêu cao|có trách nhiệm|chịu trách nhiệm|thực hiện|tổ chức|triển khai|tăng cường|phối hợp|tham mưu|xây dựng|rà soát|báo cáo|tổng hợp|khẩn trương|chỉ đạo|quán triệt|căn cứ|chủ trì|đôn đốc|kiểm tra|hướng dẫn|tiếp tục|nghiêm túc|đẩy mạnh|quan tâm|theo dõi|bố trí|cử|gửi|dự giờ|tham gia|tham dự|biên soạn|lập|chuẩn bị|cập nhật|phát động|sơ kết|tổng kết|ban hành)(?=[\s,;:]|$)/i;

/** "Các …" subjects that name units. */
export const PLURAL_UNIT =
  /^Các\s+(?:thôn|ấp|bản|khu phố|tổ dân phố|Sở|sở|tổ|Tổ|cấp|ngành|cơ quan|đơn vị|phòng|thành viên|địa phương|xã|huyện|ban|Ban|tổ chức|hội|Hội|đoàn thể|Phòng|trường|Trường|doanh nghiệp|UBND|Ủy ban)/;

/** Verbs after "phối hợp với X" that end the list of partners. */
export const PARTNER_END =
  /(?<![,;])(?<!\svà)(?<!\scác)(?<!\scơ sở)\s+(?:thiết lập|ứng dụng|tập trung|nâng cấp|cập nhật|số hóa|trong|để|nhằm|tổ chức|triển khai|thực hiện|rà soát|tham mưu|thẩm định|tuyên truyền|kiểm tra|tăng cường|xây dựng|hướng dẫn|theo dõi|giải quyết|xử lý|đôn đốc|đối chiếu|ban hành|mở lớp|tiếp nhận|quản lý|cung cấp|vận động|đánh giá|phổ biến|khảo sát|giám sát|đấu tranh|thống kê|hoàn thiện|nghiên cứu|tập huấn|bồi dưỡng|đào tạo|lập|ngăn chặn|tiếp tục|thực hiện|công bố|chủ động)(?=[\s,;:]|$)/;

/** Section headings whose items are not tasks (objectives, funding, scope). */
export const NON_TASK_SECTION =
  /MỤC ĐÍCH|YÊU CẦU|MỤC TIÊU|KINH PHÍ|QUAN ĐIỂM|CĂN CỨ|SỰ CẦN THIẾT|ĐỐI TƯỢNG|ĐẶC ĐIỂM|TÌNH HÌNH|PHẠM VI|CHỈ TIÊU/i;
/** Section headings that carry tasks, even when they also name objectives. */
export const TASK_SECTION =
  /NHIỆM VỤ|GIẢI PHÁP|NỘI DUNG(?! KIỂM TRA)|TỔ CHỨC THỰC HIỆN|PHÂN CÔNG|TRÁCH NHIỆM|HOẠT ĐỘNG/i;
/** The reporting section ("Chế độ báo cáo", "Thông tin, báo cáo"). */
export const REPORT_SECTION = /^(?:CHẾ ĐỘ|THÔNG TIN)(?![A-Za-z0-9À-ỹĐđ]).*BÁO CÁO|^BÁO CÁO(?![A-Za-z0-9À-ỹĐđ])/i;

/** An item labelled as the reporting regime ("Chế độ báo cáo:", "Chế độ thông tin, báo cáo:"). */
export const REPORT_LABEL = /^(?:Chế độ|Thông tin)\s*(?:thông tin,?\s*)?báo cáo\s*:\s*/i;

/** A paragraph that hands the tasks over to an appendix ("Nhiệm vụ cụ thể … được phân công tại Phụ lục kèm theo"). */
export const APPENDIX_POINTER =
  /^[^.;]{0,160}?(?:phân công|chi tiết|cụ thể)[^.;]{0,80}?(?:tại|theo|ở)\s+(?:các\s+)?Phụ lục(?![A-Za-zÀ-ỹĐđ])[^.;]{0,80}[.;]?$/i;

/** Item labels that describe scope or method, not work (inspection place, subjects, funding). */
export const SCOPE_LABEL =
  /^(?:địa điểm|đối tượng|nội dung kiểm tra|phương thức|phương pháp|hình thức|kinh phí|nguồn kinh phí|thành phần|mục đích|yêu cầu|mục tiêu|các chỉ tiêu|chỉ tiêu|khẩu hiệu|nội dung (?:hội nghị|hội thảo|cuộc họp|buổi|chương trình|tọa đàm)|chương trình (?:hội nghị|làm việc|buổi)|(?:các )?(?:điểm|vị trí|địa bàn) quan trắc|(?:các )?thông số|tần suất|tần xuất|nhu cầu|tiêu chí|tiêu chuẩn|nguyên tắc|danh sách|phạm vi|quy mô|số lượng)(?![A-Za-z0-9À-ỹĐđ])[^:.;!]{0,60}(?::|$)/i;

/** An enumerated line that is a slogan ("Sạch nhà, sạch ngõ!"), not work. */
export const SLOGAN = /!["”’]?$/;

/** Sub-items that give details of the item above (time, place, participants), not work of their own. */
export const DETAIL_LABEL =
  /^(?:thời gian|thời hạn|thời điểm|địa điểm|thành phần|đối tượng|số lượng|kinh phí|nguồn kinh phí|hình thức|phương thức|quy mô|sản phẩm|kết quả|nội dung|đơn vị (?:chủ trì|phối hợp|thực hiện)|cơ quan (?:chủ trì|phối hợp|thực hiện)|chủ trì|phối hợp|người thực hiện|lãnh đạo phụ trách|(?:các )?(?:điểm|vị trí) quan trắc|vị trí|(?:các )?thông số|tần suất|tần xuất|phạm vi|địa bàn)(?![A-Za-z0-9À-ỹĐđ])[^:.;]{0,40}:/i;

/** Sub-headings whose items are not tasks: funding arrangements and accountability ("8. Phương án huy động kinh phí"). */
export const NON_TASK_HEADING =
  /^(?:nguồn |dự toán |phương án (?:huy động|bố trí|đảm bảo) )?kinh phí(?: thực hiện)?(?![A-Za-z0-9À-ỹĐđ])[^.;]{0,60}:?$/i;

/**
 * Accountability, not work: "Trường hợp chậm trễ …, đơn vị chịu trách nhiệm giải trình trước …", "Các cơ quan … có
 * trách nhiệm thực hiện nghiêm túc theo đúng tiến độ, chất lượng".
 */
export const ACCOUNTABILITY =
  /^(?:trường hợp|nếu)[^.;]{0,160}chịu trách nhiệm(?: giải trình)? trước|^[^.;]{0,120}(?:có trách nhiệm|phải) (?:thực hiện|triển khai) nghiêm túc(?:,)? (?:theo )?đúng (?:tiến độ|quy định|nội dung)[^.;]{0,40}[.;]?$/i;

/** Closing boilerplate that is never a task. */
export const BOILERPLATE =
  /^(?:Trên đây là|Trong quá trình (?:triển khai|thực hiện|tổ chức)|Quá trình (?:triển khai|thực hiện)|Đề nghị các)|nếu (?:có )?(?:phát sinh |phát hiện |gặp )?(?:khó khăn|vướng mắc)|(?<![A-Za-z0-9À-ỹĐđ])yêu cầu (?:các|Thủ trưởng).{0,120}(?:nghiêm túc|triển khai) thực hiện/i;

/** An enumerated item that is only closing boilerplate ("4. Trong quá trình thực hiện, nếu có vướng mắc …"). */
export const ITEM_BOILERPLATE =
  /^(?:Kinh phí|Nguồn kinh phí)(?![A-Za-zÀ-ỹĐđ])[^.]{0,80}?(?:được bố trí|được đảm bảo|được cấp|bố trí từ|từ nguồn)|^(?:Trong quá trình (?:triển khai|thực hiện|tổ chức)|Quá trình (?:triển khai|thực hiện))[^.]{0,60}?nếu (?:có )?(?:phát sinh |phát hiện |gặp )?(?:khó khăn|vướng mắc)/i;

/** "Trên đây là …": the end of the plan's body. */
export const BODY_END = /^Trên đây là(?![A-Za-z0-9À-ỹĐđ])/i;
export const RECIPIENTS_START = /^Nơi nhận\s*:?/i;
/** Authority prefixes of a signer block ("TM.", "KT.", "T/M.", "TL.", "TUQ.", "Q."). */
export const AUTHORITY = /^(?:TM|KT|T\/M|TL|TUQ|Q|PP)\.\s*/;
export const APPENDIX = /^(?:PHỤ LỤC|Phụ lục)(?![A-Za-z0-9À-ỹĐđ])/;
/** Appendices that are report templates, not tasks. */
export const TEMPLATE_APPENDIX = /ĐỀ CƯƠNG|MẪU BÁO CÁO|BIỂU MẪU|^Biểu\s*\d|Đề cương/i;

/** Position words of a signer. */
export const POSITION =
  /(?:PHÓ\s+)?(?:CHỦ TỊCH|BỘ TRƯỞNG|THỨ TRƯỞNG|GIÁM ĐỐC|TỔNG GIÁM ĐỐC|TRƯỞNG BAN|TRƯỞNG ĐOÀN|TRƯỞNG PHÒNG|CHÁNH VĂN PHÒNG|VĂN PHÒNG|BÍ THƯ|THỦ TRƯỞNG|CỤC TRƯỞNG|CHI CỤC TRƯỞNG|VIỆN TRƯỞNG|HIỆU TRƯỞNG|CHÁNH THANH TRA|TRƯỞNG [A-ZĐÀ-Ỹ]+(?: [A-ZĐÀ-Ỹ]+)*)$/u;

/** The plan heading word. */
export const PLAN_HEADING = /^KẾ\s*HOẠCH(?![A-Za-z0-9À-ỹĐđ])/;
/** National motto lines in the header. */
export const MOTTO = /CỘNG H(?:OÀ|ÒA|OA) XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*-\s*Tự do\s*-\s*Hạnh [pP]húc/g;

/** Paragraphs of the preamble: the basis of the plan. */
export const BASIS_START =
  /^(?:Căn cứ|Thực hiện|Xét|Theo|Sau khi|Trên cơ sở|Để|Nhằm|Tiếp tục|Triển khai)(?![A-Za-z0-9À-ỹĐđ])/i;
/** "… xây dựng/ban hành Kế hoạch": names the issuer in the basis. */
export const ISSUER_VERB =
  /(?:^|[;,.:]\s*)([^;,.:]{3,120}?)\s+(?:xây dựng|ban hành|lập|triển khai)\s+[Kk]ế hoạch(?![A-Za-z0-9À-ỹĐđ])/;

/** Unit lines that follow a group of tasks ("Đơn vị chủ trì: X; Đơn vị phối hợp: Y"). */
export const GROUP_UNIT_LINE =
  /^(?:(?:Đơn vị|Cơ quan) (?:chủ trì|phối hợp|thực hiện)[^:;.]{0,30}|Lãnh đạo phụ trách)\s*:/i;
/** "Đơn vị chủ trì: X", "Cơ quan thực hiện: X", "Đơn vị chủ trì (tham mưu) thực hiện: X". */
export const LEAD_FIELD =
  /(?:Đơn vị|Cơ quan|Bộ phận) (?:chủ trì|thực hiện)(?:[\s(/]+(?:tham mưu|thực hiện|chủ trì)\)?)*\s*:\s*([^.\n]+)/i;
export const SUPPORT_FIELD = /(?:Đơn vị|Cơ quan) phối hợp(?:\s+thực hiện)?\s*:\s*([^.\n]+)/i;

/** Sentences that set a reporting duty. */
export const REPORT_DUTY =
  /(?:chế độ (?:thông tin,?\s*)?báo cáo|chuẩn bị báo cáo|gửi báo cáo|báo cáo định kỳ|định kỳ[^.;]{0,90}báo cáo|báo cáo[^.;]{0,80}(?:trước ngày|hằng tháng|hàng tháng|hằng quý|hàng quý|hằng năm|hàng năm|định kỳ))/i;

/**
 * A clause that sends a report to someone, wherever it stands in an operative item: "báo cáo kết quả về Sở …",
 * "báo cáo Ủy ban nhân dân tỉnh", "gửi kết quả rà soát về …". Not "đề cương báo cáo" or "báo cáo đánh giá tác động".
 */
export const REPORT_CLAUSE =
  /(?:^|[,;:(]\s*|(?:^|\s)(?:và|để|hoặc|rồi|tổng hợp,?|định kỳ|kịp thời|thường xuyên|trực tiếp|tham mưu(?:\s+\S+){1,6})\s)(?:báo cáo|gửi báo cáo)\s+(?:kết quả|tình hình|tiến độ|về|cho|gửi|lên|với|định kỳ|bằng văn bản|UBND|Ủy ban|Uỷ ban|Bộ|Sở|Thủ tướng|Chính phủ|Chủ tịch|Ban|cấp trên|cơ quan|Giám đốc|Hiệu trưởng|Tỉnh ủy|Huyện ủy|HĐND|Hội đồng|Trưởng|lãnh đạo)|(?:^|\s)gửi (?:kết quả|kế hoạch|danh sách|số liệu)[^.;]{0,120}\s(?:về|cho|đến)\s/i;

/** Words that make a nearby date a deadline ("trước ngày", "xong trong", "từ … ngày"). */
export const DEADLINE_CUE =
  /(?:trước|từ|vào|chậm nhất|xong|hoàn thành|hoàn tất|đến hết|hạn chót|thời hạn|thời gian)(?:\s+(?:thực hiện|hoàn thành))?\s*:?(?:\s+(?:ngày|trong|trước|lúc))?\s*$/i;
/** Words that make a nearby month or quarter a deadline ("trong quý II"). */
export const PERIOD_CUE =
  /(?:trước|xong|hoàn thành|hoàn tất|đến hết|chậm nhất|trong|vào|cuối|thời gian(?: thực hiện| hoàn thành)?\s*:|thời hạn(?: hoàn thành)?\s*:)(?:\s+(?:trong|trước|vào))?\s*$/i;

/** Recurrence words, in the order they are tried. */
export const RECURRENCE_WORDS: Array<[RegExp, 'ongoing' | 'monthly' | 'quarterly' | 'semiannual' | 'annual']> = [
  [/thường xuyên/i, 'ongoing'],
  [/(?:hằng|hàng|mỗi)\s+tháng/i, 'monthly'],
  [/(?:hằng|hàng|mỗi)\s+quý|định kỳ\s+quý/i, 'quarterly'],
  [/(?:0?6|sáu)\s+tháng(?!\s+(?:đầu|cuối))|mỗi học kỳ|nửa năm/i, 'semiannual'],
  [
    /(?:hằng|hàng|mỗi)\s+năm|cuối năm|(?<!tháng\s)(?<![\d/]\s?)0?1\s+năm(?![A-Za-z0-9À-ỹĐđ])(?!\s*\d)|định kỳ\s+năm/i,
    'annual',
  ],
];

export const ROMAN = /^(?=[IVXL])(X{0,3}(?:IX|IV|V?I{0,3})|L)$/;

/**
 * Verbs that open a task: an item is an action someone must do ("Tổ chức …", "Rà soát …"). Lower-case stems,
 * matched at a word boundary at the start of an item or after its unit.
 */
const TASK_VERBS =
  'tổ chức|triển khai|xây dựng|rà soát|tuyên truyền|phổ biến|kiểm tra|hướng dẫn|tham mưu|ban hành|hoàn thiện|' +
  'hoàn thành|thực hiện|đẩy mạnh|tăng cường|nâng cao|chỉ đạo|theo dõi|đôn đốc|tổng hợp|báo cáo|nghiên cứu|' +
  'đề xuất|bố trí|phối hợp|chủ trì|chủ động|tiếp tục|khảo sát|đánh giá|cập nhật|công bố|đào tạo|bồi dưỡng|' +
  'tập huấn|quán triệt|kiện toàn|thành lập|lập|lựa chọn|số hóa|số hoá|phát triển|ứng dụng|đầu tư|nâng cấp|' +
  'vận hành|duy trì|huy động|lồng ghép|sơ kết|tổng kết|giám sát|thanh tra|xử lý|giải quyết|quản lý|cung cấp|' +
  'hỗ trợ|khuyến khích|vận động|biên soạn|chuẩn bị|dự thảo|thẩm định|phê duyệt|sửa đổi|bổ sung|điều tra|' +
  'thống kê|kiểm kê|quan trắc|lấy mẫu|phân tích|đề nghị|yêu cầu|đảm bảo|bảo đảm|cử|gửi|phát động|đăng tải|' +
  'xác định|thu thập|kết nối|tích hợp|chuyển đổi|khẩn trương|nghiêm túc|sắp xếp|củng cố|phân công|tham gia|' +
  'tiếp nhận|đối chiếu|tập trung|chú trọng|quan tâm|ưu tiên|đổi mới|cải cách|cải thiện|khai thác|lưu trữ|' +
  'bảo vệ|phòng ngừa|ngăn chặn|đấu tranh|truyền thông|hoàn chỉnh|tiến hành|phát hiện|lãnh đạo|tiếp thu|' +
  'thông báo|phát hành|tuyển chọn|tuyển dụng|sửa chữa|xác minh|điều chỉnh|thẩm tra|làm việc|tiếp xúc|đăng ký|' +
  'nộp|mời|chỉ định|bàn giao|nghiệm thu|thanh quyết toán|quyết toán|lập dự toán|dự toán|trang bị|mua sắm|' +
  'thiết lập|nhân rộng|giới thiệu|phát sóng|treo|in ấn|hoàn tất|kịp thời|thường xuyên|định kỳ|chịu trách nhiệm|' +
  'có trách nhiệm|là cơ quan|đảm nhận|đảm nhiệm|phụ trách|kiểm soát|ngăn ngừa|phun|diệt|khơi thông|phát quang|' +
  'tiêm|khám|cấp phát|ra quân|thu gom|vệ sinh|xóa|xoá|đo đạc|soạn|viết|dạy|học tập';

/** A task verb at the start of a phrase. */
export const TASK_VERB_START = /* @__PURE__ */ new RegExp(
  `^(?:${TASK_VERBS}|giao|trình|mở|ký|cấp|đăng)(?![A-Za-z0-9À-ỹĐđ])`,
  'i',
);
/** A task verb anywhere, written in lower case (a capitalised one is part of a name: "Phòng Tổ chức"). */
export const TASK_VERB_INSIDE = /* @__PURE__ */ new RegExp(
  `(?<![A-Za-z0-9À-ỹĐđ])(?:${TASK_VERBS})(?![A-Za-z0-9À-ỹĐđ])`,
);

/** Sections whose items name the unit that does them (a missing unit there is a gap, not the plan's choice). */
export const UNIT_SECTION = /TỔ CHỨC THỰC HIỆN|PHÂN CÔNG|TRÁCH NHIỆM/i;

/** Words that open a position ("Phó Chủ tịch UBND huyện …", "Giám đốc Sở …") rather than a unit. */
export const POSITION_HEAD =
  /^(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Trưởng|Bí thư|Hiệu trưởng|Chánh|Thủ trưởng|Tổng Giám đốc|Cục trưởng|Chi cục trưởng|Viện trưởng|Bộ trưởng|Thứ trưởng)(?![A-Za-z0-9À-ỹĐđ])/;

/** "Thời gian thực hiện: năm 2024", "Thời hạn hoàn thành: Quý III/2024": a line that only states when the work is due. */
export const DEADLINE_LINE =
  /^(?:thời gian|thời hạn)(?:\s+(?:thực hiện|hoàn thành|triển khai|quan trắc|dự kiến(?: hoàn thành)?))?\s*:\s*(\S.*)$/i;
