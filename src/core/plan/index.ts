// The plan parser: text or blocks in, the plan's header, tasks, reports, recipients and signer out. Never throws.
import type { Block, ParseResult, Plan } from '../types';
import { msg, type Locale } from '../messages/index';
import { blocksFromText, normalizeBlocks } from './blocks';
import { findSchoolYear, readBody } from './body';
import { reportsOfRows } from './reports';
import { readTaskTable } from './table';
import { buildTree, readMarker } from './tree';
import { isBasis, issuerFromBasis, readHeader, readRecipients, readSigner } from './header';
import { APPENDIX, AUTHORITY, BODY_END, PLAN_HEADING, RECIPIENTS_START, TEMPLATE_APPENDIX } from './vocab';

export { parseDeadline, findDeadline } from './deadline';
export { blocksFromText, normalizeText } from './blocks';
export { decodePlanBytes } from './decode';

/** Options of `parsePlan`. */
interface ParseOptions {
  /** Language of error messages and warnings; Vietnamese by default. */
  locale?: Locale;
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 4096);
  let bad = 0;
  for (const ch of sample) {
    const c = ch.charCodeAt(0);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return sample.length > 0 && bad / sample.length > 0.05;
}

function cellsOf(b: Block): string[] {
  return b.kind === 'table' ? b.rows.flatMap((r) => r.filter((c) => c)) : [b.text];
}

/** Column-wise lines of a layout table (header or signature), left column first. */
function layoutLines(b: Block): string[] {
  if (b.kind === 'paragraph') return [b.text];
  const width = Math.max(...b.rows.map((r) => r.length));
  const out: string[] = [];
  for (let col = 0; col < width; col++) for (const r of b.rows) if (r[col]) out.push(r[col]);
  return out;
}

function isClosingStart(b: Block): boolean {
  if (b.kind === 'table') return b.rows.some((r) => r.some((c) => RECIPIENTS_START.test(c)));
  return (
    BODY_END.test(b.text) ||
    RECIPIENTS_START.test(b.text) ||
    (AUTHORITY.test(b.text) && b.text === b.text.toUpperCase())
  );
}

function isAppendixHeading(b: Block): boolean {
  return b.kind === 'paragraph' && APPENDIX.test(b.text) && b.text.split(/\s+/).length <= 6;
}

/** A plan with nothing read: every key present, all empty. */
export function emptyPlan(): Plan {
  return {
    number: null,
    code: null,
    issuer: null,
    place: null,
    date: null,
    title: '',
    year: null,
    basis: [],
    objectives: [],
    tasks: [],
    reports: [],
    recipients: [],
    signer: { title: null, name: null, block: null },
    warnings: [],
  };
}

function parseBlocks(blocks: Block[], locale: Locale): ParseResult {
  const plan = emptyPlan();
  const headingIdx = blocks.findIndex(
    (b) =>
      b.kind === 'paragraph' && PLAN_HEADING.test(b.text) && b.text.slice(0, 8) === b.text.slice(0, 8).toUpperCase(),
  );
  // Without "KẾ HOẠCH" (a directive letter), the header is what comes before the addressees or the first item.
  const letterHeaderEnd =
    headingIdx >= 0
      ? -1
      : blocks
          .slice(0, 30)
          .findIndex((b) => b.kind === 'paragraph' && (/^Kính gửi\s*:/i.test(b.text) || readMarker(b.text) !== null));
  const headerBlocks =
    headingIdx >= 0 ? blocks.slice(0, headingIdx) : letterHeaderEnd > 0 ? blocks.slice(0, letterHeaderEnd) : [];
  const header = readHeader(headerBlocks.flatMap(layoutLines));
  Object.assign(plan, {
    number: header.number,
    code: header.code,
    issuer: header.issuer,
    place: header.place,
    date: header.date,
  });
  if (header.parentAgency) plan.parentAgency = header.parentAgency;
  if (headingIdx < 0) plan.warnings.push(msg('parserWarnNoHeading', locale));

  // Title: the heading's own words and the lines after it, up to the basis or the first item.
  let i = headingIdx >= 0 ? headingIdx : Math.max(letterHeaderEnd, 0);
  const titleParts: string[] = [];
  if (headingIdx >= 0) {
    const rest = (blocks[headingIdx] as { text: string }).text.replace(PLAN_HEADING, '').trim();
    if (rest) titleParts.push(rest);
    i = headingIdx + 1;
    while (i < blocks.length) {
      const b = blocks[i];
      if (
        b.kind !== 'paragraph' ||
        (titleParts.length > 0 && isBasis(b.text)) ||
        readMarker(b.text) ||
        /^\(/.test(b.text) ||
        titleParts.join(' ').length > 300
      )
        break;
      titleParts.push(b.text);
      i++;
    }
  }
  plan.title = titleParts.join(' ').trim();

  // Preamble: everything before the first item is the basis.
  while (i < blocks.length) {
    const b = blocks[i];
    // "Kính gửi:" and the addressees listed under it belong to the header, not the body.
    if (b.kind === 'paragraph' && /^Kính gửi\s*:/i.test(b.text)) {
      i++;
      while (
        i < blocks.length &&
        blocks[i].kind === 'paragraph' &&
        readMarker((blocks[i] as { text: string }).text)?.kind === 'dash'
      )
        i++;
      continue;
    }
    if (b.kind === 'table' || readMarker(b.text) || isClosingStart(b)) break;
    if (!/^\(.*\)$/.test(b.text)) plan.basis.push(b.text);
    i++;
  }
  plan.issuer = issuerFromBasis(plan.basis) ?? plan.issuer;
  const yearFrom = (s: string): number | null => {
    const m = /(?:năm|giai đoạn)\s+(\d{4})/.exec(s) ?? /(?<![A-Za-z0-9À-ỹĐđ])(20\d{2})(?![A-Za-z0-9À-ỹĐđ])/.exec(s);
    return m ? Number(m[1]) : null;
  };
  plan.year = header.year ?? yearFrom(plan.title) ?? null;

  // Body until the closing, closing until the first appendix or table, appendices after.
  let end = i;
  // The body ends at the closing, or at an appendix heading when the plan has no closing of its own.
  while (end < blocks.length && !isClosingStart(blocks[end]) && !isAppendixHeading(blocks[end])) end++;
  const body = blocks.slice(i, end);
  let appendixStart = end;
  while (appendixStart < blocks.length) {
    const b = blocks[appendixStart];
    if (b.kind === 'paragraph' && APPENDIX.test(b.text)) break;
    if (b.kind === 'table' && appendixStart > end && !b.rows.some((r) => r.some((c) => RECIPIENTS_START.test(c))))
      break;
    appendixStart++;
  }
  const closing = blocks.slice(end, appendixStart);
  const appendix = blocks.slice(appendixStart);
  // An appendix title in capitals just before a table belongs to the appendix, not the signer.
  const closingLines = closing.flatMap(layoutLines);
  readClosing(plan, closingLines);
  // A plan issued with a covering Quyết định: the recipients and signer are the decision's, above "KẾ HOẠCH".
  if (!plan.recipients.length && !plan.signer.name) {
    const decisionLines = headerBlocks.flatMap(layoutLines);
    const k = decisionLines.findIndex((l) => RECIPIENTS_START.test(l));
    if (k >= 0) readClosing(plan, decisionLines.slice(k));
  }
  if (!plan.recipients.length && !plan.signer.name) plan.warnings.push(msg('parserWarnNoSigner', locale));

  const arabicOnly = !body.some((b) => b.kind === 'paragraph' && readMarker(b.text)?.kind === 'section');
  const tree = buildTree(body.map((b) => (b.kind === 'table' ? { rows: b.rows } : { text: b.text })));
  // A school plan's month headings without a year ("Tháng 9:") take it from the school year, the title's first.
  const schoolYear = findSchoolYear([plan.title, ...plan.basis, ...blocks.flatMap(cellsOf)]);
  const result = readBody(tree, { year: plan.year, arabicOnly, schoolYear });
  plan.tasks.push(...result.tasks);
  plan.reports.push(...result.reports);
  plan.objectives.push(...result.objectives);

  // Appendices: task tables only; report templates are skipped.
  const appendixCount = appendix.filter((b) => b.kind === 'paragraph' && APPENDIX.test(b.text)).length;
  let k = 0;
  let template = false;
  for (const b of appendix) {
    if (b.kind === 'paragraph') {
      if (APPENDIX.test(b.text)) {
        k++;
        template = TEMPLATE_APPENDIX.test(b.text.replace(APPENDIX, ''));
      } else if (TEMPLATE_APPENDIX.test(b.text)) template = true;
      continue;
    }
    if (template) continue;
    const prefix = appendixCount > 1 ? `PL${Math.max(k, 1)}` : 'PL';
    const taken = new Set(plan.tasks.map((t) => t.ref));
    const rows = readTaskTable(b.rows, prefix, prefix, plan.year);
    plan.reports.push(...reportsOfRows(rows));
    for (const t of rows) {
      // Several tables in one appendix: a repeated row number gets a suffix.
      let ref = t.ref;
      for (let n = 2; taken.has(ref); n++) ref = `${t.ref}~${n}`;
      taken.add(ref);
      plan.tasks.push({ ...t, ref });
    }
  }

  for (const bad of result.invalidDates) plan.warnings.push(msg('parserWarnInvalidDate', locale, bad));
  if (!plan.tasks.length) {
    const detail = msg('parserNoTasksDetail', locale, {
      paragraphs: blocks.filter((b) => b.kind === 'paragraph').length,
      tables: blocks.filter((b) => b.kind === 'table').length,
    });
    return { ok: false, error: msg('parserNoTasks', locale, { detail }) };
  }
  return { ok: true, plan };
}

function readClosing(plan: Plan, lines: string[]): void {
  const rest: string[] = [];
  for (let j = 0; j < lines.length; j++) {
    const line = lines[j];
    if (RECIPIENTS_START.test(line)) {
      let text = line;
      while (j + 1 < lines.length && /^[-–+•]/.test(lines[j + 1])) text += '\n' + lines[++j];
      plan.recipients.push(...readRecipients(text));
      continue;
    }
    rest.push(line);
  }
  plan.signer = readSigner(rest);
}

/**
 * Parses a plan ("Kế hoạch") from pasted text or from blocks (paragraphs and tables of a Google Doc).
 * Returns the plan, or `{ ok: false, error }` with a message in the user's language; never throws.
 */
export function parsePlan(input: string | Block[], options: ParseOptions = {}): ParseResult {
  const locale: Locale = options.locale === 'en' ? 'en' : 'vi';
  try {
    if (typeof input === 'string' && looksBinary(input)) return { ok: false, error: msg('parserBinary', locale) };
    const blocks =
      typeof input === 'string' ? blocksFromText(input) : normalizeBlocks(Array.isArray(input) ? input : []);
    if (!blocks.some((b) => cellsOf(b).some((c) => c.trim()))) return { ok: false, error: msg('parserEmpty', locale) };
    return parseBlocks(blocks, locale);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: msg('parserFailed', locale, { detail }) };
  }
}
