// Units: who leads and who supports a task, from unit headings, "Giao X chủ trì", "Đơn vị thực hiện: X" or a subject.
import { LEAD_FIELD, PARTNER_END, PLURAL_UNIT, SUBJECT_VERB, SUPPORT_FIELD, looksLikeUnit } from './vocab';

/** Lead and supporting units named at one place. */
export interface Units {
  lead: string | null;
  support: string[];
}

function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(/^(?:cho|là)\s+/i, '').replace(/[\s,;:.]+$/, '');
}

/** Words that start the proper name of a unit inside a list ("…, Sở Tài chính, …"). */
const NAME_HEAD =
  /^(?:Sở|Phòng|Văn phòng|Ban|Công an|Thuế|Thanh tra|Ủy ban|Uỷ ban|UBND|HĐND|Bộ|Vụ|Cục|Chi cục|Tổng cục|Trung tâm|Đài|Báo|Tạp chí|Hội|Liên đoàn|Tỉnh đoàn|Huyện đoàn|Đoàn|Viện|Tòa án|Toà án|Kho bạc|Ngân hàng|Bảo hiểm|Mặt trận|Trường|Phân hiệu|Viễn thông|Bưu điện|Điện lực|Công ty|Tổng công ty|Bộ Chỉ huy|Ban Chỉ huy|cơ quan Thuế|Công đoàn|Chi bộ|Đảng ủy|Đảng uỷ|Tổ(?! chức))(?![A-Za-zÀ-ỹĐđ])/;
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
      // Inside "các Sở, Ban, ngành" a capitalised head word is still part of the group.
      const groupWord = generic && piece.split(/\s+/).length <= 2;
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

/** A unit named as a subject, without the role words after it ("Cục X có trách nhiệm", "Phòng Y là cơ quan thường trực"). */
function cleanLead(unit: string): string {
  return unit
    .replace(/\s+(?:có trách nhiệm|chịu trách nhiệm|là cơ quan|là đầu mối|thực hiện các nhiệm vụ|thực hiện các nội dung|thực hiện)(?![A-Za-zÀ-ỹĐđ]).*$/i, '')
    .replace(/[\s,;:.]+$/, '')
    .trim();
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

/** A "Unit: duties" label at the start of an item ("Văn phòng …: Kiểm tra …"), or null. */
export function splitUnitLabel(text: string): { unit: string; rest: string } | null {
  const m = /^([^:]{2,160}?)\s*:\s*(.*)$/s.exec(text);
  if (!m) return null;
  const label = m[1].trim();
  if (!looksLikeUnit(label) || /^(?:Đơn vị|Cơ quan|Bộ phận) (?:chủ trì|phối hợp|thực hiện)$/i.test(label)) return null;
  return { unit: cleanLead(label), rest: m[2].trim() };
}

/** A person at the start of an item ("Ông. Đỗ Mạnh Cường - Phó Trưởng đoàn: …"), or null. */
export function findPerson(text: string): string | null {
  const m = /^(?:Ông|Bà|Đồng chí|Đ\/c)\.?\s+([A-ZĐÀ-Ỹ][^\-–:,]{2,40}?)\s*[-–,]\s*[^:]{2,60}:/u.exec(text);
  return m ? m[1].trim() : null;
}

/** "Đối với X:" at the start of an item: the unit the item speaks to. */
export function findAddressee(text: string): string | null {
  const m = /^Đối với\s+([^:]{2,80}?)\s*:/i.exec(text);
  return m ? m[1].trim() : null;
}

/** The subject that starts a task when it names units ("Các Sở, ban, ngành … chủ động …"). */
export function findSubject(text: string): string | null {
  const head = text.slice(0, 200);
  // A verb is written in lower case mid-sentence; a capitalised one is part of a name ("Phòng Tổ chức biên soạn …").
  const verbs = new RegExp(SUBJECT_VERB.source, 'gi');
  let verb: RegExpExecArray | null;
  while ((verb = verbs.exec(head)) && /\p{Lu}/u.test(verb[0].trim().charAt(0)));
  if (!verb) return null;
  const subject = head.slice(0, verb.index).replace(/[\s,]+$/, '');
  if (!subject || /[.:]/.test(subject)) return null;
  // Co-leads: "Viện A; Viện B nghiên cứu …" when every part names a unit.
  const parts = subject.split(/\s*;\s*/);
  if (parts.length > 1) return parts.every((x) => looksLikeUnit(x) && x.split(/\s+/).length <= 16) ? parts.join('; ') : null;
  if (subject.split(/\s+/).length > 16 && !(subject.split(/\s+/).length <= 30 && splitUnits(subject).length > 1 && splitUnits(subject).every(looksLikeUnit))) return null;
  if (PLURAL_UNIT.test(subject) || (looksLikeUnit(subject) && !/^Các(?![A-Za-z0-9À-ỹĐđ])/.test(subject))) return subject;
  return null;
}

/**
 * Units a task names itself: "Đơn vị thực hiện: X", "Giao X chủ trì …", "X chủ trì, phối hợp với Y",
 * "do X bố trí", with partners from "phối hợp với …" and "Đơn vị phối hợp: …".
 */
export function findExplicitUnits(text: string): Units {
  let lead: string | null = null;
  const field = LEAD_FIELD.exec(text);
  if (field) lead = tidy(field[1]);
  // "(Phụ trách: Tổ khối 1)", "(Người thực hiện: …)" at the end of an item.
  const charge = /\((?:Phụ trách|Người phụ trách|Người thực hiện|Chủ trì|Thực hiện)\s*:\s*([^)]{2,120})\)/i.exec(text);
  if (!lead && charge) lead = tidy(charge[1]);
  if (!lead) {
    const m = /(?:^|[.;]\s+)Giao\s+(?:cho\s+)?(.{3,140}?)\s+(?:là cơ quan |làm )?(?:chủ trì|thực hiện|triển khai|tổ chức|phụ trách|tham mưu|theo dõi)(?![A-Za-z0-9À-ỹĐđ])/i.exec(text);
    if (m && looksLikeUnit(m[1])) lead = tidy(m[1]);
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
    const m = /(?<![A-Za-z0-9À-ỹĐđ])do\s+(.{3,100}?)\s+(?:bố trí|chủ trì|thực hiện|đảm nhiệm|đảm nhận|phụ trách|đảm bảo)(?![A-Za-z0-9À-ỹĐđ])/.exec(text);
    if (m && looksLikeUnit(m[1]) && !/[.;:]/.test(m[1])) lead = tidy(m[1]);
  }
  const support = findPartners(text);
  // "X chủ trì; Y phối hợp …" (or "X chủ trì, Y phối hợp"): Y supports.
  const after = /chủ trì\s*[;,]\s*(.{3,160}?)\s+phối hợp(?!\s+(?:chặt chẽ\s+)?với)(?![A-Za-zÀ-ỹĐđ])/.exec(text);
  if (after && looksLikeUnit(after[1]) && !/[.:]/.test(after[1])) for (const u of splitUnits(after[1])) if (!support.includes(u)) support.push(u);
  const sf = SUPPORT_FIELD.exec(text);
  if (sf) for (const u of splitUnits(sf[1])) if (!support.includes(u)) support.push(u);
  return { lead, support: lead ? support.filter((u) => u !== lead) : support };
}
