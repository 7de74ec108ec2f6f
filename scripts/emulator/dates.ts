// Time-zone arithmetic, Java SimpleDateFormat (Utilities.formatDate) and Sheets number formats (display values).
import { fail } from './errors';

/** Wall-clock fields of an instant in an IANA time zone. */
export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number; // 0 = Sunday
}

const partsCache = new Map<string, Intl.DateTimeFormat>();

function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = partsCache.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    partsCache.set(tz, f);
  }
  return f;
}

/** Normalizes 'GMT', 'UTC', 'GMT+7', 'GMT+07:00' to something Intl understands. */
export function normalizeTimeZone(tz: string): string {
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(tz);
  if (m) {
    const h = Number(m[2]);
    if (m[3] && m[3] !== '00') return tz; // half-hour offsets: left as is (Intl rejects them)
    // Etc/GMT zones have inverted signs.
    return h === 0 ? 'UTC' : `Etc/GMT${m[1] === '+' ? '-' : '+'}${h}`;
  }
  if (tz === 'GMT') return 'UTC';
  return tz;
}

/** True when Intl knows the zone. */
export function isValidTimeZone(tz: string): boolean {
  try {
    formatterFor(normalizeTimeZone(tz));
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The wall-clock time of `date` in `tz`. */
export function wallTime(date: Date, tz: string): WallTime {
  const parts = formatterFor(normalizeTimeZone(tz)).formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '0';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
    second: Number(get('second')),
    ms: ((date.getTime() % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(get('weekday')),
  };
}

/** Offset of `tz` from UTC at `date`, in minutes (Asia/Ho_Chi_Minh → 420). */
export function offsetMinutes(date: Date, tz: string): number {
  const w = wallTime(date, tz);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  return Math.round((asUtc - date.getTime()) / 60000);
}

/** The instant at which the wall clock in `tz` reads the given fields. */
export function fromWallTime(tz: string, y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): Date {
  const local = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  let guess = new Date(local);
  for (let i = 0; i < 2; i++) guess = new Date(local - offsetMinutes(guess, tz) * 60000);
  return guess;
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** Sheets serial number (days since 1899-12-30, wall clock in `tz`) of a Date (facts V8). */
export function dateToSerial(date: Date, tz: string): number {
  const w = wallTime(date, tz);
  const local = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  return (local - SERIAL_EPOCH) / 86400000;
}

/** The Date whose wall clock in `tz` matches a Sheets serial number. */
export function serialToDate(serial: number, tz: string): Date {
  const local = new Date(SERIAL_EPOCH + Math.round(serial * 86400000));
  return fromWallTime(
    tz,
    local.getUTCFullYear(),
    local.getUTCMonth() + 1,
    local.getUTCDate(),
    local.getUTCHours(),
    local.getUTCMinutes(),
    local.getUTCSeconds(),
    local.getUTCMilliseconds(),
  );
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function offsetText(mins: number, style: 'Z' | 'X' | 'XXX' | 'z'): string {
  const sign = mins < 0 ? '-' : '+';
  const a = Math.abs(mins);
  const hh = pad(Math.floor(a / 60), 2);
  const mm = pad(a % 60, 2);
  if (style === 'Z') return `${sign}${hh}${mm}`;
  if (style === 'X') return mins === 0 ? 'Z' : `${sign}${hh}`;
  if (style === 'XXX') return mins === 0 ? 'Z' : `${sign}${hh}:${mm}`;
  return `GMT${sign}${hh}:${mm}`;
}

/**
 * Java SimpleDateFormat, as used by Utilities.formatDate (facts U1, U2): letters
 * G y Y M L d D E u a H k K h m s S z Z X, quoted literals, '' for a quote. Unknown letters throw
 * "Illegal pattern character 'x'". English month and day names, as Apps Script prints them.
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 */
export function formatJavaDate(date: Date, tz: string, pattern: string): string {
  const w = wallTime(date, tz);
  const off = offsetMinutes(date, tz);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) fail(`Unterminated quote`);
      out += pattern.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    switch (ch) {
      case 'G':
        out += 'AD';
        break;
      case 'y':
      case 'Y':
        out += n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        break;
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[w.month - 1] : n === 3 ? MONTHS[w.month - 1].slice(0, 3) : pad(w.month, n);
        break;
      case 'd':
        out += pad(w.day, n);
        break;
      case 'D': {
        const doy = (Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / 86400000 + 1;
        out += pad(doy, n);
        break;
      }
      case 'E':
        out += n >= 4 ? DAYS[w.weekday] : DAYS[w.weekday].slice(0, 3);
        break;
      case 'u':
        out += pad(w.weekday === 0 ? 7 : w.weekday, n);
        break;
      case 'a':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(w.hour, n);
        break;
      case 'k':
        out += pad(w.hour === 0 ? 24 : w.hour, n);
        break;
      case 'K':
        out += pad(w.hour % 12, n);
        break;
      case 'h':
        out += pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
        break;
      case 'm':
        out += pad(w.minute, n);
        break;
      case 's':
        out += pad(w.second, n);
        break;
      case 'S':
        out += pad(w.ms, n);
        break;
      case 'z':
        out += n >= 4 ? tz : offsetText(off, 'z');
        break;
      case 'Z':
        out += offsetText(off, 'Z');
        break;
      case 'X':
        out += offsetText(off, n >= 3 ? 'XXX' : 'X');
        break;
      default:
        fail(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}

// ---------------------------------------------------------------- Sheets number formats

/** True when a Sheets number format shows a date or time. */
export function isDateFormat(fmt: string): boolean {
  const bare = fmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dDyY]|[hH]|[sS]/.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/** True when the format is plain text ('@'). */
export function isTextFormat(fmt: string | undefined): boolean {
  return fmt === '@' || fmt === '@STRING@';
}

function formatDatePattern(date: Date, tz: string, fmt: string): string {
  const w = wallTime(date, tz);
  const tokens =
    fmt.match(/"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|[^a-z"\\]+|[a-z]/gi) ?? [];
  // 'm'/'mm' mean minutes after an hour token or before a seconds token, months otherwise.
  const lower = tokens.map((t) => t.toLowerCase());
  const hasAmPm = lower.some((t) => t === 'am/pm' || t === 'a/p');
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = lower[i];
    const prev = lower
      .slice(0, i)
      .reverse()
      .find((x) => /^[a-z]/.test(x));
    const next = lower.slice(i + 1).find((x) => /^[a-z]/.test(x));
    switch (t) {
      case 'yyyy':
        out += pad(w.year, 4);
        break;
      case 'yy':
        out += pad(w.year % 100, 2);
        break;
      case 'mmmm':
        out += MONTHS[w.month - 1];
        break;
      case 'mmm':
        out += MONTHS[w.month - 1].slice(0, 3);
        break;
      case 'mm':
      case 'm': {
        const minute = prev?.startsWith('h') || next?.startsWith('s');
        out += pad(minute ? w.minute : w.month, t.length);
        break;
      }
      case 'dddd':
        out += DAYS[w.weekday];
        break;
      case 'ddd':
        out += DAYS[w.weekday].slice(0, 3);
        break;
      case 'dd':
      case 'd':
        out += pad(w.day, t.length);
        break;
      case 'hh':
      case 'h': {
        const h = hasAmPm ? (w.hour % 12 === 0 ? 12 : w.hour % 12) : w.hour;
        out += pad(h, t.length);
        break;
      }
      case 'ss':
      case 's':
        out += pad(w.second, t.length);
        break;
      case 'am/pm':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'a/p':
        out += w.hour < 12 ? 'A' : 'P';
        break;
      default: {
        const raw = tokens[i];
        if (raw.startsWith('"')) out += raw.slice(1, -1);
        else if (raw.startsWith('\\')) out += raw.slice(1);
        else out += raw;
      }
    }
  }
  return out;
}

function groupThousands(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * The decimal and grouping marks a spreadsheet locale displays: a format's "." and "," are
 * placeholders, so "#,##0.0%" reads "1.234,5%" in vi_VN and "1,234.5%" in en_US.
 */
export function numberMarks(locale: string): { decimal: string; group: string } {
  return /^(vi|id|de|es|it|pt|nl|tr)(_|$)/i.test(locale) ? { decimal: ',', group: '.' } : { decimal: '.', group: ',' };
}

function formatNumberPattern(value: number, fmt: string, locale = 'en_US'): string {
  const marks = numberMarks(locale);
  const section = fmt.split(';');
  let f = section[0];
  let v = value;
  if (v < 0 && section[1] !== undefined) {
    f = section[1];
    v = -v;
  }
  const literal = (s: string) => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const m = /^([^#0?]*)([#0?,]*)(?:\.([#0?]*))?([^#0?]*)$/.exec(f.replace(/\[[^\]]*\]/g, ''));
  if (!m) return String(value);
  const [, prefix, intPat, decPat = '', suffix] = m;
  if (suffix.includes('%')) v *= 100;
  const decimals = decPat.length;
  const minDecimals = (decPat.match(/0/g) ?? []).length;
  let s = Math.abs(v).toFixed(decimals);
  let [ip, dp = ''] = s.split('.');
  while (dp.length > minDecimals && dp.endsWith('0')) dp = dp.slice(0, -1);
  const minInt = (intPat.match(/0/g) ?? []).length;
  if (ip === '0' && minInt === 0) ip = '';
  while (ip.length < minInt) ip = '0' + ip;
  if (intPat.includes(',')) ip = groupThousands(ip, marks.group);
  s = ip + (dp ? marks.decimal + dp : '');
  const neg = v < 0 && section[1] === undefined && Number(s.replace(/[^\d]/g, '')) !== 0 ? '-' : '';
  return literal(prefix) + neg + s + literal(suffix);
}

/** General-format rendering of a number (up to 10 significant digits, like the Sheets grid). */
export function formatGeneralNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const r = Number(n.toPrecision(10));
  return String(r);
}

/**
 * The displayed text of a cell value under a Sheets number format (facts V7, V8):
 * dates via date tokens in the spreadsheet time zone, '0%' multiplies by 100, '@' is text;
 * numbers take the decimal and grouping marks of the spreadsheet locale.
 * https://developers.google.com/sheets/api/guides/formats
 */
export function displayValue(value: unknown, fmt: string | undefined, tz: string, locale = 'en_US'): string {
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const f = fmt && fmt.toLowerCase() !== 'general' ? fmt : undefined;
  if (isDate(value)) {
    if (f && isDateFormat(f)) return formatDatePattern(value, tz, f);
    if (f && !isTextFormat(f)) return formatNumberPattern(dateToSerial(value, tz), f);
    return formatDatePattern(value, tz, 'dd/MM/yyyy');
  }
  if (typeof value === 'number') {
    if (!f || isTextFormat(f)) return formatGeneralNumber(value);
    if (isDateFormat(f)) return formatDatePattern(serialToDate(value, tz), tz, f);
    return formatNumberPattern(value, f, locale);
  }
  return String(value);
}

/** True for a Date from any realm (the add-on bundle runs in a node:vm context). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
