// The "Đơn vị" sheet as values: the units list (name, short name, contact e-mails), kept
// free of duplicates as plans name more units.
import type { Plan } from './types';
import { normaliseUnitName, unitKey } from './statistics';
import { neutraliseFormula, type CellValue } from './sheet-model';
import { msg, type Locale } from './messages/index';

export interface UnitEntry {
  name: string;
  shortName: string;
  emails: string[];
}

/** The header row of the units sheet. */
export function unitsHeader(locale: Locale): string[] {
  return [msg('unitsName', locale), msg('unitsShortName', locale), msg('unitsEmails', locale)];
}

/** Column widths of the units sheet, in pixels. */
export const UNITS_COLUMN_WIDTHS = [320, 140, 280];

/** Every unit a plan names: lead and supporting units of its tasks, and its reporting units. */
export function unitsOfPlan(plan: Plan): string[] {
  return [
    ...plan.tasks.flatMap((t) => [t.leadUnit, ...t.supportUnits]),
    ...plan.reports.map((r) => r.unit),
  ].filter((u): u is string => normaliseUnitName(u) !== null);
}

/**
 * Adds the units in `names` that the list does not have yet (compared ignoring case and
 * spacing), in order, keeping every existing entry and its short name and e-mails as they are.
 */
export function mergeUnits(existing: readonly UnitEntry[], names: readonly (string | null)[]): { units: UnitEntry[]; added: string[] } {
  const known = new Set(existing.map((u) => unitKey(u.name)));
  const added: string[] = [];
  for (const raw of names) {
    const name = normaliseUnitName(raw);
    if (name === null || known.has(unitKey(name))) continue;
    known.add(unitKey(name));
    added.push(name);
  }
  return { units: [...existing, ...added.map((name) => ({ name, shortName: '', emails: [] }))], added };
}

/** Data rows of the units sheet (header excluded); text is kept from turning into formulas. */
export function unitsToRows(units: readonly UnitEntry[]): CellValue[][] {
  return units.map((u) => [neutraliseFormula(u.name), neutraliseFormula(u.shortName), u.emails.join(', ')]);
}

/** Units from the sheet's data rows (header excluded); blank names are skipped. */
export function rowsToUnits(values: readonly (readonly unknown[])[]): UnitEntry[] {
  const text = (v: unknown) => String(v ?? '').replace(/^'(?=[=+\-@])/, '').trim();
  return values
    .map((row) => ({
      name: normaliseUnitName(text(row[0])) ?? '',
      shortName: text(row[1]),
      emails: text(row[2])
        .split(/[,;\s]+/)
        .filter((e) => e.includes('@')),
    }))
    .filter((u) => u.name !== '');
}

/** The e-mails of a unit, found by name ignoring case and spacing (empty when unknown). */
export function unitEmails(units: readonly UnitEntry[], name: string | null): string[] {
  const wanted = normaliseUnitName(name);
  if (wanted === null) return [];
  return units.find((u) => unitKey(u.name) === unitKey(wanted))?.emails ?? [];
}
