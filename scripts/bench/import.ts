// Bench: creating a task sheet and re-importing a revised plan through the real dist/Code.js on
// the emulator, at 10 to 5000 tasks. The service-call count must be the same at every size.
import type { BenchCase } from './types';
import type { Plan, PlanTask } from '../../src/core/types';
import { loadBundle, type LoadedBundle } from '../harness/load-bundle';

/** A plan of n tasks over 12 units; `version` changes every title, so a re-import changes every row. */
function plan(n: number, version = 0): Plan {
  const tasks: PlanTask[] = Array.from({ length: n }, (_, i) => ({
    ref: `II.${i + 1}`,
    section: 'II. NỘI DUNG',
    title: `Task ${i + 1}, version ${version}`,
    text: `Task ${i + 1}, version ${version}: carry out item ${i + 1} of the plan.`,
    leadUnit: `Unit ${i % 12}`,
    supportUnits: i % 3 === 0 ? [`Unit ${(i + 1) % 12}`] : [],
    due: i % 10 === 9 ? null : `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    dueText: null,
    recurrence: i % 7 === 0 ? 'quarterly' : null,
  }));
  return {
    number: '21/KH-UBND',
    code: 'UBND',
    issuer: 'Agency',
    place: 'Pleiku',
    date: '2024-01-05',
    title: 'Bench plan',
    year: 2024,
    basis: ['Basis'],
    objectives: [],
    tasks,
    reports: [{ text: 'Annual report', period: 'annual', due: '2024-11-30', unit: 'Unit 0' }],
    recipients: ['- Archive'],
    signer: { title: 'CHAIR', name: 'A', block: 'CHAIR' },
    warnings: [],
  };
}

function rpc(bundle: LoadedBundle, name: string, ...args: unknown[]): void {
  const answer = bundle.rpc(name, args) as { ok: boolean; error?: string } | null;
  if (!answer?.ok) throw new Error(`${name}: ${answer?.error ?? 'no answer'}`);
}

const SIZES = [10, 100, 1000, 5000];

export const cases: BenchCase[] = [
  {
    name: 'import-create',
    sizes: SIZES,
    unit: 'tasks',
    prepare(n) {
      const bundle = loadBundle();
      const input = plan(n);
      return () => {
        bundle.emulator.calls.reset();
        rpc(bundle, 'createTaskSheet', input);
        return bundle.emulator.calls.total();
      };
    },
  },
  {
    name: 'import-reimport',
    sizes: SIZES,
    unit: 'tasks',
    prepare(n) {
      const bundle = loadBundle();
      rpc(bundle, 'createTaskSheet', plan(n));
      // The revision changes every title and adds 10 % more tasks.
      const revised = plan(n + Math.ceil(n / 10), 1);
      return () => {
        bundle.emulator.calls.reset();
        rpc(bundle, 'applyReimport', revised, null);
        return bundle.emulator.calls.total();
      };
    },
  },
];
