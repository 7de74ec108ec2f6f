// The plan's header (number, code, issuer, place, date, title, basis) and closing (recipients, signer).
import type { IsoDate, Signer } from '../types';
import { toIsoDate } from './deadline';
import { AUTHORITY, BASIS_START, ISSUER_VERB, MOTTO, POSITION } from './vocab';

/** What the header of a plan states. */
interface Header {
  number: string | null;
  code: string | null;
  issuer: string | null;
  /** The agency line above the issuer in a two-line header ("ỦY BAN NHÂN DÂN TỈNH GIA LAI"). */
  parentAgency: string | null;
  place: string | null;
  date: IsoDate | null;
  year: number | null;
}

/** Reads number, code, issuer, place and date from the lines before "KẾ HOẠCH". */
export function readHeader(lines: string[]): Header {
  const text = lines.join('\n');
  const header: Header = {
    number: null,
    code: null,
    issuer: null,
    parentAgency: null,
    place: null,
    date: null,
    year: null,
  };
  const no = /Số\s*:?\s*([0-9][0-9A-Za-z.-]*)?\s*\/\s*([A-ZĐ]{1,6}(?:-[A-ZĐ0-9]{1,12})+)/u.exec(text);
  if (no) {
    header.number = no[1] ? no[1].trim() : null;
    header.code = no[2];
  }
  const dated =
    /([A-ZĐÀ-Ỹ][\p{L} .]{1,40}?),\s*ngày\s*(\d{1,2})?\s*\/?\s*tháng\s*(\d{1,2})?\s*\/?\s*năm\s*(\d{4})/u.exec(
      text.replace(MOTTO, '\n'),
    );
  if (dated) {
    header.place = dated[1].trim();
    header.year = Number(dated[4]);
    if (dated[2] && dated[3]) header.date = toIsoDate(header.year, Number(dated[3]), Number(dated[2]));
  }
  // The issuer is the last agency line above "Số:", in capitals.
  const agencyLines: string[] = [];
  // Only the lines above the document's own heading ("QUYẾT ĐỊNH", "KẾ HOẠCH"): a covering decision's body is not the issuer.
  const headingAt = lines.findIndex((l) =>
    /^(?:QUYẾT ĐỊNH|KẾ HOẠCH|CHỈ THỊ|CÔNG VĂN|THÔNG BÁO)(?![A-Za-zÀ-ỹĐđ])/.test(l.trim()),
  );
  for (const line of headingAt > 0 ? lines.slice(0, headingAt) : lines) {
    const before = line
      .replace(MOTTO, '')
      .split(/Số\s*:/)[0]
      .trim();
    if (before && before === before.toUpperCase() && /\p{Lu}{2}/u.test(before) && !/,\s*ngày/.test(before))
      agencyLines.push(before);
  }
  if (agencyLines.length) header.issuer = agencyLines[agencyLines.length - 1];
  // "ỦY BAN NHÂN DÂN" over "HUYỆN ĐỨC TRỌNG": one name on two lines.
  const prev = agencyLines[agencyLines.length - 2];
  if (
    prev &&
    /^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|HĐND)$/.test(prev) &&
    /^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)(?![A-ZĐÀ-Ỹ])/.test(header.issuer ?? '')
  ) {
    header.issuer = `${prev} ${header.issuer}`;
    header.parentAgency = agencyLines[agencyLines.length - 3] ?? null;
  } else {
    header.parentAgency = prev ?? null;
  }
  return header;
}

/** The issuer named in the basis ("Ban Quản lý Khu kinh tế xây dựng Kế hoạch …"), or null. */
export function issuerFromBasis(basis: string[]): string | null {
  for (const p of basis) {
    const m = ISSUER_VERB.exec(p);
    if (m) {
      const name = m[1]
        .replace(/^.*?(?:như sau|cụ thể)\s*/i, '')
        .replace(/^(?:Căn cứ|Thực hiện)(?![A-Za-z0-9À-ỹĐđ]).*$/i, '')
        .trim();
      if (name && /^\p{Lu}/u.test(name) && name.split(' ').length <= 14) return name;
    }
  }
  return null;
}

/** Tells whether a paragraph belongs to the basis of the plan. */
export function isBasis(text: string): boolean {
  return BASIS_START.test(text);
}

/** Splits a "Nơi nhận" text into recipients, leaving out the "Lưu: …" archive line. */
export function readRecipients(text: string): string[] {
  const stripped = text.replace(/^Nơi nhận\s*:?\s*/i, '');
  const body = /^[-–+•]/.test(stripped) ? stripped : `- ${stripped}`;
  return body
    .split(/(?:^|[;.]|\n)\s*[-–+•]\s+/)
    .map((s) =>
      s
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[;,.\s]+$/, ''),
    )
    .filter((s) => s && !/^Lưu(?![A-Za-z0-9À-ỹĐđ])/i.test(s));
}

function isName(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && !/\d/.test(line);
}

function splitAuthority(line: string): string[] {
  // "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH" → one line per authority, then the position.
  const parts = line.split(/\s+(?=(?:TM|KT|T\/M|TL|TUQ|Q|PP)\.\s)/);
  const out: string[] = [];
  for (const part of parts) {
    const pos = /^((?:TM|KT|T\/M|TL|TUQ|Q|PP)\.\s*[\s\S]*?)\s+((?:PHÓ\s+)\S.*)$/.exec(part);
    // "KT. BỘ TRƯỞNG THỨ TRƯỞNG": the position is the last position word after the authority.
    const tailPos =
      /^((?:TM|KT|T\/M|TL|TUQ|Q|PP)\.\s*\S.*?)\s+(THỨ TRƯỞNG|PHÓ [A-ZĐÀ-Ỹ ]+|CHÁNH VĂN PHÒNG|TRƯỞNG PHÒNG|CỤC TRƯỞNG|VỤ TRƯỞNG|CHI CỤC TRƯỞNG)$/u.exec(
        part,
      );
    if (pos && AUTHORITY.test(part)) out.push(pos[1].trim(), pos[2].trim());
    else if (tailPos && AUTHORITY.test(part)) out.push(tailPos[1].trim(), tailPos[2].trim());
    else out.push(part.trim());
  }
  return out.filter(Boolean);
}

/** Reads the signer from the lines of the closing: the authority block in capitals, then the name. */
export function readSigner(lines: string[]): Signer {
  const caps: string[] = [];
  let name: string | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || /^Nơi nhận|^[-–+]/i.test(line)) continue;
    // A whole block on one line: "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Hoàng Văn Thuân".
    const tail = /^(.*?\p{Lu}{2,}[^\p{Ll}]*?)\s+((?:\p{Lu}\p{Ll}+\s*){2,6})$/u.exec(line);
    if (tail && !isName(line) && (AUTHORITY.test(line) || POSITION.test(tail[1].trim()))) {
      caps.push(...splitAuthority(tail[1].trim()));
      name = tail[2].trim();
      break;
    }
    if (line === line.toUpperCase() && /\p{Lu}{2}/u.test(line) && !/^\(/.test(line)) {
      caps.push(...splitAuthority(line));
      continue;
    }
    if (caps.length && isName(line)) {
      name = line;
      break;
    }
  }
  if (!caps.length && !name) return { title: null, name: null, block: null };
  const positions = caps.filter((c) => !AUTHORITY.test(c));
  const title = positions.length
    ? positions[positions.length - 1]
    : caps.length
      ? caps[caps.length - 1].replace(AUTHORITY, '')
      : null;
  return { title, name, block: caps.length ? caps.join(' / ') : null };
}
