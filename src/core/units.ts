// The "Đơn vị" sheet as values: the one registry of units (name, short name, contact e-mails,
// other names, members' e-mails). Parsed unit strings are split into units, generic phrases
// never become units, names match ignoring case and accents and through other names, and
// near-duplicates are found to be offered for merging (never merged silently).
import type { Plan } from './types';
import { normalizeUnitName } from './statistics';
import { splitUnits } from './plan/units';
import { neutraliseFormula, type CellValue } from './sheet-model';
import { msg, type Locale } from './messages/index';

export interface UnitEntry {
  name: string;
  shortName: string;
  /** Contact e-mails the office entered (the digest goes there and to members). */
  emails: string[];
  /** Other names of the unit (old names, spellings, a merged unit's name). */
  aliases: string[];
  /** E-mails of the unit's staff: they see and update its tasks. */
  members: string[];
}

/** The header row of the units sheet: name, short name, contact e-mails, other names, members. */
export function unitsHeader(locale: Locale): string[] {
  return [
    msg('unitsName', locale),
    msg('unitsShortName', locale),
    msg('unitsEmails', locale),
    msg('unitsAliases', locale),
    msg('unitsMembers', locale),
  ];
}

/** Column widths of the units sheet, in pixels. */
export const UNITS_COLUMN_WIDTHS = [320, 140, 240, 240, 280];

/** A generic group of units ("các cơ quan liên quan", "chính quyền địa phương"): text, never a unit. */
const GENERIC =
  /^(?:các|những|mọi|cơ quan|đơn vị|tổ chức|địa phương|chính quyền|cấp ủy|cấp uỷ|toàn thể|cán bộ|người|thành viên|ông|bà|đồng chí|đ\/c)(?![\p{L}\p{N}])/iu;
/** Words a unit's proper name starts with ("Sở …", "Phòng …", "UBND …"). */
const UNIT_HEAD =
  /^(?:Sở|Phòng|Văn phòng|Ban|Công an|Thuế|Thanh tra|Ủy ban|Uỷ ban|UBND|HĐND|Bộ|Vụ|Cục|Chi cục|Tổng cục|Trung tâm|Đài|Báo|Tạp chí|Hội|Liên đoàn|Tỉnh đoàn|Huyện đoàn|Đoàn|Viện|Tòa án|Toà án|Viện kiểm sát|Kho bạc|Ngân hàng|Bảo hiểm|Mặt trận|Trường|Phân hiệu|Viễn thông|Bưu điện|Điện lực|Công ty|Tổng công ty|Bộ Chỉ huy|Ban Chỉ huy|Công đoàn|Chi bộ|Đảng ủy|Đảng uỷ|Tổ(?! chức)|Khoa|Bệnh viện|Thư viện|Bảo tàng|Nhà văn hóa|Ban quản lý|Hạt|Trạm|Đội)(?![\p{L}\p{N}])/u;

/**
 * The units a parsed unit string names: "A; B" and "A, B và C" are split, generic phrases are
 * left out (they stay in the task's text), and so are pieces that do not read as a unit's name
 * (people's names, sentences).
 */
export function unitCandidates(raw: string | null | undefined): string[] {
  const text = normalizeUnitName(raw);
  if (text === null) return [];
  const out: string[] = [];
  for (const piece of splitUnits(text, true)) {
    const name = piece.replace(/^(?:và|cùng|với)\s+/i, '').trim();
    if (!name || GENERIC.test(name) || !UNIT_HEAD.test(name) || name.split(/\s+/).length > 16 || /[.!?:]/.test(name))
      continue;
    if (!out.some((u) => matchKey(u) === matchKey(name))) out.push(name);
  }
  return out;
}

/** The key names are matched by: case, spacing, Unicode form and accents ignored ("Sở Tư pháp" = "so tu phap"). */
export function matchKey(name: string): string {
  // Accents go with NFD; đ/Đ (U+0111/U+0110) are letters of their own, so they become d by hand.
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u0111\u0110]/g, 'd')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The registry unit a name means: by name, short name or another name, ignoring case and accents. */
export function findUnit(units: readonly UnitEntry[], name: string | null | undefined): UnitEntry | null {
  const text = normalizeUnitName(name);
  if (text === null) return null;
  const key = matchKey(text);
  return units.find((u) => [u.name, u.shortName, ...u.aliases].some((n) => n !== '' && matchKey(n) === key)) ?? null;
}

/**
 * The registry units a task's unit string names (each candidate resolved through the registry);
 * a string naming no registered unit resolves to nothing.
 */
export function resolveUnits(units: readonly UnitEntry[], raw: string | null | undefined): UnitEntry[] {
  const found: UnitEntry[] = [];
  const whole = findUnit(units, raw);
  if (whole) found.push(whole);
  for (const candidate of unitCandidates(raw)) {
    const unit = findUnit(units, candidate);
    if (unit && !found.includes(unit)) found.push(unit);
  }
  return found;
}

/** Every unit a plan names: lead and supporting units of its tasks, and its reporting units (split, generic phrases left out). */
export function unitsOfPlan(plan: Plan): string[] {
  return [...plan.tasks.flatMap((t) => [t.leadUnit, ...t.supportUnits]), ...plan.reports.map((r) => r.unit)].flatMap(
    (u) => unitCandidates(u),
  );
}

/** A registry entry with nothing but a name. */
export function newUnit(name: string): UnitEntry {
  return { name, shortName: '', emails: [], aliases: [], members: [] };
}

/**
 * Adds the units in `names` that the registry does not know yet (by name, short name or another
 * name, ignoring case and accents), in order, keeping every existing entry as it is.
 */
export function mergeUnits(
  existing: readonly UnitEntry[],
  names: readonly (string | null)[],
): { units: UnitEntry[]; added: string[] } {
  const units = [...existing];
  const added: string[] = [];
  for (const raw of names) {
    const name = normalizeUnitName(raw);
    if (name === null || findUnit(units, name)) continue;
    units.push(newUnit(name));
    added.push(name);
  }
  return { units, added };
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** Two registry units that are probably one: the same name but for accents, or a typo apart. */
export interface NearDuplicate {
  a: string;
  b: string;
  reason: 'accents' | 'spelling';
}

/** Pairs of registry units that look like one unit written twice; offered for merging, never merged here. */
export function nearDuplicates(units: readonly UnitEntry[]): NearDuplicate[] {
  const pairs: NearDuplicate[] = [];
  const keys = units.map((u) => matchKey(u.name));
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      if (keys[i] === keys[j]) {
        pairs.push({ a: units[i].name, b: units[j].name, reason: 'accents' });
        continue;
      }
      // A typo: one or two letters apart in a name long enough for that to be a slip.
      const limit =
        Math.min(keys[i].length, keys[j].length) >= 12 ? 2 : Math.min(keys[i].length, keys[j].length) >= 6 ? 1 : 0;
      if (limit > 0 && editDistance(keys[i], keys[j], limit) <= limit)
        pairs.push({ a: units[i].name, b: units[j].name, reason: 'spelling' });
    }
  }
  return pairs;
}

/**
 * The registry after merging `from` into `into`: `from`'s entry is removed, its name becomes
 * another name of `into`, and its other names, contacts and members join `into`'s.
 */
export function mergeUnitEntries(units: readonly UnitEntry[], from: UnitEntry, into: UnitEntry): UnitEntry[] {
  const union = (a: readonly string[], b: readonly string[]) => [
    ...a,
    ...b.filter((x) => !a.some((y) => y.toLowerCase() === x.toLowerCase())),
  ];
  const merged: UnitEntry = {
    ...into,
    aliases: union(into.aliases, [from.name, ...(from.shortName ? [from.shortName] : []), ...from.aliases]).filter(
      (n) => matchKey(n) !== matchKey(into.name),
    ),
    emails: union(into.emails, from.emails),
    members: union(into.members, from.members),
  };
  return units.filter((u) => u !== from).map((u) => (u === into ? merged : u));
}

/**
 * A unit string of a task with `from` replaced by `into` wherever a piece of it names `from`
 * (the rest of the text, generic phrases included, kept as written); null when it names no `from`.
 */
export function renameInUnitText(text: string, from: UnitEntry, into: string): string | null {
  const names = [from.name, from.shortName, ...from.aliases].filter((n) => n !== '').map(matchKey);
  if (names.includes(matchKey(text))) return into;
  let changed = false;
  const pieces = text.split(/(\s*;\s*|\s*,\s*|\s+và\s+)/);
  const out = pieces.map((piece, i) => {
    if (i % 2 === 1 || !names.includes(matchKey(piece.trim()))) return piece;
    changed = true;
    return into;
  });
  return changed ? out.join('') : null;
}

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/** The e-mail addresses in a cell (separated by commas, semicolons or spaces); anything else is left out. */
export function emailsIn(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((e) => e.trim().toLowerCase())
    .filter((e) => EMAIL.test(e));
}

/** Data rows of the units sheet (header excluded); text is kept from turning into formulas. */
export function unitsToRows(units: readonly UnitEntry[]): CellValue[][] {
  return units.map((u) => [
    neutraliseFormula(u.name),
    neutraliseFormula(u.shortName),
    u.emails.join(', '),
    neutraliseFormula(u.aliases.join('; ')),
    u.members.join(', '),
  ]);
}

/** Units from the sheet's data rows (header excluded); blank names are skipped. */
export function rowsToUnits(values: readonly (readonly unknown[])[]): UnitEntry[] {
  const text = (v: unknown) =>
    String(v ?? '')
      .replace(/^'(?=[=+\-@])/, '')
      .trim();
  return values
    .map((row) => ({
      name: normalizeUnitName(text(row[0])) ?? '',
      shortName: text(row[1]),
      emails: emailsIn(text(row[2])),
      aliases: text(row[3])
        .split(/\s*;\s*/)
        .filter((a) => a !== ''),
      members: emailsIn(text(row[4])),
    }))
    .filter((u) => u.name !== '');
}

/** The contact e-mails of a unit, found by name, short name or another name (empty when unknown). */
export function unitEmails(units: readonly UnitEntry[], name: string | null): string[] {
  return findUnit(units, name)?.emails ?? [];
}

/** The units `email` is a member of. */
export function unitsOfMember(units: readonly UnitEntry[], email: string): UnitEntry[] {
  const wanted = email.trim().toLowerCase();
  return wanted === '' ? [] : units.filter((u) => u.members.includes(wanted));
}
