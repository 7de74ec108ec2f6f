// The item tree of a plan's body: markers ("II.", "1.", "a)", "-", "+") open items, other paragraphs continue them.
import { BOILERPLATE, DEADLINE_LINE, GROUP_UNIT_LINE, ROMAN } from './vocab';

export type Kind = 'root' | 'section' | 'num' | 'letter' | 'dash' | 'plus';

/** One enumerated item of the plan (or a Roman section) with the paragraphs that continue it. */
export interface Node {
  kind: Kind;
  label: string;
  level: number;
  own: string;
  cont: string[];
  children: Node[];
  groupLines: string[];
  /** The unit and time lines that follow the run of dashes this item belongs to ("Đơn vị chủ trì: …" under 3 dashes). */
  runLines?: string[];
  closed: boolean;
  table?: string[][];
  /** The month a month heading names ("tháng 9/2024"): the deadline of its items that state none. */
  period?: string;
}

/** A marker at the start of a paragraph: "II.", "1.", "1.1.", "a)", "-", "+". */
export function readMarker(
  text: string,
): { kind: Kind; label: string; level: number; rest: string; period?: string } | null {
  // "V/v …" (về việc) is the subject line of a letter, not section V.
  let m = /^V\/v(?![A-Za-z])/i.test(text) ? null : /^([IVXL]{1,6})\s*[./)]\s*(\S.*)$/.exec(text);
  if (m && ROMAN.test(m[1])) return { kind: 'section', label: m[1], level: 0, rest: m[2] };
  // "Nhiệm vụ 1: …", "Giải pháp 2. …": a numbered item written out.
  m = /^(?:Nhiệm vụ|NHIỆM VỤ|Giải pháp|GIẢI PHÁP|Hoạt động|HOẠT ĐỘNG)\s+(\d{1,2})\s*[:.]\s*(\S.*)$/.exec(text);
  if (m) return { kind: 'num', label: m[1], level: 1, rest: m[2] };
  // "Tháng 9/2024: …" heads the work of a month (school and yearly plans): its items are due at the month's end.
  m = /^(?:Tháng|THÁNG)\s+(\d{1,2})\s*(?:\/|năm|NĂM)\s*(\d{4})\s*(?:[:.–-]\s*(.*))?$/.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12)
    return { kind: 'num', label: `T${Number(m[1])}`, level: 4.5, rest: m[3] ?? '', period: `tháng ${m[1]}/${m[2]}` };
  // "Tháng 9:" without a year (school plans): the year comes from the school year or the plan's year (see monthPeriod).
  m = /^(?:Tháng|THÁNG)\s+(\d{1,2})\s*(?:[:.–-]\s*(.*))?$/.exec(text);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12)
    return { kind: 'num', label: `T${Number(m[1])}`, level: 4.5, rest: m[2] ?? '', period: `tháng ${Number(m[1])}` };
  // Up to three digits: long lists and tables number past 99 ("100.", "150.").
  m = /^(\d{1,3}(?:\.\d{1,2}){0,3})(\.|\)|(?=\s))\s*(\S.*)$/.exec(text);
  if (m && (m[2] || m[1].includes('.'))) return { kind: 'num', label: m[1], level: m[1].split('.').length, rest: m[3] };
  // "(1)" numbers an item like "1."; "(a)" like "a)".
  m = /^\((\d{1,3})\)\s*(\S.*)$/.exec(text);
  if (m) return { kind: 'num', label: m[1], level: 1, rest: m[2] };
  m = /^(?:([a-zđ])\s*(?:\)|\/\.?|\.)|\(([a-zđ])\))\s+(\S.*)$/.exec(text);
  if (m) return { kind: 'letter', label: m[1] ?? m[2], level: 5, rest: m[3] };
  // Dashes and bullets, including Word's symbol-font bullets (private-use characters).
  m = /^[-–—•●▪◦∙·➢►❖✓\uF0A7\uF0B7\uF0D8\uF076\uF0FC\uF0A8\uF0E0]\s*(\S.*)$/u.exec(text);
  if (m) return { kind: 'dash', label: '-', level: 6, rest: m[1] };
  m = /^\+\s*(\S.*)$/.exec(text);
  if (m) return { kind: 'plus', label: '+', level: 7, rest: m[1] };
  return null;
}

function newNode(kind: Kind, label: string, level: number, own: string): Node {
  return { kind, label, level, own, cont: [], children: [], groupLines: [], closed: false };
}

/** Builds the item tree of the body: markers open items, other paragraphs continue the item above. */
export function buildTree(items: Array<{ text: string } | { rows: string[][] }>): Node {
  const root = newNode('root', '', -1, '');
  const stack: Node[] = [root];
  const top = (): Node => stack[stack.length - 1];
  // The block of unit lines being read, and the item it follows.
  let block = null as { target: Node; lines: string[] } | null;
  for (const item of items) {
    if ('rows' in item) {
      // A caption ending with ":" just before the table introduces it; the table belongs to the nearest item
      // that introduces sub-items (its text ends with ":"), else to the section: never to a plain task above it.
      const captioned = top().cont.length > 0 && /:$/.test(top().cont[top().cont.length - 1]);
      if (captioned) top().cont.pop();
      while (
        stack.length > 1 &&
        top().kind !== 'section' &&
        !/:$/.test(top().own.trim()) &&
        top().children.every((c) => !c.table)
      )
        stack.pop();
      const t = newNode('num', '', 99, '');
      t.table = item.rows;
      top().children.push(t);
      continue;
    }
    const text = item.text;
    const marker = readMarker(text);
    if (marker) {
      block = null;
      const node = newNode(marker.kind, marker.label, marker.level, marker.rest);
      if (marker.period) node.period = marker.period;
      while (stack.length > 1 && top().level >= node.level) stack.pop();
      top().children.push(node);
      stack.push(node);
      continue;
    }
    if (/^\(.*\)\.?$/.test(text)) continue;
    if (BOILERPLATE.test(text)) {
      while (stack.length > 1 && top().kind !== 'section') stack.pop();
      top().closed = true;
      continue;
    }
    const current = top();
    const target =
      (current.kind === 'dash' || current.kind === 'plus') && stack.length > 2 ? stack[stack.length - 2] : current;
    // Unit lines after a run of dashes apply to the dashes of that run (those since the previous block of unit lines);
    // so does a time line that comes with them.
    if (GROUP_UNIT_LINE.test(text) || (DEADLINE_LINE.test(text) && block?.target === target)) {
      if (block?.target !== target) {
        block = { target, lines: [] };
        for (const c of target.children)
          if ((c.kind === 'dash' || c.kind === 'plus') && !c.runLines) c.runLines = block.lines;
      }
      block.lines.push(text);
      target.groupLines.push(text);
      continue;
    }
    block = null;
    if (!current.closed) current.cont.push(text);
  }
  return root;
}
