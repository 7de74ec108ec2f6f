// The built add-on on the emulator with a fixed clock, and the team's fixture plan reviewed
// (units and deadlines filled as a reviewer would) and created through the real
// createTaskSheet entry point: the set-up of the tracking specs, the fault sweep and the bench.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { loadBundle, ROOT, type LoadedBundle } from './load-bundle';
import type { Plan } from '../../src/core/types';

/** The team's plan fixture (test/fixtures/plans), read as data. */
export const SEED_FILE = join(ROOT, 'test/fixtures/plans/dan-van-2023.txt');
export const OFFICE = 'Văn phòng và Tổ chức đoàn thể';
export const DEPARTMENTS = 'Các phòng và đơn vị trực thuộc';

/** The answer of a google.script.run target: its value, or a thrown Error with its message. */
export function rpc<T>(bundle: LoadedBundle, name: string, ...args: unknown[]): T {
  const answer = bundle.rpc(name, args) as { ok: true; value: T } | { ok: false; error: string } | null;
  if (answer?.ok !== true) throw new Error(answer ? answer.error : `${name}: no answer`);
  return answer.value;
}

/** The failure message of a google.script.run target that should fail. */
export function rpcError(bundle: LoadedBundle, name: string, ...args: unknown[]): string {
  const answer = bundle.rpc(name, args) as { ok: boolean; error?: string };
  if (answer.ok) throw new Error(`${name} did not fail`);
  return answer.error ?? '';
}

/**
 * Sets the script's clock: Date.now() in the bundle's realm reads `clock.now`, the way the
 * emulator's `now` option sets the clock of the stamps it makes.
 */
export function setClock(bundle: LoadedBundle, now: () => Date): void {
  const RealmDate = vm.isContext(bundle.context) ? (vm.runInContext('Date', bundle.context) as DateConstructor) : Date;
  RealmDate.now = () => now().getTime();
}

/**
 * The built add-on at `iso` (an instant), with `userEmail` acting; `sameDomainAsDeveloper` lets
 * simple triggers see that e-mail (otherwise they get '', as for users of other agencies).
 */
export function openAddOn(
  iso: string,
  userEmail = 'vanphong@example.gov.vn',
  sameDomainAsDeveloper = false,
): { bundle: LoadedBundle; clock: { now: Date } } {
  const clock = { now: new Date(iso) };
  const bundle = loadBundle({ emulator: { locale: 'vi', userEmail, now: () => clock.now, sameDomainAsDeveloper } });
  setClock(bundle, () => clock.now);
  return { bundle, clock };
}

/** The seed plan as a reviewer leaves it: section II given to the departments, a few deadlines set, the rest at year end. */
export function reviewedSeedPlan(bundle: LoadedBundle, tasks?: number): Plan {
  const parsed = rpc<{ plan: Plan }>(bundle, 'parsePlanText', readFileSync(SEED_FILE, 'utf8'));
  const plan = parsed.plan;
  const deadlines: Record<string, string> = { 'II.4': '2023-06-05', 'II.5': '2023-05-15' };
  plan.tasks = plan.tasks.map((t) => ({
    ...t,
    leadUnit: t.leadUnit ?? DEPARTMENTS,
    due: deadlines[t.ref] ?? t.due ?? '2023-12-31',
  }));
  if (tasks !== undefined) {
    // A bigger plan of the same shape, for call counts.
    const base = plan.tasks;
    plan.tasks = Array.from({ length: tasks }, (_, i) => ({
      ...base[i % base.length],
      ref: `T.${i + 1}`,
      leadUnit: i % 3 === 0 ? OFFICE : DEPARTMENTS,
      due: `2023-${String((i % 12) + 1).padStart(2, '0')}-15`,
    }));
  }
  return plan;
}

/** Creates the task sheet of the reviewed seed plan; returns its plan key. */
export function createSeedSheet(bundle: LoadedBundle, tasks?: number): string {
  return rpc<{ planKey: string }>(bundle, 'createTaskSheet', reviewedSeedPlan(bundle, tasks)).planKey;
}

/** Values of a sheet by name, from the workbook view. */
export function sheetValues(bundle: LoadedBundle, name: string): (string | number | boolean)[][] {
  const sheet = bundle.emulator.workbook().sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.values;
}

/** The task sheet's rows as objects keyed by header text. */
export function taskRows(bundle: LoadedBundle): Record<string, string | number | boolean>[] {
  const sheet = bundle.emulator
    .workbook()
    .sheets.find((s) => s.metadata.some((m) => m.key === 'planTracker.taskSheet'));
  if (!sheet) throw new Error('no task sheet');
  const [header, ...rows] = sheet.values;
  return rows.filter((r) => r[0] !== '').map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

/** A user drags column `from` to position `to` in the sheet UI: cells and column tags move together. */
export function dragColumn(bundle: LoadedBundle, sheetName: string, from: number, to: number): void {
  const state = bundle.emulator.state().spreadsheet;
  const sheet = state.sheets.find((s) => s.name === sheetName)!;
  const order = Array.from({ length: sheet.maxCols }, (_, i) => i + 1);
  order.splice(to - 1, 0, ...order.splice(from - 1, 1));
  const newIndexOf = new Map(order.map((old, i) => [old, i + 1]));
  for (const row of sheet.rows) {
    if (!row) continue;
    while (row.length < sheet.maxCols) row.push(undefined);
    row.splice(0, row.length, ...order.map((old) => row[old - 1]));
  }
  for (const m of state.metadata) {
    if (m.location.type === 'COLUMN' && m.location.sheetId === sheet.id)
      m.location.index = newIndexOf.get(m.location.index!)!;
  }
}
