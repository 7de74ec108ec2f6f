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

/** Splits a list of partners: proper names at commas and semicolons; generic phrases stay whole. */
export function splitUnits(list: string): string[] {
  const text = tidy(list);
  if (!text) return [];
  const parts = text.split(/\s*;\s*/);
  const out: string[] = [];
  for (const part of parts) {
    // "các Sở, ban, ngành" and "cơ quan, đơn vị liên quan" are one generic phrase.
    const pieces = part.split(/\s*,\s*/);
    let current = '';
    for (const piece of pieces) {
      const startsName = /^(?:Sở|Phòng|Văn phòng|Ban|Công an|Thuế|Thanh tra|Ủy ban|UBND|Bộ|Cục|Chi cục|Trung tâm|Đài|Báo|Hội|Liên đoàn|Tỉnh đoàn|Viện|Tòa án|Kho bạc|Ngân hàng|Bảo hiểm|Mặt trận|Trường|Phân hiệu|cơ quan Thuế)(?![A-Za-z0-9À-ỹĐđ])/.test(piece);
      if (current && startsName && !/^các(?![A-Za-z0-9À-ỹĐđ])/i.test(current)) {
        out.push(current);
        current = piece;
      } else if (current && startsName && /^các(?![A-Za-z0-9À-ỹĐđ])/i.test(current) && /(?<![A-Za-z0-9À-ỹĐđ])(?:và|với)(?![A-Za-z0-9À-ỹĐđ])/.test(piece) === false && piece.split(' ').length > 2) {
        out.push(current);
        current = piece;
      } else current = current ? `${current}, ${piece}` : piece;
    }
    if (current) out.push(current);
  }
  return out.map(tidy).filter(Boolean);
}

/** Partners named after "phối hợp với" in a task's text. */
export function findPartners(text: string): string[] {
  const out: string[] = [];
  const re = /phối hợp (?:chặt chẽ )?với\s+/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const rest = text.slice(m.index + m[0].length);
    const stop = rest.search(/[;.:(]|\s+(?:để|nhằm)\s/);
    let span = stop >= 0 ? rest.slice(0, stop) : rest;
    const verb = PARTNER_END.exec(span);
    if (verb) span = span.slice(0, verb.index);
    for (const u of splitUnits(span)) if (u.split(' ').length <= 18 && !out.includes(u)) out.push(u);
  }
  return out;
}

/** A "Unit: duties" label at the start of an item ("Văn phòng …: Kiểm tra …"), or null. */
export function splitUnitLabel(text: string): { unit: string; rest: string } | null {
  const m = /^([^:]{2,160}?)\s*:\s*(.*)$/s.exec(text);
  if (!m) return null;
  const label = m[1].trim();
  if (!looksLikeUnit(label) || /^(?:Đơn vị|Cơ quan) (?:chủ trì|phối hợp|thực hiện)$/i.test(label)) return null;
  return { unit: label, rest: m[2].trim() };
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
  const verb = SUBJECT_VERB.exec(head);
  if (!verb) return null;
  const subject = head.slice(0, verb.index).replace(/[\s,]+$/, '');
  if (!subject || subject.split(/\s+/).length > 16 || /[.;:]/.test(subject)) return null;
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
  if (!lead) {
    const m = /(?:^|[.;]\s+)Giao\s+(?:cho\s+)?(.{3,140}?)\s+(?:là cơ quan |làm )?(?:chủ trì|thực hiện|triển khai|tổ chức|phụ trách|tham mưu|theo dõi)(?![A-Za-z0-9À-ỹĐđ])/i.exec(text);
    if (m && looksLikeUnit(m[1])) lead = tidy(m[1]);
  }
  if (!lead) {
    const m = /^(.{3,140}?)\s+(?:là cơ quan )?chủ trì(?![A-Za-z0-9À-ỹĐđ])/.exec(text);
    if (m && looksLikeUnit(m[1]) && !/[.;:]/.test(m[1])) lead = tidy(m[1]);
  }
  if (!lead) {
    const m = /(?<![A-Za-z0-9À-ỹĐđ])do\s+(.{3,100}?)\s+(?:bố trí|chủ trì|thực hiện|đảm nhiệm|đảm nhận|phụ trách|đảm bảo)(?![A-Za-z0-9À-ỹĐđ])/.exec(text);
    if (m && looksLikeUnit(m[1]) && !/[.;:]/.test(m[1])) lead = tidy(m[1]);
  }
  const support = findPartners(text);
  const sf = SUPPORT_FIELD.exec(text);
  if (sf) for (const u of splitUnits(sf[1])) if (!support.includes(u)) support.push(u);
  return { lead, support: lead ? support.filter((u) => u !== lead) : support };
}
