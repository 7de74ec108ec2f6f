// Plan identity: a plan is known by a stable id made at import (never by its title), shown by
// its name and number, and matched to an earlier import only on number + issuer + date.
import type { Plan } from './types';
import { msg, type Locale } from './messages/index';

/** Prefix of the ids the add-on makes for plans ("kh-" and a random part). */
const ID_PREFIX = 'kh-';

/** A new plan id from a random UUID, unlike every id in `taken`. */
export function newPlanKey(uuid: string, taken: ReadonlySet<string>): string {
  const random = uuid.replace(/[^0-9a-z]/gi, '').toLowerCase();
  for (let length = 8; length <= random.length; length += 4) {
    const key = ID_PREFIX + random.slice(0, length);
    if (!taken.has(key)) return key;
  }
  let n = 2;
  while (taken.has(`${ID_PREFIX}${random}-${n}`)) n++;
  return `${ID_PREFIX}${random}-${n}`;
}

const squash = (text: string | null | undefined): string =>
  String(text ?? '')
    .normalize('NFC')
    .replace(/\s+/g, '')
    .toLocaleLowerCase('vi');

/**
 * Whether two plans are the same issued document: same number, and same issuer and date where
 * both say one. A plan without a number matches nothing (its title alone never identifies it).
 */
export function sameIssuedPlan(
  a: Pick<Plan, 'number' | 'issuer' | 'date'> & { code?: string | null },
  b: Pick<Plan, 'number' | 'issuer' | 'date'> & { code?: string | null },
): boolean {
  if (!squash(a.number) || squash(a.number) !== squash(b.number)) return false;
  if (a.code && b.code && squash(a.code) !== squash(b.code)) return false;
  if (a.issuer && b.issuer && squash(a.issuer) !== squash(b.issuer)) return false;
  if (a.date && b.date && a.date !== b.date) return false;
  return true;
}

/**
 * The name a plan is shown by everywhere: its title and number ("Kế hoạch … — Số 05/KH-UBND"),
 * or, for a plan with no title, its number or its sheet's name.
 */
export function planLabel(
  plan: Pick<Plan, 'title' | 'number'> & { code?: string | null },
  sheetName: string,
  locale: Locale,
): string {
  const title = plan.title.replace(/\s+/g, ' ').trim();
  const number = [(plan.number ?? '').trim(), (plan.code ?? '').trim()].filter(Boolean).join('/');
  if (title && number) return msg('planLabelNumbered', locale, { title, number });
  if (title) return title;
  if (number) return msg('planLabelNumberOnly', locale, { number });
  return msg('planLabelUntitled', locale, { sheet: sheetName });
}

/** Labels made unique for a list (a repeated label gets its sheet's name after it). */
export function distinctLabels<T extends { label: string; sheetName: string }>(plans: readonly T[]): string[] {
  const counts = new Map<string, number>();
  for (const p of plans) counts.set(p.label, (counts.get(p.label) ?? 0) + 1);
  return plans.map((p) => ((counts.get(p.label) ?? 0) > 1 ? `${p.label} [${p.sheetName}]` : p.label));
}
