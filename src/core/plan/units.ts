// Units: who leads and who supports a task, from unit headings, "Giao X chủ trì", "Đơn vị thực hiện: X" or a subject.
import {
  LEAD_FIELD,
  PARTNER_END,
  PLURAL_UNIT,
  POSITION_HEAD,
  SUBJECT_VERB,
  SUPPORT_FIELD,
  TASK_VERB_INSIDE,
  looksLikeUnit,
} from './vocab';

/** Lead and supporting units named at one place. */
export interface Units {
  lead: string | null;
  support: string[];
}

function tidy(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:cho|là)\s+/i, '')
    .replace(/[\s,;:.]+$/, '');
}

/** Words that start the proper name of a unit inside a list ("…, Sở Tài chính, …"). */
const NAME_HEAD =
  /^(?:Sở|Hiệp hội|Liên minh|Phòng|Văn phòng|Ban|Công an|Thuế|Thanh tra|Ủy ban|Uỷ ban|UBND|HĐND|Bộ|Vụ|Cục|Chi cục|Tổng cục|Trung tâm|Đài|Báo|Tạp chí|Hội|Liên đoàn|Tỉnh đoàn|Huyện đoàn|Đoàn|Viện|Tòa án|Toà án|Kho bạc|Ngân hàng|Bảo hiểm|Mặt trận|Trường|Phân hiệu|Viễn thông|Bưu điện|Điện lực|Công ty|Tổng công ty|Bộ Chỉ huy|Ban Chỉ huy|cơ quan Thuế|Công đoàn|Chi bộ|Đảng ủy|Đảng uỷ|Tổ(?! chức))(?![A-Za-zÀ-ỹĐđ])/;
/** A generic group of units ("các sở, ban, ngành", "cơ quan, đơn vị có liên quan"). */
const GENERIC = /^(?:các|những|cơ quan|đơn vị|tổ chức|địa phương|chính quyền)(?![A-Za-zÀ-ỹĐđ])/i;

/**
 * Splits a list of partners: proper names at commas and semicolons; generic phrases stay whole.
 * A piece starts a new unit when it opens a proper name ("Sở …", "Cục …") or a new generic group
 * ("các …"); any other piece ("ban", "ngành", "Thông tin và Thể thao") continues the unit before it.
 */
export function splitUnits(list: string, splitAnd = false): string[] {
  const text = splitAnd ? tidy(list).replace(AND_UNIT, '; ') : tidy(list);
  if (!text) return [];
  const out: string[] = [];
  for (const part of text.split(/\s*;\s*/)) {
    let current = '';
    for (const piece of part.split(/\s*,\s*/)) {
      const generic = GENERIC.test(current);
      const opensName = NAME_HEAD.test(piece);
      // "các …" opens a new group; so does any generic phrase after a proper name ("Sở A, cơ quan chuyên môn …").
      const opensGroup = /^(?:các|những)(?![A-Za-zÀ-ỹĐđ])/i.test(piece) || (!generic && GENERIC.test(piece));
      // Inside "các Sở, Ban, ngành" a capitalised head word is still part of the group, and so is a plural unit
      // ("các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh"), unless a level word closed the group ("… ngành tỉnh").
      const plural =
        /(?:^|\s)(?:các|cấp)\s/i.test(piece) && !/\s(?:tỉnh|huyện|thành phố|Thành phố|trung ương)$/.test(current);
      const groupWord = generic && (piece.split(/\s+/).length <= 2 || plural);
      if (current && !groupWord && (opensName || opensGroup)) {
        out.push(current);
        current = piece;
      } else current = current ? `${current}, ${piece}` : piece;
    }
    if (current) out.push(current);
  }
  return out.map(tidy).filter(Boolean);
}

/** " và " before a second unit in running text ("Sở A và các cơ quan liên quan"); not inside "HĐND và UBND". */
const AND_UNIT =
  /\s+và\s+(?=(?:các|những|chính quyền|Ủy ban|Uỷ ban|Sở|Bộ|Vụ|Cục|Chi cục|Trung tâm|Phòng|Công an|Ban|Viện|Hội|Liên đoàn|Mặt trận|Đài|Báo|Kho bạc|Ngân hàng|Trường)\s+\S)/g;

/**
 * A unit named as a subject or in a field, without the words after it: its role ("Cục X có trách nhiệm",
 * "Sở Y - Cơ quan thường trực Ban Chỉ đạo", "Sở Z (cơ quan chủ trì)"), the work that follows ("Sở A tiến hành rà soát …")
 * or a trailing qualifier ("… xã dự kiến").
 */
export function cleanLead(unit: string): string {
  let u = unit
    .replace(
      /\s+(?:có trách nhiệm|chịu trách nhiệm|là cơ quan|là đầu mối|thực hiện các nhiệm vụ|thực hiện các nội dung|thực hiện)(?![A-Za-zÀ-ỹĐđ]).*$/i,
      '',
    )
    .replace(/\s*\((?:là\s+)?(?:cơ quan|đơn vị)?\s*(?:chủ trì|thường trực|đầu mối|phối hợp|tham mưu)[^)]*\)/gi, '')
    .replace(/\s+[-–]\s+(?:cơ quan|đơn vị) (?:thường trực|chủ trì|đầu mối|tham mưu|phối hợp)(?![A-Za-zÀ-ỹĐđ]).*$/i, '')
    .replace(/\s+(?:trong phạm vi|theo) chức năng,? nhiệm vụ(?: của mình| được giao)?\s*$/i, '')
    .replace(/\s+dự kiến(?![A-Za-zÀ-ỹĐđ]).*$/i, '');
  // An unclosed parenthesis ("… lĩnh vực (gồm các Sở") was cut by a separator inside it.
  if (u.lastIndexOf('(') > u.lastIndexOf(')')) u = u.slice(0, u.lastIndexOf('('));
  return u.replace(/[\s,;:.\-–(]+$/, '').trim();
}

/**
 * A field's value that goes on with the work after the unit ("Sở A tiến hành rà soát các văn bản …"): the unit only.
 * A lower-case verb ends the unit when a sentence follows it (five words or more); shorter tails are part of the name
 * ("Viện Nghiên cứu phát triển Thành phố").
 */
const TASK_VERB_EVERY = new RegExp(TASK_VERB_INSIDE.source, 'g');
const SUBJECT_VERB_EVERY = new RegExp(SUBJECT_VERB.source, 'gi');

function cutAtWork(value: string): string {
  if (value.split(/\s+/).length < 7) return value;
  const verb = TASK_VERB_EVERY;
  verb.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = verb.exec(value))) {
    const head = value.slice(0, m.index).trim();
    if (
      head.split(/\s+/).length >= 2 &&
      looksLikeUnit(head) &&
      value
        .slice(m.index + m[0].length)
        .trim()
        .split(/\s+/).length >= 5
    )
      return head;
  }
  return value;
}

/**
 * The lead named in a field ("Đơn vị chủ trì: A", "Cơ quan thực hiện: A; B; C và các sở …"), co-leads joined with "; ",
 * or null. The value stops at the next field ("; Đơn vị phối hợp: …").
 */
export function readLeadField(text: string): string | null {
  const field = LEAD_FIELD.exec(text);
  if (!field) return null;
  const parts = field[1]
    .replace(/\s*[-–,;]?\s*(?:Đơn vị|Cơ quan) (?:phối hợp|chủ trì|thực hiện)[^:]{0,20}:.*$/i, '')
    .split(/\s*;\s*/)
    .filter((_part, i, all) => !all.slice(0, i + 1).some((q) => q.includes(':')))
    .map((p) => cleanLead(cutAtWork(tidy(p))))
    .filter(Boolean);
  if (!parts.length) return null;
  const units = parts.filter((p, i) => i === 0 || looksLikeUnit(p.replace(/^(?:các|những)\s+/i, 'Các ')));
  return units.map((p) => joinLeads(p.replace(/\s+và\s+(?=(?:các|những)\s)/, ', '))).join('; ');
}

/** Co-leads named together ("Sở A, Công an B", "Sở A; Sở B") are joined with "; "; a generic group stays whole. */
export function joinLeads(list: string): string {
  const units = splitUnits(list);
  return units.length > 1 ? units.join('; ') : tidy(list);
}

/** Partners named after "phối hợp với" in a task's text. */
function findPartners(text: string): string[] {
  const out: string[] = [];
  const re = /phối hợp (?:chặt chẽ )?với\s+/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const rest = text.slice(m.index + m[0].length);
    const stop = rest.search(/[;.:(]|\s+(?:để|nhằm)\s/);
    let span = stop >= 0 ? rest.slice(0, stop) : rest;
    const verb = PARTNER_END.exec(span);
    if (verb) span = span.slice(0, verb.index);
    for (const u of splitUnits(span, true)) if (u.split(' ').length <= 24 && !out.includes(u)) out.push(u);
  }
  return out;
}

/** A "Unit: duties" label at the start of an item ("Văn phòng …: Kiểm tra …", "Đề nghị A, B, C: …"), or null. */
export function splitUnitLabel(text: string): { unit: string; rest: string } | null {
  const m = /^([^:]{2,200}?)\s*:\s*(.*)$/s.exec(text);
  if (!m) return null;
  const label = m[1].trim().replace(/^(?:Đề nghị|Giao|Yêu cầu)\s*:?\s+(?:cho\s+)?/i, '');
  if (!looksLikeUnit(label) || /^(?:Đơn vị|Cơ quan|Bộ phận) (?:chủ trì|phối hợp|thực hiện)/i.test(label)) return null;
  // A role written as a label ("Trưởng Ban Chỉ đạo: …") keeps its words; a list of units is split into co-leads.
  return { unit: joinLeads(cleanLead(label)), rest: m[2].trim() };
}

/** A unit heading ("2. Phòng Nội vụ", "Đề nghị Ủy ban Mặt trận Tổ quốc huyện, Hội Nông dân huyện:"), or null. */
export function headingUnits(text: string): string | null {
  const t = text.trim().replace(/\s*:$/, '');
  // "Trách nhiệm của đối tượng thực hiện kiểm kê": the heading names whoever it speaks to, unit-like or not.
  const of = /^(?:Trách nhiệm|Nhiệm vụ) của\s+(.{3,160})$/i.exec(t);
  if (of) return joinLeads(tidy(of[1]));
  const label = cleanLead(t.replace(/^(?:Đề nghị|Giao|Yêu cầu)\s*:?\s+(?:cho\s+)?/i, ''));
  // "Giao Sở A chủ trì, phối hợp …" is a sentence, not a heading.
  if (/\s(?:chủ trì|phối hợp|thực hiện|triển khai|tổ chức|xây dựng)(?=[\s,;]|$)/.test(label)) return null;
  return looksLikeUnit(label) ? joinLeads(label) : null;
}

/**
 * A person at the start of an item: a name ("Ông. Đỗ Mạnh Cường - Phó Trưởng đoàn: …") or a position
 * ("Đồng chí Phó Chủ tịch UBND huyện phụ trách khối kinh tế: …", without "Đồng chí"), or null.
 */
export function findPerson(text: string): string | null {
  const m = /^(?:Ông|Bà|Đồng chí|Đ\/c)\.?\s+([A-ZĐÀ-Ỹ][^\-–:,]{2,40}?)\s*[-–,]\s*[^:]{2,60}:/u.exec(text);
  if (m) return m[1].trim();
  const position = /^(?:Đồng chí|Đ\/c)\.?\s+([^:]{3,140}?)\s*:/u.exec(text);
  return position && POSITION_HEAD.test(position[1]) ? position[1].trim() : null;
}

/** "Đối với X:" at the start of an item: the unit the item speaks to. */
export function findAddressee(text: string): string | null {
  const m = /^Đối với\s+([^:]{2,80}?)\s*:/i.exec(text);
  return m ? m[1].trim() : null;
}

/** The subject that starts a task when it names units ("Các Sở, ban, ngành … chủ động …"). */
export function findSubject(text: string): string | null {
  // "… trong phạm vi chức năng, nhiệm vụ của mình" qualifies the subject; it is not part of its name.
  const head = text
    .slice(0, 200)
    .replace(/\s+(?:trong phạm vi|theo) chức năng,? nhiệm vụ(?: của mình| được giao)?(?=[\s,])/i, '');
  // A verb is written in lower case mid-sentence; a capitalised one is part of a name ("Phòng Tổ chức biên soạn …").
  const verbs = SUBJECT_VERB_EVERY;
  verbs.lastIndex = 0;
  let verb: RegExpExecArray | null;
  while ((verb = verbs.exec(head)) && /\p{Lu}/u.test(verb[0].trim().charAt(0)));
  // Any other verb that opens a task ("Trạm Y tế xã phun hóa chất …"), when it comes first and what is before it names a unit.
  const other = TASK_VERB_INSIDE.exec(head);
  if (other && other.index > 0 && (!verb || other.index < verb.index)) {
    const before = head.slice(0, other.index).replace(/[\s,]+$/, '');
    if (
      before &&
      !/[.:;]/.test(before) &&
      before.split(/\s+/).length <= 16 &&
      looksLikeUnit(before) &&
      !/^Các(?![A-Za-z0-9À-ỹĐđ])/.test(before)
    )
      return before;
    if (before && PLURAL_UNIT.test(before) && before.split(/\s+/).length <= 16 && !/[.:;]/.test(before)) return before;
  }
  if (!verb) return null;
  const subject = head.slice(0, verb.index).replace(/[\s,]+$/, '');
  if (!subject || /[.:]/.test(subject)) return null;
  // Co-leads: "Viện A; Viện B nghiên cứu …" when every part names a unit.
  const parts = subject.split(/\s*;\s*/);
  if (parts.length > 1)
    return parts.every((x) => looksLikeUnit(x) && x.split(/\s+/).length <= 16) ? parts.join('; ') : null;
  if (
    subject.split(/\s+/).length > 16 &&
    !(subject.split(/\s+/).length <= 30 && splitUnits(subject).length > 1 && splitUnits(subject).every(looksLikeUnit))
  )
    return null;
  if (PLURAL_UNIT.test(subject) || (looksLikeUnit(subject) && !/^Các(?![A-Za-z0-9À-ỹĐđ])/.test(subject)))
    return subject;
  return null;
}

/**
 * Units a task names itself: "Đơn vị thực hiện: X", "Giao X chủ trì …", "X chủ trì, phối hợp với Y",
 * "do X bố trí", with partners from "phối hợp với …" and "Đơn vị phối hợp: …".
 */
export function findExplicitUnits(text: string): Units {
  let lead: string | null = null;
  lead = readLeadField(text);
  // "(Phụ trách: Tổ khối 1)", "(Người thực hiện: …)" at the end of an item.
  const charge = /\((?:Phụ trách|Người phụ trách|Người thực hiện|Chủ trì|Thực hiện)\s*:\s*([^)]{2,120})\)/i.exec(text);
  if (!lead && charge) lead = tidy(charge[1]);
  if (!lead) {
    const m =
      /(?:^|[.;]\s+)Giao\s+(?:cho\s+)?(.{3,140}?)\s+(?:là cơ quan |làm )?(?:chủ trì|thực hiện|triển khai|tổ chức|phụ trách|tham mưu|theo dõi|phối hợp)(?![A-Za-z0-9À-ỹĐđ])/i.exec(
        text,
      );
    if (m && looksLikeUnit(m[1])) lead = tidy(m[1]);
  }
  // "Sở A chỉ đạo Chi cục B thực hiện …": the unit that does the work is B.
  if (!lead) {
    const m =
      /^(.{3,120}?)\s+(?:chỉ đạo|giao(?: cho)?)\s+(.{3,120}?)\s+(?:chủ trì|thực hiện|triển khai|tổ chức)(?![A-Za-z0-9À-ỹĐđ])/.exec(
        text,
      );
    if (m && looksLikeUnit(m[1]) && looksLikeUnit(m[2]) && !/[.;:]/.test(m[1] + m[2])) lead = tidy(m[2]);
  }
  // "X chủ trì …" at the start of the task or of a later sentence ("Tuyên truyền …. Công an xã chủ trì, phối hợp …").
  for (const sentence of lead ? [] : text.split(/(?<=[.;])\s+(?=\p{Lu})/u)) {
    const m = /^(.{3,140}?)\s+(?:là cơ quan )?chủ trì(?![A-Za-z0-9À-ỹĐđ])/.exec(sentence);
    if (m && looksLikeUnit(m[1]) && !/[.;:]/.test(m[1])) {
      lead = tidy(m[1]);
      break;
    }
  }
  // "Kiểm tra cuối năm: Phòng Nội vụ thực hiện …": a short label, then the unit that does it.
  if (!lead) {
    const m = /^[^:.;]{2,80}:\s*(.{3,140}?)\s+(?:chủ trì|thực hiện|phụ trách|đảm nhiệm)(?![A-Za-z0-9À-ỹĐđ])/.exec(text);
    if (m && looksLikeUnit(m[1]) && !/[.;:]/.test(m[1])) lead = tidy(m[1]);
  }
  if (!lead) {
    const m =
      /(?<![A-Za-z0-9À-ỹĐđ])do\s+(.{3,100}?)\s+(?:bố trí|chủ trì|thực hiện|đảm nhiệm|đảm nhận|phụ trách|đảm bảo)(?![A-Za-z0-9À-ỹĐđ])/.exec(
        text,
      );
    if (m && looksLikeUnit(m[1]) && !/[.;:]/.test(m[1])) lead = tidy(m[1]);
  }
  const support = findPartners(text);
  // "X chủ trì; Y phối hợp …" (or "X chủ trì, Y phối hợp"): Y supports.
  const after = /chủ trì\s*[;,]\s*(.{3,160}?)\s+phối hợp(?!\s+(?:chặt chẽ\s+)?với)(?![A-Za-zÀ-ỹĐđ])/.exec(text);
  if (after && looksLikeUnit(after[1]) && !/[.:]/.test(after[1]))
    for (const u of splitUnits(after[1])) if (!support.includes(u)) support.push(u);
  const sf = SUPPORT_FIELD.exec(text);
  if (sf) for (const u of splitUnits(sf[1])) if (!support.includes(u)) support.push(u);
  return { lead, support: lead ? support.filter((u) => u !== lead) : support };
}
