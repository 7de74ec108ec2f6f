// The e-mail digest as plain values: which units get a message, and its subject and body
// (plain text, Vietnamese by default), from the overdue check's list and the units sheet.
import { daysBetween, formatDate } from '../../core/dates';
import { msg, type Locale } from '../../core/messages/index';
import { normalizeUnitName, unitKey } from '../../core/statistics';
import { resolveUnits, type UnitEntry } from '../../core/units';
import type { OverdueItem } from '../../shared/rpc';

export interface DigestMail {
  unit: string;
  to: string;
  subject: string;
  body: string;
  overdue: number;
  dueSoon: number;
}

export interface DigestInput {
  items: readonly OverdueItem[];
  units: readonly UnitEntry[];
  today: string;
  dueSoonDays: number;
  spreadsheetName: string;
  url: string;
  locale: Locale;
}

/**
 * One message per registered unit that has an address and at least one overdue or due-soon task
 * it leads ("A; B" reaches both). Addresses come only from the registry: the contact e-mails and
 * members' e-mails the office entered; nothing typed into a task reaches the mail.
 */
export function composeDigests(input: DigestInput): DigestMail[] {
  const { locale, today } = input;
  const mails: DigestMail[] = [];
  for (const unit of input.units) {
    const to = [...new Set([...unit.emails, ...unit.members])];
    if (to.length === 0) continue;
    const key = unitKey(unit.name);
    const mine = input.items.filter((item) => {
      const name = normalizeUnitName(item.unit);
      return name !== null && (unitKey(name) === key || resolveUnits(input.units, name).includes(unit));
    });
    const overdue = mine.filter((i) => i.category === 'overdue');
    const dueSoon = mine.filter((i) => i.category === 'due_soon');
    if (overdue.length + dueSoon.length === 0) continue;
    const line = (item: OverdueItem, n: number): string =>
      msg('digestItem', locale, {
        n,
        code: item.code,
        title: item.title,
        due: formatDate(item.due),
        plan: item.planTitle,
      }) + (item.category === 'overdue' ? msg('digestLate', locale, { days: daysBetween(item.due, today) }) : '');
    const list = (items: OverdueItem[]): string[] =>
      items.length ? items.map((item, i) => line(item, i + 1)) : [msg('digestNone', locale)];
    const body = [
      msg('digestGreeting', locale, { unit: unit.name }),
      '',
      msg('digestIntro', locale, { date: formatDate(today) }),
      '',
      msg('digestOverdue', locale, { count: overdue.length }),
      ...list(overdue),
      '',
      msg('digestDueSoon', locale, { days: input.dueSoonDays, count: dueSoon.length }),
      ...list(dueSoon),
      '',
      msg('digestAction', locale),
      input.url,
      '',
      '--',
      msg('digestFooter', locale),
    ].join('\n');
    mails.push({
      unit: unit.name,
      to: to.join(','),
      subject: msg('digestSubject', locale, {
        spreadsheet: input.spreadsheetName,
        date: formatDate(today),
        overdue: overdue.length,
        dueSoon: dueSoon.length,
      }),
      body,
      overdue: overdue.length,
      dueSoon: dueSoon.length,
    });
  }
  return mails;
}
